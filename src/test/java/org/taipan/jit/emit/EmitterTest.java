package org.taipan.jit.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.taipan.compile.Compiler;
import org.taipan.interp.Frame;
import org.taipan.jit.CompiledTrace;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.IrType;
import org.taipan.jit.ir.Snapshot;
import org.taipan.jit.ir.Trace;
import org.taipan.parse.Mode;
import org.taipan.parse.Parser;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The backend on hand-built traces run on a real frame: what the frame holds after each way out
 * (guard exits with boxed and virtual values, the iteration budget, an op that raises).
 */
class EmitterTest {
    /** Header and exit instruction indices: arbitrary, the exit only writes them to f.ip. */
    private static final int HEADER = 6, AFTER_LOOP = 30, AT_ADD = 12;

    /** A function code object with four fast locals (a, b, c, d) and some stack. */
    private static final PyCode CODE = functionCode("def f(a, b, c, d):\n    return [a, b, c, d]\n");

    private static PyCode functionCode(String source) {
        PyCode module = new PyCode(Compiler.compile(Parser.parse(source, "<jit>", Mode.EXEC), "<jit>", Mode.EXEC, 0));
        return (PyCode) Arrays.stream(module.consts).filter(c -> c instanceof PyCode).findFirst().orElseThrow();
    }

    private static Frame frame(PyObject... locals) {
        Frame f = new Frame(CODE, null, new PyDict(), new PyDict(), null);
        System.arraycopy(locals, 0, f.fast, 0, locals.length);
        f.ip = HEADER;
        return f;
    }

    /** Builds a trace of CODE entered at HEADER with the stack empty. */
    private static final class Builder {
        final Trace t = new Trace(CODE, HEADER, 40, CODE.nlocalsplus);

        Ins add(IrOp op, Object aux, Ins... args) {
            return t.add(Ins.of(op, aux, args));
        }

        Ins phi(IrType type, Ins first) {
            return t.add(new Ins(IrOp.PHI, type, null, first, null));
        }

        Ins guard(IrOp op, Object aux, int ip, Ins[] slots, Ins... args) {
            Ins g = add(op, aux, args);
            g.snapshot = snap(ip, slots);
            return g;
        }

        Snapshot snap(int ip, Ins... slots) {
            return new Snapshot(CODE, ip, CODE.nlocalsplus, Arrays.copyOf(slots, CODE.nlocalsplus), null);
        }

        /** SLOT k with its int guards and unboxing: the unboxed value. */
        Ins intSlot(int k) {
            Ins s = add(IrOp.SLOT, k);
            guard(IrOp.GUARD_CLASS, PyInt.class, HEADER, new Ins[0], s);
            guard(IrOp.GUARD_SMALL_INT, null, HEADER, new Ins[0], s);
            return add(IrOp.UNBOX_INT, null, s);
        }

        Ins jump(Ins... slots) {
            Ins j = add(IrOp.JUMP, null);
            j.snapshot = snap(HEADER, slots);
            return j;
        }

        CompiledTrace compile(int budget) {
            t.verify();
            return Emitter.compile(t, budget);
        }

        /** With exit methods for a trace whose run is over the limit otherwise. */
        CompiledTrace compileOverLimit(int budget) {
            t.verify();
            return Emitter.compile(t, budget, Emitter.ExitMethods.OVER_LIMIT);
        }
    }

    /**
     * {@code while a < c: b += a; a += 1} over locals a=0 (i), b=1 (s), c=2 (n): exits 0-5 are the
     * preamble's guards, 6 the loop condition, 7 and 8 the overflow guards.
     */
    private static Builder sumLoop() {
        Builder b = new Builder();
        Ins i0 = b.intSlot(0), s0 = b.intSlot(1), n = b.intSlot(2);
        Ins one = b.add(IrOp.CONST_I64, 1L);
        b.add(IrOp.LOOP, null);
        Ins i = b.phi(IrType.I64, i0), s = b.phi(IrType.I64, s0);
        Ins lt = b.add(IrOp.INT_LT, null, i, n);
        b.guard(IrOp.GUARD_TRUE, null, AFTER_LOOP, new Ins[] {i, s}, lt);
        Ins s2 = b.add(IrOp.INT_ADD, null, s, i);
        b.guard(IrOp.GUARD_NO_OVERFLOW_ADD, null, AT_ADD, new Ins[] {i, s}, s, i, s2);
        Ins i2 = b.add(IrOp.INT_ADD, null, i, one);
        b.guard(IrOp.GUARD_NO_OVERFLOW_ADD, null, AT_ADD + 4, new Ins[] {i, s2}, i, one, i2);
        b.jump(i2, s2);
        i.args[1] = i2;
        s.args[1] = s2;
        return b;
    }

