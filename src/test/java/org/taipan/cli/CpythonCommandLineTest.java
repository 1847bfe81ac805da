package org.taipan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.taipan.harness.DefaultSigint;

/**
 * The command line compared with CPython 3.11's, option by option: each row of {@link #CASES}
 * runs {@code python3} and the real {@code ./taipan} launcher as child processes with the same
 * arguments, environment (the caller's without its {@code PYTHON*} variables, plus the row's)
 * and standard input, in the same directory, and requires the same stdout bytes, the same stderr
 * (the program name, which CPython takes from its {@code argv[0]}, normalised) and the same exit
 * status. Skipped when no CPython 3.11 is on {@code PATH}.
 *
 * <p>The processes of all rows start up front on a small pool, so the whole class costs about
 * as many JVM start-ups as it has rows divided by the pool size.
 */
class CpythonCommandLineTest {
    /** One behaviour: the arguments after the program name, extra environment, standard input. */
    private record Case(String name, List<String> args, Map<String, String> env, String stdin) {
        static Case of(String name, String... args) {
            return new Case(name, List.of(args), Map.of(), "");
        }

        Case env(String... keyValues) {
            Map<String, String> e = new HashMap<>(env);
            for (int i = 0; i < keyValues.length; i += 2) {
                e.put(keyValues[i], keyValues[i + 1]);
            }
            return new Case(name, args, e, stdin);
        }

        Case stdin(String text) {
            return new Case(name, args, env, text);
        }
    }

    /** A row whose name starts so runs with its stdout piped into {@code head -n 1}. */
    private static final String PIPED = "piped: ";

    private static final String FLAGS = "import sys; print(sys.flags); print(sys.dont_write_bytecode, sys.warnoptions)";
    /** Whether code positions carry columns (-X no_debug_ranges), and what the config says. */
    private static final String DEBUG_RANGES = "import _testinternalcapi as t; f = lambda x: x['key'] + 1; "
            + "print({p[2:] == (None, None) for p in f.__code__.co_positions() if p[0] is not None}, "
            + "t.get_config()['code_debug_ranges'])";
    private static final String STREAMS = "import sys; s = (sys.stdin, sys.stdout, sys.stderr); "
            + "print([(type(f.buffer).__name__, f.encoding, f.errors, f.line_buffering, f.write_through) for f in s])";
    private static final String INTERLEAVE = "import os; print('a'); os.system('echo b'); print('c')";
    private static final String BYTES = "print(b'a' == 'a', b'a' != 1, bytearray(b'x') == 'x', b'a' == b'a')\n"
            + "print(str(b'z'), str(bytearray(b'y')))";
    private static final String HASHES = "print(hash('abc'), hash(b'xyz'), list({'a', 'b', 'c', 'd', 'e', 'f', 'g'}))";

