package org.taipan.jit;

import static org.taipan.interp.Eval.REENTRY_MASK;

import java.util.Map;
import org.taipan.code.Op;
import org.taipan.interp.Frame;
import org.taipan.jit.ir.Trace;
import org.taipan.jit.log.TraceText;
import org.taipan.jit.record.RecordResult;
import org.taipan.jit.record.Recorder;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.ThreadState;

/**
 * The tracing JIT of one interpreter (tier 2): tier 1 calls {@link #atLoopHeader} when a loop's
 * JUMP_BACKWARD leaves its dispatch loop to be re-entered ({@code Eval.run}, every 16 taken jumps
 * of a loop). A loop whose back jumps were taken {@code threshold} times is recorded for one
 * iteration ({@link Recorder}), the trace compiled ({@link TraceCompiler}), and from then on entered
 * at its header. Recordings that abort back off exponentially; after {@link #MAX_ABORTS} the loop
 * is blacklisted. Options: {@code -X jit=off} (no JIT object at all: tier 1 pays nothing) and
 * {@code -X jit-threshold=N} (N >= 1; default {@link #DEFAULT_THRESHOLD}).
 */
public final class Jit {
    /** Taken back jumps before a loop is recorded (CPython 3.13 uses 16, PyPy 1,619, LuaJIT 56). */
    public static final int DEFAULT_THRESHOLD = 1000;
    /** Aborted recordings after which a loop is left to tier 1. */
    public static final int MAX_ABORTS = 5;
    /** Traces of one loop thrown away for exiting on most entries, after which the loop is left to tier 1. */
    public static final int MAX_INVALIDATIONS = 3;
    /**
     * Recordings of one loop that ended in a {@code return} from the loop's frame ({@link Recorder#LEFT_BY_RETURN})
     * which are not counted as aborts: the recorded iteration was the loop's last, the next may loop.
     */
    public static final int MAX_RETURNS = 8;
    /**
     * The shortest recorded length a split lowers a loop's or exit's {@code splitAt} to: below it the
     * pieces are mostly their exits' frame writes and reads, and a body that cannot be cut into
     * longer pieces (one statement too long) is not helped by smaller ones.
     */
    static final int MIN_SPLIT = 40;
    /**
     * The most back jumps one entry of a loop may make and the loop still count as too short to
     * split ({@link #watchLength}): its trace, entered at a back jump, would run at most one
     * iteration per entry, under {@code EntryStats.MIN_ITERATIONS}.
     */
    static final int SHORT_LOOP = 2;
    /** Entries seen ending within {@link #SHORT_LOOP} back jumps after which a loop is not split. */
    static final int SHORT_ENTRIES = 2;
    /**
     * Entries of a loop {@link #watchEntries} looks at before its first recording: enough that one
     * odd entry does not decide, few enough that the watch (tier 1 leaving its dispatch loop at each
     * of the loop's back jumps) costs nothing measurable.
     */
    static final int WATCH_ENTRIES = 8;
    /**
     * Back jumps a loop found short per entry runs before it is watched again (doubled at each
     * further close): a function first called on short sequences and later on long ones gets a
     * trace for the long ones (a loop over 1-char strings, then 256-char ones: 58 ns per item in
     * tier 1, 14 in its trace).
     */
    static final long REWATCH_JUMPS = 1L << 16;
    /**
     * Later iterations per entry a re-watch asks for: more than a recording unrolls into a
     * caller's trace ({@code record.CalleeLoops.MAX_BACK_JUMPS}), since a loop once found short may
     * be unrolled into its callers' traces, where short entries cost less than a trace entry.
     */
    static final long REWATCH_ITERATIONS = 8;
    /** The log's reason when a loop is not recorded because tier 1 saw it run too few iterations per entry ({@link #watchEntries}). */
    public static final String SHORT_PER_ENTRY =
            "too few iterations per entry seen by tier 1 (under " + (int) EntryStats.MIN_ITERATIONS + " after the first)";
    /** The log's reason when a loop too long for one trace is not split ({@link #watchLength}). */
    public static final String TOO_SHORT_TO_SPLIT =
            "trace too long, and the loop too short per entry to split (at most " + SHORT_LOOP + " iterations)";

    /**
     * The split length after a recording split at {@code splitAt} was still too long
     * ({@code Recorder.TOO_LONG}): half of it (and at most half the cap), or -1 once it is at
     * {@link #MIN_SPLIT} or below.
     */
    static int halvedSplit(int splitAt) {
        return splitAt > MIN_SPLIT ? Math.min(splitAt, Recorder.MAX_OPS) / 2 : -1;
    }
    /** Traces one interpreter compiles at most (metaspace and code cache budget). */
    public static final int MAX_TRACES = 1000;

    final JitListener listener;
    private final int threshold;
    private TraceCompiler compiler;
    /** Traces and bridges compiled so far (against {@link #MAX_TRACES}); the next one's listener id. */
    int traces;
    private final Bridges bridges;
    private final TraceTrees trees;
    /** Function-entry traces, or null when they are off ({@code -X jit-entry=off}). */
    private FunctionEntries entries;

