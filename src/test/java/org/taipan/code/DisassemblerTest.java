package org.taipan.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taipan.ast.ConstantValue;

/** Key lines of the disassembly of hand-assembled code objects (CPython 3.11 {@code dis} layout). */
class DisassemblerTest {
    private static int[] code(Object... opsAndArgs) {
        int[] out = new int[opsAndArgs.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = Opcode.encode((Opcode) opsAndArgs[2 * i], (Integer) opsAndArgs[2 * i + 1]);
        }
        return out;
    }

    private static int[] filled(int n, int v) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /** def f(a): try: return a + 1 except: return a < 2 */
    private static CodeObject function() {
        int[] code = code(
                Opcode.NOP, 0,
                Opcode.LOAD_FAST, 0,
                Opcode.LOAD_CONST, 1,
                Opcode.BINARY_OP, 0,
                Opcode.RETURN_VALUE, 0,
                Opcode.PUSH_EXC_INFO, 0,
                Opcode.POP_TOP, 0,
                Opcode.LOAD_FAST, 0,
                Opcode.LOAD_CONST, 2,
                Opcode.COMPARE_OP, 0,
                Opcode.POP_JUMP_IF_FALSE, 12,
                Opcode.RETURN_VALUE, 0,
                Opcode.LOAD_GLOBAL, 1,
                Opcode.RETURN_VALUE, 0);
        int[] lines = {2, 3, 3, 3, 3, 4, 4, 5, 5, 5, 5, 5, -1, 6};
        return new CodeObject("f", "f", "x.py", 2, 1, 0, 0, CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS, 2,
                new String[] {"a"}, new String[0], new String[0], new String[] {"len"},
                new Object[] {ConstantValue.None.NONE, 1L, 2L}, new String[] {"a"}, new byte[] {CodeObject.CO_FAST_LOCAL},
                code, new CodeObject.ExceptionTableEntry[] {new CodeObject.ExceptionTableEntry(1, 5, 5, 0, true)},
                lines, lines, filled(code.length, 0), filled(code.length, 1));
    }

    private static CodeObject module(CodeObject f) {
        int[] code = code(
                Opcode.LOAD_CONST, 0,
                Opcode.MAKE_FUNCTION, 0,
                Opcode.STORE_NAME, 0,
                Opcode.LOAD_CONST, 1,
                Opcode.FORMAT_VALUE, 6,
                Opcode.LOAD_CONST, 2,
                Opcode.BUILD_TUPLE, 2,
                Opcode.RETURN_VALUE, 0);
        int[] lines = {2, 2, 2, 1000, 1000, 1000, 1000, 1000};
        Object[] consts = {f, "it's", new CodeObject.ConstTuple(List.of(1.5, "a\n"))};
        return new CodeObject("<module>", "<module>", "x.py", 1, 0, 0, 0, 0, 2, new String[0], new String[0],
                new String[0], new String[] {"f"}, consts, new String[0], new byte[0], code,
                new CodeObject.ExceptionTableEntry[0], lines, lines, filled(code.length, 0), filled(code.length, 1));
    }

    @Test
    void instructionLinesHaveCPythonColumns() {
        String text = Disassembler.disassembleOne(function());
        List<String> lines = text.lines().toList();
        assertEquals("  2           0 NOP", lines.get(0));
        assertEquals("", lines.get(1));
        assertTrue(lines.contains("  3           1 LOAD_FAST                0 (a)"), text);
        assertTrue(lines.contains("              2 LOAD_CONST               1 (1)"), text);
        assertTrue(lines.contains("              3 BINARY_OP                0 (+)"), text);
        assertTrue(lines.contains("  4     >>    5 PUSH_EXC_INFO"), text);
        assertTrue(lines.contains("              9 COMPARE_OP               0 (<)"), text);
        assertTrue(lines.contains("             10 POP_JUMP_IF_FALSE       12 (to 12)"), text);
        // No line for instruction 12: it continues the previous line's block, and is a jump target.
        assertTrue(lines.contains("        >>   12 LOAD_GLOBAL              1 (NULL + len)"), text);
        assertTrue(lines.contains("  6          13 RETURN_VALUE"), text);
        assertTrue(text.endsWith("ExceptionTable:\n  1 to 4 -> 5 [0] lasti\n"), text);
    }

