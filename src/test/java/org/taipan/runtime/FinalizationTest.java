package org.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.taipan.embed.PythonInterpreter;

/**
 * {@code gc.collect()} is deterministic: every object with {@code __del__} (or suspended generator
 * with a {@code finally}) that is unreachable when it is called has been finalized when it returns,
 * whatever the JVM's finalizer thread is doing.
 */
class FinalizationTest {
    /** A Java object whose finalizer holds the JVM's finalizer thread until released. */
    private static final class Blocker {
        private final CountDownLatch entered;
        private final CountDownLatch release;

        private Blocker(CountDownLatch entered, CountDownLatch release) {
            this.entered = entered;
            this.release = release;
        }

        @Override
        @SuppressWarnings({"removal", "deprecation"})
        protected void finalize() throws InterruptedException {
            entered.countDown();
            release.await(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void collectFinalizesEverythingUnreachableWhileTheFinalizerThreadIsBusy() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        new Blocker(entered, release).hashCode();
        try (PythonInterpreter py = PythonInterpreter.create()) {
            for (int i = 0; i < 20 && entered.getCount() > 0; i++) {
                System.gc();
                entered.await(100, TimeUnit.MILLISECONDS);
            }
            py.exec("""
                    import gc
                    ran = []
                    class T:
                        def __init__(self, n):
                            self.n = n
                        def __del__(self):
                            ran.append(self.n)
                    def gen(n):
                        try:
                            yield n
                        finally:
                            ran.append(-n)
                    for i in range(1, 41):
                        T(i)
                        g = gen(i)
                        next(g)
                    del g
                    # a cycle: both found by one collection, finalized in creation order
                    a, b = T(100), T(101)
                    a.other, b.other = b, a
                    del a, b
                    gc.collect()
                    first = sorted(ran)
                    """);
            Object expected = py.eval("sorted([-i for i in range(1, 41)] + list(range(1, 41)) + [100, 101])");
            assertEquals(expected, py.eval("first"));
            assertEquals(py.eval("[100, 101]"), py.eval("[n for n in ran if n >= 100]"));
        } finally {
            release.countDown();
        }
    }
}
