package org.taipan.jit.record;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import org.taipan.code.CodeObject;
import org.taipan.code.Op;
import org.taipan.interp.AttrCacheProbe;
import org.taipan.interp.CallEnd;
import org.taipan.interp.Eval;
import org.taipan.interp.Frame;
import org.taipan.interp.InlineCallProbe;
import org.taipan.interp.TraceCalls;
import org.taipan.jit.ir.FunctionShape;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyInstance;
import org.taipan.runtime.PyMethod;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;
import org.taipan.runtime.Shape;

/**
 * The recorder following Python calls (issue 7: "inlined a few frames deep"): a CALL of a plain
 * Python function, of a bound method object, or of a method found by LOAD_ATTR_METHOD makes the
 * real callee frame as tier 1's CALL_PY_EXACT_ARGS does and records the callee's instructions in
 * it; its RETURN_VALUE pops back to the caller with the result (LuaJIT's {@code rec_call} /
 * {@code rec_ret}, PyPy's inlining of the traced interpreter's calls).
 *
 * <p>Guards: the callee's identity (GUARD_IS on the function or bound method, unless the trace
 * holds it as a constant already, as after GUARD_GLOBAL); for a method, the receiver's type and
 * version (and its shape when an instance attribute could shadow the method), as tier 1's
 * LOAD_ATTR_METHOD cache checks; and GUARD_FUNCTION, the function's code and defaults (which tier 1
 * reads on every call). So a rebound global, a monkey-patched method or a replaced
 * {@code __code__}/{@code __defaults__} leaves the trace. A function whose code's functions vary
 * (closures made anew by each call of the function around them, {@code PyCode.jitFunctionsVary})
 * is checked by its code, globals and number of defaults instead of its identity, and its cells
 * and defaults are read from whichever function of that code is called.
 *
 * <p>Snapshots inside a callee carry the function and the caller's snapshot at its CALL (the
 * contract in {@link Snapshot}); every bound slot of the callee has an IR value (arguments,
 * defaults and closure cells as constants). Refused, with a stable reason: generators and
 * coroutines, functions with keyword-only or variadic parameters or cell variables, calls whose
 * arguments do not fill the parameters, more than {@link #MAX_DEPTH} nested inlined frames besides
 * {@code __init__}s (which add at most {@link #MAX_INIT_EXTRA} more), a
 * call tier 1 would refuse with RecursionError. A function with loops is inlined only when
 * {@link CalleeLoops} unrolls them (else it is a residual call, {@link LoopCalls}).
 *
 * <p>An abort inside a callee leaves real, half-run callee frames: {@link #finishAfterAbort}
 * finishes them with tier 1 ({@code Eval.finishCalls}) and leaves the loop's frame after the CALL.
 */
final class CallRecorder {
    /**
     * Inlined frames at most, nested, not counting {@code __init__}s (the loop's own frame not
     * counted): 4 for raytrace's loop -> Camera.ray -> unit -> length -> __matmul__ (with
     * Ray.__init__ between the first two).
     */
    static final int MAX_DEPTH = 4;
    /** Inlined {@code __init__} frames allowed on top of {@link #MAX_DEPTH}. */
    static final int MAX_INIT_EXTRA = 2;

    private static final int GENERATOR_FLAGS = CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE
            | CodeObject.CO_ITERABLE_COROUTINE | CodeObject.CO_ASYNC_GENERATOR;

    private final Recorder r;
    /** The callers of the frame being recorded, innermost first. */
    private final ArrayDeque<InlinedFrame> callers = new ArrayDeque<>();
    /** Recursion levels the open inlined frames count in tier 1 (an {@code __init__} two), and their maximum. */
    private int levels, maxLevels;
    /** Open inlined frames that are {@code __init__}s. */
    private int inits;

    CallRecorder(Recorder r) {
        this.r = r;
    }

    /** Inlined frames open now (0 in the loop's own frame). */
    int depth() {
        return callers.size();
    }

    /** The code objects of the inlined frames open now, innermost first (empty in the loop's own frame). */
    java.util.List<org.taipan.runtime.PyCode> inlinedCodes() {
        java.util.List<org.taipan.runtime.PyCode> codes = new java.util.ArrayList<>();
        if (callers.isEmpty()) {
            return codes;
        }
        codes.add(r.f.code);
        int k = 1;
        for (InlinedFrame c : callers) {
            if (k++ < callers.size()) {
                codes.add(c.caller().code);
            }
        }
        return codes;
    }

    /** The most recursion levels the recording's inlined frames counted at once (an {@code __init__} counts two). */
    int maxDepth() {
        return maxLevels;
    }

