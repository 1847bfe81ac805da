package org.taipan.jit.record;

import java.lang.reflect.Method;
import org.taipan.code.Op;
import org.taipan.interp.SpecializedOps;
import org.taipan.interp.TraceResiduals;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.PlainIterators;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.SeqIterator;

/**
 * Instructions a trace does not open up but calls: a RESIDUAL op, tier 1's own implementation of
 * the instruction ({@link TraceResiduals}) on the boxed operands, after guards on the operands'
 * exact classes that keep Python code out of it (str, int beyond 64 bits, float, bool, None; the
 * plain iterators of {@link PlainIterators}). The residual's snapshot is the instruction's, its
 * operands on the stack: what it raises unwinds there as tier 1's exception would (the
 * operations here have no effect before they raise, so tier 1 running the instruction again after
 * an exit is exact too). Typed where it pays: characters. A str indexed or iterated gives a
 * {@link IrOp#CHR} of the code point read ({@link IrOp#STR_CODE_POINT}, {@link IrOp#STR_ITER_NEXT}),
 * and a comparison of two one-character strs, a character's {@code in} test on a str and
 * {@code ord()} of a character use the code point: no residual call, no str compared (a str that
 * is one character only now, a local quote character or a character a bridge reads back from the
 * frame, has its length guarded).
 *
 * <p>Each operation also runs while recording (the recorder runs the iteration). If it raises
 * there, recording stops with that exception raised at the instruction ({@link RecordAbort#raised}),
 * in the loop's frame or in an inlined one (the inlined calls are then finished by tier 1 with the
 * exception pending).
 */
final class ResidualRecorder {
    private static final Method BINARY = helper("binary", 3), STR_CONCAT = helper("strConcat", 2),
            RSHIFT = helper("rshift", 2), LSHIFT = helper("lshift", 2), COMPARE = helper("compare", 3),
            STR_EQ = helper("strEq", 2), STR_NE = helper("strNe", 2), STR_ORDER = helper("strOrder", 3),
            CONTAINS = helper("contains", 2), NEXT = helper("next", 1), FORMAT = helper("format", 2),
            FORMAT_SPEC = helper("formatSpec", 3), GET_ITEM = helper("getItem", 2);
    private static final Method[] JOIN = {null, null, helper("join2", 2), helper("join3", 3), helper("join4", 4),
        helper("join5", 5)};
    private static final Method[] STACK = {helper("stack0", 1), helper("stack1", 2), helper("stack2", 3), helper("stack3", 4),
        helper("stack4", 5), helper("stack5", 6), helper("stack6", 7), helper("stack7", 8), helper("stack8", 9)};
    private static final Method UNPACK_EX = helper("unpackEx", 2), MAP_ADD = helper("mapAdd", 3), SET_ADD = helper("setAdd", 2);
    private final Recorder r;

    ResidualRecorder(Recorder r) {
        this.r = r;
    }

