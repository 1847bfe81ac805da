package org.taipan.jit.record;

import java.lang.reflect.Method;
import org.taipan.interp.PyGenerator;
import org.taipan.interp.TraceGenerators;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyRange;
import org.taipan.runtime.PySet;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyObject;

/**
 * The recorder's generators and function creation (issue 7: "generators and closures inside
 * traced loops"), both as residual calls of tier 1 ({@link TraceGenerators}):
 *
 * <ul>
 * <li>FOR_ITER_GEN (and FOR_ITER on a generator) as the loop's header: a CALL_HELPER resumes the
 *     generator with None exactly as tier 1's FOR_ITER_GEN does; its body runs in tier 1 (its own
 *     frame, its own traces), the trace gets the yielded item. The helper raises what the body
 *     raised: the exit is at the FOR_ITER with the generator on the stack, where tier 1 unwinds it
 *     (the traceback has the generator's lines, then the loop's). A generator that returned gives
 *     null: GUARD_NOT_NULL then leaves to the FOR_ITER's jump target with the generator popped, which
 *     is what tier 1 does at the end of the loop (nothing runs twice: the generator is finished).</li>
 * <li>MAKE_FUNCTION (lambdas, nested defs, generator expressions made in the loop): a CALL_HELPER
 *     making a new function object per iteration with the frame's globals and builtins (trace
 *     constants), and the closure, defaults, keyword defaults and annotations the stack holds.</li>
 * </ul>
 *
 * <p>Why not the generator's frame inlined (its resume recorded in the consumer's trace, the item
 * unboxed): the generator's frame is a real, long-lived frame whose state (ip, stack, exception
 * state, running flag) every exit inside its body would have to rebuild, and an exception in it
 * would have to unwind through its handlers before reaching the loop; that needs a
 * resume-in-the-middle contract in {@code Eval} like {@code finishCalls} (see JIT.md, Session 9
 * jitgen).
 *
 * <p>Both are refused inside inlined calls for FOR_ITER (a loop in a callee aborts anyway) and
 * allowed there for MAKE_FUNCTION (it observes no frame).
 */
final class GeneratorRecorder {
    private static final Method NEXT = helper("next", 2), MAKE_FUNCTION = helper("makeFunction", 6), ITER = helper("iter", 1),
            YIELD_FROM = helper("yieldFromGenerator", 1), SEND = helper("send", 3), SEND_FINISHED = helper("sendFinished", 1);

    /**
     * Iterables whose {@code iter()} runs no Python code (exact classes): GET_ITER on them is a
     * residual call. A dict view's iterator reads the dict's storage, whatever the dict's class
     * ({@code sum(f(v) for v in d.values())}: json_parse's {@code count_nodes}).
     */
    private static final java.util.Set<Class<?>> BUILTIN_ITERABLES = java.util.Set.of(PyList.class, PyTuple.class,
            PyRange.class, PyDict.class, PySet.class, PyStr.class, PyGenerator.class, org.taipan.runtime.DictView.class);

    /** GUARD_NOT_NULL's aux on a generator's item: why the exit is taken, in jit-log's words. */
    static final String EXHAUSTED = "generator exhausted";

    private final Recorder r;

    GeneratorRecorder(Recorder r) {
        this.r = r;
    }

    private static Method helper(String name, int arity) {
        return TraceHelpers.find(TraceGenerators.class, name, arity);
    }

    /** Whether {@code v} is a function the trace made (its MAKE_FUNCTION): a new object every iteration. */
    static boolean madeInTrace(Ins v) {
        return v.op == IrOp.CALL_HELPER && v.aux == MAKE_FUNCTION;
    }

    /**
     * Whether a builtin call's arguments (the top {@code argc} of {@code st} below {@code sp}) include
     * a generator: {@code next(g)}, {@code list(g)}, {@code sum(g)} run its body, which may look at
     * the loop's frame, so the call goes through tier 1's call with the locals written first
     * ({@code CallRecorder.residualBuiltin}) rather than the builtin's bare body.
     */
    static boolean resumesGenerator(PyObject[] st, int sp, int argc) {
        for (int k = sp - argc; k < sp; k++) {
            if (k >= 0 && st[k] instanceof PyGenerator) {
                return true;
            }
        }
        return false;
    }

    /** Whether the FOR_ITER header's iterator {@code it} is one {@link #forIter} records. */
    static boolean handles(PyObject it) {
        return it instanceof PyGenerator;
    }