    /**
     * LOAD_ATTR_METHOD {@code (obj -- method, obj)}: the function (or builtin method descriptor, which
     * the CALL after it then handles or refuses) the instruction's cache finds on
     * the receiver's type, as a constant, under the cache's guards.
     */
    void loadMethod(int i, int oparg) {
        r.pops(i, 1);
        PyObject obj = r.st[r.sp - 1];
        Shape[] shadow = new Shape[1];
        PyObject m = AttrCacheProbe.cachedTypeAttr(r.f.code, i, obj, shadow);
        if (m == null && org.taipan.interp.EagerQuickening.extendOnMiss(r.f, i, r.sp)) {
            m = AttrCacheProbe.cachedTypeAttr(r.f.code, i, obj, shadow);
        }
        if (m == null) {
            // a class the site's cache does not take: tier 1's lookup, the bound attribute
            // called with no self added (the CALL after it takes a bound method as any callable)
            GenericOpRecorder.loadAttr(r, i, oparg);
            return;
        }
        Ins vo = r.b.read(r.sp - 1);
        Speculation.typeVersion(r.b, obj.type(), vo);
        Speculation.unshadowed(r.b, shadow[0], r.f.code.names[oparg >> 1], vo);
        r.st[r.sp - 1] = m;
        r.b.write(r.sp - 1, r.b.constant(m));
        r.push(vo, obj);
        r.ip = i + 1;
    }

    /**
     * CALL, CALL_PY_EXACT_ARGS and CALL_PY_EXACT_ARGS_POP of {@code argc} positional arguments
     * ({@code [NULL, callable, args]} or {@code [function, self, args]}): enters the callee.
     */
    void call(int i, int op, int argc) {
        r.pops(i, argc + 2);
        PyObject[] st = r.st;
        int base = r.sp - argc - 2;
        PyObject a = st[base], c = st[base + 1];
        PyFunction fn;
        PyObject identity;
        int guardSlot, firstArg;
        PyObject boundSelf = null;
        if (a == null && c instanceof PyFunction pf) {
            fn = pf;
            identity = pf;
            guardSlot = base + 1;
            firstArg = base + 2;
        } else if (a == null && c instanceof PyMethod m && m.function instanceof PyFunction pf) {
            fn = pf;
            identity = m;
            boundSelf = m.self;
            guardSlot = base + 1;
            firstArg = base + 2;
        } else if (a instanceof PyFunction pf) {
            fn = pf;
            identity = pf;
            guardSlot = base;
            firstArg = base + 1;
        } else if (a == null && c instanceof PyType t) {
            PyFunction init = InlineCallProbe.initOf(t, argc);
            // an __init__ with a loop, or one not inlinable here, stays a tier-1 call (its loop gets its own trace)
            String why = init == null ? null : notInlinable(init, argc + 1, 2);
            if (init != null && !LoopCalls.hasLoop(init.code) && InitRecorder.inlinable(this, init)
                    && (why == null || why == RECURSION_LIMIT)) {
                InitRecorder.call(r, this, i, op, argc, t, init);
            } else {
                callOpaque(i, argc, false);
            }
            return;
        } else if (a instanceof org.taipan.runtime.PyMethodDescr) {
            r.descriptors().call(i, argc);
            return;
        } else {
            // a builtin method held in a variable, a callable instance, a partial: tier 1's call
            guardCallable(i, a != null ? base : base + 1);
            callOpaque(i, argc, a != null);
            return;
        }
        if (LoopCalls.hasLoop(fn.code) && !r.calleeLoops.unrolls(fn.code)) {
            LoopCalls.residual(r, i, op, base, guardSlot);
            return;
        }
        int nargs = r.sp - firstArg + (boundSelf != null ? 1 : 0);
        if (callers.isEmpty() && ((fn.code.code.flags & CodeObject.CO_GENERATOR) != 0
                || GeneratorRecorder.madeInTrace(r.b.read(guardSlot)))) {
            // a generator function only makes the generator (its body runs when resumed); a function
            // made in this iteration is a new object with new cells each time: called, not inlined
            callOpaque(i, argc, a != null);
            return;
        }
        String why = notInlinable(fn, nargs, 1);
        if (why == RECURSION_LIMIT) {
            throw new RecordAbort(why, i);
        }
        if (inlinableByCode(why, identity, fn)) {
            why = null;
        }
        if (why != null || GeneratorRecorder.madeInTrace(r.b.read(guardSlot))) {
            // not opened up (cells, keyword-only or variadic parameters, a generator function, too deep): called as tier 1 calls it
            LoopCalls.residual(r, i, op, base, guardSlot);
            return;
        }
        Ins selfVal = guardCallee(guardSlot, identity, fn);
        // nothing below aborts: the frames change from here on
        Ins[] argVals = new Ins[nargs];
        PyObject[] args = new PyObject[nargs];
        gatherArgs(boundSelf, selfVal, firstArg, null, args, argVals);
        int popWord = op == Op.CALL_PY_EXACT_ARGS_POP ? r.code[i + 1] : -1;
        enter(i, base, popWord, fn, argVals, args, Snapshot.CallKind.CALL, null, null, null);
    }

