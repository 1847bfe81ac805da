package org.taipan.jit.record;

import org.taipan.code.Op;
import org.taipan.code.Opcode;
import org.taipan.interp.EagerQuickening;
import org.taipan.interp.Frame;
import org.taipan.interp.SpecializedOps;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Trace;
import org.taipan.interp.AttrCacheProbe;
import org.taipan.interp.GlobalBinding;
import org.taipan.interp.TraceHooks;
import org.taipan.jit.ir.Dependency;
import org.taipan.runtime.PyInstance;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyRange;
import org.taipan.runtime.PyStaticMethod;
import org.taipan.runtime.PyType;
import org.taipan.runtime.Shape;
import org.taipan.runtime.SeqIterator;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.ThreadState;

/**
 * Records one iteration of a hot loop: runs it itself, instruction by instruction from the loop
 * header, with the same tier-1 operations ({@link SpecializedOps}' value forms), and emits for
 * each instruction the trace IR that redoes it for the types and branches it saw (LuaJIT's
 * {@code lj_record.c}, CPython 3.13's trace projection, PyPy's meta-tracing in spirit).
 *
 * <p>Every instruction is handled in three steps: check that the operands are of the kinds this
 * recorder handles (and that the instruction cannot raise), emit IR, then change the frame. An
 * instruction that fails its check, or a trace past its length cap, aborts recording before the
 * frame changed: {@code f.ip}/{@code f.sp} then name that instruction and tier 1 runs it (and
 * raises what it raises, with tier 1's traceback). After every recorded instruction the frame is
 * what tier 1 would have left. Recording closes at a JUMP_BACKWARD to the header, with the frame
 * back at the header.
 *
 * <p>The IR is naive on purpose (a type guard and an unbox per operand, a box per result): the
 * optimizer removes what is redundant.
 */
public final class Recorder {
    /** Trace length (IR instructions, preamble included) past which recording aborts. */
    public static final int MAX_OPS = 500;
    /**
     * Trace length past which a function-entry recording (or one of its bridges) aborts: such a
     * trace is not split, and one near {@link #MAX_OPS} makes more code than HotSpot compiles in one
     * method (deltablue's {@code Constraint.satisfy}, tomllib's {@code parse_key_value_pair}: each
     * written out in full, then refused), where an abort here costs only the recording.
     */
    public static final int MAX_ENTRY_OPS = 300;
    /** The abort reason of a recording past {@link #MAX_OPS} (the JIT then splits the loop's next recordings). */
    public static final String TOO_LONG = TraceBuilder.TOO_LONG;
    /**
     * The abort reason of a recording whose iteration returned from the loop's own frame (the loop
     * is left by {@code return} on this iteration): the next recording may take the path that loops,
     * so the JIT does not count it as a failure of the loop ({@code Jit}).
     */
    public static final String LEFT_BY_RETURN = "loop left by return";
    /**
     * The abort reason of a FOR_ITER whose iterator is exhausted: at the loop's header as the
     * recording's first instruction, the back jump that made the loop hot was its last ({@code Jit}
     * retries at the next one).
     */
    public static final String LOOP_EXIT = "loop exit";
    /**
     * The abort reason of a recording that went round loops inside inlined calls more often than
     * it may unroll ({@link CalleeLoops}).
     */
    static final String UNROLL_BUDGET = "loop in inlined call went round too often";
    /**
     * Ends the reason of an abort inside an inlined call of a function with loops, which the
     * recording had opened up to unroll them ({@link CalleeLoops}): those functions' calls are
     * residual in the next recording, so the JIT does not count it as a failure of the loop.
     */
    public static final String UNROLL_REFUSED = " (its call with a loop is residual from now on)";

    /** {@link #splitAt} when the recording is not split. */
    public static final int NO_SPLIT = Integer.MAX_VALUE;

    /** The frame being recorded: the loop's own, or the innermost call being inlined ({@link CallRecorder}). */
    Frame f;
    PyObject[] st;
    int[] code;
    /** The lowest stack depth the frame being recorded may pop to (the loop's entry depth, a callee's stack base). */
    int floor;
    private final int header;
    private final int entrySp;
    /**
     * For a bridge, the loop's last JUMP_BACKWARD (the loop's own frame must stay within
     * header..loopEnd); {@link #LOOP} for a loop; {@link #FUNCTION_ENTRY} for a function-entry trace.
     */
    private final int loopEnd;
    private static final int LOOP = -1;
    /**
     * {@link #bridge}'s {@code loopEnd} for a bridge of a function-entry trace: it ends, as the
     * trace does, before the function's own frame returns ({@link #functionEntry}).
     */
    public static final int FUNCTION_ENTRY = -2;
    final TraceBuilder b;
    final ThreadState ts;
    private final CallRecorder calls;
    private final NumberRecorder nums = new NumberRecorder(this);
    private final NameRecorder names = new NameRecorder(this);
    private final BuiltinRecorder builtins = new BuiltinRecorder(this);
    private final SequenceRecorder seqs = new SequenceRecorder(this);
    private final DescriptorCallRecorder descrs = new DescriptorCallRecorder(this);
    private final BuiltinClassRecorder classes = new BuiltinClassRecorder(this);
    private final IsInstanceRecorder isinstance = new IsInstanceRecorder(this, builtins);
    private final InnerLoopRecorder inner;
    final CalleeLoops calleeLoops;
    final ResidualRecorder resid = new ResidualRecorder(this);
    private final GeneratorRecorder gens = new GeneratorRecorder(this);
    private final EnumerateZipRecorder enumZip = new EnumerateZipRecorder(this);
    int ip;
    int sp;
    /** Set when the recording closes at a generator's YIELD_VALUE ({@link GeneratorRecorder#yieldValue}). */
    private boolean atYield;
    /**
     * Trace length (IR instructions) from which the recording ends at the next instruction where
     * it may ({@link #splittable}) with an always-taken exit, GUARD_SPLIT, whose bridge records the
     * rest of the iteration; {@link #NO_SPLIT} by default. The JIT sets it for a loop whose body
     * made a trace too long to record or too big to compile (HotSpot's compile size limit).
     */
    private int splitAt = NO_SPLIT;

    /**
     * @param ts the thread running {@code f} ({@code f} is its running frame)
     * @param f  a frame stopped at the header of one of its loops ({@code f.ip}), the value stack at
     *           the loop's depth there ({@code f.sp})
     */
    public Recorder(ThreadState ts, Frame f) {
        this(ts, f, f.ip, f.sp, LOOP);
    }

    /**
     * A recorder of a function-entry trace: records one call of {@code f}'s function from its
     * first instruction ({@code f.ip} 0, or 1 after a closure's COPY_FREE_VARS; the arguments
     * bound, the value stack empty) until its own
     * frame reaches a return, and closes there before the return runs, the frame at that
     * instruction for tier 1 to return from. The result is shaped as a {@link
     * org.taipan.jit.ir.Trace#isBridge bridge} (one pass, its JUMP's snapshot the frame at the
     * return). Only for code without loops of its own ({@code jit.FunctionEntries} checks): a
     * back jump in its frame aborts.
     */
    public static Recorder functionEntry(ThreadState ts, Frame f) {
        Recorder r = new Recorder(ts, f, f.ip, f.sp, FUNCTION_ENTRY);
        r.entryRoot = true;
        return r;
    }

    /** Set for the recording of a function-entry trace itself ({@link #functionEntry}), not of one of its bridges. */
    private boolean entryRoot;

    /**
     * A recorder of a bridge: records from where {@code f} is ({@code f.ip}, {@code f.sp}: where an
     * exit of the loop's trace left it) until execution jumps back to {@code loopHeader} with the
     * stack at {@code loopEntrySp}; aborts ("bridge left the loop") when the loop's own frame
     * reaches an instruction outside {@code [loopHeader, loopEnd]}, and on what a loop recording
     * aborts on. The result is a {@link org.taipan.jit.ir.Trace#isBridge bridge}.
     *
     * @param loopEnd the loop's last JUMP_BACKWARD to {@code loopHeader}, or {@link #FUNCTION_ENTRY}
     *                for a bridge of a function-entry trace ({@code loopHeader} 0, {@code loopEntrySp}
     *                the function's empty stack), which ends before the function's return
     */
    public static Recorder bridge(ThreadState ts, Frame f, int loopHeader, int loopEntrySp, int loopEnd) {
        return new Recorder(ts, f, loopHeader, loopEntrySp, loopEnd);
    }