    /**
     * @param threshold taken back jumps before a loop is recorded, at least 1
     * @param compiler  optimizer and backend, or null to record and discard (no backend yet)
     */
    public Jit(JitListener listener, int threshold, TraceCompiler compiler) {
        this.listener = listener;
        this.threshold = Math.max(1, threshold);
        this.compiler = timed(compiler);
        this.bridges = new Bridges(this, this.threshold);
        this.trees = new TraceTrees(this, bridges);
        this.entries = new FunctionEntries(this, this.threshold);
    }

    /** Turns function-entry traces off ({@code -X jit-entry=off}): only loops are traced. */
    public void noFunctionEntries() {
        entries = null;
    }

    /**
     * Tier 1 is about to run a new frame {@code f} from its first instruction ({@code f.ip} 0, the
     * arguments bound): runs the function's entry trace if it has one, or records one when the
     * function is hot and may have one ({@link FunctionEntries}). Leaves the frame where tier 1
     * continues.
     *
     * @return whether a trace ran (the frame then at the function's return instruction, or where
     *         an exit or a bridge left it)
     * @throws org.taipan.runtime.PyException raised at {@code f.ip} (the trace's raising
     *         operation, or an aborted recording's inlined call): the caller unwinds it from there
     */
    public boolean atFunctionEntry(ThreadState ts, Frame f) {
        return entries != null && entries.atEntry(ts, f);
    }

    TraceCompiler compiler() {
        return compiler;
    }

    Bridges bridges() {
        return bridges;
    }

    /**
     * The JIT the {@code -X} options ask for: null for {@code jit=off}. An unparsable threshold
     * (the command line rejects those; an embedding host might not) means the default.
     */
    public static Jit create(Map<String, String> xOptions, JitListener listener) {
        if ("off".equals(xOptions.get("jit"))) {
            return null;
        }
        int threshold = DEFAULT_THRESHOLD;
        String t = xOptions.get("jit-threshold");
        if (t != null) {
            try {
                threshold = Math.max(1, Integer.parseInt(t.strip()));
            } catch (NumberFormatException e) {
                threshold = DEFAULT_THRESHOLD;
            }
        }
        Jit jit = new Jit(listener, threshold, defaultCompiler());
        if ("off".equals(xOptions.get("jit-entry"))) {
            jit.noFunctionEntries();
        }
        return jit;
    }

    /**
     * Replaces the optimizer and backend (null: record only): for tests that stand in a backend,
     * and for an embedding host that wants another. Loops already compiled keep their traces.
     */
    public void useCompiler(TraceCompiler compiler) {
        this.compiler = timed(compiler);
    }

    /** {@code compiler} reporting its time to the listener, when there is one. */
    private TraceCompiler timed(TraceCompiler compiler) {
        return compiler == null || listener == JitListener.NONE ? compiler : new TimedCompiler(compiler, listener);
    }

    /** The optimizer's passes ({@code jit.opt.Optimizer}, in place), then the backend: one hidden class per trace ({@code jit.emit.Emitter}). */
    private static TraceCompiler defaultCompiler() {
        return new TraceCompiler() {
            @Override
            public CompiledTrace compile(Trace t) {
                org.taipan.jit.opt.Optimizer.optimize(t);
                return org.taipan.jit.emit.Emitter.compile(t);
            }

            /** A budget of one pass: the bridge's JUMP leaves through its snapshot at the loop header. */
            @Override
            public CompiledTrace compileBridge(Trace t) {
                org.taipan.jit.opt.Optimizer.optimizeBridge(t);
                return org.taipan.jit.emit.Emitter.compile(t, 1);
            }

            @Override
            public CompiledTrace compileTree(org.taipan.jit.emit.TraceTree tree) {
                return org.taipan.jit.emit.Emitter.compileTree(tree);
            }
        };
    }

    /**
     * A generator frame resumed with {@code f.ip} at a JUMP_BACKWARD (its loop body ended in a
     * {@code yield} statement whose sent value was already dropped): when that jump's loop has a
     * trace tier 1 would enter, takes the jump as tier 1 does (the counter bumped) and runs the
     * trace as {@link #atLoopHeader} does. A loop that ends each iteration at its yield is then
     * entered from the resumption itself, without tier 1's dispatch loop (entered once to take
     * the jump and again to yield, both per item, before).
     *
     * @return whether it ran the trace (the frame left where tier 1 goes on, or at the YIELD_VALUE)
     * @throws org.taipan.runtime.PyException as {@link #atLoopHeader}: never from the trace; the
     *         caller unwinds anything else from {@code f.ip}
     */
    public boolean resumeAtBackJump(ThreadState ts, Frame f) {
        if (ts.events.hooked() || f.lineJumped) {
            // as atLoopHeader: a trace would run code without its events, or read a local a
            // debugger's jump left unbound where no path of the bytecode does
            return false;
        }
        PyCode code = f.code;
        int i = f.ip;
        int w = code.instrs[i];
        if ((w & 0xFF) != org.taipan.code.Op.JUMP_BACKWARD) {
            return false;
        }
        LoopState s = LoopTable.find(code, w >>> 8);
        if (s == null || s.trace == null || s.callOnly) {
            return false;
        }
        code.counters[i]++;
        f.ip = w >>> 8;
        // As runInnerFromTrace, no check of the trace's assumptions before each entry (one per
        // item): each is a GUARD_NOT_INVALIDATED of the compiled code, so only an entry that left
        // elsewhere than at the yield has them checked (generators: 3% of the samples)
        enter(ts, f, s, false);
        if ((code.instrs[f.ip] & 0xFF) != org.taipan.code.Op.YIELD_VALUE) {
            if (f.ip == s.headerIp && !ts.events.hooked()) {
                InnerLoops.finishExhausted(f);
            }
            if (s.trace != null) {
                droppedAsInvalidated(f, s);
            }
        }
        return true;
    }

