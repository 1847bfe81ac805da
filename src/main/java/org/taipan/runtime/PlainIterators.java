package org.taipan.runtime;

/**
 * Which iterators' {@code tp_iternext} runs no Python code: the dict key/value/item iterators, set
 * iterators, bytes iterators and iterators over a str (their next item comes from the runtime's
 * own storage; a size change raises RuntimeError, nothing calls {@code __eq__}, {@code __hash__}
 * or {@code __getitem__}). The tracing JIT calls such an iterator from a compiled trace as tier 1's
 * FOR_ITER does, where another iterator could run code that observes frames.
 */
public final class PlainIterators {
    private PlainIterators() {}

    /**
     * Whether {@code it}'s next item is computed without running Python code, for every iterator
     * of the same Java class ({@link SeqIterator} only when over a str: its Python type then is
     * {@code str_ascii_iterator} or {@code str_iterator} for good, so a trace guards that type too).
     */
    public static boolean isPlain(PyObject it) {
        Class<?> c = it.getClass();
        return c == DictIterator.class || c == SetOps.SetIterator.class || c == BytesIterator.class
                || c == SeqIterator.class && SeqIterator.isStrIterator(it.type());
    }

    /**
     * Whether {@code iter(o)} runs no Python code and makes a range, list or tuple iterator or a
     * {@link #isPlain plain} one: {@code o} an exact list, tuple, range, str, dict, set or
     * frozenset, or a plain dict's keys, values or items view. Every object of the same Java class
     * qualifies but for a view, which must also be of the same type.
     */
    public static boolean iterRunsNoCode(PyObject o) {
        Class<?> c = o.getClass();
        return c == PyList.class || c == PyTuple.class || c == PyRange.class || c == PyStr.class || c == PyDict.class
                || c == PySet.class || c == DictView.class && ((DictView) o).iteratesPlainly();
    }

    /** Whether {@code it} is an iterator over a str (a {@link SeqIterator}, possibly exhausted). */
    public static boolean overStr(PyObject it) {
        return it.getClass() == SeqIterator.class && SeqIterator.isStrIterator(it.type());
    }
}