    /**
     * A recorder of a bridge from an exit inside inlined calls: {@code f} is the loop's frame
     * waiting at its CALL, {@code held} the callee frames the exit re-created and held
     * ({@code ExitPoint.held}, innermost first); recording starts in the innermost one at its
     * {@code ip} and goes on as {@link #bridge(ThreadState, Frame, int, int, int)} does.
     *
     * @param from the exit that held the frames (the bridge reads its entry values from it)
     */
    public static Recorder bridge(ThreadState ts, Frame f, Frame[] held, org.taipan.jit.exit.ExitPoint from,
                                  int loopHeader, int loopEntrySp, int loopEnd) {
        Recorder r = new Recorder(ts, f, loopHeader, loopEntrySp, loopEnd);
        r.calls.resume(held, from);
        return r;
    }

    private Recorder(ThreadState ts, Frame f, int header, int entrySp, int loopEnd) {
        this.ts = ts;
        this.f = f;
        this.st = f.stack;
        this.code = f.code.instrs;
        this.header = header;
        this.entrySp = entrySp;
        this.loopEnd = loopEnd;
        this.floor = entrySp;
        this.ip = f.ip;
        this.sp = f.sp;
        this.b = new TraceBuilder(f.code, f.ip, f.sp, f.stack.length, loopEnd == FUNCTION_ENTRY ? MAX_ENTRY_OPS : MAX_OPS);
        this.calls = new CallRecorder(this);
        this.inner = new InnerLoopRecorder(this);
        this.calleeLoops = new CalleeLoops(this);
    }

    /**
     * Makes the recording end at the first instruction where it may once it is {@code ops} IR
     * instructions long (see {@link #splitAt}); {@link #NO_SPLIT} for never.
     *
     * @return this recorder
     */
    public Recorder splitAt(int ops) {
        this.splitAt = ops;
        return this;
    }

    /** {@link #Recorder(ThreadState, Frame)} on the current thread. */
    public Recorder(Frame f) {
        this(ThreadState.current(), f);
    }

    /**
     * Runs and records the loop's next iteration.
     *
     * @return the closed trace (the frame then at the header again), or why recording aborted (the
     *         frame then at the instruction it aborted at)
     */
    public RecordResult record() {
        try {
            // the first instruction and each one after a call that may run Python code (the
            // callee's first, when inlined)
            boolean checkHooks = true;
            while (true) {
                b.at(ip, sp);
                if (b.full()) {
                    throw new RecordAbort(TOO_LONG, ip);
                }
                if (checkHooks) {
                    if (TraceHooks.hooked(ts)) {
                        // set by the call just recorded: what follows owes it events the recorder does not send
                        throw new RecordAbort("trace or profile function set while recording", ip);
                    }
                    // no trace or profile function may appear unnoticed: code the trace runs on would
                    // owe it events (a call the trace inlines, the lines of a frame given an f_trace);
                    // nor a lowered recursion limit, which the trace's entry checked its inlined calls against
                    b.guard(IrOp.GUARD_NOT_INVALIDATED,
                            Dependency.on("no trace or profile function, recursion limit not lowered", TraceHooks.unhooked()));
                    checkHooks = false;
                }
                if (loopEnd == FUNCTION_ENTRY && calls.depth() == 0 && returns(code[ip])) {
                    // the call is done but for its return: tier 1 returns from the frame as the trace leaves it
                    f.ip = ip;
                    f.sp = sp;
                    Trace t = b.closeFunctionEntry(ip, sp, entryRoot);
                    return RecordResult.closed(t, calls.maxDepth(), calleeLoops.unrolled());
                }
                if (loopEnd >= 0 && calls.depth() == 0 && (ip < header || ip > loopEnd)) {
                    // a bridge only ever continues an iteration: the loop ended (or broke out)
                    throw new RecordAbort("bridge left the loop", ip);
                }
                if (splittable()) {
                    // the trace ends before this instruction; the frame is here for tier 1 (and
                    // the bridge the split exit grows at once)
                    b.guard(IrOp.GUARD_SPLIT, null);
                    f.ip = ip;
                    f.sp = sp;
                    int back = loopLast();
                    Trace t = loopEnd >= 0 ? b.closeBridge(back, header, entrySp) : b.close(back);
                    // inside inlined calls: tier 1 finishes them, as after an abort there (the
                    // split exit's bridge starts in the callee frames the exit re-creates)
                    Throwable raised = calls.depth() > 0 ? calls.finishAfterAbort(null) : null;
                    return RecordResult.closed(t, calls.maxDepth(), calleeLoops.unrolled(), raised);
                }
                if (ip != header && inner.callable(ip)) {
                    inner.call(ip);
                    f.ip = ip;
                    f.sp = sp;
                    checkHooks = true;
                    continue;
                }
                boolean call = callsOut(code[ip]);
                int mark = b.bodySize(), depth = calls.depth();
                int back = step(ip);
                // only Python code sets a hook (sys.settrace is reached through a call or a dunder
                // that runs it): after an inlined call or any helper that runs Python code (a
                // __getitem__ called for a subscript too), not after a builtin the trace makes as
                // plain Java (int(x), len)
                checkHooks = call && calls.depth() > depth || b.runsPythonSince(mark);
                if (back >= 0 && atYield) {
                    // the iteration ends at the generator's yield: the frame stays there, tier 1 yields
                    f.ip = ip;
                    f.sp = sp;
                    Trace t = loopEnd >= 0 ? b.closeBridge(back, header, entrySp) : b.close(back);
                    return RecordResult.closed(t, calls.maxDepth(), calleeLoops.unrolled());
                }
                if (back >= 0) {
                    f.ip = header;
                    f.sp = sp;
                    Trace t = loopEnd >= 0 ? b.closeBridge(back, header, entrySp) : b.close(back);
                    return RecordResult.closed(t, calls.maxDepth(), calleeLoops.unrolled());
                }
                f.ip = ip;
                f.sp = sp;
            }
        } catch (RecordAbort a) {
            f.ip = ip;
            f.sp = sp;
            if (calls.depth() == 0) {
                // too long after inlined calls with unrolled loops returned: those may be what made it so
                String reason = TraceBuilder.TOO_LONG.equals(a.getMessage()) && calleeLoops.refuseHere(calleeLoops.entered())
                        ? a.getMessage() + UNROLL_REFUSED : a.getMessage();
                return RecordResult.aborted(reason, f.code, a.ip, a.raised);
            }
            // inside an inlined call: tier 1 finishes the half-run callees, the loop's frame goes on after the CALL
            PyCode where = f.code;
            String reason = calleeLoops.refuse(calls.inlinedCodes()) ? a.getMessage() + UNROLL_REFUSED : a.getMessage();
            return RecordResult.aborted(reason, where, a.ip, calls.finishAfterAbort(a.raised));
        }
    }

    private static final java.lang.reflect.Method NEW_CELL =
            TraceHelpers.find(org.taipan.interp.TraceResiduals.class, "newCell", 1);

    /**
     * MAKE_CELL at the start of a function-entry trace's own frame (an inlined call of a function
     * with cells is never made, {@link CallRecorder#notInlinable}): local {@code k}, an argument
     * or unbound, becomes a new cell holding it (RESIDUAL {@code TraceResiduals.newCell}).
     */
    private void makeCell(int i, int k) {
        if (loopEnd != FUNCTION_ENTRY || calls.depth() > 0) {
            throw new RecordAbort("unsupported opcode MAKE_CELL", i);
        }
        Ins cell = b.guard(IrOp.RESIDUAL, NEW_CELL, st[k] == null ? b.constant(null) : b.read(k));
        st[k] = new org.taipan.runtime.PyCell(st[k]);
        b.write(k, cell);
        ip = i + 1;
    }