    private static Method helper(String name, int arity) {
        Class<?>[] params = new Class<?>[arity];
        java.util.Arrays.fill(params, Object.class);
        try {
            return TraceResiduals.class.getMethod(name, params);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether operations on {@code o} run no Python code: an exact int, float, bool, str, or None. */
    static boolean plain(PyObject o) {
        Class<?> c = o.getClass();
        return c == PyInt.class || c == PyStr.class || c == PyFloat.class || c == PyBool.class || o == PyNone.NONE;
    }

    /**
     * BINARY_OP {@code nb} (any form) at {@code i} on two {@link #plain} values, tuple + tuple /
     * tuple * int (immutable: nothing the trace reads changes), or str % a tuple of plain values the
     * trace built (each item's class guarded): RESIDUAL of
     * {@code Abstract.binaryOp}, a str concatenation or an int shift. What the typed recorders do not
     * take lands here (ints beyond 64 bits, a result that overflows 64 bits, shifts, str operators).
     */
    void binary(int i, int nb) {
        r.pops(i, 2);
        PyObject a = r.st[r.sp - 2], c = r.st[r.sp - 1];
        int plain = nb >= Abstract.NB_INPLACE ? nb - Abstract.NB_INPLACE : nb;
        boolean tuples = a.getClass() == PyTuple.class
                && (plain == Abstract.NB_ADD && c.getClass() == PyTuple.class
                        || plain == Abstract.NB_MULTIPLY && c.getClass() == PyInt.class);
        // str % (x, y): the tuple built in the trace, so its items' classes can be guarded one by one
        Ins vt = r.b.read(r.sp - 1);
        boolean formatTuple = a.getClass() == PyStr.class && plain == Abstract.NB_REMAINDER && c.getClass() == PyTuple.class
                && vt.op == IrOp.NEW_TUPLE && plainKey(c);
        if (!tuples && !formatTuple && (!plain(a) || !plain(c))) {
            // objects whose operator may run Python code: tier 1's generic operator, called
            DunderRecorder.residual(r, r.calls(), i, nb);
            return;
        }
        PyObject value;
        try {
            value = Abstract.binaryOp(nb, a, c);
        } catch (PyException | StackOverflowError e) {
            throw new RecordAbort("operator raised while recording", i, e);
        }
        Ins va = r.b.read(r.sp - 2), vc = r.b.read(r.sp - 1);
        guardClass(va, a);
        guardClass(vc, c);
        if (formatTuple) {
            for (int k = 0; k < vt.args.length; k++) {
                guardClass(vt.arg(k), ((PyTuple) c).get(k));
            }
        }
        boolean ints = a.getClass() == PyInt.class && c.getClass() == PyInt.class;
        Ins result;
        if (ints && plain == Abstract.NB_RSHIFT && Recorder.smallInt(a) && Recorder.smallInt(c) && ((PyInt) c).longValue() >= 0) {
            // typed: a negative count exits before the shift (tier 1 raises ValueError there)
            Ins x = r.unboxInt(va), y = r.unboxInt(vc);
            r.b.guard(IrOp.GUARD_FALSE, null, r.b.emit(IrOp.INT_LT, null, y, r.b.constantI64(0)));
            result = r.b.emit(IrOp.BOX_INT, null, r.b.emit(IrOp.INT_RSHIFT, null, x, y));
        } else if (ints && plain == Abstract.NB_RSHIFT) {
            result = r.b.guard(IrOp.RESIDUAL, RSHIFT, va, vc);
        } else if (ints && plain == Abstract.NB_LSHIFT) {
            result = r.b.guard(IrOp.RESIDUAL, LSHIFT, va, vc);
        } else if (plain == Abstract.NB_ADD && a.getClass() == PyStr.class && c.getClass() == PyStr.class) {
            result = r.b.guard(IrOp.RESIDUAL, STR_CONCAT, va, vc);
        } else {
            result = r.b.guard(IrOp.RESIDUAL, BINARY, r.b.constant(nb), va, vc);
        }
        r.replace(2, result, value);
        r.ip = i + 1;
    }

    /**
     * COMPARE_OP {@code cmp} at {@code i} (generic, _STR, _INT with an int beyond 64 bits), and the
     * fused _JUMP forms ({@code jump}) with their branch, on two {@link #plain} values; a generic
     * COMPARE_OP on other objects is a call of tier 1's comparison ({@link GenericOpRecorder#compare}).
     */
    void compare(int i, int cmp, boolean jump) {
        r.pops(i, 2);
        PyObject a = r.st[r.sp - 2], c = r.st[r.sp - 1];
        if (cmp < 0 || cmp > 5) {
            throw new RecordAbort("COMPARE_OP of an unknown comparison", i);
        }
        if (!plain(a) || !plain(c)) {
            // a rich comparison that may run Python code (__lt__, __eq__ of a class, a tuple's items):
            // called; a fused jump's POP_JUMP is the next word and records on its own
            GenericOpRecorder.compare(r, i, cmp);
            return;
        }
        PyObject value;
        try {
            value = Abstract.richCompare(a, c, CompareOp.of(cmp));
        } catch (PyException | StackOverflowError e) {
            throw new RecordAbort("comparison raised while recording", i, e);
        }
        Ins va = r.b.read(r.sp - 2), vc = r.b.read(r.sp - 1);
        if (a.getClass() == PyStr.class && c.getClass() == PyStr.class && compareChars(i, cmp, jump, va, vc, value)) {
            return;
        }
        guardClass(va, a);
        guardClass(vc, c);
        Ins result;
        if (a.getClass() == PyStr.class && c.getClass() == PyStr.class) {
            result = cmp == 2 ? r.b.guard(IrOp.RESIDUAL, STR_EQ, va, vc) : cmp == 3 ? r.b.guard(IrOp.RESIDUAL, STR_NE, va, vc)
                    : r.b.guard(IrOp.RESIDUAL, STR_ORDER, r.b.constant(cmp), va, vc);
        } else {
            result = r.b.guard(IrOp.RESIDUAL, COMPARE, r.b.constant(cmp), va, vc);
        }
        if (!jump) {
            r.replace(2, result, value);
            r.ip = i + 1;
            return;
        }
        if (value != PyBool.TRUE && value != PyBool.FALSE) {
            throw new RecordAbort("comparison result not a bool", i);
        }
        // the comparison has no effect: the branch's exit may resume at it and compare again
        r.b.guard(IrOp.GUARD_IS, value, result);
        r.pop();
        r.pop();
        r.ip = SpecializedOps.branch(r.code, i + 1, value == PyBool.TRUE ? 1 : 0);
    }

    /**
     * The code point of {@code v}, an exact str of one character the trace knows as such: a
     * character it took from a str ({@link IrOp#CHR}) or a constant; else null.
     */
    private Ins codePoint(Ins v) {
        if (v.op == IrOp.CHR) {
            return v.arg(0);
        }
        if (v.op == IrOp.CONST_REF && v.aux instanceof PyStr s && s.getClass() == PyStr.class && s.length() == 1) {
            return r.b.constantI64(s.codePointAt(0));
        }
        return null;
    }

    /**
     * The code point of {@code v} (holding the exact str {@code s}): {@link #codePoint} when the
     * trace knows it, else, when {@code s} has one character now, its first code point under a
     * guard on its class and length (a quote character kept in a local; a character a bridge
     * reads back from the frame, where its exit left it); else null.
     */
    Ins speculatedCodePoint(Ins v, PyObject s) {
        Ins cp = codePoint(v);
        if (cp != null || ((PyStr) s).length() != 1) {
            return cp;
        }
        guardClass(v, s);
        r.b.guard(IrOp.GUARD_TRUE, null, r.b.emit(IrOp.INT_EQ, null, r.b.emit(IrOp.LEN, null, v), r.b.constantI64(1)));
        return r.b.emit(IrOp.STR_CODE_POINT, null, v, r.b.constantI64(0));
    }

    /**
     * COMPARE_OP {@code cmp} of two exact strs {@code va}, {@code vc} (whose result was
     * {@code value}) as a comparison of code points, when both are one character (CPython
     * compares one-character strs by their code points): known ones, or ones of one character
     * now, their length guarded. Pushes the result or records the fused jump's branch; false
     * (nothing emitted) otherwise.
     */
    private boolean compareChars(int i, int cmp, boolean jump, Ins va, Ins vc, PyObject value) {
        if (!oneChar(va, r.st[r.sp - 2]) || !oneChar(vc, r.st[r.sp - 1])) {
            return false;
        }
        // both non-null: a CHR, or one character now
        Ins x = speculatedCodePoint(va, r.st[r.sp - 2]), y = speculatedCodePoint(vc, r.st[r.sp - 1]);
        Ins test = r.b.emit(Recorder.intCompare(cmp), null, x, y);
        if (jump) {
            r.branch(i, test, value == PyBool.TRUE ? 1 : 0);
        } else {
            r.replace(2, r.b.emit(IrOp.BOX_BOOL, null, test), value);
            r.ip = i + 1;
        }
        return true;
    }

    /** Whether {@code v}, holding the exact str {@code s}, is known to be or now is one character. */
    private static boolean oneChar(Ins v, PyObject s) {
        return v.op == IrOp.CHR || ((PyStr) s).length() == 1;
    }

    /** Whether CONTAINS_OP on {@code x in c} is a str in a str (this class's). */
    static boolean strContains(PyObject x, PyObject c) {
        return c.getClass() == PyStr.class && x.getClass() == PyStr.class;
    }

    /** CONTAINS_OP {@code invert} at {@code i} of a str in a str, and CONTAINS_OP__POP_JUMP ({@code jump}) with its branch. */
    void contains(int i, int invert, boolean jump) {
        r.pops(i, 2);
        PyObject x = r.st[r.sp - 2], c = r.st[r.sp - 1];
        boolean in = Abstract.contains(c, x);
        Ins vx = r.b.read(r.sp - 2), vc = r.b.read(r.sp - 1);
        guardClass(vc, c);
        boolean outcome = in ^ (invert == 1);
        Ins cp = speculatedCodePoint(vx, x);
        if (cp != null) {
            // a character in a str: a search for its code point, no str compared
            Ins found = r.b.emit(IrOp.STR_HAS_CODE_POINT, null, vc, cp);
            if (jump) {
                r.b.guard(in ? IrOp.GUARD_TRUE : IrOp.GUARD_FALSE, null, found);
                r.pop();
                r.pop();
                r.ip = SpecializedOps.branch(r.code, i + 1, outcome ? 1 : 0);
            } else {
                r.replace(2, r.b.emit(IrOp.BOX_BOOL, null, invert == 1 ? r.b.emit(IrOp.BOOL_NOT, null, found) : found),
                        PyBool.of(outcome));
                r.ip = i + 1;
            }
            return;
        }
        guardClass(vx, x);
        Ins result = r.b.guard(IrOp.RESIDUAL, CONTAINS, vc, vx);
        if (jump) {
            // no effect: the branch's exit may resume at the test
            r.b.guard(IrOp.GUARD_IS, PyBool.of(in), result);
            r.pop();
            r.pop();
            r.ip = SpecializedOps.branch(r.code, i + 1, outcome ? 1 : 0);
            return;
        }
        if (invert == 1) {
            result = r.b.emit(IrOp.BOX_BOOL, null, r.b.emit(IrOp.BOOL_NOT, null, r.b.emit(IrOp.REF_IS, null, result,
                    r.b.constant(PyBool.TRUE))));
        }
        r.replace(2, result, PyBool.of(outcome));
        r.ip = i + 1;
    }

    /** BINARY_SUBSCR(_STR_INT) at {@code i} of an exact str by an int fitting a long: {@code s[k]}, the unboxed index passed. */
    void strItem(int i) {
        r.pops(i, 2);
        PyObject s = r.st[r.sp - 2], k = r.st[r.sp - 1];
        if (s.getClass() != PyStr.class || !Recorder.smallInt(k)) {
            throw new RecordAbort("str index not an int fitting 64 bits", i);
        }
        PyObject value;
        try {
            value = TraceResiduals.strItem(s, ((PyInt) k).longValue());
        } catch (PyException e) {
            throw new RecordAbort("str index raised while recording", i, e);
        }
        // in range now (else it raised above): the index guarded in range, the character read there
        Ins vs = r.b.read(r.sp - 2);
        guardClass(vs, s);
        Ins ix = SequenceRecorder.index(r, vs, k);
        r.b.guard(IrOp.GUARD_STR_INDEX, null, vs, ix);
        Ins result = r.b.emit(IrOp.CHR, null, r.b.emit(IrOp.STR_CODE_POINT, null, vs, ix));
        r.replace(2, result, value);
        r.ip = i + 1;
    }

    /**
     * BINARY_SUBSCR at {@code i} of an exact str by a slice the trace built (NEW_SLICE: its bounds
     * are guarded ints or None, so no {@code __index__} runs): tier 1's subscript, residual (a zero
     * step raises ValueError there).
     */
    void strSlice(int i) {
        r.pops(i, 2);
        PyObject s = r.st[r.sp - 2], k = r.st[r.sp - 1];
        Ins vk = r.b.read(r.sp - 1);
        if (s.getClass() != PyStr.class || vk.op != IrOp.NEW_SLICE) {
            throw new RecordAbort("str slice not by a slice built in the trace", i);
        }
        PyObject value;
        try {
            value = TraceResiduals.getItem(s, k);
        } catch (PyException e) {
            throw new RecordAbort("str slice raised while recording", i, e);
        }
        Ins vs = r.b.read(r.sp - 2);
        guardClass(vs, s);
        Ins result = r.b.guard(IrOp.RESIDUAL, GET_ITEM, vs, vk);
        r.replace(2, result, value);
        r.ip = i + 1;
    }

    /** Whether FOR_ITER on {@code it} is this class's (a {@link PlainIterators plain} iterator). */
    static boolean plainIterator(PyObject it) {
        return PlainIterators.isPlain(it);
    }

    /**
     * FOR_ITER (any form) at the loop header {@code i} over a plain iterator: guards on its class
     * (and, for a sequence iterator, its str kind), a RESIDUAL {@code next}, then a guard that an
     * item came: its exit is the loop's end, resuming where tier 1 goes when the iterator is
     * exhausted (the jump target, iterator popped), so the iterator is never called twice.
     */
    void forIter(int i, int target) {
        PyObject it = r.st[r.sp - 1];
        Ins vit = r.b.read(r.sp - 1);
        if (it instanceof SeqIterator si && PlainIterators.overStr(it)) {
            if (!si.strActive()) {
                // exhausted while recording: tier 1's FOR_ITER finds it exhausted again
                throw new RecordAbort(Recorder.LOOP_EXIT, i);
            }
            // typed: the loop's end leaves at the header, where tier 1's FOR_ITER finds the iterator exhausted
            r.b.guard(IrOp.GUARD_CLASS, SeqIterator.class, vit);
            r.b.guard(IrOp.GUARD_STR_ITER_ACTIVE, null, vit);
            Ins ch = r.b.emit(IrOp.CHR, null, r.b.emit(IrOp.STR_ITER_NEXT, null, vit));
            r.push(ch, PyStr.ofCodePoint(si.strNextCodePoint()));
            r.ip = i + 1;
            return;
        }
        PyObject item;
        try {
            item = TraceResiduals.next(it);
        } catch (PyException e) {
            throw new RecordAbort("iterator raised while recording", i, e);
        }
        if (item == null) {
            // exhausted while recording: tier 1's FOR_ITER finds it exhausted again (these iterators stay so)
            throw new RecordAbort(Recorder.LOOP_EXIT, i);
        }
        r.b.guard(IrOp.GUARD_CLASS, it.getClass(), vit);
        if (it instanceof SeqIterator) {
            r.b.guard(IrOp.GUARD_TYPE, it.type(), vit);
        }
        Ins next = r.b.guard(IrOp.RESIDUAL, NEXT, vit);
        r.b.at(target, r.sp - 1);
        r.b.guard(IrOp.GUARD_NOT_NULL, "iterator exhausted", next);
        r.push(next, item);
        r.ip = i + 1;
    }

    /** FORMAT_VALUE {@code flags} at {@code i} of a {@link #plain} value (and an exact str spec when bit 2 says one follows). */
    void formatValue(int i, int flags) {
        boolean spec = (flags & 4) != 0;
        r.pops(i, spec ? 2 : 1);
        PyObject v = r.st[r.sp - (spec ? 2 : 1)], s = spec ? r.st[r.sp - 1] : null;
        if (!plain(v) || spec && s.getClass() != PyStr.class) {
            throw new RecordAbort("FORMAT_VALUE of a value not a builtin scalar", i);
        }
        PyObject value;
        try {
            value = spec ? TraceResiduals.formatSpec(flags, v, s) : TraceResiduals.format(flags, v);
        } catch (PyException e) {
            throw new RecordAbort("format raised while recording", i, e);
        }
        Ins vv = r.b.read(r.sp - (spec ? 2 : 1));
        guardClass(vv, v);
        Ins result;
        if (spec) {
            Ins vs = r.b.read(r.sp - 1);
            guardClass(vs, s);
            result = r.b.guard(IrOp.RESIDUAL, FORMAT_SPEC, r.b.constant(flags), vv, vs);
        } else if ((flags & 3) == 0 && v.getClass() == PyStr.class) {
            // an exact str formats as itself
            result = vv;
        } else {
            result = r.b.guard(IrOp.RESIDUAL, FORMAT, r.b.constant(flags), vv);
        }
        r.replace(spec ? 2 : 1, result, value);
        r.ip = i + 1;
    }

    /** BUILD_STRING {@code n} (2 to 8) at {@code i} of exact strs. */
    void buildString(int i, int n) {
        if (n < 2 || n >= STACK.length) {
            throw new RecordAbort("BUILD_STRING of more than 8 parts", i);
        }
        r.pops(i, n);
        Ins[] parts = new Ins[n];
        PyObject[] objs = new PyObject[n];
        for (int k = 0; k < n; k++) {
            objs[k] = r.st[r.sp - n + k];
            if (objs[k].getClass() != PyStr.class) {
                throw new RecordAbort("BUILD_STRING of a part not an exact str", i);
            }
            parts[k] = r.b.read(r.sp - n + k);
        }
        for (int k = 0; k < n; k++) {
            guardClass(parts[k], objs[k]);
        }
        PyObject value = TraceResiduals.join(objs.clone());
        Ins result;
        if (n < JOIN.length) {
            result = r.b.guard(IrOp.RESIDUAL, JOIN[n], parts);
        } else {
            Ins[] args = new Ins[n + 1];
            args[0] = r.b.constant(Op.BUILD_STRING | n << 8);
            System.arraycopy(parts, 0, args, 1, n);
            result = r.b.guard(IrOp.RESIDUAL, STACK[n], args);
        }
        r.replace(n, result, value);
        r.ip = i + 1;
    }

    /** Whether {@code o} hashes and compares without Python code: a {@link #plain} value or a tuple of such. */
    static boolean plainKey(PyObject o) {
        if (o.getClass() == PyTuple.class) {
            PyTuple t = (PyTuple) o;
            for (int k = 0; k < t.size(); k++) {
                if (!plain(t.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return plain(o);
    }

    /**
     * A stack-only instruction without control flow at {@code i} ({@code op} with {@code oparg},
     * popping {@code n} values and pushing one): RESIDUAL of {@link TraceResiduals#stackOp}, tier 1's
     * own implementation. BUILD_SET (items), BUILD_MAP (keys) and BUILD_CONST_KEY_MAP (keys: a constant
     * tuple) need keys whose hash runs no Python code: exact str/int/float/bool/None, guarded by class
     * (a tuple key: each item checked and the tuple's class guarded only when the tuple is a constant).
     */
    void stackOp(int i, int op, int oparg, int n) {
        if (n >= STACK.length) {
            throw new RecordAbort("residual stack op of more than 8 operands", i);
        }
        r.pops(i, n);
        PyObject[] objs = new PyObject[n];
        Ins[] vals = new Ins[n];
        for (int k = 0; k < n; k++) {
            objs[k] = r.st[r.sp - n + k];
            vals[k] = r.b.read(r.sp - n + k);
        }
        for (int k = 0; k < n; k++) {
            boolean key = switch (op) {
                case Op.BUILD_SET -> true;
                case Op.BUILD_MAP -> k % 2 == 0;
                case Op.BUILD_CONST_KEY_MAP -> k == n - 1;
                default -> false;
            };
            if (!key) {
                continue;
            }
            if (op == Op.BUILD_CONST_KEY_MAP ? vals[k].op != IrOp.CONST_REF || !plainKey(objs[k]) : !plain(objs[k])) {
                throw new RecordAbort("set item or dict key not a builtin scalar", i);
            }
            guardClass(vals[k], objs[k]);
        }
        if (op == Op.LIST_TO_TUPLE) {
            if (objs[0].getClass() != org.taipan.runtime.PyList.class) {
                throw new RecordAbort("LIST_TO_TUPLE of another type than an exact list", i);
            }
            guardClass(vals[0], objs[0]);
        }
        int what = op | oparg << 8;
        PyObject value;
        try {
            value = TraceResiduals.stackOp(what, objs.clone());
        } catch (PyException e) {
            throw new RecordAbort("residual op raised while recording", i, e);
        }
        Ins[] args = new Ins[n + 1];
        args[0] = r.b.constant(what);
        System.arraycopy(vals, 0, args, 1, n);
        Ins result = r.b.guard(IrOp.RESIDUAL, STACK[n], args);
        r.replace(n, result, value);
        r.ip = i + 1;
    }

    /**
     * UNPACK_EX {@code oparg} at {@code i} of an exact list or tuple: one RESIDUAL returns what tier 1
     * pushes as a tuple (ValueError when too short, raised at the instruction), then its items.
     */
    void unpackEx(int i, int oparg) {
        r.pops(i, 1);
        PyObject seq = r.st[r.sp - 1];
        if (seq.getClass() != PyTuple.class && seq.getClass() != org.taipan.runtime.PyList.class) {
            throw new RecordAbort("UNPACK_EX not of an exact tuple or list", i);
        }
        PyTuple pushed;
        try {
            pushed = (PyTuple) TraceResiduals.unpackEx(oparg, seq);
        } catch (PyException e) {
            throw new RecordAbort("UNPACK_EX raised while recording", i, e);
        }
        Ins vs = r.b.read(r.sp - 1);
        guardClass(vs, seq);
        Ins all = r.b.guard(IrOp.RESIDUAL, UNPACK_EX, r.b.constant(oparg), vs);
        r.pop();
        for (int k = 0; k < pushed.size(); k++) {
            r.push(r.b.emit(IrOp.TUPLE_GETITEM, null, all, r.b.constantI64(k)), pushed.get(k));
        }
        r.ip = i + 1;
    }

    /** MAP_ADD {@code oparg} at {@code i}: {@code (dict, ..., key, value -- dict, ...)}, the key a builtin scalar. */
    void mapAdd(int i, int oparg) {
        r.pops(i, 2);
        PyObject d = r.st[r.sp - 2 - oparg], key = r.st[r.sp - 2];
        if (d.getClass() != org.taipan.runtime.PyDict.class || !plain(key)) {
            throw new RecordAbort("MAP_ADD of a key not a builtin scalar", i);
        }
        if (r.inlineDepth() > 0) {
            // a colliding user key's __eq__ would run while the inlined frames do not exist
            throw new RecordAbort("MAP_ADD inside an inlined call", i);
        }
        Ins vd = r.b.read(r.sp - 2 - oparg), vk = r.b.read(r.sp - 2), vv = r.b.read(r.sp - 1);
        guardClass(vd, d);
        guardClass(vk, key);
        // a CALL_HELPER (an effect): a key already in the dict from tier 1's iterations may be a user
        // object whose __eq__ runs when the hashes collide
        r.b.guard(IrOp.CALL_HELPER, MAP_ADD, vd, vk, vv);
        TraceResiduals.mapAdd(d, key, r.st[r.sp - 1]);
        r.pop();
        r.pop();
        r.ip = i + 1;
    }

    /** SET_ADD {@code oparg} at {@code i}: {@code (set, ..., v -- set, ...)}, {@code v} a builtin scalar. */
    void setAdd(int i, int oparg) {
        r.pops(i, 1);
        PyObject s = r.st[r.sp - 1 - oparg], v = r.st[r.sp - 1];
        if (s.getClass() != org.taipan.runtime.PySet.class || !plain(v)) {
            throw new RecordAbort("SET_ADD of an item not a builtin scalar", i);
        }
        if (r.inlineDepth() > 0) {
            throw new RecordAbort("SET_ADD inside an inlined call", i);
        }
        Ins vs = r.b.read(r.sp - 1 - oparg), vv = r.b.read(r.sp - 1);
        guardClass(vs, s);
        guardClass(vv, v);
        r.b.guard(IrOp.CALL_HELPER, SET_ADD, vs, vv);
        TraceResiduals.setAdd(s, v);
        r.pop();
        r.ip = i + 1;
    }

    /** GUARD_CLASS of {@code v} on {@code o}'s class, unless {@code v} is a constant (then it is {@code o}) or a box of that class. */
    private void guardClass(Ins v, PyObject o) {
        if (v.op == IrOp.CONST_REF) {
            return;
        }
        if (v.op == IrOp.BOX_INT && o.getClass() == PyInt.class || v.op == IrOp.BOX_FLOAT && o.getClass() == PyFloat.class
                || v.op == IrOp.BOX_BOOL && o.getClass() == PyBool.class) {
            return;
        }
        r.b.guard(IrOp.GUARD_CLASS, o.getClass(), v);
    }
}
