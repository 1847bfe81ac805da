package org.taipan.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.taipan.code.Op;
import org.taipan.interp.Eval;
import org.taipan.interp.Frame;
import org.taipan.jit.emit.Emitter;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.IrType;
import org.taipan.jit.ir.Snapshot;
import org.taipan.jit.ir.Trace;
import org.taipan.parse.Mode;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.InterpreterOptions;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTraceback;
import org.taipan.runtime.ThreadState;

/**
 * The backend's exits into calls the trace inlined (issue 7): hand-built traces whose guard (or
 * raising helper) sits 1 or 3 frames deep in real Python functions; the exit re-creates the callee
 * frames, tier 1 finishes the calls, and the loop's frame is left after its CALL with the result
 * pushed (then finished by tier 1 too, which checks the frame is what tier 1 expects), or an
 * exception leaves {@code run} with the loop's frame at its CALL. Guard exits are compared with
 * the reference {@link TraceInterpreter}.
 */
class EmitterInlinedExitTest {
    private static final String SOURCE = """
            def leaf(x, i):
                return x + i
            def c3(v):
                return v + 1
            def c2(v):
                return c3(v) * 3
            def c1(v):
                return c2(v) - 1
            def make(k):
                def add(v):
                    return v + k
                return add
            add5 = make(5)
            def safe(v):
                try:
                    return v + 1
                except ValueError:
                    return -1
            def loop(x, i, t):
                t = t + leaf(x, i)
                return t
            """;

    /** Runs {@code body} with the functions of {@link #SOURCE} in a fresh interpreter's main session. */
    private static <T> T with(Function<Env, T> body) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        Interpreter interp = new Interpreter(new InterpreterOptions(List.of(""), InputStream.nullInputStream(), sink, sink,
                Map.of("jit", "off"), 0, List.of()));
        Object[] result = {null};
        interp.runMainSession("<stdin>", (ts, main) -> {
            Eval.runModule(ts, new PyCode(interp.compile(SOURCE, "<jit>", Mode.EXEC)), main.dict(), interp.builtins());
            result[0] = body.apply(new Env(ts, main.dict()));
            return 0;
        });
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    private record Env(ThreadState ts, PyDict globals) {
        PyFunction fn(String name) {
            return (PyFunction) globals.getItem(PyStr.of(name));
        }

        /** A frame of {@code fn} with its arguments, pushed as the thread's running frame (as Eval.run does). */
        Frame push(PyFunction fn, PyObject... args) {
            Frame f = new Frame(fn.code, fn, fn.globals, fn.builtins, null);
            System.arraycopy(args, 0, f.fast, 0, args.length);
            f.back = ts.frame;
            ts.frame = f;
            ts.depth++;
            return f;
        }

        void pop(Frame f) {
            assertSame(f, ts.frame, "the exit leaves the loop's frame running");
            ts.frame = f.back;
            f.back = null;
            ts.depth--;
        }
    }

    /** Index of the {@code nth} instruction with opcode {@code op} in {@code q} (unquickened). */
    private static int indexOf(PyCode q, int op, int nth) {
        int[] code = q.code.code;
        for (int k = 0; k < code.length; k++) {
            if ((code[k] & 0xFF) == op && nth-- == 0) {
                return k;
            }
        }
        throw new AssertionError("no such instruction");
    }

    /** A snapshot of the loop frame {@code q} waiting in its only CALL with one stack value (t) below the call. */
    private static Snapshot atCall(PyCode q, Ins t) {
        Ins[] slots = new Ins[q.nlocalsplus + 1];
        slots[q.nlocalsplus] = t;
        return new Snapshot(q, indexOf(q, Op.CALL, 0), q.nlocalsplus + 1, slots, null);
    }

    /** A callee snapshot of {@code fn} at its {@code nth} BINARY_OP, or its CALL when {@code op} says so. */
    private static Snapshot in(PyFunction fn, int op, int sp, Snapshot parent, Ins... slots) {
        PyCode q = fn.code;
        return new Snapshot(q, indexOf(q, op, 0), q.nlocalsplus + sp, Arrays.copyOf(slots, q.nlocalsplus + sp), parent, fn);
    }