    /** Whether code word {@code w} returns from its frame (in any form). */
    private static boolean returns(int w) {
        int op = w & 0xFF;
        return op == Op.RETURN_VALUE || op == Op.LOAD_CONST__RETURN_VALUE || op == Op.JUMP_FORWARD__RETURN_VALUE;
    }

    /**
     * Whether code word {@code w} is a call (in any form) or merges a mapping into a dict (a
     * mapping's {@code keys()} may be Python code): after it a hook may be set.
     */
    private static boolean callsOut(int w) {
        Opcode op = Opcode.of(w & 0xFF).generic();
        return op == Opcode.CALL || op == Opcode.KW_NAMES || op == Opcode.CALL_FUNCTION_EX
                || op == Opcode.DICT_MERGE || op == Opcode.DICT_UPDATE;
    }

    /** Records the instruction at {@code i}; returns {@code i} when it is the JUMP_BACKWARD closing the loop, else -1. */
    private int step(int i) {
        int w = code[i];
        if (EagerQuickening.covers(w & 0xFF) && EagerQuickening.specialize(f, i, sp)) {
            // a site on its first executions: recorded in the form tier 1 is about to give it
            w = code[i];
        }
        int op = w & 0xFF, oparg = w >>> 8;
        switch (op) {
            case Op.NOP -> ip = i + 1;
            case Op.LOAD_FAST -> {
                local(i, oparg);
                push(b.read(oparg), st[oparg]);
                ip = i + 1;
            }
            case Op.LOAD_CONST -> {
                push(b.constant(f.code.consts[oparg]), f.code.consts[oparg]);
                ip = i + 1;
            }
            case Op.STORE_FAST -> {
                pops(i, 1);
                store(oparg);
                ip = i + 1;
            }
            // A superinstruction's later halves are the original instructions at the next indices:
            // record its first half here and each later one on its own (what tier 1 does in one dispatch).
            case Op.LOAD_FAST__LOAD_FAST, Op.LOAD_FAST__LOAD_CONST, Op.LOAD_FAST__LOAD_ATTR -> {
                local(i, oparg);
                push(b.read(oparg), st[oparg]);
                ip = i + 1;
            }
            case Op.LOAD_CONST__LOAD_FAST -> {
                push(b.constant(f.code.consts[oparg]), f.code.consts[oparg]);
                ip = i + 1;
            }
            case Op.STORE_FAST__LOAD_FAST, Op.STORE_FAST__STORE_FAST -> {
                pops(i, 1);
                store(oparg);
                ip = i + 1;
            }
            case Op.IS_OP__POP_JUMP -> {
                pops(i, 2);
                PyObject x = st[sp - 2], y = st[sp - 1];
                Ins same = b.emit(IrOp.REF_IS, null, b.read(sp - 2), b.read(sp - 1));
                b.guard(x == y ? IrOp.GUARD_TRUE : IrOp.GUARD_FALSE, null, same);
                boolean r = (x == y) ^ (oparg == 1);
                pop();
                pop();
                ip = SpecializedOps.branch(code, i + 1, r ? 1 : 0);
            }
            case Op.IS_OP -> {
                pops(i, 2);
                boolean same = st[sp - 2] == st[sp - 1];
                Ins is = b.emit(IrOp.REF_IS, null, b.read(sp - 2), b.read(sp - 1));
                Ins r = b.emit(IrOp.BOX_BOOL, null, oparg == 0 ? is : b.emit(IrOp.BOOL_NOT, null, is));
                replace(2, r, PyBool.of(same ^ (oparg == 1)));
                ip = i + 1;
            }
            case Op.POP_TOP -> {
                pops(i, 1);
                pop();
                ip = i + 1;
            }
            case Op.COPY, Op.COPY__COPY__BINARY_SUBSCR -> {
                push(b.read(sp - oparg), st[sp - oparg]);
                ip = i + 1;
            }
            case Op.SWAP, Op.SWAP__SWAP__STORE_SUBSCR -> {
                int k = sp - oparg;
                Ins top = b.read(sp - 1), other = b.read(k);
                PyObject t = st[sp - 1];
                st[sp - 1] = st[k];
                st[k] = t;
                b.write(sp - 1, other);
                b.write(k, top);
                ip = i + 1;
            }
            case Op.BINARY_OP_ADD_INT, Op.BINARY_OP_SUBTRACT_INT, Op.BINARY_OP_MULTIPLY_INT, Op.BINARY_OP_INT ->
                    binaryInt(i, op, oparg);
            case Op.BINARY_OP_ADD_FLOAT, Op.BINARY_OP_SUBTRACT_FLOAT, Op.BINARY_OP_MULTIPLY_FLOAT, Op.BINARY_OP_FLOAT ->
                    binaryFloat(i, op, oparg);
            case Op.COMPARE_OP_INT, Op.COMPARE_OP_INT_JUMP -> compareInt(i, op, oparg);
            case Op.COMPARE_OP_FLOAT, Op.COMPARE_OP_FLOAT_JUMP -> compareFloat(i, op, oparg);
            case Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE -> {
                pops(i, 1);
                boolean jumpIfTrue = op == Op.POP_JUMP_IF_TRUE;
                boolean truth = truth(i, jumpIfTrue ? oparg : i + 1, sp - 1, jumpIfTrue ? i + 1 : oparg, sp - 1);
                pop();
                ip = truth == (op == Op.POP_JUMP_IF_TRUE) ? oparg : i + 1;
            }
            case Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE -> {
                // `x is None` / `x is not None` as the branch's own test (the compiler's NoneJumpPeephole)
                pops(i, 1);
                boolean none = st[sp - 1] == PyNone.NONE;
                Ins is = b.emit(IrOp.REF_IS, null, b.read(sp - 1), b.constant(PyNone.NONE));
                b.guard(none ? IrOp.GUARD_TRUE : IrOp.GUARD_FALSE, null, is);
                pop();
                ip = none == (op == Op.POP_JUMP_IF_NONE) ? oparg : i + 1;
            }
            case Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP -> {
                // `a and b` / `a or b`: the value stays as the result when the jump is taken
                pops(i, 1);
                boolean jumpIfTrue = op == Op.JUMP_IF_TRUE_OR_POP;
                int ifTrue = jumpIfTrue ? oparg : i + 1, ifFalse = jumpIfTrue ? i + 1 : oparg;
                if (truth(i, ifTrue, ifTrue == oparg ? sp : sp - 1, ifFalse, ifFalse == oparg ? sp : sp - 1) == jumpIfTrue) {
                    ip = oparg;
                } else {
                    pop();
                    ip = i + 1;
                }
            }
            case Op.JUMP_FORWARD -> ip = oparg;
            case Op.JUMP_BACKWARD -> {
                if (calls.depth() > 0) {
                    calleeLoops.backJump(i, oparg);
                    return -1;
                }
                if (oparg != header) {
                    if (inner.callable(oparg)) {
                        // the rest of an inner iteration an exit of its trace left to the recording: call it again
                        ip = oparg;
                        return -1;
                    }
                    if (inner.unrollable(i, oparg)) {
                        // an inner loop tier 1 keeps: its next iteration recorded inline
                        ip = oparg;
                        return -1;
                    }
                    throw new RecordAbort("inner loop", i);
                }
                if (sp != entrySp) {
                    throw new RecordAbort("stack depth changed", i);
                }
                return i;
            }
            case Op.UNARY_NEGATIVE, Op.UNARY_POSITIVE, Op.UNARY_NOT, Op.UNARY_INVERT -> nums.unary(i, op);
            case Op.COMPARE_OP -> {
                if (sp - 2 >= floor && NumberRecorder.numeric(st[sp - 2]) && NumberRecorder.numeric(st[sp - 1])) {
                    nums.compare(i, oparg);
                } else {
                    resid.compare(i, oparg, false);
                }
            }
            case Op.COMPARE_OP_STR, Op.COMPARE_OP_STR_JUMP -> resid.compare(i, oparg, op == Op.COMPARE_OP_STR_JUMP);
            case Op.BINARY_OP -> nums.binary(i, oparg);
            case Op.BINARY_OP_ADD_UNICODE -> resid.binary(i, oparg);
            case Op.BINARY_SUBSCR_STR_INT -> resid.strItem(i);
            case Op.FORMAT_VALUE -> resid.formatValue(i, oparg);
            case Op.BUILD_STRING -> resid.buildString(i, oparg);
            case Op.BUILD_SET -> resid.stackOp(i, op, oparg, oparg);
            case Op.BUILD_MAP -> resid.stackOp(i, op, oparg, 2 * oparg);
            case Op.BUILD_CONST_KEY_MAP -> resid.stackOp(i, op, oparg, oparg + 1);
            case Op.LIST_TO_TUPLE -> resid.stackOp(i, op, oparg, 1);
            case Op.UNPACK_EX -> resid.unpackEx(i, oparg);
            case Op.MAP_ADD -> resid.mapAdd(i, oparg);
            case Op.SET_ADD -> resid.setAdd(i, oparg);
            case Op.LOAD_DEREF -> names.loadDeref(i, oparg);
            case Op.STORE_DEREF -> names.storeDeref(i, oparg);
            case Op.LOAD_CLOSURE -> names.loadClosure(i, oparg);
            case Op.MAKE_CELL -> makeCell(i, oparg);
            case Op.LOAD_NAME -> names.loadName(i, f.code.names[oparg]);
            case Op.STORE_NAME -> names.storeName(i, f.code.names[oparg]);
            case Op.CALL_NO_KW_BUILTIN_O, Op.CALL_NO_KW_BUILTIN_FAST -> {
                int argc = op == Op.CALL_NO_KW_BUILTIN_O ? 1 : 2;
                if (ObjectNewRecorder.matches(this, argc)) {
                    ObjectNewRecorder.call(this, i);
                } else if (calls.boundBuiltinAt(argc)) {
                    calls.boundBuiltin(i, argc);
                } else if (GeneratorRecorder.resumesGenerator(st, sp, argc)) {
                    calls.residualBuiltin(i, argc);
                } else {
                    builtins.call(i, argc);
                }
            }
            case Op.CALL_NO_KW_BUILTIN -> {
                if (ObjectNewRecorder.matches(this, oparg)) {
                    ObjectNewRecorder.call(this, i);
                } else if (calls.boundBuiltinAt(oparg)) {
                    calls.boundBuiltin(i, oparg);
                } else {
                    calls.residualBuiltin(i, oparg);
                }
            }
            case Op.CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS -> descrs.call(i, 0);
            case Op.CALL_NO_KW_METHOD_DESCRIPTOR_O -> descrs.call(i, 1);
            case Op.CALL_NO_KW_METHOD_DESCRIPTOR_FAST -> descrs.call(i, 2);
            case Op.CALL_NO_KW_METHOD_DESCRIPTOR -> descrs.call(i, oparg);
            case Op.CALL_NO_KW_BUILTIN_CLASS -> classes.call(i, oparg);
            case Op.CALL_NO_KW_ISINSTANCE -> isinstance.call(i);
            case Op.STORE_GLOBAL -> GlobalStoreRecorder.record(this, i, f.code.names[oparg]);
            case Op.LOAD_ATTR_MODULE -> ModuleAttrRecorder.record(this, i, oparg);
            case Op.LOAD_ATTR, Op.LOAD_ATTR_CLASS -> ClassAttrRecorder.record(this, i, op, oparg);
            case Op.BUILD_TUPLE -> {
                int next = code[i + 1];
                if (((next & 0xFF) != Op.UNPACK_SEQUENCE && (next & 0xFF) != Op.UNPACK_SEQUENCE_TUPLE) || next >>> 8 != oparg) {
                    buildTuple(i, oparg);
                    return -1;
                }
                pops(i, oparg);
                // `a, b = b, a`: a tuple built only to be unpacked at once is the top entries reversed
                for (int lo = sp - oparg, hi = sp - 1; lo < hi; lo++, hi--) {
                    Ins vlo = b.read(lo), vhi = b.read(hi);
                    PyObject t = st[lo];
                    st[lo] = st[hi];
                    st[hi] = t;
                    b.write(lo, vhi);
                    b.write(hi, vlo);
                }
                ip = i + 2;
            }
            case Op.FOR_ITER_RANGE, Op.FOR_ITER, Op.FOR_ITER_SEQ, Op.FOR_ITER_GEN, Op.FOR_ITER_DICT, Op.FOR_ITER_PAIRS -> {
                if (op == Op.FOR_ITER_DICT || op == Op.FOR_ITER_PAIRS) {
                    // recorded as their generic form: the iterator's kind is guarded below either way
                    op = Op.FOR_ITER;
                }
                if (calls.depth() > 0) {
                    // a loop of an inlined call, unrolled (CalleeLoops): its end, or an iteration as below
                    if (op == Op.FOR_ITER_GEN || GeneratorRecorder.handles(st[sp - 1])) {
                        throw new RecordAbort("loop in inlined call over a generator", i);
                    }
                    if (calleeLoops.forIterEnd(i, oparg)) {
                        return -1;
                    }
                } else if (i != header) {
                    throw new RecordAbort("inner loop", i);
                }
                if (ResidualRecorder.plainIterator(st[sp - 1])) {
                    resid.forIter(i, oparg);
                } else if (op == Op.FOR_ITER && EnumerateZipRecorder.handles(st[sp - 1])) {
                    enumZip.forIter(i, oparg);
                } else if (op == Op.FOR_ITER_SEQ || op == Op.FOR_ITER && st[sp - 1] instanceof SeqIterator) {
                    seqs.forIterSeq(i, op);
                } else if ((op == Op.FOR_ITER_GEN || op == Op.FOR_ITER) && GeneratorRecorder.handles(st[sp - 1])) {
                    gens.forIter(i, oparg);
                } else if (op == Op.FOR_ITER_GEN) {
                    throw new RecordAbort("FOR_ITER_GEN on another iterator", i);
                } else {
                    forIterRange(i, op);
                }
            }
            case Op.YIELD_VALUE -> {
                int back = gens.yieldValue(i, header, entrySp);
                atYield = true;
                return back;
            }
            case Op.GET_ITER -> {
                if (calls.depth() > 0 && SequenceRecorder.isForIter(code[i + 1])) {
                    calleeLoops.getIter(i);
                } else if (GeneratorRecorder.residualIter(code[i + 1], st[sp - 1])) {
                    gens.getIter(i);
                } else if (!inner.getIter(i)) {
                    seqs.getIter(i);
                }
            }
            case Op.MAKE_FUNCTION -> gens.makeFunction(i, oparg);
            case Op.GET_YIELD_FROM_ITER -> gens.yieldFromIter(i);
            case Op.SEND -> gens.send(i, oparg);
            case Op.END_SEND -> {
                // the end of a yield from: the receiver under the result is dropped
                pops(i, 2);
                PyObject v = st[sp - 1];
                Ins vv = pop();
                pop();
                push(vv, v);
                ip = i + 1;
            }
            case Op.BUILD_SLICE -> seqs.buildSlice(i, oparg);
            case Op.BUILD_LIST -> seqs.build(i, oparg, false);
            case Op.LIST_APPEND, Op.LIST_EXTEND -> seqs.appendOrExtend(i, oparg, op == Op.LIST_EXTEND);
            case Op.CALL_NO_KW_LEN -> seqs.len(i);
            case Op.CALL_NO_KW_LIST_APPEND -> seqs.listAppend(i);
            case Op.UNPACK_SEQUENCE, Op.UNPACK_SEQUENCE_TUPLE, Op.UNPACK_SEQUENCE_LIST -> seqs.unpack(i, oparg);
            case Op.LOAD_ATTR_INSTANCE_VALUE -> loadInstanceValue(i, oparg);
            case Op.LOAD_ATTR_SLOT -> loadMember(i, oparg);
            case Op.STORE_ATTR_SLOT -> storeMember(i, oparg);
            case Op.LOAD_ATTR_CLASS_VALUE -> loadClassValue(i, oparg);
            case Op.CALL_NO_KW_TYPE_1 -> typeCall(i);
            case Op.LOAD_ATTR_PROPERTY -> calls.loadProperty(i);
            case Op.LOAD_GLOBAL_MODULE, Op.LOAD_GLOBAL_BUILTIN -> {
                GlobalBinding g = GlobalBinding.probe(f, f.code, i, op == Op.LOAD_GLOBAL_BUILTIN);
                if (g == null && org.taipan.interp.EagerQuickening.refreshGlobal(f, i)) {
                    // the cache was made before a name was added or deleted: made again for now
                    int again = code[i] & 0xFF;
                    if (again == Op.LOAD_GLOBAL_MODULE || again == Op.LOAD_GLOBAL_BUILTIN) {
                        g = GlobalBinding.probe(f, f.code, i, again == Op.LOAD_GLOBAL_BUILTIN);
                    }
                }
                if (g == null) {
                    // the cache no longer holds (a name added to the globals since): read by name
                    GenericOpRecorder.loadGlobal(this, i, oparg);
                    return -1;
                }
                // tier 1 would push the same object (the cache applies): usually a constant of the trace
                Ins gv = Speculation.global(b, g, f.code.names[oparg >> 1]);
                if ((oparg & 1) != 0) {
                    // the global is about to be called: the NULL of the calling convention below it
                    push(b.constant(null), null);
                }
                push(gv, g.value());
                ip = i + 1;
            }
            case Op.STORE_ATTR_INSTANCE_VALUE -> storeInstanceValue(i, oparg);
            case Op.STORE_ATTR_ADD_VALUE -> ShapeRecorder.addValue(this, i, oparg);
            case Op.BINARY_OP_USER -> calls.binaryUser(i, oparg);
            case Op.BINARY_SUBSCR_LIST_INT, Op.BINARY_SUBSCR_TUPLE_INT, Op.BINARY_SUBSCR_DICT -> seqs.subscr(i);
            case Op.BINARY_SUBSCR -> {
                if (sp - 2 >= floor && st[sp - 2].getClass() == org.taipan.runtime.PyStr.class) {
                    if (st[sp - 1] instanceof org.taipan.runtime.PySlice) {
                        resid.strSlice(i);
                    } else {
                        resid.strItem(i);
                    }
                } else {
                    seqs.subscr(i);
                }
            }
            case Op.STORE_SUBSCR_LIST_INT, Op.STORE_SUBSCR, Op.STORE_SUBSCR_DICT -> seqs.storeSubscr(i);
            case Op.CONTAINS_OP, Op.CONTAINS_OP__POP_JUMP -> {
                if (sp - 2 >= floor && ResidualRecorder.strContains(st[sp - 2], st[sp - 1])) {
                    resid.contains(i, oparg, op == Op.CONTAINS_OP__POP_JUMP);
                } else {
                    seqs.contains(i, oparg, op == Op.CONTAINS_OP__POP_JUMP);
                }
            }
            case Op.KW_NAMES -> KeywordCallRecorder.call(this, calls, i, oparg);
            case Op.STORE_ATTR -> GenericOpRecorder.storeAttr(this, i, oparg);
            case Op.BEFORE_WITH -> GenericOpRecorder.beforeWith(this, i);
            case Op.DELETE_ATTR -> GenericOpRecorder.delAttr(this, i, oparg);
            case Op.DELETE_SUBSCR -> GenericOpRecorder.delItem(this, i);
            case Op.LOAD_GLOBAL -> GenericOpRecorder.loadGlobal(this, i, oparg);
            case Op.CALL_FUNCTION_EX -> GenericOpRecorder.callEx(this, i, oparg);
            case Op.DICT_MERGE -> GenericOpRecorder.dictMerge(this, i, oparg);
            case Op.DICT_UPDATE -> GenericOpRecorder.dictUpdate(this, i, oparg);
            case Op.PUSH_NULL -> {
                push(b.constant(null), null);
                ip = i + 1;
            }
            case Op.CALL, Op.CALL_PY_EXACT_ARGS, Op.CALL_PY_EXACT_ARGS_POP, Op.CALL_PY_CLASS -> {
                if (op == Op.CALL && ObjectNewRecorder.matches(this, oparg)) {
                    ObjectNewRecorder.call(this, i);
                } else {
                    calls.call(i, op, oparg);
                }
            }
            case Op.LOAD_ATTR_METHOD -> calls.loadMethod(i, oparg);
            case Op.RETURN_VALUE, Op.LOAD_CONST__RETURN_VALUE, Op.JUMP_FORWARD__RETURN_VALUE -> calls.ret(i, op, oparg);
            default -> throw new RecordAbort("unsupported opcode " + Opcode.of(op).name(), i);
        }
        return -1;
    }