    private static long value(PyObject o) {
        return ((PyInt) o).longValue();
    }

    @Test
    void intSumLoopLeavesThroughItsConditionWithTheFrameWrittenBack() {
        CompiledTrace c = sumLoop().compile(1000);
        Frame f = frame(PyInt.of(0), PyInt.of(0), PyInt.of(100));
        assertEquals(6, c.run(null, f));
        assertEquals(100, value(f.fast[0]));
        assertEquals(4950, value(f.fast[1]));
        assertEquals(100, value(f.fast[2]));
        assertEquals(AFTER_LOOP, f.ip);
        assertEquals(CODE.nlocalsplus, f.sp);
        assertEquals(100, c.iterations());
        assertSame(c.exits().get(6).op, IrOp.GUARD_TRUE);
        assertEquals(1, ((TraceCode) c).exitPoints().get(6).taken);
    }

    @Test
    void anExitCountGoesPastTheIntRange() {
        CompiledTrace c = sumLoop().compile(1000);
        ((TraceCode) c).exitPoints().get(6).taken = Integer.MAX_VALUE;
        assertEquals(6, c.run(null, frame(PyInt.of(0), PyInt.of(0), PyInt.of(3))));
        assertEquals(1L << 31, ((TraceCode) c).exitPoints().get(6).taken);
    }

    @Test
    void budgetReturnsAtTheHeaderAndTheNextRunContinues() {
        CompiledTrace c = sumLoop().compile(64);
        Frame f = frame(PyInt.of(0), PyInt.of(0), PyInt.of(100));
        assertEquals(-1, c.run(null, f));
        assertEquals(HEADER, f.ip);
        assertEquals(64, value(f.fast[0]));
        assertEquals(64 * 63 / 2, value(f.fast[1]));
        assertEquals(64, c.iterations());
        assertEquals(6, c.run(null, f));
        assertEquals(100, value(f.fast[0]));
        assertEquals(4950, value(f.fast[1]));
        assertEquals(36, c.iterations());
    }

    @Test
    void entryGuardFailureLeavesTheFrameAsItWas() {
        CompiledTrace c = sumLoop().compile(1000);
        PyStr notAnInt = PyStr.of("x");
        Frame f = frame(PyInt.of(0), notAnInt, PyInt.of(100));
        assertEquals(2, c.run(null, f));
        assertSame(notAnInt, f.fast[1]);
        assertEquals(HEADER, f.ip);
        Frame big = frame(PyInt.of(java.math.BigInteger.TWO.pow(70)), PyInt.of(0), PyInt.of(1));
        assertEquals(1, c.run(null, big));
        assertEquals(0, c.iterations());
    }

    @Test
    void overflowGuardExitsBeforeTheWrappedSumIsSeen() {
        CompiledTrace c = sumLoop().compile(1000);
        long start = Long.MAX_VALUE - 10;
        Frame f = frame(PyInt.of(3), PyInt.of(start), PyInt.of(100));
        // s: MAX-10, +3 -> MAX-7, +4 -> MAX-3, +5 overflows.
        assertEquals(7, c.run(null, f));
        assertEquals(AT_ADD, f.ip);
        assertEquals(5, value(f.fast[0]));
        assertEquals(Long.MAX_VALUE - 3, value(f.fast[1]));
        assertEquals(2, c.iterations());
    }

