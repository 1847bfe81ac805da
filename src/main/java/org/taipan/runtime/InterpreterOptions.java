package org.taipan.runtime;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How an {@link Interpreter} is set up: {@code sys.argv}, the standard streams it writes to
 * (byte streams; Python text is written to them as UTF-8), and {@code -X} options by name
 * ({@code "jit"} to {@code "off"}, ...), and CPython's optimization level {@code optimize}
 * (0 to 2: the number of {@code -O} flags), which {@code sys.flags.optimize} shows and every
 * compilation the interpreter makes (imports, {@code exec} of a string, {@code compile()} with
 * {@code optimize=-1}) uses; {@code warnOptions} is {@code sys.warnoptions} (CPython's
 * {@code config_init_warnoptions}: {@code "default"} for {@code -X dev}, then
 * {@code PYTHONWARNINGS}, then the {@code -W} options), which the interpreter hands to
 * {@code warnings.py} at start-up. {@code permissions} is what the interpreter's Python code may
 * reach outside the interpreter (files, processes, network, Java; see {@link Permission}).
 * {@code startup} holds what the command line and environment chose besides ({@code sys.flags},
 * the standard streams' buffering and encoding, {@code sys.path} rules; see {@link StartupOptions}).
 */
public record InterpreterOptions(List<String> argv, InputStream stdin, PrintStream stdout, PrintStream stderr,
                                 Map<String, String> xOptions, int optimize, List<String> warnOptions,
                                 Set<Permission> permissions, StartupOptions startup) {
    /** Copies the permission set, so a caller's later changes to it do not reach the interpreter. */
    public InterpreterOptions {
        permissions = Set.copyOf(permissions);
        startup = startup == null ? StartupOptions.DEFAULT : startup;
    }

    /** Options with {@link StartupOptions#DEFAULT} start-up options. */
    public InterpreterOptions(List<String> argv, InputStream stdin, PrintStream stdout, PrintStream stderr,
                              Map<String, String> xOptions, int optimize, List<String> warnOptions,
                              Set<Permission> permissions) {
        this(argv, stdin, stdout, stderr, xOptions, optimize, warnOptions, permissions, StartupOptions.DEFAULT);
    }

    /** Options with every permission. */
    public InterpreterOptions(List<String> argv, InputStream stdin, PrintStream stdout, PrintStream stderr,
                              Map<String, String> xOptions, int optimize, List<String> warnOptions) {
        this(argv, stdin, stdout, stderr, xOptions, optimize, warnOptions, Permission.all());
    }

    /** Options at optimization level 0 (no {@code -O}). */
    public InterpreterOptions(List<String> argv, InputStream stdin, PrintStream stdout, PrintStream stderr,
                              Map<String, String> xOptions) {
        this(argv, stdin, stdout, stderr, xOptions, 0);
    }

    /** Options without warning options. */
    public InterpreterOptions(List<String> argv, InputStream stdin, PrintStream stdout, PrintStream stderr,
                              Map<String, String> xOptions, int optimize) {
        this(argv, stdin, stdout, stderr, xOptions, optimize, List.of());
    }

    /**
     * The value stored for a bare {@code -X name}: equal to {@code "True"} but a distinct
     * instance, so {@code sys._xoptions} can hold the bool {@code True} for it (CPython) while
     * {@code -X name=True} keeps the string {@code 'True'}. Compare with {@code ==}.
     */
    @SuppressWarnings("StringOperationCanBeSimplified")
    public static final String BARE_X_OPTION = new String("True");

    /** These options with exactly {@code granted} as the permissions (the rest unchanged). */
    public InterpreterOptions withPermissions(Set<Permission> granted) {
        return new InterpreterOptions(argv, stdin, stdout, stderr, xOptions, optimize, warnOptions, granted, startup);
    }

    /** These options with {@code options} as the start-up options (the rest unchanged). */
    public InterpreterOptions withStartup(StartupOptions options) {
        return new InterpreterOptions(argv, stdin, stdout, stderr, xOptions, optimize, warnOptions, permissions, options);
    }

    /** Options for a program run from the command line with the process's own streams. */
    public static InterpreterOptions ofProcess(List<String> argv, Map<String, String> xOptions) {
        return new InterpreterOptions(argv, System.in, System.out, System.err, xOptions);
    }

    /** Development mode ({@code -X dev} or {@code PYTHONDEVMODE}: {@code sys.flags.dev_mode}). */
    public boolean devMode() {
        return startup.devMode() || xOptions.containsKey("dev");
    }
}
