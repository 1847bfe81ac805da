package org.taipan.jit.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;

class FoldTest {
    @Test
    void unboxedConstantsAndTheirArithmeticFold() {
        Fixture f = new Fixture(1);
        Ins seven = f.add(IrOp.CONST_REF, PyInt.of(7));
        Ins half = f.add(IrOp.CONST_REF, new PyFloat(0.5));
        f.loop();
        Ins[] s = {null};
        f.guard(2, s, IrOp.GUARD_CLASS, PyInt.class, seven);
        f.guard(2, s, IrOp.GUARD_SMALL_INT, null, seven);
        Ins u = f.add(IrOp.UNBOX_INT, null, seven);
        Ins m = f.add(IrOp.INT_MOD, null, f.add(IrOp.INT_NEG, null, u), f.add(IrOp.CONST_I64, 3L));
        f.guard(2, s, IrOp.GUARD_NONZERO_I64, null, m);
        Ins x = f.add(IrOp.FLOAT_MUL, null, f.add(IrOp.INT_TO_FLOAT, null, m), f.add(IrOp.UNBOX_FLOAT, null, half));
        f.guard(4, new Ins[] {x}, IrOp.GUARD_TRUE, null, f.add(IrOp.FLOAT_GT, null, x, f.add(IrOp.CONST_F64, 0.0)));
        f.jump();
        Fold.run(f.t);
        f.t.verify();
        assertEquals(0, f.t.guardCount(), f.t::toString);
        // -7 % 3 == 2 (Python's sign of the divisor); 2 * 0.5
        Ins exitValue = f.t.ops.stream().filter(i -> i.op == IrOp.CONST_F64 && (Double) i.aux == 1.0).findFirst().orElseThrow();
        assertEquals(IrOp.CONST_F64, exitValue.op);
    }

    @Test
    void aCharacterIsOneCodePointLongAndItsFirstCodePointIsItsOwn() {
        // what a comparison recorded on a virtual tuple's item finds once that item is a CHR
        Fixture f = new Fixture(1);
        Ins it = f.slot(0);
        f.loop();
        Ins cp = f.add(IrOp.STR_ITER_NEXT, null, it);
        Ins ch = f.add(IrOp.CHR, null, cp);
        Ins zero = f.add(IrOp.CONST_I64, 0L);
        f.guard(2, new Ins[] {ch}, IrOp.GUARD_TRUE, null, f.add(IrOp.INT_EQ, null, f.add(IrOp.LEN, null, ch), f.add(IrOp.CONST_I64, 1L)));
        f.guard(2, new Ins[] {ch}, IrOp.GUARD_STR_INDEX, null, ch, zero);
        Ins read = f.add(IrOp.STR_CODE_POINT, null, ch, zero);
        f.guard(2, new Ins[] {ch}, IrOp.GUARD_FALSE, null, f.add(IrOp.INT_EQ, null, read, f.add(IrOp.CONST_I64, 97L)));
        f.jump();
        Fold.run(f.t);
        f.t.verify();
        assertEquals(1, f.t.guardCount(), f.t::toString);
        assertEquals(0, Fixture.count(f.t, IrOp.STR_CODE_POINT), f.t::toString);
        Ins g = f.t.ops.stream().filter(i -> i.op.isGuard()).findFirst().orElseThrow();
        assertSame(cp, g.args[0].args[0], "the comparison reads the iterator's code point");
    }

    @Test
    void aGuardThatWouldFailStays() {
        Fixture f = new Fixture(1);
        Ins c = f.add(IrOp.CONST_I64, 0L);
        f.loop();
        f.guard(2, new Ins[] {null}, IrOp.GUARD_NONZERO_I64, null, c);
        f.add(IrOp.INT_FLOORDIV, null, f.add(IrOp.CONST_I64, 1L), c);
        Ins big = f.add(IrOp.CONST_I64, Long.MAX_VALUE);
        Ins sum = f.add(IrOp.INT_ADD, null, big, big);
        f.guard(2, new Ins[] {null}, IrOp.GUARD_NO_OVERFLOW_ADD, null, big, big, sum);
        f.jump();
        Fold.run(f.t);
        f.t.verify();
        assertEquals(2, f.t.guardCount(), f.t::toString);
        assertEquals(1, Fixture.count(f.t, IrOp.INT_FLOORDIV), "division by zero is not folded");
    }

    @Test
    void guardIsOfABoxedBoolBecomesGuardTrue() {
        Fixture f = new Fixture(2);
        Ins a = f.slot(0), b = f.slot(1);
        f.loop();
        Ins lt = f.add(IrOp.REF_IS, null, a, b);
        Ins box = f.add(IrOp.BOX_BOOL, null, lt);
        f.guard(3, new Ins[] {null, null}, IrOp.GUARD_IS, PyBool.FALSE, box);
        f.jump();
        Fold.run(f.t);
        f.t.verify();
        Ins g = f.t.ops.stream().filter(i -> i.op.isGuard()).findFirst().orElseThrow();
        assertEquals(IrOp.GUARD_FALSE, g.op);
        assertSame(lt, g.args[0]);
        assertEquals(3, g.snapshot.ip());
    }

    @Test
    void aConstantDivisorDropsTheZeroAndOverflowChecksButMinusOneKeepsTheOverflowCheck() {
        Fixture f = new Fixture(1);
        Ins x = f.slot(0);
        f.loop();
        Ins[] s = {null};
        f.guard(2, s, IrOp.GUARD_CLASS, PyInt.class, x);
        f.guard(2, s, IrOp.GUARD_SMALL_INT, null, x);
        Ins u = f.add(IrOp.UNBOX_INT, null, x);
        Ins three = f.add(IrOp.CONST_I64, 3L), minusOne = f.add(IrOp.CONST_I64, -1L);
        f.guard(2, s, IrOp.GUARD_NONZERO_I64, null, three);
        f.guard(2, s, IrOp.GUARD_NO_OVERFLOW_DIV, null, u, three);
        f.add(IrOp.INT_FLOORDIV, null, u, three);
        f.guard(2, s, IrOp.GUARD_NONZERO_I64, null, minusOne);
        f.guard(2, s, IrOp.GUARD_NO_OVERFLOW_DIV, null, u, minusOne);
        f.add(IrOp.INT_FLOORDIV, null, u, minusOne);
        f.guard(2, s, IrOp.GUARD_NO_OVERFLOW_NEG, null, three);
        f.guard(2, s, IrOp.GUARD_NO_OVERFLOW_NEG, null, u);
        f.jump();
        Fold.run(f.t);
        f.t.verify();
        // left: the class and small-int guards of the slot, x // -1's overflow check, -x's overflow check
        assertEquals(4, f.t.guardCount(), f.t::toString);
        assertEquals(1, Fixture.count(f.t, IrOp.GUARD_NO_OVERFLOW_DIV), f.t::toString);
        assertEquals(1, Fixture.count(f.t, IrOp.GUARD_NO_OVERFLOW_NEG), f.t::toString);
        assertEquals(0, Fixture.count(f.t, IrOp.GUARD_NONZERO_I64), f.t::toString);
    }
}