    @Test
    void floatLoopComputesWhatJavaComputes() {
        // while a < c: d = d * 0.5 + 1.25; a += 1   (d a float)
        Builder b = new Builder();
        Ins i0 = b.intSlot(0), n = b.intSlot(2);
        Ins ds = b.add(IrOp.SLOT, 3);
        b.guard(IrOp.GUARD_CLASS, PyFloat.class, HEADER, new Ins[0], ds);
        Ins d0 = b.add(IrOp.UNBOX_FLOAT, null, ds);
        Ins half = b.add(IrOp.CONST_F64, 0.5), more = b.add(IrOp.CONST_F64, 1.25), one = b.add(IrOp.CONST_I64, 1L);
        b.add(IrOp.LOOP, null);
        Ins i = b.phi(IrType.I64, i0), d = b.phi(IrType.F64, d0);
        Ins lt = b.add(IrOp.INT_LT, null, i, n);
        b.guard(IrOp.GUARD_TRUE, null, AFTER_LOOP, new Ins[] {i, null, null, d}, lt);
        Ins d2 = b.add(IrOp.FLOAT_ADD, null, b.add(IrOp.FLOAT_MUL, null, d, half), more);
        Ins i2 = b.add(IrOp.INT_ADD, null, i, one);
        b.guard(IrOp.GUARD_NO_OVERFLOW_ADD, null, AT_ADD, new Ins[] {i, null, null, d2}, i, one, i2);
        b.jump(i2, null, null, d2);
        i.args[1] = i2;
        d.args[1] = d2;
        CompiledTrace c = b.compile(1000);
        Frame f = frame(PyInt.of(0), PyInt.of(7), PyInt.of(50), PyFloat.of(3.0));
        assertEquals(5, c.run(null, f));
        double expect = 3.0;
        for (int k = 0; k < 50; k++) {
            expect = expect * 0.5 + 1.25;
        }
        assertEquals(expect, ((PyFloat) f.fast[3]).value());
        assertEquals(7, value(f.fast[1]), "an unwritten slot keeps its object");
        assertEquals(50, value(f.fast[0]));
    }

    @Test
    void phisSwapInParallel() {
        // while a < c: b, d = d, b + d; a += 1   (Fibonacci: the PHIs feed each other)
        Builder b = new Builder();
        Ins i0 = b.intSlot(0), x0 = b.intSlot(1), n = b.intSlot(2), y0 = b.intSlot(3);
        Ins one = b.add(IrOp.CONST_I64, 1L);
        b.add(IrOp.LOOP, null);
        Ins i = b.phi(IrType.I64, i0), x = b.phi(IrType.I64, x0), y = b.phi(IrType.I64, y0);
        Ins lt = b.add(IrOp.INT_LT, null, i, n);
        b.guard(IrOp.GUARD_TRUE, null, AFTER_LOOP, new Ins[] {i, x, null, y}, lt);
        Ins sum = b.add(IrOp.INT_ADD, null, x, y);
        b.guard(IrOp.GUARD_NO_OVERFLOW_ADD, null, AT_ADD, new Ins[] {i, x, null, y}, x, y, sum);
        Ins i2 = b.add(IrOp.INT_ADD, null, i, one);
        b.jump(i2, y, null, sum);
        i.args[1] = i2;
        x.args[1] = y;
        y.args[1] = sum;
        CompiledTrace c = b.compile(1000);
        Frame f = frame(PyInt.of(0), PyInt.of(0), PyInt.of(90), PyInt.of(1));
        assertEquals(8, c.run(null, f));
        assertEquals(2880067194370816120L, value(f.fast[1]));
        assertEquals(4660046610375530309L, value(f.fast[3]));
    }

