package org.taipan.embed;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;

import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * Taipan as a JSR-223 {@link ScriptEngine} (found through {@link TaipanScriptEngineFactory}), with
 * {@link Invocable} and {@link Compilable}. Each engine owns one {@link PythonInterpreter}.
 *
 * <ul>
 *   <li><b>Bindings</b>: the {@code ENGINE_SCOPE} bindings are Python globals. The engine's own
 *       and those from {@link #createBindings()} are live views of a globals dict (a
 *       {@code put} is at once a Python global, a script's assignment at once a binding). Other
 *       {@link Bindings} (a {@code SimpleBindings}) are copied into a fresh globals dict before
 *       the script and the globals copied back into them after it (also when it fails), a removed
 *       global removing the binding; functions defined there keep seeing that evaluation's
 *       dict. Values are converted by {@link Conversions} (copies; objects without a Java
 *       counterpart as {@link PythonObject} handles). {@code GLOBAL_SCOPE} bindings (the
 *       {@code ScriptEngineManager}'s) are visible as globals during an evaluation unless an
 *       engine-scope name shadows them; they are not copied into the engine scope, and an
 *       assignment to such a name makes an engine-scope global.</li>
 *   <li><b>Result</b>: {@code eval} returns the value of the script's last statement when that
 *       is an expression (converted), else null; the file name in tracebacks is the context's
 *       {@link ScriptEngine#FILENAME} attribute, else {@code <string>}.</li>
 *   <li><b>Streams</b>: {@code print} and {@code sys.stdout} write to the context's writer,
 *       {@code sys.stderr} to its error writer, {@code input()} reads its reader; output is
 *       flushed when {@code eval} returns.</li>
 *   <li><b>Errors</b>: a Python exception (SyntaxError and SystemExit included) is a
 *       {@link ScriptException} whose message is the traceback's last line, with the line number
 *       of the innermost frame and the {@link PythonException} as its cause (traceback text there).</li>
 *   <li><b>Threads</b>: MULTITHREADED (see {@link PythonInterpreter}: calls from several threads
 *       take turns under the GIL). Output routing follows the context of the calling thread's
 *       evaluation; threads started by Python code write to the engine's default context.</li>
 * </ul>
 */
public final class TaipanScriptEngine extends AbstractScriptEngine implements Invocable, Compilable, AutoCloseable {
    private final TaipanScriptEngineFactory factory;
    private final PythonInterpreter py;
    /** The context of the evaluation running on each thread (streams are routed by it). */
    private final ThreadLocal<ScriptContext> active = new ThreadLocal<>();

    TaipanScriptEngine(TaipanScriptEngineFactory factory) {
        this.factory = factory;
        this.py = PythonInterpreter.builder()
                .stdout(new ContextStreams.Output(() -> currentContext().getWriter()))
                .stderr(new ContextStreams.Output(() -> currentContext().getErrorWriter()))
                .stdin(new ContextStreams.Input(() -> currentContext().getReader()))
                .build();
        PyDict main = (PyDict) py.mainGlobals().unwrap();
        context.setBindings(new GlobalsBindings(py, main), ScriptContext.ENGINE_SCOPE);
    }

    private ScriptContext currentContext() {
        ScriptContext c = active.get();
        return c != null ? c : context;
    }

    /** The interpreter behind this engine (for the direct embedding API). */
    public PythonInterpreter interpreter() {
        return py;
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    /** New, empty bindings that are a fresh Python globals dict of this engine's interpreter. */
    @Override
    public Bindings createBindings() {
        return new GlobalsBindings(py, (PyDict) py.newGlobals().unwrap());
    }

    @Override
    public Object eval(String script, ScriptContext ctx) throws ScriptException {
        String filename = filename(ctx);
        return inContext(ctx, globals -> ScriptCode.compile(py.runtime(), script, filename).run(
                org.taipan.runtime.ThreadState.current(), globals));
    }

    @Override
    public Object eval(Reader reader, ScriptContext ctx) throws ScriptException {
        return eval(readAll(reader), ctx);
    }

    /** Work on a globals dict, converted to a Java result. */
    @FunctionalInterface
    interface InGlobals {
        PyObject run(PyDict globals);
    }

    /**
     * Runs {@code work} with {@code ctx}'s engine-scope globals (copying foreign bindings in and out)
     * and streams, converting the result and turning Python exceptions into ScriptExceptions.
     */
    Object inContext(ScriptContext ctx, InGlobals work) throws ScriptException {
        Bindings b = ctx.getBindings(ScriptContext.ENGINE_SCOPE);
        Bindings global = ctx.getBindings(ScriptContext.GLOBAL_SCOPE);
        ScriptContext prev = active.get();
        active.set(ctx);
        try {
            if (b instanceof GlobalsBindings g && g.owner() == py) {
                return py.run(ts -> withGlobalScope(g.globals(), global, work));
            }
            PyDict globals = (PyDict) py.newGlobals().unwrap();
            try {
                return py.run(ts -> {
                    if (b != null) {
                        for (Map.Entry<String, Object> e : b.entrySet()) {
                            globals.setItem(PyStr.of(e.getKey()), py.toPython(e.getValue()));
                        }
                    }
                    return withGlobalScope(globals, global, work);
                });
            } finally {
                if (b != null) {
                    copyBack(globals, b);
                }
            }
        } catch (PythonException e) {
            throw scriptException(e, filename(ctx));
        } catch (IllegalArgumentException e) {
            throw (ScriptException) new ScriptException(e.getMessage()).initCause(e);
        } finally {
            if (prev == null) {
                active.remove();
            } else {
                active.set(prev);
            }
        }
    }

    /**
     * Runs {@code work} with the GLOBAL_SCOPE bindings that the engine scope does not shadow visible
     * as globals for its duration: they are bound before it and unbound after it unless the script
     * rebound them (so they never become engine-scope bindings, and a function that reads one
     * later, after the evaluation, no longer finds it). The caller is inside the interpreter.
     */
    private Object withGlobalScope(PyDict globals, Bindings global, InGlobals work) {
        Map<PyStr, PyObject> lent = new java.util.LinkedHashMap<>();
        if (global != null) {
            for (Map.Entry<String, Object> e : global.entrySet()) {
                PyStr key = PyStr.of(e.getKey());
                if (!globals.containsKey(key)) {
                    PyObject v = py.toPython(e.getValue());
                    globals.setItem(key, v);
                    lent.put(key, v);
                }
            }
        }
        try {
            return py.toJava(work.run(globals));
        } finally {
            lent.forEach((key, v) -> {
                if (globals.getItem(key) == v) {
                    globals.delItem(key);
                }
            });
        }
    }

    /** The globals after a script, into foreign bindings: every str-named global but {@code __builtins__}. */
    private void copyBack(PyDict globals, Bindings b) {
        Map<String, Object> after = py.run(ts -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < globals.size(); i++) {
                if (globals.keyAt(i) instanceof PyStr s && !s.toString().equals("__builtins__")) {
                    m.put(s.toString(), py.toJava(globals.valueAt(i)));
                }
            }
            return m;
        });
        b.keySet().retainAll(after.keySet());
        b.putAll(after);
    }

    private static String filename(ScriptContext ctx) {
        Object f = ctx.getAttribute(ScriptEngine.FILENAME);
        return f == null ? "<string>" : f.toString();
    }

    static ScriptException scriptException(PythonException e, String filename) {
        ScriptException se = new ScriptException(e.getMessage(), filename, e.lineNumber());
        se.initCause(e);
        return se;
    }

    private static String readAll(Reader reader) throws ScriptException {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = reader.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw (ScriptException) new ScriptException("cannot read the script: " + e.getMessage()).initCause(e);
        }
    }

    // ------------------------------------------------------------------ Compilable

    /**
     * Compiles a script once for many evaluations ({@link CompiledScript#eval(ScriptContext)}
     * runs it in that context's bindings).
     *
     * @throws ScriptException for a SyntaxError
     */
    @Override
    public CompiledScript compile(String script) throws ScriptException {
        String filename = filename(context);
        try {
            ScriptCode code = py.run(ts -> ScriptCode.compile(py.runtime(), script, filename));
            return new CompiledScript() {
                @Override
                public Object eval(ScriptContext ctx) throws ScriptException {
                    return inContext(ctx, globals -> code.run(org.taipan.runtime.ThreadState.current(), globals));
                }

                @Override
                public ScriptEngine getEngine() {
                    return TaipanScriptEngine.this;
                }
            };
        } catch (PythonException e) {
            throw scriptException(e, filename);
        }
    }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(readAll(script));
    }

    // ------------------------------------------------------------------ Invocable

    /**
     * Calls global function {@code name} of the engine-scope bindings with the arguments
     * converted to Python, returning the result converted.
     *
     * @throws NoSuchMethodException when there is no such global
     * @throws ScriptException what the call raises
     */
    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        PyObject[] f = new PyObject[1];
        Object r = inContext(context, globals -> {
            f[0] = globals.getItem(PyStr.of(name));
            return f[0] == null ? org.taipan.runtime.PyNone.NONE : call(f[0], args);
        });
        if (f[0] == null) {
            throw new NoSuchMethodException("no global function " + name);
        }
        return r;
    }

    /**
     * Calls method {@code name} of {@code thiz} (a {@link PythonObject}, or any value converted to
     * Python) with the arguments converted.
     *
     * @throws NoSuchMethodException when the object has no such attribute
     * @throws ScriptException what the call raises
     */
    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (thiz == null) {
            throw new IllegalArgumentException("invokeMethod on null");
        }
        PyObject[] m = new PyObject[1];
        Object r = inContext(context, globals -> {
            m[0] = Abstract.lookupAttr(py.toPython(thiz), PyStr.of(name));
            return m[0] == null ? org.taipan.runtime.PyNone.NONE : call(m[0], args);
        });
        if (m[0] == null) {
            throw new NoSuchMethodException("no method " + name);
        }
        return r;
    }

    private PyObject call(PyObject f, Object[] args) {
        PyObject[] a = new PyObject[args == null ? 0 : args.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = py.toPython(args[i]);
        }
        return org.taipan.runtime.Callables.call(f, a, null);
    }

    /**
     * A {@code iface} implemented by the engine-scope global functions of the same names, or null
     * when one of its abstract methods has no such global.
     */
    @Override
    public <T> T getInterface(Class<T> iface) {
        return implement(iface, null);
    }

    /**
     * A {@code iface} implemented by {@code thiz}'s methods of the same names, or null when one of
     * its abstract methods has no such attribute.
     */
    @Override
    public <T> T getInterface(Object thiz, Class<T> iface) {
        if (thiz == null) {
            throw new IllegalArgumentException("getInterface on null");
        }
        return implement(iface, thiz);
    }

    private <T> T implement(Class<T> iface, Object thiz) {
        if (iface == null || !iface.isInterface()) {
            throw new IllegalArgumentException("not an interface: " + iface);
        }
        for (Method m : iface.getMethods()) {
            if (java.lang.reflect.Modifier.isAbstract(m.getModifiers())) {
                boolean present = thiz == null
                        ? getContext().getBindings(ScriptContext.ENGINE_SCOPE).containsKey(m.getName())
                        : py.toPythonObject(thiz).hasAttr(m.getName());
                if (!present) {
                    return null;
                }
            }
        }
        Object proxy = Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, (p, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> p == args[0];
                    case "hashCode" -> System.identityHashCode(p);
                    default -> "Python implementation of " + iface.getName();
                };
            }
            if (method.isDefault()) {
                return java.lang.reflect.InvocationHandler.invokeDefault(p, method, args);
            }
            Object[] a = args == null ? new Object[0] : args;
            Object r = thiz == null ? invokeFunction(method.getName(), a) : invokeMethod(thiz, method.getName(), a);
            return returnValue(r, method.getReturnType());
        });
        return iface.cast(proxy);
    }

    /** Narrows a converted result to the method's primitive return type (Long to int, Double to float...). */
    private static Object returnValue(Object r, Class<?> type) {
        if (r instanceof Number n) {
            if (type == int.class || type == Integer.class) {
                return n.intValue();
            }
            if (type == short.class || type == Short.class) {
                return n.shortValue();
            }
            if (type == byte.class || type == Byte.class) {
                return n.byteValue();
            }
            if (type == float.class || type == Float.class) {
                return n.floatValue();
            }
            if ((type == double.class || type == Double.class) && !(r instanceof Double)) {
                return n.doubleValue();
            }
        }
        return type == void.class ? null : r;
    }

    /** Closes the engine's interpreter ({@link PythonInterpreter#close()}). */
    @Override
    public void close() {
        py.close();
    }
}
