package org.taipan.modules.collections;

import org.taipan.modules.TypedObject;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;

/**
 * A {@code collections.deque} (CPython's {@code dequeobject} in {@code Modules/_collectionsmodule.c}):
 * a ring buffer whose capacity is a power of two, with an optional {@code maxlen} that drops
 * items from the opposite end. {@link #state} counts structural changes so that iterators and
 * searches raise "deque mutated during iteration" as CPython's do. The methods are in
 * {@link DequeType}.
 */
final class PyDeque extends TypedObject {
    private PyObject[] buf = new PyObject[8];
    private int head;
    private int size;
    /** The maximum length, or -1 for none. */
    long maxlen = -1;
    /** Bumped by every change of the deque's length or order (CPython's {@code state}). */
    long state;

    PyDeque(PyType type) {
        super(type);
    }

    int size() {
        return size;
    }

    PyObject get(int i) {
        return buf[(head + i) & (buf.length - 1)];
    }

    void set(int i, PyObject v) {
        buf[(head + i) & (buf.length - 1)] = v;
    }

    private void grow() {
        PyObject[] nb = new PyObject[buf.length * 2];
        for (int i = 0; i < size; i++) {
            nb[i] = get(i);
        }
        buf = nb;
        head = 0;
    }

    /** {@code append}: trims the left end when at maxlen. */
    void append(PyObject v) {
        if (maxlen == 0) {
            return;
        }
        if (size == buf.length) {
            grow();
        }
        buf[(head + size) & (buf.length - 1)] = v;
        size++;
        state++;
        if (maxlen >= 0 && size > maxlen) {
            popLeft();
        }
    }

    /** {@code appendleft}: trims the right end when at maxlen. */
    void appendLeft(PyObject v) {
        if (maxlen == 0) {
            return;
        }
        if (size == buf.length) {
            grow();
        }
        head = (head - 1) & (buf.length - 1);
        buf[head] = v;
        size++;
        state++;
        if (maxlen >= 0 && size > maxlen) {
            pop();
        }
    }

    PyObject pop() {
        if (size == 0) {
            throw Errors.indexError("pop from an empty deque");
        }
        int at = (head + size - 1) & (buf.length - 1);
        PyObject v = buf[at];
        buf[at] = null;
        size--;
        state++;
        return v;
    }

    PyObject popLeft() {
        if (size == 0) {
            throw Errors.indexError("pop from an empty deque");
        }
        PyObject v = buf[head];
        buf[head] = null;
        head = (head + 1) & (buf.length - 1);
        size--;
        state++;
        return v;
    }

    void clear() {
        buf = new PyObject[8];
        head = 0;
        size = 0;
        state++;
    }

    /** A snapshot of the items, left to right. */
    PyObject[] toArray() {
        PyObject[] a = new PyObject[size];
        for (int i = 0; i < size; i++) {
            a[i] = get(i);
        }
        return a;
    }

    /** {@code extend}: a deque extended by itself extends by a snapshot. */
    void extend(PyObject iterable) {
        if (iterable == this) {
            for (PyObject v : toArray()) {
                append(v);
            }
            return;
        }
        PyObject it = Abstract.iter(iterable);
        for (PyObject v; (v = Abstract.next(it)) != null; ) {
            append(v);
        }
    }

    void extendLeft(PyObject iterable) {
        if (iterable == this) {
            for (PyObject v : toArray()) {
                appendLeft(v);
            }
            return;
        }
        PyObject it = Abstract.iter(iterable);
        for (PyObject v; (v = Abstract.next(it)) != null; ) {
            appendLeft(v);
        }
    }

    /** {@code rotate(n)}: n steps to the right (left when negative), the shorter way round. */
    void rotate(long n) {
        if (size <= 1) {
            return;
        }
        long half = size >> 1;
        if (n > half || n < -half) {
            n %= size;
            if (n > half) {
                n -= size;
            } else if (n < -half) {
                n += size;
            }
        }
        // Moving items between the ends of the ring: O(n) in the distance, as CPython.
        for (long i = 0; i < n; i++) {
            int last = (head + size - 1) & (buf.length - 1);
            PyObject v = buf[last];
            buf[last] = null;
            head = (head - 1) & (buf.length - 1);
            buf[head] = v;
        }
        for (long i = 0; i > n; i--) {
            PyObject v = buf[head];
            buf[head] = null;
            head = (head + 1) & (buf.length - 1);
            buf[(head + size - 1) & (buf.length - 1)] = v;
        }
        state++;
    }

    /** Removes the item at {@code i} (0 <= i < size). */
    void delete(int i) {
        rotate(-i);
        popLeft();
        rotate(i);
    }

    void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject t = get(i);
            set(i, get(j));
            set(j, t);
        }
    }

    /**
     * The first index in [start, stop) holding an item equal to {@code v}, or -1, for
     * {@code index} and {@code in}: a match is returned even if its comparison changed the deque;
     * otherwise a change is RuntimeError "deque mutated during iteration" ({@code deque_index}).
     */
    int find(PyObject v, int start, int stop) {
        long st = state;
        for (int i = start; i < stop && i < size; i++) {
            if (Abstract.richCompareBool(get(i), v, CompareOp.EQ)) {
                return i;
            }
            if (st != state) {
                throw Errors.of(ExceptionTypes.RuntimeError, "deque mutated during iteration");
            }
        }
        return -1;
    }

    /**
     * The first index holding an item equal to {@code v}, or -1, for {@code remove}: a change
     * made by a comparison is IndexError "deque mutated during iteration", even when the item
     * matched ({@code deque_remove}).
     */
    int findToRemove(PyObject v) {
        long st = state;
        for (int i = 0; i < size; i++) {
            boolean eq = Abstract.richCompareBool(get(i), v, CompareOp.EQ);
            if (st != state) {
                throw Errors.of(ExceptionTypes.IndexError, "deque mutated during iteration");
            }
            if (eq) {
                return i;
            }
        }
        return -1;
    }

    /** A normalized item index: "deque index out of range" outside [0, size). */
    int checkIndex(PyObject key) {
        if (!(key instanceof PyInt) && key.type().nb_index == null) {
            throw Errors.typeError("sequence index must be integer, not '%s'", key.type().name());
        }
        PyInt k = Abstract.index(key, null);
        long i = k.fitsLong() ? k.longValue() : k.signum() * Long.MAX_VALUE;
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError("deque index out of range");
        }
        return (int) i;
    }

    /** Lexicographic comparison of two deques, as CPython's {@code deque_richcompare}. */
    static PyObject compare(PyObject a, PyObject b, CompareOp op) {
        if (!(a instanceof PyDeque x) || !(b instanceof PyDeque y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject[] xa = x.toArray(), ya = y.toArray();
        if (xa.length != ya.length && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.NE);
        }
        int i = 0;
        int n = Math.min(xa.length, ya.length);
        while (i < n && Abstract.richCompareBool(xa[i], ya[i], CompareOp.EQ)) {
            i++;
        }
        if (i < n) {
            if (op == CompareOp.EQ) {
                return PyBool.FALSE;
            }
            if (op == CompareOp.NE) {
                return PyBool.TRUE;
            }
            return Abstract.richCompare(xa[i], ya[i], op);
        }
        int c = Integer.compare(xa.length, ya.length);
        boolean r = switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
        return PyBool.of(r);
    }

    PyList toList() {
        return new PyList(toArray());
    }
}
