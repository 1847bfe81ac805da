package org.taipan.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.taipan.ast.ConstantValue;
import org.taipan.code.CodeObject;
import org.taipan.compile.Compiler;
import org.taipan.parse.Mode;
import org.taipan.parse.Parser;

/** {@link CodeFile}: compiled code survives the disk cache's binary form exactly, and a stale file is refused. */
class CodeFileTest {
    private static final String SOURCE = """
            '''doc'''
            import sys
            X = (1, 2**100, -3.5, 2j, b'\\x00bytes', "\\ud83d\\ude00", None, True, False, ..., ('nested', (1,)))
            def f(a, /, b=2, *args, c, **kw):
                try:
                    return [i for i in args if i in {1, 2, 3}]
                except Exception as e:
                    raise ValueError(f"{a!r:>10}") from e
                finally:
                    pass
            café = "naïve \\xff"
            def π(ω="Ωmega", ß=""):
                return ω + ß
            class C:
                def m(self):
                    return __class__
            async def g():
                async with x as y:
                    await y
            """;

    private static CodeObject compile() {
        return Compiler.compile(Parser.parse(SOURCE, "/x/mod.py", Mode.EXEC), "/x/mod.py", SOURCE, Mode.EXEC, 0);
    }

    @Test
    void codeRoundTripsExactly() throws Exception {
        CodeObject code = compile();
        CodeFile.Key key = new CodeFile.Key("build", "/x/mod.py", 123, 456);
        CodeObject back = CodeFile.read(CodeFile.write(key, code), key);
        assertNotNull(back);
        assertSame(code, back);
    }

    @Test
    void anotherBuildOrSourceVersionIsRefused() throws Exception {
        CodeFile.Key key = new CodeFile.Key("build", "/x/mod.py", 123, 456);
        byte[] data = CodeFile.write(key, compile());
        assertNull(CodeFile.read(data, new CodeFile.Key("other build", "/x/mod.py", 123, 456)));
        assertNull(CodeFile.read(data, new CodeFile.Key("build", "/x/mod.py", 124, 456)));
        assertNull(CodeFile.read(data, new CodeFile.Key("build", "/x/mod.py", 123, 457)));
        assertNull(CodeFile.read(data, new CodeFile.Key("build", "/y/mod.py", 123, 456)));
        assertNull(CodeFile.read(Arrays.copyOf(data, data.length - 5), key));
    }

    /** Field by field, constants recursively. */
    private static void assertSame(CodeObject a, CodeObject b) {
        assertEquals(a.name, b.name);
        assertEquals(a.qualname, b.qualname);
        assertEquals(a.filename, b.filename);
        assertEquals(List.of(a.firstlineno, a.argcount, a.posonlyargcount, a.kwonlyargcount, a.flags, a.stacksize),
                List.of(b.firstlineno, b.argcount, b.posonlyargcount, b.kwonlyargcount, b.flags, b.stacksize));
        assertArrayEquals(a.varnames, b.varnames);
        assertArrayEquals(a.cellvars, b.cellvars);
        assertArrayEquals(a.freevars, b.freevars);
        assertArrayEquals(a.names, b.names);
        assertArrayEquals(a.localsplusNames, b.localsplusNames);
        assertArrayEquals(a.localsplusKinds, b.localsplusKinds);
        assertArrayEquals(a.code, b.code);
        assertArrayEquals(a.exceptionTable, b.exceptionTable);
        assertArrayEquals(a.lines, b.lines);
        assertArrayEquals(a.endLines, b.endLines);
        assertArrayEquals(a.cols, b.cols);
        assertArrayEquals(a.endCols, b.endCols);
        assertEquals(a.consts.length, b.consts.length);
        for (int i = 0; i < a.consts.length; i++) {
            assertConstant(a.consts[i], b.consts[i]);
        }
    }

    private static void assertConstant(Object a, Object b) {
        if (a instanceof CodeObject ca) {
            assertSame(ca, (CodeObject) b);
        } else if (a instanceof ConstantValue.Bytes x) {
            assertArrayEquals(x.bytes(), ((ConstantValue.Bytes) b).bytes());
        } else if (a instanceof CodeObject.ConstTuple t) {
            List<Object> other = ((CodeObject.ConstTuple) b).items();
            assertEquals(t.items().size(), other.size());
            for (int i = 0; i < other.size(); i++) {
                assertConstant(t.items().get(i), other.get(i));
            }
        } else {
            assertEquals(a, b);
            assertEquals(a == null ? null : a.getClass(), b == null ? null : b.getClass());
        }
    }
}
