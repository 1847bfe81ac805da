package org.taipan.jit.record;

import org.taipan.code.Op;
import org.taipan.interp.SpecializedOps;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.SeqIterator;
import org.taipan.runtime.PySlice;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.Abstract;
import org.taipan.interp.BuiltinCallProbe;
import org.taipan.jit.emit.Templates;

/**
 * The recorder's rules for sequences: FOR_ITER over list and tuple iterators, GET_ITER (an inner
 * loop's setup), UNPACK_SEQUENCE of exact tuples and lists, subscripts of tuples and lists with
 * negative indices, and the truth of containers in branches. Each rule checks, emits IR and
 * changes the frame as {@link Recorder} does (an abort leaves the frame unchanged), and does what
 * tier 1's specialized form does ({@link SpecializedOps}, CPython's {@code listiter_next},
 * {@code unpack_iterable}'s exact-tuple/list fast paths, {@code list_subscript}).
 */
final class SequenceRecorder {
    private final Recorder r;

    SequenceRecorder(Recorder r) {
        this.r = r;
    }

    /** Whether the word {@code w} is one of FOR_ITER's forms. */
    static boolean isForIter(int w) {
        int op = w & 0xFF;
        return op == Op.FOR_ITER || op == Op.FOR_ITER_RANGE || op == Op.FOR_ITER_SEQ || op == Op.FOR_ITER_GEN
                || op == Op.FOR_ITER_DICT || op == Op.FOR_ITER_PAIRS;
    }

    /**
     * GET_ITER at {@code i}: in a recorded iteration it starts an inner loop, which would be
     * unrolled into this trace: abort (the inner loop gets its own trace from its own header).
     */
    void getIter(int i) {
        throw new RecordAbort(!isForIter(r.code[i + 1]) ? "unsupported opcode GET_ITER"
                : r.inCallee() ? "loop in inlined call" : "inner loop", i);
    }

    /**
     * FOR_ITER_SEQ (or FOR_ITER before tier 1 specialized it) at the loop header on a list or tuple
     * iterator with an item left: guard the iterator's kind and that an item is left (the index is
     * re-checked against the current length every iteration, so a list that shrinks or grows mid-loop
     * ends the loop exactly where tier 1 would), advance it, push the item. Exhausted: the trace
     * leaves at the FOR_ITER and tier 1 leaves the loop.
     */
    void forIterSeq(int i, int op) {
        PyObject it = r.st[r.sp - 1];
        if (it.getClass() != SeqIterator.class) {
            throw new RecordAbort(op == Op.FOR_ITER ? "unsupported opcode FOR_ITER" : "FOR_ITER_SEQ on another iterator", i);
        }
        SeqIterator si = (SeqIterator) it;
        boolean list = si.listActive();
        if (!list && !si.tupleActive()) {
            // an iterator with no item left is the loop's end (the recorded iteration would leave
            // the loop), named as FOR_ITER_RANGE names it; else a str or __getitem__ iterator
            throw new RecordAbort(si.exhaustedQuietly() ? Recorder.LOOP_EXIT : "FOR_ITER_SEQ not over a list or tuple", i);
        }
        Ins vit = r.b.read(r.sp - 1);
        r.b.guard(IrOp.GUARD_CLASS, SeqIterator.class, vit);
        r.b.guard(list ? IrOp.GUARD_LIST_ITER_ACTIVE : IrOp.GUARD_TUPLE_ITER_ACTIVE, null, vit);
        Ins item = r.b.emit(list ? IrOp.LIST_ITER_NEXT : IrOp.TUPLE_ITER_NEXT, null, vit);
        r.push(item, list ? si.listNext() : si.tupleNext());
        r.ip = i + 1;
    }