    // ------------------------------------------------------------------ frame

    /** Whether the instruction being recorded is in a call the trace inlines (not in the loop's own frame). */
    /** The header of the loop being recorded (also for a bridge). */
    int header() {
        return header;
    }

    /**
     * The recorded loop's last JUMP_BACKWARD to its header in the loop's own code: the loop is
     * {@code header()..loopLast()} (a loop nested in it lies within).
     */
    int loopLast() {
        if (loopEnd >= 0) {
            return loopEnd;
        }
        int[] code = f.code.instrs;
        int last = header;
        for (int k = header; k < code.length; k++) {
            if ((code[k] & 0xFF) == Op.JUMP_BACKWARD && code[k] >>> 8 == header) {
                last = k;
            }
        }
        return last;
    }

    /**
     * Whether the recording may end here with a GUARD_SPLIT: it is {@link #splitAt} long, at an
     * instruction boundary (the split exit leaves the frames exactly as an abort here would, where
     * tier 1 resumes, stack included) that is not a back jump (the loop's closes the iteration
     * anyway, and an inner one's is where the inner loop's own handling is). Inside inlined calls
     * too, unless one of them has a loop ({@link CalleeLoops} keeps state about those that a
     * bridge starting there would not have).
     */
    private boolean splittable() {
        if (b.length() < splitAt || ip == header && calls.depth() == 0 || (code[ip] & 0xFF) == Op.JUMP_BACKWARD) {
            return false;
        }
        for (PyCode c : calls.inlinedCodes()) {
            for (int w : c.instrs) {
                if ((w & 0xFF) == Op.JUMP_BACKWARD) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether this records a function-entry trace or one of its bridges. */
    boolean recordsFunctionEntry() {
        return loopEnd == FUNCTION_ENTRY;
    }

    /** Whether this records the function-entry trace of {@code code} (calls of it are then residual). */
    boolean recordsEntryOf(PyCode code) {
        return loopEnd == FUNCTION_ENTRY && code == b.code();
    }

    boolean inCallee() {
        return calls.depth() > 0;
    }

    /** Aborts when local {@code k} is unbound (tier 1 raises UnboundLocalError there). */
    void local(int i, int k) {
        if (st[k] == null) {
            throw new RecordAbort("unbound local", i);
        }
    }

    /** The recorder of method-descriptor calls (CallRecorder's generic CALL of {@code [descr, self, args]}). */
    DescriptorCallRecorder descriptors() {
        return descrs;
    }

    /** The recorder of calls (the inlined frames open now). */
    CallRecorder calls() {
        return calls;
    }

    /** How many inlined calls are open now (0: recording the loop's own frame). */
    int inlineDepth() {
        return calls.depth();
    }

    /**
     * BUILD_TUPLE of the top {@code n} entries: a NEW_TUPLE, which the optimizer keeps virtual
     * when only exits need it (opt.VirtualTuples); the recording goes on with the real tuple.
     */
    private void buildTuple(int i, int n) {
        pops(i, n);
        Ins[] items = new Ins[n];
        PyObject[] objs = new PyObject[n];
        for (int k = n - 1; k >= 0; k--) {
            objs[k] = st[sp - 1];
            items[k] = pop();
        }
        push(b.emit(IrOp.NEW_TUPLE, null, items), org.taipan.runtime.PyTuple.of(objs));
        ip = i + 1;
    }

    /** Aborts when popping {@code n} entries would go below the stack as the header had it (the loop is being left). */
    void pops(int i, int n) {
        if (sp - n < floor) {
            throw new RecordAbort("stack below loop entry", i);
        }
    }

    void push(Ins v, PyObject o) {
        st[sp] = o;
        b.write(sp, v);
        sp++;
    }

    Ins pop() {
        sp--;
        Ins v = b.read(sp);
        st[sp] = null;
        b.clear(sp);
        return v;
    }

    /** STORE_FAST {@code k} of the top of the stack. */
    void store(int k) {
        PyObject o = st[sp - 1];
        Ins v = pop();
        st[k] = o;
        b.write(k, v);
    }

    /** Replaces the top {@code n} entries by {@code v} (the value {@code o}). */
    void replace(int n, Ins v, PyObject o) {
        for (int k = 0; k < n; k++) {
            pop();
        }
        push(v, o);
    }

    // ------------------------------------------------------------------ values

    /**
     * The truth of the top of the stack at the conditional jump {@code i}, guarded. A bool, None,
     * a small int, an exact float, a builtin container, or an object whose type has neither
     * {@code nb_bool} nor {@code mp_length} (always true) is tested in the trace and its guards
     * resume at {@code i}, which tests again (no Python code runs). Other values (a class's
     * {@code __bool__} or {@code __len__}, a big int, bytes, a deque) are tested by tier 1's own
     * truth test called from the trace ({@link GenericOpRecorder#truth}): its guard resumes where
     * the jump goes for the other outcome, at {@code ifTrueIp} with the stack {@code ifTrueSp}
     * deep or at {@code ifFalseIp}/{@code ifFalseSp}, so a {@code __bool__} never runs twice.
     */
    private boolean truth(int i, int ifTrueIp, int ifTrueSp, int ifFalseIp, int ifFalseSp) {
        PyObject v = st[sp - 1];
        if (v == PyBool.TRUE || v == PyBool.FALSE || v == PyNone.NONE) {
            b.guard(IrOp.GUARD_IS, v, b.read(sp - 1));
            return v == PyBool.TRUE;
        }
        if (smallInt(v)) {
            boolean truth = ((PyInt) v).longValue() != 0;
            Ins nonzero = b.emit(IrOp.INT_NE, null, unboxInt(b.read(sp - 1)), b.constantI64(0));
            b.guard(truth ? IrOp.GUARD_TRUE : IrOp.GUARD_FALSE, null, nonzero);
            return truth;
        }
        if (SequenceRecorder.isContainer(v)) {
            return seqs.truth(v);
        }
        PyType t = v.type();
        if (t.nb_bool == null && t.mp_length == null) {
            // no __bool__ and no __len__ (an instance of a plain class, a match object): true, as long
            // as the value keeps its type and the type its slots (a class given __bool__ or __len__
            // later changes its version; a builtin type's slots never change)
            Ins vv = b.read(sp - 1);
            if (t.isHeapType()) {
                Speculation.typeVersion(b, t, vv);
            } else {
                b.guard(IrOp.GUARD_TYPE, t, vv);
            }
            return true;
        }
        if (v.getClass() == PyFloat.class) {
            // CPython's float_bool: NaN is true, -0.0 false, as a comparison with 0.0 gives
            boolean truth = ((PyFloat) v).value() != 0.0;
            Ins nonzero = b.emit(IrOp.FLOAT_NE, null, unboxFloat(b.read(sp - 1)), b.constantF64(0.0));
            b.guard(truth ? IrOp.GUARD_TRUE : IrOp.GUARD_FALSE, null, nonzero);
            return truth;
        }
        return GenericOpRecorder.truth(this, i, ifTrueIp, ifTrueSp, ifFalseIp, ifFalseSp);
    }

    static boolean smallInt(PyObject o) {
        return o.getClass() == PyInt.class && ((PyInt) o).fitsLong();
    }

    /** The unboxed long of {@code v} (an exact int fitting a long at record time), guarded. */
    Ins unboxInt(Ins v) {
        if (v.op == IrOp.BOX_INT) {
            return v.arg(0);
        }
        b.guard(IrOp.GUARD_CLASS, PyInt.class, v);
        b.guard(IrOp.GUARD_SMALL_INT, null, v);
        return b.emit(IrOp.UNBOX_INT, null, v);
    }

    /** The unboxed double of {@code v} (an exact float at record time), guarded. */
    Ins unboxFloat(Ins v) {
        if (v.op == IrOp.BOX_FLOAT) {
            return v.arg(0);
        }
        b.guard(IrOp.GUARD_CLASS, PyFloat.class, v);
        return b.emit(IrOp.UNBOX_FLOAT, null, v);
    }

    // ------------------------------------------------------------------ instructions

    /** BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_INT and BINARY_OP_INT's operators with an IR op; results that stay in a long. */
    private void binaryInt(int i, int op, int nb) {
        pops(i, 2);
        PyObject a = st[sp - 2], c = st[sp - 1];
        int plain = nb >= Abstract.NB_INPLACE ? nb - Abstract.NB_INPLACE : nb;
        IrOp irop = intOperator(plain);
        if (irop == null || !smallInt(a) || !smallInt(c) || NumberRecorder.overflows(irop, ((PyInt) a).longValue(),
                ((PyInt) c).longValue())) {
            // shifts, ints beyond 64 bits, a result beyond 64 bits, a zero divisor: tier 1's operation, residual
            resid.binary(i, nb);
            return;
        }
        long x = ((PyInt) a).longValue(), y = ((PyInt) c).longValue();
        boolean division = irop == IrOp.INT_MOD || irop == IrOp.INT_FLOORDIV;
        if (division && y == 0) {
            // tier 1 raises ZeroDivisionError: the residual raises it while recording
            resid.binary(i, nb);
            return;
        }
        Ins ux = unboxInt(b.read(sp - 2)), uy = unboxInt(b.read(sp - 1));
        if (division) {
            // tier 1 raises ZeroDivisionError at this instruction: the exit lets it
            b.guard(IrOp.GUARD_NONZERO_I64, null, uy);
        }
        if (irop == IrOp.INT_FLOORDIV) {
            // MIN_VALUE // -1 is 2**63 in Python (MIN_VALUE % -1 is 0 in both)
            b.guard(IrOp.GUARD_NO_OVERFLOW_DIV, null, ux, uy);
        }
        Ins r = b.emit(irop, null, ux, uy);
        switch (irop) {
            case INT_ADD -> b.guard(IrOp.GUARD_NO_OVERFLOW_ADD, null, ux, uy, r);
            case INT_SUB -> b.guard(IrOp.GUARD_NO_OVERFLOW_SUB, null, ux, uy, r);
            case INT_MUL -> b.guard(IrOp.GUARD_NO_OVERFLOW_MUL, null, ux, uy, r);
            default -> { }
        }
        Ins boxed = b.emit(IrOp.BOX_INT, null, r);
        PyObject result = switch (op) {
            case Op.BINARY_OP_ADD_INT -> SpecializedOps.addInt(f.code, i, nb, a, c);
            case Op.BINARY_OP_SUBTRACT_INT -> SpecializedOps.subtractInt(f.code, i, nb, a, c);
            case Op.BINARY_OP_MULTIPLY_INT -> SpecializedOps.multiplyInt(f.code, i, nb, a, c);
            default -> SpecializedOps.binaryInt(f.code, i, nb, a, c);
        };
        replace(2, boxed, result);
        ip = i + 1;
    }

    /** BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_FLOAT and BINARY_OP_FLOAT's + - * / on two exact floats. */
    private void binaryFloat(int i, int op, int nb) {
        pops(i, 2);
        PyObject a = st[sp - 2], c = st[sp - 1];
        int plain = nb >= Abstract.NB_INPLACE ? nb - Abstract.NB_INPLACE : nb;
        IrOp irop = floatOperator(plain);
        if (irop == null) {
            throw new RecordAbort("unsupported float operator " + Opcode.BinaryOp.of(nb).plain().name(), i);
        }
        // BINARY_OP_FLOAT also takes one small int operand, converted as tier 1 does (a long to double cast)
        boolean mixed = op == Op.BINARY_OP_FLOAT && (a.getClass() == PyFloat.class || c.getClass() == PyFloat.class);
        if (!floatOperand(a, mixed) || !floatOperand(c, mixed)) {
            throw new RecordAbort("float operands not exact floats", i);
        }
        boolean division = irop == IrOp.FLOAT_DIV || irop == IrOp.FLOAT_FLOORDIV || irop == IrOp.FLOAT_MOD;
        if (division && (c.getClass() == PyFloat.class ? ((PyFloat) c).value() : ((PyInt) c).longValue()) == 0.0) {
            throw new RecordAbort("zero divisor", i);
        }
        Ins ux = toDouble(b.read(sp - 2), a), uy = toDouble(b.read(sp - 1), c);
        if (division) {
            b.guard(IrOp.GUARD_NONZERO_F64, null, uy);
        }
        Ins value = b.emit(irop, null, ux, uy);
        if (irop == IrOp.FLOAT_POW) {
            nums.powGuard(i, a, c, ux, uy, value);
        }
        Ins boxed = b.emit(IrOp.BOX_FLOAT, null, value);
        PyObject result = switch (op) {
            case Op.BINARY_OP_ADD_FLOAT -> SpecializedOps.addFloat(f.code, i, nb, a, c);
            case Op.BINARY_OP_SUBTRACT_FLOAT -> SpecializedOps.subtractFloat(f.code, i, nb, a, c);
            case Op.BINARY_OP_MULTIPLY_FLOAT -> SpecializedOps.multiplyFloat(f.code, i, nb, a, c);
            default -> SpecializedOps.binaryFloat(f.code, i, nb, a, c);
        };
        replace(2, boxed, result);
        ip = i + 1;
    }

    private static boolean floatOperand(PyObject o, boolean intAllowed) {
        return o.getClass() == PyFloat.class || intAllowed && smallInt(o);
    }

    /** The double of {@code v}: an exact float's value, or a small int's converted (INT_TO_FLOAT). */
    private Ins toDouble(Ins v, PyObject o) {
        return o.getClass() == PyFloat.class ? unboxFloat(v) : b.emit(IrOp.INT_TO_FLOAT, null, unboxInt(v));
    }

    /** The IR op of a binary operator ({@code Abstract.NB_*}, not in-place) on two longs, or null. */
    static IrOp intOperator(int plain) {
        return switch (plain) {
            case Abstract.NB_ADD -> IrOp.INT_ADD;
            case Abstract.NB_SUBTRACT -> IrOp.INT_SUB;
            case Abstract.NB_MULTIPLY -> IrOp.INT_MUL;
            case Abstract.NB_REMAINDER -> IrOp.INT_MOD;
            case Abstract.NB_FLOOR_DIVIDE -> IrOp.INT_FLOORDIV;
            case Abstract.NB_AND -> IrOp.INT_AND;
            case Abstract.NB_OR -> IrOp.INT_OR;
            case Abstract.NB_XOR -> IrOp.INT_XOR;
            default -> null;
        };
    }

    /** The IR op of a binary operator ({@code Abstract.NB_*}, not in-place) on two doubles, or null. */
    static IrOp floatOperator(int plain) {
        return switch (plain) {
            case Abstract.NB_ADD -> IrOp.FLOAT_ADD;
            case Abstract.NB_SUBTRACT -> IrOp.FLOAT_SUB;
            case Abstract.NB_MULTIPLY -> IrOp.FLOAT_MUL;
            case Abstract.NB_TRUE_DIVIDE -> IrOp.FLOAT_DIV;
            case Abstract.NB_FLOOR_DIVIDE -> IrOp.FLOAT_FLOORDIV;
            case Abstract.NB_REMAINDER -> IrOp.FLOAT_MOD;
            case Abstract.NB_POWER -> IrOp.FLOAT_POW;
            default -> null;
        };
    }

    static IrOp intCompare(int cmp) {
        return switch (cmp) {
            case 0 -> IrOp.INT_LT;
            case 1 -> IrOp.INT_LE;
            case 2 -> IrOp.INT_EQ;
            case 3 -> IrOp.INT_NE;
            case 4 -> IrOp.INT_GT;
            default -> IrOp.INT_GE;
        };
    }

    static IrOp floatCompare(int cmp) {
        return switch (cmp) {
            case 0 -> IrOp.FLOAT_LT;
            case 1 -> IrOp.FLOAT_LE;
            case 2 -> IrOp.FLOAT_EQ;
            case 3 -> IrOp.FLOAT_NE;
            case 4 -> IrOp.FLOAT_GT;
            default -> IrOp.FLOAT_GE;
        };
    }

    /** COMPARE_OP_INT, and COMPARE_OP_INT_JUMP with the POP_JUMP_IF_FALSE/TRUE after it, on two small ints. */
    private void compareInt(int i, int op, int cmp) {
        pops(i, 2);
        PyObject a = st[sp - 2], c = st[sp - 1];
        if (cmp < 0 || cmp > 5 || !smallInt(a) || !smallInt(c)) {
            resid.compare(i, cmp, op == Op.COMPARE_OP_INT_JUMP);
            return;
        }
        Ins r = b.emit(intCompare(cmp), null, unboxInt(b.read(sp - 2)), unboxInt(b.read(sp - 1)));
        if (op == Op.COMPARE_OP_INT) {
            Ins boxed = b.emit(IrOp.BOX_BOOL, null, r);
            replace(2, boxed, SpecializedOps.compareInt(f.code, i, cmp, a, c));
            ip = i + 1;
        } else {
            branch(i, r, SpecializedOps.compareIntJump(f.code, i, cmp, a, c));
        }
    }

    /** COMPARE_OP_FLOAT, and COMPARE_OP_FLOAT_JUMP with its jump, on two exact floats. */
    private void compareFloat(int i, int op, int cmp) {
        pops(i, 2);
        PyObject a = st[sp - 2], c = st[sp - 1];
        if (cmp < 0 || cmp > 5 || a.getClass() != PyFloat.class || c.getClass() != PyFloat.class) {
            throw new RecordAbort("float compare operands not exact floats", i);
        }
        Ins r = b.emit(floatCompare(cmp), null, unboxFloat(b.read(sp - 2)), unboxFloat(b.read(sp - 1)));
        if (op == Op.COMPARE_OP_FLOAT) {
            Ins boxed = b.emit(IrOp.BOX_BOOL, null, r);
            replace(2, boxed, SpecializedOps.compareFloat(f.code, i, cmp, a, c));
            ip = i + 1;
        } else {
            branch(i, r, SpecializedOps.compareFloatJump(f.code, i, cmp, a, c));
        }
    }

    /** The jump half of a COMPARE_OP_*_JUMP at {@code i} whose comparison gave {@code outcome} (1 or 0). */
    void branch(int i, Ins r, int outcome) {
        if (outcome < 0) {
            // the tier-1 helper saw other types than the check above: cannot happen, but never guess
            throw new RecordAbort("compare miss", i);
        }
        b.guard(outcome == 1 ? IrOp.GUARD_TRUE : IrOp.GUARD_FALSE, null, r);
        pop();
        pop();
        ip = SpecializedOps.branch(code, i + 1, outcome);
    }

    /**
     * FOR_ITER_RANGE (and FOR_ITER before tier 1 specialized it) on an exact range iterator with
     * items left: the next int, pushed (its STORE_FAST is recorded on its own).
     */
    private void forIterRange(int i, int op) {
        PyObject it = st[sp - 1];
        if (it.getClass() != PyRange.Iter.class) {
            throw new RecordAbort(op == Op.FOR_ITER ? "unsupported opcode FOR_ITER" : "FOR_ITER_RANGE on another iterator", i);
        }
        if (!((PyRange.Iter) it).hasNext()) {
            throw new RecordAbort(LOOP_EXIT, i);
        }
        Ins vit = b.read(sp - 1);
        b.guard(IrOp.GUARD_CLASS, PyRange.Iter.class, vit);
        b.guard(IrOp.GUARD_RANGE_ITER_ACTIVE, null, vit);
        Ins boxed = b.emit(IrOp.BOX_INT, null, b.emit(IrOp.RANGE_ITER_NEXT, null, vit));
        push(boxed, op == Op.FOR_ITER ? ((PyRange.Iter) it).next() : SpecializedOps.forIterRange(f.code, i, it));
        ip = i + 1;
    }

    /**
     * LOAD_ATTR_INSTANCE_VALUE: an instance value its inline cache finds; in the method form (an
     * instance attribute called, {@code self.write(...)} with {@code self.write} a bound method
     * stored on the instance) NULL below it, as tier 1 pushes.
     */
    private void loadInstanceValue(int i, int oparg) {
        pops(i, 1);
        PyObject obj = st[sp - 1];
        int index = AttrCacheProbe.cachedLoadIndex(f.code, i, obj);
        if (index < 0 && EagerQuickening.extendOnMiss(f, i, sp)) {
            index = AttrCacheProbe.cachedLoadIndex(f.code, i, obj);
        }
        PyObject v = index < 0 ? null : ((PyInstance) obj).valueAt(index);
        if (v == null) {
            // a class or layout the site's cache does not take (or an attribute deleted): tier 1's lookup
            GenericOpRecorder.loadAttr(this, i, oparg);
            return;
        }
        PyInstance pi = (PyInstance) obj;
        Ins vo = b.read(sp - 1);
        Speculation.typeVersion(b, pi.type(), vo);
        b.guard(IrOp.GUARD_SHAPE, pi.shape(), vo);
        Ins value = b.emit(IrOp.GETSLOT, index, vo);
        if ((oparg & 1) != 0) {
            replace(1, b.constant(null), null);
            push(value, v);
        } else {
            replace(1, value, v);
        }
        ip = i + 1;
    }

    /**
     * CALL_NO_KW_TYPE_1 {@code [NULL, type, x -- type(x)]}: the builtin's identity guarded (folded after
     * LOAD_GLOBAL's constant) and x's type read by a RESIDUAL, so a site that sees many types
     * ({@code pickle}'s dispatch on {@code type(obj)}) does not speculate on one.
     */
    private void typeCall(int i) {
        pops(i, 3);
        int base = sp - 3;
        PyObject x = st[base + 2];
        if (st[base] != null || st[base + 1] != PyType.TYPE) {
            throw new RecordAbort("unsupported opcode CALL_NO_KW_TYPE_1", i);
        }
        for (int k = 0; k < 2; k++) {
            PyObject expected = k == 0 ? null : PyType.TYPE;
            Ins v = b.read(base + k);
            if (v.op != IrOp.CONST_REF || v.aux != expected) {
                b.guard(IrOp.GUARD_IS, expected, v);
            }
        }
        Ins t = b.guard(IrOp.RESIDUAL, TYPE_OF, b.read(base + 2));
        replace(3, t, x.type());
        ip = i + 1;
    }

    private static final java.lang.reflect.Method TYPE_OF = TraceHelpers.find(org.taipan.interp.TraceResiduals.class, "typeOf", 1);

    /**
     * LOAD_ATTR_CLASS_VALUE: a plain class attribute read through an instance ({@code self.LIMIT}),
     * or a class's non-function callable in the method form. The value becomes a constant of the
     * trace under the type's version (a rebound class attribute leaves the trace) and the guard that
     * the instance does not shadow it. A staticmethod aborts: its callable can be re-set.
     */
    private void loadClassValue(int i, int oparg) {
        pops(i, 1);
        PyObject obj = st[sp - 1];
        Shape[] shadow = new Shape[1];
        PyObject v = AttrCacheProbe.cachedTypeAttr(f.code, i, obj, shadow);
        if (v == null && EagerQuickening.extendOnMiss(f, i, sp)) {
            v = AttrCacheProbe.cachedTypeAttr(f.code, i, obj, shadow);
        }
        if (v == null || v instanceof PyStaticMethod) {
            GenericOpRecorder.loadAttr(this, i, oparg);
            return;
        }
        Ins vo = b.read(sp - 1);
        Speculation.typeVersion(b, obj.type(), vo);
        Speculation.unshadowed(b, shadow[0], f.code.names[oparg >> 1], vo);
        if ((oparg & 1) != 0) {
            // the method form of a value that is not a function: NULL below it, as tier 1 pushes
            replace(1, b.constant(null), null);
            push(b.constant(v), v);
        } else {
            replace(1, b.constant(v), v);
        }
        ip = i + 1;
    }

    /**
     * LOAD_ATTR_SLOT: a {@code __slots__} member its inline cache finds, read under the type's
     * version; a member unset at run time leaves the trace (GUARD_NOT_NULL) for tier 1's
     * AttributeError. In the method form NULL goes below it, as tier 1 pushes.
     */
    private void loadMember(int i, int oparg) {
        pops(i, 1);
        PyObject obj = st[sp - 1];
        int index = AttrCacheProbe.cachedMemberIndex(f.code, i, obj);
        if (index < 0 && EagerQuickening.extendOnMiss(f, i, sp)) {
            index = AttrCacheProbe.cachedMemberIndex(f.code, i, obj);
        }
        PyObject v = index < 0 ? null : ((PyInstance) obj).memberAt(index);
        if (v == null) {
            // another class, or an unset member: tier 1's lookup (which raises for the latter)
            GenericOpRecorder.loadAttr(this, i, oparg);
            return;
        }
        Ins vo = b.read(sp - 1);
        Speculation.typeVersion(b, obj.type(), vo);
        Ins value = b.emit(IrOp.GETMEMBER, index, vo);
        b.guard(IrOp.GUARD_NOT_NULL, "__slots__ member unset", value);
        if ((oparg & 1) != 0) {
            replace(1, b.constant(null), null);
            push(value, v);
        } else {
            replace(1, value, v);
        }
        ip = i + 1;
    }

    /** STORE_ATTR_SLOT {@code (v, obj -- )}: stores into a {@code __slots__} member its inline cache finds, under the type's version. */
    private void storeMember(int i, int oparg) {
        pops(i, 2);
        PyObject obj = st[sp - 1], v = st[sp - 2];
        int index = AttrCacheProbe.cachedMemberIndex(f.code, i, obj);
        if (index < 0 && EagerQuickening.extendOnMiss(f, i, sp)) {
            index = AttrCacheProbe.cachedMemberIndex(f.code, i, obj);
        }
        if (index < 0) {
            GenericOpRecorder.storeAttr(this, i, oparg);
            return;
        }
        Ins vo = b.read(sp - 1);
        Speculation.typeVersion(b, obj.type(), vo);
        b.emit(IrOp.SETMEMBER, index, vo, b.read(sp - 2));
        ((PyInstance) obj).setMemberAt(index, v);
        pop();
        pop();
        ip = i + 1;
    }

    /** STORE_ATTR_INSTANCE_VALUE {@code (v, obj -- )}: overwrites an instance value its inline cache finds. */
    private void storeInstanceValue(int i, int oparg) {
        pops(i, 2);
        PyObject obj = st[sp - 1], v = st[sp - 2];
        int index = AttrCacheProbe.cachedStoreIndex(f.code, i, obj);
        if (index < 0 && EagerQuickening.extendOnMiss(f, i, sp)) {
            index = AttrCacheProbe.cachedStoreIndex(f.code, i, obj);
        }
        if (index < 0) {
            // the instruction's body also adds (an entry of the other kind), else tier 1's store
            ShapeRecorder.addValue(this, i, oparg);
            return;
        }
        PyInstance pi = (PyInstance) obj;
        Ins vo = b.read(sp - 1);
        Speculation.typeVersion(b, pi.type(), vo);
        b.guard(IrOp.GUARD_SHAPE, pi.shape(), vo);
        b.emit(IrOp.SETSLOT, index, vo, b.read(sp - 2));
        pi.setValueAt(index, v);
        pop();
        pop();
        ip = i + 1;
    }
}
