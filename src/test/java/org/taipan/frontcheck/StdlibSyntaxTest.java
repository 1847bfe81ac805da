package org.taipan.frontcheck;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.taipan.cli.CheckSyntax;

/**
 * Standard-library acceptance: Taipan's front end must reject exactly the {@code .py} files of
 * every CPython 3.11 standard library on this machine that CPython rejects
 * ({@code tests/stdlib-syntax/cpython-errors.txt}, made by {@code tools/stdlib-syntax-baseline}).
 *
 * <p>Stdlibs are found at run time: {@code $TAIPAN_STDLIB}, then the {@code sysconfig} stdlib
 * of every {@code python3.11} and {@code python3} on {@code PATH} that is version 3.11. None found:
 * skipped. Files listed in {@code tests/stdlib-syntax/known-failures.txt} may mismatch; a listed
 * file that now matches fails the test until it is removed from the list. On failure a
 * corrected list is written to {@code target/frontcheck/stdlib-known-failures.txt}.
 */
class StdlibSyntaxTest {
    private static final Path BASELINE = Path.of("tests", "stdlib-syntax", "cpython-errors.txt");
    private static final Path KNOWN = Path.of("tests", "stdlib-syntax", "known-failures.txt");
    private static final int SHOWN = 30;

    @TestFactory
    List<DynamicTest> stdlibMatchesCPython() throws IOException {
        Assumptions.assumeTrue(FrontEndUnderTest.unavailable() == null, FrontEndUnderTest.unavailable());
        List<Path> stdlibs = findStdlibs();
        Assumptions.assumeFalse(stdlibs.isEmpty(),
                "no CPython 3.11 standard library found (set TAIPAN_STDLIB or put python3.11 on PATH)");
        Map<String, String> baseline = readBaseline();
        KnownFailures known = KnownFailures.load(KNOWN);
        List<Comparison> comparisons = new ArrayList<>();
        for (Path stdlib : stdlibs) {
            comparisons.add(compare(stdlib, baseline));
        }
        Map<String, String> suggestion = new TreeMap<>();
        Set<String> presentAnywhere = new LinkedHashSet<>();
        for (Comparison c : comparisons) {
            c.falseErrors().forEach((k, v) -> suggestion.put(k, "false error: " + v));
            c.missed().forEach((k, v) -> suggestion.put(k, "missed error: " + v));
            presentAnywhere.addAll(c.present());
        }
        // A listed file is right again only when no stdlib still gets it wrong.
        List<String> nowPassing = new ArrayList<>();
        for (String name : known.names()) {
            if (presentAnywhere.contains(name) && !suggestion.containsKey(name)) {
                nowPassing.add(name);
            }
        }
        boolean stale = !nowPassing.isEmpty();
        for (Comparison c : comparisons) {
            stale |= !c.problems(known, nowPassing).isEmpty();
        }
        Path suggested = stale ? KnownFailures.writeSuggestion("stdlib-known-failures.txt", known.header(), suggestion)
                : null;
        List<DynamicTest> tests = new ArrayList<>();
        for (Comparison c : comparisons) {
            tests.add(DynamicTest.dynamicTest(FrontEndUnderTest.stages() + " " + c.stdlib(), () -> {
                String problems = c.problems(known, nowPassing);
                if (!problems.isEmpty()) {
                    fail(problems + "An up-to-date list is in " + suggested + "\n");
                }
            }));
        }
        return tests;
    }

    /** Taipan's verdicts on one stdlib against CPython's. */
    private record Comparison(Path stdlib, Set<String> present, Map<String, String> falseErrors,
                              Map<String, String> missed) {
        /** The failure message for mismatches not in {@code known} and listed files now right everywhere; "" if none. */
        String problems(KnownFailures known, List<String> allNowPassing) {
            Map<String, String> newFalse = without(falseErrors, known);
            Map<String, String> newMissed = without(missed, known);
            List<String> nowPassing = allNowPassing.stream().filter(present::contains).toList();
            if (newFalse.isEmpty() && newMissed.isEmpty() && nowPassing.isEmpty()) {
                return "";
            }
            StringBuilder msg = new StringBuilder();
            msg.append(stdlib).append(": ").append(present.size()).append(" files, ")
                    .append(falseErrors.size()).append(" false errors, ").append(missed.size())
                    .append(" missed errors (").append(newFalse.size()).append(" / ").append(newMissed.size())
                    .append(" not in ").append(KNOWN).append(")\n");
            list(msg, "False errors (Taipan rejects, CPython accepts)", newFalse);
            list(msg, "Missed errors (CPython rejects, Taipan accepts)", newMissed);
            if (!nowPassing.isEmpty()) {
                msg.append("Listed in ").append(KNOWN).append(" but now right (remove them): ")
                        .append(nowPassing).append('\n');
            }
            return msg.toString();
        }
    }

