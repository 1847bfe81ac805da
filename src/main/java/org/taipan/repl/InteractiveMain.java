package org.taipan.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.taipan.code.CodeObject;
import org.taipan.interp.Eval;
import org.taipan.interp.TracebackPrinter;
import org.taipan.modules.io.FdTable;
import org.taipan.parse.Mode;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.InterpreterOptions;
import org.taipan.runtime.StartupOptions;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * The interactive interpreter's entry points for the command line: {@code taipan} with a
 * terminal on standard input ({@link #run}), and {@code -i} after a script, command or module
 * ({@link #inspectSession}). The console reads the terminal through JLine when standard input
 * and output are a terminal, else plain lines from standard input with the prompts on standard
 * error, as CPython does for {@code python3 -i < file}.
 */
public final class InteractiveMain {
    private InteractiveMain() {}

    /**
     * CPython's {@code pymain_run_stdin} on an interactive standard input, then its REPL: the
     * banner on standard error (unless {@code quiet}), the {@code PYTHONSTARTUP} file (unless
     * {@code ignoreEnvironment}), then the console in a fresh {@code __main__}.
     *
     * @param options the interpreter's options; lines are read from its {@code stdin} (through
     *                JLine when that is the process's terminal)
     * @return the exit status: 0 at end of input, a {@code SystemExit}'s status
     */
    public static int run(InterpreterOptions options, boolean quiet, boolean ignoreEnvironment) {
        return run(options, quiet, ignoreEnvironment ? null : System.getenv("PYTHONSTARTUP"));
    }

    /** As {@link #run(InterpreterOptions, boolean, boolean)}, with the startup file's path (or null). */
    static int run(InterpreterOptions options, boolean quiet, String startupFile) {
        Interpreter interp = new Interpreter(options);
        return interp.runMainSession(InteractiveConsole.FILENAME, (ts, main) -> {
            if (!quiet) {
                printBanner(interp);
            }
            runStartupFile(interp, ts, main, startupFile);
            return console(interp, ts, main);
        });
    }

    /**
     * The session {@code -i} runs after the main program ({@link Interpreter#setInspect}): the
     * console in the program's {@code __main__}, without banner or startup file, as CPython's
     * {@code pymain_repl}.
     */
    public static Interpreter.MainSession inspectSession() {
        return (ts, main) -> console(ts.interpreter, ts, main);
    }

    /**
     * Whether {@code stdin} is the process's standard input and it and standard output are a
     * terminal (then the console edits lines with JLine).
     */
    static boolean isTerminal(java.io.InputStream stdin) {
        return stdin == System.in && FdTable.isTerminal(0) && FdTable.isTerminal(1);
    }

    /**
     * CPython's {@code stdin_is_interactive}: standard input is a terminal, or {@code -i} was
     * given. Then {@code taipan} (or {@code taipan -}) starts the console instead of running
     * standard input as one program.
     */
    public static boolean stdinIsInteractive(StartupOptions startup, java.io.InputStream stdin) {
        return startup.interactive() != 0 || stdin == System.in && FdTable.isTerminal(0);
    }

    /**
     * Whether the console follows the main program ({@code pymain_repl}): {@code -i} or
     * {@code PYTHONINSPECT}, and an interactive standard input.
     */
    public static boolean inspects(StartupOptions startup, java.io.InputStream stdin) {
        return startup.inspect() != 0 && stdinIsInteractive(startup, stdin);
    }

    private static int console(Interpreter interp, ThreadState ts, PyModule main) {
        LineInput input = null;
        if (isTerminal(interp.options().stdin())) {
            try {
                input = TerminalLineInput.open(new PythonCompleter(interp, main.dict()));
            } catch (IOException | RuntimeException | LinkageError e) {
                // no usable terminal after all: read plain lines as for a pipe
            }
        }
        if (input == null) {
            input = new StreamLineInput(interp.options().stdin(), interp.options().stderr());
        }
        try (LineInput in = input) {
            return new InteractiveConsole(interp, ts, main, in).run();
        }
    }

    /** CPython's {@code pymain_header}: version and platform, then where help is. */
    static void printBanner(Interpreter interp) {
        String version = Abstract.str(sysAttribute(interp, "version")).toString();
        if (!version.contains("[")) {
            version += " [Java " + Runtime.version() + "]";
        }
        String platform = Abstract.str(sysAttribute(interp, "platform")).toString();
        interp.options().stderr().print("Python " + version + " on " + platform + "\n"
                + "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        interp.options().stderr().flush();
    }

    private static PyObject sysAttribute(Interpreter interp, String name) {
        PyObject v = interp.sysAttribute(name);
        return v == null ? org.taipan.runtime.PyStr.of("") : v;
    }

    /**
     * CPython's {@code pymain_run_startup}: the file named by {@code PYTHONSTARTUP} runs in
     * {@code __main__} before the first prompt; an exception in it is printed and the session
     * goes on; a file that cannot be read is reported as CPython does.
     */
    static void runStartupFile(Interpreter interp, ThreadState ts, PyModule main, String path) {
        if (path == null || path.isEmpty()) {
            return;
        }
        byte[] source;
        try {
            source = Files.readAllBytes(Path.of(path));
        } catch (IOException | RuntimeException e) {
            String error = e instanceof java.nio.file.AccessDeniedException ? "PermissionError: [Errno 13] Permission denied"
                    : Files.isDirectory(Path.of(path)) ? "IsADirectoryError: [Errno 21] Is a directory"
                    : "FileNotFoundError: [Errno 2] No such file or directory";
            interp.options().stderr().print("Could not open PYTHONSTARTUP\n" + error + ": '" + path + "'\n");
            interp.options().stderr().flush();
            return;
        }
        try {
            CodeObject code = interp.compile(Interpreter.decodeSource(source, path), path, Mode.EXEC);
            Eval.runModule(ts, new PyCode(code), main.dict(), interp.builtins());
        } catch (PyException e) {
            interp.flushStreams();
            interp.stderr().writeString(TracebackPrinter.format(e.value));
            interp.stderr().flush();
        }
        interp.flushStreams();
    }
}
