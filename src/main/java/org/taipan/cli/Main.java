package org.taipan.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.taipan.modules.posix.FsEncoding;

import org.taipan.runtime.FatalStartupError;
import org.taipan.runtime.InterpreterOptions;
import org.taipan.runtime.StartupOptions;

/**
 * Taipan's command line, compatible with {@code python3}'s where they overlap (CPython 3.11's
 * {@code Modules/main.c}); see {@link HelpText#OPTIONS} for what it accepts. Started by the {@code ./taipan}
 * launcher.
 *
 * <p>Exit status: the program's (0, 1 after an uncaught exception, a {@code SystemExit}'s code),
 * 1 for a {@code SyntaxError} or an internal error, 2 for a bad command line or a script that
 * cannot be opened, as CPython. No Java stack trace reaches the user unless
 * {@code -X java-traceback} is given.
 */
public final class Main {
    /** Taipan's own version, shown by {@code -V} after the Python version it implements. */
    public static final String TAIPAN_VERSION = "0.1.0";

    /** The Python version Taipan implements, as {@code python3 -V} prints it. */
    public static final String PYTHON_VERSION = "Python 3.11.7";

    private Main() {}

    /**
     * Stack of the thread the command runs on: the front end recurses over nested source, and
     * CPython's own nesting limits, not the JVM's default stack, must decide what is too deep.
     */
    static final long STACK_BYTES = 512L << 20;

    /** Runs the command line and exits the JVM with its status. */
    public static void main(String[] args) throws InterruptedException {
        // stdout is block-buffered as CPython's is when it is not a terminal; flushed at exit.
        // (a CheckedPrintStream: a write to a closed pipe raises BrokenPipeError in the program;
        // OutputLine: the REPL's prompt follows output left without a newline)
        PrintStream stdout = new org.taipan.modules.io.CheckedPrintStream(new BufferedOutputStream(
                org.taipan.repl.OutputLine.track(new FileOutputStream(FileDescriptor.out)), 1 << 16));
        int[] status = {1};
        // these streams are the process's descriptors 0, 1, 2: child processes inherit them directly
        org.taipan.modules.posix.ChildFds.registerProcessStreams(System.in, stdout, System.err);
        // Ctrl-C raises KeyboardInterrupt in the running program (exit status 130 if uncaught).
        org.taipan.runtime.PendingEvents.installSigintHandler();
        // asked only when a program sets a SIGINT handler under an inherited SIG_IGN: Libc's probe
        // links a function, which a JVM without native access warns about at once
        org.taipan.runtime.PendingEvents.setSigintUnignore(() -> {
            if (!org.taipan.modules.posix.Libc.available()) {
                return false;
            }
            org.taipan.modules.posix.Libc.defaultDisposition(2);
            return true;
        });
        // SIGTERM and SIGHUP kill the process as they kill CPython (a parent sees -15, -1)
        org.taipan.modules.posix.DefaultSignals.restore();
        Thread.ofPlatform().daemon().name("taipan-startup").start(Main::startInBackground);
        String[] argv = ProcessArguments.exact(args);
        Thread command = Thread.ofPlatform().name("main").stackSize(STACK_BYTES)
                .unstarted(() -> status[0] = run(argv, System.in, stdout, System.err));
        command.start();
        command.join();
        stdout.flush();
        System.err.flush();
        if (status[0] == 130 && endedByKeyboardInterrupt) {
            exitBySigint();
        }
        if (status[0] == 0 && onlyDaemonThreadsLeft()) {
            // the JVM ends with status 0 as this returns, running the same shutdown hooks; exit()
            // would first look up a logger for Runtime.exit, whose search of the class path for a
            // logging backend opened the jar: ~15 ms of every run
            return;
        }
        System.exit(status[0]);
    }

