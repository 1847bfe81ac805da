package org.taipan.jit.record;

import java.lang.reflect.Method;
import java.util.function.Supplier;
import org.taipan.code.Op;
import org.taipan.interp.TraceCalls;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * Instructions no typed recorder opens up, recorded as calls of tier 1's own operation instead of
 * aborting the recording, so the rest of the loop is still compiled: a generic LOAD_ATTR,
 * STORE_ATTR or DELETE_ATTR ({@code type(o).__name__}, {@code __getattr__}, a function's attributes) or one whose
 * inline cache does not take the object the recording sees, a unary operator on other operands
 * than builtin scalars (a big int, a class's {@code __neg__}), a {@code with} statement's entry, a
 * subscript, item store or delete, a rich comparison, or {@code in} on other objects than the
 * typed forms' (a user {@code __getitem__}, a deque, a key that is a tuple), a LOAD_GLOBAL
 * whose cache no longer holds, a call with {@code *args} or {@code **kwargs} (CALL_FUNCTION_EX,
 * its DICT_MERGE) and a dict display's {@code **m} (DICT_UPDATE). Each is a CALL_HELPER of a {@link org.taipan.interp.RunsPython} helper of
 * {@link TraceCalls}: Python code may run, so the loop frame's locals are written first, inlined
 * frames are made real, and the trace's body is not calm (nothing is hoisted across it). The
 * helper's exit resumes at the instruction with its operands, where tier 1 unwinds what it
 * raised. Run while recording too: if it raises, the recording stops with that exception raised
 * at the instruction.
 */
final class GenericOpRecorder {
    private GenericOpRecorder() {}

    private static final Method LOAD_ATTR = find("loadAttr", 3), STORE_ATTR = find("storeAttr", 4),
            GET_ITEM = find("getItem", 3), SET_ITEM = find("setItem", 4), DEL_ITEM = find("delItem", 3),
            CONTAINS = find("contains", 4), COMPARE = find("compare", 4), LOAD_GLOBAL = find("loadGlobal", 4),
            UNARY = find("unary", 3), DEL_ATTR = find("delAttr", 3), WITH_EXIT = find("withExit", 2), WITH_ENTER = find("withEnter", 2),
            CALL_EX = find("callEx", 5), DICT_MERGE = find("dictMerge", 4), DICT_UPDATE = find("dictUpdate", 3);

    private static Method find(String name, int arity) {
        return TraceHelpers.find(TraceCalls.class, name, arity);
    }

    /**
     * Emits the CALL_HELPER {@code m} of {@code args} (after the instruction index) and runs
     * {@code run} as the recorded iteration's own step, with the inlined frames made real.
     *
     * @return the helper's IR result; its value in {@code value[0]}
     */
    private static Ins call(Recorder r, int i, Method m, Ins[] args, Supplier<PyObject> run, PyObject[] value, String what) {
        Ins[] all = new Ins[args.length + 1];
        all[0] = r.b.constant(Integer.valueOf(i));
        System.arraycopy(args, 0, all, 1, args.length);
        Ins result = r.b.guard(IrOp.CALL_HELPER, m, all);
        try {
            value[0] = r.calls().inFrames(i, run);
        } catch (PyException | StackOverflowError e) {
            throw new RecordAbort(what + " raised while recording", i, e);
        }
        return result;
    }

    /** After a called operation at {@code i}: its {@code operands} popped, {@code result} (null: none) pushed. */
    private static void finish(Recorder r, int i, int operands, Ins result, PyObject value) {
        for (int k = 0; k < operands; k++) {
            r.pop();
        }
        if (result != null) {
            r.push(result, value);
        }
        r.ip = i + 1;
    }

    /**
     * Aborts on a frame object: its attributes read the frame's live state ({@code f_lineno},
     * {@code f_locals}), and the frames of inlined calls are made real anew for each helper call,
     * so a frame object kept from an earlier one would show where that call was.
     */
    private static void refuseFrame(int i, PyObject o) {
        if (o instanceof org.taipan.interp.Frame) {
            throw new RecordAbort("attribute of a frame object", i);
        }
    }

    /**
     * Generic LOAD_ATTR at {@code i}: {@code (o -- v)}, or {@code (o -- NULL, v)} in the method
     * form (the bound attribute called with no self added: what tier 1's method form amounts to).
     */
    static void loadAttr(Recorder r, int i, int oparg) {
        r.pops(i, 1);
        PyObject o = r.st[r.sp - 1];
        refuseFrame(i, o);
        PyStr name = r.f.code.names[oparg >> 1];
        PyObject[] v = new PyObject[1];
        Ins result = call(r, i, LOAD_ATTR, new Ins[] {r.b.read(r.sp - 1), r.b.constant(name)},
                () -> TraceCalls.loadAttrRecorded(i, o, name), v, "attribute load");
        r.pop();
        if ((oparg & 1) != 0) {
            r.push(r.b.constant(null), null);
        }
        r.push(result, v[0]);
        r.ip = i + 1;
    }

    /** Generic STORE_ATTR at {@code i}: {@code (v, o -- )}. */
    static void storeAttr(Recorder r, int i, int oparg) {
        r.pops(i, 2);
        PyObject o = r.st[r.sp - 1], v = r.st[r.sp - 2];
        refuseFrame(i, o);
        PyStr name = r.f.code.names[oparg];
        call(r, i, STORE_ATTR, new Ins[] {r.b.read(r.sp - 1), r.b.constant(name), r.b.read(r.sp - 2)},
                () -> TraceCalls.storeAttrRecorded(i, o, name, v), new PyObject[1], "attribute store");
        finish(r, i, 2, null, null);
    }

    /** DELETE_ATTR at {@code i}: {@code (o -- )}, {@code del o.name}. */
    static void delAttr(Recorder r, int i, int oparg) {
        r.pops(i, 1);
        PyObject o = r.st[r.sp - 1];
        refuseFrame(i, o);
        PyStr name = r.f.code.names[oparg];
        call(r, i, DEL_ATTR, new Ins[] {r.b.read(r.sp - 1), r.b.constant(name)},
                () -> TraceCalls.delAttrRecorded(i, o, name), new PyObject[1], "attribute delete");
        finish(r, i, 1, null, null);
    }

    /**
     * CALL_FUNCTION_EX at {@code i}: {@code (a, b, args[, kw] -- result)}, {@code f(*args, **kw)},
     * as a residual call (the callee runs in tier 1; its own loops may have traces).
     */
    static void callEx(Recorder r, int i, int oparg) {
        int n = (oparg & 1) != 0 ? 4 : 3;
        r.pops(i, n);
        int base = r.sp - n;
        PyObject a = r.st[base], b = r.st[base + 1], args = r.st[base + 2], kw = n == 4 ? r.st[base + 3] : null;
        refuseFrame(i, a == null ? b : a);
        Ins[] vals = {r.b.read(base), r.b.read(base + 1), r.b.read(base + 2), n == 4 ? r.b.read(base + 3) : r.b.constant(null)};
        PyObject[] v = new PyObject[1];
        Ins result = call(r, i, CALL_EX, vals, () -> TraceCalls.callExRecorded(i, a, b, args, kw), v, "call");
        finish(r, i, n, result, v[0]);
    }

    /** DICT_MERGE {@code oparg} at {@code i}: {@code (func, ..., d, ...[oparg - 1 entries], m -- func, ..., d, ...)}. */
    static void dictMerge(Recorder r, int i, int oparg) {
        r.pops(i, oparg + 3);
        int top = r.sp - 1;
        PyObject func = r.st[top - oparg - 2], d = r.st[top - oparg], m = r.st[top];
        call(r, i, DICT_MERGE, new Ins[] {r.b.read(top - oparg - 2), r.b.read(top - oparg), r.b.read(top)},
                () -> TraceCalls.dictMergeRecorded(i, func, d, m), new PyObject[1], "dict merge");
        finish(r, i, 1, null, null);
    }

    /** DICT_UPDATE {@code oparg} at {@code i}: {@code (d, ...[oparg - 1 entries], m -- d, ...)}. */
    static void dictUpdate(Recorder r, int i, int oparg) {
        r.pops(i, oparg + 1);
        int top = r.sp - 1;
        PyObject d = r.st[top - oparg], m = r.st[top];
        call(r, i, DICT_UPDATE, new Ins[] {r.b.read(top - oparg), r.b.read(top)},
                () -> TraceCalls.dictUpdateRecorded(i, d, m), new PyObject[1], "dict update");
        finish(r, i, 1, null, null);
    }

    /** BINARY_SUBSCR at {@code i} on what the typed forms do not take: {@code (o, k -- o[k])}. */
    static void getItem(Recorder r, int i) {
        r.pops(i, 2);
        PyObject o = r.st[r.sp - 2], k = r.st[r.sp - 1];
        PyObject[] v = new PyObject[1];
        Ins result = call(r, i, GET_ITEM, new Ins[] {r.b.read(r.sp - 2), r.b.read(r.sp - 1)},
                () -> TraceCalls.getItemRecorded(i, o, k), v, "subscript");
        finish(r, i, 2, result, v[0]);
    }

    /** STORE_SUBSCR at {@code i} on what the typed forms do not take: {@code (v, o, k -- )}. */
    static void setItem(Recorder r, int i) {
        r.pops(i, 3);
        PyObject v = r.st[r.sp - 3], o = r.st[r.sp - 2], k = r.st[r.sp - 1];
        call(r, i, SET_ITEM, new Ins[] {r.b.read(r.sp - 2), r.b.read(r.sp - 1), r.b.read(r.sp - 3)},
                () -> TraceCalls.setItemRecorded(i, o, k, v), new PyObject[1], "item store");
        finish(r, i, 3, null, null);
    }

    /** DELETE_SUBSCR at {@code i}: {@code (o, k -- )}. */
    static void delItem(Recorder r, int i) {
        r.pops(i, 2);
        PyObject o = r.st[r.sp - 2], k = r.st[r.sp - 1];
        call(r, i, DEL_ITEM, new Ins[] {r.b.read(r.sp - 2), r.b.read(r.sp - 1)},
                () -> TraceCalls.delItemRecorded(i, o, k), new PyObject[1], "item delete");
        finish(r, i, 2, null, null);
    }

    /**
     * CONTAINS_OP at {@code i} ({@code (x, c -- x in c)}, {@code invert} for {@code not in}) on what
     * the typed form does not take. Of the fused CONTAINS_OP__POP_JUMP only the test is recorded
     * here: the POP_JUMP is the next instruction's word and records on its own, so an exit there
     * resumes after the test (a {@code __contains__} never runs twice).
     */
    static void contains(Recorder r, int i, int invert) {
        r.pops(i, 2);
        PyObject x = r.st[r.sp - 2], c = r.st[r.sp - 1];
        PyObject[] v = new PyObject[1];
        Ins result = call(r, i, CONTAINS, new Ins[] {r.b.read(r.sp - 2), r.b.read(r.sp - 1), r.b.constant(Integer.valueOf(invert))},
                () -> TraceCalls.containsRecorded(i, x, c, invert), v, "'in'");
        finish(r, i, 2, result, v[0]);
    }

    /**
     * COMPARE_OP {@code cmp} (0..5) at {@code i} on objects that are not builtin scalars
     * ({@code __lt__}, {@code __eq__} of a class, a tuple's items): tier 1's rich comparison. Of a
     * fused _JUMP form only the test is recorded here, as for {@link #contains}.
     */
    static void compare(Recorder r, int i, int cmp) {
        r.pops(i, 2);
        PyObject a = r.st[r.sp - 2], c = r.st[r.sp - 1];
        PyObject[] v = new PyObject[1];
        Ins result = call(r, i, COMPARE, new Ins[] {r.b.constant(Integer.valueOf(cmp)), r.b.read(r.sp - 2), r.b.read(r.sp - 1)},
                () -> TraceCalls.compareRecorded(i, cmp, a, c), v, "comparison");
        finish(r, i, 2, result, v[0]);
    }

    /**
     * UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT or UNARY_NOT ({@code op}) at {@code i} on what
     * {@link NumberRecorder} does not take: {@code (v -- op v)}, tier 1's operation called.
     */
    static void unary(Recorder r, int i, int op) {
        r.pops(i, 1);
        PyObject x = r.st[r.sp - 1];
        PyObject[] v = new PyObject[1];
        Ins result = call(r, i, UNARY, new Ins[] {r.b.constant(Integer.valueOf(op)), r.b.read(r.sp - 1)},
                () -> TraceCalls.unaryRecorded(i, op, x), v, "unary operator");
        finish(r, i, 1, result, v[0]);
    }

    /**
     * The truth of the top of the stack at the conditional jump {@code i} when the typed tests do
     * not take it: tier 1's {@code not} ({@code TraceCalls.unary} with UNARY_NOT, CPython's
     * {@code PyObject_IsTrue}, which may run {@code __bool__} or {@code __len__}), then a guard on
     * its result. The call's own exit (what the truth test raised) resumes at the jump with the
     * value on the stack, where tier 1 unwinds it; the guard's resumes where the jump goes for the
     * other outcome ({@code ifTrueIp} with the stack {@code ifTrueSp} deep, or
     * {@code ifFalseIp}/{@code ifFalseSp}), as the test has already run. The value stays on the
     * recorder's stack for the caller to pop.
     *
     * @return the truth the recorded iteration saw
     */
    static boolean truth(Recorder r, int i, int ifTrueIp, int ifTrueSp, int ifFalseIp, int ifFalseSp) {
        PyObject x = r.st[r.sp - 1];
        PyObject[] v = new PyObject[1];
        Ins not = call(r, i, UNARY, new Ins[] {r.b.constant(Integer.valueOf(Op.UNARY_NOT)), r.b.read(r.sp - 1)},
                () -> TraceCalls.unaryRecorded(i, Op.UNARY_NOT, x), v, "truth test");
        boolean truth = v[0] == PyBool.FALSE;
        r.b.at(truth ? ifFalseIp : ifTrueIp, truth ? ifFalseSp : ifTrueSp);
        r.b.guard(IrOp.GUARD_IS, v[0], not);
        r.b.at(i, r.sp);
        return truth;
    }

    /**
     * BEFORE_WITH at {@code i}: {@code (mgr -- exit, mgr.__enter__())}, as two called operations:
     * the look-ups and the bound {@code __exit__} ({@code TraceCalls.withExit}), then the call of
     * {@code __enter__}. The block's normal end calls the bound exit as any callable made in the
     * trace; an exception inside the block leaves the trace, and tier 1 runs the handler.
     */
    static void beforeWith(Recorder r, int i) {
        r.pops(i, 1);
        PyObject mgr = r.st[r.sp - 1];
        Ins vm = r.b.read(r.sp - 1);
        PyObject[] exit = new PyObject[1];
        Ins ex = call(r, i, WITH_EXIT, new Ins[] {vm}, () -> TraceCalls.withExitRecorded(i, mgr), exit, "context manager");
        r.pop();
        r.push(ex, exit[0]);
        PyObject[] entered = new PyObject[1];
        Ins en = call(r, i, WITH_ENTER, new Ins[] {vm}, () -> TraceCalls.withEnterRecorded(i, mgr), entered, "__enter__");
        r.push(en, entered[0]);
        r.ip = i + 1;
    }

    /**
     * LOAD_GLOBAL at {@code i} (a specialized form whose cache no longer holds): the frame's
     * globals, then its builtins, read by name as tier 1's generic LOAD_GLOBAL does, {@code ( --
     * [NULL], v)}. The dicts are the frame's (the loop's own, or an inlined function's, whose
     * identity the trace guards): constants.
     */
    static void loadGlobal(Recorder r, int i, int oparg) {
        PyStr name = r.f.code.names[oparg >> 1];
        PyDict globals = r.f.globals, builtins = r.f.builtins;
        PyObject[] v = new PyObject[1];
        Ins result = call(r, i, LOAD_GLOBAL, new Ins[] {r.b.constant(globals), r.b.constant(builtins), r.b.constant(name)},
                () -> TraceCalls.loadGlobalRecorded(i, globals, builtins, name), v, "global load");
        if ((oparg & 1) != 0) {
            r.push(r.b.constant(null), null);
        }
        r.push(result, v[0]);
        r.ip = i + 1;
    }
}
