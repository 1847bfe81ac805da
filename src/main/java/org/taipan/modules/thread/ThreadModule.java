package org.taipan.modules.thread;

import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;

/**
 * The {@code _thread} module (CPython's {@code Modules/_threadmodule.c}): thread identities,
 * locks ({@link PyLock}, {@link PyRLock}), thread-local objects ({@link PyLocal}) and new
 * threads ({@link ThreadStarter}). A thread's identity ({@code get_ident()}) is its Java thread
 * id: positive, unique while the thread lives; {@code get_native_id()} is the kernel's.
 */
public final class ThreadModule {
    private ThreadModule() {}

    /** CPython's {@code THREAD_STACK_MIN}: the smallest size {@code stack_size()} accepts. */
    private static final long STACK_MIN = 0x8000;

    /** {@code get_ident()} of the calling thread. */
    public static long ident() {
        return Thread.currentThread().threadId();
    }

    /**
     * {@code get_native_id()}: the operating system's id of the calling thread (Linux's
     * {@code gettid()}, read from the {@code /proc/thread-self} link, "PID/task/TID", since a
     * platform thread is one kernel thread), so that threads of different processes differ as in
     * CPython; the Java thread id where {@code /proc} cannot tell.
     */
    static long nativeId() {
        try {
            String self = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/thread-self")).toString();
            return Long.parseLong(self.substring(self.lastIndexOf('/') + 1));
        } catch (java.io.IOException | RuntimeException e) {
            return ident();
        }
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body));
    }

    /** Builds the module for {@code interp}. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_thread", true);
        ThreadStarter starter = ThreadStarter.of(interp);
        // CPython's lock, RLock and local objects have weak-reference lists.
        org.taipan.modules.weakref.Weakrefable.allow(PyLock.TYPE);
        org.taipan.modules.weakref.Weakrefable.allow(PyRLock.TYPE);
        org.taipan.modules.weakref.Weakrefable.allow(PyLocal.TYPE);
        m.set("LockType", PyLock.TYPE);
        m.set("RLock", PyRLock.TYPE);
        m.set("_local", PyLocal.TYPE);
        m.set("error", ExceptionTypes.RuntimeError);
        m.set("TIMEOUT_MAX", PyFloat.of(AcquireArgs.TIMEOUT_MAX));
        m.set("_ExceptHookArgs", ExceptHook.ARGS_TYPE);
        m.set("_excepthook", new PyBuiltinFunction("_excepthook", (a, k) -> ExceptHook.run(interp, Args.oneArg("_excepthook", a, k))));
        def(m, "get_ident", (a, k) -> {
            Args.noArgs("_thread.get_ident", a, k);
            return PyInt.of(ident());
        });
        def(m, "get_native_id", (a, k) -> {
            Args.noArgs("_thread.get_native_id", a, k);
            return PyInt.of(nativeId());
        });
        PyBuiltinFunction.Body allocate = (a, k) -> {
            Args.noArgs("_thread.allocate_lock", a, k);
            return new PyLock();
        };
        def(m, "allocate_lock", allocate);
        def(m, "allocate", allocate);
        def(m, "_count", (a, k) -> {
            Args.noArgs("_thread._count", a, k);
            return PyInt.of(starter.count());
        });
        def(m, "stack_size", (a, k) -> {
            Args.check("stack_size", a, k, 0, 1);
            long old = starter.stackSize();
            if (a.length == 1) {
                PyInt n = PyInt.asInt(a[0]);
                if (n == null) {
                    throw Errors.typeError("'%s' object cannot be interpreted as an integer", a[0].type().name());
                }
                if (!n.fitsLong()) {
                    throw Errors.of(ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t");
                }
                long size = n.longValue();
                if (size < 0) {
                    throw Errors.valueError("size must be 0 or a positive value");
                }
                if (size != 0 && size < STACK_MIN) {
                    throw Errors.valueError("size not valid: %d bytes", size);
                }
                starter.setStackSize(size);
            } else {
                // CPython's stack_size() without an argument also resets the size to the default.
                starter.setStackSize(0);
            }
            return PyInt.of(old);
        });
        PyBuiltinFunction.Body exit = (a, k) -> {
            Args.noArgs("_thread.exit", a, k);
            throw Errors.of(ExceptionTypes.SystemExit, new PyObject[0]);
        };
        def(m, "exit", exit);
        def(m, "exit_thread", exit);
        PyBuiltinFunction.Body start = (a, k) -> starter.start(a, k);
        def(m, "start_new_thread", start);
        def(m, "start_new", start);
        def(m, "_set_sentinel", (a, k) -> {
            Args.noArgs("_thread._set_sentinel", a, k);
            return starter.sentinel();
        });
        def(m, "interrupt_main", (a, k) -> {
            // (CPython 3.11's clinic names the function after its parameter in this message.)
            PyObject[] b = org.taipan.runtime.MethodArgs.bind("signum", a, k, 0, "signum");
            starter.interruptMain(b[0]);
            return org.taipan.runtime.PyNone.NONE;
        });
        return m;
    }

    /** The lock type, for modules that make locks ({@code _queue}). */
    public static PyType lockType() {
        return PyLock.TYPE;
    }
}