    /**
     * The trace {@code x, i, t = SLOTs; GUARD_CLASS(x) is float -> exit; LOOP; JUMP} of {@code loop}'s
     * code: the guard fails on an int, its snapshot made by {@code snap} from the three slot values
     * and two constants of the trace (I64 1, Python int 5).
     */
    private static Trace guardTrace(PyCode loop, Function<Ins[], Snapshot> snap) {
        Trace t = new Trace(loop, 0, 0, loop.nlocalsplus);
        Ins[] s = {t.add(Ins.of(IrOp.SLOT, 0)), t.add(Ins.of(IrOp.SLOT, 1)), t.add(Ins.of(IrOp.SLOT, 2))};
        Snapshot at = snap.apply(new Ins[] {s[0], s[1], s[2], t.add(Ins.of(IrOp.CONST_I64, 1L)),
                t.add(Ins.of(IrOp.CONST_REF, PyInt.of(5)))});
        Ins g = t.add(Ins.of(IrOp.GUARD_CLASS, org.taipan.runtime.PyFloat.class, s[0]));
        g.snapshot = at;
        t.add(Ins.of(IrOp.LOOP, null));
        t.add(Ins.of(IrOp.JUMP, null));
        t.verify();
        return t;
    }

    /** Runs {@code trace} compiled by {@code backend} on a fresh loop frame; then tier 1 finishes the frame. */
    private static long runThenFinish(Env env, CompiledTrace c, PyFunction loop, long x, long i, long t) {
        return runThenFinish(env, c, 0, loop, x, i, t);
    }

    /** {@link #runThenFinish(Env, CompiledTrace, PyFunction, long, long, long)} leaving through exit {@code exit}. */
    private static long runThenFinish(Env env, CompiledTrace c, int exit, PyFunction loop, long x, long i, long t) {
        Frame f = env.push(loop, PyInt.of(x), PyInt.of(i), PyInt.of(t));
        int depth = env.ts().depth;
        assertEquals(exit, c.run(env.ts(), f));
        assertEquals(depth, env.ts().depth, "the callee frames are popped again");
        int call = indexOf(loop.code, Op.CALL, 0);
        assertEquals(call + 1, f.ip);
        assertEquals(loop.code.nlocalsplus + 2, f.sp, "t below the pushed result");
        assertEquals(t, ((PyInt) f.fast[loop.code.nlocalsplus]).longValue());
        env.pop(f);
        return ((PyInt) Eval.run(env.ts(), f)).longValue();
    }

    @Test
    void guardOneFrameDeepFinishesTheCallAndTheLoopFrameGoesOnAfterItsCall() {
        long[] r = with(env -> {
            PyFunction loop = env.fn("loop"), leaf = env.fn("leaf");
            Trace t = guardTrace(loop.code, s -> in(leaf, Op.BINARY_OP, 2, atCall(loop.code, s[2]), s[0], s[1], s[0], s[1]));
            long jit = runThenFinish(env, Emitter.compile(t, 0), loop, 40, 2, 100);
            long ref = runThenFinish(env, new TraceInterpreter(t), loop, 40, 2, 100);
            return new long[] {jit, ref};
        });
        assertEquals(142, r[0]);
        assertEquals(142, r[1]);
    }

    @Test
    void guardThreeFramesDeepRebuildsEveryFrameWithUnboxedAndConstantValues() {
        long[] r = with(env -> {
            PyFunction loop = env.fn("loop"), c1 = env.fn("c1"), c2 = env.fn("c2"), c3 = env.fn("c3");
            // loop's CALL here calls c1 (the trace says so; loop's own code calls leaf, which is never run)
            Trace t = guardTrace(loop.code, s -> {
                Snapshot top = atCall(loop.code, s[2]);
                Snapshot s1 = in(c1, Op.CALL, 0, top, s[0]);
                Snapshot s2 = in(c2, Op.CALL, 0, s1, s[0]);
                return in(c3, Op.BINARY_OP, 2, s2, s[0], s[0], s[3]);
            });
            return new long[] {runThenFinish(env, Emitter.compile(t, 0), loop, 4, 0, 100),
                    runThenFinish(env, new TraceInterpreter(t), loop, 4, 0, 100)};
        });
        assertEquals(100 + (4 + 1) * 3 - 1, r[0]);
        assertEquals(r[0], r[1]);
    }

    @Test
    void calleeWithAClosureCellReadsItsCell() {
        long r = with(env -> {
            PyFunction loop = env.fn("loop"), add = env.fn("add5");
            // add's frame: v, the cell k (copied from the closure as its first instruction would), stack [v, 5]
            Trace t = guardTrace(loop.code, s -> in(add, Op.BINARY_OP, 2, atCall(loop.code, s[2]), s[0], null, s[0], s[4]));
            return runThenFinish(env, Emitter.compile(t, 0), loop, 7, 0, 1);
        });
        assertEquals(1 + 7 + 5, r);
    }

