package org.taipan.runtime;

/**
 * An iterator over a sequence by index: str, list and tuple directly, and any object with
 * {@code __getitem__} (CPython's {@code iterobject.c} sequence iterator, stopping at IndexError).
 */
public final class SeqIterator extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("iterator", PyType.OBJECT);

    static {
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> ((SeqIterator) o).next();
        TYPE.addMethodNoArgs("__length_hint__", self -> ((SeqIterator) self).objectLengthHint());
        addPickling(TYPE);
        TYPE.ready();
    }

    /** CPython 3.11 iterates a compact ASCII str (an exact str of code points below 128) with its own type. */
    static final PyType STR_ASCII_ITERATOR = named("str_ascii_iterator");
    /** Any other str, a subclass included (CPython's subclass instances are never compact). */
    static final PyType STR_ITERATOR = named("str_iterator");
    static final PyType LIST_ITERATOR = named("list_iterator");
    static final PyType TUPLE_ITERATOR = named("tuple_iterator");

    private static PyType named(String name) {
        PyType t = PyType.builtinFinal(name, PyType.OBJECT);
        t.tp_iter = o -> o;
        t.tp_iternext = o -> ((SeqIterator) o).next();
        t.addMethodNoArgs("__length_hint__", self -> {
            return PyInt.of(((SeqIterator) self).lengthHint());
        });
        addPickling(t);
        return t.ready();
    }

    private static void addPickling(PyType t) {
        t.addMethodNoArgs("__reduce__", self -> ((SeqIterator) self).reduce());
        t.addMethodOneArg("__setstate__", (self, state) -> {
            ((SeqIterator) self).setState(IteratorPickling.position(state));
            return PyNone.NONE;
        });
    }

    /**
     * {@code (iter, (seq,), index)}, or {@code iter} of an empty sequence of the same kind once
     * exhausted ({@code listiter_reduce_general}, {@code tupleiter_reduce}, {@code unicodeiter_reduce},
     * {@code iter_reduce}).
     */
    private PyObject reduce() {
        // iter first: its lookup may exhaust this iterator (IteratorPickling.iterFunction)
        PyObject iter = IteratorPickling.iterFunction();
        if (seq != null) {
            return IteratorPickling.iterOver(iter, seq, index);
        }
        PyType t = type();
        return IteratorPickling.iterOver(iter, t == LIST_ITERATOR ? new PyList() : isStrIterator(t) ? PyStr.of("") : PyTuple.EMPTY);
    }

    /** Moves to {@code position}: at least 0 and, over a str, list or tuple, at most its length; nothing once exhausted. */
    private void setState(long position) {
        PyObject s = seq;
        if (s == null) {
            return;
        }
        long n = s instanceof PyStr str ? str.length() : s instanceof PyList l ? l.size() : s instanceof PyTuple t ? t.size()
                : Integer.MAX_VALUE;
        index = (int) IteratorPickling.clamp(position, 0, n);
    }

    /** The Python type; null for an exact str's until asked ({@link #type}): telling ASCII apart scans the str. */
    private PyType type;
    private PyObject seq;
    private int index;

    public SeqIterator(PyObject seq) {
        this.seq = seq;
        this.type = seq instanceof PyStr s ? (s.getClass() == PyStr.class ? null : STR_ITERATOR)
                : seq instanceof PyList ? LIST_ITERATOR
                : seq instanceof PyTuple ? TUPLE_ITERATOR : TYPE;
    }

    @Override
    public PyType type() {
        PyType t = type;
        if (t == null) {
            // an exact str's iterator, its kind first asked now (seq is kept until it is known)
            t = type = ((PyStr) seq).isAscii() ? STR_ASCII_ITERATOR : STR_ITERATOR;
        }
        return t;
    }

    /** Lets go of the sequence once exhausted, its Python type settled first (it is read from the str). */
    private void release() {
        type();
        seq = null;
    }

    /** Whether {@code t} is one of the two types of an iterator over a str ({@code unicode_iter}'s choice). */
    static boolean isStrIterator(PyType t) {
        return t == STR_ASCII_ITERATOR || t == STR_ITERATOR;
    }

    /**
     * Whether this iterates a list, tuple or str (or did: it stays of that type once exhausted),
     * whose items come without running Python code, rather than an object's {@code __getitem__}.
     */
    public boolean overBuiltinSequence() {
        return type != TYPE;
    }

    /** Items left, CPython's {@code listiter_len} and friends: 0 once exhausted. */
    int lengthHint() {
        PyObject s = seq;
        long n = s instanceof PyStr str ? str.length() : s instanceof PyList l ? l.size() : s instanceof PyTuple t ? t.size() : 0;
        return (int) Math.max(0, n - index);
    }

    /**
     * CPython's {@code iter_len} for an iterator over an object's {@code __getitem__}: its
     * {@code len()} less the index when it has one (NotImplemented when it has none), 0 once
     * exhausted or past the end.
     */
    private PyObject objectLengthHint() {
        PyObject s = seq;
        if (s == null) {
            return PyInt.ZERO;
        }
        if (s.type().mp_length == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        long left = Abstract.length(s) - index;
        return PyInt.of(Math.max(0, left));
    }

    /**
     * Whether this iterator is over a list (exact or subclass, as {@link #next} treats them) and has
     * an item left: what a compiled trace checks before {@link #listNext} (the tracing JIT's
     * GUARD_LIST_ITER_ACTIVE; CPython's {@code listiter_next} bounds test).
     */
    public boolean listActive() {
        return seq instanceof PyList l && index < l.size();
    }

    /** Whether this iterator is over a tuple and has an item left (see {@link #listActive}). */
    public boolean tupleActive() {
        return seq instanceof PyTuple t && index < t.size();
    }

    /**
     * Whether {@link #next} would now return null without running any code (a list, tuple or str
     * iterator past its end, or any iterator already exhausted): the JIT finishes an inner loop's
     * FOR_ITER with it when the inner loop's trace left at the loop header.
     */
    public boolean exhaustedQuietly() {
        PyObject s = seq;
        return s == null || s instanceof PyList l && index >= l.size() || s instanceof PyTuple t && index >= t.size()
                || s instanceof PyStr str && index >= str.length();
    }

    /**
     * Whether this iterator is over a str (exact or subclass) and has a character left (see
     * {@link #listActive}): what a compiled trace checks before {@link #strNextCodePoint}.
     */
    public boolean strActive() {
        return seq instanceof PyStr s && index < s.length();
    }

    /** The code point of the next character of a str iterator that {@link #strActive} just accepted. */
    public int strNextCodePoint() {
        return ((PyStr) seq).codePointAt(index++);
    }

    /** The next item of a list iterator that {@link #listActive} just accepted. */
    public PyObject listNext() {
        return ((PyList) seq).get(index++);
    }

    /** The next item of a tuple iterator that {@link #tupleActive} just accepted. */
    public PyObject tupleNext() {
        return ((PyTuple) seq).get(index++);
    }

    /**
     * The next item or null when exhausted. Lists and tuples are tested first and read here; str
     * and other sequences go to {@link #nextOther}: this method stays small enough (under C1's
     * and C2's inlining limits, ~60 bytes of bytecode) to be inlined into FOR_ITER_SEQ.
     */
    public PyObject next() {
        PyObject s = seq;
        int i = index;
        if (s instanceof PyList l) {
            if (i < l.size()) {
                index = i + 1;
                return l.get(i);
            }
        } else if (s instanceof PyTuple t) {
            if (i < t.size()) {
                index = i + 1;
                return t.get(i);
            }
        } else {
            return nextOther(s);
        }
        release();
        return null;
    }

    // A str (one code point per item), any object with __getitem__, or an exhausted iterator (s null).
    private PyObject nextOther(PyObject s) {
        if (s == null) {
            return null;
        }
        if (s instanceof PyStr str) {
            if (index < str.length()) {
                return PyStr.ofCodePoint(str.codePointAt(index++));
            }
        } else {
            // iter_iternext: the index moves only after __getitem__ returned (a next() on this iterator
            // from inside __getitem__ sees the same index; after an exception the same one is asked again)
            PyObject v;
            try {
                v = Abstract.getItem(s, PyInt.of(index));
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.IndexError) && !e.matches(ExceptionTypes.StopIteration)) {
                    throw e;
                }
                release();
                return null;
            }
            index++;
            return v;
        }
        release();
        return null;
    }
}
