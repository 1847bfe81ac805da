package org.taipan.runtime;

/** {@code reversed(seq)} over a sequence with a length and {@code __getitem__} (CPython's {@code reversed} type). */
public final class ReversedIterator extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("reversed", PyType.OBJECT);
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
            return new ReversedIterator(o);
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
    private long index;

    public ReversedIterator(PyObject seq) {
        this.seq = seq;
        this.index = Abstract.length(seq) - 1;
    }

    @Override
    public PyType type() {
        return seq instanceof PyList ? LIST_REVERSEITERATOR : TYPE;
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
}