    /**
     * UNPACK_SEQUENCE {@code n} (generic or its _TUPLE/_LIST forms) of an exact tuple or list of
     * exactly {@code n} items: guard class and length, push the items last first. Anything else
     * (another length raises ValueError, other iterables run Python code) is left to tier 1.
     */
    void unpack(int i, int n) {
        r.pops(i, 1);
        PyObject seq = r.st[r.sp - 1];
        boolean tuple = seq.getClass() == PyTuple.class;
        if (!tuple && seq.getClass() != PyList.class) {
            throw new RecordAbort("UNPACK_SEQUENCE not of an exact tuple or list", i);
        }
        int len = tuple ? ((PyTuple) seq).size() : ((PyList) seq).size();
        if (len != n) {
            throw new RecordAbort("UNPACK_SEQUENCE of another length", i);
        }
        Ins vs = r.b.read(r.sp - 1);
        r.b.guard(IrOp.GUARD_CLASS, seq.getClass(), vs);
        r.b.guard(IrOp.GUARD_LEN, n, vs);
        Ins[] items = new Ins[n];
        for (int k = 0; k < n; k++) {
            items[k] = r.b.emit(tuple ? IrOp.TUPLE_GETITEM : IrOp.LIST_GETITEM, null, vs, r.b.constantI64(k));
        }
        r.pop();
        for (int k = n - 1; k >= 0; k--) {
            r.push(items[k], tuple ? ((PyTuple) seq).get(k) : ((PyList) seq).get(k));
        }
        r.ip = i + 1;
    }

    /**
     * The unboxed, guarded index for {@code seq[k]} ({@code k} a small int with
     * {@code -len <= k < len} at record time): {@code k} itself when it was non-negative, else
     * {@code k + len(seq)} under a guard that {@code k} stays negative. The caller guards the result
     * in range. For lists, tuples and strs (their LEN).
     */
    static Ins index(Recorder r, Ins vseq, PyObject k) {
        Ins uk = r.unboxInt(r.b.read(r.sp - 1));
        if (((PyInt) k).longValue() >= 0) {
            return uk;
        }
        r.b.guard(IrOp.GUARD_TRUE, null, r.b.emit(IrOp.INT_LT, null, uk, r.b.constantI64(0)));
        return r.b.emit(IrOp.INT_ADD, null, uk, r.b.emit(IrOp.LEN, null, vseq));
    }

    private static boolean inRange(PyObject k, int len) {
        if (!Recorder.smallInt(k)) {
            return false;
        }
        long n = ((PyInt) k).longValue();
        return n >= -len && n < len;
    }

    /**
     * BINARY_SUBSCR_LIST_INT or BINARY_SUBSCR_TUPLE_INT (or the generic BINARY_SUBSCR on such
     * operands): {@code (seq, k -- seq[k])} with {@code -len <= k < len}; anything else (an index out
     * of range, another container) is tier 1's subscript, called ({@link GenericOpRecorder}).
     */
    void subscr(int i) {
        r.pops(i, 2);
        PyObject o = r.st[r.sp - 2], k = r.st[r.sp - 1];
        if (k.getClass() == PySlice.class) {
            getSlice(i, o);
            return;
        }
        if (o.getClass() == PyDict.class) {
            dictGet(i, o, k);
            return;
        }
        boolean tuple = o.getClass() == PyTuple.class;
        if (!tuple && o.getClass() != PyList.class
                || !inRange(k, tuple ? ((PyTuple) o).size() : ((PyList) o).size())) {
            GenericOpRecorder.getItem(r, i);
            return;
        }
        Ins vs = r.b.read(r.sp - 2);
        r.b.guard(IrOp.GUARD_CLASS, o.getClass(), vs);
        Ins ix = index(r, vs, k);
        r.b.guard(tuple ? IrOp.GUARD_TUPLE_INDEX : IrOp.GUARD_LIST_INDEX, null, vs, ix);
        Ins item = r.b.emit(tuple ? IrOp.TUPLE_GETITEM : IrOp.LIST_GETITEM, null, vs, ix);
        long n = ((PyInt) k).longValue();
        int at = (int) (n < 0 ? n + (tuple ? ((PyTuple) o).size() : ((PyList) o).size()) : n);
        r.replace(2, item, tuple ? ((PyTuple) o).get(at) : ((PyList) o).get(at));
        r.ip = i + 1;
    }

