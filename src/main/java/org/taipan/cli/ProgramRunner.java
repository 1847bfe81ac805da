package org.taipan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.taipan.ast.Mod;
import org.taipan.code.CodeObject;
import org.taipan.compile.Compiler;
import org.taipan.modules.posix.FsEncoding;
import org.taipan.parse.Mode;
import org.taipan.parse.Parser;
import org.taipan.parse.SourceDecoder;
import org.taipan.parse.SyntaxErrorException;
import org.taipan.parse.WarningSink;
import org.taipan.runtime.FatalStartupError;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.InterpreterOptions;

/**
 * Runs one Python program as {@code __main__} in a fresh {@link Interpreter}: the path the
 * command line and the differential test harness share.
 *
 * <p>The pipeline: bytes, {@link SourceDecoder#decode}, {@link Parser#parse} (exec mode),
 * {@link Compiler#compile}, {@link Interpreter#runMain}. Everything the program or Taipan says
 * goes to the options' {@code stdout} and {@code stderr}; nothing is printed elsewhere and
 * nothing escapes: the result is always an exit status.
 * <ul>
 *   <li>a {@code SyntaxError} before the program runs is printed as CPython prints it for a
 *       script ({@link SyntaxErrorPrinter}), status 1;</li>
 *   <li>an uncaught Python exception or {@code SystemExit} is the interpreter's to report; its
 *       status is returned;</li>
 *   <li>any other Java exception or error is a Taipan bug: one line
 *       {@code taipan: internal error: ...}, status 1, and the Java stack trace only when
 *       {@code -X java-traceback} is set.</li>
 * </ul>
 */
public final class ProgramRunner {
    /** The program name used in messages, as CPython uses {@code argv[0]}. */
    public static final String PROGRAM_NAME = "taipan";

    /** The {@code -X} option that adds the Java stack trace to an internal error report. */
    public static final String JAVA_TRACEBACK_OPTION = "java-traceback";

    private final InterpreterOptions options;
    private boolean endedByKeyboardInterrupt;
    /** The interpreter of the program being run, once there is one. */
    private volatile Interpreter running;
    private volatile boolean stopRequested;

    /** @param options the interpreter's streams, {@code sys.argv}, {@code -X} options and {@code -O} level */
    public ProgramRunner(InterpreterOptions options) {
        this.options = options;
    }

    /** The session run after the program ({@code -i}), or null. */
    private Interpreter.MainSession inspect;

    /**
     * Runs {@code session} after the program in its {@code __main__} ({@code -i}, see
     * {@link Interpreter#setInspect}); also after a SyntaxError or a script that cannot be
     * opened, in a fresh {@code __main__}, as CPython's {@code pymain_repl}.
     *
     * @return this runner
     */
    public ProgramRunner inspect(Interpreter.MainSession session) {
        this.inspect = session;
        return this;
    }

    /** After a program that could not start: the {@code -i} session if any, else {@code status}. */
    private int inspectAfterFailure(int status) {
        if (inspect == null) {
            return status;
        }
        options.stdout().flush();
        options.stderr().flush();
        return new Interpreter(options).runMainSession("<stdin>", inspect);
    }

    /**
     * Stops the program this runner runs, from another thread: each of its threads ends at its
     * next check whatever the program catches ({@link org.taipan.runtime.PendingEvents#requestStop});
     * a program not started yet is stopped as it starts. For a host that abandons a run past its
     * time limit, so that the run does not go on using a core. The run then ends quietly with
     * {@link #STOPPED_STATUS}.
     */
    public void stop() {
        stopRequested = true;
        Interpreter interp = running;
        if (interp != null) {
            interp.events().requestStop();
        }
    }

    /**
     * The thread the program's {@code __main__} runs on, for a host that measures its CPU time.
     *
     * @return the thread, or null when the program has not started it yet
     */
    public Thread mainThread() {
        Interpreter interp = running;
        return interp == null ? null : interp.mainThread();
    }

    /** The interpreter of the program run last or running now; null before the first. */
    Interpreter running() {
        return running;
    }

    /** A new interpreter for the program, stopped at once if {@link #stop} came first. */
    private Interpreter newInterpreter() {
        Interpreter interp = new Interpreter(options);
        running = interp;
        // both fields are volatile: stop() either sees this interpreter or set the flag read here
        if (stopRequested) {
            interp.events().requestStop();
        }
        return interp;
    }

    /** The options the program runs with. */
    public InterpreterOptions options() {
        return options;
    }

    /**
     * Runs the script at {@code path}. Its code's filename is the absolute form of the path as
     * given, not normalized ({@code ./x.py} becomes {@code /cwd/./x.py}), as CPython 3.9+ does.
     *
     * @return the exit status; 2 with CPython's {@code can't open file} message when the file
     *         cannot be read
     */
    public int runFile(Path path) {
        return runFile(path, false);
    }

