package org.taipan.runtime;

import java.util.Arrays;

/** The slots and methods of {@code list} (CPython's {@code Objects/listobject.c}). */
final class ListSlots {
    private ListSlots() {}

    private static PyList l(PyObject o) {
        return (PyList) o;
    }

    static void install(PyType t) {
        t.tp_repr = o -> PyStr.of(SeqSlots.repr("[", l(o), "]", o));
        t.tp_hash = ObjectSlots.UNHASHABLE;
        t.tp_richcompare = (a, b, op) -> b instanceof PyList y ? SeqSlots.compare(l(a), y, op) : PyNotImplemented.NOT_IMPLEMENTED;
        t.mp_length = o -> l(o).size;
        t.sq_contains = (o, x) -> SeqSlots.contains(l(o), x);
        // a method, not a slot wrapper, as list_methods' METH_COEXIST entry makes it in CPython
        t.addMethodOneArg("__getitem__", (o, k) -> t.mp_subscript.call(o, k));
        t.sq_concat = (a, b) -> {
            if (!(b instanceof PyList y)) {
                throw Errors.typeError("can only concatenate list (not \"%s\") to list", b.type().name());
            }
            PyObject[] r = Arrays.copyOf(l(a).items, l(a).size + y.size);
            System.arraycopy(y.items, 0, r, l(a).size, y.size);
            return PyList.wrap(r, r.length);
        };
        t.sq_repeat = (a, n) -> {
            PyObject[] r = SeqSlots.repeat(l(a).items, l(a).size, Sequences.repeatCount(n));
            return PyList.wrap(r, r.length);
        };
        t.nb_inplace_add = (a, b) -> {
            if (!(a instanceof PyList x)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            extend(x, b);
            return x;
        };
        t.nb_inplace_multiply = (a, b) -> {
            if (!(a instanceof PyList x)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyObject[] r = SeqSlots.repeat(x.items, x.size, Sequences.repeatCount(b));
            // list_inplace_repeat: an empty list stays as it is, a count under 1 clears
            if (r.length == 0) {
                if (x.size != 0) {
                    x.clearAll();
                }
            } else {
                x.replaceAll(r, r.length);
            }
            return x;
        };
        t.mp_subscript = (o, k) -> {
            PyList x = l(o);
            if (k instanceof PySlice s) {
                // the bounds' __index__ may change the list: its length and items are read after
                PySlice.Indices ix = s.indices(() -> x.size);
                PyObject[] r = SeqSlots.slice(x.items, ix);
                return PyList.wrap(r, r.length);
            }
            SeqSlots.checkIndexType(k, "list");
            return x.items[(int) Sequences.index(k, () -> x.size, "list index out of range")];
        };
        t.mp_ass_subscript = ListSlots::setItem;
        t.tp_iter = SeqIterator::new;
        t.tp_new = (type, a, k) -> type == PyList.TYPE ? new PyList() : new PyList.Sub(type);
        t.tp_init = (self, a, k) -> {
            Args.noKeywordsForInit("list", self, PyList.TYPE, k);
            a = Args.positionalPart(a, k);
            if (a.length > 1) {
                throw Errors.typeError("list expected at most 1 argument, got %d", a.length);
            }
            PyList x = l(self);
            x.clearAll();
            if (a.length == 1) {
                // list___init___impl preallocates what len() says (modelled for builtin iterables only)
                int n = builtinLength(a[0]);
                if (n > 0) {
                    x.modelPreallocate(n);
                }
                extend(x, a[0]);
            }
        };
        // CPython exposes sq_concat and sq_repeat as these wrappers; Taipan's binary operators use
        // the sequence slots directly, so the methods only serve explicit calls.
        t.addWrapperOneArg("__add__", Sequences.concatWrapper(t));
        t.addWrapperOneArg("__mul__", Sequences.repeatWrapper(t));
        t.addWrapperOneArg("__rmul__", Sequences.repeatWrapper(t));
        t.addMethodOneArg("append", (self, arg) -> {
            l(self).append(arg);
            return PyNone.NONE;
        });
        t.addMethodOneArg("extend", (self, arg) -> {
            extend(l(self), arg);
            return PyNone.NONE;
        });
        t.addMethod("insert", (self, a, k) -> {
            Args.noKeywords("list.insert", k);
            Args.check("insert", a, k, 2, 2);
            PyList x = l(self);
            long i = Abstract.index(a[0], null).ssizeValue();
            if (i < 0) {
                i = Math.max(0, i + x.size);
            }
            x.insert((int) Math.min(i, x.size), a[1]);
            return PyNone.NONE;
        });
        t.addMethod("pop", (self, a, k) -> {
            Args.noKeywords("list.pop", k);
            Args.check("pop", a, k, 0, 1);
            PyList x = l(self);
            // the index is converted first, as Argument Clinic does: its __index__ may empty the list
            long i = a.length == 0 ? -1 : Abstract.index(a[0], null).ssizeValue();
            if (x.size == 0) {
                throw Errors.indexError("pop from empty list");
            }
            if (i < 0) {
                i += x.size;
            }
            if (i < 0 || i >= x.size) {
                throw Errors.indexError("pop index out of range");
            }
            return x.remove((int) i);
        });
        t.ownMethod("pop").withNoArgs(self -> {
            PyList x = l(self);
            if (x.size == 0) {
                throw Errors.indexError("pop from empty list");
            }
            return x.remove(x.size - 1);
        });
        t.addMethodOneArg("remove", (self, arg) -> {
            PyObject v = arg;
            PyList x = l(self);
            for (int i = 0; i < x.size; i++) {
                if (Abstract.richCompareBool(x.items[i], v, CompareOp.EQ)) {
                    // list_remove deletes the slice [i:i+1] of the list as the comparison left it:
                    // nothing when its __eq__ shortened the list below i
                    if (i < x.size) {
                        x.remove(i);
                    }
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("list.remove(x): x not in list");
        });
        t.addMethod("index", (self, a, k) -> PyInt.of(SeqSlots.index(l(self), a, k, "list")));
        t.addMethodOneArg("count", (self, arg) -> PyInt.of(SeqSlots.count(l(self), arg)));
        t.addMethodNoArgs("clear", self -> {
            l(self).clearAll();
            return PyNone.NONE;
        });
        t.addMethodNoArgs("copy", self -> new PyList(l(self).toArray()));
        t.addMethodNoArgs("reverse", self -> {
            PyList x = l(self);
            for (int i = 0, j = x.size - 1; i < j; i++, j--) {
                PyObject tmp = x.items[i];
                x.items[i] = x.items[j];
                x.items[j] = tmp;
            }
            return PyNone.NONE;
        });
        t.addMethod("sort", ListSlots::sort);
        t.addMethodNoArgs("__sizeof__", self -> PyInt.of(ObjectSizes.listSizeof(l(self))));
        t.addMethodNoArgs("__reversed__", self -> new ReversedIterator(self));
        t.addAttr("__hash__", PyNone.NONE);
    }

    /**
     * {@code list.extend} ({@code list_extend}): an exact list or tuple is copied, anything else
     * iterated. The modelled capacity ({@link PyList#allocated}) follows CPython's: an exact
     * preallocation into an empty list, else one resize for what the iterable's length hint
     * promises, appends beyond it, and a cut back to the size at the end.
     */
    static void extend(PyList x, PyObject iterable) {
        if (iterable.getClass() == PyList.class || iterable.getClass() == PyTuple.class) {
            PyObject[] src;
            int n;
            if (iterable instanceof PyList l) {
                src = l.items;
                n = l.size;
            } else {
                src = ((PyTuple) iterable).array();
                n = src.length;
            }
            if (n == 0) {
                return;
            }
            if (x.allocated == 0) {
                x.modelPreallocate(n);
            } else {
                x.modelResize(x.size + n);
            }
            x.appendArray(src, n);
            return;
        }
        PyObject it = Abstract.iter(iterable);
        int hint = lengthHint(iterable);
        if (x.allocated == 0) {
            if (hint > 0) {
                x.modelPreallocate(hint);
            }
        } else if ((long) x.size + hint <= Integer.MAX_VALUE) {
            x.modelResize(x.size + hint);
        }
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            x.append(v);
        }
        if (x.size < x.allocated) {
            x.modelResize(x.size);
        }
    }

    /**
     * The length of a builtin sized object, else 0 (the model of {@link PyList#allocated} asks
     * no user {@code __len__}, which CPython's {@code list.__init__} would call).
     */
    private static int builtinLength(PyObject o) {
        if (o.type().isHeapType() || o.type().mp_length == null) {
            return 0;
        }
        try {
            return (int) Math.min(Abstract.length(o), Integer.MAX_VALUE);
        } catch (PyException e) {
            return 0;
        }
    }

    /**
     * {@code PyObject_LengthHint(o, 8)} ({@link Abstract#lengthHint}, user {@code __len__} and
     * {@code __length_hint__} included, raising what they raise) as the capacity model uses it:
     * at most {@link Integer#MAX_VALUE}.
     */
    private static int lengthHint(PyObject o) {
        return (int) Math.min(Abstract.lengthHint(o, 8), Integer.MAX_VALUE);
    }

    private static void setItem(PyObject o, PyObject k, PyObject v) {
        PyList x = l(o);
        if (k instanceof PySlice s) {
            PySlice.Indices ix = s.indices(() -> x.size);
            if (v == null) {
                deleteSlice(x, ix);
                return;
            }
            if (v.type().tp_iter == null && v.type().mp_subscript == null) {
                throw Errors.typeError(ix.step() == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
            }
            if (ix.step() == 1 && v != x && (v.getClass() == PyList.class || v.getClass() == PyTuple.class)) {
                // As CPython's PySequence_Fast: an exact list or tuple is read in place, and a
                // same-length replacement (fannkuch's a[:n] = b[n - 1::-1]) is copied over it.
                PyObject[] items = v.getClass() == PyList.class ? ((PyList) v).items : ((PyTuple) v).array();
                int n = v.getClass() == PyList.class ? ((PyList) v).size : items.length;
                int lo = (int) ix.start();
                if (n == Math.max(ix.start(), ix.stop()) - lo) {
                    System.arraycopy(items, 0, x.items, lo, n);
                    return;
                }
            }
            // PySequence_Fast: an exact list or tuple as it is, else list() of its iterator (whose
            // length hint list() asks)
            PyObject[] src = v == x || v.getClass() == PyList.class ? ((PyList) v).toArray()
                    : v.getClass() == PyTuple.class ? ((PyTuple) v).array() : PyList.fromIterable(Abstract.iter(v)).toArray();
            if (ix.step() == 1) {
                replaceRange(x, (int) ix.start(), (int) Math.max(ix.start(), ix.stop()), src);
                return;
            }
            if (src.length != ix.length()) {
                throw Errors.valueError("attempt to assign sequence of size %d to extended slice of size %d",
                        src.length, ix.length());
            }
            for (int i = 0; i < src.length; i++) {
                x.items[(int) (ix.start() + i * ix.step())] = src[i];
            }
            return;
        }
        SeqSlots.checkIndexType(k, "list");
        int i = (int) Sequences.index(k, () -> x.size, v == null ? "list assignment index out of range"
                : "list assignment index out of range");
        if (v == null) {
            x.remove(i);
        } else {
            x.items[i] = v;
        }
    }

    /**
     * {@code x[lo:hi] = src} ({@code list_ass_slice}): the tail moved in place, so the cost is the
     * part after {@code hi}, not the whole list (deleting or replacing at the end of a long list
     * in a loop stays linear); cleared when nothing is left, the modelled capacity resized when
     * the size changes.
     */
    private static void replaceRange(PyList x, int lo, int hi, PyObject[] src) {
        int size = x.size;
        int k = src.length;
        int newSize = size - (hi - lo) + k;
        if (newSize == 0) {
            x.clearAll();
            return;
        }
        PyObject[] a = x.items;
        if (newSize > a.length) {
            a = java.util.Arrays.copyOf(a, Math.max(newSize, size + (size >> 1) + 4));
        }
        System.arraycopy(x.items, hi, a, lo + k, size - hi);
        System.arraycopy(src, 0, a, lo, k);
        if (newSize < size) {
            java.util.Arrays.fill(a, newSize, size, null);
        }
        if (newSize != size) {
            x.modelResize(newSize);
        }
        x.items = a;
        x.size = newSize;
    }

    /** {@code del x[slice]} ({@code list_ass_subscript}): the kept items moved down in place. */
    private static void deleteSlice(PyList x, PySlice.Indices ix) {
        long len = ix.length();
        if (len == 0) {
            return;
        }
        long step = ix.step();
        long lo = step > 0 ? ix.start() : ix.start() + (len - 1) * step;
        step = Math.abs(step);
        if (step == 1) {
            replaceRange(x, (int) lo, (int) (lo + len), new PyObject[0]);
            return;
        }
        int size = x.size;
        int newSize = size - (int) len;
        if (newSize == 0) {
            x.clearAll();
            return;
        }
        PyObject[] a = x.items;
        // the runs between deleted items move down in blocks, as list_ass_subscript's memmoves
        int w = (int) lo;
        for (long d = 0; d < len; d++) {
            int from = (int) (lo + d * step) + 1;
            int to = d + 1 < len ? (int) (lo + (d + 1) * step) : size;
            System.arraycopy(a, from, a, w, to - from);
            w += to - from;
        }
        java.util.Arrays.fill(a, newSize, size, null);
        x.modelResize(newSize);
        x.size = newSize;
    }

    /**
     * {@code list.sort(*, key=None, reverse=False)}: stable, calls each key once, and never
     * fails on an inconsistent ordering (only {@code <} is used, as CPython).
     */
    private static PyObject sort(PyObject self, PyObject[] a, String[] k) {
        if (Args.positional(a, k) > 0) {
            throw Errors.typeError("sort() takes no positional arguments");
        }
        if (k != null && k.length > 2) {
            throw Errors.typeError("sort() takes at most 2 keyword arguments (%d given)", k.length);
        }
        Args.onlyKeywords("sort", k, "key", "reverse");
        PyObject key = Args.keyword(a, k, "key");
        PyObject rev = Args.keyword(a, k, "reverse");
        sortList(l(self), key == PyNone.NONE ? null : key, rev != null && reverseFlag(rev));
        return PyNone.NONE;
    }

    /**
     * {@code reverse=}, as Argument Clinic's {@code bool(accept={int})} reads it: an integer
     * ({@code __index__}) that fits a C int, true when not zero.
     *
     * @throws PyException TypeError for a non-integer, OverflowError "Python int too large to convert to C int"
     */
    private static boolean reverseFlag(PyObject rev) {
        PyInt i = Abstract.index(rev, null);
        if (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return i.longValue() != 0;
    }

    /**
     * The fewest keys sorted by {@link KeyColumns}: below it, building the columns cost more
     * than they save (a sort of six ints or strs took twice as long), and {@link ListSort}
     * sorts the list as one run by binary insertion without any merge state.
     */
    private static final int KEY_COLUMNS_MIN = 64;

    static void sortList(PyList x, PyObject key, boolean reverse) {
        int n = x.size;
        PyObject[] vals = x.toArray();
        // While sorting the list appears empty, as in CPython (mutation is detected after);
        // its capacity is restored with the items (list_sort_impl's saved_allocated).
        int savedAllocated = x.allocated;
        x.clearAll();
        // as list_sort_impl: any resize during the sort sets it again, so a mutation undone before
        // the end (an append then a pop) is still seen
        x.allocated = -1;
        boolean reversed = false;
        try {
            PyObject[] keys = vals;
            if (key != null) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Callables.call(key, vals[i]);
                }
            }
            // reverse=True: a stable sort of the reversed list, reversed back (also after a failed comparison)
            if (reverse) {
                reverse(keys, n);
                if (keys != vals) {
                    reverse(vals, n);
                }
                reversed = true;
            }
            KeyColumns columns = n >= KEY_COLUMNS_MIN ? KeyColumns.of(keys, n) : null;
            if (columns != null) {
                // no comparison runs Python code or fails: any stable sort gives timsort's result
                int[] order = columns.sort();
                PyObject[] sorted = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    sorted[i] = vals[order[i]];
                }
                vals = sorted;
            } else {
                ListSort.sort(keys, keys == vals ? null : vals, n);
            }
        } finally {
            if (reversed) {
                reverse(vals, n);
            }
            boolean modified = x.size != 0 || x.allocated != -1;
            x.replaceKeepingCapacity(vals, n);
            x.allocated = savedAllocated;
            if (modified) {
                throw Errors.valueError("list modified during sort");
            }
        }
    }

    private static void reverse(PyObject[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** {@code a < b} as list.sort asks it: exact ints, strs, floats and simple tuples without a Python call. */
    static boolean lt(PyObject a, PyObject b) {
        Class<?> ca = a.getClass();
        if (ca == b.getClass()) {
            if (ca == PyInt.class) {
                return PyInt.compare((PyInt) a, (PyInt) b) < 0;
            }
            if (ca == PyStr.class) {
                return ((PyStr) a).compareTo((PyStr) b) < 0;
            }
            if (ca == PyFloat.class) {
                return ((PyFloat) a).value() < ((PyFloat) b).value();
            }
            if (ca == PyTuple.class) {
                int r = tupleLt(((PyTuple) a).array(), ((PyTuple) b).array());
                if (r >= 0) {
                    return r == 1;
                }
            }
        }
        return Abstract.richCompareBool(a, b, CompareOp.LT);
    }

    /**
     * {@code a < b} for two exact tuples whose items up to the first difference are exact ints,
     * strs or floats of one class each (sort keys such as {@code (-count, word)}): 1 true, 0
     * false, -1 when some item needs the generic comparison. Those items' {@code ==} and
     * {@code <} run no Python code, so answering here is what {@code tuplerichcompare} would do
     * (identical items are equal first, so a NaN equals itself, as in CPython).
     */
    private static int tupleLt(PyObject[] a, PyObject[] b) {
        int n = Math.min(a.length, b.length);
        for (int k = 0; k < n; k++) {
            PyObject x = a[k], y = b[k];
            if (x == y) {
                continue;
            }
            Class<?> c = x.getClass();
            if (c != y.getClass()) {
                return -1;
            }
            int cmp;
            if (c == PyInt.class) {
                cmp = PyInt.compare((PyInt) x, (PyInt) y);
            } else if (c == PyStr.class) {
                cmp = ((PyStr) x).compareTo((PyStr) y);
            } else if (c == PyFloat.class) {
                double u = ((PyFloat) x).value(), v = ((PyFloat) y).value();
                if (u == v) {
                    continue;
                }
                return u < v ? 1 : 0;
            } else {
                return -1;
            }
            if (cmp != 0) {
                return cmp < 0 ? 1 : 0;
            }
        }
        return a.length < b.length ? 1 : 0;
    }
}