    /**
     * Guards an inlined callee: the object called (stack slot {@code guardSlot}, the function or
     * bound method {@code identity}) by identity unless the trace holds it as a constant, and
     * GUARD_FUNCTION on {@code fn}'s code and defaults. A bound method the trace does not hold as a
     * constant is a new object for each binding (one a called operation made, {@code C.classmethod} or a
     * {@code __getattr__}, every iteration; one read from a variable, {@code get = src.get} before the loop,
     * each call of the function holding it), so that an identity guard would keep failing: its
     * class and function are guarded instead, and its self is read from it.
     *
     * @return for a bound method, the IR value of its self (a constant when its identity is
     *         guarded or known); null for a function
     */
    Ins guardCallee(int guardSlot, PyObject identity, PyFunction fn) {
        Ins vf = r.b.read(guardSlot);
        boolean known = vf.op == IrOp.CONST_REF && vf.aux == identity;
        Ins self = null;
        if (identity instanceof PyMethod m) {
            if (known) {
                self = r.b.constant(m.self);
            } else {
                r.b.guard(IrOp.GUARD_CLASS, PyMethod.class, vf);
                r.b.guard(IrOp.GUARD_IS, fn, r.b.guard(IrOp.RESIDUAL, METHOD_FUNCTION, vf));
                self = r.b.guard(IrOp.RESIDUAL, METHOD_SELF, vf);
            }
        } else if (!known) {
            if (fn.code.jitFunctionsVary) {
                // (a plain function: inlinableByCode) any function of this code with as many
                // defaults runs the inlined body; enter reads its cells and defaults from it
                Ins same = r.b.guard(IrOp.RESIDUAL, FUNCTION_OF_CODE, vf, r.b.constant(fn.code),
                        r.b.constant(fn.globals), r.b.constant(fn.builtins),
                        r.b.constant(Integer.valueOf(fn.defaults == null ? 0 : fn.defaults.size())));
                r.b.guard(IrOp.GUARD_IS, org.taipan.runtime.PyBool.TRUE, same);
                codeGuarded = vf;
                return null;
            }
            r.b.guard(IrOp.GUARD_IS, identity, vf);
        }
        r.b.guard(IrOp.GUARD_FUNCTION, FunctionShape.of(fn));
        return self;
    }

    /**
     * Set by {@link #guardCallee} when it guarded the callee by its code, not its identity: the
     * callee's IR value, from which {@link #enter} (called next) reads the closure's cells.
     */
    private Ins codeGuarded;

    /**
     * The IR value of positional default {@code s - firstDefault} of {@code fn}, which fills
     * parameter {@code s} of the call being entered: a constant, or, when {@link #guardCallee}
     * guarded the callee by its code, a read from whichever function of it is called.
     */
    Ins defaultValue(PyFunction fn, int s, int firstDefault) {
        Integer j = Integer.valueOf(s - firstDefault);
        return codeGuarded != null ? r.b.guard(IrOp.RESIDUAL, FUNCTION_DEFAULT, codeGuarded, r.b.constant(j))
                : r.b.constant(fn.defaults.get(j));
    }

    private static final java.lang.reflect.Method FUNCTION_OF_CODE =
            TraceHelpers.find(org.taipan.interp.TraceResiduals.class, "functionOfCode", 5);
    private static final java.lang.reflect.Method FUNCTION_DEFAULT =
            TraceHelpers.find(org.taipan.interp.TraceResiduals.class, "functionDefault", 2);
    private static final java.lang.reflect.Method FUNCTION_CELL =
            TraceHelpers.find(org.taipan.interp.TraceResiduals.class, "functionCell", 2);

    private static final java.lang.reflect.Method METHOD_FUNCTION =
            TraceHelpers.find(org.taipan.interp.TraceResiduals.class, "methodFunction", 1);
    private static final java.lang.reflect.Method METHOD_SELF =
            TraceHelpers.find(org.taipan.interp.TraceResiduals.class, "methodSelf", 1);

    /**
     * An inlined call's arguments as it passes them: {@code boundSelf} (if not null; its IR value
     * {@code selfVal}, from {@link #guardCallee}) first, then the stack from {@code firstArg} to
     * the top; argument {@code k} goes to parameter {@code slots[k]} ({@code slots} null: in
     * order), its value into {@code args}, its IR value into {@code argVals}.
     */
    void gatherArgs(PyObject boundSelf, Ins selfVal, int firstArg, int[] slots, PyObject[] args, Ins[] argVals) {
        int k = 0;
        if (boundSelf != null) {
            args[0] = boundSelf;
            argVals[0] = selfVal;
            k = 1;
        }
        for (int s = firstArg; s < r.sp; s++, k++) {
            int p = slots == null ? k : slots[k];
            args[p] = r.st[s];
            argVals[p] = r.b.read(s);
        }
    }

