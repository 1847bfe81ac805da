package org.taipan.code;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.taipan.compile.Compiler;
import org.taipan.embed.PythonInterpreter;
import org.taipan.parse.Mode;
import org.taipan.parse.Parser;

/**
 * CPython 3.11's layout of Taipan's instructions ({@link CPythonBytecode}) and reading it back
 * ({@link CPythonBytecodeReader}): what {@code co_code}, {@code dis} and
 * {@code types.CodeType} see.
 */
class CPythonBytecodeTest {
    private static CodeObject module(String source) {
        return Compiler.compile(Parser.parse(source, "<test>", Mode.EXEC), "<test>", source, Mode.EXEC, 0);
    }

    private static CodeObject function(String source) {
        return (CodeObject) Arrays.stream(module(source).consts).filter(c -> c instanceof CodeObject).findFirst()
                .orElseThrow();
    }

    /** Lays {@code c} out, reads the bytes back, and checks that the instructions and tables survive. */
    private static void assertRoundTrip(CodeObject c) {
        CPythonBytecode layout = new CPythonBytecode(c);
        byte[] bytes = layout.code();
        CPythonBytecodeReader.Read read = CPythonBytecodeReader.read(bytes, c.consts.length, c.names.length,
                c.localsplusKinds);
        assertNull(read.problem());
        assertArrayEquals(c.code, read.code());
        for (int i = 0; i <= c.code.length; i++) {
            assertEquals(layout.start(i), read.starts()[i], "start of instruction " + i);
        }
        CPythonBytecode again = read.layout(bytes, c);
        assertArrayEquals(c.exceptionTable, again.exceptionTableFrom(layout.exceptionTable()));
        int[][] positions = again.positionsFrom(layout.lineTable(), c.firstlineno);
        assertArrayEquals(c.lines, positions[0]);
        assertArrayEquals(c.endLines, positions[1]);
        assertArrayEquals(c.cols, positions[2]);
        assertArrayEquals(c.endCols, positions[3]);
        assertTrue(CPythonBytecodeReader.stackDepth(read.code(), c.exceptionTable) <= c.stacksize);
    }

    @Test
    void compiledCodeRoundTrips() {
        CodeObject c = module("""
                import os
                def f(a, *args, k=1, **kw):
                    total = 0
                    for i in range(a):
                        if i % 3 == 0 and i > k:
                            total += i
                        elif i is None:
                            continue
                    try:
                        x = kw['x'].y
                    except (KeyError, AttributeError) as e:
                        x = None
                    finally:
                        total -= 1
                    with open(os.devnull) as fh:
                        pass
                    return [j * 2 for j in args if j], {n: m for n, m in kw.items()}, x
                async def g(s):
                    async for v in s:
                        await v
                    async with s as t:
                        yield t
                """);
        assertRoundTrip(c);
        for (Object k : c.consts) {
            if (k instanceof CodeObject co) {
                assertRoundTrip(co);
            }
        }
    }

    @Test
    void largeOperandsAndLongJumpsTakeExtendedArgs() {
        StringBuilder src = new StringBuilder("def f(x):\n    if x:\n");
        for (int i = 0; i < 400; i++) {
            src.append("        x = x + ").append(i * 7 + 1000).append('\n');
        }
        src.append("    return x\n");
        CodeObject c = function(src.toString());
        CPythonBytecode layout = new CPythonBytecode(c);
        byte[] bytes = layout.code();
        int extended = 0;
        for (int at = 0; at < bytes.length; at += 2) {
            if ((bytes[at] & 0xFF) == CPython311Opcodes.EXTENDED_ARG) {
                extended++;
            }
        }
        assertTrue(extended > 100, "constants past 255 and the long forward jump need EXTENDED_ARG");
        assertRoundTrip(c);
        // f_lasti points at the opcode, after its EXTENDED_ARG units
        for (int i = 0; i < c.code.length; i++) {
            assertEquals(i, layout.instructionAt(layout.offset(i)));
            assertEquals(i, layout.instructionAt(layout.start(i)));
        }
    }

    @Test
    void methodLoadsJumpsAndCachesUse311Numbers() {
        CodeObject c = function("def f(o, n):\n    while n:\n        n = o.m(n)\n    return n.real\n");
        byte[] bytes = new CPythonBytecode(c).code();
        // LOAD_METHOD is followed by 10 CACHE units, LOAD_ATTR by 4
        int loadMethod = indexOf(bytes, CPython311Opcodes.generic("LOAD_METHOD"));
        assertTrue(loadMethod >= 0);
        for (int u = 1; u <= 10; u++) {
            assertEquals(0, bytes[loadMethod + 2 * u], "cache unit " + u);
        }
        assertTrue(indexOf(bytes, CPython311Opcodes.generic("LOAD_ATTR")) >= 0);
        assertTrue(indexOf(bytes, CPython311Opcodes.generic("POP_JUMP_FORWARD_IF_FALSE")) >= 0
                || indexOf(bytes, CPython311Opcodes.generic("POP_JUMP_BACKWARD_IF_TRUE")) >= 0);
    }

    private static int indexOf(byte[] bytes, int number) {
        for (int at = 0; at < bytes.length; at += 2) {
            if ((bytes[at] & 0xFF) == number) {
                return at;
            }
        }
        return -1;
    }