    /**
     * As {@link #runFile(Path)}; with {@code skipFirstLine} ({@code -x}) the first line of the
     * file is not part of the program, though line numbers still count it, as CPython.
     *
     * @return the exit status
     */
    public int runFile(Path path, boolean skipFirstLine) {
        // against the process's directory byte for byte (the JVM's user.dir loses bytes that are not UTF-8)
        Path absolute = path.isAbsolute() ? path : FsEncoding.startingDirectory().resolve(path);
        // the file's name as Python sees it (bytes that are not UTF-8 escaped), and as stderr shows it
        String name = FsEncoding.text(absolute);
        byte[] source;
        try {
            source = Files.readAllBytes(absolute);
        } catch (IOException | SecurityException e) {
            if (Files.isDirectory(absolute)) {
                // CPython runs the directory's __main__ module
                Path directory = absolute.normalize();
                if (!Files.isRegularFile(directory.resolve("__main__.py"))
                        && !Files.isRegularFile(directory.resolve("__main__.pyc"))) {
                    return inspectAfterFailure(message("can't find '__main__' module in '"
                            + FsEncoding.backslashed(FsEncoding.text(directory)) + "'", 1));
                }
                return runDirectory(FsEncoding.text(directory));
            }
            return inspectAfterFailure(message("can't open file '" + FsEncoding.backslashed(name) + "': "
                    + errnoText(e), 2));
        }
        if (!skipFirstLine && isZipArchive(source)) {
            // an application archive (zipapp, perhaps behind a "#!" line): its __main__ module runs,
            // the archive first on sys.path, as CPython's zipimporter hook makes it
            if (!hasMainModule(absolute)) {
                return inspectAfterFailure(message("can't find '__main__' module in '" + FsEncoding.backslashed(name)
                        + "'", 1));
            }
            return runDirectory(name);
        }
        if (!skipFirstLine && org.taipan.imports.CompiledScript.isCompiled(name, source)) {
            return runAsMain(interp -> interp.runCompiledMain(source, name));
        }
        return runSource(skipFirstLine ? skipFirstLine(source) : source, name);
    }

