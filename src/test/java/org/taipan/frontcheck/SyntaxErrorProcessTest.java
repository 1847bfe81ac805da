package org.taipan.frontcheck;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the corpus programs named in {@code tests/syntax-errors/process-tests.txt} as real
 * processes ({@code java org.taipan.cli.Main NAME}, the class {@code ./taipan} runs) and compares
 * exit status and stderr ({@code File "...", line N}, source line, carets, {@code SyntaxError: msg})
 * with CPython's in {@code tests/syntax-errors/stderr/NAME.err}. Known mismatches are listed in
 * {@code tests/syntax-errors/known-failures.txt} as {@code NAME [process]}.
 */
class SyntaxErrorProcessTest {
    private static final Path CORPUS = Path.of("tests", "syntax-errors");

    @TestFactory
    List<DynamicTest> processes() throws IOException {
        Assumptions.assumeTrue(FrontEndUnderTest.unavailable() == null, FrontEndUnderTest.unavailable());
        String java = ProcessHandle.current().info().command().orElse(null);
        Assumptions.assumeTrue(java != null, "cannot tell which java runs the tests");
        KnownFailures known = KnownFailures.load(CORPUS.resolve("known-failures.txt"));
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("process-tests.txt"), StandardCharsets.UTF_8)) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String key = name + " [process]";
            tests.add(DynamicTest.dynamicTest(key, () -> {
                String want = Files.readString(CORPUS.resolve("stderr").resolve(name.replaceAll("\\.py$", ".err")),
                        StandardCharsets.UTF_8);
                String got = run(java, name);
                if (known.contains(key)) {
                    if (got.equals(want)) {
                        fail(key + " now passes: remove it from " + known.file());
                    }
                    Assumptions.abort("known failure: " + known.reason(key));
                }
                if (!got.equals(want)) {
                    fail(key + ": stderr differs from CPython's\n--- expected\n" + want + "--- got\n" + got);
                }
            }));
        }
        return tests;
    }

    private static String run(String java, String name) throws IOException, InterruptedException {
        Path dir = CORPUS.toRealPath();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xss512m", "-cp", System.getProperty("java.class.path"),
                "org.taipan.cli.Main", dir.resolve(name).toString())
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "timed out";
        }
        String text = new String(err, StandardCharsets.UTF_8).replace(dir.toString(), "{dir}");
        return "exit: " + p.exitValue() + "\n" + text;
    }
}