    /**
     * Enters an inlined call of {@code fn} from the instruction at {@code i} of the frame being
     * recorded (checked and guarded by the caller): the callee's frame made as tier 1 makes it
     * ({@code args} in its first locals, defaults, cells), the caller left waiting at {@code i}
     * with its stack cut to {@code base} (the instruction's operands popped), and recording goes
     * on in the callee.
     *
     * @param popWord  CALL_PY_EXACT_ARGS_POP's fused next word, else -1
     * @param kind     what kind of call this is (how the caller takes the result)
     * @param result   for {@link Snapshot.CallKind#INIT}: the instance's IR value (the caller's
     *                 result), else null
     * @param instance for INIT: the instance
     * @param end      the callee frame's {@link CallEnd} (null for a plain call)
     */
    void enter(int i, int base, int popWord, PyFunction fn, Ins[] argVals, PyObject[] args, Snapshot.CallKind kind,
               Ins result, PyObject instance, CallEnd end) {
        Frame callee = InlineCallProbe.frameFor(fn, args.length);
        callee.callEnd = end;
        Ins[] vals = new Ins[callee.stack.length];
        for (int k = 0; k < args.length; k++) {
            callee.fast[k] = args[k];
            vals[k] = argVals[k];
        }
        int firstFree = fn.code.nlocalsplus - fn.code.leadingCopyFreeVars;
        int argcount = fn.code.simpleArgcount;
        int firstDefault = argcount - (fn.defaults == null ? 0 : fn.defaults.size());
        for (int s = 0; s < callee.stackBase; s++) {
            // the defaults and a closure's cells frameFor stored: fixed for this function object,
            // or, guarded by code, those of whichever function of it is called
            if (vals[s] == null && callee.fast[s] != null) {
                if (codeGuarded != null && s >= firstFree && s < fn.code.nlocalsplus) {
                    vals[s] = r.b.guard(IrOp.RESIDUAL, FUNCTION_CELL, codeGuarded, r.b.constant(Integer.valueOf(s - firstFree)));
                } else if (s < argcount && s >= firstDefault) {
                    vals[s] = defaultValue(fn, s, firstDefault);
                } else {
                    vals[s] = r.b.constant(callee.fast[s]);
                }
            }
        }
        codeGuarded = null;
        Snapshot parent = r.b.callerSnapshot(i, base);
        while (r.sp > base) {
            r.pop();
        }
        Frame caller = r.f;
        caller.lasti = i;
        caller.ip = i;
        caller.sp = base;
        int levels = kind == Snapshot.CallKind.INIT ? 2 : 1;
        callers.push(new InlinedFrame(caller, i, base, popWord, r.floor, kind, result, instance, levels));
        this.levels += levels;
        if (kind == Snapshot.CallKind.INIT) {
            inits++;
        }
        maxLevels = Math.max(maxLevels, this.levels);
        r.b.enterCall(fn.code, fn, vals, parent, kind);
        r.f = callee;
        r.st = callee.stack;
        r.code = fn.code.instrs;
        r.ip = callee.ip;
        r.sp = callee.sp;
        r.floor = callee.stackBase;
    }

    /**
     * Starts a bridge inside the calls an exit of the loop's trace had inlined: {@code chain}
     * (innermost first) are the callee frames the exit re-created and held
     * ({@code ExitPoint.held}), the recorder is in the loop's frame waiting at its CALL. Each
     * frame is entered as {@link #enter} would have entered it, outermost first, its slots the
     * bridge's entry values ({@link IrOp#HELD_SLOT}, constants where the exit's snapshot had
     * constants), so the bridge's snapshots chain through the same callers and its RETURN_VALUEs
     * pop back to them. Callers resume after their CALL (tier 1's {@code Eval.finishCalls} does
     * the same with a CALL_PY_EXACT_ARGS_POP: the fused word runs as the next instruction).
     *
     * @param chain the held frames, {@code chain[d]} re-created from the {@code d}-th snapshot of
     *              {@code from.snapshot}'s chain
     * @param from  the exit that held them (the bridge's entry values are read from it)
     */
    void resume(Frame[] chain, org.taipan.jit.exit.ExitPoint from) {
        Snapshot[] snaps = new Snapshot[chain.length];
        // where each frame's values start among the exit block's (innermost frame first)
        int[] first = new int[chain.length];
        Snapshot s = from.snapshot;
        for (int d = 0, n = 0; d < chain.length; d++, s = s.parent()) {
            snaps[d] = s;
            first[d] = n;
            for (Ins v : s.slots()) {
                if (org.taipan.jit.exit.ExitPoint.passed(v)) {
                    n++;
                }
            }
        }
        for (int d = chain.length - 1; d >= 0; d--) {
            Snapshot cs = snaps[d];
            Frame callee = chain[d];
            Ins[] vals = new Ins[callee.stack.length];
            Ins[] recorded = cs.slots();
            int index = first[d];
            for (int k = 0; k < cs.sp(); k++) {
                Ins v = recorded[k];
                if (v == null) {
                    continue;  // an empty slot of an inlined frame
                }
                vals[k] = !org.taipan.jit.exit.ExitPoint.passed(v) ? r.b.constant(v.aux)
                        : r.b.held(new org.taipan.jit.exit.HeldSlot(from, d, k, index++));
            }
            Snapshot caller = cs.parent();
            Snapshot parent = r.b.callerSnapshot(caller.ip(), caller.sp());
            Snapshot.CallKind kind = cs.kind();
            boolean init = kind == Snapshot.CallKind.INIT;
            int lv = init ? 2 : 1;
            callers.push(new InlinedFrame(r.f, caller.ip(), caller.sp(), -1, r.floor, kind,
                    init ? vals[0] : null, init ? callee.fast[0] : null, lv));
            levels += lv;
            if (init) {
                inits++;
            }
            maxLevels = Math.max(maxLevels, levels);
            r.b.enterCall(cs.code(), cs.function(), vals, parent, kind);
            r.f = callee;
            r.st = callee.stack;
            r.code = cs.code().instrs;
            r.ip = callee.ip;
            r.sp = callee.sp;
            r.floor = callee.stackBase;
        }
    }

