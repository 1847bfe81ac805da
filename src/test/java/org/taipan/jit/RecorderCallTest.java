package org.taipan.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;
import org.taipan.jit.ir.Trace;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.InterpreterOptions;

/**
 * The recorder following Python calls ({@code jit.record.CallRecorder}): the
 * {@code tests/python/jit/inline_*.py} programs, run with the JIT forced on (threshold 1) and
 * the reference {@link TraceInterpreter} as backend (which rebuilds inlined frames at exits and
 * finishes them with tier 1), print exactly what they print with the JIT off; their traces
 * verify, inline calls (snapshots with a function and a parent), and actually run and exit.
 */
class RecorderCallTest {
    @TempDir
    Path tmp;

    private Run run(Path program, boolean jit) throws Exception {
        return RecorderTest.runFile(tmp, program, jit);
    }

    private static Path program(String name) {
        Path p = Path.of("tests/python/jit", name + ".py");
        assertTrue(Files.exists(p), p.toString());
        return p;
    }

    /** Runs the program with the JIT off and on (reference backend): same output; returns the JIT run. */
    private Run same(String name) throws Exception {
        Path p = program(name);
        Run off = run(p, false);
        Run on = run(p, true);
        assertEquals(off.out(), on.out(), on.log());
        assertEquals(off.err(), on.err(), on.log());
        return on;
    }

    private static boolean inlines(Trace t) {
        for (Ins i : t.ops) {
            if (i.snapshot != null && i.snapshot.function() != null) {
                return true;
            }
        }
        return false;
    }

    private static int exits(Run r) {
        return r.compiled().stream().mapToInt(c -> c.exits).sum();
    }

    private static int iterations(Run r) {
        return r.compiled().stream().mapToInt(c -> c.iterations).sum();
    }

    @Test
    void callsOneToThreeDeepMethodsDefaultsAndBoundMethodsAreInlined() throws Exception {
        Run on = same("inline_calls_deep");
        assertTrue(on.traces().stream().anyMatch(RecorderCallTest::inlines), on.log());
        int deepest = 0;
        for (Trace t : on.traces()) {
            t.verify();
            for (Ins i : t.ops) {
                if (i.snapshot != null) {
                    deepest = Math.max(deepest, i.snapshot.depth());
                    for (Snapshot s = i.snapshot; s.parent() != null; s = s.parent()) {
                        // a caller waits in its CALL: a call instruction of its code
                        String name = org.taipan.code.Opcode.of(s.parent().code().instrs[s.parent().ip()] & 0xFF).name();
                        assertTrue(name.startsWith("CALL"), name);
                        assertTrue(s.function() != null && s.function().code == s.code(), s.toString());
                    }
                }
            }
        }
        assertEquals(4, deepest, on.log());
        assertTrue(iterations(on) > 400, on.log());
        assertTrue(on.traces().stream().anyMatch(t -> t.ops.stream().anyMatch(i -> i.op == IrOp.GUARD_TYPE_VERSION || i.op == IrOp.GUARD_TYPE)), on.log());
    }

    @Test
    void guardsFailingInsideACalleeRebuildItsFrames() throws Exception {
        Run on = same("inline_exit_in_callee");
        assertTrue(on.traces().stream().anyMatch(RecorderCallTest::inlines), on.log());
        assertTrue(exits(on) >= 3, on.log());
    }

    @Test
    void reboundFunctionsAndPatchedMethodsLeaveTheTrace() throws Exception {
        Run on = same("inline_rebound");
        assertTrue(on.traces().stream().anyMatch(RecorderCallTest::inlines), on.log());
        assertTrue(exits(on) >= 2, on.log());
    }

    @Test
    void exceptionsFromInlinedCalleesHaveTier1Tracebacks() throws Exception {
        Run on = same("inline_exception");
        assertTrue(on.traces().stream().anyMatch(RecorderCallTest::inlines), on.log());
        assertFalse(on.err().isEmpty());
    }

    @Test
    void anAbortInsideACalleeFinishesItInTier1() throws Exception {
        Run on = same("inline_abort_in_callee");
        assertTrue(on.log().contains("unsupported opcode"), on.log());
    }

    @Test
    void inlinedCallsNearTheRecursionLimitRaiseWhereTier1Does() throws Exception {
        Run on = same("inline_recursion_limit");
        assertTrue(on.traces().stream().anyMatch(RecorderCallTest::inlines), on.log());
    }

    @Test
    void andOrNotAndIsInCalleesKeepTheirValuesAndExitOnChange() throws Exception {
        Run on = same("inline_and_or_not_is");
        assertTrue(on.traces().stream().anyMatch(RecorderCallTest::inlines), on.log());
        assertTrue(exits(on) > 0, on.log());
    }

    @Test
    void replacedCodeOrDefaultsOfAnInlinedFunctionLeaveTheTrace() throws Exception {
        Run on = same("inline_code_defaults_replaced");
        assertTrue(on.traces().stream().anyMatch(t -> t.ops.stream().anyMatch(i -> i.op == IrOp.GUARD_FUNCTION)), on.log());
        assertTrue(exits(on) >= 2, on.log());
    }

    @Test
    void classCallsInlineTheirInitWithTheCallersLine() throws Exception {
        Run on = same("inline_class_calls");
        assertTrue(RecorderTest.traced(on, IrOp.NEW_INSTANCE) && RecorderTest.traced(on, IrOp.ADDSLOT), on.log());
        assertTrue(iterations(on) > 100, on.log());
    }

    @Test
    void exitsAndExceptionsInsideAnInlinedInitGiveTheCallerTheInstance() throws Exception {
        for (String p : new String[] {"init_exit_inside", "init_raises", "init_returns_value", "init_nested_depth"}) {
            Run on = same(p);
            assertTrue(RecorderTest.traced(on, IrOp.NEW_INSTANCE), p + "\n" + on.log());
        }
    }

    @Test
    void userBinaryOperatorsInlineTheirDunder() throws Exception {
        for (String p : new String[] {"binop_user_exit_inside", "binop_user_not_implemented", "binop_user_raises"}) {
            Run on = same(p);
            assertTrue(on.traces().stream().anyMatch(t -> t.ops.stream().anyMatch(i -> i.snapshot != null
                    && i.snapshot.kind() == org.taipan.jit.ir.Snapshot.CallKind.BINARY_DUNDER)), p + "\n" + on.log());
            assertTrue(exits(on) >= 1, p + "\n" + on.log());
        }
    }
}