    /** Whether the Zip archive {@code archive} holds a {@code __main__} module (source or compiled). */
    private static boolean hasMainModule(Path archive) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(archive.toFile())) {
            return zip.getEntry("__main__.py") != null || zip.getEntry("__main__.pyc") != null;
        } catch (IOException e) {
            return true; // zipimport will say what is wrong with it
        }
    }

    /**
     * Whether {@code file} ends with a Zip archive's end-of-central-directory record (in its last
     * 65,557 bytes: the record and the longest comment), which is where zipimport looks; data
     * before the archive (a "#!" line) does not matter.
     */
    static boolean isZipArchive(byte[] file) {
        int from = Math.max(0, file.length - 65_557);
        for (int i = file.length - 22; i >= from; i--) {
            if (file[i] == 'P' && file[i + 1] == 'K' && file[i + 2] == 5 && file[i + 3] == 6) {
                int commentLength = (file[i + 20] & 0xff) | (file[i + 21] & 0xff) << 8;
                if (i + 22 + commentLength == file.length) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code source} with its first line emptied ({@code -x}): everything before the first
     * newline dropped, the newline kept so that line numbers stay the file's.
     */
    public static byte[] skipFirstLine(byte[] source) {
        for (int i = 0; i < source.length; i++) {
            if (source[i] == '\n') {
                return java.util.Arrays.copyOfRange(source, i, source.length);
            }
        }
        return new byte[0];
    }

    /**
     * Runs {@code source} (bytes, decoded as a source file is: coding cookie, BOM, UTF-8) as
     * {@code __main__}, its code named {@code filename} ({@code "<string>"} for {@code -c},
     * {@code "<stdin>"} for standard input).
     *
     * @return the exit status
     */
    public int runSource(byte[] source, String filename) {
        try {
            WarningSink.Collected warnings = new WarningSink.Collected();
            CodeObject code = compile(source, filename, warnings);
            options.stdout().flush();
            Interpreter interp = newInterpreter();
            interp.setInspect(inspect);
            int status = interp.runMain(code, warnings.warnings());
            endedByKeyboardInterrupt = interp.endedByKeyboardInterrupt();
            return status;
        } catch (SyntaxErrorException e) {
            options.stdout().flush();
            SyntaxErrorPrinter.print(e, options.stderr());
            return inspectAfterFailure(1);
        } catch (FatalStartupError e) {
            return fatal(e);
        } catch (Throwable t) {
            return stoppedOrInternalError(t);
        } finally {
            options.stdout().flush();
            options.stderr().flush();
        }
    }

    /** Runs the {@code __main__.py} of {@code directory} as {@code __main__} ({@code taipan DIRECTORY}). */
    private int runDirectory(String directory) {
        return runAsMain(interp -> interp.runPathAsMain(directory));
    }

    /**
     * Runs module {@code name} as {@code __main__} ({@code -m name}).
     *
     * @return the exit status
     */
    public int runModule(String name) {
        return runAsMain(interp -> interp.runModuleAsMain(name));
    }

    /** Runs {@code main} (which runs something as {@code __main__}) in a new interpreter. */
    private int runAsMain(java.util.function.ToIntFunction<Interpreter> main) {
        try {
            options.stdout().flush();
            Interpreter interp = newInterpreter();
            interp.setInspect(inspect);
            int status = main.applyAsInt(interp);
            endedByKeyboardInterrupt = interp.endedByKeyboardInterrupt();
            return status;
        } catch (FatalStartupError e) {
            return fatal(e);
        } catch (Throwable t) {
            return stoppedOrInternalError(t);
        } finally {
            options.stdout().flush();
            options.stderr().flush();
        }
    }

    /**
     * The front end alone: decodes, parses and compiles a source file's bytes.
     *
     * @throws SyntaxErrorException for bad source
     */
    public CodeObject compile(byte[] source, String filename) {
        return compile(source, filename, WarningSink.IGNORE);
    }

    /**
     * As {@link #compile(byte[], String)}, giving the front end's warnings to {@code warnings}.
     *
     * @throws SyntaxErrorException for bad source
     */
    public CodeObject compile(byte[] source, String filename, WarningSink warnings) {
        // -c's command is text already (CPython compiles it with PyCF_IGNORE_COOKIE): a coding
        // cookie in it declares nothing
        String text = filename.equals("<string>") ? new String(source, StandardCharsets.UTF_8)
                : SourceDecoder.decode(source, filename);
        // -c's command is a string to CPython (PyRun_SimpleStringFlags), a file or stdin is read as
        // a file: SyntaxError columns in characters only for the former and for declared encodings
        Mod module;
        try {
            module = Parser.parse(text, filename, Mode.EXEC, warnings, org.taipan.parse.Literals.INT_MAX_STR_DIGITS,
                    filename.equals("<string>") || SourceDecoder.declaresEncoding(source));
        } catch (SyntaxErrorException e) {
            throw Interpreter.withFileLine(e, Mode.EXEC);
        }
        try {
            return Compiler.compile(module, filename, text, Mode.EXEC, options.optimize(), warnings);
        } catch (SyntaxErrorException e) {
            // CPython reads a compile-time error's line from the file: none for -c and stdin
            throw Interpreter.withProgramText(e);
        }
    }

    /** The exit status of a run ended by {@link #stop}. */
    public static final int STOPPED_STATUS = 1;

    /**
     * A run's end by a Java throwable: quietly {@link #STOPPED_STATUS} when {@link #stop} ended it
     * (the main thread leaves by {@code Gil.ThreadExit}, which is no error of Taipan's), else
     * {@link #internalError}.
     */
    private int stoppedOrInternalError(Throwable t) {
        if (stopRequested && t instanceof org.taipan.runtime.Gil.ThreadExit) {
            return STOPPED_STATUS;
        }
        return internalError(t);
    }

    /**
     * Reports a Java exception that escaped Taipan (a bug, never the program's fault) on one
     * line, with the Java trace only under {@code -X java-traceback}.
     *
     * @return 1, the exit status for it
     */
    public int internalError(Throwable t) {
        PrintStream err = options.stderr();
        String detail = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
        err.print(PROGRAM_NAME + ": internal error: " + t.getClass().getName() + detail);
        if (options.xOptions().containsKey(JAVA_TRACEBACK_OPTION)) {
            err.println();
            t.printStackTrace(err);
        } else {
            err.println(" (run with -X " + JAVA_TRACEBACK_OPTION + " for the Java stack trace)");
        }
        err.flush();
        return 1;
    }

    /**
     * Whether the last program run ended with an uncaught {@code KeyboardInterrupt}, after which
     * the command line ends the process by SIGINT (see {@link Interpreter#endedByKeyboardInterrupt}).
     */
    public boolean endedByKeyboardInterrupt() {
        return endedByKeyboardInterrupt;
    }

    /** A setting CPython would not start with (an unknown {@code PYTHONIOENCODING}): its report, status 1. */
    private int fatal(FatalStartupError e) {
        options.stdout().flush();
        options.stderr().print(e.report());
        options.stderr().flush();
        return 1;
    }

    private int message(String text, int status) {
        options.stderr().println(PROGRAM_NAME + ": " + text);
        options.stderr().flush();
        return status;
    }

    /** CPython's {@code [Errno N] strerror} for the usual reasons a file cannot be opened. */
    private static String errnoText(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "[Errno 2] No such file or directory";
        }
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "[Errno 13] Permission denied";
        }
        String reason = e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : reason;
    }

    /** Encodes text for {@link #runSource} as CPython does for {@code -c}: UTF-8. */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
