package org.taipan.modules.thread;

import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code _thread.lock} (CPython's {@code lockobject} in {@code Modules/_threadmodule.c}): a
 * binary semaphore that any thread may release. Made by {@code allocate_lock()}; the type
 * cannot be instantiated or subclassed from Python.
 */
public final class PyLock extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("_thread.lock", PyType.OBJECT).markFromSpec();

    static {
        TYPE.tp_new = (type, a, k) -> {
            throw Errors.typeError("cannot create '_thread.lock' instances");
        };
        TYPE.tp_repr = self -> PyStr.of("<" + (((PyLock) self).mutex.isLocked() ? "locked" : "unlocked")
                + " _thread.lock object at " + ObjectSlots.address(self) + ">");
        TYPE.addMethod("acquire", (self, a, k) -> Waits.thenCheckSignals(((PyLock) self).acquire("acquire", a, k)));
        TYPE.addMethod("acquire_lock", (self, a, k) -> Waits.thenCheckSignals(((PyLock) self).acquire("acquire_lock", a, k)));
        TYPE.addMethod("__enter__", (self, a, k) -> ((PyLock) self).acquire("__enter__", a, k));
        TYPE.addMethod("release", (self, a, k) -> ((PyLock) self).release("release", a, k));
        TYPE.addMethod("release_lock", (self, a, k) -> ((PyLock) self).release("release_lock", a, k));
        TYPE.addMethod("__exit__", (self, a, k) -> {
            Args.noKeywords("__exit__", k);
            ((PyLock) self).releaseOrRaise();
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("locked", self -> {
            return PyBool.of(((PyLock) self).mutex.isLocked());
        });
        TYPE.addMethodNoArgs("locked_lock", self -> {
            return PyBool.of(((PyLock) self).mutex.isLocked());
        });
        TYPE.addMethodNoArgs("_at_fork_reinit", self -> {
            ((PyLock) self).mutex.unlock();
            return PyNone.NONE;
        });
        TYPE.ready();
    }

    final Mutex mutex = new Mutex();

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject acquire(String fname, PyObject[] a, String[] k) {
        return PyBool.of(Waits.acquire(mutex, AcquireArgs.parse(fname, a, k)));
    }

    private PyObject release(String fname, PyObject[] a, String[] k) {
        Args.noArgs(fname, a, k);
        releaseOrRaise();
        return PyNone.NONE;
    }

    /**
     * Releases the lock.
     *
     * @throws org.taipan.runtime.PyException RuntimeError "release unlocked lock"
     */
    void releaseOrRaise() {
        if (!mutex.unlock()) {
            throw Errors.runtimeError("release unlocked lock");
        }
    }

    /** Frees the lock if held (a finished thread's sentinel). */
    void unlockQuietly() {
        mutex.unlock();
    }
}