    private static final List<Case> CASES = List.of(
            // usage errors: message, usage line, hint; status 2
            Case.of("unknown option", "-Z"),
            Case.of("unknown long option", "--foo"),
            Case.of("unknown option after -V", "-V", "-Z"),
            Case.of("-c without argument", "-c"),
            Case.of("-m without argument", "-m"),
            Case.of("-W without argument", "-E", "-W"),
            Case.of("-X without argument", "-X"),
            Case.of("-J", "-J"),
            Case.of("--check-hash-based-pycs value", "--check-hash-based-pycs", "bogus", "-c", "pass"),
            Case.of("--check-hash-based-pycs accepted", "--check-hash-based-pycs", "always", "-c", "print(1)"),
            // version
            Case.of("-V", "-V"),
            Case.of("--version", "--version"),
            Case.of("-V wins over -c", "-Vc", "pass"),
            // scripts and arguments
            Case.of("missing file", "nonexistent.py"),
            Case.of("-- ends the options", "--", "-c", "pass"),
            Case.of("-c arguments", "-c", "import sys; print(sys.argv)", "a", "-b", "--c", "-"),
            Case.of("clustered -uc", "-uc", "import sys; print(sys.argv, sys.flags.optimize)", "x"),
            Case.of("-m arguments", "-m", "json.tool", "--sort-keys").stdin("{\"b\": 1, \"a\": [2]}"),
            Case.of("script on stdin", "-", "a", "b").stdin("import sys; print(sys.argv, __name__)"),
            Case.of("stdin's program is the file <stdin>", "-").stdin("print(__file__, __cached__)"),
            Case.of("-X given twice: the configuration takes the first, sys._xoptions the last",
                    "-X", "pycache_prefix=/a", "-X", "pycache_prefix=/b", "-X", "int_max_str_digits=5000",
                    "-X", "int_max_str_digits=700", "-X", "utf8=0", "-X", "utf8", "-c",
                    "import sys; print(sys.pycache_prefix, sys.flags.int_max_str_digits, sys.flags.utf8_mode,"
                            + " sorted(sys._xoptions.items()))"),
            Case.of("no arguments reads stdin", "-E").stdin("import sys; print(sys.argv)\nraise SystemExit(4)"),
            // the caret under a non-ASCII line: -c's command counts characters, a file read from stdin UTF-8 bytes
            Case.of("-c syntax error after non-ASCII text", "-c", "x = \"\u00e9\u00e9\" + $"),
            Case.of("stdin syntax error after non-ASCII text", "-").stdin("x = \"\u00e9\u00e9\" + $\n"),
            Case.of("-x skips the first line", "-x", "skip.py"),
            Case.of("directory with __main__.py", "app", "a"),
            Case.of("directory without __main__.py", "."),
            Case.of("script directory first on sys.path", "paths.py"),
            Case.of("-P: no script directory", "-P", "paths.py"),
            Case.of("-I: isolated", "-I", "paths.py").env("PYTHONPATH", "/nonexistent-pythonpath"),
            // sys.flags for each option
            Case.of("flags of switches", "-bb", "-d", "-q", "-s", "-S", "-B", "-OO", "-c", FLAGS),
            Case.of("-OOO counts", "-OOO", "-c", FLAGS),
            Case.of("-b and -W", "-b", "-W", "ignore", "-c", FLAGS).env("PYTHONWARNINGS", "default::BytesWarning"),
            Case.of("-b warns", "-b", "-c", BYTES),
            Case.of("-bb raises", "-bb", "-c", BYTES),
            Case.of("-I flags", "-I", "-c", FLAGS),
            Case.of("-E ignores the environment", "-E", "-c", FLAGS + "; print('/nonexistent-pythonpath' in sys.path)")
                    .env("PYTHONPATH", "/nonexistent-pythonpath", "PYTHONHASHSEED", "0", "PYTHONOPTIMIZE", "2",
                            "PYTHONDONTWRITEBYTECODE", "1", "PYTHONWARNINGS", "error", "PYTHONDEVMODE", "1"),
            Case.of("flags from the environment", "-c", FLAGS)
                    .env("PYTHONOPTIMIZE", "x", "PYTHONDEBUG", "-3", "PYTHONNOUSERSITE", "7", "PYTHONSAFEPATH", "0",
                            "PYTHONWARNDEFAULTENCODING", "1", "PYTHONDONTWRITEBYTECODE", "1", "PYTHONDEVMODE", "1",
                            "PYTHONHASHSEED", "0", "PYTHONWARNINGS", "ignore,,once"),
            Case.of("empty variables are unset", "-c", FLAGS)
                    .env("PYTHONOPTIMIZE", "", "PYTHONDONTWRITEBYTECODE", "", "PYTHONDEVMODE", "", "PYTHONSAFEPATH", ""),
            Case.of("PYTHONPATH", "-c", "import sys; print('/nonexistent-pythonpath' in sys.path, sys.path[0])")
                    .env("PYTHONPATH", "/nonexistent-pythonpath"),
            Case.of("-X options", "-X", "utf8", "-X", "dev", "-X", "warn_default_encoding", "-X",
                    "int_max_str_digits=1000", "-X", "faulthandler", "-Xfoo=1", "-Xfoo=2", "-X", "bar",
                    "-c", FLAGS + "; print(sys._xoptions, sys.get_int_max_str_digits())"),
            Case.of("-X utf8=0 over PYTHONUTF8", "-X", "utf8=0", "-c", FLAGS).env("PYTHONUTF8", "1"),
            Case.of("-X no_debug_ranges", "-X", "no_debug_ranges", "-c", DEBUG_RANGES),
            Case.of("PYTHONNODEBUGRANGES", "-c", DEBUG_RANGES).env("PYTHONNODEBUGRANGES", "1"),
            Case.of("PYTHONNODEBUGRANGES under -E", "-E", "-c", DEBUG_RANGES).env("PYTHONNODEBUGRANGES", "1"),
            Case.of("PYTHONUTF8 and PYTHONINTMAXSTRDIGITS", "-c", FLAGS + "; print(sys.get_int_max_str_digits())")
                    .env("PYTHONUTF8", "1", "PYTHONINTMAXSTRDIGITS", "0"),
            // refused settings: CPython's fatal error, status 1
            Case.of("bad -X int_max_str_digits", "-X", "int_max_str_digits=10", "-c", "pass"),
            Case.of("bad PYTHONINTMAXSTRDIGITS", "-c", "pass").env("PYTHONINTMAXSTRDIGITS", "abc"),
            Case.of("bad -X utf8", "-X", "utf8=2", "-c", "pass"),
            Case.of("bad PYTHONUTF8", "-c", "pass").env("PYTHONUTF8", "2"),
            Case.of("bad PYTHONHASHSEED", "-c", "pass").env("PYTHONHASHSEED", "abc"),
            Case.of("PYTHONHASHSEED too big", "-c", "pass").env("PYTHONHASHSEED", "4294967296"),
            Case.of("bad PYTHONHASHSEED under -E", "-E", "-c", "print(1)").env("PYTHONHASHSEED", "abc"),
            // hashing
            Case.of("-R over PYTHONHASHSEED=0", "-R", "-c",
                    "import sys; print(sys.flags.hash_randomization, hash('abc') != -4594863902769663758)")
                    .env("PYTHONHASHSEED", "0"),
            Case.of("PYTHONHASHSEED=0", "-c", HASHES + "; import sys; print(sys.flags.hash_randomization)")
                    .env("PYTHONHASHSEED", "0"),
            Case.of("PYTHONHASHSEED=123", "-c", HASHES).env("PYTHONHASHSEED", "123"),
            Case.of("PYTHONHASHSEED with blanks", "-c", HASHES).env("PYTHONHASHSEED", " +4294967295"),
            // standard streams
            Case.of("buffered streams", "-c", STREAMS),
            Case.of("-u streams", "-u", "-c", STREAMS),
            Case.of("PYTHONUNBUFFERED streams", "-c", STREAMS).env("PYTHONUNBUFFERED", "1"),
            Case.of("C locale: UTF-8 mode", "-c", STREAMS + "; print(sys.flags.utf8_mode)")
                    .env("LANG", "", "LC_ALL", "", "LC_CTYPE", ""),
            Case.of("C.UTF-8 locale", "-c", STREAMS + "; print(sys.flags.utf8_mode)")
                    .env("LANG", "", "LC_ALL", "C.UTF-8", "LC_CTYPE", ""),
            Case.of("PYTHONIOENCODING", "-c", STREAMS + "; print('\u00e9\u20ac')")
                    .env("PYTHONIOENCODING", "latin-1:replace"),
            Case.of("PYTHONIOENCODING errors only", "-c", STREAMS).env("PYTHONIOENCODING", ":surrogateescape"),
            Case.of("PYTHONIOENCODING strict", "-c", "print('\u00e9')").env("PYTHONIOENCODING", "ascii"),
            Case.of("PYTHONIOENCODING unknown", "-c", "print(1)").env("PYTHONIOENCODING", "bogus"),
            Case.of("PYTHONIOENCODING under -E", "-E", "-c", STREAMS).env("PYTHONIOENCODING", "ascii"),
            Case.of("output order, buffered", "-c", INTERLEAVE),
            Case.of("output order, -u", "-u", "-c", INTERLEAVE),
            Case.of("output order, PYTHONUNBUFFERED", "-c", INTERLEAVE).env("PYTHONUNBUFFERED", "1"),
            // -S: no site, so no exit()
            Case.of("-S leaves out exit", "-S", "-c", "import builtins; print(hasattr(builtins, 'exit')); exit(3)"),
            // exit statuses
            Case.of("uncaught exception", "-c", "1/0"),
            Case.of("uncaught KeyboardInterrupt", "-c", "print('x'); raise KeyboardInterrupt"),
            Case.of("SystemExit str", "-c", "import sys; sys.exit('bye')"),
            Case.of("SystemExit list", "-c", "import sys; sys.exit([1, 2])"),
            Case.of("SystemExit huge", "-c", "import sys; sys.exit(2**70)"),
            Case.of("SystemExit -1", "-c", "import sys; sys.exit(-1)"),
            Case.of("SystemExit 256", "-c", "raise SystemExit(256)"),
            Case.of("SystemExit tuple", "-c", "raise SystemExit(3, 4)"),
            Case.of("SystemExit None", "-c", "raise SystemExit(None)"),
            Case.of("SyntaxError", "-c", "1 +"),
            Case.of(PIPED + "BrokenPipeError", "-c", "for i in range(100000): print(i)"),
            Case.of(PIPED + "BrokenPipeError caught", "-c", "import sys\ntry:\n    for i in range(100000): print(i)\n"
                    + "except BrokenPipeError as e:\n    print(type(e).__name__, e.errno, file=sys.stderr)\n    sys.exit(3)"));