    /**
     * FOR_ITER_GEN / FOR_ITER at the loop's header {@code i} (the loop's own frame) over a generator;
     * {@code exitTarget} is where the loop continues once the generator is exhausted.
     */
    void forIter(int i, int exitTarget) {
        PyObject it = r.st[r.sp - 1];
        Ins vit = r.b.read(r.sp - 1);
        // resumes at the FOR_ITER with the generator on the stack: tier 1 unwinds what it raises from there
        Ins item = r.b.guard(IrOp.CALL_HELPER, NEXT, r.b.constant(Integer.valueOf(i)), vit);
        PyObject v;
        try {
            v = TraceGenerators.next(r.ts, i, it);
        } catch (PyException | StackOverflowError e) {
            // the body ran: tier 1 must not resume it again, but raise what it raised at this FOR_ITER
            throw new RecordAbort("generator raised while recording", i, e);
        }
        if (v == null) {
            // finished now: tier 1's FOR_ITER finds it finished and leaves the loop (no code runs again)
            throw new RecordAbort(Recorder.LOOP_EXIT, i);
        }
        // exhausted at a later iteration: the loop's end, the generator popped as tier 1 pops it
        r.b.at(exitTarget, r.sp - 1);
        // the aux only names the exit for jit-log (and tells Describe.endsLoop it ends the loop)
        r.b.guard(IrOp.GUARD_NOT_NULL, EXHAUSTED, item);
        r.push(item, v);
        r.ip = i + 1;
    }

    /**
     * Whether a GET_ITER on {@code o} followed by the instruction {@code nextWord} is recorded as a
     * residual call ({@link #getIter}): not when a FOR_ITER follows (an inner loop), and only on
     * builtin iterables (a class's {@code __iter__} would run with the trace's frames not written).
     */
    static boolean residualIter(int nextWord, PyObject o) {
        return !SequenceRecorder.isForIter(nextWord) && o != null && BUILTIN_ITERABLES.contains(o.getClass());
    }

    /**
     * GET_ITER at {@code i} of a builtin iterable that a call consumes (the argument of a generator
     * expression, {@code iter(xs)} spelled out): the iterable's exact class guarded, then tier 1's
     * {@code iter()} as a residual call (a new iterator each time; a generator is its own).
     */
    void getIter(int i) {
        PyObject o = r.st[r.sp - 1];
        Ins vo = r.b.read(r.sp - 1);
        r.b.guard(IrOp.GUARD_CLASS, o.getClass(), vo);
        Ins result = r.b.guard(IrOp.CALL_HELPER, ITER, vo);
        r.replace(1, result, TraceGenerators.iter(o));
        r.ip = i + 1;
    }

    /**
     * GET_YIELD_FROM_ITER at {@code i} in the loop's own frame on a generator (the one a
     * {@code yield from f(...)} just made): tier 1 leaves it as it is, and so does the trace once a
     * RESIDUAL has checked it is a generator; anything else (a coroutine, another iterable, whose
     * {@code __iter__} may run code) leaves at the instruction for tier 1. Aborts on those while recording.
     */
    void yieldFromIter(int i) {
        PyObject o = r.st[r.sp - 1];
        if (r.inCallee() || TraceGenerators.yieldFromGenerator(o) == null) {
            throw new RecordAbort("unsupported opcode GET_YIELD_FROM_ITER", i);
        }
        r.pops(i, 1);
        Ins same = r.b.guard(IrOp.RESIDUAL, YIELD_FROM, r.b.read(r.sp - 1));
        r.b.guard(IrOp.GUARD_NOT_NULL, null, same);
        r.replace(1, same, o);
        r.ip = i + 1;
    }