    @Test
    void listIndexGuardEndsAListWalk() {
        // while True: d += b[a]; a += 1   (d an int, b a list of ints; leaves when a == len(b))
        Builder b = new Builder();
        Ins i0 = b.intSlot(0);
        Ins list = b.add(IrOp.SLOT, 1);
        b.guard(IrOp.GUARD_CLASS, PyList.class, HEADER, new Ins[0], list);
        Ins acc0 = b.intSlot(3);
        Ins one = b.add(IrOp.CONST_I64, 1L);
        b.add(IrOp.LOOP, null);
        Ins i = b.phi(IrType.I64, i0), acc = b.phi(IrType.I64, acc0);
        b.guard(IrOp.GUARD_LIST_INDEX, null, AT_ADD, new Ins[] {i, null, null, acc}, list, i);
        Ins item = b.add(IrOp.LIST_GETITEM, null, list, i);
        b.guard(IrOp.GUARD_CLASS, PyInt.class, AT_ADD + 1, new Ins[] {i, null, null, acc}, item);
        Ins v = b.add(IrOp.UNBOX_INT, null, item);
        Ins acc2 = b.add(IrOp.INT_ADD, null, acc, v);
        b.guard(IrOp.GUARD_NO_OVERFLOW_ADD, null, AT_ADD + 2, new Ins[] {i, null, null, acc}, acc, v, acc2);
        Ins i2 = b.add(IrOp.INT_ADD, null, i, one);
        b.jump(i2, null, null, acc2);
        i.args[1] = i2;
        acc.args[1] = acc2;
        CompiledTrace c = b.compile(1000);
        PyList l = new PyList(new PyObject[] {PyInt.of(5), PyInt.of(6), PyInt.of(7)});
        Frame f = frame(PyInt.of(0), l, PyInt.of(0), PyInt.of(100));
        assertEquals(5, c.run(null, f));
        assertEquals(3, value(f.fast[0]));
        assertEquals(118, value(f.fast[3]));
        assertEquals(AT_ADD, f.ip);
        l.append(PyStr.of("x"));
        Frame g = frame(PyInt.of(0), l, PyInt.of(0), PyInt.of(0));
        assertEquals(6, c.run(null, g));
        assertEquals(3, value(g.fast[0]));
        assertEquals(18, value(g.fast[3]));
    }

    /** The helper of {@link #raisingHelperLeavesThroughItsExitAndRethrows}: raises on 3. */
    public static PyObject check(long v) {
        if (v == 3) {
            throw Errors.of(ExceptionTypes.ValueError, "three");
        }
        return PyInt.of(v * 10);
    }

    @Test
    void raisingHelperLeavesThroughItsExitAndRethrows() throws Exception {
        // while True: b = check(a); a += 1   with the stack holding a's box while check runs
        Builder b = new Builder();
        Ins i0 = b.intSlot(0);
        Ins b0 = b.add(IrOp.SLOT, 1);
        Ins one = b.add(IrOp.CONST_I64, 1L);
        b.add(IrOp.LOOP, null);
        Ins i = b.phi(IrType.I64, i0), last = b.phi(IrType.REF, b0);
        Ins call = b.add(IrOp.CALL_HELPER, MethodHandles.lookup().findStatic(EmitterTest.class, "check",
                MethodType.methodType(PyObject.class, long.class)), i);
        Ins[] stack = new Ins[CODE.nlocalsplus + 1];
        stack[0] = i;
        stack[1] = last;
        stack[CODE.nlocalsplus] = i;
        call.snapshot = new Snapshot(CODE, AT_ADD, CODE.nlocalsplus + 1, stack, null);
        Ins i2 = b.add(IrOp.INT_ADD, null, i, one);
        b.guard(IrOp.GUARD_NO_OVERFLOW_ADD, null, AT_ADD + 1, new Ins[] {i, call}, i, one, i2);
        b.jump(i2, call);
        i.args[1] = i2;
        last.args[1] = call;
        CompiledTrace c = b.compile(1000);
        Frame f = frame(PyInt.of(0), PyInt.of(0));
        PyException e = assertThrows(PyException.class, () -> c.run(null, f));
        assertSame(ExceptionTypes.ValueError, e.value.type());
        assertEquals(AT_ADD, f.ip);
        assertEquals(CODE.nlocalsplus + 1, f.sp);
        assertEquals(3, value(f.fast[0]));
        assertEquals(3, value(f.fast[CODE.nlocalsplus]));
        assertEquals(20, value(f.fast[1]), "b holds what the last successful call returned");
        assertEquals(3, c.iterations());
    }