    @Test
    void anExceptionOfTheFinishedCallsLeavesRunWithTheLoopFrameAtItsCall() {
        with(env -> {
            PyFunction loop = env.fn("loop"), leaf = env.fn("leaf");
            Trace t = guardTrace(loop.code, s -> in(leaf, Op.BINARY_OP, 2, atCall(loop.code, s[2]), s[0], s[1], s[0], s[1]));
            CompiledTrace c = Emitter.compile(t, 0);
            Frame f = env.push(loop, PyStr.of("s"), PyInt.of(1), PyInt.of(0));
            int depth = env.ts().depth;
            PyException e = assertThrows(PyException.class, () -> c.run(env.ts(), f));
            assertSame(ExceptionTypes.TypeError, e.value.type());
            assertEquals(PyStr.of("can only concatenate str (not \"int\") to str"), e.value.args().get(0));
            assertEquals(indexOf(loop.code, Op.CALL, 0), f.ip);
            assertEquals(loop.code.nlocalsplus + 1, f.sp);
            assertEquals(depth, env.ts().depth);
            PyTraceback tb = e.value.traceback;
            assertSame(leaf.code, ((Frame) tb.frame).code, "the rebuilt callee frame is in the traceback");
            assertEquals(2, tb.lineno);
            assertNull(tb.next);
            env.pop(f);
            return null;
        });
    }

    /** The helper of the raising traces: raises ValueError on 3, else returns its argument boxed. */
    public static PyObject check(long v) {
        if (v == 3) {
            throw Errors.of(ExceptionTypes.ValueError, "three");
        }
        return PyInt.of(v);
    }

    /**
     * {@code v = SLOT 0 (an int); LOOP; CALL_HELPER check(v) in callee -> exit; JUMP}: the helper
     * raises in the callee frame made by {@code snap} from v and the constant Python int 1.
     */
    private static Trace raisingTrace(PyCode loop, java.util.function.BiFunction<Ins, Ins, Snapshot> snap) throws ReflectiveOperationException {
        Trace t = new Trace(loop, 0, 0, loop.nlocalsplus);
        Ins v = t.add(Ins.of(IrOp.SLOT, 0));
        Ins g = t.add(Ins.of(IrOp.GUARD_CLASS, PyInt.class, v));
        g.snapshot = new Snapshot(loop, 0, loop.nlocalsplus, new Ins[0], null);
        Ins u = t.add(Ins.of(IrOp.UNBOX_INT, null, v));
        Snapshot at = snap.apply(v, t.add(Ins.of(IrOp.CONST_REF, PyInt.of(1))));
        t.add(Ins.of(IrOp.LOOP, null));
        Ins call = t.add(Ins.of(IrOp.CALL_HELPER, MethodHandles.lookup().findStatic(EmitterInlinedExitTest.class, "check",
                MethodType.methodType(PyObject.class, long.class)), u));
        call.snapshot = at;
        t.add(Ins.of(IrOp.JUMP, null));
        t.verify();
        return t;
    }

    @Test
    void aHelperRaisingInACalleeIsHandledThereAndTheLoopFrameGoesOn() {
        long r = with(env -> {
            PyFunction loop = env.fn("loop"), safe = env.fn("safe");
            try {
                Trace t = raisingTrace(loop.code, (v, one) -> in(safe, Op.BINARY_OP, 2, atCall(loop.code, v), v, v, one));
                return runThenFinish(env, Emitter.compile(t, 0), 1, loop, 3, 0, 3);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(3 - 1, r, "safe's handler returned -1");
    }

    @Test
    void aHelperRaisingInACalleeWithoutHandlerLeavesRunAtTheLoopFramesCall() {
        with(env -> {
            PyFunction loop = env.fn("loop"), leaf = env.fn("leaf");
            try {
                Trace t = raisingTrace(loop.code, (v, one) -> in(leaf, Op.BINARY_OP, 2, atCall(loop.code, v), v, v, v, v));
                CompiledTrace c = Emitter.compile(t, 0);
                Frame f = env.push(loop, PyInt.of(3), PyInt.of(0), PyInt.of(0));
                PyException e = assertThrows(PyException.class, () -> c.run(env.ts(), f));
                assertSame(ExceptionTypes.ValueError, e.value.type());
                assertEquals(indexOf(loop.code, Op.CALL, 0), f.ip);
                assertEquals(loop.code.nlocalsplus + 1, f.sp);
                assertSame(leaf.code, ((Frame) e.value.traceback.frame).code);
                assertTrue(e.value.traceback.next == null);
                env.pop(f);
                return null;
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        });
    }
}
