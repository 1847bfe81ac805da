package org.taipan.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taipan.ast.ConstantValue;
import org.taipan.code.CodeObject;
import org.taipan.code.CodeObject.ConstFrozenset;
import org.taipan.code.CodeObject.ConstTuple;
import org.taipan.code.Opcode;
import org.taipan.parse.Mode;

/**
 * Every construct compiles to code that passes {@link CodeVerifier} (stack depth never
 * negative and within {@code co_stacksize}, consistent at merges, exception table sorted and
 * non-overlapping, operands in range), plus the optimizations and modes CPython applies.
 */
class ConstructsTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "x = 1\ny = x + 2 * 3\ndel x\n",
        "a.b.c = d[e:f:g]\na[1:2] += 3\na.b -= 1\ndel a[0], a.b, a[1:]\n",
        "x = a if b else c\ny = a and b or not c\nz = (w := 5)\n",
        "x = [1, *a, 2]\ny = (*a, *b)\nz = {1, *a}\nd = {**a, 'k': 1, **b}\n",
        "f(1, *a, k=2, **kw)\nf(*a)\nf(**kw)\no.m(*a)\nC(1, 2, x=3)\n",
        "x = a < b < c <= d\nif a < b < c: pass\nwhile not (a is None): pass\n",
        "x = f'{a!r:{w}.{p}} {b!s} {c!a} {{}}'\ny = f''\n",
        "def f(a, /, b=1, *c, d, e=2, **g):\n    return a, b, c, d, e, g\n",
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n        return lambda: x\n    return g\n",
        "class C(B, metaclass=M, **kw):\n    'doc'\n    a: int\n    b: str = 'x'\n    def m(self): return super().m(), __class__\n",
        "@d1\n@d2(1)\ndef f(): pass\n@dc\nclass K: pass\n",
        "def g():\n    x = yield 1\n    yield from h()\n    return x\n",
        "async def f():\n    await a\n    async with b as c, d:\n        pass\n    async for e in f:\n        break\n    else:\n        pass\n    return [x async for x in y if await x]\n",
        "async def f():\n    yield 1\n    async for x in y:\n        yield x\n",
        "x = [a for a in b if a for c in a]\ny = {a: b for a, b in c}\nz = {a for a in b}\nw = (a for a in b)\n",
        "for i in range(10):\n    if i: continue\n    try:\n        break\n    finally:\n        pass\nelse:\n    pass\n",
        "def f():\n    for i in x:\n        try:\n            return i\n        finally:\n            print(i)\n",
        "def f():\n    with a as b:\n        return b\n",
        "def f():\n    try:\n        pass\n    except E as e:\n        return e\n    except (A, B):\n        raise\n    except:\n        raise X from Y\n    else:\n        pass\n",
        "try:\n    a()\nexcept* ValueError as e:\n    pass\nexcept* (TypeError, KeyError):\n    pass\nelse:\n    b()\nfinally:\n    c()\n",
        "while True:\n    try:\n        continue\n    finally:\n        break\n",
        "def f():\n    try:\n        return 1\n    finally:\n        return 2\n",
        "with a, b as (c, d), e as f.g:\n    pass\n",
        "import a.b.c\nimport a.b as ab\nfrom . import x\nfrom ..m import (y as z, w)\nfrom os import *\n",
        "assert x\nassert x, 'message'\n",
        "global g\ng = 1\ndef f():\n    global g\n    del g\n",
        "match p:\n    case 0 | 1 | 2: pass\n    case [a, *rest] if a: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=y) as pt: pass\n    case (1, _, [c, d]) | (2, c, d, _): pass\n    case str() | bytes(): pass\n    case -1 | 1.5 | 2j | -3+4j | None | True: pass\n    case [_, *_, last]: pass\n    case {}: pass\n    case a.b.c: pass\n    case _: pass\n",
        "match x:\n    case y:\n        pass\n",
        "x: int\ny: 'str' = 1\n(z): int = 2\na.b: int\nc[0]: int = 3\n",
        "def f():\n    x: int\n    y: list = []\n",
        "lambda: (yield)\nlambda *a, **k: a\n",
        "raise\n",
        "if __debug__:\n    x = 1\nelse:\n    x = 2\n",
        "x = 2 ** 10000000\ny = 'ab' * 10000\nz = 1 / 0\n",
        "class A:\n    __x = 1\n    def __m(self):\n        return self.__x + __y\n",
        "def f():\n    class C:\n        x = y\n        def g(self):\n            return y\n    y = 1\n",
    })
    void compilesAndVerifies(String source) {
        CodeObject co = Src.compile(source);
        assertTrue(co.length() > 0);
        Src.compile(source, Mode.EXEC, 2);
    }

    private static List<Opcode> ops(CodeObject co) {
        List<Opcode> out = new ArrayList<>();
        for (int i = 0; i < co.length(); i++) {
            out.add(co.opcode(i));
        }
        return out;
    }

    private static CodeObject firstFunction(CodeObject co) {
        for (Object c : co.consts) {
            if (c instanceof CodeObject k) {
                return k;
            }
        }
        throw new AssertionError("no nested code");
    }

    @Test
    void assertIsDroppedAtO1() {
        assertTrue(ops(Src.compile("assert x, 'm'\n", Mode.EXEC, 0)).contains(Opcode.LOAD_ASSERTION_ERROR));
        assertFalse(ops(Src.compile("assert x, 'm'\n", Mode.EXEC, 1)).contains(Opcode.LOAD_ASSERTION_ERROR));
    }

    @Test
    void docstringsAreDroppedAtO2() {
        String src = "'mod doc'\ndef f():\n    'fdoc'\n";
        CodeObject o0 = Src.compile(src, Mode.EXEC, 0);
        assertTrue(List.of(o0.names).contains("__doc__"));
        assertEquals("fdoc", firstFunction(o0).consts[0]);
        CodeObject o2 = Src.compile(src, Mode.EXEC, 2);
        assertFalse(List.of(o2.names).contains("__doc__"));
        assertEquals(ConstantValue.None.NONE, firstFunction(o2).consts[0]);
    }

    @Test
    void singleModePrintsExpressions() {
        CodeObject co = Src.compile("1 + x\n", Mode.SINGLE, 0);
        assertTrue(ops(co).contains(Opcode.PRINT_EXPR));
        assertFalse(ops(Src.compile("1 + x\n", Mode.EXEC, 0)).contains(Opcode.PRINT_EXPR));
    }

    @Test
    void constantFoldingFollowsAstOpt() {
        List<Object> consts = List.of(Src.compile(
                "a = 1 + 2\nb = -5\nc = 'ab' * 3\nd = (1, 2, (3, 4))\ne = 2 ** 64\nf = 7 // -2\ng = not 0\n").consts);
        assertTrue(consts.contains(3L));
        assertTrue(consts.contains(-5L));
        assertTrue(consts.contains("ababab"));
        assertTrue(consts.contains(new ConstTuple(List.of(1L, 2L, new ConstTuple(List.of(3L, 4L))))));
        assertTrue(consts.contains(BigInteger.ONE.shiftLeft(64)));
        assertTrue(consts.contains(-4L));
        assertTrue(consts.contains(Boolean.TRUE));
        // too big to fold: stays an operation
        CodeObject big = Src.compile("x = 2 ** 10000000\ny = 'x' * 5000\n");
        assertEquals(2, ops(big).stream().filter(o -> o == Opcode.BINARY_OP).count());
        // division by zero is left to run time
        assertTrue(ops(Src.compile("x = 1 / 0\n")).contains(Opcode.BINARY_OP));
        // f-strings are not folded
        assertTrue(ops(Src.compile("x = f'{1}'\n")).contains(Opcode.FORMAT_VALUE));
    }

    @Test
    void membershipInDisplaysUsesConstants() {
        List<Object> consts = List.of(Src.compile("a = x in [1, 2]\nb = x not in {3, 3.0, 4}\nfor i in [5, 6]: pass\n").consts);
        assertTrue(consts.contains(new ConstTuple(List.of(1L, 2L))));
        assertTrue(consts.contains(new ConstFrozenset(List.of(3L, 4L))));
        assertTrue(consts.contains(new ConstTuple(List.of(5L, 6L))));
    }

    @Test
    void exceptionTableCoversTryBody() {
        CodeObject co = Src.compile("try:\n    a()\nexcept E:\n    pass\n");
        assertTrue(co.exceptionTable.length > 0);
        int call = ops(co).indexOf(Opcode.CALL);
        CodeObject.ExceptionTableEntry h = co.handlerFor(call);
        assertTrue(h != null && !h.lasti() && h.depth() == 0);
        assertEquals(Opcode.PUSH_EXC_INFO, co.opcode(h.target()));
        assertEquals(2, co.lines[call]);
    }

    @Test
    void loopsCloseWithJumpBackward() {
        CodeObject co = Src.compile("while x:\n    f()\nfor i in y:\n    g()\n");
        assertEquals(2, ops(co).stream().filter(o -> o == Opcode.JUMP_BACKWARD).count());
    }

    @Test
    void generatorPrologue() {
        CodeObject g = firstFunction(Src.compile("def g(a):\n    def h(): return a\n    yield a\n"));
        assertEquals(Opcode.MAKE_CELL, g.opcode(0));
        assertEquals(Opcode.RETURN_GENERATOR, g.opcode(1));
        assertEquals(Opcode.POP_TOP, g.opcode(2));
        assertTrue(g.hasFlag(CodeObject.CO_GENERATOR));
        assertEquals((byte) (CodeObject.CO_FAST_LOCAL | CodeObject.CO_FAST_CELL), g.localsplusKinds[0]);
    }

    /** Expected strings from CPython 3.11 ({@code co_consts} of the same source). */
    @Test
    void futureAnnotationsAreUnparsedAsCPythonDoes() {
        String src = "from __future__ import annotations\n"
                + "def f(x: List[int], *a: Tuple[str, ...], k: 'A' | None = None, **kw: Callable[[int], str])"
                + " -> Dict[str, -1]:\n    pass\n"
                + "x: lambda a, b=1, *c, d, **e: a + b * c ** -d = 1\n"
                + "y: (a if b else c, [d for d in e if d], {f: g}, not h, a < b <= c, f'{x!r:>{w}}', a[1:2, ::3], *z)\n"
                + "class C:\n    z: 1.5 + 2j - 1e100 + 0.1\n";
        List<String> strings = new ArrayList<>();
        collectStrings(Src.compile(src), strings);
        for (String expected : List.of("List[int]", "Tuple[str, ...]", "'A' | None", "Callable[[int], str]",
                "Dict[str, -1]", "lambda a, b=1, *c, d, **e: a + b * c ** (-d)",
                "(a if b else c, [d for d in e if d], {f: g}, not h, a < b <= c, f'{x!r:>{w}}', a[1:2, ::3], *z)",
                "1.5 + 2j - 1e+100 + 0.1")) {
            assertTrue(strings.contains(expected), expected + " not in " + strings);
        }
    }

    private static void collectStrings(CodeObject co, List<String> out) {
        for (Object c : co.consts) {
            if (c instanceof String s) {
                out.add(s);
            } else if (c instanceof CodeObject k) {
                collectStrings(k, out);
            }
        }
    }
}
