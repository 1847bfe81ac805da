package org.taipan.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.taipan.runtime.InterpreterOptions;

/**
 * Taipan's command line, compatible with {@code python3}'s where they overlap (CPython 3.11's
 * {@code Modules/main.c}); see {@link #HELP} for what it accepts. Started by the {@code ./taipan}
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

    static final String HELP = """
            usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...
            Options:
            -c cmd : program passed in as string (terminates option list)
            -h     : print this help message and exit (also -? or --help)
            -m mod : run library module as a script (terminates option list);
                     taipan -m dis FILE disassembles FILE (Taipan's bytecode)
            -O     : remove assert and __debug__-dependent statements; -OO also docstrings
            -V     : print the Python version number and exit (also --version)
            -W arg : warning control; arg is action:message:category:module:lineno
                     also PYTHONWARNINGS=arg
            -X opt : set implementation-specific option:
                     -X dev                  development mode (shows all warnings)
                     -X jit=on|off           the tracing JIT (default on, once it exists)
                     -X jit-threshold=N      loop iterations before a loop is traced
                     -X java-traceback       show the Java stack trace of an internal error
            --check-syntax PATH... : compile files (directories: every *.py below) and
                     report their syntax errors without running them
            -E     : ignore PYTHON* environment variables (PYTHONWARNINGS only, so far; -I too)
            -b -B -d -P -q -s -S -u -v : accepted for python3 compatibility; no effect yet
            file   : program read from script file
            -      : program read from stdin (default; interactive mode if a tty)
            arg ...: arguments passed to program in sys.argv[1:]
            """;

    private Main() {}

    /**
     * Stack of the thread the command runs on: the front end recurses over nested source, and
     * CPython's own nesting limits, not the JVM's default stack, must decide what is too deep.
     */
    static final long STACK_BYTES = 512L << 20;

    /** Runs the command line and exits the JVM with its status. */
    public static void main(String[] args) throws InterruptedException {
        // stdout is block-buffered as CPython's is when it is not a terminal; flushed at exit.
        PrintStream stdout = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false);
        int[] status = {1};
        // these streams are the process's descriptors 0, 1, 2: child processes inherit them directly
        org.taipan.modules.posix.ChildFds.registerProcessStreams(System.in, stdout, System.err);
        // Ctrl-C raises KeyboardInterrupt in the running program (exit status 130 if uncaught).
        org.taipan.runtime.PendingEvents.installSigintHandler();
        // SIGTERM and SIGHUP kill the process as they kill CPython (a parent sees -15, -1)
        org.taipan.modules.posix.DefaultSignals.restore();
        Thread command = Thread.ofPlatform().name("main").stackSize(STACK_BYTES)
                .unstarted(() -> status[0] = run(args, System.in, stdout, System.err));
        command.start();
        command.join();
        stdout.flush();
        System.err.flush();
        System.exit(status[0]);
    }

    /**
     * Runs the command line {@code args} with the given standard streams.
     *
     * @return the exit status
     */
    public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            stderr.println(e.getMessage());
            stderr.println(CommandLine.USAGE);
            stderr.println("Try `taipan -h' for more information.");
            return 2;
        }
        return switch (line.action()) {
            case VERSION -> {
                stdout.println(PYTHON_VERSION + " (taipan " + TAIPAN_VERSION + ")");
                yield 0;
            }
            case HELP -> {
                stdout.print(HELP);
                yield 0;
            }
            case CHECK_SYNTAX -> {
                stdout.flush();
                yield CheckSyntax.main(line.args().toArray(String[]::new));
            }
            case RUN_FILE -> runner(line, line.target(), stdin, stdout, stderr).runFile(Path.of(line.target()));
            case RUN_COMMAND -> runner(line, "-c", stdin, stdout, stderr)
                    .runSource(ProgramRunner.utf8(line.target()), "<string>");
            case RUN_MODULE -> runModule(line, stdin, stdout, stderr);
            case RUN_STDIN -> runStdin(line, stdin, stdout, stderr);
        };
    }

    private static ProgramRunner runner(CommandLine line, String argv0, InputStream stdin, PrintStream stdout,
                                        PrintStream stderr) {
        List<String> argv = new ArrayList<>();
        argv.add(argv0);
        argv.addAll(line.args());
        InterpreterOptions options = new InterpreterOptions(List.copyOf(argv), stdin, stdout, stderr, line.xOptions(),
                line.optimize(), warnOptions(line, System.getenv("PYTHONWARNINGS")));
        return new ProgramRunner(options);
    }

    /**
     * {@code sys.warnoptions} as CPython's {@code config_init_warnoptions} builds it, lowest
     * priority first (warnings.py inserts each filter in front of the previous ones):
     * {@code "default"} for {@code -X dev}, the comma-separated {@code PYTHONWARNINGS} (unless
     * {@code -E}/{@code -I}; empty items dropped), then the {@code -W} options; an option already
     * present is not added again.
     *
     * @param env the value of {@code PYTHONWARNINGS}, or null
     */
    static List<String> warnOptions(CommandLine line, String env) {
        java.util.LinkedHashSet<String> options = new java.util.LinkedHashSet<>();
        if (line.hasXOption("dev")) {
            options.add("default");
        }
        if (env != null && !line.ignoreEnvironment()) {
            for (String part : env.split(",")) {
                if (!part.isEmpty()) {
                    options.add(part);
                }
            }
        }
        options.addAll(line.warnOptions());
        return List.copyOf(options);
    }

    private static int runStdin(CommandLine line, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        if (line.target() == null && org.taipan.repl.InteractiveMain.isTerminal()) {
            return org.taipan.repl.InteractiveMain.run(runner(line, "", stdin, stdout, stderr).options(), false,
                    line.ignoreEnvironment());
        }
        ProgramRunner runner = runner(line, line.target() == null ? "" : "-", InputStream.nullInputStream(), stdout, stderr);
        byte[] source;
        try {
            source = stdin.readAllBytes();
        } catch (IOException e) {
            return runner.internalError(e);
        }
        return runner.runSource(source, "<stdin>");
    }

    /**
     * {@code -m MODULE}: runs the module as {@code __main__} (runpy's behaviour, see
     * {@code Interpreter.runModuleAsMain}); {@code -m dis FILE} is Taipan's own disassembler, since
     * the standard library's {@code dis} knows only CPython's bytecode.
     */
    private static int runModule(CommandLine line, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        if (line.target().equals("dis")) {
            return Disassemble.run(line.args(), stdin, stdout, stderr, line.xOptions(), line.optimize());
        }
        return runner(line, "-m", stdin, stdout, stderr).runModule(line.target());
    }
}