    @Test
    void nestedCodeObjectsFollowTheirParent() {
        CodeObject f = function();
        String text = Disassembler.disassemble(module(f));
        String header = "Disassembly of " + Disassembler.codeRepr(f) + ":";
        assertTrue(text.contains("\n\n" + header + "\n  2           0 NOP\n"), text);
        assertTrue(Disassembler.codeRepr(f).matches("<code object f at 0x[0-9a-f]+, file \"x.py\", line 2>"));
        // Line numbers of 1000 and more widen the line column.
        assertTrue(text.contains("\n1000           3 LOAD_CONST               1 (\"it's\")\n"), text);
        assertTrue(text.contains("               4 FORMAT_VALUE             6 (repr, with format)\n"), text);
        assertTrue(text.contains("               5 LOAD_CONST               2 ((1.5, 'a\\n'))\n"), text);
        assertTrue(text.contains("               1 MAKE_FUNCTION            0\n"), text);
    }

    @Test
    void constantsPrintAsPythonReprs() {
        assertEquals("None", Disassembler.constRepr(ConstantValue.None.NONE));
        assertEquals("Ellipsis", Disassembler.constRepr(ConstantValue.Ellipsis.ELLIPSIS));
        assertEquals("True", Disassembler.constRepr(true));
        assertEquals("123456789012345678901234567890",
                Disassembler.constRepr(new BigInteger("123456789012345678901234567890")));
        assertEquals("1e+16", Disassembler.constRepr(1e16));
        assertEquals("1000000000000000.0", Disassembler.constRepr(1e15));
        assertEquals("0.0001", Disassembler.constRepr(1e-4));
        assertEquals("1e-05", Disassembler.constRepr(1e-5));
        assertEquals("-0.0", Disassembler.constRepr(-0.0));
        assertEquals("0.1", Disassembler.constRepr(0.1));
        assertEquals("1.2345678901234568e+17", Disassembler.constRepr(123456789012345678.0));
        assertEquals("inf", Disassembler.constRepr(Double.POSITIVE_INFINITY));
        assertEquals("2j", Disassembler.constRepr(new ConstantValue.Imaginary(2.0)));
        assertEquals("1.5j", Disassembler.constRepr(new ConstantValue.Imaginary(1.5)));
        assertEquals("'a\\'b\"'", Disassembler.constRepr("a'b\""));
        assertEquals("'\\x00\\t\\u200b\\udc80é😀'", Disassembler.constRepr("\0\t\u200b\udc80é😀"));
        assertEquals("b'\\x00\"\\xff'", Disassembler.constRepr(new ConstantValue.Bytes(new byte[] {0, '"', (byte) 0xff})));
        assertEquals("(1,)", Disassembler.constRepr(new CodeObject.ConstTuple(List.of(1L))));
        assertEquals("()", Disassembler.constRepr(new CodeObject.ConstTuple(List.of())));
        assertEquals("frozenset({1, 2})", Disassembler.constRepr(new CodeObject.ConstFrozenset(List.of(1L, 2L))));
    }

    @Test
    void disassemblesWhatTheCompilerProduces() {
        String source = "import os\ndef f(a, *, b=2):\n    return [y for y in a if y < b]\nx = f'{f!r}'\n";
        var mod = org.taipan.parse.Parser.parse(source, "x.py", org.taipan.parse.Mode.EXEC);
        CodeObject code = org.taipan.compile.Compiler.compile(mod, "x.py", org.taipan.parse.Mode.EXEC, 0);
        String text = Disassembler.disassemble(code);
        assertTrue(text.matches("(?s)  1 +0 LOAD_CONST +\\d+ \\(0\\)\\n.*"), text);
        assertTrue(text.matches("(?s).* IMPORT_NAME +0 \\(os\\)\\n.*"), text);
        assertTrue(text.matches("(?s).* MAKE_FUNCTION +\\d+ \\([a-z, ]*kwdefaults[a-z, ]*\\)\\n.*"), text);
        assertTrue(text.matches("(?s).* FORMAT_VALUE +2 \\(repr\\)\\n.*"), text);
        assertTrue(text.matches("(?s).*\\nDisassembly of <code object f at 0x[0-9a-f]+, file \"x.py\", line 2>:\\n.*"), text);
        assertTrue(text.matches("(?s).*\\nDisassembly of <code object <listcomp> at 0x[0-9a-f]+, file \"x.py\", line 3>:\\n.*"), text);
        assertTrue(text.matches("(?s).* FOR_ITER +(\\d+) \\(to \\1\\)\\n.*"), text);
        assertTrue(text.matches("(?s).* COMPARE_OP +0 \\(<\\)\\n.*"), text);
        assertTrue(text.matches("(?s).* LOAD_DEREF +\\d+ \\(b\\)\\n.*"), text);
    }
}
