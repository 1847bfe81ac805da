package org.taipan.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;

import org.junit.jupiter.api.Test;

/** The JSR-223 engine: discovery through ScriptEngineManager, bindings as globals, writers, Invocable, Compilable. */
class ScriptEngineTest {
    private static final ScriptEngineManager MANAGER = new ScriptEngineManager();

    @Test
    void discoveredByNamesExtensionAndMimeType() {
        for (ScriptEngine e : new ScriptEngine[] {MANAGER.getEngineByName("python"), MANAGER.getEngineByName("taipan"),
                MANAGER.getEngineByExtension("py"), MANAGER.getEngineByMimeType("text/x-python")}) {
            assertInstanceOf(TaipanScriptEngine.class, e);
            assertEquals("Taipan", e.getFactory().getEngineName());
            assertEquals("3.11", e.getFactory().getLanguageVersion());
            ((TaipanScriptEngine) e).close();
        }
    }

    @Test
    void evalReturnsTheLastExpression() throws ScriptException {
        ScriptEngine e = MANAGER.getEngineByName("python");
        assertEquals(42L, e.eval("6 * 7"));
        assertEquals(List.of(1L, 4L, 9L), e.eval("xs = [1, 2, 3]\n[x * x for x in xs]"));
        assertNull(e.eval("y = 5"));
        assertEquals(6L, e.eval(new StringReader("y + 1\n")));
    }

    @Test
    void engineBindingsAreGlobals() throws ScriptException {
        ScriptEngine e = MANAGER.getEngineByName("taipan");
        e.put("n", 10);
        e.put("names", List.of("ada", "alan"));
        e.eval("total = n * 2\nfirst = names[0].upper()\ndef twice(v):\n    return v * 2\n");
        assertEquals(20L, e.get("total"));
        assertEquals("ADA", e.get("first"));
        Bindings b = e.getBindings(ScriptContext.ENGINE_SCOPE);
        assertTrue(b.containsKey("twice"));
        assertFalse(b.containsKey("__builtins__"));
        assertTrue(b.keySet().containsAll(List.of("n", "names", "total", "first", "twice", "__name__")));
        assertInstanceOf(PythonObject.class, b.get("twice"));
        b.remove("total");
        assertEquals(false, e.eval("'total' in globals()"));
    }

    @Test
    void managerBindingsAreVisibleButNotCopied() throws ScriptException {
        ScriptEngineManager manager = new ScriptEngineManager();
        manager.put("shared", 5);
        manager.put("shadowed", "global");
        ScriptEngine e = manager.getEngineByName("python");
        e.put("shadowed", "engine");
        assertEquals(List.of(10L, "engine"), e.eval("[shared * 2, shadowed]"));
        assertNull(e.get("shared"));
        e.eval("shared = shared + 1");
        assertEquals(6L, e.get("shared"));
        assertEquals(5, manager.get("shared"));
    }

    @Test
    void foreignBindingsAreCopiedInAndOut() throws ScriptException {
        ScriptEngine e = MANAGER.getEngineByName("python");
        Bindings b = new SimpleBindings();
        b.put("x", 2);
        b.put("gone", "soon");
        assertEquals(3L, e.eval("del gone\ny = x + 1\ny", b));
        assertEquals(3L, b.get("y"));
        assertFalse(b.containsKey("gone"));
        assertFalse(b.containsKey("__builtins__"));
        Bindings fresh = e.createBindings();
        fresh.put("z", 1.5);
        assertEquals(3.0, e.eval("z * 2", fresh));
        assertNull(e.get("z"));
    }

    @Test
    void printGoesToTheContextWriter() throws ScriptException {
        ScriptEngine e = MANAGER.getEngineByName("python");
        StringWriter out = new StringWriter(), err = new StringWriter();
        e.getContext().setWriter(out);
        e.getContext().setErrorWriter(err);
        e.eval("import sys\nprint('hello', 'w\u00f6rld')\nprint('oops', file=sys.stderr)");
        assertEquals("hello w\u00f6rld\n", out.toString());
        assertEquals("oops\n", err.toString());
        SimpleScriptContext other = new SimpleScriptContext();
        StringWriter out2 = new StringWriter();
        other.setWriter(out2);
        other.setBindings(e.createBindings(), ScriptContext.ENGINE_SCOPE);
        other.setReader(new StringReader("typed line\n"));
        e.eval("print(input('> ').upper())", other);
        assertEquals("> TYPED LINE\n", out2.toString());
        assertEquals("hello w\u00f6rld\n", out.toString());
    }

    @Test
    void pythonErrorsAreScriptExceptions() {
        ScriptEngine e = MANAGER.getEngineByName("python");
        e.getContext().setAttribute(ScriptEngine.FILENAME, "calc.py", ScriptContext.ENGINE_SCOPE);
        ScriptException x = assertThrows(ScriptException.class, () -> e.eval("a = 1\nb = a / 0\n"));
        assertEquals("calc.py", x.getFileName());
        assertEquals(2, x.getLineNumber());
        PythonException cause = assertInstanceOf(PythonException.class, x.getCause());
        assertEquals("ZeroDivisionError", cause.pythonType());
        assertTrue(cause.tracebackText().contains("File \"calc.py\", line 2, in <module>"), cause.tracebackText());
        ScriptException s = assertThrows(ScriptException.class, () -> e.eval("def f(:\n"));
        assertEquals("SyntaxError", ((PythonException) s.getCause()).pythonType());
        assertEquals(1, s.getLineNumber());
        ScriptException exit = assertThrows(ScriptException.class, () -> e.eval("raise SystemExit(4)"));
        assertEquals(4, ((PythonExit) exit.getCause()).exitCode());
    }

    /** An interface a script implements. */
    public interface Greeter {
        String greet(String name);

        int count();
    }

    @Test
    void invocable() throws Exception {
        ScriptEngine e = MANAGER.getEngineByName("python");
        e.eval("""
                calls = 0
                def greet(name):
                    global calls
                    calls += 1
                    return 'hello ' + name
                def count():
                    return calls
                class Acc:
                    def __init__(self):
                        self.items = []
                    def add(self, x, y=0):
                        self.items.append(x + y)
                        return len(self.items)
                acc = Acc()
                """);
        Invocable inv = (Invocable) e;
        assertEquals("hello bob", inv.invokeFunction("greet", "bob"));
        Object acc = e.get("acc");
        assertEquals(1L, inv.invokeMethod(acc, "add", 1, 2));
        assertEquals(Map.of("items", List.of(3L)), ((PythonObject) acc).getAttrValue("__dict__"));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("missing"));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeMethod(acc, "missing"));
        Greeter g = inv.getInterface(Greeter.class);
        assertNotNull(g);
        assertEquals("hello ann", g.greet("ann"));
        assertEquals(2, g.count());
        assertNull(inv.getInterface(Runnable.class));
        Runnable r = inv.getInterface(e.eval("type('R', (), {'run': lambda self: None})()"), Runnable.class);
        r.run();
    }

    @Test
    void compilable() throws ScriptException {
        ScriptEngine e = MANAGER.getEngineByName("python");
        CompiledScript c = ((Compilable) e).compile("r = x * x\nr + 1");
        Bindings b1 = e.createBindings();
        b1.put("x", 3);
        assertEquals(10L, c.eval(b1));
        e.put("x", 5);
        assertEquals(26L, c.eval());
        assertEquals(25L, e.get("r"));
        assertThrows(ScriptException.class, () -> ((Compilable) e).compile("1 +"));
    }
}
