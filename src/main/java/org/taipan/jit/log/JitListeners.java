package org.taipan.jit.log;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.taipan.jit.JitListener;
import org.taipan.runtime.InterpreterOptions;

/**
 * The JIT's listener for an interpreter's options, and the rules for the two {@code -X} options
 * that ask for one (the command line and the embedding API check values with the same rules):
 * <ul>
 * <li>{@code -X jit-log=FILE}: the log ({@link JitLogWriter}) written to {@code FILE} as UTF-8,
 *     created or truncated when the interpreter starts; {@code -X jit-log=-} writes it to
 *     {@code stderr}. A file that cannot be opened is reported on one line of {@code stderr} and
 *     the program runs without the log.</li>
 * <li>{@code -X jit-stats} (or {@code =on}; {@code =off} is the default): the summary at exit on
 *     {@code stderr} ({@link JitStats}).</li>
 * </ul>
 */
public final class JitListeners {
    /** The option names ({@code sys._xoptions} keys). */
    public static final String LOG = "jit-log", STATS = "jit-stats";

    private JitListeners() {}

    /**
     * The listener the options ask for: {@link JitListener#NONE} without {@code -X jit-log} and
     * {@code -X jit-stats}; otherwise one listener feeding the log and/or the stats, each written
     * when {@link JitListener#finish} is called. Opens the log file.
     */
    public static JitListener create(InterpreterOptions options) {
        Map<String, String> x = options.xOptions();
        String log = x.get(LOG);
        boolean stats = statsRequested(x.get(STATS));
        if (log == null && !stats) {
            return JitListener.NONE;
        }
        PrintStream stderr = options.stderr();
        JitTally tally = new JitTally();
        List<JitListener> listeners = new ArrayList<>();
        listeners.add(tally);
        if (log != null) {
            JitListener writer = openLog(log, tally, stderr);
            if (writer != null) {
                listeners.add(writer);
            }
        }
        if (stats) {
            listeners.add(new JitStats(tally, stderr, "off".equals(x.get("jit"))));
        }
        return listeners.size() == 1 ? JitListener.NONE : new Fanout(listeners);
    }

    /** Whether a {@code -X jit-stats} value (null when absent) turns the stats on. */
    static boolean statsRequested(String value) {
        return value != null && !value.equals("off");
    }

    /**
     * The usage error for a bad {@code -X jit-log} value ({@code value} as {@code sys._xoptions}
     * holds it: {@link InterpreterOptions#BARE_X_OPTION} for a bare {@code -X jit-log}), or null.
     */
    public static String checkLog(String value) {
        if (value == null || value == InterpreterOptions.BARE_X_OPTION || value.isEmpty()) {
            return "-X jit-log: expected a file name (or - for stderr), as in -X jit-log=jit.log";
        }
        return null;
    }

    /** The usage error for a bad {@code -X jit-stats} value, or null. */
    public static String checkStats(String value) {
        if (value == InterpreterOptions.BARE_X_OPTION || value.equals("on") || value.equals("off")) {
            return null;
        }
        return "-X jit-stats: expected no value, 'on' or 'off', not '" + value + "'";
    }

    private static JitListener openLog(String name, JitTally tally, PrintStream stderr) {
        if (name.equals("-") || name == InterpreterOptions.BARE_X_OPTION) {
            return new JitLogWriter(tally, new OutputStreamWriter(stderr, StandardCharsets.UTF_8), false, stderr);
        }
        Writer out;
        try {
            out = Files.newBufferedWriter(Path.of(name), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            stderr.println("taipan: -X jit-log: can't open file '" + name + "': " + reason(e));
            stderr.flush();
            return null;
        }
        return new JitLogWriter(tally, out, true, stderr);
    }

    /** CPython's way of naming the common failures ({@code [Errno 2] No such file or directory}). */
    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "[Errno 2] No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "[Errno 13] Permission denied";
        }
        if (e instanceof FileSystemException f && "Is a directory".equals(f.getReason())) {
            return "[Errno 21] Is a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