    /** STORE_SUBSCR_LIST_INT (or STORE_SUBSCR on such operands): {@code (v, list, k -- )} with {@code -len <= k < len}; else tier 1's item store, called. */
    void storeSubscr(int i) {
        r.pops(i, 3);
        PyObject v = r.st[r.sp - 3], o = r.st[r.sp - 2], k = r.st[r.sp - 1];
        if (k.getClass() == PySlice.class) {
            setSlice(i, v, o);
            return;
        }
        if (o.getClass() == PyDict.class) {
            dictSet(i, o, k);
            return;
        }
        if (o.getClass() != PyList.class || !inRange(k, ((PyList) o).size())) {
            GenericOpRecorder.setItem(r, i);
            return;
        }
        Ins vl = r.b.read(r.sp - 2);
        r.b.guard(IrOp.GUARD_CLASS, PyList.class, vl);
        Ins ix = index(r, vl, k);
        r.b.guard(IrOp.GUARD_LIST_INDEX, null, vl, ix);
        r.b.emit(IrOp.LIST_SETITEM, null, vl, ix, r.b.read(r.sp - 3));
        long n = ((PyInt) k).longValue();
        ((PyList) o).set((int) (n < 0 ? n + ((PyList) o).size() : n), v);
        r.pop();
        r.pop();
        r.pop();
        r.ip = i + 1;
    }

    /**
     * BUILD_SLICE {@code n} (2 or 3) of Nones and exact ints (guarded): a NEW_SLICE, which a slice
     * subscript of a list or tuple uses without running Python code ({@code __index__} of an exact
     * int is itself).
     */
    void buildSlice(int i, int n) {
        if (n != 2 && n != 3) {
            throw new RecordAbort("unsupported opcode BUILD_SLICE", i);
        }
        r.pops(i, n);
        Ins[] parts = new Ins[3];
        PyObject[] values = new PyObject[3];
        for (int k = 0; k < n; k++) {
            PyObject p = r.st[r.sp - n + k];
            Ins vp = r.b.read(r.sp - n + k);
            if (p == PyNone.NONE) {
                r.b.guard(IrOp.GUARD_IS, PyNone.NONE, vp);
            } else if (p.getClass() == PyInt.class) {
                r.b.guard(IrOp.GUARD_CLASS, PyInt.class, vp);
            } else {
                throw new RecordAbort("slice bounds not None or ints", i);
            }
            parts[k] = vp;
            values[k] = p;
        }
        if (n == 2) {
            parts[2] = r.b.constant(PyNone.NONE);
            values[2] = PyNone.NONE;
        }
        Ins slice = r.b.emit(IrOp.NEW_SLICE, null, parts);
        for (int k = 0; k < n; k++) {
            r.pop();
        }
        r.push(slice, new PySlice(values[0], values[1], values[2]));
        r.ip = i + 1;
    }

    /** The slice on the stack at {@code k}, when the trace built it (NEW_SLICE: its bounds are guarded); else abort. */
    private Ins tracedSlice(int i, int k) {
        Ins v = r.b.read(k);
        if (v.op != IrOp.NEW_SLICE) {
            throw new RecordAbort("slice not built in the trace", i);
        }
        return v;
    }

    /** {@code (seq, slice -- seq[slice])} on an exact list or tuple: SEQ_GETSLICE (tier 1's {@code mp_subscript}). */
    private void getSlice(int i, PyObject o) {
        if (o.getClass() != PyList.class && o.getClass() != PyTuple.class) {
            throw new RecordAbort("slice of another type than an exact list or tuple", i);
        }
        Ins slice = tracedSlice(i, r.sp - 1);
        PyObject value;
        try {
            value = Abstract.getItem(o, r.st[r.sp - 1]);
        } catch (org.taipan.runtime.PyException e) {
            throw new RecordAbort("slice raised while recording", i, e);
        }
        Ins vs = r.b.read(r.sp - 2);
        r.b.guard(IrOp.GUARD_CLASS, o.getClass(), vs);
        // a zero step raises ValueError: the op's snapshot is the subscript, where tier 1 raises it
        Ins result = r.b.guard(IrOp.SEQ_GETSLICE, null, vs, slice);
        r.replace(2, result, value);
        r.ip = i + 1;
    }