    /**
     * Called for every new code object: with a threshold below tier 1's re-entry period, starts
     * the JUMP_BACKWARD counters so that the {@code threshold}-th taken jump already leaves the
     * dispatch loop (threshold 1: the first one), so short loops are traced too.
     */
    public void prime(PyCode code) {
        if (threshold > REENTRY_MASK) {
            return;
        }
        int start = (REENTRY_MASK + 1 - threshold) & REENTRY_MASK;
        int[] instrs = code.instrs;
        for (int i = 0; i < instrs.length; i++) {
            if ((instrs[i] & 0xFF) == Op.JUMP_BACKWARD) {
                code.counters[i] = start;
            }
        }
    }

    /**
     * Tier 1 is at the header {@code f.ip} of a loop of {@code f} (value stack at {@code f.sp}),
     * leaving its dispatch loop at a taken JUMP_BACKWARD; it runs {@code f} on from {@code f.ip}
     * afterwards. Runs the loop's trace if it has one, or records the loop when it is hot; either
     * way leaves the frame where tier 1 continues (the header, an exit's instruction, or the
     * instruction a recording aborted at). Python exceptions never come out of here: anything
     * that would raise is left to tier 1 to run.
     */
    public void atLoopHeader(ThreadState ts, Frame f) {
        if (ts.events.hooked() || f.lineJumped) {
            // a thread has a trace or profile function: a trace would run code without its events;
            // a debugger's jump in this frame may have left unbound a local the trace reads
            // unchecked, where every path of the bytecode binds it (record.TraceBuilder#read)
            return;
        }
        PyCode code = f.code;
        LoopState s = LoopTable.of(code, f.ip);
        if (s.trace != null && !s.callOnly) {
            runTrace(ts, f, s);
            return;
        }
        if (s.closed && !(s.shortPerEntry && s.trace == null && s.hotness(code) >= s.rewatchAt)) {
            return;
        }
        if (s.closed) {
            // a loop tier 1 found short per entry has run long since: watch it again
            s.closed = false;
            s.entriesWatched = false;
            s.rewatching = true;
        }
        if (s.splitPending > 0) {
            watchLength(code, f, s);
            return;
        }
        long hot = s.hotness(code);
        if (!s.entriesWatched && hot >= threshold / 2 && !watchEntries(code, f, s)) {
            return;
        }
        if (hot < threshold || hot < s.retryAt) {
            return;
        }
        if (traces >= MAX_TRACES) {
            s.closed = true;
            return;
        }
        if (s.recording) {
            // the recording's own calls reached this loop again (recursion): one recording at a time
            return;
        }
        listener.recordingStarted(code, s.headerIp);
        RecordResult r;
        s.recording = true;
        try {
            r = new Recorder(ts, f).splitAt(s.splitAt).record();
        } finally {
            s.recording = false;
        }
        if (!r.ok()) {
            aborted(code, s, r.code(), r.ip(), r.reason(), hot);
            // an abort inside an inlined call: tier 1 finished the call, which raised at the loop frame's CALL
            if (r.raised() instanceof RuntimeException e) {
                throw e;
            } else if (r.raised() instanceof Error e) {
                throw e;
            }
            return;
        }
        s.inlineDepth = r.inlineDepth();
        s.entrySp = r.trace().entrySp;
        s.globals = f.globals;
        s.builtins = f.builtins;
        install(ts, f, s, r.trace(), hot, r.unrolled());
        rethrow(r.raised());
    }

    /** Enters the trace of loop {@code s} from tier 1 at its header, unless an assumption of it no longer holds (then drops it). */
    private void runTrace(ThreadState ts, Frame f, LoopState s) {
        if (droppedAsInvalidated(f, s)) {
            return;
        }
        enter(ts, f, s, false);
        if (f.ip == s.headerIp && !ts.events.hooked()) {
            // the trace left at its header with the iterator used up (the loop's end): tier 1's
            // FOR_ITER_SEQ/RANGE never met an exhausted iterator (its back jumps finish loops in
            // SpecializedOps.loopBack), so C2 pruned that branch and the first loop a trace ended
            // trapped and recompiled Eval.execute (go); done here as CALL_TRACE does it
            InnerLoops.finishExhausted(f);
        }
    }

    /**
     * Raises what tier 1's finishing of a recording's inlined calls raised (the frame then at the
     * loop frame's CALL, for tier 1 to unwind), if anything.
     */
    static void rethrow(Throwable raised) {
        if (raised instanceof RuntimeException e) {
            throw e;
        } else if (raised instanceof Error e) {
            throw e;
        }
    }

    /**
     * The hotness a loop gains before its next recording is tried after one that did not install
     * a trace: the threshold, and at least one re-entry period of tier 1's back-jump counter.
     */
    private long retryGap() {
        return Math.max(threshold, REENTRY_MASK + 1);
    }

    private void aborted(PyCode code, LoopState s, int ip, String reason, long hot) {
        aborted(code, s, code, ip, reason, hot);
    }

