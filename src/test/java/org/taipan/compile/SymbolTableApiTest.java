package org.taipan.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taipan.ast.Arguments;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprContext;
import org.taipan.ast.Mod;
import org.taipan.ast.Pos;
import org.taipan.ast.Stmt;
import org.taipan.parse.SyntaxErrorException;

/** The derived views the compiler reads: varnames, cellvars, freevars, code flags, lookups by node. */
class SymbolTableApiTest {
    private static SymbolTable build(String source) throws Exception {
        Path file = Files.createTempFile("symtable", ".py");
        try {
            Files.writeString(file, source);
            Mod mod = PyAstReader.read(SymbolTableTest.python("tools/pyast_export.py", file));
            return SymbolTable.build(mod, "t.py", source);
        } finally {
            Files.delete(file);
        }
    }

    private static SymbolTableEntry child(SymbolTableEntry e, String name) {
        return e.children().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void functionViews() throws Exception {
        SymbolTable st = build("""
                def f(a, /, b, *args, c, **kw):
                    x = 1
                    y = lambda: (a, x)
                    return y
                """);
        SymbolTableEntry f = child(st.top(), "f");
        assertEquals(List.of("a", "b", "c", "args", "kw"), f.parameterNames());
        assertEquals(List.of("y"), f.localNames());
        assertEquals(List.of("a", "x"), f.cellvars());
        assertEquals(List.of(), f.freevars());
        assertTrue(f.hasVarargs() && f.hasVarkeywords() && f.returnsValue());
        assertFalse(f.isNested());
        SymbolTableEntry lam = child(f, "lambda");
        assertEquals(List.of("a", "x"), lam.freevars());
        assertTrue(lam.isNested());
        assertEquals(SymbolScope.FREE, lam.scopeOf("x"));
        assertNull(lam.scopeOf("nothing"));
        Stmt.FunctionDef def = (Stmt.FunctionDef) ((Mod.Module) st.top().node()).body().getFirst();
        assertEquals(f, st.lookup(def));
    }

    @Test
    void classCellAndClassDeref() throws Exception {
        SymbolTable st = build("""
                def outer():
                    v = 1
                    class C:
                        v = 2
                        def m(self):
                            super().m()
                            return v
                    return C
                """);
        SymbolTableEntry c = child(child(st.top(), "outer"), "C");
        assertTrue(c.needsClassClosure());
        assertEquals(List.of("__class__"), c.cellvars());
        assertEquals(List.of("v"), c.freevars());
        assertTrue(c.lookup("v").isFreeClass());
        SymbolTableEntry m = child(c, "m");
        assertTrue(m.usesClassCell());
        assertEquals(List.of("__class__", "v"), m.freevars());
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, m.scopeOf("super"));
    }

    @Test
    void generatorAndCoroutineFlags() throws Exception {
        SymbolTable st = build("""
                def g():
                    yield 1
                async def c():
                    await x
                async def ag():
                    yield [await y for y in z]
                def comp(xs):
                    return (i for i in xs)
                """);
        SymbolTableEntry top = st.top();
        assertTrue(child(top, "g").isGenerator());
        assertFalse(child(top, "g").isCoroutine());
        assertTrue(child(top, "c").isCoroutine());
        assertFalse(child(top, "c").isGenerator());
        SymbolTableEntry ag = child(top, "ag");
        assertTrue(ag.isAsyncGenerator());
        SymbolTableEntry listcomp = child(ag, "listcomp");
        assertEquals(ComprehensionKind.LIST, listcomp.comprehensionKind());
        assertTrue(listcomp.isCoroutine());
        SymbolTableEntry genexpr = child(child(top, "comp"), "genexpr");
        assertTrue(genexpr.isGenerator());
        assertEquals(List.of(".0"), genexpr.parameterNames());
        assertNull(child(top, "comp").scopeOf("i"));
        assertEquals(SymbolScope.LOCAL, genexpr.scopeOf("i"));
    }

    @Test
    void manglesPrivateNames() throws Exception {
        SymbolTable st = build("""
                class C:
                    __x = 1
                    def __m(self, __p):
                        return __x, __p, __dunder__
                """);
        SymbolTableEntry c = child(st.top(), "C");
        assertTrue(c.symbols().containsKey("_C__x"));
        assertTrue(c.symbols().containsKey("_C__m"));
        SymbolTableEntry m = child(c, "__m");
        assertEquals(List.of("self", "_C__p"), m.parameterNames());
        assertTrue(m.symbols().containsKey("__dunder__"));
        assertEquals("_C__x", Mangler.mangle("__C", "__x"));
        assertEquals("__x", Mangler.mangle("__", "__x"));
        assertEquals("__x.y", Mangler.mangle("C", "__x.y"));
    }

    @Test
    void errorsCarryCPythonPositionsWithoutSource() {
        // Hand-built: def f(x): global x
        Pos p = new Pos(1, 0, 1, 20);
        Stmt.FunctionDef f = new Stmt.FunctionDef("f",
                new Arguments(List.of(), List.of(new org.taipan.ast.Arg("x", null, null, new Pos(1, 6, 1, 7))), null,
                        List.of(), List.of(), null, List.of()),
                List.of(new Stmt.Global(List.of("x"), new Pos(1, 10, 1, 18))), List.of(), null, null, p);
        Mod mod = new Mod.Module(List.of(f), Pos.NONE);
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> SymbolTable.build(mod, "t.py"));
        assertEquals("name 'x' is parameter and global", e.msg);
        assertEquals(1, e.lineno);
        assertEquals(11, e.offset);
        assertEquals(19, e.endOffset);
        assertEquals("t.py", e.filename);
    }

    @Test
    void evalModeHasOneModuleBlock() {
        Mod mod = new Mod.Expression(new Expr.Lambda(Arguments.EMPTY,
                new Expr.Name("q", ExprContext.LOAD, new Pos(1, 8, 1, 9)), new Pos(1, 0, 1, 9)), Pos.NONE);
        SymbolTable st = SymbolTable.build(mod, "<string>");
        assertEquals(BlockType.MODULE, st.top().type());
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, st.top().children().getFirst().scopeOf("q"));
    }
}
