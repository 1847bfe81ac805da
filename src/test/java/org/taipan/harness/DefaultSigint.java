package org.taipan.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Child processes that a test interrupts with SIGINT. A process started with SIGINT ignored
 * ({@code nohup}, some CI runners, a background job of a non-interactive shell) passes that on to
 * its children, and CPython and Taipan then leave SIGINT ignored, as they should: such a child
 * would never see the test's Ctrl-C. So the child is started through {@code env
 * --default-signal=INT}, which restores the default action before it runs the command (a shell's
 * {@code trap - INT} cannot: a signal ignored on entry to a shell stays ignored); where that is
 * impossible the test is skipped, with the reason.
 */
public final class DefaultSigint {
    private static final long SIGINT_MASK = 1L << (2 - 1);
    private static volatile Boolean envResets;

    private DefaultSigint() {}

    /**
     * {@code command}, prefixed so that it starts with SIGINT's default action when this process
     * ignores SIGINT (unchanged otherwise).
     *
     * @throws org.opentest4j.TestAbortedException (skips the test) when SIGINT is ignored here
     *     and {@code env} cannot restore it
     */
    public static List<String> command(String... command) {
        List<String> full = new ArrayList<>();
        if (ignoredHere()) {
            Assumptions.assumeTrue(envResets(), "SIGINT is ignored in this process and env --default-signal is unavailable");
            full.add("env");
            full.add("--default-signal=INT");
        }
        full.addAll(List.of(command));
        return full;
    }

    /** Whether this JVM ignores SIGINT (Linux's /proc/self/status SigIgn mask; false where it cannot tell). */
    static boolean ignoredHere() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & SIGINT_MASK) != 0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: assume the default
        }
        return false;
    }

    private static boolean envResets() {
        Boolean known = envResets;
        if (known == null) {
            try {
                Process p = new ProcessBuilder("env", "--default-signal=INT", "true")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                known = p.waitFor() == 0;
            } catch (IOException e) {
                known = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                known = false;
            }
            envResets = known;
        }
        return known;
    }
}
