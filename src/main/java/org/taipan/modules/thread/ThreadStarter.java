package org.taipan.modules.thread;

import org.taipan.runtime.Args;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Gil;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PythonThreads;
import org.taipan.runtime.Signals;
import org.taipan.runtime.ThreadState;

/**
 * {@code _thread.start_new_thread} (CPython's {@code thread_PyThread_start_new_thread} and
 * {@code thread_run}): runs a Python callable on a new Java thread with its own
 * {@link ThreadState}, holding the interpreter's GIL while it runs Python code. An uncaught
 * exception other than SystemExit is reported as unraisable ("Exception ignored in thread
 * started by: ..."). The Java thread is a daemon: the interpreter, not the JVM, decides
 * whether the program waits for it ({@code threading._shutdown}).
 */
final class ThreadStarter {
    private final Interpreter interp;
    private final PythonThreads threads;

    private ThreadStarter(Interpreter interp) {
        this.interp = interp;
        this.threads = interp.threads();
    }

    static ThreadStarter of(Interpreter interp) {
        return new ThreadStarter(interp);
    }

    int count() {
        return threads.count();
    }

    long stackSize() {
        return threads.stackSize();
    }

    void setStackSize(long size) {
        threads.setStackSize(size);
    }

    /**
     * {@code start_new_thread(function, args, kwargs=None)}.
     *
     * @return the new thread's identity
     * @throws PyException TypeError for a non-callable function, non-tuple args, non-dict kwargs
     */
    PyObject start(PyObject[] a, String[] k) {
        Args.check("start_new_thread", a, k, 2, 3);
        PyObject func = a[0];
        if (func.type().tp_call == null) {
            throw Errors.typeError("first arg must be callable");
        }
        if (!(a[1] instanceof PyTuple args)) {
            throw Errors.typeError("2nd arg must be a tuple");
        }
        PyDict kwargs = null;
        if (a.length == 3) {
            if (!(a[2] instanceof PyDict d)) {
                throw Errors.typeError("optional 3rd arg must be a dictionary");
            }
            kwargs = d;
        }
        PyObject[] callArgs = args.array().clone();
        String[] kwnames = null;
        if (kwargs != null && kwargs.size() > 0) {
            int n = kwargs.size();
            PyObject[] all = new PyObject[callArgs.length + n];
            System.arraycopy(callArgs, 0, all, 0, callArgs.length);
            kwnames = new String[n];
            for (int i = 0; i < n; i++) {
                if (!(kwargs.keyAt(i) instanceof org.taipan.runtime.PyStr s)) {
                    throw Errors.typeError("keywords must be strings");
                }
                kwnames[i] = s.toString();
                all[callArgs.length + i] = kwargs.valueAt(i);
            }
            callArgs = all;
        }
        PyObject[] finalArgs = callArgs;
        String[] finalKw = kwnames;
        long stack = threads.stackSize() == 0 ? PythonThreads.DEFAULT_STACK : threads.stackSize();
        Thread t = new Thread(null, () -> run(func, finalArgs, finalKw), "python-thread", stack);
        t.setDaemon(true);
        threads.started(t);
        try {
            t.start();
        } catch (OutOfMemoryError e) {
            threads.ended(t);
            throw Errors.runtimeError("can't start new thread");
        }
        return PyInt.of(t.threadId());
    }

    /** The body of a new thread: its own state, the GIL, the call, then the clean-up. */
    private void run(PyObject func, PyObject[] args, String[] kwnames) {
        Thread me = Thread.currentThread();
        ThreadState ts = new ThreadState(interp);
        ThreadState.enter(ts);
        Gil gil = interp.gil();
        try {
            gil.acquire();
        } catch (Gil.ThreadExit e) {
            threads.ended(me);
            ThreadState.restore(null);
            return;
        }
        try {
            Callables.call(func, args, kwnames);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.SystemExit)) {
                report(e, func);
            }
        } catch (Gil.ThreadExit e) {
            // the interpreter finished while this thread waited: it just ends
            ThreadState.restore(null);
            threads.ended(me);
            return;
        } catch (StackOverflowError e) {
            report(new PyException(Errors.of(ExceptionTypes.RecursionError, "maximum recursion depth exceeded").value), func);
        }
        try {
            org.taipan.interp.TraceHooks.clear(ts);
            if (ts.sentinel instanceof PyLock l) {
                l.unlockQuietly();
            }
        } finally {
            threads.ended(me);
            interp.unregisterThreadState(ts);
            gil.release();
            ThreadState.restore(null);
        }
    }

    private void report(PyException e, PyObject func) {
        try {
            interp.finalization().writeUnraisable(e.value, "Exception ignored in thread started by", func);
        } catch (PyException ignored) {
            // nothing left to report it to
        }
    }

    /**
     * {@code _thread._set_sentinel()}: a new unlocked lock that is released, if held, when the
     * calling thread ends ({@code threading} acquires it at once and joins by waiting for it).
     */
    PyObject sentinel() {
        PyLock l = new PyLock();
        ThreadState.current().sentinel = l;
        return l;
    }

    /**
     * {@code _thread.interrupt_main(signum=SIGINT)}: as if the signal arrived (CPython's
     * {@code PyErr_SetInterruptEx}).
     */
    void interruptMain(PyObject signum) {
        long n = 2;
        if (signum != null) {
            PyInt i = PyInt.asInt(signum);
            if (i == null) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", signum.type().name());
            }
            n = i.fitsLong() ? i.longValue() : -1;
        }
        if (n < 1 || n >= 65) {
            throw Errors.valueError("signal number out of range");
        }
        // PyErr_SetInterruptEx: a signal whose handler is SIG_IGN or SIG_DFL is ignored
        if (!(Signals.of(interp).handler((int) n) instanceof PyInt)) {
            interp.events().tripWithoutWaking((int) n);
            // CPython checks for signals right after a builtin call returns: called on the main
            // thread, the handler runs (KeyboardInterrupt is raised) before the next statement
            Blocking.checkSignals(ThreadState.current());
        }
    }
}
