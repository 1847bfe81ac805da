package org.taipan.modules.thread;

import java.util.Map;
import java.util.WeakHashMap;
import org.taipan.runtime.Errors;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;

/**
 * {@code _thread._local} ({@code threading.local}, CPython's {@code localobject}): an object
 * whose {@code __dict__} is a different dict in each thread. Generic attribute access reads
 * {@link #dict()}, which answers the calling thread's dict; the first access from a thread
 * other than the creator's makes that thread's dict and runs the subclass's {@code __init__}
 * with the constructor's arguments, as CPython's {@code _ldict} does. Dicts die with their
 * thread (weakly keyed by the Java thread).
 */
public sealed class PyLocal extends PyObject implements HasDict permits PyLocal.Sub {
    public static final PyType TYPE = PyType.builtin("_thread._local", PyType.OBJECT).markFromSpec().markOwnLayout();

    static {
        org.taipan.runtime.ObjectSlots.addInstanceDict(TYPE);
        TYPE.tp_new = (type, a, k) -> {
            if (type == TYPE && a.length > 0) {
                throw Errors.typeError("Initialization arguments are not supported");
            }
            PyLocal l = type == TYPE ? new PyLocal(a, k) : new Sub(type, a, k);
            l.dicts.put(Thread.currentThread(), new PyDict());
            return l;
        };
        TYPE.ready();
    }

    private final Map<Thread, PyDict> dicts = new WeakHashMap<>();
    private final PyObject[] initArgs;
    private final String[] initKwnames;

    PyLocal(PyObject[] a, String[] k) {
        this.initArgs = a.clone();
        this.initKwnames = k;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        Thread me = Thread.currentThread();
        PyDict d;
        synchronized (dicts) {
            d = dicts.get(me);
            if (d != null) {
                return d;
            }
            d = new PyDict();
            dicts.put(me, d);
        }
        PyType t = type();
        if (t != TYPE) {
            PyObject init = t.lookup("__init__");
            if (init != null && init != PyType.OBJECT.lookup("__init__")) {
                org.taipan.runtime.Callables.call(init, prepend(this, initArgs), initKwnames);
            }
        }
        return d;
    }

    private static PyObject[] prepend(PyObject self, PyObject[] a) {
        PyObject[] r = new PyObject[a.length + 1];
        r[0] = self;
        System.arraycopy(a, 0, r, 1, a.length);
        return r;
    }

    /** An instance of a Python subclass of {@code local}. */
    public static final class Sub extends PyLocal implements org.taipan.runtime.HasSlotValues {
        private final PyType type;
        /** Values of its {@code __slots__} members, by name (made by the first store). */
        private PyDict slotValues;

        Sub(PyType type, PyObject[] a, String[] k) {
            super(a, k);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict slotValues(boolean create) {
            if (slotValues == null && create) {
                slotValues = new PyDict();
            }
            return slotValues;
        }
    }
}
