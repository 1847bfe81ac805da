package org.taipan.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.jit.RecorderTest.Run;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Trace;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.InterpreterOptions;

/**
 * The recorder's sequence rules ({@code jit.record.SequenceRecorder}): the
 * {@code tests/python/jit/seq_*.py} programs, run with the JIT forced on (threshold 1) and the
 * reference {@link TraceInterpreter} as backend, print exactly what they print with the JIT off;
 * their traces verify, contain the sequence ops, run iterations and take the exits the programs
 * provoke (loop ends, mutated lists, wrong lengths, out-of-range indices, emptied containers).
 */
class RecorderSequenceTest {
    @TempDir
    Path tmp;

    private Run run(Path program, boolean jit) throws Exception {
        return RecorderTest.runFile(tmp, program, jit);
    }

    /** Runs {@code tests/python/jit/NAME.py} with the JIT off and on: same output; returns the JIT run, its traces verified. */
    private Run same(String name) throws Exception {
        Path p = Path.of("tests/python/jit", name + ".py");
        assertTrue(Files.exists(p), p.toString());
        Run off = run(p, false);
        Run on = run(p, true);
        assertEquals(off.out(), on.out(), on.log());
        assertEquals(off.err(), on.err(), on.log());
        on.traces().forEach(Trace::verify);
        return on;
    }

    private static boolean uses(Run r, IrOp op) {
        return r.traces().stream().anyMatch(t -> t.ops.stream().anyMatch(i -> i.op == op));
    }

    private static int exits(Run r) {
        return r.compiled().stream().mapToInt(c -> c.exits).sum();
    }

    private static int iterations(Run r) {
        return r.compiled().stream().mapToInt(c -> c.iterations).sum();
    }

    @Test
    void listsShrinkingAndGrowingMidLoopEndTheLoopWhereTier1Does() throws Exception {
        Run on = same("seq_for_list_mutated");
        assertTrue(uses(on, IrOp.GUARD_LIST_ITER_ACTIVE) && uses(on, IrOp.LIST_ITER_NEXT), on.log());
        assertTrue(iterations(on) > 5000, on.log());
        assertTrue(exits(on) >= 4, on.log());
    }

    @Test
    void tupleIteratorsAndOtherIteratorsAtOneHeader() throws Exception {
        Run on = same("seq_for_tuple_kinds");
        assertTrue(uses(on, IrOp.TUPLE_ITER_NEXT) && uses(on, IrOp.LIST_ITER_NEXT), on.log());
        assertTrue(on.log().contains("inner loop"), on.log());
        assertTrue(exits(on) > 10, on.log());
    }

    @Test
    void unpackingChecksClassAndLength() throws Exception {
        Run on = same("seq_unpack_wrong_length");
        assertTrue(uses(on, IrOp.GUARD_LEN) && uses(on, IrOp.TUPLE_GETITEM), on.log());
        assertTrue(exits(on) >= 8, on.log());
    }

    @Test
    void negativeIndicesAddTheLengthAndOutOfRangeLeaves() throws Exception {
        Run on = same("seq_negative_index");
        assertTrue(uses(on, IrOp.LEN) && uses(on, IrOp.GUARD_TUPLE_INDEX), on.log());
        assertTrue(exits(on) >= 2, on.log());
    }

    @Test
    void containerTruthGuardsClassAndEmptiness() throws Exception {
        Run on = same("seq_truth_containers");
        assertTrue(uses(on, IrOp.LEN), on.log());
        assertTrue(exits(on) >= 3, on.log());
    }

    @Test
    void slicesOfListsAndTuplesAndSliceAssignment() throws Exception {
        Run on = same("seq_slices");
        assertTrue(uses(on, IrOp.NEW_SLICE) && uses(on, IrOp.SEQ_GETSLICE) && uses(on, IrOp.LIST_SETSLICE), on.log());
        assertTrue(on.err().isEmpty() && on.out().contains("ValueError"), on.out());
    }

    @Test
    void lenAppendAndBuiltListsAndTuples() throws Exception {
        Run on = same("seq_len_append");
        assertTrue(uses(on, IrOp.LEN) && uses(on, IrOp.BOX_INT), on.log());
        Run built = same("seq_unpack_wrong_length");
        assertTrue(uses(built, IrOp.NEW_LIST) && uses(built, IrOp.LIST_APPEND), built.log());
    }

    @Test
    void dictSubscriptsAndMembershipRunEachTestOnce() throws Exception {
        Run on = same("seq_dict_contains");
        assertTrue(uses(on, IrOp.DICT_GETITEM) && uses(on, IrOp.DICT_SETITEM) && uses(on, IrOp.CONTAINS), on.log());
        assertTrue(on.out().contains("KeyError"), on.out());
    }
}