    /** Whether every live thread but this one is a daemon (none would keep the JVM up after main returns). */
    private static boolean onlyDaemonThreadsLeft() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int n = root.enumerate(threads, true);
        if (n == threads.length) {
            return false;  // more than we could see
        }
        for (int i = 0; i < n; i++) {
            Thread t = threads[i];
            if (t != Thread.currentThread() && t.isAlive() && !t.isDaemon()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Start-up work that the program's first steps do not wait for, on a thread of its own: the
     * old generation's limit (the management classes take ~5 ms to set up, and no program fills
     * the limit's 48 MB floor that soon), and the opening of the class path's jar and of
     * {@code /dev/urandom} ({@code Entropy}). With the AOT cache nothing else opens the jar early,
     * so a class outside the cache loaded later would need a descriptor then, and a program that
     * has used up its descriptors (RLIMIT_NOFILE) got NoClassDefFoundError.
     */
    private static void startInBackground() {
        Main.class.getClassLoader().getResource("META-INF/MANIFEST.MF");
        org.taipan.runtime.Entropy.prepare();
        if (!"0".equals(System.getProperty("taipan.oldGenLimit"))) {
            OldGenerationLimit.install();
        }
    }

    /** Set when the program run by {@link #run} ended with an uncaught KeyboardInterrupt. */
    private static volatile boolean endedByKeyboardInterrupt;

    /**
     * CPython's {@code exit_sigint}: after an uncaught KeyboardInterrupt the process ends by
     * SIGINT with its default action, so that a parent sees a signal death (a shell reports 130,
     * {@code subprocess} -2) and a shell script running it stops too. The JVM cannot be made to
     * die of a signal portably: this resets SIGINT to its default action (HotSpot's
     * {@code sun.misc.Signal}, which will not raise a signal without a Java handler) and sends it
     * with the C library's {@code kill} (the launcher allows native access); where either is
     * refused, {@link #main} falls back to {@code exit(130)}, which a shell shows the same way.
     */
    private static void exitBySigint() {
        if (!org.taipan.modules.posix.Libc.available()) {
            return;
        }
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_DFL);
            if (org.taipan.modules.posix.Libc.kill((int) ProcessHandle.current().pid(), 2) == 0) {
                // delivered to some thread of the process, which it ends; wait for that
                Thread.sleep(5000);
            }
        } catch (IllegalArgumentException | UnsupportedOperationException | InterruptedException e) {
            // not allowed on this JVM (or -Xrs): exit(130) instead
        }
    }

