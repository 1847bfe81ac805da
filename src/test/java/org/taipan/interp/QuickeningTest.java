package org.taipan.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.taipan.code.CodeObject;
import org.taipan.code.Opcode;
import org.taipan.compile.Compiler;
import org.taipan.parse.Mode;
import org.taipan.parse.Parser;
import org.taipan.runtime.PyCode;

/** The quickening state machine: specialize, miss budget, deoptimization, exponential back-off. */
class QuickeningTest {
    private static PyCode code(String source) {
        return new PyCode(Compiler.compile(Parser.parse(source, "<q>", Mode.EXEC), "<q>", Mode.EXEC, 0));
    }

    private static int indexOf(PyCode q, Opcode op) {
        for (int i = 0; i < q.instrs.length; i++) {
            if (Opcode.opcodeOf(q.instrs[i]) == op.ordinal()) {
                return i;
            }
        }
        throw new AssertionError("no " + op);
    }

    private static Opcode opAt(PyCode q, int i) {
        return Opcode.of(Opcode.opcodeOf(q.instrs[i]));
    }

    @Test
    void specializeKeepsOpargAndLeavesTheOriginalCodeAlone() {
        PyCode q = code("x = a - b\n");
        int i = indexOf(q, Opcode.BINARY_OP);
        int oparg = Opcode.opargOf(q.instrs[i]);
        Quickening.specialize(q, i, Opcode.BINARY_OP_SUBTRACT_INT);
        assertEquals(Opcode.BINARY_OP_SUBTRACT_INT, opAt(q, i));
        assertEquals(oparg, Opcode.opargOf(q.instrs[i]));
        assertEquals(Quickening.MISS_BUDGET, q.counters[i]);
        CodeObject co = q.code;
        assertEquals(Opcode.BINARY_OP, co.opcode(i));
    }

    @Test
    void deoptimizesAfterTheMissBudgetThenBacksOff() {
        PyCode q = code("x = a + b\n");
        int i = indexOf(q, Opcode.BINARY_OP);
        Quickening.specialize(q, i, Opcode.BINARY_OP_ADD_INT);
        for (int k = 0; k < Quickening.MISS_BUDGET; k++) {
            Quickening.miss(q, i);
            assertEquals(Opcode.BINARY_OP_ADD_INT, opAt(q, i));
        }
        Quickening.miss(q, i);
        assertEquals(Opcode.BINARY_OP, opAt(q, i));
        assertEquals((1 << Quickening.BACKOFF_MIN) - 1, q.counters[i]);
    }

    @Test
    void backOffGrowsExponentiallyAndIsCapped() {
        PyCode q = code("x = a[b]\n");
        int i = indexOf(q, Opcode.BINARY_SUBSCR);
        int previous = 0;
        for (int k = 0; k < 20; k++) {
            Quickening.fail(q, i);
            assertTrue(q.counters[i] >= previous);
            previous = q.counters[i];
        }
        assertEquals((1 << Quickening.BACKOFF_MAX) - 1, q.counters[i]);
        assertEquals(Opcode.BINARY_SUBSCR, opAt(q, i));
    }

    @Test
    void backOffSurvivesRespecialization() {
        PyCode q = code("x = a * b\n");
        int i = indexOf(q, Opcode.BINARY_OP);
        Quickening.specialize(q, i, Opcode.BINARY_OP_MULTIPLY_INT);
        Quickening.deoptimize(q, i);
        int first = q.counters[i];
        Quickening.specialize(q, i, Opcode.BINARY_OP_MULTIPLY_FLOAT);
        Quickening.deoptimize(q, i);
        assertEquals(2 * first + 1, q.counters[i]);
    }
}
