package org.taipan.frontcheck;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Fuzzes the front end with mutated, truncated and deeply nested variants of real source: each
 * input must compile or raise {@code SyntaxErrorException}; any other throwable (including
 * {@link StackOverflowError}) or a run using more than {@link #TIMEOUT} of CPU time is a bug.
 *
 * <p>Seeds: {@code tests/python/**&#47;*.py}, {@code tests/syntax-errors/*.py} and a sample of the
 * CPython stdlib when one is found. The random seed is fixed ({@link #DEFAULT_SEED}) so the suite is
 * deterministic; explore with {@code -Dtaipan.fuzz.seed=N} (or {@code =random}) and
 * {@code -Dtaipan.fuzz.count=N}. The seed is in the test name. Every failing input is saved under
 * {@code target/fuzz-failures/} and the smallest input per distinct failure is printed.
 *
 * <p>Failures whose signature (exception class and top frame, or {@code TIMEOUT}) is listed in
 * {@code tests/syntax-errors/fuzz-known-failures.txt} are reported but do not fail the test.
 */
class FrontEndFuzzTest {
    static final long DEFAULT_SEED = 20261130L;
    static final int DEFAULT_COUNT = 3000;
    /**
     * The CPU time (the front end's own thread's, so however loaded the machine is) after which an
     * input counts as a hang: ten times what the costliest generated input needs (about 13 s for
     * 60,000 terms of {@code 1 + 1 + ...}, whose cost grows faster than its length); a hang
     * detector, not a speed check.
     */
    static final Duration TIMEOUT = Duration.ofSeconds(150);
    private static final int MAX_INPUT_CHARS = 1 << 20;
    private static final int MAX_SEED_CHARS = 20_000;
    private static final int MAX_TIMEOUTS = 1; // a hung worker cannot be killed: it keeps a core busy
    private static final Path KNOWN = Path.of("tests", "syntax-errors", "fuzz-known-failures.txt");

    @TestFactory
    List<DynamicTest> fuzz() throws IOException {
        Assumptions.assumeTrue(FrontEndUnderTest.unavailable() == null, FrontEndUnderTest.unavailable());
        String seedProp = System.getProperty("taipan.fuzz.seed", "");
        long seed = seedProp.isEmpty() ? DEFAULT_SEED
                : seedProp.equals("random") ? new Random().nextLong() & 0xffffffffL : Long.parseLong(seedProp);
        int count = Integer.getInteger("taipan.fuzz.count", DEFAULT_COUNT);
        return List.of(DynamicTest.dynamicTest(
                "fuzz " + FrontEndUnderTest.stages() + " seed=" + seed + " count=" + count
                        + " (rerun: -Dtaipan.fuzz.seed=" + seed + ")",
                () -> run(seed, count)));
    }

    /** One distinct failure: its signature, how often, and the smallest input that showed it. */
    private static final class Failure {
        final String signature;
        int times;
        String smallest;
        String mutation;
        Throwable example;
        Path saved;

        Failure(String signature) {
            this.signature = signature;
        }
    }

    private static void run(long seed, int count) throws IOException {
        Random rnd = new Random(seed);
        List<String> seeds = seeds(rnd);
        Mutator mutator = new Mutator(rnd);
        KnownFailures known = KnownFailures.load(KNOWN);
        Map<String, Failure> failures = new LinkedHashMap<>();
        int syntaxErrors = 0;
        int timeouts = 0;
        int done = 0;
        Path failDir = Path.of("target", "fuzz-failures");
        try (GuardedRunner runner = new GuardedRunner(FrontEndUnderTest.FRONT_END)) {
            for (int i = 0; i < count && timeouts < MAX_TIMEOUTS; i++) {
                String base = seeds.get(rnd.nextInt(seeds.size()));
                String[] what = {""};
                String input = mutator.mutate(base, what);
                if (input.length() > MAX_INPUT_CHARS) {
                    input = input.substring(0, MAX_INPUT_CHARS);
                    what[0] += " + cut to 1 MB";
                }
                byte[] data = input.getBytes(StandardCharsets.UTF_8);
                if (rnd.nextInt(40) == 0 && data.length > 0) {
                    what[0] += " + raw byte";
                    data = data.clone();
                    data[rnd.nextInt(data.length)] = (byte) (0x80 + rnd.nextInt(0x80));
                }
                GuardedRunner.Result r = runner.run(data, "<fuzz>", TIMEOUT);
                done++;
                if (r.ok()) {
                    continue;
                }
                if (r.error() != null) {
                    syntaxErrors++;
                    continue;
                }
                if (r.timedOut()) {
                    timeouts++;
                }
                String sig = signature(r);
                Failure f = failures.computeIfAbsent(sig, Failure::new);
                f.times++;
                String text = new String(data, StandardCharsets.UTF_8);
                if (f.smallest == null || text.length() < f.smallest.length()) {
                    f.smallest = text;
                    f.mutation = what[0];
                    f.example = r.internal();
                }
                if (f.times <= 3) {
                    Files.createDirectories(failDir);
                    Path p = failDir.resolve(seed + "-" + i + ".py");
                    Files.write(p, data);
                    if (f.saved == null || text.length() <= f.smallest.length()) {
                        f.saved = p;
                    }
                }
            }
        }
        System.out.printf("FrontEndFuzzTest seed=%d: %d inputs from %d seed files, %d syntax errors, %d distinct failures%n",
                seed, done, seeds.size(), syntaxErrors, failures.size());
        StringBuilder msg = new StringBuilder();
        int unlisted = 0;
        for (Failure f : failures.values()) {
            boolean listed = known.contains(f.signature);
            unlisted += listed ? 0 : 1;
            String shown = f.smallest.length() > 1500 ? f.smallest.substring(0, 1500) + "...[" + f.smallest.length()
                    + " chars]" : f.smallest;
            msg.append(listed ? "[known] " : "").append(f.signature).append(" x").append(f.times)
                    .append(" (mutation: ").append(f.mutation).append(", saved: ").append(f.saved).append(")\n")
                    .append("  ").append(f.example == null ? "used more than " + TIMEOUT + " of CPU time" : f.example).append('\n')
                    .append("  smallest input: ").append(javaQuote(shown)).append('\n');
        }
        if (!failures.isEmpty()) {
            System.out.print(msg);
        }
        if (timeouts >= MAX_TIMEOUTS) {
            msg.append("stopped after ").append(timeouts).append(" timeouts\n");
        }
        if (unlisted > 0) {
            fail(unlisted + " distinct front-end failure(s) not in " + KNOWN + " (seed " + seed + "):\n" + msg);
        }
    }

    /** Exception class and the first Taipan frame: stable enough to recognise one bug across inputs. */
    static String signature(GuardedRunner.Result r) {
        if (r.timedOut()) {
            return "TIMEOUT";
        }
        Throwable t = r.internal();
        if (t instanceof StackOverflowError) {
            return "java.lang.StackOverflowError";
        }
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("org.taipan.") && !e.getClassName().startsWith("org.taipan.frontcheck")) {
                return t.getClass().getName() + " at " + e.getClassName() + "." + e.getMethodName();
            }
        }
        return t.getClass().getName();
    }

    private static String javaQuote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && !Character.isLetterOrDigit(cp))) {
                        sb.append(String.format("\\u%04x", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }

    private static List<String> seeds(Random rnd) throws IOException {
        List<Path> files = new ArrayList<>(pyFiles(Path.of("tests", "python")));
        files.addAll(pyFiles(Path.of("tests", "syntax-errors")));
        List<Path> stdlibs = StdlibSyntaxTest.findStdlibs();
        if (!stdlibs.isEmpty()) {
            List<Path> lib = pyFiles(stdlibs.get(0));
            // A fixed-size sample keeps the run's cost independent of the stdlib's size.
            for (int i = 0; i < 60 && !lib.isEmpty(); i++) {
                files.add(lib.get(rnd.nextInt(lib.size())));
            }
        }
        List<String> seeds = new ArrayList<>();
        for (Path p : files) {
            try {
                String s = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                if (s.length() > MAX_SEED_CHARS) {
                    s = s.substring(0, MAX_SEED_CHARS);
                }
                seeds.add(s);
            } catch (IOException e) {
                // unreadable seed: skip
            }
        }
        if (seeds.isEmpty()) {
            seeds.add("def f(x):\n    return [y for y in x if y]\n");
        }
        return seeds;
    }

    private static List<Path> pyFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .sorted(Comparator.naturalOrder()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
