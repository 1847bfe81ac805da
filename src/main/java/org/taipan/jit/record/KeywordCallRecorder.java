package org.taipan.jit.record;

import java.lang.reflect.Method;
import org.taipan.code.CodeObject;
import org.taipan.interp.TraceCalls;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyMethod;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;

/**
 * KW_NAMES and the CALL after it ({@code f(a, b=1)}): recorded as one step at the KW_NAMES, the
 * instruction tier 1 resumes at for the pair (a CALL run without its KW_NAMES would take the
 * keyword values for positional arguments), so every exit before the call leaves there.
 *
 * <p>A call of a plain Python function (or bound method, or LOAD_ATTR_METHOD's method form)
 * whose keywords name positional-or-keyword parameters, each given once, with defaults for the
 * rest, is inlined as {@link CallRecorder#call} inlines a positional call: the keyword values go
 * to their parameters' slots, the defaults in between are constants under GUARD_FUNCTION (which
 * checks the function's defaults), CPython's binding of {@code _PyEval_MakeFrameVector} for these
 * parameter kinds. Any other call (a builtin, a class, a function with keyword-only or variadic
 * parameters or a loop, keywords that do not bind) is tier 1's generic call with the names,
 * {@link TraceCalls#callKw}, run while recording too. A builtin that reads its caller's frame is
 * refused, as without keywords.
 */
final class KeywordCallRecorder {
    private KeywordCallRecorder() {}

    private static final Method CALL_KW = TraceHelpers.find(TraceCalls.class, "callKw", 4);

    /**
     * KW_NAMES at {@code i} with names tuple {@code names}, and the CALL at {@code i + 1}:
     * {@code [NULL, callable, args]} or {@code [function, self, args]}, the last {@code kwnames.length}
     * arguments the keyword values.
     */
    static void call(Recorder r, CallRecorder calls, int i, int names) {
        int word = r.code[i + 1];
        int argc = word >>> 8;
        String[] kwnames = r.f.code.kwnames(names);
        r.pops(i, argc + 2);
        PyObject[] st = r.st;
        int base = r.sp - argc - 2;
        PyObject a = st[base], c = st[base + 1];
        PyFunction fn = null;
        PyObject identity = null, boundSelf = null;
        int guardSlot = base + 1, firstArg = base + 2;
        if (a == null && c instanceof PyFunction pf) {
            fn = pf;
            identity = pf;
        } else if (a == null && c instanceof PyMethod m && m.function instanceof PyFunction pf) {
            fn = pf;
            identity = m;
            boundSelf = m.self;
        } else if (a instanceof PyFunction pf) {
            fn = pf;
            identity = pf;
            guardSlot = base;
            firstArg = base + 1;
        }
        if (fn != null) {
            int npos = r.sp - firstArg - kwnames.length + (boundSelf != null ? 1 : 0);
            int[] slots = bind(fn, npos, kwnames);
            if (slots != null && !(LoopCalls.hasLoop(fn.code) && !r.calleeLoops.unrolls(fn.code))
                    && (fn.code.code.flags & CodeObject.CO_GENERATOR) == 0
                    && !GeneratorRecorder.madeInTrace(r.b.read(guardSlot))) {
                String why = calls.notInlinable(fn, fn.code.simpleArgcount, 1);
                if (why == CallRecorder.RECURSION_LIMIT) {
                    throw new RecordAbort(why, i);
                }
                if (why == null || CallRecorder.inlinableByCode(why, identity, fn)) {
                    inline(r, calls, i, base, fn, identity, guardSlot, firstArg, boundSelf, slots);
                    return;
                }
            }
        }
        residual(r, calls, i, argc, kwnames, a != null);
    }

    /**
     * Where each argument of a call of {@code fn} with {@code npos} positional arguments then
     * keywords {@code kwnames} goes: {@code slots[k]} is the parameter slot of argument {@code k};
     * null when the keywords do not bind cleanly to positional-or-keyword parameters (a
     * positional-only name, an unknown or repeated one, a parameter left without a value), which
     * the generic call handles and raises for.
     */
    private static int[] bind(PyFunction fn, int npos, String[] kwnames) {
        CodeObject co = fn.code.code;
        int argcount = fn.code.simpleArgcount;
        if (argcount < 0 || npos > argcount) {
            return null;
        }
        int[] slots = new int[npos + kwnames.length];
        boolean[] given = new boolean[argcount];
        for (int k = 0; k < npos; k++) {
            slots[k] = k;
            given[k] = true;
        }
        for (int j = 0; j < kwnames.length; j++) {
            int p = -1;
            for (int s = co.posonlyargcount; s < argcount; s++) {
                if (co.varnames[s].equals(kwnames[j])) {
                    p = s;
                    break;
                }
            }
            if (p < 0 || given[p]) {
                return null;
            }
            given[p] = true;
            slots[npos + j] = p;
        }
        int firstDefault = argcount - (fn.defaults == null ? 0 : fn.defaults.size());
        for (int s = 0; s < argcount; s++) {
            if (!given[s] && s < firstDefault) {
                return null;
            }
        }
        return slots;
    }

    private static void inline(Recorder r, CallRecorder calls, int i, int base, PyFunction fn, PyObject identity,
                               int guardSlot, int firstArg, PyObject boundSelf, int[] slots) {
        Ins selfVal = calls.guardCallee(guardSlot, identity, fn);
        int argcount = fn.code.simpleArgcount;
        Ins[] argVals = new Ins[argcount];
        PyObject[] args = new PyObject[argcount];
        calls.gatherArgs(boundSelf, selfVal, firstArg, slots, args, argVals);
        PyTuple defaults = fn.defaults;
        int firstDefault = argcount - (defaults == null ? 0 : defaults.size());
        for (int s = 0; s < argcount; s++) {
            if (args[s] == null) {
                // a default GUARD_FUNCTION holds fixed (or read from the function, guarded by its code)
                args[s] = defaults.get(s - firstDefault);
                argVals[s] = calls.defaultValue(fn, s, firstDefault);
            }
        }
        // the callee returns to the CALL (the caller resumes after it; exits before it leave at the KW_NAMES)
        calls.enter(i + 1, base, -1, fn, argVals, args, Snapshot.CallKind.CALL, null, null, null);
    }

    private static void residual(Recorder r, CallRecorder calls, int i, int argc, String[] kwnames, boolean methodForm) {
        int base = r.sp - argc - 2;
        int callable = methodForm ? base : base + 1;
        int n = methodForm ? argc + 1 : argc;
        PyObject[] st = r.st;
        PyObject fn = st[callable];
        calls.guardCallable(i, callable);
        Ins vf = r.b.read(callable);
        Ins[] items = new Ins[n];
        for (int k = 0; k < n; k++) {
            items[k] = r.b.read(callable + 1 + k);
        }
        Ins tuple = r.b.emit(IrOp.NEW_TUPLE, null, items);
        Ins result = r.b.guard(IrOp.CALL_HELPER, CALL_KW, r.b.constant(Integer.valueOf(i + 1)), vf,
                r.b.constant(kwnames), tuple);
        PyObject value;
        try {
            value = calls.inFrames(i + 1, () -> TraceCalls.callKwRecorded(i + 1, fn, st, callable + 1, n, kwnames));
        } catch (PyException | StackOverflowError e) {
            // it ran: tier 1 must not run it again, but raise what it raised at this call
            throw new RecordAbort("call with keywords raised while recording", i, e);
        }
        r.replace(argc + 2, result, value);
        r.ip = i + 2;
    }
}
