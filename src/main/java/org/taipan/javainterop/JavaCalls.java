package org.taipan.javainterop;

import java.lang.invoke.MethodHandle;

import org.taipan.runtime.Blocking;
import org.taipan.runtime.Gil;
import org.taipan.runtime.ThreadState;

/**
 * Calls into Java from Python code. The GIL is released for the call (as CPython releases it
 * around blocking C calls), so Java code that waits for another thread running Python (a
 * {@code Thread.join()}, a blocking queue) does not deadlock; a Python callback made during the
 * call takes the GIL again ({@link PythonCallback}). A Java exception becomes the Python exception
 * of its class ({@link JavaExceptions}), a Python exception raised in a callback passes unchanged.
 */
final class JavaCalls {
    private JavaCalls() {}

    /**
     * Invokes a spread handle ({@link Candidate#handle()}).
     *
     * @throws org.taipan.runtime.PyException whatever the Java code threw, converted
     */
    static Object invoke(MethodHandle h, Object[] args) {
        ThreadState ts = ThreadState.currentOrNull();
        Gil gil = ts == null ? null : ts.interpreter.gil();
        Object result = null;
        Throwable failure = null;
        if (gil != null) {
            gil.release();
            // Ctrl-C interrupts an interruptible Java wait (Thread.sleep, join, a queue) on the
            // main thread, as EINTR cuts a blocking C call short in CPython.
            ts.beginSignalWait();
        }
        try {
            result = (Object) h.invokeExact(args);
        } catch (Throwable t) {
            failure = t;
        } finally {
            if (gil != null) {
                ts.endSignalWait();
                gil.acquire();
            }
        }
        if (failure instanceof InterruptedException && ts != null && ts.events.signalPending()) {
            // the wait was cut short for a signal: its handler runs now (KeyboardInterrupt for
            // SIGINT) instead of the InterruptedException, which Python code did not cause
            Blocking.checkSignals(ts);
        }
        if (failure != null) {
            throw JavaExceptions.toPyException(failure);
        }
        return result;
    }
}