    private static Comparison compare(Path stdlib, Map<String, String> baseline) throws IOException {
        List<Path> files = CheckSyntax.collect(stdlib);
        List<CheckSyntax.FileResult> results = CheckSyntax.checkAll(files, FrontEndUnderTest.FRONT_END,
                Runtime.getRuntime().availableProcessors());
        Map<String, String> rejected = new TreeMap<>();
        Set<String> present = new LinkedHashSet<>();
        for (CheckSyntax.FileResult r : results) {
            String rel = stdlib.relativize(r.file()).toString().replace('\\', '/');
            present.add(rel);
            if (r.outcome() != CheckSyntax.Outcome.OK) {
                // Relative, so that the message can go into a committed list.
                rejected.put(rel, r.line().replace(r.file().toString(), rel));
            }
        }
        Map<String, String> falseErrors = new TreeMap<>();
        Map<String, String> missed = new TreeMap<>();
        for (Map.Entry<String, String> e : rejected.entrySet()) {
            if (!baseline.containsKey(e.getKey())) {
                falseErrors.put(e.getKey(), e.getValue());
            }
        }
        for (Map.Entry<String, String> e : baseline.entrySet()) {
            if (present.contains(e.getKey()) && !rejected.containsKey(e.getKey())) {
                missed.put(e.getKey(), "CPython: " + e.getValue());
            }
        }
        System.out.printf("StdlibSyntaxTest %s (%s): %d files, %d rejected, %d false errors, %d missed errors%n",
                stdlib, FrontEndUnderTest.stages(), present.size(), rejected.size(), falseErrors.size(), missed.size());
        return new Comparison(stdlib, present, falseErrors, missed);
    }

    private static Map<String, String> without(Map<String, String> m, KnownFailures known) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (!known.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static void list(StringBuilder msg, String title, Map<String, String> items) {
        if (items.isEmpty()) {
            return;
        }
        msg.append(title).append(", ").append(items.size()).append(items.size() > SHOWN ? ", first " + SHOWN : "")
                .append(":\n");
        items.entrySet().stream().limit(SHOWN)
                .forEach(e -> msg.append("  ").append(e.getKey()).append("  ").append(e.getValue()).append('\n'));
    }

    private static Map<String, String> readBaseline() throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String line : Files.readAllLines(BASELINE, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            m.put(tab < 0 ? line : line.substring(0, tab), tab < 0 ? "" : line.substring(tab + 1));
        }
        return m;
    }

    /** Every distinct CPython 3.11 stdlib directory reachable from the environment. */
    static List<Path> findStdlibs() {
        Set<Path> found = new LinkedHashSet<>();
        String env = System.getenv("TAIPAN_STDLIB");
        if (env != null && !env.isEmpty()) {
            addIfStdlib(found, Path.of(env));
        }
        String pathVar = System.getenv("PATH");
        if (pathVar != null) {
            for (String dir : pathVar.split(java.io.File.pathSeparator)) {
                for (String exe : new String[] {"python3.11", "python3"}) {
                    Path p = Path.of(dir.isEmpty() ? "." : dir, exe);
                    if (Files.isExecutable(p)) {
                        String stdlib = askStdlib(p);
                        if (stdlib != null) {
                            addIfStdlib(found, Path.of(stdlib));
                        }
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static void addIfStdlib(Set<Path> found, Path dir) {
        try {
            if (Files.isRegularFile(dir.resolve("os.py"))) {
                found.add(dir.toRealPath());
            }
        } catch (IOException e) {
            // unreadable: not a stdlib we can check
        }
    }

    private static String askStdlib(Path python) {
        try {
            Process p = new ProcessBuilder(python.toString(), "-c",
                    "import sys, sysconfig; print(sysconfig.get_paths()['stdlib'] if sys.version_info[:2] == (3, 11) else '')")
                    .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty() || out.contains("\n")) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
