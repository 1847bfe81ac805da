package org.taipan.runtime;

/**
 * {@code reversed(seq)} over a sequence with a length and {@code __getitem__} (CPython's {@code reversed} type,
 * Objects/enumobject.c). {@code reversed} can be subclassed, as in CPython; a sequence with its own
 * {@code __reversed__} gets that method's result whatever class was called ({@code reversed_new_impl}).
 */
public sealed class ReversedIterator extends PyObject permits ReversedIterator.Sub {
    public static final PyType TYPE = PyType.builtin("reversed", PyType.OBJECT);
    public static final PyType LIST_REVERSEITERATOR = PyType.builtinFinal("list_reverseiterator", PyType.OBJECT);

    static {
        TYPE.tp_new = (t, a, k) -> {
            Args.noKeywords("reversed", k);
            if (a.length != 1) {
                throw Errors.typeError("reversed expected 1 argument, got %d", a.length);
            }
            PyObject o = a[0];
            PyObject r = o.type().lookup("__reversed__");
            if (r == PyNone.NONE) {
                throw Errors.typeError("'%s' object is not reversible", o.type().name());
            }
            if (r != null) {
                return Callables.callMethod(r, o, Callables.NO_ARGS, null);
            }
            if (o.type().mp_length == null || o.type().mp_subscript == null || o instanceof PyDict) {
                throw Errors.typeError("'%s' object is not reversible", o.type().name());
            }
            return t.isHeapType() ? new Sub(o, t) : new ReversedIterator(o, t);
        };
        for (PyType t : new PyType[] {TYPE, LIST_REVERSEITERATOR}) {
            t.tp_iter = o -> o;
            t.tp_iternext = o -> ((ReversedIterator) o).next();
            t.addMethodNoArgs("__length_hint__", self -> {
                ReversedIterator r = (ReversedIterator) self;
                long left = r.index + 1;
                if (r.seq instanceof PyList l && left > l.size()) {
                    left = 0;
                }
                return PyInt.of(Math.max(0, left));
            });
            t.ready();
        }
    }

    private final PyObject seq;
    private final PyType type;
    private long index;

    /** A reverse iterator over {@code seq}: {@code list_reverseiterator} for a list, else {@code reversed}. */
    public ReversedIterator(PyObject seq) {
        this(seq, seq instanceof PyList ? LIST_REVERSEITERATOR : TYPE);
    }

    private ReversedIterator(PyObject seq, PyType type) {
        this.seq = seq;
        this.type = type;
        this.index = Abstract.length(seq) - 1;
    }

    @Override
    public PyType type() {
        return type;
    }

    private PyObject next() {
        if (index < 0) {
            return null;
        }
        if (seq instanceof PyList l) {
            if (index >= l.size()) {
                index = -1;
                return null;
            }
            return l.get((int) index--);
        }
        return Abstract.getItem(seq, PyInt.of(index--));
    }

    /** An instance of a user subclass of {@code reversed}, with a {@code __dict__} and slots as in CPython. */
    static final class Sub extends ReversedIterator implements HasDict, HasSlotValues {
        private PyDict dict;
        private PyDict slotValues;

        private Sub(PyObject seq, PyType type) {
            super(seq, type);
        }

        @Override
        public PyDict dict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
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
