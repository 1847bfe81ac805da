package org.taipan.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed command line: {@code taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...},
 * read as CPython 3.11's {@code Modules/main.c} and {@code Python/getopt.c} read theirs.
 *
 * <p>Options come first and may be clustered ({@code -OO}, {@code -uB}); {@code -c}, {@code -m}
 * and the script name end the option list, and everything after them is the program's
 * {@code sys.argv[1:]}. An option's argument may be attached ({@code -Xjit=off}) or the next word
 * ({@code -X jit=off}). {@code -X name} alone stands for {@code name=True}, as in
 * {@code sys._xoptions}.
 *
 * @param action     what to do
 * @param target     the command ({@link Action#RUN_COMMAND}), module ({@link Action#RUN_MODULE}),
 *                   script path ({@link Action#RUN_FILE}); null otherwise
 * @param args       the program's arguments after the target ({@code sys.argv[1:]}), or the
 *                   paths of {@code --check-syntax}
 * @param xOptions   the {@code -X} options by name, in command-line order
 * @param optimize   CPython's optimization level: the number of {@code -O} flags, at most 2
 * @param warnOptions the {@code -W} arguments, in command-line order
 * @param ignoreEnvironment {@code -E} or {@code -I}: {@code PYTHON*} variables such as
 *                   {@code PYTHONWARNINGS} are ignored
 */
public record CommandLine(Action action, String target, List<String> args, Map<String, String> xOptions,
                          int optimize, List<String> warnOptions, boolean ignoreEnvironment) {

    /** What the command line asks for. */
    public enum Action {
        /** {@code taipan FILE}. */
        RUN_FILE,
        /** {@code taipan -c CMD}. */
        RUN_COMMAND,
        /** {@code taipan -m MODULE}. */
        RUN_MODULE,
        /**
         * {@code taipan -} ({@code target} {@code "-"}) or no program at all ({@code target} null):
         * the program is read from standard input (CPython starts its REPL instead when that is a
         * terminal).
         */
        RUN_STDIN,
        /** {@code --check-syntax PATH...}. */
        CHECK_SYNTAX,
        /** {@code -V} / {@code --version}. */
        VERSION,
        /** {@code -h} / {@code -?} / {@code --help}. */
        HELP
    }

    /** The one-line usage summary, as CPython prints it after an option error. */
    public static final String USAGE = "usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    /** A malformed command line; {@link #getMessage()} is CPython's first line for it. */
    public static final class UsageException extends Exception {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    /** Flags CPython accepts that change nothing observable in Taipan yet; taken and ignored. */
    private static final String IGNORED_FLAGS = "bBdPqsSuv";

    /**
     * Parses {@code argv} (without the program name).
     *
     * @throws UsageException for an unknown option, a missing option argument or an option
     *         Taipan does not support yet, with the message to print before {@link #USAGE}
     */
    public static CommandLine parse(String[] argv) throws UsageException {
        Map<String, String> xOptions = new LinkedHashMap<>();
        int optimize = 0;
        List<String> warnOptions = new ArrayList<>();
        boolean ignoreEnvironment = false;
        int i = 0;
        while (i < argv.length) {
            String word = argv[i];
            if (word.equals("--")) {
                i++;
                break;
            }
            if (word.startsWith("--")) {
                switch (word) {
                    case "--version" -> {
                        return simple(Action.VERSION, xOptions, optimize);
                    }
                    case "--help" -> {
                        return simple(Action.HELP, xOptions, optimize);
                    }
                    case "--check-syntax" -> {
                        List<String> paths = List.of(argv).subList(i + 1, argv.length);
                        return new CommandLine(Action.CHECK_SYNTAX, null, List.copyOf(paths), xOptions, optimize, List.of(),
                                ignoreEnvironment);
                    }
                    default -> throw new UsageException("unknown option " + word);
                }
            }
            if (!word.startsWith("-") || word.equals("-")) {
                break;
            }
            // A cluster of one-letter options; c, m, X and W take the rest of the word or the next word.
            for (int k = 1; k < word.length(); k++) {
                char option = word.charAt(k);
                switch (option) {
                    case 'c', 'm', 'X', 'W' -> {
                        String value;
                        if (k + 1 < word.length()) {
                            value = word.substring(k + 1);
                        } else if (i + 1 < argv.length) {
                            value = argv[++i];
                        } else {
                            throw new UsageException("Argument expected for the -" + option + " option");
                        }
                        if (option == 'c' || option == 'm') {
                            Action action = option == 'c' ? Action.RUN_COMMAND : Action.RUN_MODULE;
                            return new CommandLine(action, value, rest(argv, i + 1), xOptions, optimize,
                                    List.copyOf(warnOptions), ignoreEnvironment);
                        }
                        if (option == 'X') {
                            addXOption(xOptions, value);
                            checkXOption(xOptions, value.split("=", 2)[0]);
                        }
                        if (option == 'W') {
                            warnOptions.add(value);
                        }
                        k = word.length();
                    }
                    case 'O' -> optimize = Math.min(optimize + 1, 2);
                    case 'E', 'I' -> ignoreEnvironment = true;
                    case 'V' -> {
                        return simple(Action.VERSION, xOptions, optimize);
                    }
                    case 'h', '?' -> {
                        return simple(Action.HELP, xOptions, optimize);
                    }
                    case 'i', 'x' -> throw new UsageException("option -" + option + " is not supported by Taipan yet");
                    default -> {
                        if (IGNORED_FLAGS.indexOf(option) < 0) {
                            throw new UsageException("Unknown option: -" + option);
                        }
                    }
                }
            }
            i++;
        }
        if (i < argv.length) {
            String script = argv[i];
            Action action = script.equals("-") ? Action.RUN_STDIN : Action.RUN_FILE;
            return new CommandLine(action, script, rest(argv, i + 1), xOptions, optimize, List.copyOf(warnOptions),
                    ignoreEnvironment);
        }
        return new CommandLine(Action.RUN_STDIN, null, List.of(), xOptions, optimize, List.copyOf(warnOptions),
                ignoreEnvironment);
    }

    /** {@code name=value}, or {@code name} alone meaning {@code name=True} ({@code sys._xoptions}). */
    private static void addXOption(Map<String, String> xOptions, String option) {
        int eq = option.indexOf('=');
        if (eq < 0) {
            xOptions.put(option, org.taipan.runtime.InterpreterOptions.BARE_X_OPTION);
        } else {
            xOptions.put(option.substring(0, eq), option.substring(eq + 1));
        }
    }

    /** Rejects a bad value of the options Taipan defines; other names pass, as CPython lets them. */
    private static void checkXOption(Map<String, String> xOptions, String name) throws UsageException {
        String value = xOptions.get(name);
        switch (name) {
            case "jit" -> {
                if (!value.equals("on") && !value.equals("off") && !value.equals("True")) {
                    throw new UsageException("-X jit: expected 'on' or 'off', not '" + value + "'");
                }
            }
            case "jit-threshold" -> {
                if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) < 1) {
                    throw new UsageException("-X jit-threshold: expected a positive integer, not '" + value + "'");
                }
            }
            default -> { }
        }
    }

    private static List<String> rest(String[] argv, int from) {
        List<String> rest = new ArrayList<>();
        for (int k = from; k < argv.length; k++) {
            rest.add(argv[k]);
        }
        return Collections.unmodifiableList(rest);
    }

    private static CommandLine simple(Action action, Map<String, String> xOptions, int optimize) {
        return new CommandLine(action, null, List.of(), xOptions, optimize, List.of(), false);
    }

    /** True when {@code -X name} was given (with any value). */
    public boolean hasXOption(String name) {
        return xOptions.containsKey(name);
    }
}
