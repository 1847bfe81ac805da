package org.taipan.modules.thread;

import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code _thread.RLock} (CPython's {@code rlockobject}): a lock its owning thread may take
 * again, released when every acquire has been matched. The owner is the {@code get_ident()}
 * of the thread holding it, 0 when free. Subclassable. The owner and count are only written
 * by the thread holding the mutex (and read by others only for repr), so they need no lock
 * of their own beyond the mutex's happens-before edges.
 */
public sealed class PyRLock extends PyObject permits PyRLock.Sub {
    public static final PyType TYPE = PyType.builtin("_thread.RLock", PyType.OBJECT).markFromSpec().markOwnLayout();

    static {
        // CPython's rlock_new ignores its arguments.
        TYPE.tp_new = (type, a, k) -> type == TYPE ? new PyRLock() : new Sub(type);
        TYPE.tp_repr = self -> {
            PyRLock r = (PyRLock) self;
            long owner = r.owner;
            String cls = self.type().name();
            return PyStr.of("<" + (owner != 0 ? "locked" : "unlocked") + " " + cls + " object owner=" + owner
                    + " count=" + r.count + " at " + ObjectSlots.address(self) + ">");
        };
        TYPE.addMethod("acquire", (self, a, k) -> Waits.thenCheckSignals(((PyRLock) self).acquire("acquire", a, k)));
        TYPE.addMethod("__enter__", (self, a, k) -> ((PyRLock) self).acquire("__enter__", a, k));
        TYPE.addMethodNoArgs("release", self -> {
            ((PyRLock) self).release();
            return PyNone.NONE;
        });
        TYPE.addMethod("__exit__", (self, a, k) -> {
            Args.noKeywords("__exit__", k);
            ((PyRLock) self).release();
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("_is_owned", self -> {
            PyRLock r = (PyRLock) self;
            return PyBool.of(r.count > 0 && r.owner == ThreadModule.ident());
        });
        TYPE.addMethodNoArgs("_recursion_count", self -> {
            PyRLock r = (PyRLock) self;
            return PyInt.of(r.owner == ThreadModule.ident() ? r.count : 0);
        });
        TYPE.addMethodNoArgs("_release_save", self -> {
            PyRLock r = (PyRLock) self;
            if (r.count == 0) {
                throw Errors.runtimeError("cannot release un-acquired lock");
            }
            PyTuple state = PyTuple.of(PyInt.of(r.count), PyInt.of(r.owner));
            r.count = 0;
            r.owner = 0;
            r.mutex.unlock();
            return state;
        });
        TYPE.addMethod("_acquire_restore", (self, a, k) -> {
            PyObject state = Args.oneArg("_acquire_restore", a, k);
            PyRLock r = (PyRLock) self;
            if (!(state instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("_acquire_restore() argument must be a (count, owner) tuple");
            }
            long count = PyInt.asInt(t.get(0)).longValue();
            long owner = PyInt.asInt(t.get(1)).longValue();
            Waits.acquire(r.mutex, -1);
            r.owner = owner;
            r.count = count;
            return Waits.thenCheckSignals(PyNone.NONE);
        });
        TYPE.addMethodNoArgs("_at_fork_reinit", self -> {
            PyRLock r = (PyRLock) self;
            r.owner = 0;
            r.count = 0;
            r.mutex.unlock();
            return PyNone.NONE;
        });
        TYPE.ready();
    }

    private final Mutex mutex = new Mutex();
    private volatile long owner;
    private long count;

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject acquire(String fname, PyObject[] a, String[] k) {
        long ns = AcquireArgs.parse(fname, a, k);
        long me = ThreadModule.ident();
        if (count > 0 && owner == me) {
            if (count == Long.MAX_VALUE) {
                throw Errors.of(org.taipan.runtime.ExceptionTypes.OverflowError, "Internal lock count overflowed");
            }
            count++;
            return PyBool.TRUE;
        }
        if (!Waits.acquire(mutex, ns)) {
            return PyBool.FALSE;
        }
        owner = me;
        count = 1;
        return PyBool.TRUE;
    }

    /** @throws org.taipan.runtime.PyException RuntimeError when the calling thread does not hold the lock */
    private void release() {
        if (count == 0 || owner != ThreadModule.ident()) {
            throw Errors.runtimeError("cannot release un-acquired lock");
        }
        if (--count == 0) {
            owner = 0;
            mutex.unlock();
        }
    }

    /** An instance of a Python subclass of RLock. */
    public static final class Sub extends PyRLock implements org.taipan.runtime.HasDict, org.taipan.runtime.HasSlotValues {
        private final PyType type;
        private org.taipan.runtime.PyDict dict;
        /** Values of its {@code __slots__} members, by name (made by the first store). */
        private org.taipan.runtime.PyDict slotValues;

        Sub(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public org.taipan.runtime.PyDict dict() {
            if (dict == null) {
                dict = new org.taipan.runtime.PyDict();
            }
            return dict;
        }

        @Override
        public boolean replaceDict(org.taipan.runtime.PyDict d) {
            dict = d;
            return true;
        }

        @Override
        public org.taipan.runtime.PyDict slotValues(boolean create) {
            if (slotValues == null && create) {
                slotValues = new org.taipan.runtime.PyDict();
            }
            return slotValues;
        }
    }
}
