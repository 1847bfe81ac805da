package org.taipan.jit.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.taipan.compile.Compiler;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.IrType;
import org.taipan.jit.ir.Snapshot;
import org.taipan.jit.ir.Trace;
import org.taipan.parse.Mode;
import org.taipan.parse.Parser;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyInt;

/** Hand-built traces for the pass tests: a small builder over {@link Trace#add} and helpers to inspect results. */
final class Fixture {
    static final PyCode CODE = new PyCode(Compiler.compile(
            Parser.parse("s = 0\ni = 0\nn = 10\nwhile i < n:\n    s += i\n    i += 1\n", "<opt>", Mode.EXEC), "<opt>", Mode.EXEC, 0));

    final Trace t;
    final int sp;

    /** A trace whose frame has {@code sp} slots at the header. */
    Fixture(int sp) {
        this(CODE, 0, 10, sp);
    }

    /** A trace of the loop of {@code code} at {@code headerIp}, closed by the back jump at {@code backJumpIp}. */
    Fixture(PyCode code, int headerIp, int backJumpIp, int sp) {
        this.t = new Trace(code, headerIp, backJumpIp, sp);
        this.sp = sp;
    }

    Ins add(IrOp op, Object aux, Ins... args) {
        return t.add(Ins.of(op, aux, args));
    }

    /** A guard (or raising op) resuming at {@code ip} with the given frame slot values (null = unchanged). */
    Ins guard(int ip, Ins[] slots, IrOp op, Object aux, Ins... args) {
        Ins g = Ins.of(op, aux, args);
        g.snapshot = new Snapshot(CODE, ip, slots.length, slots.clone(), null);
        return t.add(g);
    }

    Ins slot(int k) {
        return add(IrOp.SLOT, k);
    }

    Ins loop() {
        return add(IrOp.LOOP, null);
    }

    Ins jump() {
        return add(IrOp.JUMP, null);
    }

    /** A REF PHI whose second operand is set later with {@link #close}. */
    Ins phi(Ins entry) {
        return t.add(new Ins(IrOp.PHI, IrType.REF, null, entry, entry));
    }

    static void close(Ins phi, Ins loopValue) {
        phi.args[1] = loopValue;
    }

    /** GUARD_CLASS(v, PyInt), GUARD_SMALL_INT(v), UNBOX_INT(v) as the recorder emits for an int operand. */
    Ins unboxInt(int ip, Ins[] slots, Ins v) {
        guard(ip, slots, IrOp.GUARD_CLASS, PyInt.class, v);
        guard(ip, slots, IrOp.GUARD_SMALL_INT, null, v);
        return add(IrOp.UNBOX_INT, null, v);
    }

    /** Number of instructions of {@code op} after LOOP. */
    static int inBody(Trace t, IrOp op) {
        int n = 0;
        for (int i = t.loopIndex() + 1; i < t.ops.size(); i++) {
            if (t.ops.get(i).op == op) {
                n++;
            }
        }
        return n;
    }

    /** Number of instructions of {@code op} anywhere. */
    static int count(Trace t, IrOp op) {
        return (int) t.ops.stream().filter(i -> i.op == op).count();
    }

    static void assertBody(Trace t, IrOp op, int n) {
        assertEquals(n, inBody(t, op), () -> op + " in the body of\n" + t);
    }

    /**
     * The recorder's naive trace (jitcore's TraceBuilder shape) for
     * {@code while i < n: s += i; i += 1} with s, i, n in slots 0, 1, 2 and an empty stack at the
     * header: SLOTs and the constant first, LOOP, a REF PHI per written slot, every operand
     * guarded and unboxed where it is used, each result boxed.
     */
    static Fixture sumLoop() {
        Fixture f = new Fixture(3);
        Ins i0 = f.slot(1), n = f.slot(2), s0 = f.slot(0);
        Ins one = f.add(IrOp.CONST_REF, PyInt.of(1));
        f.loop();
        Ins ps = f.phi(s0), pi = f.phi(i0);
        // i < n: stack holds i, n
        Ins[] cmp = {ps, pi, null, pi, n};
        Ins ui = f.unboxInt(4, cmp, pi);
        Ins un = f.unboxInt(4, cmp, n);
        Ins lt = f.add(IrOp.INT_LT, null, ui, un);
        f.guard(6, new Ins[] {ps, pi, null}, IrOp.GUARD_TRUE, null, lt);
        // s += i
        Ins[] add1 = {ps, pi, null, ps, pi};
        Ins us = f.unboxInt(10, add1, ps);
        Ins ui2 = f.unboxInt(10, add1, pi);
        Ins sum = f.add(IrOp.INT_ADD, null, us, ui2);
        f.guard(10, add1, IrOp.GUARD_NO_OVERFLOW_ADD, null, us, ui2, sum);
        Ins boxS = f.add(IrOp.BOX_INT, null, sum);
        // i += 1
        Ins[] add2 = {boxS, pi, null, pi, one};
        Ins ui3 = f.unboxInt(14, add2, pi);
        f.guard(14, add2, IrOp.GUARD_CLASS, PyInt.class, one);
        f.guard(14, add2, IrOp.GUARD_SMALL_INT, null, one);
        Ins u1 = f.add(IrOp.UNBOX_INT, null, one);
        Ins inc = f.add(IrOp.INT_ADD, null, ui3, u1);
        f.guard(14, add2, IrOp.GUARD_NO_OVERFLOW_ADD, null, ui3, u1, inc);
        Ins boxI = f.add(IrOp.BOX_INT, null, inc);
        f.jump();
        close(ps, boxS);
        close(pi, boxI);
        f.t.verify();
        return f;
    }
}
