package org.taipan.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taipan.code.CodeObject;

/**
 * The {@code co_varnames}, {@code co_cellvars}, {@code co_freevars}, {@code co_names},
 * {@code co_flags}, argument counts, {@code co_qualname} and {@code co_firstlineno} of every
 * code object equal CPython 3.11's (expected values generated with {@code python3}: for each
 * snippet, {@code compile(src, '<test>', 'exec')} and its nested code objects in constant order).
 */
class CodeFieldsTest {
    static final String[][] CASES = {
        {"print(1 + 2)\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[print] flags=0 argcount=0 kwonly=0 posonly=0 first=1"},
        {"def f(a, b=1, *args, c, d=2, **kw):\n    x = a + b\n    return x\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[f] flags=0 argcount=0 kwonly=0 posonly=0 first=1\nf varnames=[a, b, c, d, args, kw, x] cellvars=[] freevars=[] names=[] flags=15 argcount=2 kwonly=2 posonly=0 first=1"},
        {"def f(a, /, b):\n    def g():\n        nonlocal a\n        a = 1\n        return b\n    return g\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[f] flags=0 argcount=0 kwonly=0 posonly=0 first=1\nf varnames=[a, b, g] cellvars=[a, b] freevars=[] names=[] flags=3 argcount=2 kwonly=0 posonly=1 first=1\nf.<locals>.g varnames=[] cellvars=[] freevars=[a, b] names=[] flags=19 argcount=0 kwonly=0 posonly=0 first=2"},
        {"class C(Base):\n    '''doc'''\n    x: int = 1\n    def m(self):\n        return super().m() + __class__.y\n    @staticmethod\n    def s(*a): pass\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[Base, C] flags=0 argcount=0 kwonly=0 posonly=0 first=1\nC varnames=[] cellvars=[__class__] freevars=[] names=[__name__, __module__, __qualname__, __doc__, x, int, __annotations__, m, staticmethod, s, __classcell__] flags=0 argcount=0 kwonly=0 posonly=0 first=1\nC.m varnames=[self] cellvars=[] freevars=[__class__] names=[super, m, y] flags=3 argcount=1 kwonly=0 posonly=0 first=4\nC.s varnames=[a] cellvars=[] freevars=[] names=[] flags=7 argcount=0 kwonly=0 posonly=0 first=6"},
        {"def gen(n):\n    for i in range(n):\n        yield i\n    yield from range(3)\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[gen] flags=0 argcount=0 kwonly=0 posonly=0 first=1\ngen varnames=[n, i] cellvars=[] freevars=[] names=[range] flags=35 argcount=1 kwonly=0 posonly=0 first=1"},
        {"async def co(x):\n    async with x as y:\n        await y\n    async for z in x:\n        pass\n    return [a async for a in x]\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[co] flags=0 argcount=0 kwonly=0 posonly=0 first=1\nco varnames=[x, y, z] cellvars=[] freevars=[] names=[] flags=131 argcount=1 kwonly=0 posonly=0 first=1\nco.<locals>.<listcomp> varnames=[.0, a] cellvars=[] freevars=[] names=[] flags=147 argcount=1 kwonly=0 posonly=0 first=6"},
        {"async def ag():\n    yield 1\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[ag] flags=0 argcount=0 kwonly=0 posonly=0 first=1\nag varnames=[] cellvars=[] freevars=[] names=[] flags=515 argcount=0 kwonly=0 posonly=0 first=1"},
        {"x = [i * j for i in range(3) for j in range(i) if j]\ny = {k: v for k, v in z}\ns = {a for a in b}\ng = (q for q in r)\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[range, x, z, y, b, s, r, g] flags=0 argcount=0 kwonly=0 posonly=0 first=1\n<listcomp> varnames=[.0, i, j] cellvars=[] freevars=[] names=[range] flags=3 argcount=1 kwonly=0 posonly=0 first=1\n<dictcomp> varnames=[.0, k, v] cellvars=[] freevars=[] names=[] flags=3 argcount=1 kwonly=0 posonly=0 first=2\n<setcomp> varnames=[.0, a] cellvars=[] freevars=[] names=[] flags=3 argcount=1 kwonly=0 posonly=0 first=3\n<genexpr> varnames=[.0, q] cellvars=[] freevars=[] names=[] flags=35 argcount=1 kwonly=0 posonly=0 first=4"},
        {"def outer():\n    x = 1\n    class Inner:\n        y = x\n        def m(self): return x\n    return Inner\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[outer] flags=0 argcount=0 kwonly=0 posonly=0 first=1\nouter varnames=[Inner] cellvars=[x] freevars=[] names=[] flags=3 argcount=0 kwonly=0 posonly=0 first=1\nouter.<locals>.Inner varnames=[] cellvars=[] freevars=[x] names=[__name__, __module__, __qualname__, y, m] flags=0 argcount=0 kwonly=0 posonly=0 first=3\nouter.<locals>.Inner.m varnames=[self] cellvars=[] freevars=[x] names=[] flags=19 argcount=1 kwonly=0 posonly=0 first=5"},
        {"try:\n    a()\nexcept (ValueError, TypeError) as e:\n    b(e)\nexcept Exception:\n    pass\nelse:\n    c()\nfinally:\n    d()\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[a, c, ValueError, TypeError, e, b, Exception, d] flags=0 argcount=0 kwonly=0 posonly=0 first=1"},
        {"def f():\n    try:\n        return 1\n    finally:\n        print('x')\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[f] flags=0 argcount=0 kwonly=0 posonly=0 first=1\nf varnames=[] cellvars=[] freevars=[] names=[print] flags=3 argcount=0 kwonly=0 posonly=0 first=1"},
        {"for i in range(10):\n    if i % 2: continue\n    if i > 7: break\nelse:\n    print('done')\nwhile x:\n    x -= 1\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[range, i, print, x] flags=0 argcount=0 kwonly=0 posonly=0 first=1"},
        {"import os.path\nimport a.b.c as d\nfrom . import e\nfrom ..f import g as h, i\nfrom m import *\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[os.path, os, a.b.c, b, c, d, , e, f, g, h, i, m] flags=0 argcount=0 kwonly=0 posonly=0 first=1"},
        {"a, *b, c = d\n(e, f), g = h\nx.y += 1\nz[0] -= 2\nz[1:2] = q\ndel a, x.y, z[0]\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[d, a, b, c, h, e, f, g, x, y, z, q] flags=0 argcount=0 kwonly=0 posonly=0 first=1"},
        {"f(*a, **k)\nf(1, x=2)\nf(a, *b, c, d=1, **e)\no.m(1, 2, k=3)\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[f, a, k, b, c, e, o, m] flags=0 argcount=0 kwonly=0 posonly=0 first=1"},
        {"lambda x, *y, z=1: x + z\nf = lambda: (yield)\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[f] flags=0 argcount=0 kwonly=0 posonly=0 first=1\n<lambda> varnames=[x, z, y] cellvars=[] freevars=[] names=[] flags=7 argcount=1 kwonly=1 posonly=0 first=1\n<lambda> varnames=[] cellvars=[] freevars=[] names=[] flags=35 argcount=0 kwonly=0 posonly=0 first=2"},
        {"def f():\n    global G\n    G = 1\n    def h():\n        return G\n    return h\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[f] flags=0 argcount=0 kwonly=0 posonly=0 first=1\nf varnames=[h] cellvars=[] freevars=[] names=[G] flags=3 argcount=0 kwonly=0 posonly=0 first=1\nf.<locals>.h varnames=[] cellvars=[] freevars=[] names=[G] flags=19 argcount=0 kwonly=0 posonly=0 first=4"},
        {"try:\n    pass\nexcept* ValueError as eg:\n    print(eg)\nexcept* TypeError:\n    pass\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[ValueError, eg, print, TypeError] flags=0 argcount=0 kwonly=0 posonly=0 first=1"},
        {"x = f'{a!r:>{w}} and {b}'\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[a, w, b, x] flags=0 argcount=0 kwonly=0 posonly=0 first=1"},
        {"def f(x: int, *args: str, y: 'q' = 3, **kw: float) -> bool:\n    pass\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[int, str, float, bool, f] flags=0 argcount=0 kwonly=0 posonly=0 first=1\nf varnames=[x, y, args, kw] cellvars=[] freevars=[] names=[] flags=15 argcount=1 kwonly=1 posonly=0 first=1"},
        {"def f():\n    x = 1\n    def g():\n        return [x + y for y in range(3)]\n    return g\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[f] flags=0 argcount=0 kwonly=0 posonly=0 first=1\nf varnames=[g] cellvars=[x] freevars=[] names=[] flags=3 argcount=0 kwonly=0 posonly=0 first=1\nf.<locals>.g varnames=[] cellvars=[] freevars=[x] names=[range] flags=19 argcount=0 kwonly=0 posonly=0 first=3\nf.<locals>.g.<locals>.<listcomp> varnames=[.0, y] cellvars=[] freevars=[x] names=[] flags=19 argcount=1 kwonly=0 posonly=0 first=4"},
        {"class A:\n    def __init__(self):\n        self.__x = 1\n        __y = 2\n    def __m(self): return __z\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[A] flags=0 argcount=0 kwonly=0 posonly=0 first=1\nA varnames=[] cellvars=[] freevars=[] names=[__name__, __module__, __qualname__, __init__, _A__m] flags=0 argcount=0 kwonly=0 posonly=0 first=1\nA.__init__ varnames=[self, _A__y] cellvars=[] freevars=[] names=[_A__x] flags=3 argcount=1 kwonly=0 posonly=0 first=2\nA.__m varnames=[self] cellvars=[] freevars=[] names=[_A__z] flags=3 argcount=1 kwonly=0 posonly=0 first=5"},
        {"if __debug__:\n    print('d')\nassert x, 'm'\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[print, x] flags=0 argcount=0 kwonly=0 posonly=0 first=1"},
        {"def f(a):\n    def g():\n        del a\n    a = 1\n    return g\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[f] flags=0 argcount=0 kwonly=0 posonly=0 first=1\nf varnames=[a, g] cellvars=[] freevars=[] names=[] flags=3 argcount=1 kwonly=0 posonly=0 first=1\nf.<locals>.g varnames=[a] cellvars=[] freevars=[] names=[] flags=19 argcount=0 kwonly=0 posonly=0 first=2"},
        {"with a() as (b, c), d:\n    pass\n",
         "<module> varnames=[] cellvars=[] freevars=[] names=[a, b, c, d] flags=0 argcount=0 kwonly=0 posonly=0 first=1"},
    };

    static List<Object[]> cases() {
        List<Object[]> out = new ArrayList<>();
        for (String[] c : CASES) {
            out.add(new Object[] {c[0], c[1]});
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void fieldsMatchCPython(String source, String expected) {
        CodeObject co = Src.compile(source);
        List<String> lines = new ArrayList<>();
        dump(co, lines);
        assertEquals(expected, String.join("\n", lines), source);
    }

    static void dump(CodeObject co, List<String> out) {
        out.add(co.qualname + " varnames=" + Arrays.toString(co.varnames) + " cellvars=" + Arrays.toString(co.cellvars)
                + " freevars=" + Arrays.toString(co.freevars) + " names=" + Arrays.toString(co.names) + " flags="
                + co.flags + " argcount=" + co.argcount + " kwonly=" + co.kwonlyargcount + " posonly="
                + co.posonlyargcount + " first=" + co.firstlineno);
        for (Object c : co.consts) {
            if (c instanceof CodeObject k) {
                dump(k, out);
            }
        }
    }
}