    /** A recording of the loop in {@code code} aborted at {@code ip} of {@code where} (an inlined callee's code, or {@code code}). */
    private void aborted(PyCode code, LoopState s, PyCode where, int ip, String reason, long hot) {
        listener.aborted(code, s.headerIp, where, ip, reason);
        if (Recorder.LEFT_BY_RETURN.equals(reason) && ++s.returns <= MAX_RETURNS) {
            // `for x in xs: if p(x): return x` records the returning iteration when it comes right
            // after a back jump: the loop is not at fault, try again one threshold later
            s.retryAt = hot + retryGap();
            return;
        }
        if (Recorder.LOOP_EXIT.equals(reason) && where == code && ip == s.headerIp && ++s.exitsAtStart <= MAX_RETURNS) {
            // the recording began at an exhausted iterator: the back jump that made the loop hot was
            // its last iteration's, nothing the loop does is at fault. Tier 1 re-enters only every
            // 16th back jump, so a loop of a fixed even length would meet its end there each time:
            // try again at the very next back jump, which may be one with an item left
            s.retryAt = hot + 1;
            s.reenterAtNextJump(code, REENTRY_MASK);
            return;
        }
        if (reason.endsWith(Recorder.UNROLL_REFUSED)) {
            // the inlined call that went round its loop too often is residual from now on (each
            // such abort refuses another loop, so these end): not the outer loop's fault
            s.retryAt = hot + retryGap();
            return;
        }
        if (Recorder.TOO_LONG.equals(reason) && !s.shortLoop && halvedSplit(s.splitAt) > 0) {
            // the body is longer than one trace: the next recordings end at a statement past half
            // the cap (GUARD_SPLIT) and the split exit's bridge records the rest; lower again if
            // no such statement came in time
            proposeSplit(code, s, halvedSplit(s.splitAt));
            s.retryAt = hot + retryGap();
            return;
        }
        // an unsupported instruction at the same place twice: the loop's common path has it
        if (++s.aborts >= MAX_ABORTS || s.sameAbortAgain(where, ip, reason)) {
            s.closed = true;
            listener.blacklisted(code, s.headerIp);
        } else {
            s.retryAt = hot + (retryGap() << s.aborts);
        }
    }

    /**
     * Splits the loop's later recordings at {@code at} recorded ops. The first split of a loop
     * waits until {@link #watchLength} has seen it go round more than {@link #SHORT_LOOP} times in
     * one entry; a loop already split was watched then.
     */
    private static void proposeSplit(PyCode code, LoopState s, int at) {
        if (s.splitAt != Recorder.NO_SPLIT) {
            s.splitAt = at;
            return;
        }
        s.splitPending = at;
        s.watched = null;
        s.watchedJumps = 0;
        s.shortEntries = 0;
        s.reenterAtNextJump(code, REENTRY_MASK);
    }

    /**
     * At a back jump of a loop whose split waits ({@link LoopState#splitPending}): counts the back
     * jumps of the entry under way, told apart by the object under the header's stack top (a for
     * loop's iterator). More than {@link #SHORT_LOOP} in one entry: the split is made, the next
     * recording (at the usual retry) uses it. {@link #SHORT_ENTRIES} entries ending sooner: the
     * loop is not split, and its too-long recordings count as aborts again, as before splits
     * existed. A split short loop's pieces were compiled for nothing: its trace, entered from tier
     * 1 at a back jump, runs too few iterations per entry to pay ({@link EntryStats}; raytrace's
     * loop over two lights in Scene.trace made a trace and three bridges that were thrown away).
     * A loop with nothing on the stack at its header (a while loop outside any for loop) is split
     * at once.
     */
    private void watchLength(PyCode code, Frame f, LoopState s) {
        // the value stack starts at stackBase (the fast locals are below it): an empty one has no iterator
        org.taipan.runtime.PyObject it = f.sp > f.stackBase ? f.stack[f.sp - 1] : null;
        if (it != s.watched) {
            if (s.watched != null && ++s.shortEntries >= SHORT_ENTRIES) {
                s.splitPending = 0;
                s.watched = null;
                s.shortLoop = true;
                listener.aborted(code, s.headerIp, code, s.headerIp, TOO_SHORT_TO_SPLIT);
                return;
            }
            s.watched = it;
            s.watchedJumps = 0;
        }
        if (it == null || ++s.watchedJumps > SHORT_LOOP) {
            s.splitAt = s.splitPending;
            s.splitPending = 0;
            s.watched = null;
            return;
        }
        s.reenterAtNextJump(code, REENTRY_MASK);
    }