    /**
     * Runs {@code call} (Python code the recording runs at instruction {@code i} of the frame being
     * recorded) with the inlined frames pushed on the thread as tier 1 would have them: each
     * caller waiting at its CALL, the innermost frame's {@code lasti} at {@code i}, the recursion
     * levels counted; popped again after, whatever happens. In the loop's own frame it only runs
     * {@code call}. The trace makes the same call with the frames re-created
     * ({@code exit.RealFrames}).
     */
    <T> T inFrames(int i, java.util.function.Supplier<T> call) {
        if (callers.isEmpty()) {
            return call.get();
        }
        org.taipan.runtime.ThreadState ts = r.ts;
        Frame[] chain = new Frame[callers.size()];
        chain[0] = r.f;
        int k = 1;
        for (InlinedFrame c : callers) {
            if (k < chain.length) {
                chain[k++] = c.caller();
            }
        }
        Frame running = ts.frame;
        int depth = ts.depth;
        r.f.lasti = i;
        for (int j = chain.length - 1; j >= 0; j--) {
            chain[j].back = ts.frame;
            ts.frame = chain[j];
        }
        ts.depth += levels;
        try {
            return call.get();
        } finally {
            ts.frame = running;
            ts.depth = depth;
        }
    }

    /**
     * LOAD_ATTR_PROPERTY at {@code i}: {@code (obj -- getter(obj))}. The type is guarded under its
     * version (the property and its getter stay what they were) and the getter is called as tier 1
     * calls it, not opened up: a CALL_HELPER of one argument, run while recording too (a getter that
     * raises then stops the recording with the exception raised here, as a residual class call does).
     */
    void loadProperty(int i) {
        r.pops(i, 1);
        PyObject obj = r.st[r.sp - 1];
        PyObject getter = AttrCacheProbe.cachedPropertyGetter(r.f.code, i, obj);
        if (getter == null) {
            throw new RecordAbort("LOAD_ATTR_PROPERTY cache miss", i);
        }
        Ins vo = r.b.read(r.sp - 1);
        Speculation.typeVersion(r.b, obj.type(), vo);
        Ins result = r.b.guard(IrOp.CALL_HELPER, CALL_HELPERS[1], r.b.constant(Integer.valueOf(i)), r.b.constant(getter), vo);
        PyObject value;
        try {
            value = inFrames(i, () -> TraceCalls.callRecorded(i, getter, new PyObject[] {obj}, 0, 1));
        } catch (PyException | StackOverflowError e) {
            // it ran: tier 1 must not run it again, but raise what it raised at this instruction
            throw new RecordAbort("property getter raised while recording", i, e);
        }
        r.replace(1, result, value);
        r.ip = i + 1;
    }

    /** BINARY_OP_USER at {@code i} with operator {@code nb}: the dunder inlined ({@link DunderRecorder}). */
    void binaryUser(int i, int nb) {
        DunderRecorder.binary(r, this, i, nb);
    }

    /**
     * CALL_PY_CLASS (or CALL) of a class, {@code [NULL, class, args]}: not opened up but called as
     * tier 1's generic CALL does ({@link TraceCalls}, a CALL_HELPER whose exit resumes at the CALL
     * with its operands, where tier 1 unwinds what it raises). Run while recording too: if it
     * raises, recording stops with the exception raised at the CALL. In the loop's own frame (the
     * running frame) or inside inlined calls, whose frames are made real for it ({@link #inFrames},
     * {@code exit.RealFrames}), so the callee's {@code f_back}, recursion depth and its callers'
     * {@code lasti} are tier 1's.
     */
    private void callOpaque(int i, int argc, boolean methodForm) {
        // [NULL, callable, args] or, methodForm, [callable, self, args] (a generator expression's [function, iterator])
        int n = methodForm ? argc + 1 : argc;
        int base = r.sp - argc - 2;
        int callable = methodForm ? base : base + 1;
        PyObject[] st = r.st;
        Ins result = genericCall(i, callable, n);
        PyObject value;
        try {
            value = inFrames(i, () -> TraceCalls.callRecorded(i, st[callable], st, callable + 1, n));
        } catch (PyException | StackOverflowError e) {
            // it ran: tier 1 must not run it again, but raise what it raised at this CALL
            throw new RecordAbort("class call raised while recording", i, e);
        }
        r.replace(argc + 2, result, value);
        r.ip = i + 1;
    }

    /**
     * Guards the callable a residual call at {@code i} finds in stack slot {@code callable}, unless
     * the trace holds it as a constant: a builtin function by identity (one that reads its caller's
     * frame, {@link #FRAME_BUILTINS}, aborts), anything else by type, so that no such builtin is
     * called from the trace later in its place.
     */
    void guardCallable(int i, int callable) {
        PyObject fn = r.st[callable];
        Ins vf = r.b.read(callable);
        if (fn instanceof org.taipan.runtime.PyBuiltinFunction bf) {
            checkFrameBuiltin(i, bf);
        }
        if (vf.op == IrOp.CONST_REF && vf.aux == fn) {
            return;
        }
        if (fn instanceof org.taipan.runtime.PyBuiltinFunction bf && bf.self() != null) {
            // a bound builtin method (a lock's __exit__ a called operation bound, `append =
            // out.append` before the loop): a new object for each binding, so its type and that
            // it is bound are guarded, not its identity; no frame builtin is bound
            r.b.guard(IrOp.GUARD_TYPE, fn.type(), vf);
            r.b.guard(IrOp.GUARD_IS, org.taipan.runtime.PyBool.TRUE, r.b.guard(IrOp.RESIDUAL, BOUND_BUILTIN, vf));
        } else if (fn instanceof org.taipan.runtime.PyBuiltinFunction) {
            r.b.guard(IrOp.GUARD_IS, fn, vf);
        } else {
            r.b.guard(IrOp.GUARD_TYPE, fn.type(), vf);
        }
    }

