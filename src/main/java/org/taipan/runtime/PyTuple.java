package org.taipan.runtime;

import java.util.Arrays;

/** {@code tuple}: an immutable array of objects. */
public sealed class PyTuple extends PyObject implements SeqSlots.Items permits PyTuple.Sub {
    public static final PyType TYPE = PyType.builtin("tuple", PyType.OBJECT).markCollection(PyType.SEQUENCE).instancesOf(PyTuple.class);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    static {
        TYPE.tp_repr = o -> PyStr.of(SeqSlots.repr("(", (PyTuple) o, ")", o));
        TYPE.tp_hash = PyTuple::hash;
        TYPE.tp_richcompare = (a, b, op) -> b instanceof PyTuple y
                ? SeqSlots.compare((PyTuple) a, y, op)
                : PyNotImplemented.NOT_IMPLEMENTED;
        TYPE.mp_length = o -> ((PyTuple) o).items.length;
        TYPE.sq_contains = (o, x) -> SeqSlots.contains((PyTuple) o, x);
        TYPE.sq_concat = (a, b) -> {
            if (!(b instanceof PyTuple y)) {
                throw Errors.typeError("can only concatenate tuple (not \"%s\") to tuple", b.type().name());
            }
            PyTuple x = (PyTuple) a;
            PyObject[] r = Arrays.copyOf(x.items, x.items.length + y.items.length);
            System.arraycopy(y.items, 0, r, x.items.length, y.items.length);
            return new PyTuple(r);
        };
        TYPE.sq_repeat = (a, n) -> {
            long times = Sequences.repeatCount(n);
            // tuplerepeat: an exact tuple repeated once (or an empty one) is itself
            int size = ((PyTuple) a).items.length;
            if (a.getClass() == PyTuple.class && (times == 1 || size == 0)) {
                return a;
            }
            return of(SeqSlots.repeat(((PyTuple) a).items, size, times));
        };
        TYPE.mp_subscript = (o, k) -> {
            PyTuple t = (PyTuple) o;
            if (k instanceof PySlice s) {
                return new PyTuple(SeqSlots.slice(t.items, t.items.length, s));
            }
            SeqSlots.checkIndexType(k, "tuple");
            return t.items[(int) Sequences.index(k, t.items.length, "tuple index out of range")];
        };
        TYPE.tp_iter = SeqIterator::new;
        TYPE.tp_new = (t, a, k) -> {
            Args.noKeywordsForNew("tuple", t, TYPE, k);
            a = Args.positionalPart(a, k);
            if (a.length > 1) {
                throw Errors.typeError("tuple expected at most 1 argument, got %d", a.length);
            }
            if (t != TYPE) {
                return new Sub(t, a.length == 0 ? new PyObject[0] : Abstract.sequenceTuple(a[0]));
            }
            return a.length == 0 ? EMPTY : a[0].getClass() == PyTuple.class ? a[0] : of(Abstract.sequenceTuple(a[0]));
        };
        TYPE.addWrapperOneArg("__add__", Sequences.concatWrapper(TYPE));
        TYPE.addWrapperOneArg("__mul__", Sequences.repeatWrapper(TYPE));
        TYPE.addWrapperOneArg("__rmul__", Sequences.repeatWrapper(TYPE));
        TYPE.addMethod("index", (self, a, k) -> PyInt.of(SeqSlots.index((PyTuple) self, a, k, "tuple")));
        TYPE.addMethodOneArg("count", (self, arg) -> PyInt.of(SeqSlots.count((PyTuple) self, arg)));
        // tuple_getnewargs: an exact tuple of the items, so a subclass instance does not reduce to itself
        TYPE.addMethodNoArgs("__getnewargs__", self -> PyTuple.of(self.getClass() == PyTuple.class ? self
                : PyTuple.of(((PyTuple) self).array().clone())));
        PyGenericAlias.install(TYPE);
        TYPE.ready();
    }

    private final PyObject[] items;

    /** A tuple that takes ownership of {@code items}. */
    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public PyObject get(int i) {
        return items[i];
    }

    /** The backing array: do not modify. */
    public PyObject[] array() {
        return items;
    }

    /** CPython 3.11's tuple hash (xxHash-based {@code tuplehash}). */
    private static long hash(PyObject o) {
        PyObject[] items = ((PyTuple) o).items;
        final long p1 = 0x9E3779B185EBCA87L, p2 = 0xC2B2AE3D27D4EB4FL, p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (PyObject x : items) {
            long lane = Abstract.hash(x);
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += items.length ^ (p5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    /**
     * An instance of a user subclass of {@code tuple}: the same data, plus its class and a
     * {@code __dict__}. Fast paths test the exact Java class ({@code getClass() == PyTuple.class}),
     * so a subclass's overridden dunders are never bypassed.
     */
    public static final class Sub extends PyTuple implements HasDict, ClassAssignable, Finalization.Guarded {
        /** Runs {@code __del__} when its class defines one (made with the instance). */
        private final Finalization.Guard guard;
        private PyType type;
        private PyDict dict;
        /** A struct sequence's fields beyond its visible items (see {@link StructSeq}), else null. */
        PyObject[] hidden;

        Sub(PyType type, PyObject[] items) {
            super(items);
            this.type = type;
            this.guard = Finalization.Guard.forNew(this, type);
        }

        @Override
        public Finalization.Target finalizerGuard() {
            return guard;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void assignClass(PyType t) {
            type = t;
        }

        @Override
        public PyDict dict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public boolean replaceDict(PyDict d) {
            dict = d;
            return true;
        }
    }
}
