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
            Args.noKeywordsForNew("reversed", t, TYPE, k);
            a = Args.positionalPart(a, k);
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
            // reversed_new: a sequence (PySequence_Check: __getitem__, not a dict) is taken, and
            // its len() asked for next ("object of type 'X' has no len()" without __len__)
            if (o.type().mp_subscript == null || o instanceof PyDict) {
                throw Errors.typeError("'%s' object is not reversible", o.type().name());
            }
            return t.isHeapType() ? new Sub(o, t) : new ReversedIterator(o, t);
        };
        for (PyType t : new PyType[] {TYPE, LIST_REVERSEITERATOR}) {
            t.tp_iter = o -> o;
            t.tp_iternext = o -> ((ReversedIterator) o).next();
            // reversed_len, listreviter_len: nothing left once exhausted or when the sequence shrank
            // below the position (a failing len() raises)
            t.addMethodNoArgs("__length_hint__", self -> {
                ReversedIterator r = (ReversedIterator) self;
                if (r.seq == null) {
                    return PyInt.ZERO;
                }
                long left = r.index + 1;
                return PyInt.of(r.seqLength() < left ? 0 : left);
            });
            t.addMethodNoArgs("__reduce__", self -> ((ReversedIterator) self).reduce());
            t.addMethodOneArg("__setstate__", (self, state) -> {
                ((ReversedIterator) self).setState(IteratorPickling.position(state));
                return PyNone.NONE;
            });
            t.ready();
        }
    }

    /** The sequence, null once a step found nothing left (CPython clears {@code ro->seq} then). */
    private PyObject seq;
    private final PyType type;
    private long index;

    /** A reverse iterator over {@code seq}: {@code list_reverseiterator} for a list, else {@code reversed}. */
    public ReversedIterator(PyObject seq) {
        this(seq, seq instanceof PyList ? LIST_REVERSEITERATOR : TYPE);
    }

    private ReversedIterator(PyObject seq, PyType type) {
        this.seq = seq;
        this.type = type;
        this.index = seqLength() - 1;
    }

    /**
     * The length of the sequence: a list's own size (a list subclass's {@code __len__} is not
     * asked, as CPython's {@code listreviter} reads {@code PyList_GET_SIZE}), else {@code len()}.
     */
    private long seqLength() {
        return seq instanceof PyList l ? l.size() : Abstract.length(seq);
    }

    @Override
    public PyType type() {
        return type;
    }

    /**
     * Whether this iterator is over a list, or was and has ended: what the tracing JIT opens up
     * ({@link #listActive}, {@link #listNext}; the JIT guards the exact class, no subclass).
     */
    public boolean overList() {
        return seq == null || seq instanceof PyList;
    }

    /**
     * Whether this iterator is over a list and its position is an item of it: {@link #next} then
     * returns that item without running code (the JIT's GUARD_REVERSED_ITER_ACTIVE; CPython's
     * {@code listreviter_next} bounds test).
     */
    public boolean listActive() {
        return seq instanceof PyList l && index >= 0 && index < l.size();
    }

    /** The next item of an iterator that {@link #listActive} just accepted (REVERSED_LIST_NEXT). */
    public PyObject listNext() {
        return ((PyList) seq).get((int) index--);
    }

    private PyObject next() {
        PyObject s = seq;
        if (index >= 0 && s != null) {
            if (s instanceof PyList l) {
                if (index < l.size()) {
                    return l.get((int) index--);
                }
            } else {
                try {
                    PyObject v = Abstract.getItem(s, PyInt.of(index));
                    index--;
                    return v;
                } catch (PyException e) {
                    if (!e.matches(ExceptionTypes.IndexError) && !e.matches(ExceptionTypes.StopIteration)) {
                        // reversed_next lets go of the sequence whatever __getitem__ raised
                        index = -1;
                        seq = null;
                        throw e;
                    }
                }
            }
        }
        index = -1;
        seq = null;
        return null;
    }

    /**
     * {@code (reversed-or-subclass, (seq,), index)}, once exhausted {@code (type, ((),))}
     * ({@code reversed_reduce}); for a list {@code (reversed, (seq,), index)} with the builtin
     * {@code reversed}, looked up first (its lookup may exhaust this iterator, as
     * IteratorPickling.iterFunction says), and {@code (iter, ([],))} once exhausted
     * ({@code listiter_reduce_general}).
     */
    private PyObject reduce() {
        if (type == LIST_REVERSEITERATOR) {
            PyObject reversed = IteratorPickling.builtin("reversed");
            if (seq != null) {
                return PyTuple.of(reversed, PyTuple.of(seq), PyInt.of(index));
            }
            return IteratorPickling.iterOver(new PyList());
        }
        if (seq != null) {
            return PyTuple.of(type, PyTuple.of(seq), PyInt.of(index));
        }
        return PyTuple.of(type, PyTuple.of(PyTuple.EMPTY));
    }

    /** Moves to {@code position}, kept within {@code [-1, len - 1]}; nothing once exhausted. */
    private void setState(long position) {
        if (seq != null) {
            index = IteratorPickling.clamp(position, -1, seqLength() - 1);
        }
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
        public boolean replaceDict(PyDict d) {
            dict = d;
            return true;
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