    private static final java.lang.reflect.Method BOUND_BUILTIN =
            TraceHelpers.find(org.taipan.interp.TraceResiduals.class, "boundBuiltin", 1);

    /**
     * Aborts at a call of a builtin that reads its caller's frame ({@link #FRAME_BUILTINS}), and
     * at {@code sys._getframe} inside an inlined call: the frame object it returns, made real for
     * the call ({@code exit.RealFrames}), may be kept, and the trace would go on without it,
     * leaving its {@code f_locals} and {@code f_lineno} as they were at the call.
     */
    private void checkFrameBuiltin(int i, org.taipan.runtime.PyBuiltinFunction bf) {
        if (FRAME_BUILTINS.contains(bf.name())) {
            throw new RecordAbort("builtin that reads its caller's frame", i);
        }
        if (!callers.isEmpty() && "_getframe".equals(bf.name())) {
            // (sys._getframe: no other builtin function has the name)
            throw new RecordAbort("sys._getframe in an inlined call", i);
        }
    }

    /** Builtins that read or change their caller's frame or namespaces: never called from a trace. */
    private static final java.util.Set<String> FRAME_BUILTINS = java.util.Set.of("locals", "vars", "globals", "dir",
            "exec", "eval", "compile", "__import__", "breakpoint", "input", "help");

    /**
     * A CALL_NO_KW_BUILTIN form {@code [NULL, builtin, args]} whose builtin is a bound method the
     * trace does not hold as a constant ({@code append = out.append} read from a variable):
     * guarded as {@link #guardCallable} does, then tier 1's generic call.
     */
    void boundBuiltin(int i, int argc) {
        r.pops(i, argc + 2);
        int callable = r.sp - argc - 1;
        PyObject[] args = java.util.Arrays.copyOfRange(r.st, callable + 1, callable + 1 + argc);
        if (argc < PLAIN_HELPERS.length && r.st[callable] instanceof org.taipan.runtime.PyBuiltinFunction m
                && FrameSafety.boundAllowed(m, args)) {
            plainBoundBuiltin(i, m, callable, args);
            return;
        }
        guardCallable(i, callable);
        callOpaque(i, argc, false);
    }

    private static final java.lang.reflect.Method BOUND_BUILTIN_RUNS =
            TraceHelpers.find(org.taipan.interp.TraceResiduals.class, "boundBuiltinRuns", 2);
    private static final Method[] PLAIN_HELPERS = {
        TraceHelpers.find(org.taipan.interp.TraceBuiltins.class, "plain0", 1),
        TraceHelpers.find(org.taipan.interp.TraceBuiltins.class, "plain1", 2),
        TraceHelpers.find(org.taipan.interp.TraceBuiltins.class, "plain2", 3)};

    /**
     * A bound builtin method that runs only Java code ({@link FrameSafety#boundAllowed}), read
     * from a variable: its type and body guarded (each binding is a new object), then called
     * as {@link #plainBuiltinCall}.
     */
    private void plainBoundBuiltin(int i, org.taipan.runtime.PyBuiltinFunction m, int callable, PyObject[] args) {
        Ins vf = r.b.read(callable);
        r.b.guard(IrOp.GUARD_TYPE, m.type(), vf);
        r.b.guard(IrOp.GUARD_IS, org.taipan.runtime.PyBool.TRUE,
                r.b.guard(IrOp.RESIDUAL, BOUND_BUILTIN_RUNS, vf, r.b.constant(m.body())));
        plainBuiltinCall(i, m, callable, args);
    }

    /**
     * A builtin whose identity (or body) is guarded and that runs only Java code on the inert
     * {@code args} in the stack slots above {@code callable}: their classes guarded, then a plain
     * CALL_HELPER ({@code TraceBuiltins.plain*}), whose exit resumes at the call with its operands
     * (tier 1 raises there). The generic call would make the inlined frames real around each call
     * ({@code randint}'s {@code operator.index} and {@code getrandbits}, three and four frames deep).
     */
    private void plainBuiltinCall(int i, org.taipan.runtime.PyBuiltinFunction fn, int callable, PyObject[] args) {
        Ins[] operands = new Ins[args.length + 1];
        operands[0] = r.b.read(callable);
        for (int k = 0; k < args.length; k++) {
            operands[k + 1] = r.b.read(callable + 1 + k);
            FrameSafety.guardInert(r.b, operands[k + 1], args[k]);
        }
        Ins result = r.b.guard(IrOp.CALL_HELPER, PLAIN_HELPERS[args.length], operands);
        PyObject value;
        try {
            value = fn.call(args, null);
        } catch (PyException e) {
            // it ran: tier 1 must not run it again, but raise what it raised at this CALL
            throw new RecordAbort("builtin call raised while recording", i, e);
        }
        r.replace(args.length + 2, result, value);
        r.ip = i + 1;
    }

    /** Whether the callable of a {@code [NULL, builtin, args]} call at the top is a bound builtin the trace does not hold as a constant. */
    boolean boundBuiltinAt(int argc) {
        int slot = r.sp - argc - 1;
        if (slot < 1 || r.st[slot - 1] != null || !(r.st[slot] instanceof org.taipan.runtime.PyBuiltinFunction bf)
                || bf.self() == null) {
            return false;
        }
        Ins v = r.b.read(slot);
        return v.op != IrOp.CONST_REF || v.aux != bf;
    }

