package org.taipan.jit.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The differential fuzzer's command ({@code tools/jit-fuzz}): generates programs with
 * {@link KernelGenerator} (with {@code --mixed}: {@link ProgramGenerator}) for seeds
 * {@code seed .. seed+count-1}, runs each in this JVM with the
 * JIT off and forced on ({@code -X jit-threshold=1}) and, with {@code --vs-cpython}, under
 * CPython 3.11 as well, and compares exit status, stdout and stderr.
 *
 * <p>Options: {@code --count N} (default 1000), {@code --seed S} (first seed, default 1), {@code --mixed},
 * {@code --threshold N} (the forced runs' {@code -X jit-threshold}, default 1),
 * {@code --vs-cpython}, {@code --threads T} (programs run at once, default 1), {@code --timeout SEC}
 * (per run, default 60), {@code --out DIR} (default {@code target/jit-fuzz}), {@code --print SEED}
 * (print one seed's program and exit), {@code --minimize SEED} (shrink that seed's program while it
 * still differs, JIT off vs forced or with {@code --vs-cpython} tier 1 vs CPython; prints it and
 * writes {@code DIR/failures/fuzz_SEED.min.py}). Every program that differs is written to
 * {@code DIR/failures/fuzz_SEED.py} with the differences in {@code fuzz_SEED.txt}. Prints a
 * summary: programs, JIT mismatches (off vs forced) and tier-1 mismatches (off vs CPython) with
 * their seeds, timeouts, elapsed time, and the tier-2 coverage of the forced runs (read from their
 * {@code -X jit-stats} summaries, {@link CoverageSummary}). Exit status 0 when nothing differed, 1 on a mismatch,
 * 2 on bad usage.
 */
public final class JitFuzz {
    private final int count;
    private final long seed;
    private final boolean vsCPython;
    private final int threads;
    private final Duration timeout;
    private final Path outDir;
    private final boolean mixed;
    private final int threshold;
    private final List<JitCoverage> coverage = new ArrayList<>();

    private final List<Long> jitMismatches = new ArrayList<>();
    private final List<Long> cpythonMismatches = new ArrayList<>();
    private final List<Long> timeouts = new ArrayList<>();
    private final AtomicInteger done = new AtomicInteger();

    private JitFuzz(int count, long seed, boolean vsCPython, int threads, Duration timeout, Path outDir, boolean mixed,
                    int threshold) {
        this.mixed = mixed;
        this.threshold = threshold;
        this.count = count;
        this.seed = seed;
        this.vsCPython = vsCPython;
        this.threads = threads;
        this.timeout = timeout;
        this.outDir = outDir;
    }

    /** Command-line entry; see the class comment for the options. */
    public static void main(String[] args) throws Exception {
        int count = 1000;
        long seed = 1;
        boolean vsCPython = false;
        int threads = 1;
        int timeoutSeconds = 60;
        Path out = Path.of("target", "jit-fuzz");
        Long minimize = null;
        boolean mixed = false;
        int threshold = 1;
        try {
            for (int k = 0; k < args.length; k++) {
                switch (args[k]) {
                    case "--count" -> count = Integer.parseInt(args[++k]);
                    case "--seed" -> seed = Long.parseLong(args[++k]);
                    case "--vs-cpython" -> vsCPython = true;
                    case "--mixed" -> mixed = true;
                    case "--threshold" -> threshold = Math.max(1, Integer.parseInt(args[++k]));
                    case "--threads" -> threads = Integer.parseInt(args[++k]);
                    case "--timeout" -> timeoutSeconds = Integer.parseInt(args[++k]);
                    case "--out" -> out = Path.of(args[++k]);
                    case "--minimize" -> {
                        minimize = Long.parseLong(args[++k]);
                    }
                    case "--print" -> {
                        System.out.print(generate(mixed, Long.parseLong(args[++k])));
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[k]);
                }
            }
        } catch (RuntimeException e) {
            System.err.println("jit-fuzz: " + e.getMessage());
            System.err.println("usage: jit-fuzz [--count N] [--seed S] [--vs-cpython] [--threads T] [--timeout SEC]"
                    + " [--mixed] [--threshold N] [--out DIR] | --print SEED | [--vs-cpython] --minimize SEED");
            System.exit(2);
        }
        if (minimize != null) {
            Path dir = out.resolve("failures").toAbsolutePath();
            Files.createDirectories(dir);
            Minimizer minimizer = new Minimizer(dir.resolve("fuzz_" + minimize + ".min.py"), vsCPython,
                    Duration.ofSeconds(timeoutSeconds));
            String small = minimizer.minimize(generate(mixed, minimize));
            // the minimizer leaves its last candidate in the file, which need not be the result
            Files.writeString(dir.resolve("fuzz_" + minimize + ".min.py"), small, StandardCharsets.UTF_8);
            System.out.print(small);
            System.out.println("# jit-fuzz: seed " + minimize + " minimized in " + minimizer.runs() + " runs to "
                    + dir.resolve("fuzz_" + minimize + ".min.py"));
            return;
        }
        JitFuzz fuzz = new JitFuzz(count, seed, vsCPython, threads, Duration.ofSeconds(timeoutSeconds), out, mixed,
                threshold);
        System.exit(fuzz.run(System.out) ? 0 : 1);
    }

    /** Runs every seed; true when nothing differed. */
    private boolean run(PrintStream report) throws Exception {
        long start = System.nanoTime();
        Files.createDirectories(outDir.resolve("failures"));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            long s = seed + k;
            futures.add(pool.submit(() -> {
                checkSeed(s, report);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        report.printf("jit-fuzz: %d programs (seeds %d..%d)%s in %.0f s%n", count, seed, seed + count - 1,
                vsCPython ? ", JIT off vs forced vs CPython" : ", JIT off vs forced", seconds);
        report.println("  JIT mismatches (off vs forced): " + jitMismatches.size() + " " + sorted(jitMismatches));
        if (vsCPython) {
            report.println("  tier-1 mismatches (off vs CPython): " + cpythonMismatches.size() + " " + sorted(cpythonMismatches));
        }
        report.println("  timeouts: " + timeouts.size() + " " + sorted(timeouts));
        synchronized (coverage) {
            report.print("  " + CoverageSummary.of(coverage).text());
        }
        if (!jitMismatches.isEmpty() || !cpythonMismatches.isEmpty()) {
            report.println("  failing programs: " + outDir.resolve("failures"));
        }
        return jitMismatches.isEmpty() && cpythonMismatches.isEmpty();
    }

    private static List<Long> sorted(List<Long> seeds) {
        synchronized (seeds) {
            return seeds.stream().sorted().limit(50).toList();
        }
    }

    private void checkSeed(long s, PrintStream report) throws IOException, InterruptedException {
        String source = generate(mixed, s);
        Path work = outDir.resolve("work").resolve(Thread.currentThread().getName().replaceAll("[^A-Za-z0-9-]", "_"));
        Files.createDirectories(work);
        Path file = work.resolve("fuzz_" + s + ".py").toAbsolutePath();
        Files.writeString(file, source, StandardCharsets.UTF_8);
        FuzzOutcome off = InProcessFuzzRunner.run(file, InProcessFuzzRunner.JIT_OFF, timeout);
        FuzzOutcome forcedWithStats = InProcessFuzzRunner.run(file, InProcessFuzzRunner.forcedWithStats(threshold), timeout);
        synchronized (coverage) {
            coverage.add(forcedWithStats.coverage());
        }
        FuzzOutcome forced = forcedWithStats.withoutStats();
        List<String> problems = new ArrayList<>();
        List<String> jit = off.differences(forced, "jit=off", "jit-threshold=" + threshold);
        if (!jit.isEmpty()) {
            add(jitMismatches, s);
            problems.add("JIT off vs forced:");
            problems.addAll(jit);
        }
        if (vsCPython) {
            FuzzOutcome cpython = CPythonRunner.run(file, timeout);
            List<String> tier1 = cpython.differences(off, "CPython", "jit=off");
            if (!tier1.isEmpty()) {
                add(cpythonMismatches, s);
                problems.add("CPython vs tier 1:");
                problems.addAll(tier1);
            }
        }
        if (off.timedOut() || forced.timedOut()) {
            add(timeouts, s);
        }
        if (!problems.isEmpty()) {
            Path failures = outDir.resolve("failures");
            Files.writeString(failures.resolve("fuzz_" + s + ".py"), source, StandardCharsets.UTF_8);
            Files.writeString(failures.resolve("fuzz_" + s + ".txt"), String.join("\n", problems) + "\n",
                    StandardCharsets.UTF_8);
            synchronized (report) {
                report.println("MISMATCH seed " + s + ": " + problems.getFirst() + " " + problems.get(1).lines().findFirst().orElse(""));
            }
        }
        Files.deleteIfExists(file);
        int n = done.incrementAndGet();
        if (n % 500 == 0) {
            synchronized (report) {
                report.println("  ... " + n + " programs");
            }
        }
    }

    /** The program of seed {@code s}: {@link KernelGenerator}'s, or with {@code mixed} {@link ProgramGenerator}'s. */
    static String generate(boolean mixed, long s) {
        return mixed ? ProgramGenerator.generate(s) : KernelGenerator.generate(s);
    }

    private static void add(List<Long> seeds, long s) {
        synchronized (seeds) {
            seeds.add(s);
        }
    }
}
