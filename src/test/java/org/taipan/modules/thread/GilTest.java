package org.taipan.modules.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.taipan.cli.ProgramRunner;
import org.taipan.runtime.InterpreterOptions;

/**
 * The GIL's contracts, on programs run in-process: Python objects shared by threads stay
 * consistent (no lost update inside one bytecode, no Java exception), a thread blocked in a
 * lock wait lets the others run, a CPU-bound thread hands the GIL over so another can make
 * progress, and {@code _thread.interrupt_main} raises KeyboardInterrupt in the main thread,
 * whether it is running Python code or blocked in {@code lock.acquire()}. No timing is
 * asserted; the timeout only turns a deadlock into a failure.
 */
@Timeout(120)
class GilTest {
    private record Result(int status, String out, String err) {}

    private static Result run(String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ProgramRunner runner = new ProgramRunner(new InterpreterOptions(List.of("gil.py"),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, false, StandardCharsets.UTF_8),
                new PrintStream(err, false, StandardCharsets.UTF_8), Map.of()));
        int status = runner.runSource(ProgramRunner.utf8(program), "gil.py");
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static final String JOIN_HELPERS = """
            import _thread
            def spawn(n, f, *args):
                left = [n]
                all_done = _thread.allocate_lock()
                all_done.acquire()
                guard = _thread.allocate_lock()
                def body():
                    try:
                        f(*args)
                    finally:
                        with guard:
                            left[0] -= 1
                            if left[0] == 0:
                                all_done.release()
                for _ in range(n):
                    _thread.start_new_thread(body, ())
                return all_done
            """;

    @Test
    void sharedDictListAndAttributeKeepExactCounts() {
        Result r = run(JOIN_HELPERS + """
                class Box:
                    pass
                d = {"n": 0}
                lst = [0]
                box = Box()
                box.n = 0
                items = []
                def work():
                    for i in range(100000):
                        d["n"] += 1
                        lst[0] += 1
                        box.n += 1
                        items.append(i)
                spawn(2, work).acquire()
                print(d["n"], lst[0], box.n, len(items))
                """);
        assertEquals("", r.err());
        assertEquals("200000 200000 200000 200000\n", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void aThreadBlockedOnALockLetsTheOthersRun() {
        Result r = run(JOIN_HELPERS + """
                gate = _thread.allocate_lock()
                gate.acquire()
                order = []
                def waiter():
                    gate.acquire()
                    order.append("waiter got the gate")
                finished = spawn(1, waiter)
                total = 0
                for i in range(200000):
                    total += i
                order.append("main ran while the waiter was blocked")
                gate.release()
                finished.acquire()
                print(total, order)
                """);
        assertEquals("", r.err());
        assertEquals("19999900000 ['main ran while the waiter was blocked', 'waiter got the gate']\n", r.out());
    }

    @Test
    void aCpuBoundThreadHandsTheGilOver() {
        // The spinner never blocks: the setter only runs if the spinner is made to yield.
        Result r = run(JOIN_HELPERS + """
                flag = [False]
                spins = [0]
                def spinner():
                    while not flag[0]:
                        spins[0] += 1
                def setter():
                    flag[0] = True
                done = spawn(1, spinner)
                spawn(1, setter)
                done.acquire()
                print("spinner stopped", spins[0] >= 0)
                """);
        assertEquals("", r.err());
        assertEquals("spinner stopped True\n", r.out());
    }

    @Test
    void interruptMainRaisesKeyboardInterruptInARunningLoop() {
        Result r = run(JOIN_HELPERS + """
                started = [False]
                def interrupter():
                    while not started[0]:
                        pass
                    _thread.interrupt_main()
                spawn(1, interrupter)
                try:
                    started[0] = True
                    while True:
                        pass
                except KeyboardInterrupt as e:
                    print("caught", type(e).__name__)
                """);
        assertEquals("", r.err());
        assertEquals("caught KeyboardInterrupt\n", r.out());
    }

    @Test
    void interruptMainRaisesAsTheLockWaitEnds() {
        // CPython's interrupt_main sends no real signal: the main thread's lock wait goes on until
        // the lock is released, and acquire() then raises KeyboardInterrupt with the lock held
        Result r = run(JOIN_HELPERS + """
                import time
                held = _thread.allocate_lock()
                held.acquire()
                ready = _thread.allocate_lock()
                ready.acquire()
                def interrupter():
                    ready.acquire()
                    _thread.interrupt_main()
                    time.sleep(0.2)
                    held.release()
                spawn(1, interrupter)
                try:
                    ready.release()
                    held.acquire()
                    print("not reached")
                except KeyboardInterrupt:
                    print("lock wait interrupted", held.locked())
                """);
        assertEquals("", r.err());
        assertEquals("lock wait interrupted True\n", r.out());
    }

    @Test
    void anUncaughtKeyboardInterruptStillEndsTheProgram() {
        Result r = run(JOIN_HELPERS + """
                def interrupter():
                    _thread.interrupt_main()
                spawn(1, interrupter)
                while True:
                    pass
                """);
        assertEquals(130, r.status());
        assertEquals(true, r.err().endsWith("KeyboardInterrupt\n"), r.err());
    }
}