    /**
     * CALL_NO_KW_BUILTIN {@code [NULL, builtin, args]} of up to 5 arguments
     * (a builtin without a fixed-arity body: {@code sum(genexpr)}, {@code sorted(xs)}, {@code min(a, b, c)}):
     * the builtin's identity guarded (folded after LOAD_GLOBAL's constant), then tier 1's generic call
     * ({@link #callOpaque}: a generator argument's body may look at this frame, whose locals are
     * written first). Builtins that read their caller's frame or namespaces are refused.
     */
    void residualBuiltin(int i, int argc) {
        r.pops(i, argc + 2);
        int base = r.sp - argc - 2;
        PyObject nul = r.st[base], fn = r.st[base + 1];
        if (nul != null || !(fn instanceof org.taipan.runtime.PyBuiltinFunction bf) || bf.getClass() != org.taipan.runtime.PyBuiltinFunction.class) {
            throw new RecordAbort("unsupported opcode CALL_NO_KW_BUILTIN", i);
        }
        checkFrameBuiltin(i, bf);
        Ins vf = r.b.read(base + 1);
        if (vf.op != IrOp.CONST_REF || vf.aux != fn) {
            r.b.guard(IrOp.GUARD_IS, fn, vf);
        }
        PyObject[] args = java.util.Arrays.copyOfRange(r.st, base + 2, base + 2 + argc);
        if (argc < PLAIN_HELPERS.length && !bf.countsRecursion() && FrameSafety.builtinAllowed(bf, r.f.builtins)
                && FrameSafety.allInert(args)) {
            plainBuiltinCall(i, bf, base + 1, args);
            return;
        }
        callOpaque(i, argc, false);
    }

    /** {@link TraceCalls}' helpers by argument count. */
    static final Method[] CALL_HELPERS = {helper(0), helper(1), helper(2), helper(3), helper(4), helper(5)};
    /** Tier 1's generic call of any number of arguments, passed as one tuple. */
    private static final Method CALL_SPREAD = TraceHelpers.find(TraceCalls.class, "callSpread", 3);

    /**
     * Emits tier 1's generic call (a CALL_HELPER of {@link TraceCalls}, resuming at the CALL
     * {@code i} with its operands) of the callable in stack slot {@code callable} with the
     * {@code n} values above it as positional arguments. Up to five go to a helper of that arity;
     * more are packed into a NEW_TUPLE the helper spreads (the callee copies its arguments anyway),
     * so no arity leaves the loop to tier 1 (nqueens' six-argument recursive generator call).
     *
     * @return the call's result
     */
    Ins genericCall(int i, int callable, int n) {
        Ins at = r.b.constant(Integer.valueOf(i));
        Ins fn = r.b.read(callable);
        if (n < CALL_HELPERS.length) {
            Ins[] args = new Ins[n + 2];
            args[0] = at;
            args[1] = fn;
            for (int k = 0; k < n; k++) {
                args[k + 2] = r.b.read(callable + 1 + k);
            }
            return r.b.guard(IrOp.CALL_HELPER, CALL_HELPERS[n], args);
        }
        Ins[] items = new Ins[n];
        for (int k = 0; k < n; k++) {
            items[k] = r.b.read(callable + 1 + k);
        }
        Ins tuple = r.b.emit(IrOp.NEW_TUPLE, null, items);
        return r.b.guard(IrOp.CALL_HELPER, CALL_SPREAD, at, fn, tuple);
    }

    private static Method helper(int argc) {
        return TraceHelpers.find(TraceCalls.class, "call" + argc, argc + 2);
    }

    /** Aborts unless a call of {@code fn} with {@code nargs} positional arguments can be inlined here. */
    void checkInlinable(int i, PyFunction fn, int nargs, int newLevels) {
        String why = notInlinable(fn, nargs, newLevels);
        if (why != null) {
            throw new RecordAbort(why, i);
        }
    }

    /**
     * {@link #notInlinable}'s answer for a function of code whose functions vary
     * ({@code PyCode.jitFunctionsVary}): a plain call of one is still inlined, guarded by its code
     * instead of its identity ({@link #inlinableByCode}).
     */
    static final String FUNCTIONS_VARY = "call of a function made anew by each call of its enclosing function";

    /**
     * Whether a call of {@code fn} (the object called: {@code identity}) that {@link #notInlinable}
     * refused with {@code why} may be inlined all the same, guarded by its code, globals and number
     * of defaults ({@link #guardCallee}) instead of its identity: a plain function (not a bound
     * method) whose code's functions vary.
     */
    static boolean inlinableByCode(String why, PyObject identity, PyFunction fn) {
        return why == FUNCTIONS_VARY && identity == fn;
    }

    /** {@link #notInlinable}'s answer when tier 1 would raise RecursionError at the call (the one reason a residual call cannot take). */
    static final String RECURSION_LIMIT = "recursion limit";