    /**
     * SEND at {@code i} of a {@code yield from} in the loop's own frame ({@code [receiver, value]}
     * on top), the receiver a generator: a CALL_HELPER resumes it as tier 1's SEND does (its body in
     * tier 1 or its own traces; what it raises unwinds from the SEND), a RESIDUAL reads whether it
     * returned, and a guard keeps the way the recording went: on past the loop ({@code target}, where
     * END_SEND keeps the return value) or into the YIELD_VALUE that passes the yielded value up. The
     * guard's exit resumes on the other way with the stack as SEND leaves it, so nothing runs twice.
     * nqueens' recursive {@code yield from placements(...)} inside its {@code for} loop is the case.
     */
    void send(int i, int target) {
        r.pops(i, 2);
        PyObject receiver = r.st[r.sp - 2];
        if (r.inCallee() || !(receiver instanceof PyGenerator)) {
            throw new RecordAbort("unsupported opcode SEND", i);
        }
        Ins vr = r.b.read(r.sp - 2);
        r.b.guard(IrOp.GUARD_CLASS, receiver.getClass(), vr);
        Ins result = r.b.guard(IrOp.CALL_HELPER, SEND, r.b.constant(Integer.valueOf(i)), vr, r.b.read(r.sp - 1));
        PyObject v;
        try {
            v = TraceGenerators.send(r.ts, i, receiver, r.st[r.sp - 1]);
        } catch (PyException | StackOverflowError e) {
            // the body ran: tier 1 must not resume it again, but raise what it raised at this SEND
            throw new RecordAbort("generator raised while recording", i, e);
        }
        boolean returned = ((PyGenerator) receiver).isFinished();
        r.replace(1, result, v);
        Ins finished = r.b.guard(IrOp.RESIDUAL, SEND_FINISHED, vr);
        // the exit is on the way not taken now, SEND done: the frame as tier 1's SEND leaves it there
        r.b.at(returned ? i + 1 : target, r.sp);
        r.b.guard(IrOp.GUARD_IS, org.taipan.runtime.PyBool.of(returned), finished);
        r.ip = returned ? target : i + 1;
    }

    /**
     * YIELD_VALUE at {@code i} in the loop's own frame: when the frame is a plain generator's and the
     * yielded value is all the stack holds above the loop's entry depth, or it is a {@code yield from}'s
     * (its SEND precedes it, the receiver and what the expression's left side pushed lie below it), the
     * iteration ends here: GUARD_YIELD (always taken) leaves the frame
     * at the YIELD_VALUE with the value pushed and tier 1 yields it; the generator's next resumption
     * reaches the loop's back jump and enters the trace again. A bridge of such a loop (the path the
     * trace left by) ends at the yield the same way. Aborts otherwise.
     *
     * @return the loop's JUMP_BACKWARD to {@code header} (what the trace records as its back jump)
     */
    int yieldValue(int i, int header, int entrySp) {
        boolean delegating = i > 0 && (r.code[i - 1] & 0xFF) == org.taipan.code.Op.SEND && r.sp >= entrySp + 2;
        if (r.inCallee() || (r.sp != entrySp + 1 && !delegating)
                || (r.f.code.code.flags & org.taipan.code.CodeObject.CO_GENERATOR) == 0) {
            throw new RecordAbort("unsupported opcode YIELD_VALUE", i);
        }
        int back = backJump(r.f.code.instrs, header);
        if (back < 0) {
            throw new RecordAbort("unsupported opcode YIELD_VALUE", i);
        }
        r.b.guard(IrOp.GUARD_YIELD, null);
        return back;
    }

    /** The last JUMP_BACKWARD to {@code header} in {@code code}, or -1. */
    private static int backJump(int[] code, int header) {
        int back = -1;
        for (int k = header; k < code.length; k++) {
            int w = code[k];
            if ((w & 0xFF) == org.taipan.code.Op.JUMP_BACKWARD && w >>> 8 == header) {
                back = k;
            }
        }
        return back;
    }

    /** MAKE_FUNCTION at {@code i} with {@code flags} (0x01 defaults, 0x02 keyword defaults, 0x04 annotations, 0x08 closure). */
    void makeFunction(int i, int flags) {
        int n = 1 + Integer.bitCount(flags & 0x0F);
        r.pops(i, n);
        int k = r.sp - 1;
        PyObject code = r.st[k];
        if (!(code instanceof PyCode)) {
            throw new RecordAbort("MAKE_FUNCTION of a non-code object", i);
        }
        Ins none = r.b.constant(null);
        Object ctx = TraceGenerators.context(r.f);
        Ins[] args = {r.b.constant(ctx), r.b.read(k--), none, none, none, none};
        PyObject[] objs = new PyObject[4];
        // the stack below the code: [defaults][kwdefaults][annotations][closure], each present per flag
        int[] bits = {0x08, 0x04, 0x02, 0x01};
        int[] pos = {2, 5, 4, 3};
        for (int b = 0; b < bits.length; b++) {
            if ((flags & bits[b]) != 0) {
                objs[pos[b] - 2] = r.st[k];
                args[pos[b]] = r.b.read(k--);
            }
        }
        Ins result = r.b.guard(IrOp.CALL_HELPER, MAKE_FUNCTION, args);
        PyObject fn = TraceGenerators.makeFunction(ctx, code, objs[0], objs[1], objs[2], objs[3]);
        r.replace(n, result, fn);
        r.ip = i + 1;
    }
}