    /**
     * Before a loop's first recording, from half the threshold on (so a long loop is still
     * recorded when it reaches the threshold): counts its back jumps per entry as tier 1 runs it (tier 1
     * made to leave its dispatch loop at each of them), entries told apart by the frame and the
     * object under the header's stack top (a for loop's iterator). A trace is entered from tier 1
     * at a back jump and runs the entry's later iterations, so an entry of {@code n} back jumps
     * gives it {@code n - 1}: once the watched entries' sum of those reaches
     * {@code EntryStats.MIN_ITERATIONS} per watched entry, the loop is recorded once hot. If
     * {@link #WATCH_ENTRIES} entries end short of that, the loop is not recorded at all (it would
     * be compiled, with its bridges, and then closed by {@link EntryStats}: json_parse's
     * {@code Parser.obj} and {@code Parser.array} loops, called recursively, compiled 12 bridges
     * before their traces were closed), unless another loop of its code encloses it: an outer
     * loop's trace may call its trace (CALL_TRACE) at no tier-1 dispatch (go's {@code Board.group}).
     * Entries that end before their first back jump are not seen; a {@code while} loop's entries
     * in one frame look like one entry (long): both err towards recording, as before the watch.
     * Below the default threshold ({@code -X jit-threshold}, the tests' threshold-1 mode) every
     * loop is recorded, as before.
     *
     * @return whether the loop may be recorded now (when hot enough): only when it is not watched
     */
    private boolean watchEntries(PyCode code, Frame f, LoopState s) {
        if (threshold < DEFAULT_THRESHOLD || nestedInAnotherLoop(code, s)) {
            s.entriesWatched = true;
            return true;
        }
        if (!s.watchingEntries) {
            s.watchingEntries = true;
            s.entryKeys = new Object[2 * WATCH_ENTRIES];
            s.watchedEntries = 0;
            s.countersAtWatch = new int[s.backJumps.length];
            for (int j = 0; j < s.backJumps.length; j++) {
                s.countersAtWatch[j] = code.counters[s.backJumps[j]];
            }
            s.jumpsWatched = 0;
        } else {
            s.jumpsWatched++;
        }
        Object top = f.sp > f.stackBase ? f.stack[f.sp - 1] : null;
        int k = 0;
        while (k < s.watchedEntries && (s.entryKeys[2 * k] != f || s.entryKeys[2 * k + 1] != top)) {
            k++;
        }
        if (k == s.watchedEntries) {
            if (k == WATCH_ENTRIES) {
                // every watched entry is over or has gone on too few iterations to matter
                endEntryWatch(code, s);
                s.shortPerEntry = true;
                s.closed = true;
                // a while loop's entries (nothing under the header's top) are told apart by frame
                // alone, which a later watch may take for one long entry: only for loops are watched again
                s.rewatchAt = top == null ? Long.MAX_VALUE : s.hotness(code) + (REWATCH_JUMPS << Math.min(s.shortCloses++, 20));
                if (!s.rewatching) {
                    listener.aborted(code, s.headerIp, code, s.headerIp, SHORT_PER_ENTRY);
                    listener.blacklisted(code, s.headerIp);
                }
                return false;
            }
            s.entryKeys[2 * k] = f;
            s.entryKeys[2 * k + 1] = top;
            s.watchedEntries++;
        }
        // every back jump of the watch is one of an entry's: those after each entry's first
        long later = s.jumpsWatched + 1L - s.watchedEntries;
        if (later >= (s.rewatching ? REWATCH_ITERATIONS : (long) EntryStats.MIN_ITERATIONS) * WATCH_ENTRIES) {
            // recorded at a later re-entry as without the watch, not at this back jump (which may
            // be its entry's last): a long loop's first recording starts as it did before
            endEntryWatch(code, s);
            return false;
        }
        s.reenterAtNextJump(code, REENTRY_MASK);
        return false;
    }

    /**
     * Ends the watch, putting the loop's counters where they would be without it: leaving tier 1's
     * dispatch loop at each back jump rounded each counter up to the re-entry period, which would
     * have made the loop hot sooner and recorded it at another iteration (go's traces and bridges
     * depend on which loop is recorded when).
     */
    private static void endEntryWatch(PyCode code, LoopState s) {
        for (int j = 0; j < s.backJumps.length; j++) {
            code.counters[s.backJumps[j]] = s.countersAtWatch[j] + (j == 0 ? s.jumpsWatched : 0);
        }
        s.countersAtWatch = null;
        s.watchingEntries = false;
        s.entriesWatched = true;
        s.entryKeys = null;
    }

    /** Whether a back jump of {@code code} after loop {@code s}'s last one goes to a header before its own: another loop encloses it. */
    private static boolean nestedInAnotherLoop(PyCode code, LoopState s) {
        int[] instrs = code.instrs;
        for (int i = s.loopEnd() + 1; i < instrs.length; i++) {
            if ((instrs[i] & 0xFF) == Op.JUMP_BACKWARD && instrs[i] >>> 8 < s.headerIp) {
                return true;
            }
        }
        return false;
    }

