package org.taipan.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C: a SIGINT sent to a real {@code ./taipan} process running a Python loop raises
 * KeyboardInterrupt in the loop; caught, the program goes on; uncaught, CPython's traceback
 * ending in {@code KeyboardInterrupt} is printed and the status is 130 (CPython dies of the
 * re-raised signal, which the shell reports as 128 + 2). No timing is asserted: the test
 * waits for the program to say it is looping before each signal.
 */
class KeyboardInterruptProcessTest {
    private static final String PROGRAM = """
            import sys
            def spin(tag):
                print(tag, flush=True)
                n = 0
                while True:
                    n += 1
            try:
                spin("first loop")
            except KeyboardInterrupt as e:
                print("caught", type(e).__name__, repr(e.args), flush=True)
            try:
                spin("second loop")
            finally:
                print("finally ran", flush=True)
            """;

    @Test
    void sigintRaisesKeyboardInterruptInTheRunningLoop(@TempDir Path dir) throws IOException, InterruptedException {
        Path script = dir.resolve("spin.py");
        Files.writeString(script, PROGRAM);
        ProcessBuilder builder = new ProcessBuilder(DefaultSigint.command(Launcher.script().toString(), script.toString()))
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().remove("TAIPAN_JAVA_OPTS");
        Process process = builder.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
            try (var in = process.getErrorStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("first loop", r.readLine());
            out.append("first loop\n");
            interrupt(process);
            String caught = r.readLine();
            assertEquals("caught KeyboardInterrupt ()", caught);
            assertEquals("second loop", r.readLine());
            interrupt(process);
            assertEquals("finally ran", r.readLine());
            assertEquals(null, r.readLine());
        } finally {
            if (!process.waitFor(Launcher.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        assertEquals(130, process.exitValue());
        String stderr = err.join();
        assertTrue(stderr.startsWith("Traceback (most recent call last):\n"), stderr);
        assertTrue(stderr.contains(", in spin\n"), stderr);
        assertTrue(stderr.endsWith("\nKeyboardInterrupt\n"), stderr);
    }

    /** A Java wait called from Python (Thread.sleep) is cut short by Ctrl-C, which raises KeyboardInterrupt. */
    @Test
    void sigintInterruptsAJavaWait(@TempDir Path dir) throws IOException, InterruptedException {
        Path script = dir.resolve("jsleep.py");
        Files.writeString(script, """
                from java.lang import Thread
                print("sleeping", flush=True)
                try:
                    Thread.sleep(600000)
                    print("slept to the end")
                except KeyboardInterrupt as e:
                    print("caught", type(e).__name__, flush=True)
                """);
        ProcessBuilder builder = new ProcessBuilder(DefaultSigint.command(Launcher.script().toString(), script.toString()))
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("TAIPAN_JAVA_OPTS");
        Process process = builder.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("sleeping", r.readLine());
            // the line is printed just before the call: a signal that comes first is handled at
            // the call's start (a pending signal interrupts the wait at once)
            interrupt(process);
            assertEquals("caught KeyboardInterrupt", r.readLine());
            assertEquals(null, r.readLine());
        } finally {
            if (!process.waitFor(Launcher.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        assertEquals(0, process.exitValue());
    }

    /**
     * A process started with SIGINT ignored ({@code nohup}, a shell's background job) keeps it
     * ignored, as CPython does: {@code signal.getsignal(SIGINT)} is SIG_IGN and a SIGINT from
     * outside changes nothing (the program ends by itself once it was sent one).
     */
    @Test
    void sigintIgnoredAtStartStaysIgnored(@TempDir Path dir) throws IOException, InterruptedException {
        Path script = dir.resolve("ignored.py");
        Files.writeString(script, """
                import signal, sys, time
                print(signal.getsignal(signal.SIGINT) == signal.SIG_IGN, flush=True)
                sys.stdin.readline()
                time.sleep(0.5)
                print("still running", flush=True)
                """);
        // a signal ignored on entry to a shell is ignored in what it execs; stdin tells the program when the signal was sent
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", "trap '' INT; exec \"$0\" \"$1\"",
                Launcher.script().toString(), script.toString()).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("TAIPAN_JAVA_OPTS");
        Process process = builder.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                var in = process.getOutputStream()) {
            assertEquals("True", r.readLine());
            interrupt(process);
            in.write('\n');
            in.flush();
            assertEquals("still running", r.readLine());
            assertEquals(null, r.readLine());
        } finally {
            if (!process.waitFor(Launcher.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        assertEquals(0, process.exitValue());
    }

    /** Sends SIGINT as a terminal's Ctrl-C would (to the JVM that {@code ./taipan} execs). */
    private static void interrupt(Process process) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
    }
}