    @Test
    void cpythonsResumeAndPrecallJoinTheirInstructions() {
        // RESUME 0; LOAD_CONST 0; PRECALL 0 + cache; CALL 0 + 4 caches; RETURN_VALUE
        byte[] bytes = {(byte) 151, 0, 100, 0, (byte) 166, 0, 0, 0, (byte) 171, 0, 0, 0, 0, 0, 0, 0, 0, 0, 83, 0};
        CPythonBytecodeReader.Read read = CPythonBytecodeReader.read(bytes, 1, 0, new byte[0]);
        assertNull(read.problem());
        assertEquals(3, read.code().length);
        assertEquals(Opcode.LOAD_CONST, Opcode.of(Opcode.opcodeOf(read.code()[0])));
        assertEquals(Opcode.CALL, Opcode.of(Opcode.opcodeOf(read.code()[1])));
        assertEquals(Opcode.RETURN_VALUE, Opcode.of(Opcode.opcodeOf(read.code()[2])));
        assertArrayEquals(new int[] {0, 4, 18, 20}, read.starts());
        assertArrayEquals(new int[] {2, 4, 18, 20}, read.entries());
        assertArrayEquals(new int[] {2, 8, 18}, read.ops());
        assertEquals(0, read.resumed());
    }

    @Test
    void theBodyStartsWithResumeAndYieldsAreFollowedByOne() {
        CodeObject c = function("def g(x):\n    def h(): return x\n    y = yield x\n    yield from y\n    return h()\n");
        byte[] bytes = new CPythonBytecode(c).code();
        // MAKE_CELL, RETURN_GENERATOR, POP_TOP, then RESUME 0
        assertEquals(CPython311Opcodes.RESUME, bytes[6] & 0xFF);
        assertEquals(0, bytes[7]);
        int yields = 0;
        for (int at = 0; at + 2 < bytes.length; at += 2) {
            if ((bytes[at] & 0xFF) == CPython311Opcodes.generic("YIELD_VALUE")) {
                assertEquals(CPython311Opcodes.RESUME, bytes[at + 2] & 0xFF);
                assertEquals(++yields, bytes[at + 3], "RESUME 1 after the yield, 2 after yield from's");
            }
        }
        assertEquals(2, yields);
        assertRoundTrip(c);
    }

    @Test
    void unreadableCodeIsReportedNotThrown() {
        assertNotNull(CPythonBytecodeReader.read(new byte[] {(byte) 0xFF, 0}, 0, 0, new byte[0]).problem(), "unknown opcode");
        assertNotNull(CPythonBytecodeReader.read(new byte[] {100, 5, 83, 0}, 1, 0, new byte[0]).problem(), "const out of range");
        // JUMP_FORWARD 1 from byte 0 lands on byte 4, inside LOAD_GLOBAL's caches
        byte[] intoCaches = {110, 1, 116, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 83, 0};
        assertNotNull(CPythonBytecodeReader.read(intoCaches, 0, 1, new byte[0]).problem(), "jump into an instruction");
        int[] underflow = {Opcode.encode(Opcode.POP_TOP, 0), Opcode.encode(Opcode.RETURN_VALUE, 0)};
        assertThrows(IllegalArgumentException.class,
                () -> CPythonBytecodeReader.stackDepth(underflow, new CodeObject.ExceptionTableEntry[0]));
        // LOAD_DEREF of a plain local
        byte[] derefOfLocal = {(byte) 137, 0, 83, 0};
        assertNotNull(CPythonBytecodeReader.read(derefOfLocal, 0, 0, new byte[] {CodeObject.CO_FAST_LOCAL}).problem());
        int[] copyTooDeep = {Opcode.encode(Opcode.LOAD_CONST, 0), Opcode.encode(Opcode.COPY, 5),
            Opcode.encode(Opcode.RETURN_VALUE, 0)};
        assertThrows(IllegalArgumentException.class,
                () -> CPythonBytecodeReader.stackDepth(copyTooDeep, new CodeObject.ExceptionTableEntry[0]));
        // instructions whose net effect is 0 still read their operands: UNARY_NEGATIVE, BUILD_SET 1, RERAISE
        for (int[] underNeutral : new int[][] {
            {Opcode.encode(Opcode.UNARY_NEGATIVE, 0), Opcode.encode(Opcode.RETURN_VALUE, 0)},
            {Opcode.encode(Opcode.BUILD_SET, 1), Opcode.encode(Opcode.RETURN_VALUE, 0)},
            {Opcode.encode(Opcode.RERAISE, 0)}}) {
            assertThrows(IllegalArgumentException.class,
                    () -> CPythonBytecodeReader.stackDepth(underNeutral, new CodeObject.ExceptionTableEntry[0]));
        }
        int[] runsOff = {Opcode.encode(Opcode.NOP, 0)};
        assertThrows(IllegalArgumentException.class,
                () -> CPythonBytecodeReader.stackDepth(runsOff, new CodeObject.ExceptionTableEntry[0]));
    }

    @Test
    void codeThatCannotBeReadIsRefusedWhenItWouldRun() {
        try (PythonInterpreter py = PythonInterpreter.create()) {
            py.exec("""
                    def h():
                        return 7
                    bad = h.__code__.replace(co_code=b'\\xff\\x00\\x53\\x00')
                    kept = bad.co_code
                    errors = []
                    for attempt in (lambda: setattr(h, '__code__', bad), lambda: exec(bad),
                                    lambda: type(h)(bad, {})):
                        try:
                            attempt()
                        except ValueError as e:
                            errors.append(str(e))
                    """);
            assertEquals(3L, ((Number) py.eval("len(errors)")).longValue());
            assertTrue(py.eval("errors[0]").toString().contains("unknown opcode 255"));
            assertEquals(Boolean.TRUE, py.eval("kept == b'\\xff\\x00\\x53\\x00'"));
            assertEquals(7L, ((Number) py.eval("h()")).longValue());
        }
    }
}
