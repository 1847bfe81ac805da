package org.taipan.jit;

import org.taipan.interp.Frame;
import org.taipan.jit.exit.ExitPoint;
import org.taipan.jit.ir.Dependency;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.exit.InlinedExits;
import org.taipan.jit.ir.Trace;
import org.taipan.jit.log.TraceText;
import org.taipan.jit.record.RecordResult;
import org.taipan.jit.record.Recorder;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * Bridges: side traces grown from exits that keep firing (PyPy's bridges, LuaJIT's side traces).
 * When an exit of a loop's trace has been taken {@link #threshold} times, the next time it is
 * taken the recorder records from where the exit left the frame until the loop's back jump to the
 * header ({@link Recorder#bridge}); the bridge is compiled to run once per entry and leave at the
 * header. From then on, an exit with a bridge runs the bridge from the frame the exit wrote, and
 * a bridge that reaches the header runs the loop's trace again: tier 1 only sees exits without a
 * bridge. Bridges grow from bridges' exits too, {@link TraceExits#MAX_DEPTH} deep at most.
 *
 * <p>Values pass through the frame (the exit boxes its values into it, the bridge reads them
 * back). A guard's exit is linked to its bridge ({@link #link}): its exit block runs the bridge
 * itself ({@link ExitPoint#linked}, {@link Linked}) instead of returning to {@code Jit.enter}, and
 * a bridge that reaches the header makes the trace go on from its top (an exit into inlined
 * frames passes the values it held, {@link ExitPoint#heldValues}). A bridge whose assumptions
 * were invalidated, or whose inlined calls the recursion limit has no room for, is not run by the
 * link: the exit comes through {@link #afterExit} as before (which drops an invalidated bridge
 * and unlinks it).
 */
final class Bridges {
    /**
     * Exits taken before a bridge is recorded at the default loop threshold: lower than a loop's
     * 1,000 because the exit is already in hot code and a bridge costs one recorded pass (LuaJIT
     * uses 10, PyPy 200); high enough that an exit taken once per loop run (a data-dependent early
     * iteration) does not make a bridge. Scaled down with {@code -X jit-threshold} (1 at threshold
     * 1, so the differential suite's threshold-1 mode grows bridges at every exit it can).
     */
    static final int DEFAULT_THRESHOLD = 64;
    /** Aborted recordings at one exit after which it always returns to tier 1. */
    static final int MAX_ABORTS = 2;
    /**
     * Bridges one loop trace grows at most, over all depths (LuaJIT's {@code maxside}): a
     * polymorphic loop needs a few per receiver class (richards' scheduler: 4 classes, 12
     * bridges); a megamorphic one would otherwise compile a class per receiver class and
     * branch, for exits each taken too rarely to pay. Past the cap, exits return to tier 1 and
     * {@link EntryStats} decides whether the trace still pays.
     */
    static final int MAX_PER_LOOP = 32;
    /**
     * Pieces of a split loop body (bridges of GUARD_SPLIT exits) one loop gets at most: each is a
     * class HotSpot compiles, and a body that needs more is one that a few thousand iterations do
     * not pay back (tomllib_loads' document generator, once a fallback let it be traced: 20 pieces
     * over its branches for 6,000 iterations, 11% more process CPU than before; 8 pieces still 5%,
     * 6 none); the rest runs in tier 1. unpack_sequence's body takes 5.
     */
    static final int MAX_SPLIT_PIECES = 6;

    /** {@link #afterExit}: tier 1 resumes at {@code f.ip}. */
    static final int TIER1 = 0;
    /** {@link #afterExit}: a bridge finished the iteration; the frame is at the loop header. */
    static final int AT_HEADER = 1;
    /**
     * {@link #afterExit}: tier 1 resumes at {@code f.ip}, and the exit will grow a bridge once
     * taken often enough: the entry is not evidence that the trace is useless.
     */
    static final int PENDING = 2;
    /** {@link #afterExit}: tier 1 resumes at {@code f.ip}, after an exit that ends the loop (its iterator exhausted, its condition false). */
    static final int LOOP_END = 3;

    private final Jit jit;
    /** Exits taken before a bridge is recorded. */
    final int threshold;
    /**
     * Whether the last {@link #afterExit} ran a bridge (read by the caller right after it
     * returns): an entry that ran one is not wasted even when it ends in tier 1.
     */
    boolean ranBridge;

    /**
     * Set by a linked bridge ({@link Linked}) that left through its exit
     * {@link #linkedExit} when the trace that called it returns {@link CompiledTrace#LINKED}: the
     * exit the JIT goes on from. Read right after that return (nothing runs in between).
     */
    TraceExits linkedOwner;
    /** See {@link #linkedOwner}. */
    int linkedExit;

    Bridges(Jit jit, int loopThreshold) {
        this.jit = jit;
        this.threshold = loopThreshold >= Jit.DEFAULT_THRESHOLD ? DEFAULT_THRESHOLD
                : Math.max(1, loopThreshold * DEFAULT_THRESHOLD / Jit.DEFAULT_THRESHOLD);
    }

    /**
     * Trace or bridge {@code owner} of loop {@code s} left through its exit {@code k}, the frame as
     * that exit wrote it. Runs the exit's bridge (and its bridges' bridges) if it has one, or
     * records one when the exit is hot enough.
     *
     * @return {@link #AT_HEADER} when execution is back at the loop header (the frame there as
     *         the loop trace expects it: the caller runs the loop trace again), {@link #TIER1},
     *         {@link #PENDING} or {@link #LOOP_END} when tier 1 resumes at {@code f.ip}
     * @throws org.taipan.runtime.PyException what a bridge's operation raised (the frame written
     *         at the raising instruction, as {@link CompiledTrace#run} does), or what finishing an
     *         inlined call raised after a bridge recording aborted inside it
     */
    int afterExit(ThreadState ts, Frame f, LoopState s, TraceExits owner, int k) {
        ranBridge = false;
        while (true) {
            if (jit.listener != JitListener.NONE) {
                jit.listener.exitTaken(owner.id, k, owner.guard(k));
            }
            ExitState e = owner.state(k);
            // an exit inside inlined calls that has a bridge held the values it passed, one that
            // may grow a bridge the frames it re-created (InlinedExits.leave): run the bridge from
            // the values, record one from the frames, or finish the calls
            ExitPoint point = owner.exitPoint(k);
            Frame[] held = null;
            Object[] heldValues = null;
            if (point != null) {
                held = point.held;
                heldValues = point.heldValues;
                point.held = null;
                point.heldValues = null;
            }
            if (e == null || owner.dropped) {
                return finish(ts, f, point, held, heldValues, TIER1);
            }
            e.taken++;
            // a guard's exit inside inlined calls holds for a bridge that starts in the callee; a
            // raising op's exit there finishes the calls (the exception is theirs) and its bridge
            // starts in the loop's frame after the outermost CALL
            boolean holding = point != null && point.inlined() && point.guard.op.isGuard();
            if (e.bridge != null && Dependencies.anyInvalidated(e.dependencies)) {
                dropInvalidated(owner, k, e);
            }
            if (holding) {
                point.holdValues = e.bridge != null;
                point.holdFrames = e.bridge == null && !e.closed;
            }
            if (e.bridge == null) {
                if (heldValues != null) {
                    // held for a bridge since dropped: the frames to record one from, or to finish
                    held = InlinedExits.rebuild(point, heldValues);
                    heldValues = null;
                }
                if (e.closed) {
                    return finish(ts, f, point, held, null, e.endsLoop ? LOOP_END : TIER1);
                }
                // a split exit is taken on every pass: its bridge is the rest of the loop body
                if (e.taken < (e.split ? e.recordAt : Math.max(threshold, e.recordAt)) || holding && held == null
                        || e.recording) {
                    // (an exit that held no frames yet, the first time it was taken: the next one)
                    return finish(ts, f, point, held, null, PENDING);
                }
                if (droppedInsteadOfBridged(f, s, owner, k, point)) {
                    return finish(ts, f, point, held, null, TIER1);
                }
                boolean atHeader = record(ts, f, s, owner, k, e, point, held);
                if (holding) {
                    point.holdValues = e.bridge != null;
                    point.holdFrames = e.bridge == null && !e.closed;
                }
                return atHeader ? AT_HEADER : TIER1;
            }
            if (holding && heldValues == null
                    || e.inlineDepth > 0 && ts.depth + e.inlineDepth > ts.interpreter.recursionLimit()) {
                // the exit held no values (it was taken before its bridge was made, or the calls
                // finished already: a guard that is also a raising op raised), or the bridge's
                // inlined calls would pass the recursion limit here (tier 1 raises at the call)
                return finish(ts, f, point, held, heldValues, TIER1);
            }
            int r;
            if (heldValues != null) {
                // the bridge's HELD_SLOTs read them first thing (nothing runs in between)
                point.heldValues = heldValues;
                try {
                    r = e.bridge.code.run(ts, f);
                } finally {
                    point.heldValues = null;
                }
            } else {
                r = e.bridge.code.run(ts, f);
            }
            // (after the run: an inner loop's entry from the bridge, CALL_TRACE, comes through here too)
            ranBridge = true;
            if (r == CompiledTrace.LINKED) {
                // the bridge's exit called its own linked bridge, which left through an exit
                owner = linkedOwner;
                k = linkedExit;
                linkedOwner = null;
                continue;
            }
            if (r < 0) {
                return AT_HEADER;
            }
            owner = e.bridge;
            k = r;
        }
    }

    /**
     * For exit {@code k} of {@code owner}, hot enough to grow a bridge: whether it failed for a
     * reason a bridge cannot serve, so that loop {@code s}'s trace was dropped instead (to be
     * recorded again once hot). A bridge would hold for one function object or class object only,
     * and the next call of the enclosing function makes another; a namespace's changed keys fail
     * the guard wherever it is, so a bridge would run on every pass through it. A function-entry
     * trace is never dropped here: its bridge records a closure's code check.
     */
    private boolean droppedInsteadOfBridged(Frame f, LoopState s, TraceExits owner, int k, ExitPoint point) {
        PyFunction varying = sameCodeOtherFunction(owner, k, point, f);
        if (varying != null) {
            varying.code.jitFunctionsVary = true;
        }
        if (s.functionEntry) {
            return false;
        }
        if (varying != null) {
            // the guard may sit before the loop (hoisted): a bridge there would leave and re-enter
            // the trace on every iteration
            jit.discard(f, s, "inlined " + varying.code.qualname + ", and each call of its enclosing function"
                    + " makes another function object of it (from now on its code is checked, not its identity)");
            return true;
        }
        if (s.keysChanged < MAX_KEYS_CHANGED && staleKeys(owner, k)) {
            s.keysChanged++;
            jit.discard(f, s, "the namespace of " + owner.guard(k).aux + " gained or lost a name since recording");
            return true;
        }
        PyType remade = sameNameOtherClass(owner, k, point, f);
        if (remade != null) {
            jit.dropForRemadeClass(f, s, remade);
            return true;
        }
        return false;
    }

    /**
     * The function exit {@code k} of {@code owner} expected when that exit is an identity guard
     * (GUARD_IS) on a function that failed because another function object of the same code
     * arrived (read from the frame the exit wrote): a closure or nested {@code def} made by each
     * call of the function around it. Null for any other exit, for a function of other code (a
     * polymorphic call site, which bridges serve), and for an exit into inlined frames.
     */
    private static PyFunction sameCodeOtherFunction(TraceExits owner, int k, ExitPoint point, Frame f) {
        Ins g = owner.guard(k);
        if (g == null || g.op != IrOp.GUARD_IS || !(g.aux instanceof PyFunction expected)) {
            return null;
        }
        return tested(g, point, f) instanceof PyFunction actual && actual != expected && actual.code == expected.code
                ? expected : null;
    }

    /**
     * Times a loop's trace is dropped because a namespace's keys changed under it
     * ({@link #staleKeys}) before its GUARD_DICT_KEYS exits grow bridges instead: a loop that adds
     * a global on every pass is not recorded again forever.
     */
    static final int MAX_KEYS_CHANGED = 4;

    /**
     * Whether exit {@code k} of {@code owner} is a GUARD_DICT_KEYS whose dict's keys changed since
     * recording (a global defined or deleted anywhere in the module, after the trace was made):
     * key versions only grow, so that guard never passes again.
     */
    private static boolean staleKeys(TraceExits owner, int k) {
        Ins g = owner.guard(k);
        return g != null && g.op == IrOp.GUARD_DICT_KEYS && g.aux instanceof org.taipan.jit.ir.DictSlot slot && !slot.holds();
    }

    /**
     * The class exit {@code k} of {@code owner} expected when that exit is a GUARD_TYPE that failed
     * because an instance of another class of the same module and qualified name arrived, or a
     * GUARD_IS on a class (a call making an instance) that met such a class (read from the frame
     * the exit wrote): a class statement run anew by each call of the function around it.
     * Null for any other exit (another class is a polymorphic site, which bridges serve) and for an
     * exit into inlined frames.
     */
    private static PyType sameNameOtherClass(TraceExits owner, int k, ExitPoint point, Frame f) {
        Ins g = owner.guard(k);
        if (g == null || !(g.op == IrOp.GUARD_TYPE || g.op == IrOp.GUARD_IS)
                || !(g.aux instanceof PyType expected) || !expected.isHeapType()) {
            return null;
        }
        PyObject actual = tested(g, point, f);
        if (actual == null) {
            return null;
        }
        // GUARD_TYPE tests an instance's class; GUARD_IS the class itself (a call that makes an instance)
        if (g.op == IrOp.GUARD_IS && !(actual instanceof PyType)) {
            return null;
        }
        PyType t = g.op == IrOp.GUARD_IS ? (PyType) actual : actual.type();
        return t != expected && t.isHeapType() && t.qualname().equals(expected.qualname())
                && t.dict().getItem(MODULE) == expected.dict().getItem(MODULE) ? expected : null;
    }

    private static final org.taipan.runtime.PyStr MODULE = org.taipan.runtime.PyStr.of("__module__");

    /**
     * The value guard {@code g} tested, as the exit {@code point} wrote it into {@code f}: the
     * frame slot its snapshot stores it in, or the local it was read from on entry that the exit
     * leaves as it is (a guard hoisted before the loop); null when neither, or inside inlined frames.
     */
    private static PyObject tested(Ins g, ExitPoint point, Frame f) {
        if (point == null || point.snapshot.inlined()) {
            return null;
        }
        Ins v = g.arg(0);
        Ins[] slots = point.snapshot.slots();
        for (int j = 0; j < slots.length && j < f.fast.length; j++) {
            if (slots[j] == v) {
                return f.fast[j];
            }
        }
        if (v.op == IrOp.SLOT && v.auxInt() < f.fast.length && (v.auxInt() >= slots.length || slots[v.auxInt()] == null)) {
            return f.fast[v.auxInt()];
        }
        return null;
    }

    /**
     * Links exit {@code k} of {@code owner} to its bridge {@code e.bridge}: from now on its exit
     * block runs the bridge itself ({@link Linked}).
     */
    private void link(LoopState s, TraceExits owner, int k, ExitState e) {
        ExitPoint point = owner.exitPoint(k);
        if (point != null && point.linkable) {
            point.link = new Linked(this, s, owner, k, e, point);
        }
    }

    /**
     * Drops the bridge of exit {@code k} of {@code owner} ({@code e.bridge}), one of whose
     * assumptions no longer holds: the exit goes back to {@link #afterExit} and may grow a new one.
     */
    private void dropInvalidated(TraceExits owner, int k, ExitState e) {
        jit.listener.invalidated(e.bridge.id, "assumption invalidated: " + Dependencies.firstInvalidated(e.dependencies));
        e.bridge.dropped = true;
        e.bridge = null;
        e.dependencies = null;
        e.recordAt = e.taken + threshold;
        unlink(owner, k);
    }

    /** Exit {@code k} of {@code owner} goes back to {@link #afterExit} (its bridge was dropped). */
    private static void unlink(TraceExits owner, int k) {
        ExitPoint point = owner.exitPoint(k);
        if (point != null) {
            point.link = null;
        }
    }

    /**
     * A bridge linked to its exit ({@link ExitPoint#link}): runs it from the frame the exit wrote
     * (and, for an exit into inlined frames, from the values it held, {@link ExitPoint#heldValues},
     * taken over after the run as {@link #afterExit} does) while the recursion limit leaves room
     * for its inlined calls; otherwise answers the exit's number and the exit comes to
     * {@link #afterExit}. A bridge that left through an exit is noted in
     * {@link #linkedOwner}/{@link #linkedExit} (a bridge further down, linked the same way, noted
     * its own). With a listener, the hop is reported as {@link #afterExit} reports an exit.
     *
     * <p>The bridge's switch points are not checked before each hop: every one of them is a
     * GUARD_NOT_INVALIDATED of the bridge's own code ({@link Dependencies#of} reads the optimized
     * bridge), placed before the first operation that assumes it (the bridge's passes run on it
     * alone and only drop a repeat of such a guard within a stretch that runs no code), so a bridge
     * whose assumption no longer holds leaves through that guard. Only then, after a run that
     * ended at an exit, are they checked, to drop the bridge ({@link #dropInvalidated}) so that the
     * exit may grow a new one, as a CALL_TRACE's inner trace is checked only after it left
     * elsewhere. Walking them before each hop was 8% of richards' samples (two hops per iteration).
     */
    private static final class Linked implements ExitPoint.Link {
        private final Bridges bridges;
        private final TraceExits owner;
        private final int k;
        /** The exit's state, whose bridge this is: cleared when the bridge is dropped. */
        private final ExitState exit;
        private final TraceExits bridge;
        private final CompiledTrace code;
        private final ExitPoint point;
        private final boolean held;
        private final Dependency[] dependencies;
        private final int inlineDepth;

        /** The loop whose hops are counted ({@link LoopState#hops}). */
        private final LoopState loop;

        Linked(Bridges bridges, LoopState loop, TraceExits owner, int k, ExitState exit, ExitPoint point) {
            this.bridges = bridges;
            this.owner = owner;
            this.k = k;
            this.exit = exit;
            this.bridge = exit.bridge;
            this.code = exit.bridge.code;
            this.point = point;
            this.held = point.inlined();
            this.dependencies = exit.dependencies;
            this.inlineDepth = exit.inlineDepth;
            this.loop = loop;
        }

        @Override
        public int run(ThreadState ts, Frame f) {
            if (inlineDepth > 0 && ts.depth + inlineDepth > ts.interpreter.recursionLimit()
                    || held && point.heldValues == null) {
                return point.index;
            }
            loop.hops++;
            JitListener listener = bridges.jit.listener;
            if (listener != JitListener.NONE) {
                listener.exitTaken(owner.id, k, owner.guard(k));
            }
            int r;
            if (held) {
                try {
                    r = code.run(ts, f);
                } finally {
                    point.heldValues = null;
                }
            } else {
                r = code.run(ts, f);
            }
            if (r >= 0) {
                if (dependencies != null && exit.bridge == bridge && Dependencies.anyInvalidated(dependencies)) {
                    bridges.dropInvalidated(owner, k, exit);
                }
                bridges.linkedOwner = bridge;
                bridges.linkedExit = r;
                return CompiledTrace.LINKED;
            }
            return r;
        }
    }

    /**
     * A trace tree's report of an exit of a bridge it holds ({@link ExitPoint#report}): the tree
     * left through exit {@code k} of {@code bridge}, noted in {@link #linkedOwner}/{@link #linkedExit}
     * as a linked bridge notes its exits.
     */
    static final class TreeExit implements ExitPoint.Report {
        private final Bridges bridges;
        private final TraceExits bridge;
        private final int k;

        TreeExit(Bridges bridges, TraceExits bridge, int k) {
            this.bridges = bridges;
            this.bridge = bridge;
            this.k = k;
        }

        @Override
        public int run(ThreadState ts, Frame f) {
            bridges.linkedOwner = bridge;
            bridges.linkedExit = k;
            return CompiledTrace.LINKED;
        }
    }

    /**
     * Returns {@code result} after finishing the calls the exit held ({@code held}, or frames
     * re-created from {@code heldValues}) with tier 1, so tier 1 resumes after the loop frame's CALL.
     *
     * @throws org.taipan.runtime.PyException what the calls raised (the loop frame left at its CALL)
     */
    private static int finish(ThreadState ts, Frame f, ExitPoint point, Frame[] held, Object[] heldValues, int result) {
        if (held == null && heldValues != null) {
            held = InlinedExits.rebuild(point, heldValues);
        }
        if (held != null) {
            InlinedExits.finish(ts, f, held, null);
        }
        return result;
    }

    /** Records, compiles and attaches a bridge at exit {@code k} of {@code owner}; the frame is where the exit left it. */
    private boolean record(ThreadState ts, Frame f, LoopState s, TraceExits owner, int k, ExitState e,
                           ExitPoint point, Frame[] held) {
        if (jit.traces >= Jit.MAX_TRACES || s.bridges >= MAX_PER_LOOP || e.split && s.splitPieces >= MAX_SPLIT_PIECES) {
            e.closed = true;
            finish(ts, f, point, held, null, TIER1);
            return false;
        }
        JitListener listener = jit.listener;
        RecordResult r;
        int splitAt = Math.min(s.splitAt, e.splitAt);
        e.recording = true;
        try {
            if (held != null) {
                // recording runs the held frames itself (and finishes them if it aborts inside them)
                r = Recorder.bridge(ts, f, held, point, s.headerIp, s.entrySp, s.loopEnd()).splitAt(splitAt).record();
            } else {
                r = Recorder.bridge(ts, f, s.headerIp, s.entrySp, s.loopEnd()).splitAt(splitAt).record();
            }
        } finally {
            e.recording = false;
        }
        if (!r.ok()) {
            listener.aborted(f.code, s.reportedHeader(), r.code(), r.ip(), "bridge: " + r.reason());
            if (Recorder.TOO_LONG.equals(r.reason()) && !s.functionEntry && Jit.halvedSplit(splitAt) > 0) {
                // the rest of the body is longer than one trace: split it (Jit.aborted does the same)
                e.splitAt = Jit.halvedSplit(splitAt);
                e.recordAt = e.taken + (e.split ? 1 : threshold);
            } else if (Recorder.LEFT_BY_RETURN.equals(r.reason())) {
                // an exit whose path returns from the loop's frame takes it again: no bridge will ever
                // close there, and entries that leave through it ended the loop (EntryStats: a short
                // loop, given to tier 1, not a trace to record again: chaos' Game.choose was re-recorded 3 times)
                e.closed = true;
                e.endsLoop = true;
            } else if (++e.aborts >= MAX_ABORTS) {
                e.closed = true;
            } else {
                e.recordAt = e.taken + ((long) threshold << (2 * e.aborts));
            }
            if (r.raised() instanceof RuntimeException x) {
                throw x;
            } else if (r.raised() instanceof Error x) {
                throw x;
            }
            return false;
        }
        // the recorder ran the pass itself: the frame is at the loop header either way now (or at
        // the generator's yield that ended the pass)
        Trace t = r.trace();
        boolean logging = listener != JitListener.NONE;
        String recorded = logging ? TraceText.of(t) : null;
        int guardsBefore = t.guardCount();
        int allocationsBefore = logging ? TraceText.allocations(t) : 0;
        int recordedOps = t.ops.size();
        CompiledTrace code;
        try {
            code = jit.compiler().compileBridge(t);
        } catch (UnsupportedOperationException x) {
            if (x instanceof TraceTooBig big && !s.functionEntry && big.lowered(recordedOps, splitAt) > 0) {
                // too big for one method: the next recording here is split (Jit.install does the same)
                e.splitAt = big.lowered(recordedOps, splitAt);
                listener.aborted(f.code, s.reportedHeader(), f.code, t.headerIp, "bridge backend: " + big.splitReason(e.splitAt, recordedOps));
                e.recordAt = e.taken + (e.split ? 1 : threshold);
                Jit.rethrow(r.raised());
                return f.ip == s.headerIp;
            }
            listener.aborted(f.code, s.reportedHeader(), f.code, t.headerIp, "bridge backend: " + x.getMessage());
            e.closed = true;
            Jit.rethrow(r.raised());
            return f.ip == s.headerIp;
        }
        int id = jit.traces++;
        s.bridges++;
        if (e.split) {
            s.splitPieces++;
        }
        s.settledRuns = 0;
        s.hopsAtSettle = s.hops;
        // the pieces of a split body are one path, not bridges of bridges: the depth cap is for
        // the latter (the pieces are bounded by MAX_PER_LOOP)
        e.bridge = new TraceExits(code, t, id, owner.depth + (e.split ? 0 : 1));
        e.inlineDepth = r.inlineDepth();
        e.dependencies = Dependencies.of(t);
        link(s, owner, k, e);
        if (logging) {
            listener.compiled(id, recorded, t, guardsBefore, t.guardCount(),
                    allocationsBefore - TraceText.allocations(t));
            listener.bridgeCompiled(owner.id, k, id);
        }
        // a split inside inlined calls: tier 1 finished them, and what they raised is raised at the CALL
        Jit.rethrow(r.raised());
        // a bridge of a generator's loop may end at the yield instead (GeneratorRecorder): tier 1 yields from there
        return f.ip == s.headerIp;
    }
}
