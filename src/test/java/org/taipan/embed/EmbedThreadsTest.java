package org.taipan.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Several Java threads on one interpreter, and several interpreters in one JVM. */
class EmbedThreadsTest {
    @Test
    void twoHostThreadsShareOneInterpreter() throws Exception {
        try (PythonInterpreter py = PythonInterpreter.create()) {
            py.exec("""
                    shared = []
                    counts = {}
                    def work(tag, n):
                        for i in range(n):
                            shared.append((tag, i))
                            counts[tag] = counts.get(tag, 0) + 1
                        return counts[tag]
                    def ident():
                        import _thread
                        return _thread.get_ident()
                    """);
            PythonObject work = py.getObject("work");
            int threads = 2, rounds = 10, n = 1000;
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            List<Object> idents = java.util.Collections.synchronizedList(new ArrayList<>());
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> ts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String tag = "t" + t;
                Thread th = new Thread(() -> {
                    try {
                        start.await();
                        idents.add(py.eval("ident()"));
                        for (int r = 1; r <= rounds; r++) {
                            Object mine = work.call(tag, n);
                            assertEquals((long) r * n, mine);
                            py.exec("shared.append(('" + tag + "-exec', 0))");
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }, "host-" + t);
                ts.add(th);
                th.start();
            }
            start.countDown();
            for (Thread th : ts) {
                th.join(TimeUnit.SECONDS.toMillis(120));
                assertTrue(!th.isAlive(), "deadlock: " + th.getName() + " still running");
            }
            assertTrue(failures.isEmpty(), () -> "failures: " + failures);
            assertEquals((long) threads * rounds * (n + 1), py.eval("len(shared)"));
            @SuppressWarnings("unchecked")
            Map<String, Long> counts = (Map<String, Long>) py.eval(
                    "{t: sum(1 for x, _ in shared if x == t) for t in ('t0', 't1', 't0-exec', 't1-exec')}");
            assertEquals(Map.of("t0", 10000L, "t1", 10000L, "t0-exec", 10L, "t1-exec", 10L), counts);
            // each host thread is its own Python thread
            assertEquals(2, idents.size());
            assertNotEquals(idents.get(0), idents.get(1));
        }
    }

    @Test
    void pythonCodeStartingThreadsFromAHost() {
        try (PythonInterpreter py = PythonInterpreter.create()) {
            py.exec("""
                    import threading
                    results = []
                    lock = threading.Lock()
                    def job(k):
                        for i in range(100):
                            with lock:
                                results.append(k)
                    ts = [threading.Thread(target=job, args=(k,)) for k in range(4)]
                    for t in ts: t.start()
                    for t in ts: t.join()
                    """);
            assertEquals(400L, py.eval("len(results)"));
        }
    }

    @Test
    void interpretersAreIndependent() {
        ByteArrayOutputStream out1 = new ByteArrayOutputStream(), out2 = new ByteArrayOutputStream();
        try (PythonInterpreter a = PythonInterpreter.builder().stdout(out1).addPath("/nonexistent/a").build();
             PythonInterpreter b = PythonInterpreter.builder().stdout(out2).build()) {
            a.exec("import sys, json\nsys.flag = 'a'\nx = 1\nprint('from a')");
            b.exec("print('from b')");
            assertEquals(true, a.eval("'json' in sys.modules"));
            assertEquals(false, b.eval("'json' in __import__('sys').modules"));
            assertNull(b.eval("getattr(__import__('sys'), 'flag', None)"));
            assertEquals("/nonexistent/a", a.eval("sys.path[0]"));
            assertEquals(false, b.eval("'/nonexistent/a' in __import__('sys').path"));
            assertNull(b.get("x"));
            assertEquals("from a\n", out1.toString(StandardCharsets.UTF_8));
            assertEquals("from b\n", out2.toString(StandardCharsets.UTF_8));
            // a function of one interpreter called while the other runs: separate GILs, no interference
            a.exec("def add(p, q):\n    return p + q");
            assertEquals(5L, a.getObject("add").call(2, 3));
        }
    }

    @Test
    void reentryFromPythonCallingBackIntoTheHost() throws Exception {
        // A Python function given a Java callback: the callback re-enters the same interpreter on
        // the same thread, under the GIL it already holds.
        try (PythonInterpreter py = PythonInterpreter.create()) {
            py.exec("def outer(f):\n    return f() + 1\n");
            PythonObject outer = py.getObject("outer");
            PythonObject inner = py.evalObject("lambda: 41");
            assertEquals(42L, outer.call(inner));
            Thread t = new Thread(() -> assertEquals(42L, outer.call(inner)));
            t.start();
            t.join();
        }
    }

    @Test
    void anotherInterpretersLastHookLeavesThisOnesFramesReporting() {
        // setprofile arms the running frames of its interpreter (their words become TRACE, so they
        // go on stepped and report their builtin calls); another interpreter of the JVM clearing
        // its own last hook must not disarm them. run's frame resumes after arm_then_other returns:
        // its len and abs calls must still be reported.
        try (PythonInterpreter py = PythonInterpreter.create(); PythonInterpreter other = PythonInterpreter.create()) {
            py.exec("""
                    import sys
                    calls = []
                    def prof(frame, event, arg):
                        if event == 'c_call':
                            calls.append(arg.__name__)
                    def arm_then_other(cb, other):
                        sys.setprofile(prof)
                        cb.apply(other, "(__import__('sys').setprofile(lambda *a: None), __import__('sys').setprofile(None))")
                    def run(cb, other):
                        arm_then_other(cb, other)
                        len('ab')
                        abs(-1)
                        sys.setprofile(None)
                        return [c for c in calls if c in ('len', 'abs', 'setprofile')]
                    """);
            assertEquals(List.of("len", "abs", "setprofile"), py.getObject("run").call(new HostCallback(), other));
        }
    }

    @Test
    void hostCallbackReenteringThroughJavaInterop() {
        try (PythonInterpreter py = PythonInterpreter.create()) {
            py.exec("def run(cb):\n    return cb.apply(me, 'sum(range(10))') * 2\n");
            py.set("me", py);
            assertEquals(90L, py.getObject("run").call(new HostCallback()));
        }
    }

    @Test
    void interruptStopsARunawayCall() throws Exception {
        try (PythonInterpreter py = PythonInterpreter.create()) {
            py.exec("state = 'idle'");
            py.interrupt();   // nothing runs: no effect on the next call
            assertEquals("idle", py.get("state"));
            java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
            Thread worker = new Thread(() -> {
                try {
                    py.exec("state = 'running'\nwhile True:\n    pass\n");
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            worker.start();
            // the interrupt is posted only while the call runs: wait until Python says it does
            while (!"running".equals(py.get("state"))) {
                Thread.onSpinWait();
            }
            py.interrupt();
            worker.join(TimeUnit.SECONDS.toMillis(120));
            assertTrue(!worker.isAlive(), "the interrupted call did not end");
            PythonException e = (PythonException) failure.get();
            assertEquals("KeyboardInterrupt", e.pythonType());
            assertEquals(2L, py.eval("1 + 1"));
        }
    }
}
