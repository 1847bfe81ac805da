package org.taipan.runtime;

/**
 * What the builtin iterators' {@code __reduce__} and {@code __setstate__} share, so {@code pickle}
 * and {@code copy} handle a half-consumed iterator as CPython 3.11 does: an iterator over a
 * sequence reduces to {@code (iter, (seq,), position)} and is rebuilt by calling the builtin
 * {@code iter} and then {@code __setstate__(position)} ({@code listiter_reduce_general} in
 * Objects/listobject.c, {@code iter_reduce} in Objects/iterobject.c, {@code striter_reduce} in
 * Objects/bytesobject.c, ...); an exhausted one reduces to {@code (iter, (empty,))}.
 */
public final class IteratorPickling {
    private IteratorPickling() {}

    /**
     * The running interpreter's builtin {@code iter}, which CPython's reductions name as their
     * callable. Looking it up may run code (a key of the builtins dict with its own
     * {@code __eq__}) that moves or exhausts the iterator being reduced, so a reduction asks for
     * it before it reads the iterator's state, as CPython's do since gh-101765.
     */
    public static PyObject iterFunction() {
        return builtin("iter");
    }

    /**
     * The builtin {@code name} as the running code sees it (CPython's {@code _PyEval_GetBuiltin}):
     * from the running frame's builtins (those of {@code exec(..., {'__builtins__': ...})} too),
     * else the interpreter's.
     *
     * @throws PyException AttributeError naming it when it is not there (deleted from builtins)
     */
    public static PyObject builtin(String name) {
        ThreadState ts = ThreadState.current();
        PyDict builtins = ts.frame != null && ts.frame.builtins != null ? ts.frame.builtins : ts.interpreter.builtins();
        PyObject v = builtins.getItem(PyStr.of(name));
        if (v == null) {
            throw Errors.attributeError("%s", name);
        }
        return v;
    }

    /** {@code (iter, (seq,))}: an iterator over what is left of {@code seq}, from its start. */
    public static PyTuple iterOver(PyObject seq) {
        return iterOver(iterFunction(), seq);
    }

    /** {@code (iter, (seq,), position)}: {@code iter(seq)} then {@code __setstate__(position)}. */
    public static PyTuple iterOver(PyObject seq, long position) {
        return iterOver(iterFunction(), seq, position);
    }

    /** {@link #iterOver(PyObject)} with {@code iter} already looked up (before the iterator's state was read). */
    public static PyTuple iterOver(PyObject iter, PyObject seq) {
        return PyTuple.of(iter, PyTuple.of(seq));
    }

    /** {@link #iterOver(PyObject, long)} with {@code iter} already looked up (before the iterator's state was read). */
    public static PyTuple iterOver(PyObject iter, PyObject seq, long position) {
        return PyTuple.of(iter, PyTuple.of(seq), PyInt.of(position));
    }

    /**
     * The position an iterator's {@code __setstate__} was given, as CPython's
     * {@code PyLong_AsSsize_t} reads it: an int or bool, no {@code __index__}.
     *
     * @throws PyException TypeError "an integer is required" for anything else; OverflowError
     *     "Python int too large to convert to C ssize_t" past a Java long
     */
    public static long position(PyObject state) {
        PyInt i = PyInt.asInt(state);
        if (i == null) {
            throw Errors.typeError("an integer is required");
        }
        return i.ssizeValue();
    }

    /** {@code position} limited to {@code [low, high]}, as the {@code __setstate__} methods clamp it. */
    public static long clamp(long position, long low, long high) {
        return Math.max(low, Math.min(high, position));
    }

    /**
     * What an iterator would still yield, walked on a copy so the iterator itself does not move
     * (the set and dict iterators' {@code __reduce__}, CPython's {@code setiter_reduce} and
     * {@code dictiter_reduce}): a mutation of the container raises its RuntimeError here too.
     */
    static PyList remaining(PyObject copy) {
        PyList items = new PyList();
        for (PyObject v; (v = Abstract.next(copy)) != null; ) {
            items.append(v);
        }
        return items;
    }
}