    @Test
    void virtualTuplesAreAllocatedByTheExitOncePerValueWithTheirItemsBoxed() {
        // while a < c: a += 1, with exits that name tuples the trace never built:
        // inner = (a, 'x') in slots a and d, outer = (inner, a) in slot b
        Builder b = new Builder();
        Ins i0 = b.intSlot(0), n = b.intSlot(2);
        Ins one = b.add(IrOp.CONST_I64, 1L), name = b.add(IrOp.CONST_REF, PyStr.of("x"));
        b.add(IrOp.LOOP, null);
        Ins i = b.phi(IrType.I64, i0);
        Ins lt = b.add(IrOp.INT_LT, null, i, n);
        Ins inner = Ins.of(IrOp.NEW_TUPLE, null, i, name);
        Ins outer = Ins.of(IrOp.NEW_TUPLE, null, inner, i);
        b.guard(IrOp.GUARD_TRUE, null, AFTER_LOOP, new Ins[] {inner, outer, null, inner}, lt);
        Ins i2 = b.add(IrOp.INT_ADD, null, i, one);
        b.jump(i2);
        i.args[1] = i2;
        CompiledTrace c = b.compile(1000);
        Frame f = frame(PyInt.of(0), PyInt.of(0), PyInt.of(5), PyInt.of(0));
        assertEquals(4, c.run(null, f));
        org.taipan.runtime.PyTuple t = assertInstanceOf(org.taipan.runtime.PyTuple.class, f.fast[0]);
        assertEquals(5, value(t.get(0)));
        assertEquals(PyStr.of("x"), t.get(1));
        assertSame(t, f.fast[3], "one tuple for one IR value");
        org.taipan.runtime.PyTuple o = assertInstanceOf(org.taipan.runtime.PyTuple.class, f.fast[1]);
        assertSame(t, o.get(0), "the outer tuple holds that same tuple");
        assertEquals(5, value(o.get(1)));
        assertEquals(5, value(f.fast[2]));
    }

    @Test
    void refusesWhatItCannotCompile() {
        Builder b = sumLoop();
        Ins guard = b.t.ops.get(1);
        guard.snapshot = new Snapshot(CODE, 0, CODE.nlocalsplus, new Ins[0], guard.snapshot);
        assertInstanceOf(UnsupportedOperationException.class,
                assertThrows(RuntimeException.class, () -> Emitter.compile(b.t)));
    }

    /**
     * {@code 100} guards {@code a != 1000 + j}, each exit naming a, the difference, c and a again:
     * the exit blocks do not fit in one run method (over 8,000 bytes of them), so they become methods;
     * the first iteration with {@code a = 1000 + j} leaves through guard j (exit 2 + j) with the frame written.
     */
    private static Builder manyExits() {
        Builder b = new Builder();
        Ins i0 = b.intSlot(0);
        Ins one = b.add(IrOp.CONST_I64, 1L);
        b.add(IrOp.LOOP, null);
        Ins i = b.phi(IrType.I64, i0);
        Ins n = b.add(IrOp.SLOT, 2);
        for (int j = 0; j < 100; j++) {
            Ins d = b.add(IrOp.INT_SUB, null, i, b.add(IrOp.CONST_I64, 1000L + j));
            b.guard(IrOp.GUARD_NONZERO_I64, null, AT_ADD + j, new Ins[] {i, d, n, i}, d);
        }
        Ins i2 = b.add(IrOp.INT_ADD, null, i, one);
        b.guard(IrOp.GUARD_NO_OVERFLOW_ADD, null, AT_ADD, new Ins[] {i, null, n, i}, i, one, i2);
        b.jump(i2, null, n);
        i.args[1] = i2;
        return b;
    }

    @Test
    void exitBlocksThatDoNotFitInRunBecomeMethods() {
        for (int j : new int[] {0, 1, 57, 99}) {
            CompiledTrace c = manyExits().compileOverLimit(1000);
            assertTrue(Arrays.stream(c.getClass().getDeclaredMethods()).anyMatch(m -> m.getName().equals("leave" + (2 + j))),
                    "exit blocks as methods");
            // guard 0 fails on the fourth iteration, guard j > 0 on the first
            int iterations = j == 0 ? 3 : 0;
            Frame f = frame(PyInt.of(1000 + j - iterations), PyStr.of("b"), PyStr.of("n"), PyInt.of(0));
            assertEquals(2 + j, c.run(null, f), "leaves through guard " + j);
            assertEquals(iterations, c.iterations());
            assertEquals(AT_ADD + j, f.ip);
            assertEquals(1000 + j, value(f.fast[0]));
            assertEquals(0, value(f.fast[1]));
            assertEquals(PyStr.of("n"), f.fast[2]);
            assertSame(f.fast[0], f.fast[3], "one box for one value");
        }
        Builder inline = manyExits();
        assertThrows(UnsupportedOperationException.class,
                () -> Emitter.compile(inline.t, 1000, Emitter.ExitMethods.OFF), "over the limit with its exit blocks inside");
        CompiledTrace c = manyExits().compileOverLimit(1000);
        Frame f = frame(PyInt.of(2000), PyStr.of("b"), PyStr.of("n"), PyInt.of(0));
        assertEquals(-1, c.run(null, f), "the budget exit");
        assertEquals(HEADER, f.ip);
        assertEquals(3000, value(f.fast[0]));
        assertEquals(PyStr.of("n"), f.fast[2]);
    }