    /**
     * Runs the command line {@code args} with the given standard streams and this process's
     * environment.
     *
     * @return the exit status
     */
    public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        return run(args, FsEncoding.startupEnvironment(), stdin, stdout, stderr);
    }

    /**
     * Runs the command line {@code args} with the given standard streams, {@code env} being the
     * environment its {@code PYTHON*} variables are read from.
     *
     * @return the exit status: 2 and CPython's usage message for a bad option, 1 and CPython's
     *         fatal-error report for a refused setting ({@code PYTHONHASHSEED=x}), else the program's
     */
    public static int run(String[] args, Map<String, String> env, InputStream stdin, PrintStream stdout,
                          PrintStream stderr) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            stderr.println(e.getMessage());
            stderr.println(CommandLine.USAGE);
            stderr.println(CommandLine.TRY_HELP);
            return 2;
        }
        switch (line.action()) {
            case VERSION -> {
                stdout.println(line.count('V') >= 2
                        ? PYTHON_VERSION + " (taipan " + TAIPAN_VERSION + ") [Java " + Runtime.version() + "]"
                        : PYTHON_VERSION);
                return 0;
            }
            case HELP, HELP_ENV, HELP_XOPTIONS, HELP_ALL -> {
                stdout.print(switch (line.action()) {
                    case HELP_ENV -> HelpText.ENVIRONMENT;
                    case HELP_XOPTIONS -> HelpText.X_OPTIONS;
                    case HELP_ALL -> HelpText.ALL;
                    default -> HelpText.OPTIONS;
                });
                return 0;
            }
            case CHECK_SYNTAX -> {
                stdout.flush();
                return CheckSyntax.main(line.args().toArray(String[]::new));
            }
            default -> { }
        }
        List<String> origArgv = new ArrayList<>();
        // the launcher passes the name it was run by, as a C program's argv[0]
        origArgv.add(System.getProperty("taipan.argv0", ProgramRunner.PROGRAM_NAME));
        origArgv.addAll(List.of(args));
        StartupOptions startup;
        try {
            startup = StartupConfig.read(line, env, origArgv);
        } catch (FatalStartupError e) {
            stdout.flush();
            stderr.print(e.report());
            stderr.flush();
            return 1;
        }
        if ((line.ignoreEnvironment() || line.count('R') > 0) && System.getProperty(HASH_SEED_PROPERTY) == null) {
            // -E: the str hash key must not come from PYTHONHASHSEED (PyHash reads the property
            // first); -R (kept by CPython for compatibility) asks for random hashes over PYTHONHASHSEED
            System.setProperty(HASH_SEED_PROPERTY, "random");
        }
        Launch launch = new Launch(line, startup, StartupConfig.optimize(line, env), StartupConfig.warnOptions(line, env));
        int status = switch (line.action()) {
            case RUN_FILE -> runFile(launch, line, stdin, stdout, stderr);
            case RUN_COMMAND -> runCommand(launch, line.target(), stdin, stdout, stderr);
            case RUN_MODULE -> runModule(launch, stdin, stdout, stderr);
            default -> runStdin(launch, stdin, stdout, stderr);
        };
        endedByKeyboardInterrupt = launch.last != null && launch.last.endedByKeyboardInterrupt();
        return status;
    }

    /** The system property {@link org.taipan.runtime.PyHash} reads before {@code PYTHONHASHSEED}. */
    private static final String HASH_SEED_PROPERTY = "taipan.hashseed";

    /** A parsed command line with what the environment added to it: how to make the program's runner. */
    private static final class Launch {
        final CommandLine line;
        final StartupOptions startup;
        final int optimize;
        final List<String> warnOptions;
        /** The runner made last: it tells whether the program ended by KeyboardInterrupt. */
        ProgramRunner last;

        Launch(CommandLine line, StartupOptions startup, int optimize, List<String> warnOptions) {
            this.line = line;
            this.startup = startup;
            this.optimize = optimize;
            this.warnOptions = warnOptions;
        }

        ProgramRunner runner(String argv0, InputStream stdin, PrintStream stdout, PrintStream stderr) {
            List<String> argv = new ArrayList<>();
            argv.add(argv0);
            argv.addAll(line.args());
            InterpreterOptions options = new InterpreterOptions(List.copyOf(argv), stdin, stdout, stderr,
                    line.xOptions(), optimize, warnOptions).withStartup(startup)
                    .withPermissions(org.taipan.sandbox.PermissionsOption.parse(line.xOptions()));
            last = new ProgramRunner(options);
            if (org.taipan.repl.InteractiveMain.inspects(startup, stdin)) {
                last.inspect(org.taipan.repl.InteractiveMain.inspectSession());
            }
            return last;
        }
    }

    private static int runStdin(Launch launch, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        CommandLine line = launch.line;
        if (org.taipan.repl.InteractiveMain.stdinIsInteractive(launch.startup, stdin)) {
            return org.taipan.repl.InteractiveMain.run(launch.runner(line.target() == null ? "" : "-", stdin, stdout,
                    stderr).options(), launch.startup.quiet() != 0, line.ignoreEnvironment());
        }
        // the program's own stdin is the process's, read to its end (position and all) as CPython leaves it
        ProgramRunner runner = launch.runner(line.target() == null ? "" : "-", stdin, stdout, stderr);
        byte[] source;
        try {
            source = stdin.readAllBytes();
        } catch (IOException e) {
            return runner.internalError(e);
        }
        return runner.runSource(line.count('x') > 0 ? ProgramRunner.skipFirstLine(source) : source, "<stdin>");
    }

    /** {@code taipan FILE}: the file named by the argument's bytes, which need not be UTF-8. */
    private static int runFile(Launch launch, CommandLine line, InputStream stdin, PrintStream stdout,
                               PrintStream stderr) {
        return launch.runner(line.target(), stdin, stdout, stderr).runFile(FsEncoding.toPath(line.target()),
                line.count('x') > 0);
    }

    /**
     * {@code -c COMMAND}: the command's text is its UTF-8; one with bytes that are not UTF-8 (escaped
     * in the argument) is refused as CPython's {@code pymain_run_command} refuses it, with status 1.
     */
    private static int runCommand(Launch launch, String command, InputStream stdin, PrintStream stdout,
                                  PrintStream stderr) {
        if (FsEncoding.hasLoneSurrogate(command)) {
            // the UTF-8 codec's own error names the character or the run of them
            String error;
            try {
                org.taipan.runtime.Codecs.encode(org.taipan.runtime.PyStr.of(command), "utf-8", "strict");
                error = "";
            } catch (org.taipan.runtime.PyException e) {
                error = e.value.type().name() + ": " + org.taipan.runtime.Abstract.str(e.value);
            }
            stdout.flush();
            stderr.printf("Unable to decode the command from the command line:%n%s%n", error);
            stderr.flush();
            return 1;
        }
        return launch.runner("-c", stdin, stdout, stderr).runSource(ProgramRunner.utf8(command), "<string>");
    }

    /**
     * {@code -m MODULE}: runs the module as {@code __main__} (runpy's behaviour, see
     * {@code Interpreter.runModuleAsMain}); {@code -m dis FILE} is Taipan's own disassembler, since
     * the standard library's {@code dis} knows only CPython's bytecode.
     */
    private static int runModule(Launch launch, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        CommandLine line = launch.line;
        if (line.target().equals("dis")) {
            return Disassemble.run(line.args(), stdin, stdout, stderr, line.xOptions(), launch.optimize);
        }
        return launch.runner("-m", stdin, stdout, stderr).runModule(line.target());
    }
}