    /**
     * {@code (v, list, slice -- )}: {@code list[slice] = v} with {@code v} an exact list or tuple
     * (LIST_SETSLICE, which raises tier 1's ValueError for an extended slice of another length: the
     * record does not, as tier 1 raises it, and the trace leaves through the op's snapshot).
     */
    private void setSlice(int i, PyObject v, PyObject o) {
        if (o.getClass() != PyList.class || v.getClass() != PyList.class && v.getClass() != PyTuple.class) {
            throw new RecordAbort("slice assignment not of a list or tuple into an exact list", i);
        }
        Ins slice = tracedSlice(i, r.sp - 1);
        PySlice sl = (PySlice) r.st[r.sp - 1];
        PySlice.Indices ix = sl.indices(((PyList) o).size());
        if (ix.step() != 1 && ix.length() != Templates.len(v)) {
            throw new RecordAbort("extended slice assignment of another length", i);
        }
        Ins vl = r.b.read(r.sp - 2), vv = r.b.read(r.sp - 3);
        r.b.guard(IrOp.GUARD_CLASS, PyList.class, vl);
        r.b.guard(IrOp.GUARD_CLASS, v.getClass(), vv);
        r.b.guard(IrOp.LIST_SETSLICE, null, vl, slice, vv);
        Abstract.setItem(o, sl, v);
        r.pop();
        r.pop();
        r.pop();
        r.ip = i + 1;
    }

    /**
     * CALL_NO_KW_LEN {@code [NULL, len, x -- len(x)]} on an exact list, tuple, str or dict, when
     * the callable is the builtin tier 1 specialized for (guarded unless the trace has it as a
     * constant). Of another object (a deque, a bytearray, a class's {@code __len__}) the builtin
     * is called as any other ({@link CallRecorder#residualBuiltin}).
     */
    void len(int i) {
        r.pops(i, 3);
        PyObject callee = BuiltinCallProbe.cachedBuiltin(r.f.code, i), x = r.st[r.sp - 1];
        if (callee == null || r.st[r.sp - 2] != callee || r.st[r.sp - 3] != null) {
            throw new RecordAbort("len() not of the builtin tier 1 specialized for", i);
        }
        if (!isContainer(x)) {
            r.calls().residualBuiltin(i, 1);
            return;
        }
        same(r.sp - 2, callee);
        same(r.sp - 3, null);
        Ins vx = r.b.read(r.sp - 1);
        r.b.guard(IrOp.GUARD_CLASS, x.getClass(), vx);
        Ins n = r.b.emit(IrOp.BOX_INT, null, r.b.emit(IrOp.LEN, null, vx));
        r.pop();
        r.pop();
        r.replace(1, n, PyInt.of(Templates.len(x)));
        r.ip = i + 1;
    }

    /**
     * CALL_NO_KW_LIST_APPEND {@code [list.append, lst, x -- ]} and the POP_TOP after it (tier 1
     * runs the pair as one), on an exact list.
     */
    void listAppend(int i) {
        r.pops(i, 3);
        PyObject m = BuiltinCallProbe.listAppend(), l = r.st[r.sp - 2], x = r.st[r.sp - 1];
        if (r.st[r.sp - 3] != m || l.getClass() != PyList.class) {
            throw new RecordAbort("list.append not on an exact list", i);
        }
        same(r.sp - 3, m);
        Ins vl = r.b.read(r.sp - 2);
        r.b.guard(IrOp.GUARD_CLASS, PyList.class, vl);
        r.b.emit(IrOp.LIST_APPEND, null, vl, r.b.read(r.sp - 1));
        ((PyList) l).append(x);
        r.pop();
        r.pop();
        r.pop();
        r.ip = i + 2;
    }

    /**
     * BUILD_LIST {@code n}, or BUILD_TUPLE {@code n} (when not unpacked at once: {@link Recorder}
     * handles that pair): NEW_LIST and a LIST_APPEND per item, then TUPLE_OF_LIST for a tuple.
     */
    void build(int i, int n, boolean tuple) {
        r.pops(i, n);
        Ins list = r.b.emit(IrOp.NEW_LIST, null);
        PyObject[] items = new PyObject[n];
        for (int k = 0; k < n; k++) {
            items[k] = r.st[r.sp - n + k];
            r.b.emit(IrOp.LIST_APPEND, null, list, r.b.read(r.sp - n + k));
        }
        Ins result = tuple ? r.b.emit(IrOp.TUPLE_OF_LIST, null, list) : list;
        r.replace(n, result, tuple ? PyTuple.of(items) : new PyList(items));
        r.ip = i + 1;
    }