    /**
     * Why a call of {@code fn} with {@code nargs} positional arguments, counting {@code newLevels}
     * recursion levels, cannot be inlined here (a stable abort reason), or null when it can.
     */
    String notInlinable(PyFunction fn, int nargs, int newLevels) {
        if ((fn.code.code.flags & GENERATOR_FLAGS) != 0) {
            return "call of a generator or coroutine function";
        }
        if (fn.code.simpleArgcount < 0) {
            return "call of a function with keyword-only or variadic parameters";
        }
        if (!InlineCallProbe.binds(fn, nargs)) {
            return "call arguments do not fill the parameters";
        }
        if (InlineCallProbe.hasCells(fn)) {
            return "call of a function with cell variables";
        }
        if (r.recordsEntryOf(fn.code)) {
            // a function-entry trace calls itself through tier 1, which enters this trace again:
            // inlined, each level of the recursion would be a copy of the whole function
            return "recursive call of the function being traced";
        }
        if (r.ts.depth + levels + newLevels > r.ts.interpreter.recursionLimit()) {
            // tier 1 raises RecursionError at this CALL
            return RECURSION_LIMIT;
        }
        // an __init__ (newLevels 2) mostly stores attributes: it does not count toward MAX_DEPTH, within
        // MAX_INIT_EXTRA more frames (raytrace: loop -> Camera.ray -> Ray.__init__ -> unit -> __mul__ -> Vec.__init__)
        int plain = callers.size() - inits + (newLevels == 2 ? 0 : 1);
        if (plain > MAX_DEPTH || callers.size() + 1 > MAX_DEPTH + MAX_INIT_EXTRA) {
            return "inlining too deep";
        }
        if (fn.code.jitFunctionsVary) {
            // last: inlinableByCode lets it through, so every other reason must come first
            return FUNCTIONS_VARY;
        }
        return null;
    }

    /**
     * RETURN_VALUE, LOAD_CONST__RETURN_VALUE, JUMP_FORWARD__RETURN_VALUE: in an inlined frame,
     * back to the caller with the result pushed (and CALL_PY_EXACT_ARGS_POP's fused word done);
     * in the loop's own frame, an abort (the loop is left).
     */
    void ret(int i, int op, int oparg) {
        if (callers.isEmpty()) {
            throw new RecordAbort(Recorder.LEFT_BY_RETURN, i);
        }
        PyObject v;
        Ins vi;
        if (op == Op.LOAD_CONST__RETURN_VALUE) {
            v = r.f.code.consts[oparg];
            vi = r.b.constant(v);
        } else {
            r.pops(i, 1);
            v = r.st[r.sp - 1];
            vi = r.b.read(r.sp - 1);
        }
        InlinedFrame c = callers.peek();
        switch (c.kind()) {
            case CALL -> { }
            case INIT -> InitRecorder.checkNone(r, i, v, vi);
            case BINARY_DUNDER -> DunderRecorder.checkImplemented(r, i, v, vi);
        }
        callers.pop();
        levels -= c.levels();
        if (c.kind() == Snapshot.CallKind.INIT) {
            inits--;
        }
        r.b.leaveCall();
        r.f = c.caller();
        r.st = r.f.stack;
        r.code = r.f.code.instrs;
        r.floor = c.floor();
        r.sp = c.callerSp();
        if (c.kind() == Snapshot.CallKind.INIT) {
            r.push(c.result(), c.instance());
        } else {
            r.push(vi, v);
        }
        int w = c.popWord();
        if (w >= 0) {
            // as CallOps.callPyExactThen: a STORE_FAST form stores the result, anything else drops it
            if ((w & 0xFF) == Op.STORE_FAST || (w & 0xFF) == Op.STORE_FAST__LOAD_FAST) {
                r.store(w >>> 8);
            } else {
                r.pop();
            }
        }
        r.ip = c.resumeIp();
    }

    /**
     * After an abort inside an inlined call (the frame being recorded at the instruction that
     * aborted): finishes the callee frames with tier 1 ({@code Eval.finishCalls}), pushes the
     * result on the loop's frame and leaves it after its CALL.
     *
     * @param pending what the aborted instruction raised while recording (it ran: tier 1 raises it
     *                there in the innermost callee instead of running it again), or null
     * @return null, or the exception the callees raised: the loop's frame is then at its CALL
     *         ({@code ip}) with the call's operands popped ({@code sp}), for tier 1 to unwind
     */
    Throwable finishAfterAbort(Throwable pending) {
        int n = callers.size();
        Frame[] chain = new Frame[n];
        chain[0] = r.f;
        InlinedFrame outer = null;
        int k = 1;
        for (InlinedFrame c : callers) {
            if (k < n) {
                chain[k++] = c.caller();
            }
            outer = c;
        }
        callers.clear();
        levels = 0;
        inits = 0;
        Frame root = outer.caller();
        try {
            PyObject v = Eval.finishCalls(r.ts, chain, pending);
            root.stack[root.sp++] = v;
            int w = outer.popWord();
            if (w >= 0) {
                root.stack[--root.sp] = null;
                if ((w & 0xFF) == Op.STORE_FAST || (w & 0xFF) == Op.STORE_FAST__LOAD_FAST) {
                    root.stack[w >>> 8] = v;
                }
            }
            root.ip = outer.resumeIp();
            return null;
        } catch (RuntimeException | Error e) {
            root.ip = outer.callIp();
            root.sp = outer.callerSp();
            return e;
        }
    }
}
