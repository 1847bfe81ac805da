package org.taipan.jit;

import org.taipan.code.CodeObject;
import org.taipan.interp.Frame;
import org.taipan.interp.TraceCalls;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Trace;
import org.taipan.jit.log.TraceText;
import org.taipan.jit.record.LoopCalls;
import org.taipan.jit.record.RecordResult;
import org.taipan.jit.record.Recorder;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.ThreadState;

/**
 * Function-entry traces (issue 7): a function without loops of its own that tier 1 calls often is
 * recorded from its first instruction to its return, the calls it makes inlined as in a loop's
 * trace, and compiled as a one-pass trace (shaped as a bridge, {@link Trace#functionEntry}). Each
 * later call from tier 1 runs the trace on the new frame, which it leaves at the return
 * instruction (tier 1 returns the value) or at an exit (tier 1 runs the rest of the call). Code
 * that a loop's trace reaches is inlined there instead; this is for the calls tier 1 makes itself:
 * from loops that have no trace, from recursive code, from functions called once per loop entry.
 * PyPy traces from function entry too, where a function is called recursively or from code that
 * is not a loop ({@code can_enter_jit} at the start of a portal); LuaJIT records function headers
 * hot by call count ({@code FUNCF}).
 *
 * <p>Policy: {@code -X jit-threshold} calls before the first recording; a recording that aborts
 * is retried two thresholds later, then four, up to {@link #MAX_FAILURES} recordings; one under
 * {@link #MIN_RECORDED_OPS} is not compiled, nor one that calls code it does not inline
 * ({@link #callsOut}); a trace more than a quarter of whose entries leave
 * it at an exit is given up ({@link #judge}). A rarer exit grows a bridge as a
 * loop trace's does ({@link Bridges}), which ends at the function's return as the trace does.
 */
final class FunctionEntries {
    /** Aborted recordings after which a function is left to tier 1. */
    static final int MAX_FAILURES = 3;
    /** Entries of a trace judged together. */
    static final int WINDOW = 64;
    /** Entries of a window that may leave at an exit before the trace is dropped (a quarter). */
    static final int MAX_EXITED = WINDOW / 4;
    /**
     * The shortest recording (IR instructions, preamble included) compiled: a shorter call (an
     * accessor, a {@code pass}, a test and a return) runs about as fast in tier 1 as through the
     * trace's entry and return, and its compile is pure cost (deltablue recorded 40 such methods).
     */
    static final int MIN_RECORDED_OPS = 40;

    /** {@link TraceCalls}' helpers that call a callable ({@code call0} ... {@code call5}, keyword and spread forms). */
    private static final java.util.Set<String> CALLS = java.util.Set.of("call0", "call1", "call2", "call3", "call4",
            "call5", "callSpread", "callKw", "callEx");

    /** Traces compiled so far ({@code Jit.traces}) past which no function-entry recording starts. */
    static final int MAX_TRACES_AT_RECORDING = Jit.MAX_TRACES / 2;

    private final Jit jit;
    private final int threshold;

    FunctionEntries(Jit jit, int threshold) {
        this.jit = jit;
        this.threshold = threshold;
    }