    /**
     * {@code 150} guards {@code a != 1000 + j} whose exits name a, c and a again, ten guards at
     * each instruction (one snapshot): a block per guard passes the size limit, shared blocks fit.
     */
    private static Builder exitsInTens() {
        Builder b = new Builder();
        Ins i0 = b.intSlot(0);
        Ins one = b.add(IrOp.CONST_I64, 1L);
        b.add(IrOp.LOOP, null);
        Ins i = b.phi(IrType.I64, i0);
        Ins n = b.add(IrOp.SLOT, 2);
        Ins[] slots = null;
        for (int j = 0; j < 150; j++) {
            Ins d = b.add(IrOp.INT_SUB, null, i, b.add(IrOp.CONST_I64, 1000L + j));
            if (j % 10 == 0) {
                slots = new Ins[] {i, null, n, i};
            }
            b.guard(IrOp.GUARD_NONZERO_I64, null, AT_ADD + j / 10, slots, d);
        }
        Ins i2 = b.add(IrOp.INT_ADD, null, i, one);
        b.guard(IrOp.GUARD_NO_OVERFLOW_ADD, null, AT_ADD, new Ins[] {i, null, n, i}, i, one, i2);
        b.jump(i2, null, n);
        i.args[1] = i2;
        return b;
    }

    private static int runLength(TraceWriter w) {
        byte[] bytes = w.write(java.lang.constant.ClassDesc.of("org.taipan.jit.emit.Trace"), false);
        for (java.lang.classfile.MethodModel m : java.lang.classfile.ClassFile.of().parse(bytes).methods()) {
            if (m.methodName().equalsString("run")) {
                return m.findAttribute(java.lang.classfile.Attributes.code()).orElseThrow().codeLength();
            }
        }
        throw new AssertionError("no run");
    }

    @Test
    void guardsOfOneSnapshotShareAnExitBlockWhenABlockPerGuardDoesNotFit() {
        int perGuard = runLength(new TraceWriter(exitsInTens().t, 1000, true, true, false, false));
        int shared = runLength(new TraceWriter(exitsInTens().t, 1000, true, true, false, true));
        assertTrue(perGuard > Emitter.MAX_RUN_BYTES, "a block per guard is over the limit: " + perGuard);
        assertTrue(shared <= Emitter.MAX_RUN_BYTES, "shared blocks fit: " + shared);
        for (int j : new int[] {0, 1, 9, 10, 11, 148, 149}) {
            CompiledTrace c = exitsInTens().compile(1000);
            assertTrue(Arrays.stream(c.getClass().getDeclaredMethods()).noneMatch(m -> m.getName().startsWith("leave")),
                    "exit blocks inside run");
            int iterations = j == 0 ? 3 : 0;
            Frame f = frame(PyInt.of(1000 + j - iterations), PyStr.of("b"), PyStr.of("n"), PyInt.of(0));
            assertEquals(2 + j, c.run(null, f), "leaves through guard " + j + " with its own number");
            assertEquals(iterations, c.iterations());
            assertEquals(AT_ADD + j / 10, f.ip);
            assertEquals(1000 + j, value(f.fast[0]));
            assertEquals(PyStr.of("b"), f.fast[1], "slot 1 not written");
            assertEquals(PyStr.of("n"), f.fast[2]);
            assertSame(f.fast[0], f.fast[3], "one box for one value");
            assertEquals(1, ((TraceCode) c).exitPoints().get(2 + j).taken, "the exit taken is the guard's own");
        }
    }

