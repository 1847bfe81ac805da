package org.taipan.runtime;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * How an {@link Interpreter} is set up: {@code sys.argv}, the standard streams it writes to
 * (byte streams; Python text is written to them as UTF-8), and {@code -X} options by name
 * ({@code "jit"} to {@code "off"}, ...).
 */
public record InterpreterOptions(List<String> argv, InputStream stdin, PrintStream stdout, PrintStream stderr,
                                 Map<String, String> xOptions) {
    /** Options for a program run from the command line with the process's own streams. */
    public static InterpreterOptions ofProcess(List<String> argv, Map<String, String> xOptions) {
        return new InterpreterOptions(argv, System.in, System.out, System.err, xOptions);
    }
}
