package org.taipan.modules.heapq;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The {@code _heapq} module (CPython's {@code Modules/_heapqmodule.c}): the min-heap operations
 * on a list and the max-heap helpers {@code heapq.py} imports ({@code _heapify_max},
 * {@code _heappop_max}, {@code _heapreplace_max}). The sift loops follow CPython's (Floyd's
 * bottom-up {@code siftup}), so a heap of equal keys ends up in CPython's order, and a
 * comparison that changes the list's size raises "list changed size during iteration".
 */
public final class HeapqModule {
    private HeapqModule() {}

    private static boolean lt(PyObject a, PyObject b, boolean max) {
        return max ? Abstract.richCompareBool(b, a, CompareOp.LT) : Abstract.richCompareBool(a, b, CompareOp.LT);
    }

    private static void checkSize(PyList heap, int size) {
        if (heap.size() != size) {
            throw Errors.of(ExceptionTypes.RuntimeError, "list changed size during iteration");
        }
    }

    /** Moves the item at {@code pos} up towards {@code start} to its place (CPython's {@code siftdown}). */
    private static void siftDown(PyList heap, int start, int pos, boolean max) {
        int size = heap.size();
        PyObject newItem = heap.get(pos);
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            PyObject parent = heap.get(parentPos);
            boolean less = lt(newItem, parent, max);
            checkSize(heap, size);
            if (!less) {
                break;
            }
            parent = heap.get(parentPos);
            newItem = heap.get(pos);
            heap.set(parentPos, newItem);
            heap.set(pos, parent);
            pos = parentPos;
        }
    }

    /** Floyd's bottom-up sift: the smaller child rises until a leaf, then the item sifts down (CPython's {@code siftup}). */
    private static void siftUp(PyList heap, int pos, boolean max) {
        int end = heap.size();
        int start = pos;
        int limit = end >> 1;
        while (pos < limit) {
            int child = 2 * pos + 1;
            if (child + 1 < end) {
                boolean less = lt(heap.get(child), heap.get(child + 1), max);
                checkSize(heap, end);
                if (!less) {
                    child++;
                }
            }
            PyObject tmp1 = heap.get(child);
            PyObject tmp2 = heap.get(pos);
            heap.set(child, tmp2);
            heap.set(pos, tmp1);
            pos = child;
        }
        siftDown(heap, start, pos, max);
    }

    /** The heap argument: "heappush() argument 1 must be list, not int" (clinic's wording; one-argument functions omit the number). */
    private static PyList heapArg(String fname, PyObject o, boolean numbered) {
        if (!(o instanceof PyList l)) {
            throw Errors.typeError("%s() argument%s must be list, not %s", fname, numbered ? " 1" : "", o.type().name());
        }
        return l;
    }

    private static PyList oneHeap(String fname, PyObject[] a, String[] k) {
        return heapArg(fname, Args.oneArg("_heapq." + fname, a, k), false);
    }

    private static void two(String fname, PyObject[] a, String[] k) {
        Args.noKeywords("_heapq." + fname, k);
        Args.check(fname, a, k, 2, 2);
    }

    private static PyObject pop(PyList heap, boolean max) {
        int n = heap.size();
        if (n == 0) {
            throw Errors.indexError("index out of range");
        }
        PyObject last = heap.remove(n - 1);
        if (n - 1 == 0) {
            return last;
        }
        PyObject ret = heap.get(0);
        heap.set(0, last);
        siftUp(heap, 0, max);
        return ret;
    }

    private static PyObject replace(PyList heap, PyObject item, boolean max) {
        if (heap.size() == 0) {
            throw Errors.indexError("index out of range");
        }
        PyObject ret = heap.get(0);
        heap.set(0, item);
        siftUp(heap, 0, max);
        return ret;
    }

    private static void heapify(PyList heap, boolean max) {
        for (int i = heap.size() / 2 - 1; i >= 0; i--) {
            siftUp(heap, i, max);
        }
    }

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("_heapq", true);
        m.set("__about__", PyStr.of("Heap queues"));
        m.def("heappush", (a, k) -> {
            two("heappush", a, k);
            PyList heap = heapArg("heappush", a[0], true);
            heap.append(a[1]);
            siftDown(heap, 0, heap.size() - 1, false);
            return PyNone.NONE;
        });
        m.def("heappop", (a, k) -> pop(oneHeap("heappop", a, k), false));
        m.def("heapreplace", (a, k) -> {
            two("heapreplace", a, k);
            return replace(heapArg("heapreplace", a[0], true), a[1], false);
        });
        m.def("heappushpop", (a, k) -> {
            two("heappushpop", a, k);
            PyList heap = heapArg("heappushpop", a[0], true);
            PyObject item = a[1];
            if (heap.size() == 0) {
                return item;
            }
            PyObject top = heap.get(0);
            boolean less = Abstract.richCompareBool(top, item, CompareOp.LT);
            if (!less) {
                return item;
            }
            if (heap.size() == 0) {
                throw Errors.indexError("index out of range");
            }
            PyObject ret = heap.get(0);
            heap.set(0, item);
            siftUp(heap, 0, false);
            return ret;
        });
        m.def("heapify", (a, k) -> {
            heapify(oneHeap("heapify", a, k), false);
            return PyNone.NONE;
        });
        m.def("_heappop_max", (a, k) -> pop(oneHeap("_heappop_max", a, k), true));
        m.def("_heapreplace_max", (a, k) -> {
            two("_heapreplace_max", a, k);
            return replace(heapArg("_heapreplace_max", a[0], true), a[1], true);
        });
        m.def("_heapify_max", (a, k) -> {
            heapify(oneHeap("_heapify_max", a, k), true);
            return PyNone.NONE;
        });
        return m;
    }
}
