package org.taipan.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code ./taipan} launcher as a separate process, for tests. */
final class Launcher {
    /** Generous: the first start of a test run may have to build the project. */
    static final long TIMEOUT_SECONDS = 300;

    private Launcher() {}

    /** A finished launcher process. */
    record Result(int status, byte[] stdout, String stderr) {
        String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    /** The launcher script of this checkout. */
    static Path script() {
        return Corpus.projectRoot().resolve("taipan");
    }

    /**
     * Runs {@code ./taipan args...} in {@code directory} with stdin empty and {@code env} added to
     * the environment.
     */
    static Result run(Path directory, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(script().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().remove("TAIPAN_JAVA_OPTS");
        builder.environment().putAll(env);
        Process process = builder.start();
        // Both pipes drain concurrently so a chatty process cannot block on a full one.
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./taipan " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