    /**
     * LIST_APPEND {@code n} (a comprehension's {@code (list, ..., v -- list, ...)}: the list
     * {@code n} entries below {@code v}), or LIST_EXTEND {@code n} of an exact tuple or list (a list
     * display with a constant part): LIST_APPEND / LIST_EXTEND ops on the exact list.
     */
    void appendOrExtend(int i, int n, boolean extend) {
        r.pops(i, 1);
        PyObject l = r.st[r.sp - 1 - n], v = r.st[r.sp - 1];
        if (l.getClass() != PyList.class || extend && v.getClass() != PyTuple.class && v.getClass() != PyList.class || v == l) {
            throw new RecordAbort(extend ? "LIST_EXTEND not of an exact tuple or list" : "LIST_APPEND not to an exact list", i);
        }
        Ins vl = r.b.read(r.sp - 1 - n), vv = r.b.read(r.sp - 1);
        r.b.guard(IrOp.GUARD_CLASS, PyList.class, vl);
        if (extend) {
            r.b.guard(IrOp.GUARD_CLASS, v.getClass(), vv);
            r.b.emit(IrOp.LIST_EXTEND, null, vl, vv);
            Templates.listExtend(l, v);
        } else {
            r.b.emit(IrOp.LIST_APPEND, null, vl, vv);
            ((PyList) l).append(v);
        }
        r.pop();
        r.ip = i + 1;
    }

    /** Whether {@code k} is a dict key the trace handles: an exact str or int (hashing and equality run no Python code). */
    private static boolean simpleKey(PyObject k) {
        return k.getClass() == PyStr.class || k.getClass() == PyInt.class;
    }

    /** {@code (d, k -- d[k])} on an exact dict by a key present at record time (a missing one raises in tier 1). */
    private void dictGet(int i, PyObject d, PyObject k) {
        PyObject v = simpleKey(k) ? ((PyDict) d).getItem(k) : null;
        if (v == null) {
            GenericOpRecorder.getItem(r, i);
            return;
        }
        Ins vd = r.b.read(r.sp - 2), vk = r.b.read(r.sp - 1);
        r.b.guard(IrOp.GUARD_CLASS, PyDict.class, vd);
        r.b.guard(IrOp.GUARD_CLASS, k.getClass(), vk);
        Ins item = r.b.guard(IrOp.DICT_GETITEM, null, vd, vk);
        r.replace(2, item, v);
        r.ip = i + 1;
    }

    /** {@code (v, d, k -- )}: {@code d[k] = v} on an exact dict by an exact str or int key. */
    private void dictSet(int i, PyObject d, PyObject k) {
        if (!simpleKey(k)) {
            GenericOpRecorder.setItem(r, i);
            return;
        }
        Ins vd = r.b.read(r.sp - 2), vk = r.b.read(r.sp - 1);
        r.b.guard(IrOp.GUARD_CLASS, PyDict.class, vd);
        r.b.guard(IrOp.GUARD_CLASS, k.getClass(), vk);
        r.b.guard(IrOp.DICT_SETITEM, null, vd, vk, r.b.read(r.sp - 3));
        ((PyDict) d).setItem(k, r.st[r.sp - 3]);
        r.pop();
        r.pop();
        r.pop();
        r.ip = i + 1;
    }

    /** Items a list or tuple may have for {@link #contains} to record it (the scan is at record time). */
    private static final int CONTAINS_SCAN = 1000;