    private void install(ThreadState ts, Frame f, LoopState s, Trace trace, long hot,
                         java.util.List<RecordResult.UnrolledLoop> unrolled) {
        if (compiler == null) {
            // no backend: the recording was the whole point (its log entry); do not record this loop again
            s.closed = true;
            listener.aborted(f.code, s.headerIp, f.code, s.headerIp, "recorded, no backend");
            return;
        }
        boolean logging = listener != JitListener.NONE;
        String recorded = logging ? TraceText.of(trace) : null;
        int guardsBefore = trace.guardCount();
        int allocationsBefore = logging ? TraceText.allocations(trace) : 0;
        int recordedOps = trace.ops.size();
        CompiledTrace compiled;
        try {
            compiled = compiler.compile(trace);
        } catch (UnsupportedOperationException e) {
            if (!unrolled.isEmpty()) {
                // the unrolled loops of its inlined calls may be what made it too big: those calls
                // are residual in the next recording, which may fit (chaos' Game.play with Game.choose)
                listener.aborted(f.code, s.headerIp, f.code, s.headerIp, "backend: " + e.getMessage()
                        + " (unrolled loops in inlined calls refused)");
                for (RecordResult.UnrolledLoop u : unrolled) {
                    refuseUnrollIn(f.code, s.headerIp, u.code());
                }
                s.retryAt = hot + retryGap();
                return;
            }
            if (e instanceof TraceTooBig big && !s.shortLoop && big.lowered(recordedOps, s.splitAt) > 0) {
                // the body makes more code than the JVM compiles in one method: the next
                // recordings end where the code would fill most of one (GUARD_SPLIT) and the split
                // exit's bridge records the rest (splitting again if it is still too big)
                int at = big.lowered(recordedOps, s.splitAt);
                proposeSplit(f.code, s, at);
                listener.aborted(f.code, s.headerIp, f.code, s.headerIp, "backend: " + big.splitReason(at, recordedOps));
                s.retryAt = hot + retryGap();
                return;
            }
            aborted(f.code, s, s.headerIp, "backend: " + e.getMessage()
                    + (e instanceof TraceTooBig big ? " (" + big.runBytes + " bytes of " + recordedOps + " ops)" : ""), hot);
            // what the backend cannot compile (an op without template, an exit into inlined
            // frames) the next recording of this loop has too: each retry was a whole
            // record + optimize + emit for nothing (deltablue: 7 of its 17 recordings)
            if (!s.closed) {
                s.closed = true;
                listener.blacklisted(f.code, s.headerIp);
            }
            return;
        }
        s.trace = compiled;
        TraceTrees.reset(s);
        s.traceId = traces++;
        s.exits = new TraceExits(compiled, trace, s.traceId, 0);
        s.bridges = 0;
        s.splitPieces = 0;
        s.dependencies = Dependencies.of(trace);
        if (logging) {
            listener.compiled(s.traceId, recorded, trace, guardsBefore, trace.guardCount(),
                    allocationsBefore - TraceText.allocations(trace));
        }
        if (f.ip == s.headerIp) {
            // (a recording that ended at a generator's yield left the frame there: tier 1 yields first)
            enter(ts, f, s, false);
        }
    }

    /**
     * Throws away the loop's trace because something it assumed changed (a global rebound, a class
     * modified): the loop is recorded again once hot, with the new state. Not counted against
     * {@link #MAX_INVALIDATIONS}: the runtime stops handing out switch points for a key or type that
     * keeps changing, so re-recording converges (as do {@link Bridges}' drops of traces whose exits
     * a bridge cannot serve, each bounded there).
     */
    void discard(Frame f, LoopState s, String why) {
        listener.invalidated(s.traceId, why);
        dropTrace(s);
        s.retryAt = s.hotness(f.code) + retryGap();
    }

    /**
     * Throws away loop {@code s}'s trace, one of whose type guards expected class {@code type} and
     * met another class of the same module and qualified name: a class statement that each call of
     * the function around it runs again (see {@link Bridges#afterExit}). The first time, the loop is
     * recorded again once hot (the class may stay put from now on); the second, it is left to tier 1,
     * which a bridge per class object, then exits on every iteration, ran several times slower.
     */
    void dropForRemadeClass(Frame f, LoopState s, org.taipan.runtime.PyType type) {
        discard(f, s, "expected class " + type.qualname() + ", and a class of that name made again"
                + " arrived (a class statement run by each call of its function)");
        if (++s.remadeClasses > 1 && !s.closed) {
            s.closed = true;
            listener.blacklisted(f.code, s.headerIp);
        }
    }

    private static void dropTrace(LoopState s) {
        s.trace = null;
        TraceTrees.reset(s);
        s.callOnly = false;
        s.exits = null;
        s.bridges = 0;
        s.splitPieces = 0;
        s.dependencies = null;
        s.entryStats = new EntryStats();
    }

    /**
     * For the recorder of an outer loop at instruction {@code ip} of {@code f} (the loop's own frame)
     * with the stack at {@code sp}: when {@code ip} is the header of another loop of the frame's
     * code that has a compiled trace entered at that depth, the {@link InnerCall} that runs it
     * (IR CALL_TRACE); else null (the recorder aborts "inner loop" as before).
     */
    public InnerCall innerLoopAt(Frame f, int ip, int sp) {
        LoopState s = LoopTable.find(f.code, ip);
        if (s == null || s.trace == null || s.entrySp != sp || f.globals != s.globals || f.builtins != s.builtins) {
            return null;
        }
        return new InnerCall(this, s);
    }

