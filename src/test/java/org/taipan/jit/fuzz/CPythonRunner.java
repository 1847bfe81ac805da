package org.taipan.jit.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program file under CPython 3.11 ({@code python3} on PATH, or {@code $TAIPAN_FUZZ_PYTHON})
 * as the expected files are made: the file's directory as working directory, empty stdin,
 * {@code PYTHONHASHSEED=0}, {@code PYTHONIOENCODING=utf-8}.
 */
final class CPythonRunner {
    private static final String PYTHON = System.getenv().getOrDefault("TAIPAN_FUZZ_PYTHON", "python3");

    private CPythonRunner() {
    }

    /**
     * Runs {@code file} under CPython, waiting at most {@code timeout}.
     *
     * @return the outcome, {@link FuzzOutcome#timeout()} past the limit (the process is killed)
     * @throws IOException          when python3 cannot be started
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    static FuzzOutcome run(Path file, Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(PYTHON, file.toString())
                .directory(file.toAbsolutePath().getParent().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("PYTHONHASHSEED", "0");
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process process = builder.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            return FuzzOutcome.timeout();
        }
        return new FuzzOutcome(process.exitValue(), out.join(), err.join(), false);
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "<unreadable: " + e.getMessage() + ">";
        }
    }
}