    /** Whether {@code x in c} runs no Python code at record time: a simple value in a dict or set, or in a short list/tuple of simple values. */
    private static boolean simpleContains(PyObject c, PyObject x) {
        Class<?> xc = x.getClass();
        if (xc != PyStr.class && xc != PyInt.class && xc != org.taipan.runtime.PyFloat.class) {
            return false;
        }
        if (c.getClass() == PyDict.class || c.getClass() == org.taipan.runtime.PySet.class) {
            return xc != org.taipan.runtime.PyFloat.class;
        }
        if (c.getClass() != PyList.class && c.getClass() != PyTuple.class) {
            return false;
        }
        int n = (int) Templates.len(c);
        if (n > CONTAINS_SCAN) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            PyObject e = c instanceof PyTuple t ? t.get(k) : ((PyList) c).get(k);
            Class<?> ec = e.getClass();
            if (ec != PyStr.class && ec != PyInt.class && ec != org.taipan.runtime.PyFloat.class && e != PyNone.NONE) {
                return false;
            }
        }
        return true;
    }

    /**
     * CONTAINS_OP {@code invert} ({@code (x, c -- x in c)}) or CONTAINS_OP__POP_JUMP (the jump
     * after it taken or not, as tier 1's testAndBranch) on the containers {@link #simpleContains} accepts;
     * other operands are tier 1's test, called ({@link GenericOpRecorder#contains}).
     */
    void contains(int i, int invert, boolean jump) {
        r.pops(i, 2);
        PyObject x = r.st[r.sp - 2], c = r.st[r.sp - 1];
        if (!simpleContains(c, x)) {
            GenericOpRecorder.contains(r, i, invert);
            return;
        }
        Ins vx = r.b.read(r.sp - 2), vc = r.b.read(r.sp - 1);
        r.b.guard(IrOp.GUARD_CLASS, c.getClass(), vc);
        r.b.guard(IrOp.GUARD_CLASS, x.getClass(), vx);
        Ins in = r.b.guard(IrOp.CONTAINS, null, vc, vx);
        boolean result = Abstract.contains(c, x) ^ (invert == 1);
        if (jump) {
            // the branch's guard resumes at the POP_JUMP half (the original word at i + 1) with the
            // test's bool on the stack: resuming at i would run the test (and an __eq__) twice
            Ins boxed = r.b.emit(IrOp.BOX_BOOL, null, invert == 1 ? r.b.emit(IrOp.BOOL_NOT, null, in) : in);
            r.replace(2, boxed, org.taipan.runtime.PyBool.of(result));
            r.b.at(i + 1, r.sp);
            r.b.guard(result ^ (invert == 1) ? IrOp.GUARD_TRUE : IrOp.GUARD_FALSE, null, in);
            r.pop();
            r.ip = SpecializedOps.branch(r.code, i + 1, result ? 1 : 0);
        } else {
            Ins boxed = r.b.emit(IrOp.BOX_BOOL, null, invert == 1 ? r.b.emit(IrOp.BOOL_NOT, null, in) : in);
            r.replace(2, boxed, org.taipan.runtime.PyBool.of(result));
            r.ip = i + 1;
        }
    }

    /** Guards that stack entry {@code k} is {@code o}, unless the trace has it as that very constant. */
    private void same(int k, PyObject o) {
        Ins v = r.b.read(k);
        if (v.op != IrOp.CONST_REF || v.aux != o) {
            r.b.guard(IrOp.GUARD_IS, o, v);
        }
    }

    /** Whether {@link #truth} and {@code len} handle {@code v}: an exact list, tuple, str, dict or set. */
    static boolean isContainer(PyObject v) {
        Class<?> c = v.getClass();
        return c == PyList.class || c == PyTuple.class || c == PyStr.class || c == PyDict.class
                || c == org.taipan.runtime.PySet.class;
    }

    /**
     * The truth of an exact list, tuple, str, dict or set on top of the stack (CPython's
     * {@code PyObject_IsTrue} through {@code sq_length}/{@code mp_length}), guarded: its class, and
     * whether its length is zero. Returns the truth it had.
     */
    boolean truth(PyObject v) {
        Ins vv = r.b.read(r.sp - 1);
        r.b.guard(IrOp.GUARD_CLASS, v.getClass(), vv);
        long len = Templates.len(v);
        Ins nonEmpty = r.b.emit(IrOp.INT_NE, null, r.b.emit(IrOp.LEN, null, vv), r.b.constantI64(0));
        r.b.guard(len != 0 ? IrOp.GUARD_TRUE : IrOp.GUARD_FALSE, null, nonEmpty);
        return len != 0;
    }
}
