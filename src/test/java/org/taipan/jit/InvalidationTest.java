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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Trace;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.InterpreterOptions;

/**
 * Traces that use globals and class attributes as constants under switch points (issue 7's
 * invalidation), run with the real backend: they are discarded when what they assumed changes, a
 * key that keeps changing stops being speculated on after a bounded number of recompilations, and
 * interpreters in one JVM do not share assumptions.
 */
class InvalidationTest {
    @TempDir
    Path tmp;

    record Run(String out, List<Trace> traces, String log) {}

    private Run run(String source, boolean jit) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Path log = tmp.resolve("jit" + System.nanoTime() + ".log");
        Map<String, String> opts = jit ? Map.of("jit-threshold", "1", "jit-log", log.toString()) : Map.of("jit", "off");
        Interpreter interp = new Interpreter(new InterpreterOptions(List.of("t.py"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), opts));
        List<Trace> traces = Collections.synchronizedList(new ArrayList<>());
        if (interp.jit() != null) {
            interp.jit().useCompiler(t -> {
                org.taipan.jit.opt.Optimizer.optimize(t);
                traces.add(t);
                return org.taipan.jit.emit.Emitter.compile(t);
            });
        }
        interp.runMain(interp.compile(source, "t.py", org.taipan.parse.Mode.EXEC));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        return new Run(out.toString(StandardCharsets.UTF_8), traces, Files.exists(log) ? Files.readString(log) : "");
    }

    private Run same(String source) throws Exception {
        Run off = run(source, false);
        Run on = run(source, true);
        assertEquals(off.out(), on.out(), on.log());
        return on;
    }

    private static boolean uses(Trace t, IrOp op) {
        return t.ops.stream().anyMatch(i -> i.op == op);
    }

    @Test
    void aGlobalReboundOnEveryIterationIsReadInsteadOfRecompiledForever() throws Exception {
        Run on = same("""
                K = 0
                def churn(n):
                    global K
                    t = 0
                    for i in range(n):
                        t += K
                        K = i
                    return t
                for r in range(20):
                    x = churn(500)
                print(x, K)
                """);
        // one trace per switch point handed out for K, then one that reads K at each use (the
        // module loop calling churn, whose loop makes it a residual call, has a trace of its own),
        // and one more each time a trace that reads K by position saw the module gain a name (x,
        // after the first call returns): a bounded number of times
        java.util.List<Trace> churn = on.traces().stream().filter(t -> t.code.code.name.equals("churn")).toList();
        long rekeyed = on.log().lines().filter(l -> l.contains("gained or lost a name")).count();
        assertTrue(rekeyed <= Bridges.MAX_KEYS_CHANGED, on.log());
        assertTrue(churn.size() <= org.taipan.runtime.PyDict.MAX_WATCH_INVALIDATIONS + 2 + rekeyed, on.log());
        Trace last = churn.get(churn.size() - 1);
        assertTrue(uses(last, IrOp.DICT_VALUE_AT), last.toString());
        assertFalse(on.log().contains("[blacklist]"), on.log());
        assertTrue(uses(on.traces().get(0), IrOp.GUARD_NOT_INVALIDATED), on.traces().get(0).toString());
    }

    @Test
    void aMethodPatchedOnTheClassDiscardsTheTraceThatInlinedIt() throws Exception {
        Run on = same("""
                class P:
                    def get(self):
                        return 1
                def total(p, n):
                    t = 0
                    for i in range(n):
                        t += p.get()
                    return t
                p = P()
                print(total(p, 300))
                P.get = lambda self: 10
                print(total(p, 300))
                """);
        assertTrue(uses(on.traces().get(0), IrOp.GUARD_NOT_INVALIDATED), on.log());
        assertTrue(on.log().contains("assumption invalidated: type P unchanged"), on.log());
    }

    @Test
    void twoInterpretersInOneJvmKeepTheirOwnAssumptions() throws Exception {
        String a = """
                K = 1
                def total(n):
                    t = 0
                    for i in range(n):
                        t += K
                    return t
                for r in range(30):
                    x = total(300)
                print(x)
                """;
        String b = a.replace("K = 1", "K = 2").replace("x = total(300)", "x = total(300)\n    K = K + 1");
        CompletableFuture<Run> ra = CompletableFuture.supplyAsync(() -> unchecked(a));
        CompletableFuture<Run> rb = CompletableFuture.supplyAsync(() -> unchecked(b));
        Run on1 = ra.get(), on2 = rb.get();
        assertEquals(run(a, false).out(), on1.out(), on1.log());
        assertEquals(run(b, false).out(), on2.out(), on2.log());
        // b's rebinding of its own K never reaches a's trace
        assertFalse(on1.log().contains("assumption invalidated"), on1.log());
        assertTrue(on2.log().contains("assumption invalidated: global K"), on2.log());
    }

    private Run unchecked(String source) {
        try {
            return run(source, true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
