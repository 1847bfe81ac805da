package org.taipan.javainterop;

import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Gil;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * Java calling a Python callable (a functional-interface proxy's method). Whatever the thread, the
 * call holds the GIL: on a thread running Python code (a Java method called from Python, which
 * released the GIL for the call, calling back) it takes the GIL again; on another Java thread (a
 * {@code Thread} started with a Python lambda, an executor) it first gives the thread its own
 * thread state in the callable's interpreter, as {@code _thread} does for the threads it starts.
 * A Python exception propagates to the Java caller as a {@link org.taipan.runtime.PyException}
 * (unchecked), and back into Python unchanged if Python called that Java code.
 */
final class PythonCallback {
    private final Interpreter interp;
    private final PyObject callable;

    /** The attribute of the target that is called, or null to call the target itself. */
    private final String method;

    PythonCallback(Interpreter interp, PyObject callable) {
        this(interp, callable, null);
    }

    /** A callback calling {@code target.method(...)}; {@code method} null calls {@code target} itself. */
    PythonCallback(Interpreter interp, PyObject target, String method) {
        this.interp = interp;
        this.callable = target;
        this.method = method;
    }

    /**
     * Calls the callable with {@code args} converted to Python and converts its result to
     * {@code returnType} ({@code void}: ignored).
     *
     * @throws org.taipan.runtime.PyException what the callable raised; TypeError when its result
     *     does not convert to {@code returnType}
     */
    Object call(Object[] args, Class<?> returnType) {
        ThreadState ts = ThreadState.currentOrNull();
        boolean foreign = ts == null || ts.interpreter != interp;
        ThreadState previous = null;
        if (foreign) {
            previous = ThreadState.enter(new ThreadState(interp));
        }
        Gil gil = interp.gil();
        boolean held = gil.heldByCurrentThread();
        if (!held) {
            gil.acquire();
        }
        try {
            PyObject[] pyArgs = new PyObject[args.length];
            for (int i = 0; i < args.length; i++) {
                pyArgs[i] = JavaValues.toPython(args[i]);
            }
            PyObject f = method == null ? callable : org.taipan.runtime.Abstract.getAttr(callable, method);
            PyObject result = Callables.call(f, pyArgs);
            if (returnType == void.class) {
                return null;
            }
            if (returnType == boolean.class || returnType == Boolean.class) {
                // a predicate answers with any Python truth value, as Python's filter() accepts
                return org.taipan.runtime.Abstract.isTrue(result);
            }
            if (ArgConverter.cost(result, returnType) < 0) {
                throw Errors.typeError("a Python callable used as a Java %s returned '%s'",
                        returnType.getTypeName(), result.type().name());
            }
            return ArgConverter.convert(result, returnType);
        } finally {
            if (!held) {
                gil.release();
            }
            if (foreign) {
                ThreadState.restore(previous);
            }
        }
    }
}