    @Test
    void aLongTraceThatFitsIsMeasuredThenDefinedWithItsStackMaps() {
        // more ops than PROBE_OPS at a few bytes each: the probe (no stack maps) fits, and the
        // class defined is the full write, which the JVM verifies
        Builder b = new Builder();
        Ins i0 = b.intSlot(0), n = b.intSlot(2);
        Ins one = b.add(IrOp.CONST_I64, 1L), zero = b.add(IrOp.CONST_I64, 0L);
        b.add(IrOp.LOOP, null);
        Ins i = b.phi(IrType.I64, i0);
        Ins lt = b.add(IrOp.INT_LT, null, i, n);
        b.guard(IrOp.GUARD_TRUE, null, AFTER_LOOP, new Ins[] {i}, lt);
        Ins x = i;
        for (int k = 0; k < Emitter.PROBE_OPS; k++) {
            x = b.add(IrOp.INT_ADD, null, x, zero);
        }
        Ins i2 = b.add(IrOp.INT_ADD, null, x, one);
        b.jump(i2);
        i.args[1] = i2;
        assertTrue(b.t.ops.size() > Emitter.PROBE_OPS);
        CompiledTrace c = b.compile(1000);
        Frame f = frame(PyInt.of(0), PyInt.of(0), PyInt.of(50));
        assertEquals(4, c.run(null, f), "the loop condition's exit");
        assertEquals(AFTER_LOOP, f.ip);
        assertEquals(50, value(f.fast[0]));
        assertEquals(50, c.iterations());
    }

    @Test
    void refusesATraceHotSpotWouldNotCompile() {
        // 1,500 guards: over 8,000 bytes of run() even with the exit blocks out of it
        Builder b = new Builder();
        Ins i0 = b.intSlot(0);
        b.add(IrOp.LOOP, null);
        Ins i = b.phi(IrType.I64, i0);
        for (int k = 0; k < 1500; k++) {
            b.guard(IrOp.GUARD_NONZERO_I64, null, AT_ADD, new Ins[] {i, null, i}, i);
        }
        b.jump(i);
        i.args[1] = i;
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> b.compileOverLimit(1000));
        assertEquals("trace code over the JVM's compile size limit", e.getMessage());
    }

    @Test
    void exitsClearTheStackAboveTheResumeDepth() {
        // The loop runs with an iterator-like object at the stack's first slot (entry sp = base + 1);
        // the condition's exit resumes with it popped, so the exit clears that slot.
        Trace t = new Trace(CODE, HEADER, 40, CODE.nlocalsplus + 1);
        Ins s = t.add(Ins.of(IrOp.SLOT, 0));
        Ins g = t.add(Ins.of(IrOp.GUARD_CLASS, PyInt.class, s));
        g.snapshot = new Snapshot(CODE, HEADER, CODE.nlocalsplus + 1, new Ins[0], null);
        t.add(Ins.of(IrOp.LOOP, null));
        t.add(Ins.of(IrOp.JUMP, null));
        CompiledTrace c = Emitter.compile(t, 10);
        Frame f = frame(PyStr.of("no"));
        f.fast[CODE.nlocalsplus] = PyStr.of("iterator");
        f.sp = CODE.nlocalsplus + 1;
        g.snapshot.slots();
        assertEquals(0, c.run(null, f));
        assertEquals(CODE.nlocalsplus + 1, f.sp);
        Trace t2 = new Trace(CODE, HEADER, 40, CODE.nlocalsplus + 1);
        Ins s2 = t2.add(Ins.of(IrOp.SLOT, 0));
        Ins g2 = t2.add(Ins.of(IrOp.GUARD_CLASS, PyInt.class, s2));
        g2.snapshot = new Snapshot(CODE, AFTER_LOOP, CODE.nlocalsplus, new Ins[0], null);
        t2.add(Ins.of(IrOp.LOOP, null));
        t2.add(Ins.of(IrOp.JUMP, null));
        assertEquals(0, Emitter.compile(t2, 10).run(null, f));
        assertNull(f.fast[CODE.nlocalsplus]);
        assertEquals(CODE.nlocalsplus, f.sp);
        assertEquals(AFTER_LOOP, f.ip);
    }
}
