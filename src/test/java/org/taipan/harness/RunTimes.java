package org.taipan.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Where the differential suite's time goes: one line per finished run in
 * {@code target/harness-times.tsv} (program, X options, wall milliseconds), so the slowest
 * programs can be found with {@code sort -t$'\t' -k3 -rn}. Surefire's per-test times cannot
 * tell: the runs overlap, and a test's time is the wait for its outcome. (CPU time is not kept:
 * the interpreter's main thread has ended by then, and its count with it.) The file is started
 * afresh by each JVM that runs the suite.
 */
final class RunTimes {
    private static final Path FILE = Path.of("target", "harness-times.tsv");
    private static boolean started;

    private RunTimes() {}

    /** Appends one run's line; a failure to write is reported on stderr and spares the run. */
    static synchronized void record(PythonProgram program, Map<String, String> xOptions, long wallNanos) {
        String line = program.relativePath() + "\t" + xOptions + "\t" + wallNanos / 1_000_000 + "\n";
        try {
            if (!started) {
                Files.createDirectories(FILE.getParent());
                Files.writeString(FILE, "program\tx_options\twall_ms\n", StandardCharsets.UTF_8);
                started = true;
            }
            Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("harness: cannot record the run's time in " + FILE + ": " + e);
        }
    }
}
