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

    private static int[] words(Opcode... ops) {
        int[] w = new int[ops.length];
        for (int k = 0; k < ops.length; k++) {
            w[k] = Opcode.encode(ops[k], k + 1);
        }
        return w;
    }

    @Test
    void combineRewritesTheFirstWordOfEachPairOnly() {
        int[] w = Quickening.combine(words(Opcode.LOAD_FAST, Opcode.LOAD_FAST, Opcode.LOAD_CONST, Opcode.BINARY_OP,
                Opcode.STORE_FAST, Opcode.STORE_FAST, Opcode.LOAD_CONST, Opcode.LOAD_FAST, Opcode.RETURN_VALUE));
        assertEquals(Opcode.LOAD_FAST__LOAD_FAST.ordinal(), Opcode.opcodeOf(w[0]));
        assertEquals(Opcode.LOAD_FAST__LOAD_CONST.ordinal(), Opcode.opcodeOf(w[1]), "pairs chain");
        assertEquals(Opcode.LOAD_CONST.ordinal(), Opcode.opcodeOf(w[2]));
        assertEquals(Opcode.STORE_FAST__STORE_FAST.ordinal(), Opcode.opcodeOf(w[4]));
        assertEquals(Opcode.STORE_FAST.ordinal(), Opcode.opcodeOf(w[5]), "STORE_FAST then LOAD_CONST is no pair");
        assertEquals(Opcode.LOAD_CONST__LOAD_FAST.ordinal(), Opcode.opcodeOf(w[6]));
        assertEquals(Opcode.LOAD_FAST.ordinal(), Opcode.opcodeOf(w[7]), "the last word of a pair stays whole");
        for (int k = 0; k < w.length; k++) {
            assertEquals(k + 1, Opcode.opargOf(w[k]), "opargs are kept");
        }
    }

    @Test
    void combinePairsALocalWithTheAttributeLoadAfterIt() {
        int[] w = Quickening.combine(words(Opcode.LOAD_FAST, Opcode.LOAD_FAST, Opcode.LOAD_ATTR, Opcode.LOAD_ATTR,
                Opcode.RETURN_VALUE));
        assertEquals(Opcode.LOAD_FAST__LOAD_FAST.ordinal(), Opcode.opcodeOf(w[0]));
        assertEquals(Opcode.LOAD_FAST__LOAD_ATTR.ordinal(), Opcode.opcodeOf(w[1]), "pairs chain");
        assertEquals(Opcode.LOAD_ATTR.ordinal(), Opcode.opcodeOf(w[2]), "the attribute load stays, to be specialized");
        assertEquals(Opcode.LOAD_ATTR.ordinal(), Opcode.opcodeOf(w[3]));
        assertEquals(Opcode.LOAD_FAST, Opcode.LOAD_FAST__LOAD_ATTR.generic());
    }

    @Test
    void combinePairsTestsWithTheirConditionalJump() {
        int[] w = Quickening.combine(words(Opcode.IS_OP, Opcode.POP_JUMP_IF_FALSE, Opcode.CONTAINS_OP, Opcode.POP_JUMP_IF_TRUE,
                Opcode.IS_OP, Opcode.POP_TOP));
        assertEquals(Opcode.IS_OP__POP_JUMP.ordinal(), Opcode.opcodeOf(w[0]));
        assertEquals(Opcode.POP_JUMP_IF_FALSE.ordinal(), Opcode.opcodeOf(w[1]), "a jump target may land on the jump");
        assertEquals(Opcode.CONTAINS_OP__POP_JUMP.ordinal(), Opcode.opcodeOf(w[2]));
        assertEquals(Opcode.IS_OP.ordinal(), Opcode.opcodeOf(w[4]), "IS_OP whose bool is used stays whole");
        assertEquals(Opcode.CONTAINS_OP, Opcode.CONTAINS_OP__POP_JUMP.generic());
    }

    @Test
    void combineFusesTheTwoHalvesOfAnAugmentedSubscriptAssignment() {
        PyCode q = code("a[k] -= v\n");
        int load = indexOf(q, Opcode.COPY__COPY__BINARY_SUBSCR), store = indexOf(q, Opcode.SWAP__SWAP__STORE_SUBSCR);
        assertEquals(Opcode.encode(Opcode.COPY, 2), q.instrs[load + 1], "the second COPY stays whole");
        assertEquals(Opcode.BINARY_SUBSCR, opAt(q, load + 2), "the subscript stays, to be specialized");
        assertEquals(2, Opcode.opargOf(q.instrs[load]));
        assertEquals(Opcode.encode(Opcode.SWAP, 2), q.instrs[store + 1]);
        assertEquals(Opcode.STORE_SUBSCR, opAt(q, store + 2));
        assertEquals(3, Opcode.opargOf(q.instrs[store]));
        assertEquals(Opcode.SWAP, Opcode.SWAP__SWAP__STORE_SUBSCR.generic());
        int[] other = Quickening.combine(new int[] {Opcode.encode(Opcode.COPY, 2), Opcode.encode(Opcode.COPY, 3),
                Opcode.encode(Opcode.BINARY_SUBSCR, 0), Opcode.encode(Opcode.SWAP, 2), Opcode.encode(Opcode.SWAP, 2),
                Opcode.encode(Opcode.STORE_SUBSCR, 0)});
        assertEquals(Opcode.COPY.ordinal(), Opcode.opcodeOf(other[0]), "only COPY 2, COPY 2 fuses");
        assertEquals(Opcode.SWAP.ordinal(), Opcode.opcodeOf(other[3]), "only SWAP 3, SWAP 2 fuses");
    }

    @Test
    void combineLeavesTheStoreAfterForIterToForIter() {
        int[] w = Quickening.combine(words(Opcode.FOR_ITER, Opcode.STORE_FAST, Opcode.LOAD_FAST, Opcode.JUMP_BACKWARD));
        assertEquals(Opcode.STORE_FAST.ordinal(), Opcode.opcodeOf(w[1]));
        assertTrue(Opcode.LOAD_FAST__LOAD_FAST.isSpecialized());
        assertEquals(Opcode.STORE_FAST, Opcode.STORE_FAST__LOAD_FAST.generic());
    }
}