    /**
     * For the recorder at a call of a function whose {@code code} has loops: whether the call may be
     * inlined with its loops unrolled into the caller's trace ({@code record.CalleeLoops}), because
     * none of them is known to run long. A loop with a trace that pays for its entries from tier 1
     * runs long enough to keep (the call stays residual, so the loop runs its trace); so does one
     * that a recording already went round too often ({@link #refuseUnroll}), and one given up on for
     * another reason than being short or left by return (its recordings aborted: inlined, its body
     * would abort the caller's recording too). A loop the JIT has not seen hot yet, or whose own
     * recordings ended in a return or began at its exhausted iterator, or whose trace was too short
     * to pay, is a short search or scan loop: unrolled.
     */
    public boolean calleeLoopsUnrollable(PyCode code) {
        int[] instrs = code.instrs;
        for (int w : instrs) {
            if ((w & 0xFF) != Op.JUMP_BACKWARD) {
                continue;
            }
            LoopState s = LoopTable.find(code, w >>> 8);
            if (s == null) {
                continue;
            }
            if (s.noUnroll || s.trace != null && !s.callOnly
                    || s.closed && !s.callOnly && !s.shortPerEntry && s.returns == 0 && s.exitsAtStart == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #calleeLoopsUnrollable(PyCode)} for a call inside the recording of the loop at
     * {@code loopHeader} of {@code loopCode} (its own trace or a bridge of it): also false when that
     * loop's earlier trace, with {@code code}'s loops unrolled, was too long or too big to compile
     * ({@link #refuseUnrollIn}).
     */
    public boolean calleeLoopsUnrollable(PyCode loopCode, int loopHeader, PyCode code) {
        if (!calleeLoopsUnrollable(code)) {
            return false;
        }
        LoopState s = LoopTable.find(loopCode, loopHeader);
        return s == null || s.residualCallees == null || !s.residualCallees.contains(code);
    }

    /**
     * The recording of the loop at {@code loopHeader} of {@code loopCode} was too long, or its trace
     * too big, with the loops of {@code code} unrolled: that loop's next recordings call it
     * residually. Other loops' traces, which may be smaller, still unroll it.
     */
    public void refuseUnrollIn(PyCode loopCode, int loopHeader, PyCode code) {
        LoopState s = LoopTable.of(loopCode, loopHeader);
        if (s.residualCallees == null) {
            s.residualCallees = new java.util.HashSet<>();
        }
        s.residualCallees.add(code);
    }

    /**
     * A recording went round the loop at {@code headerIp} of {@code code}, inlined into another
     * loop's trace, more often than it may unroll: from now on calls of its function are residual
     * ({@link #calleeLoopsUnrollable} says no).
     */
    public void refuseUnroll(PyCode code, int headerIp) {
        LoopTable.of(code, headerIp).noUnroll = true;
    }

    /** {@link #refuseUnroll} for every loop of {@code code}. */
    public void refuseUnrollAll(PyCode code) {
        for (int w : code.instrs) {
            if ((w & 0xFF) == Op.JUMP_BACKWARD) {
                refuseUnroll(code, w >>> 8);
            }
        }
    }

    /**
     * For the recorder of an outer loop that reached a back jump to {@code ip}, the header of an
     * inner loop of {@code f}'s code without a trace: whether that loop has been given up on or
     * failed to record (closed, or aborted before: its common iteration leaves it, as a loop that
     * breaks on its first iteration does), so the outer recording may go through a few more of its
     * iterations instead of waiting for a trace to call (which may never come).
     */
    public boolean innerLoopUntraceable(Frame f, int ip) {
        LoopState s = LoopTable.find(f.code, ip);
        return s != null && s.trace == null && (s.closed || s.aborts > 0);
    }

    /**
     * Runs inner loop {@code s} from its header on {@code f} as an entry from tier 1 would
     * ({@link #enter}), for a CALL_TRACE of an outer trace; then finishes an exhausted FOR_ITER at
     * the header ({@link InnerLoops#finishExhausted}). The frame is left where tier 1 would go on.
     */
    void runInner(ThreadState ts, Frame f, LoopState s) {
        if (s.trace == null) {
            return;
        }
        if (droppedAsInvalidated(f, s)) {
            return;
        }
        enter(ts, f, s, true);
        if (f.ip == s.headerIp) {
            InnerLoops.finishExhausted(f);
        }
    }

    /**
     * {@link #runInner} for a CALL_TRACE of a compiled outer trace, which goes on when the frame is
     * then at {@code c.resumeIp}/{@code c.resumeSp}: says whether it is. The assumptions of the
     * inner trace (and of the bridges its tree holds) are checked only when it left elsewhere, not
     * before each entry: every one of them is a GUARD_NOT_INVALIDATED of the compiled code
     * ({@link Dependencies#of}), which exits when it no longer holds, so the check only decides
     * whether to throw the trace away (or put the tree's trace back) after such an exit. Checking
     * them at each of go's 5 million entries a run was 2% of its samples.
     */
    boolean runInnerFromTrace(ThreadState ts, Frame f, InnerCall c) {
        LoopState s = c.loop;
        if (s.trace == null) {
            return false;
        }
        enter(ts, f, s, true);
        if (f.ip == s.headerIp) {
            InnerLoops.finishExhausted(f);
        }
        if (f.ip == c.resumeIp && f.sp == c.resumeSp) {
            return true;
        }
        if (s.trace != null) {
            droppedAsInvalidated(f, s);
        }
        return false;
    }

    /**
     * Checks loop {@code s}'s trace tree ({@link TraceTrees#check}) and throws its trace away when
     * one of its assumptions no longer holds; says whether it did.
     */
    private boolean droppedAsInvalidated(Frame f, LoopState s) {
        TraceTrees.check(s);
        if (Dependencies.anyInvalidated(s.dependencies)) {
            discard(f, s, "assumption invalidated: " + Dependencies.firstInvalidated(s.dependencies));
            return true;
        }
        return false;
    }

    /**
     * Runs the loop's trace from the header until it exits (or events are pending), then arranges
     * re-entry at the next back jump. An entry from tier 1 is judged by the loop's
     * {@link EntryStats}; one from an outer loop's trace ({@code fromTrace}, CALL_TRACE) is not:
     * it costs no tier-1 dispatch, and a short inner loop given up to tier 1 would leave the outer
     * trace at its CALL_TRACE on every iteration.
     */
    private void enter(ThreadState ts, Frame f, LoopState s, boolean fromTrace) {
        if (f.globals != s.globals || f.builtins != s.builtins) {
            // one code object run by functions with other namespaces (FunctionType, exec): the
            // trace's globals and builtins (GUARD_GLOBAL's dicts, constants) are the recording's
            return;
        }
        if (s.inlineDepth > 0 && ts.depth + s.inlineDepth > ts.interpreter.recursionLimit()) {
            // the trace's inlined calls would pass the recursion limit here: tier 1 raises at the call
            return;
        }
        long iterations = 0;
        int exit;
        // a call the trace makes (a residual call, a class call) may run this loop again in another
        // frame (recursion) and replace or drop s.trace meanwhile: this entry goes on with its own
        CompiledTrace trace = s.trace;
        TraceExits main = s.exits;
        int after = Bridges.TIER1;
        boolean ranBridge = false;
        do {
            trace = trees.before(s, trace);
            try {
                exit = trace.run(ts, f);
            } catch (RuntimeException | Error e) {
                // an operation of the trace raised, or tier 1 finishing the calls an exit left
                // (InlinedExits) did: the entry still ran its iterations, which -X jit-stats and
                // -X jit-log count (a loop whose exits end in exceptions read "not measured")
                listener.traceRan(s.traceId, iterations + trace.iterations());
                throw e;
            }
            iterations += trace.iterations();
            TraceExits owner = main;
            if (exit == CompiledTrace.LINKED) {
                // the exit ran its linked bridge, which left through one of its own exits
                owner = bridges.linkedOwner;
                exit = bridges.linkedExit;
                bridges.linkedOwner = null;
                ranBridge = true;
            }
            if (exit >= 0 && owner.yieldsAt(exit) && listener == JitListener.NONE) {
                // a generator's loop ended its iteration at the yield: no bridge grows there and
                // nothing was held, so tier 1 yields without asking the bridges (one per item)
                after = Bridges.TIER1;
            } else if (exit >= 0 && listener == JitListener.NONE && owner.countedLoopEnd(exit)) {
                // the loop ended (the exit of every entry of an inner loop run from its outer trace)
                after = Bridges.LOOP_END;
            } else if (exit >= 0) {
                after = bridges.afterExit(ts, f, s, owner, exit);
                ranBridge |= bridges.ranBridge;
                if (after == Bridges.AT_HEADER) {
                    // a bridge finished the iteration: the frame is at the header, the trace goes on
                    iterations++;
                    exit = -1;
                }
            }
        } while (exit < 0 && !ts.events.pending);
        boolean yielded = exit >= 0 && (f.code.instrs[f.ip] & 0xFF) == org.taipan.code.Op.YIELD_VALUE;
        if (yielded) {
            // the iteration ran to the generator's yield (GUARD_YIELD, of the trace or of a bridge):
            // done, not a failed speculation
            iterations++;
        }
        // one report per entry: the listener subtracts the one counter bump below per traceRan
        listener.traceRan(s.traceId, iterations);
        s.reenterAtNextJump(f.code, REENTRY_MASK);
        if (s.trace != trace) {
            // a nested entry (recursion) threw this trace away or replaced it: its window is not ours
            return;
        }
        if (fromTrace) {
            // an entry from an outer loop's trace (CALL_TRACE) is not judged
            return;
        }
        if (yielded) {
            // one iteration per entry is all a loop that yields each item can do; entered from
            // its generator's resumption (resumeAtBackJump) and yielding without tier 1, the entry
            // costs no dispatch, so it is not judged short
            return;
        }
        // an exit about to grow a bridge is not yet evidence about the trace; one whose bridge ran is not a failure
        EntryStats.Verdict verdict = after == Bridges.PENDING ? s.entryStats.growing()
                : s.entryStats.entered(iterations, iterations == 0 && !ranBridge, after == Bridges.LOOP_END);
        switch (verdict) {
            case KEEP -> { }
            case RERECORD -> {
                // the path the recording took is no longer the common one: record the loop again
                listener.invalidated(s.traceId, "exits on most entries");
                dropTrace(s);
                if (++s.invalidations >= MAX_INVALIDATIONS) {
                    s.closed = true;
                    listener.blacklisted(f.code, s.headerIp);
                } else {
                    s.retryAt = s.hotness(f.code) + retryGap();
                }
            }
            case CLOSE -> {
                // a short loop: each entry from tier 1 costs more (preamble, exit) than its
                // iterations gain; an outer loop's trace may still run it (CALL_TRACE), at no
                // tier-1 dispatch, so the trace stays for that (an outer loop with an inner loop
                // it cannot call is not traced at all)
                listener.invalidated(s.traceId, "too few iterations per entry (kept for outer loops' traces)");
                s.callOnly = true;
                s.closed = true;
                listener.blacklisted(f.code, s.headerIp);
            }
        }
    }
}