    /**
     * Whether {@code code} may have a function-entry trace: a function's code (fast locals, not a
     * module, class body or {@code exec}'d code), not a generator or coroutine (their frames are
     * resumed, not entered once), without a back jump (a loop of its own, whose trace would be
     * entered from inside this one).
     */
    static boolean eligible(PyCode code) {
        int flags = code.code.flags;
        if ((flags & CodeObject.CO_OPTIMIZED) == 0 || code.globalsAsLocals
                || (flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE | CodeObject.CO_ITERABLE_COROUTINE
                | CodeObject.CO_ASYNC_GENERATOR)) != 0) {
            return false;
        }
        return !LoopCalls.hasLoop(code);
    }

    /**
     * Tier 1 is about to run frame {@code f} from instruction 0 or 1: a function's frame from its
     * first instruction (or, for a closure, the one after COPY_FREE_VARS). Runs its
     * entry trace if it has one, or records one when the function is hot; either way leaves the
     * frame where tier 1 continues (the return instruction, an exit's instruction, or the
     * instruction a recording aborted at).
     *
     * @return whether a trace or a recording ran (the frame then at the function's return
     *         instruction, or where an exit or a bridge left it)
     * @throws org.taipan.runtime.PyException what the trace raised (the frame written at the
     *         raising instruction), or what tier 1 raised finishing an aborted recording's inlined
     *         calls (the frame at its CALL): the caller unwinds it from {@code f.ip}
     */
    boolean atEntry(ThreadState ts, Frame f) {
        PyCode code = f.code;
        int nfree = code.leadingCopyFreeVars;
        if (nfree != 0 && f.ip == 0) {
            // a closure's frame made without its cells (a call with keywords): copied as tier 1's
            // COPY_FREE_VARS would, so the trace starts where the frames tier 1's CALL makes start
            System.arraycopy(f.function.closure, 0, f.fast, code.nlocalsplus - nfree, nfree);
            f.ip = 1;
        } else if (f.ip != (nfree != 0 ? 1 : 0)) {
            return false;
        }
        EntryState e = code.jitEntry;
        if (e == null) {
            e = new EntryState(eligible(code), threshold);
            code.jitEntry = e;
        }
        if (e.traced != null) {
            return run(ts, f, e, e.traced);
        }
        if (e.closed || ++e.calls < e.recordAt || e.recording || ts.events.hooked()) {
            return false;
        }
        if (jit.traces >= MAX_TRACES_AT_RECORDING || jit.compiler() == null) {
            // (half the budget stays for loops: a program calling a thousand functions a thousand
            // times each before its hot loop starts must still get that loop traced)
            e.closed = true;
            return false;
        }
        return record(ts, f, e);
    }

    /** Records {@code e}'s trace from {@code f}; true when it closed (the recording ran the call up to its return). */
    private boolean record(ThreadState ts, Frame f, EntryState e) {
        PyCode code = f.code;
        jit.listener.recordingStarted(code, JitListener.FUNCTION_ENTRY);
        RecordResult r;
        e.recording = true;
        try {
            r = Recorder.functionEntry(ts, f).record();
        } finally {
            e.recording = false;
        }
        if (!r.ok()) {
            jit.listener.aborted(code, JitListener.FUNCTION_ENTRY, r.code(), r.ip(), "function entry: " + r.reason());
            failed(e);
            Jit.rethrow(r.raised());
            return false;
        }
        install(e, f, r);
        return true;
    }

    private void install(EntryState e, Frame f, RecordResult r) {
        Trace trace = r.trace();
        if (trace.ops.size() < MIN_RECORDED_OPS) {
            jit.listener.aborted(f.code, JitListener.FUNCTION_ENTRY, f.code, 0, "function entry: too short to pay (under " + MIN_RECORDED_OPS + " IR ops)");
            e.closed = true;
            return;
        }
        if (callsOut(trace)) {
            jit.listener.aborted(f.code, JitListener.FUNCTION_ENTRY, f.code, 0, "function entry: calls code it does not inline");
            // (a call on a rare path may be what this recording took: recorded again later)
            failed(e);
            return;
        }
        boolean logging = jit.listener != JitListener.NONE;
        String recorded = logging ? TraceText.of(trace) : null;
        int guardsBefore = trace.guardCount();
        int allocationsBefore = logging ? TraceText.allocations(trace) : 0;
        CompiledTrace compiled;
        try {
            compiled = jit.compiler().compileBridge(trace);
        } catch (UnsupportedOperationException x) {
            jit.listener.aborted(f.code, JitListener.FUNCTION_ENTRY, f.code, 0, "function entry: backend: " + x.getMessage());
            e.closed = true;
            return;
        }
        LoopState s = LoopState.functionEntry(f.code);
        s.trace = compiled;
        s.traceId = jit.traces++;
        s.exits = new TraceExits(compiled, trace, s.traceId, 0);
        s.dependencies = Dependencies.of(trace);
        s.inlineDepth = r.inlineDepth();
        s.entrySp = trace.entrySp;
        s.globals = f.globals;
        s.builtins = f.builtins;
        e.traced = s;
        e.entries = 0;
        e.exited = 0;
        if (logging) {
            jit.listener.compiled(s.traceId, recorded, trace, guardsBefore, trace.guardCount(),
                    allocationsBefore - TraceText.allocations(trace));
        }
        // the recording ran this call already (the frame is at its return, or where it raised)
    }

    /**
     * Whether recording {@code t} calls a callable the recorder did not open up (one of
     * {@link TraceCalls}' call helpers, tier 1's generic CALL: a function with a loop, a recursive
     * one, a class with its own {@code __call__}...; not its other generic operations, a
     * subscript or an attribute load). Such a function's time is mostly its callee's, which tier
     * 1 runs either way, and such functions (a parser's dispatch on the next token, a constructor calling
     * another, tomllib's {@code parse_value}, deltablue's {@code Constraint.satisfy}) take several
     * paths: in session 47's logs every entry trace with such a call was dropped after a window
     * of exits or ran under 5,000 times, while those that ran 40,000 to 700,000 times had none.
     * A call of the function itself does not count ({@link #callsItself}). A recording rejected so
     * is an abort ({@link #failed}): the call may be on a rare path the recording happened to take.
     */
    static boolean callsOut(Trace t) {
        for (Ins ins : t.ops) {
            if (ins.op == IrOp.CALL_HELPER && ins.aux instanceof java.lang.reflect.Method m
                    && m.getDeclaringClass() == TraceCalls.class && CALLS.contains(m.getName()) && !callsItself(t, ins)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the TraceCalls call {@code call} (arguments: the CALL's index, the callable, ...)
     * calls the traced function itself, a constant (a global, folded): recursion goes through
     * tier 1 into this trace again, which is how an entry trace serves a recursive function. (Not
     * recognized: recursion through a closure's cell, a static or class method, or a function
     * passed as an argument, whose callable is not a constant in the trace.)
     */
    private static boolean callsItself(Trace t, Ins call) {
        return call.args.length > 1 && call.args[1].op == IrOp.CONST_REF
                && call.args[1].aux instanceof org.taipan.runtime.PyFunction fn && fn.code == t.code;
    }

    /**
     * Runs the trace {@code s} of {@code e} on {@code f}; an exit goes to its bridge, or grows one
     * when hot, as a loop trace's does ({@link Bridges#afterExit}). Then judges the trace by how
     * many of its entries ended in tier 1 before the return.
     */
    private boolean run(ThreadState ts, Frame f, EntryState e, LoopState s) {
        if (f.globals != s.globals || f.builtins != s.builtins || ts.events.hooked()
                || s.inlineDepth > 0 && ts.depth + s.inlineDepth > ts.interpreter.recursionLimit()) {
            // another namespace (the trace's constants are the recording's), a hook (the trace
            // sends no events), or inlined calls past the recursion limit (tier 1 raises at the call)
            return false;
        }
        Bridges bridges = jit.bridges();
        long hops = s.hops;
        int exit = s.trace.run(ts, f);
        TraceExits owner = s.exits;
        if (exit == CompiledTrace.LINKED) {
            // an exit ran its linked bridge, which left through one of its own exits
            owner = bridges.linkedOwner;
            exit = bridges.linkedExit;
            bridges.linkedOwner = null;
        }
        jit.listener.traceRan(s.traceId, 0);
        if (exit < 0) {
            // (through a linked bridge, which counts its hop, or not)
            judge(e, s, s.hops != hops);
            return true;
        }
        if (Dependencies.anyInvalidated(s.dependencies)) {
            jit.listener.invalidated(s.traceId, "assumption invalidated: " + Dependencies.firstInvalidated(s.dependencies));
            drop(e, s);
        }
        bridges.afterExit(ts, f, s, owner, exit);
        judge(e, s, true);
        return true;
    }

    /**
     * One entry of trace {@code s} ended, at its return without leaving the trace ({@code exited}
     * false) or through an exit, to a bridge or to tier 1. A window with more than {@link #MAX_EXITED} exits closes the function: its
     * calls take several paths (a dispatch on a value's type or a character), which a trace and
     * its bridges run with a hop per branch, where tier 1 only branches (json_parse's
     * {@code Parser.value}, 92% of its entries leaving the root trace, was slower than tier 1).
     */
    private void judge(EntryState e, LoopState s, boolean exited) {
        if (e.traced != s) {
            // a call the trace made (recursion) or an invalidation dropped or replaced it meanwhile
            return;
        }
        if (exited) {
            e.exited++;
        }
        if (++e.entries >= WINDOW) {
            if (e.exited > MAX_EXITED) {
                jit.listener.invalidated(s.traceId, "function entry left at an exit on " + e.exited
                        + " of " + e.entries + " calls");
                drop(e, s);
                e.closed = true;
            } else {
                e.entries = 0;
                e.exited = 0;
            }
        }
    }

    private void drop(EntryState e, LoopState s) {
        if (e.traced == s) {
            e.traced = null;
            // an exit of it being taken now, or of an entry still running (recursion), grows no bridge
            s.exits.dropped = true;
            e.recordAt = e.calls + threshold;
        }
    }

    private void failed(EntryState e) {
        if (++e.failures >= MAX_FAILURES) {
            e.closed = true;
        } else {
            e.recordAt = e.calls + ((long) threshold << e.failures);
        }
    }
}
