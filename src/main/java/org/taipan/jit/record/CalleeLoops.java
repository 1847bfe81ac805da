package org.taipan.jit.record;

import java.lang.reflect.Method;
import org.taipan.interp.TraceResiduals;
import org.taipan.jit.Jit;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyRange;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.SeqIterator;

/**
 * Short loops inside inlined calls, unrolled into the caller's trace: a search loop left by
 * {@code return} ({@code for m in maps: if r < m.bound: return m}), a scan that stops at the first
 * character of another kind ({@code while src[pos] in chars: pos += 1}), a walk over a list of two
 * or three items. Such a loop is too short to pay for a trace of its own (each entry from tier 1
 * costs more than its iterations gain, and its recordings keep ending in the return), and a
 * residual call leaves the whole callee to tier 1. Inlined, each iteration the recording goes round
 * is recorded inline (as PyPy's tracer follows a callee's loop when it is not a loop header it
 * traces on its own): the loop's test and the {@code return} that leaves it are ordinary guards of
 * the caller's trace, and a call that goes round the loop another number of times leaves at one of
 * them into the re-created callee frame (or grows a bridge there).
 *
 * <p>Which calls: {@link Jit#calleeLoopsUnrollable} (no loop of the callee is known to run long).
 * At most {@link #MAX_BACK_JUMPS} back jumps inside inlined calls per recording. An abort inside
 * such a call (one more back jump, or anything the recorder refuses there) refuses the loops of
 * the open inlined functions that have loops ({@link #refuse}, {@link Jit#refuseUnroll}), so the
 * next recording makes those calls residual, as they were before: unrolling never costs a loop
 * its trace for long. A recording too long ({@code TraceBuilder.TOO_LONG}) after such calls
 * returned, or a trace too big to compile with them, refuses every function with loops it inlined
 * for that loop's recordings only ({@link #refuseHere}, {@link Jit#refuseUnrollIn}): a smaller
 * trace elsewhere still unrolls them (deltablue's {@code consumers_of}, too much for
 * {@code incremental_add}'s trace, is unrolled in {@code make_plan}'s). A {@code for} loop's GET_ITER on an exact list, tuple, range
 * or str is a SEQ_ITER (a new iterator, no Python code); its FOR_ITER with an item left is recorded
 * as at a loop header, and at its end as a RESIDUAL {@link TraceResiduals#forIterEnd} guarded True
 * (the iterator popped, recording goes on after the loop).
 */
final class CalleeLoops {
    /** Back jumps inside inlined calls one recording may go round. */
    static final int MAX_BACK_JUMPS = 6;

    private static final Method FOR_ITER_END;

