package org.taipan.jmh;

import java.util.List;
import java.util.Map;

import org.taipan.interp.Eval;
import org.taipan.parse.Mode;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.InterpreterOptions;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.ThreadState;

/**
 * A fresh {@link Interpreter} in which one module's source has been run, so that a
 * microbenchmark can take real Python objects (instances of user classes, functions, dicts)
 * from its globals, exactly as compiled Python code would have built them.
 *
 * <p>The interpreter is entered on the calling thread ({@link ThreadState#enter}) and stays
 * entered until {@link #close()}: JMH runs a {@code Scope.Thread} state's setup, benchmark and
 * tear-down methods on the same worker thread, which is what the runtime's thread-local state
 * needs.
 */
final class PythonModule implements AutoCloseable {
    private final ThreadState previous;
    private final PyDict globals;

    private PythonModule(ThreadState previous, PyDict globals) {
        this.previous = previous;
        this.globals = globals;
    }

    /**
     * Compiles and runs {@code source} as module {@code bench} in a new interpreter.
     *
     * @throws org.taipan.runtime.PyException if the source raises (a benchmark set-up bug)
     */
    static PythonModule run(String source) {
        Interpreter interpreter = new Interpreter(InterpreterOptions.ofProcess(List.of("jmh"), Map.of()));
        ThreadState previous = ThreadState.enter(new ThreadState(interpreter));
        PyModule module = new PyModule("bench", false);
        module.set("__builtins__", interpreter.builtinsModule());
        Eval.runModule(ThreadState.current(),
                new PyCode(interpreter.compile(source, "<jmh>", Mode.EXEC)), module.dict(), interpreter.builtins());
        return new PythonModule(previous, module.dict());
    }

    /** The module global {@code name}; fails loudly if the set-up source did not define it. */
    PyObject get(String name) {
        PyObject value = globals.getItem(PyStr.of(name));
        if (value == null) {
            throw new IllegalStateException("the benchmark module defines no " + name);
        }
        return value;
    }

    @Override
    public void close() {
        ThreadState.restore(previous);
    }
}
