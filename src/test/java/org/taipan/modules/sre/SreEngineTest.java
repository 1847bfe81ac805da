package org.taipan.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.taipan.cli.ProgramRunner;
import org.taipan.harness.DefaultSigint;
import org.taipan.runtime.InterpreterOptions;

/**
 * The engine's contracts that the differential programs cannot show: it is iterative (a match
 * whose backtracking state grows with the subject runs on a thread with a small Java stack), and
 * a runaway backtracking match is interrupted by SIGINT with KeyboardInterrupt, as CPython's
 * signal check in the matcher allows. No timing is asserted; the timeouts only turn a hang
 * into a failure.
 */
@Timeout(300)
class SreEngineTest {

    @Test
    void deepBacktrackingStateNeedsNoJavaStack() throws Exception {
        String program = """
                import re
                s = 'ab' * 200000
                print(len(re.match(r'(a|b)*', s).group()), re.match(r'(?:(a)|b)*?c', s + 'c').span())
                print(len(re.fullmatch(r'(?:ab|cd)+', s).group()), re.match(r'((a)(b))*$', s).lastindex)
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger status = new AtomicInteger(-1);
        // 4 MB holds the interpreter's frames for the imports; a recursive engine would need far more.
        Thread t = new Thread(null, () -> {
            ProgramRunner runner = new ProgramRunner(new InterpreterOptions(List.of("deep.py"),
                    new ByteArrayInputStream(new byte[0]), new PrintStream(out, false, StandardCharsets.UTF_8),
                    new PrintStream(err, false, StandardCharsets.UTF_8), Map.of()));
            status.set(runner.runSource(ProgramRunner.utf8(program), "deep.py"));
        }, "small-stack", 4L << 20);
        t.start();
        t.join();
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals("400000 (0, 400001)\n400000 1\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(0, status.get());
    }

    @Test
    void sigintInterruptsARunawayMatch() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("sre-interrupt");
        Path script = dir.resolve("runaway.py");
        Files.writeString(script, """
                import re
                p = re.compile(r'(x+x+)+y')
                print('start', flush=True)
                try:
                    p.match('x' * 64)
                    print('finished')
                except KeyboardInterrupt:
                    print('interrupted', flush=True)
                """);
        Path launcher = Path.of("taipan").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(DefaultSigint.command(launcher.toString(), script.toString()))
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("TAIPAN_JAVA_OPTS");
        Process process = builder.start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("start", lines.readLine());
            // Signal until the matcher has seen it (the first may come before it starts matching).
            String line = null;
            for (int i = 0; i < 50 && line == null; i++) {
                Thread.sleep(200);
                new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
                if (process.waitFor(1, TimeUnit.SECONDS) || lines.ready()) {
                    line = lines.readLine();
                }
            }
            assertEquals("interrupted", line);
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
    }
}