    private static final String SKIP = "garbage that is not Python (\nimport sys\nprint(sys.argv)\n1/0\n";
    private static final String PATHS = "import os, sys\n"
            + "here = os.path.dirname(os.path.abspath(__file__))\n"
            + "print(sys.path[0] == here, here in sys.path, '' in sys.path, '/nonexistent-pythonpath' in sys.path)\n"
            + "print(sys.flags.safe_path, sys.flags.isolated, sys.flags.ignore_environment, sys.flags.no_user_site)\n";

    private static Path dir;
    private static String python;
    private static ExecutorService pool;
    private static final Map<Case, Future<Outcome[]>> RUNS = new HashMap<>();

    /** The finished process of one runtime. */
    private record Outcome(int status, byte[] stdout, String stderr) {}

    @BeforeAll
    static void startAll() throws IOException {
        python = findCpython311();
        Assumptions.assumeTrue(python != null, "no CPython 3.11 (python3.11 or python3) on PATH");
        dir = Files.createTempDirectory("taipan-cli");
        Files.writeString(dir.resolve("skip.py"), SKIP);
        Files.writeString(dir.resolve("paths.py"), PATHS);
        Files.createDirectories(dir.resolve("app"));
        Files.writeString(dir.resolve("app").resolve("__main__.py"), "import os, sys\n"
                + "print(sys.argv, __name__, __package__, __spec__.name, sys.path[0] == os.path.abspath('app'))\n");
        pool = Executors.newFixedThreadPool(4);
        for (Case c : CASES) {
            RUNS.put(c, pool.submit(() -> new Outcome[] {run(python, c), run(launcher().toString(), c)}));
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (pool != null) {
            pool.shutdownNow();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> sameOutputAndStatusAsCpython() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name() + ": " + String.join(" ", c.args()), () -> {
            Outcome[] both = RUNS.get(c).get(Launch.TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Outcome cpython = both[0];
            Outcome taipan = both[1];
            String what = "taipan " + String.join(" ", c.args()) + " with " + c.env();
            assertEquals(normalize(cpython.stderr()), normalize(taipan.stderr()), what + ": stderr");
            assertEquals(new String(cpython.stdout(), StandardCharsets.ISO_8859_1),
                    new String(taipan.stdout(), StandardCharsets.ISO_8859_1), what + ": stdout");
            assertEquals(cpython.status(), taipan.status(), what + ": exit status");
        }));
    }

    /**
     * Ctrl-C while the program waits for input: CPython's read fails with EINTR and the handler
     * raises KeyboardInterrupt at once; the same program under both must say the same, with no
     * input ever given (stdin stays open until the end).
     */
    @Test
    void sigintInterruptsAReadOfStandardInput() throws Exception {
        // each signal may come just before the read starts: the lines are written so that either way
        // the same happens (a -c program's traceback shows no source text)
        String program = "import sys\ntry:\n    print('waiting', flush=True); sys.stdin.readline()\n"
                + "except KeyboardInterrupt:\n    print('caught', flush=True); input()\n";
        Outcome cpython = interruptTwice(python, program);
        Outcome taipan = interruptTwice(launcher().toString(), program);
        assertEquals(new String(cpython.stdout(), StandardCharsets.UTF_8), new String(taipan.stdout(), StandardCharsets.UTF_8));
        assertEquals(normalize(cpython.stderr()), normalize(taipan.stderr()));
        assertEquals(cpython.status(), taipan.status());
    }

    /** Runs {@code program}, sending SIGINT once it said it waits and again once it caught the first. */
    private static Outcome interruptTwice(String executable, String program) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(DefaultSigint.command(executable, "-c", program)).directory(dir.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("PYTHON") || k.equals("TAIPAN_JAVA_OPTS"));
        Process process = builder.start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        StringBuilder out = new StringBuilder();
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String expect : new String[] {"waiting", "caught"}) {
                String line = reader.readLine();
                out.append(line).append('\n');
                assertEquals(expect, line, executable);
                new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
            }
            for (int c; (c = reader.read()) >= 0; ) {
                out.append((char) c);
            }
        }
        if (!process.waitFor(Launch.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        process.getOutputStream().close();
        return new Outcome(process.exitValue(), out.toString().getBytes(StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }

    /** {@code -h} is Taipan's own text (its -X options differ), in CPython's shape. */
    @Test
    void helpIsCpythonShaped() throws Exception {
        Outcome help = run(launcher().toString(), Case.of("help", "-h"));
        String text = new String(help.stdout(), StandardCharsets.UTF_8);
        assertEquals(0, help.status());
        assertTrue(text.startsWith("usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                + "Options (and corresponding environment variables):\n"), text);
        for (String option : new String[] {"-B     :", "-E     :", "-I     :", "-u     :", "-X opt :", "--help-all"}) {
            assertTrue(text.contains("\n" + option), option + " missing from:\n" + text);
        }
        Outcome x = run(launcher().toString(), Case.of("help", "--help-xoptions"));
        assertTrue(new String(x.stdout(), StandardCharsets.UTF_8).contains("-X jit=on|off"));
    }

    /**
     * {@code -B} (and {@code PYTHONDONTWRITEBYTECODE}) keep Taipan's code cache unwritten, as
     * CPython writes no {@code __pycache__}; without them an imported module is cached.
     */
    @Test
    void dontWriteBytecodeLeavesTheCodeCacheAlone() throws Exception {
        Path cache = Files.createTempDirectory("taipan-cache");
        Path source = Files.createTempDirectory("taipan-src");
        try {
            Files.writeString(source.resolve("cached_module_b.py"), "X = 1\n");
            Case importIt = Case.of("import", "-c", "import sys; sys.path.insert(0, sys.argv[1]); import cached_module_b",
                    source.toString()).env("XDG_CACHE_HOME", cache.toString());
            Outcome withB = run(launcher().toString(), new Case("-B", List.of(add("-B", importIt.args())),
                    importIt.env(), ""));
            assertEquals(0, withB.status(), withB.stderr());
            Outcome withEnv = run(launcher().toString(), importIt.env("PYTHONDONTWRITEBYTECODE", "1"));
            assertEquals(0, withEnv.status(), withEnv.stderr());
            assertEquals(List.of(), cachedFiles(cache, "cached_module_b"));
            Outcome without = run(launcher().toString(), importIt);
            assertEquals(0, without.status(), without.stderr());
            assertEquals(1, cachedFiles(cache, "cached_module_b").size());
        } finally {
            for (Path p : new Path[] {cache, source}) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    private static String[] add(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray(String[]::new);
    }

    private static List<Path> cachedFiles(Path cache, String module) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(f -> f.getFileName().toString().startsWith(module)).toList();
        }
    }

    /**
     * The program name normalised: CPython names itself by its {@code argv[0]} (a full path
     * when started through a wrapper), Taipan {@code taipan}; thread ids in fatal reports vary.
     */
    private static String normalize(String stderr) {
        return stderr.replaceAll("(?m)^(usage: )?\\S*(python3(\\.11)?|taipan)(:? )", "$1PROGRAM$4")
                .replaceAll("Current thread 0x[0-9a-f]+", "Current thread 0xID");
    }

    private static Outcome run(String executable, Case c) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (c.name().startsWith(PIPED)) {
            // the program's stdout is a pipe whose reader leaves after one line; the status is the program's
            command.addAll(List.of("bash", "-c", "\"$0\" \"$@\" | head -n 1; exit ${PIPESTATUS[0]}"));
        }
        command.add(executable);
        command.addAll(c.args());
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("PYTHON") || k.equals("TAIPAN_JAVA_OPTS"));
        env.putAll(c.env());
        Process process = builder.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(c.stdin().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the program did not read its input
        }
        if (!process.waitFor(Launch.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + Launch.TIMEOUT_SECONDS + " s");
        }
        return new Outcome(process.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path launcher() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("taipan");
    }

    /** A CPython 3.11 on PATH: {@code python3.11}, else {@code python3} if that is 3.11; null if none. */
    private static String findCpython311() {
        for (String exe : new String[] {"python3.11", "python3"}) {
            try {
                Process p = new ProcessBuilder(exe, "-c", "import sys; print(sys.version_info[:2] == (3, 11))")
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor() == 0 && out.equals("True")) {
                    return exe;
                }
            } catch (IOException | InterruptedException e) {
                // not this one
            }
        }
        return null;
    }

    /** Limits. */
    private static final class Launch {
        /** Generous: the first start of a test run may have to build the project. */
        static final long TIMEOUT_SECONDS = 300;
    }
}
