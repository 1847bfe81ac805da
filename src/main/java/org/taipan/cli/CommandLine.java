package org.taipan.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed command line: {@code taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...},
 * read as CPython 3.11's {@code Python/initconfig.c} ({@code config_parse_cmdline}) and
 * {@code Python/getopt.c} read theirs.
 *
 * <p>Options come first and may be clustered ({@code -OO}, {@code -uB}); {@code -c}, {@code -m}
 * and the script name end the option list, and everything after them is the program's
 * {@code sys.argv[1:]}; {@code --} ends the options too (the next word is the script, even when
 * it starts with {@code -}). An option's argument may be attached ({@code -Xjit=off}) or the next
 * word ({@code -X jit=off}). {@code -X name} alone stands for {@code name=True}, as in
 * {@code sys._xoptions}. {@code -V} and {@code -h} are acted on only once the whole option list
 * parsed, as CPython (so {@code -V -Z} is still a usage error, but {@code -Vc pass} prints the
 * version).
 *
 * @param action     what to do
 * @param target     the command ({@link Action#RUN_COMMAND}), module ({@link Action#RUN_MODULE}),
 *                   script path ({@link Action#RUN_FILE}); null otherwise
 * @param args       the program's arguments after the target ({@code sys.argv[1:]}), or the
 *                   paths of {@code --check-syntax}
 * @param xOptions   the {@code -X} options by name, in command-line order (a repeated name keeps
 *                   its first position and its last value, as a dict would)
 * @param switches   the one-letter flags without argument as given, in order ({@code "OOuB"}):
 *                   {@link #count} tells how often one was given
 * @param warnOptions the {@code -W} arguments, in command-line order
 * @param firstXOptions the {@code -X} options by name with the value each was first given:
 *                   what CPython's configuration reads ({@code config_get_xoption} takes the first
 *                   match), where {@code sys._xoptions} keeps the last
 */
public record CommandLine(Action action, String target, List<String> args, Map<String, String> xOptions,
                          String switches, List<String> warnOptions, Map<String, String> firstXOptions) {

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
        /** {@code -V} / {@code --version} ({@code -VV}: {@link #count}{@code ('V')} is 2). */
        VERSION,
        /** {@code -h} / {@code -?} / {@code --help}. */
        HELP,
        /** {@code --help-env}. */
        HELP_ENV,
        /** {@code --help-xoptions}. */
        HELP_XOPTIONS,
        /** {@code --help-all}. */
        HELP_ALL
    }

    /** The one-line usage summary, as CPython prints it after an option error. */
    public static final String USAGE = "usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    /** The line CPython prints after {@link #USAGE} for an option error (it says {@code python} there too). */
    public static final String TRY_HELP = "Try `python -h' for more information.";

    /** A malformed command line; {@link #getMessage()} is CPython's first line for it. */
    public static final class UsageException extends Exception {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    /** The one-letter options that take no argument (CPython's {@code PROGRAM_OPTS} without c, m, W, X). */
    private static final String SWITCHES = "bBdEhiIOPqRsSuvVx?";

    /**
     * Parses {@code argv} (without the program name).
     *
     * @throws UsageException for an unknown option or a missing option argument, with CPython's
     *         message to print before {@link #USAGE}
     */
    public static CommandLine parse(String[] argv) throws UsageException {
        Map<String, String> xOptions = new LinkedHashMap<>();
        Map<String, String> firstXOptions = new LinkedHashMap<>();
        StringBuilder switches = new StringBuilder();
        List<String> warnOptions = new ArrayList<>();
        int i = 0;
        Action action = null;
        String target = null;
        while (i < argv.length) {
            String word = argv[i];
            if (word.equals("--")) {
                i++;
                break;
            }
            if (word.startsWith("--")) {
                switch (word) {
                    case "--version" -> switches.append('V');
                    case "--help", "--help-env", "--help-xoptions", "--help-all" -> {
                        // printed at once, before reading further options, as CPython
                        Action help = switch (word) {
                            case "--help" -> Action.HELP;
                            case "--help-env" -> Action.HELP_ENV;
                            case "--help-xoptions" -> Action.HELP_XOPTIONS;
                            default -> Action.HELP_ALL;
                        };
                        return new CommandLine(help, null, List.of(), xOptions, switches.toString(), List.of(), firstXOptions);
                    }
                    case "--check-hash-based-pycs" -> {
                        // Taipan writes no .pyc files: the value is checked and has no effect
                        if (i + 1 >= argv.length) {
                            throw new UsageException("Argument expected for the --check-hash-based-pycs options");
                        }
                        String value = argv[++i];
                        if (!value.equals("always") && !value.equals("never") && !value.equals("default")) {
                            throw new UsageException(
                                    "--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
                        }
                    }
                    case "--check-syntax" -> {
                        List<String> paths = List.of(argv).subList(i + 1, argv.length);
                        return new CommandLine(Action.CHECK_SYNTAX, null, List.copyOf(paths), xOptions,
                                switches.toString(), List.of(), firstXOptions);
                    }
                    default -> throw new UsageException("unknown option " + word);
                }
                i++;
                continue;
            }
            if (!word.startsWith("-") || word.equals("-")) {
                break;
            }
            // A cluster of one-letter options; c, m, X and W take the rest of the word or the next word.
            for (int k = 1; k < word.length() && action == null; k++) {
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
                            action = option == 'c' ? Action.RUN_COMMAND : Action.RUN_MODULE;
                            target = value;
                        }
                        if (option == 'X') {
                            addXOption(xOptions, firstXOptions, value);
                            checkXOption(xOptions, value.split("=", 2)[0]);
                        }
                        if (option == 'W') {
                            warnOptions.add(value);
                        }
                        k = word.length();
                    }
                    case 'J' -> throw new UsageException("-J is reserved for Jython");
                    case 'h', '?' -> {
                        // CPython prints the help at once, before reading further options
                        return new CommandLine(Action.HELP, null, List.of(), xOptions, switches.toString(), List.of(), firstXOptions);
                    }
                    default -> {
                        if (SWITCHES.indexOf(option) < 0) {
                            throw new UsageException("Unknown option: -" + option);
                        }
                        switches.append(option);
                    }
                }
            }
            i++;
            if (action != null) {
                break;
            }
        }
        if (switches.indexOf("V") >= 0) {
            return new CommandLine(Action.VERSION, null, List.of(), xOptions, switches.toString(), List.of(), firstXOptions);
        }
        if (action == null && i < argv.length) {
            target = argv[i++];
            action = target.equals("-") ? Action.RUN_STDIN : Action.RUN_FILE;
        }
        if (action == null) {
            action = Action.RUN_STDIN;
        }
        return new CommandLine(action, target, rest(argv, i), xOptions, switches.toString(), List.copyOf(warnOptions),
                firstXOptions);
    }

    /** How many times the one-letter flag {@code option} was given (CPython counts -v, -b, -O, -V). */
    public int count(char option) {
        int n = 0;
        for (int k = 0; k < switches.length(); k++) {
            if (switches.charAt(k) == option) {
                n++;
            }
        }
        return n;
    }

    /** CPython's optimization level: the number of {@code -O} flags ({@code -OOO} is 3, as in CPython). */
    public int optimize() {
        return count('O');
    }

    /** {@code -i}: inspect interactively after the program (the REPL's; {@code sys.flags.inspect}). */
    public boolean inspect() {
        return count('i') > 0;
    }

    /** {@code -q}: no version and copyright banner in the REPL ({@code sys.flags.quiet}). */
    public boolean quiet() {
        return count('q') > 0;
    }

    /** {@code -E} or {@code -I}: the {@code PYTHON*} environment variables are ignored. */
    public boolean ignoreEnvironment() {
        return count('E') > 0 || count('I') > 0;
    }

    /** {@code name=value}, or {@code name} alone meaning {@code name=True} ({@code sys._xoptions}). */
    private static void addXOption(Map<String, String> xOptions, Map<String, String> firstXOptions, String option) {
        int eq = option.indexOf('=');
        String name = eq < 0 ? option : option.substring(0, eq);
        String value = eq < 0 ? org.taipan.runtime.InterpreterOptions.BARE_X_OPTION : option.substring(eq + 1);
        xOptions.put(name, value);
        firstXOptions.putIfAbsent(name, value);
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
            case "jit-entry" -> {
                if (!value.equals("on") && !value.equals("off")) {
                    throw new UsageException("-X jit-entry: expected 'on' or 'off', not '" + value + "'");
                }
            }
            case "jit-threshold" -> {
                if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) < 1) {
                    throw new UsageException("-X jit-threshold: expected a positive integer, not '" + value + "'");
                }
            }
            case org.taipan.jit.log.JitListeners.LOG, org.taipan.jit.log.JitListeners.STATS -> {
                String error = name.equals(org.taipan.jit.log.JitListeners.LOG)
                        ? org.taipan.jit.log.JitListeners.checkLog(value) : org.taipan.jit.log.JitListeners.checkStats(value);
                if (error != null) {
                    throw new UsageException(error);
                }
            }
            case org.taipan.sandbox.PermissionsOption.NAME -> {
                String unknown = org.taipan.sandbox.PermissionsOption.unknownName(value);
                if (unknown != null) {
                    throw new UsageException("-X permissions: expected 'none' or a comma-separated list of"
                            + " file_system, process, network, java; not '" + unknown + "'");
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

    /**
     * The value {@code -X name} was first given, as CPython's start-up configuration reads
     * {@code pycache_prefix}, {@code utf8} and {@code int_max_str_digits}; null when not given.
     */
    public String configXOption(String name) {
        return firstXOptions.get(name);
    }

    /** True when {@code -X name} was given (with any value). */
    public boolean hasXOption(String name) {
        return xOptions.containsKey(name);
    }
}
