package org.taipan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taipan.runtime.InterpreterOptions;

/**
 * An interpreter that has finished is garbage once its host drops it, whatever its program used:
 * Java modules keep their per-interpreter state in the interpreter, not in static maps (a state
 * that refers back to its interpreter kept a weakly keyed entry, and so every program's objects,
 * alive for the JVM's life: the differential suite's heap passed 1 GB that way), and a sqlite3
 * connection left open with Python callbacks is not held by the native side's callback objects.
 */
class InterpreterReleaseTest {
    private static final String PROGRAM = """
            import atexit, os, socket, threading, array, weakref, itertools, collections, sqlite3
            atexit.register(lambda: print('at exit'))
            os.register_at_fork(before=lambda: None)
            f = open(os.devnull)
            a, b = socket.socketpair()
            t = threading.Thread(target=lambda: None)
            t.start(); t.join()
            keep = [weakref.ref(x) for x in (array.array('i'), collections.deque())]
            os.environ['TAIPAN_RELEASE_TEST'] = '1'
            # left open, with callbacks whose globals hold the connection
            con = sqlite3.connect(':memory:')
            con.create_function('twice', 1, lambda x: 2 * x)
            class Sum:
                def __init__(self): self.n = 0
                def step(self, x): self.n += x
                def finalize(self): return self.n
            con.create_aggregate('total', 1, Sum)
            con.create_collation('rev', lambda a, b: (a < b) - (a > b))
            assert con.execute('select twice(21)').fetchone() == (42,)
            total = 0
            for i in range(3000):
                total += i
            print(total)
            """;

    @ParameterizedTest
    @ValueSource(strings = {"off", "threshold-1"})
    void finishedInterpreterIsCollected(String jit) throws Exception {
        Map<String, String> x = jit.equals("off") ? Map.of("jit", "off") : Map.of("jit-threshold", "1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WeakReference<Object> interpreter = runAndForget(x, out);
        assertEquals("4498500\nat exit\n", out.toString(StandardCharsets.UTF_8));
        for (int i = 0; i < 20 && !interpreter.refersTo(null); i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertTrue(interpreter.refersTo(null), "the finished interpreter is still reachable");
    }

    /** Runs the program in a runner of its own, on a thread of its own; answers its interpreter, weakly. */
    private static WeakReference<Object> runAndForget(Map<String, String> xOptions, ByteArrayOutputStream out)
            throws InterruptedException {
        @SuppressWarnings("unchecked")
        WeakReference<Object>[] result = new WeakReference[1];
        Thread t = Thread.ofPlatform().stackSize(64L << 20).start(() -> {
            PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
            ProgramRunner runner = new ProgramRunner(new InterpreterOptions(List.of("-c"),
                    new ByteArrayInputStream(new byte[0]), stdout, stdout, xOptions));
            int status = runner.runSource(PROGRAM.getBytes(StandardCharsets.UTF_8), "<string>");
            stdout.flush();
            assertEquals(0, status);
            result[0] = new WeakReference<>(runner.running());
        });
        t.join();
        return result[0];
    }
}