    static {
        try {
            FOR_ITER_END = TraceResiduals.class.getMethod("forIterEnd", Object.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private final Recorder r;
    private final Jit jit;
    private int backJumps;
    private final java.util.List<RecordResult.UnrolledLoop> unrolled = new java.util.ArrayList<>();
    private final java.util.List<org.taipan.runtime.PyCode> entered = new java.util.ArrayList<>();

    /** The code of the loop being recorded (the recorder's frame when it starts: the loop's own). */
    private final org.taipan.runtime.PyCode loopCode;

    CalleeLoops(Recorder r) {
        this.r = r;
        this.jit = r.ts.interpreter.jit();
        this.loopCode = r.f.code;
    }

    /**
     * Whether a call of a function whose code has loops may be inlined, its loops unrolled (never in
     * a function-entry trace); if so, the function is noted among those this recording {@link #entered}.
     */
    boolean unrolls(org.taipan.runtime.PyCode code) {
        // a function-entry trace calls such functions: their loops have traces of their own, and
        // refusals of unrolling from its recordings would reach the loop traces that do unroll them
        if (jit == null || r.recordsFunctionEntry() || !jit.calleeLoopsUnrollable(loopCode, r.header(), code)) {
            return false;
        }
        if (!entered.contains(code)) {
            entered.add(code);
        }
        return true;
    }

    /** The functions with loops this recording inlined so far (each once). */
    java.util.List<org.taipan.runtime.PyCode> entered() {
        return entered;
    }

    /**
     * JUMP_BACKWARD at {@code i} to {@code target} inside an inlined call: the next iteration is
     * recorded inline, within {@link #MAX_BACK_JUMPS} per recording.
     *
     * @throws RecordAbort {@link Recorder#UNROLL_BUDGET} past the budget
     */
    void backJump(int i, int target) {
        if (jit == null || !jit.calleeLoopsUnrollable(loopCode, r.header(), r.f.code)) {
            // a bridge that resumed in a callee whose loop was refused since
            throw new RecordAbort("loop in inlined call", i);
        }
        if (++backJumps > MAX_BACK_JUMPS) {
            throw new RecordAbort(Recorder.UNROLL_BUDGET, i);
        }
        RecordResult.UnrolledLoop u = new RecordResult.UnrolledLoop(r.f.code, target);
        if (!unrolled.contains(u)) {
            unrolled.add(u);
        }
        r.ip = target;
    }

    /**
     * After an abort inside inlined calls whose frames are {@code codes}: the loops of those with
     * loops (opened up only to be unrolled) are refused, so the next recording calls them
     * residually, as before unrolling. Returns whether any was.
     */
    boolean refuse(java.util.List<org.taipan.runtime.PyCode> codes) {
        return refuseEach(codes, c -> jit.refuseUnrollAll(c));
    }

    /**
     * The recording, which inlined {@code codes} with their loops unrolled, got too long: this
     * loop's next recordings call them residually ({@link Jit#refuseUnrollIn}); true when any of
     * them has a loop.
     */
    boolean refuseHere(java.util.List<org.taipan.runtime.PyCode> codes) {
        return refuseEach(codes, c -> jit.refuseUnrollIn(loopCode, r.header(), c));
    }

    private boolean refuseEach(java.util.List<org.taipan.runtime.PyCode> codes,
                               java.util.function.Consumer<org.taipan.runtime.PyCode> refusal) {
        boolean any = false;
        for (org.taipan.runtime.PyCode c : codes) {
            if (jit != null && LoopCalls.hasLoop(c)) {
                refusal.accept(c);
                any = true;
            }
        }
        return any;
    }

    /** The loops this recording unrolled so far (each once, by its header). */
    java.util.List<RecordResult.UnrolledLoop> unrolled() {
        return java.util.List.copyOf(unrolled);
    }

    /**
     * GET_ITER at {@code i} inside an inlined call, a FOR_ITER after it: on an exact list, tuple,
     * range or str, the class guarded and a SEQ_ITER; on a sequence or range iterator, the class
     * guarded (the iterator is its own).
     */
    void getIter(int i) {
        r.pops(i, 1);
        PyObject o = r.st[r.sp - 1];
        Class<?> k = o.getClass();
        if (k == SeqIterator.class || k == PyRange.Iter.class) {
            // an iterator the caller passed: GET_ITER leaves it as it is (its __iter__ returns itself)
            r.b.guard(IrOp.GUARD_CLASS, k, r.b.read(r.sp - 1));
            r.ip = i + 1;
            return;
        }
        if (k != PyList.class && k != PyTuple.class && k != PyRange.class && k != PyStr.class) {
            throw new RecordAbort("loop in inlined call over another iterable", i);
        }
        Ins vo = r.b.read(r.sp - 1);
        r.b.guard(IrOp.GUARD_CLASS, k, vo);
        Ins it = r.b.emit(IrOp.SEQ_ITER, null, vo);
        r.replace(1, it, org.taipan.runtime.Abstract.iter(o));
        r.ip = i + 1;
    }

    /**
     * The end of a {@code for} loop inside an inlined call: FOR_ITER at {@code i} found the range,
     * list, tuple or str iterator on top exhausted. Guards that it still is (a RESIDUAL
     * {@link TraceResiduals#forIterEnd}, True), pops it and goes on at the loop's exit
     * {@code target}, as tier 1's FOR_ITER does. Other iterators abort.
     *
     * @return false when the iterator has an item left (the caller records the iteration)
     */
    boolean forIterEnd(int i, int target) {
        PyObject it = r.st[r.sp - 1];
        boolean handled = it instanceof PyRange.Iter || it.getClass() == SeqIterator.class;
        if (!handled) {
            return false;
        }
        boolean end = it instanceof PyRange.Iter ri ? !ri.hasNext() : ((SeqIterator) it).exhaustedQuietly();
        if (!end) {
            return false;
        }
        Ins vit = r.b.read(r.sp - 1);
        r.b.guard(IrOp.GUARD_CLASS, it.getClass(), vit);
        Ins done = r.b.guard(IrOp.RESIDUAL, FOR_ITER_END, vit);
        r.b.guard(IrOp.GUARD_IS, PyBool.TRUE, done);
        TraceResiduals.forIterEnd(it);
        r.pop();
        r.ip = target;
        return true;
    }
}
