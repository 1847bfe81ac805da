package org.taipan.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.taipan.runtime.FatalStartupError;
import org.taipan.runtime.PyHash;
import org.taipan.runtime.StartupOptions;

/**
 * Reads the command line and the {@code PYTHON*} environment variables into the interpreter's
 * {@link StartupOptions}, as CPython 3.11's {@code Python/initconfig.c} and
 * {@code Python/preconfig.c} do: a flag given on the command line or by its variable
 * ({@code -u} or {@code PYTHONUNBUFFERED}), the variables ignored under {@code -E} and
 * {@code -I}, and CPython's fatal errors for values it refuses to start with.
 */
final class StartupConfig {
    /** The smallest int/str digit limit but 0 (CPython's {@code _PY_LONG_MAX_STR_DIGITS_THRESHOLD}). */
    private static final int MIN_INT_MAX_STR_DIGITS = 640;

    private StartupConfig() {}

    /**
     * The start-up options of {@code line} in environment {@code env}.
     *
     * @param origArgv the whole command line, program name first ({@code sys.orig_argv})
     * @ for an invalid {@code PYTHONUTF8}, {@code -X utf8}, {@code PYTHONHASHSEED},
     *         {@code PYTHONINTMAXSTRDIGITS} or {@code -X int_max_str_digits}
     */
    static StartupOptions read(CommandLine line, Map<String, String> env, List<String> origArgv) {
        boolean isolated = line.count('I') > 0;
        boolean useEnv = !line.ignoreEnvironment();
        String ctype = localeCtype(env);
        int utf8 = utf8Mode(line, variable(env, useEnv, "PYTHONUTF8"), ctype);
        if (PyHash.parseSeed(variable(env, useEnv, "PYTHONHASHSEED")) == PyHash.INVALID_SEED) {
            throw new FatalStartupError("config_init_hash_seed",
                    "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]", "preinitialized", null);
        }
        int intMaxStrDigits = intMaxStrDigits(line, variable(env, useEnv, "PYTHONINTMAXSTRDIGITS"));
        String ioEncoding = null;
        String ioErrors = null;
        String io = variable(env, useEnv, "PYTHONIOENCODING");
        if (io != null) {
            // config_init_stdio_encoding: "encoding[:errors]"; an encoding without errors means strict
            int colon = io.indexOf(':');
            String encoding = colon < 0 ? io : io.substring(0, colon);
            String errors = colon < 0 || colon == io.length() - 1 ? null : io.substring(colon + 1);
            if (!encoding.isEmpty()) {
                ioEncoding = encoding;
                if (errors == null) {
                    errors = "strict";
                }
            }
            ioErrors = errors;
        }
        if (ioErrors == null && (utf8 == 1 || COERCION_TARGETS.contains(ctype) || ctype.equals("C") || ctype.equals("POSIX"))) {
            // config_get_stdio_errors: the UTF-8 mode, the legacy C and POSIX locales and the
            // C.UTF-8 locales escape undecodable bytes
            ioErrors = "surrogateescape";
        }
        return new StartupOptions(
                flag(line.count('d'), env, useEnv, "PYTHONDEBUG"),
                flag(line.count('i'), env, useEnv, "PYTHONINSPECT"),
                line.count('i'),
                Math.min(1, flag(line.count('B'), env, useEnv, "PYTHONDONTWRITEBYTECODE")),
                isolated ? 1 : Math.min(1, flag(line.count('s'), env, useEnv, "PYTHONNOUSERSITE")),
                Math.min(1, line.count('S')),
                useEnv ? 0 : 1,
                flag(line.count('v'), env, useEnv, "PYTHONVERBOSE"),
                line.count('b'),
                Math.min(1, line.count('q')),
                isolated ? 1 : 0,
                devMode(line, env, useEnv),
                utf8,
                line.hasXOption("warn_default_encoding") || variable(env, useEnv, "PYTHONWARNDEFAULTENCODING") != null
                        ? 1 : 0,
                isolated || line.count('P') > 0 || variable(env, useEnv, "PYTHONSAFEPATH") != null,
                intMaxStrDigits,
                flag(line.count('u'), env, useEnv, "PYTHONUNBUFFERED") > 0,
                ioEncoding,
                ioErrors,
                origArgv,
                line.hasXOption("no_debug_ranges") || variable(env, useEnv, "PYTHONNODEBUGRANGES") != null,
                pycachePrefix(line, env, useEnv));
    }

    /**
     * CPython's {@code config_init_pycache_prefix}: {@code -X pycache_prefix=PATH} (None when it has
     * no value), else a non-empty {@code PYTHONPYCACHEPREFIX}; the path as given, not made absolute.
     */
    private static String pycachePrefix(CommandLine line, Map<String, String> env, boolean useEnv) {
        if (line.hasXOption("pycache_prefix")) {
            String value = line.configXOption("pycache_prefix");
            return value == org.taipan.runtime.InterpreterOptions.BARE_X_OPTION || value.isEmpty() ? null : value;
        }
        return variable(env, useEnv, "PYTHONPYCACHEPREFIX");
    }

    /** {@code -O} and {@code PYTHONOPTIMIZE}: the larger of the two. */
    static int optimize(CommandLine line, Map<String, String> env) {
        return flag(line.optimize(), env, !line.ignoreEnvironment(), "PYTHONOPTIMIZE");
    }

    /** {@code -X dev} or a non-empty {@code PYTHONDEVMODE}. */
    static boolean devMode(CommandLine line, Map<String, String> env, boolean useEnv) {
        return line.hasXOption("dev") || variable(env, useEnv, "PYTHONDEVMODE") != null;
    }

    /**
     * {@code sys.warnoptions} as CPython's {@code config_init_warnoptions} builds it, lowest
     * priority first (warnings.py inserts each filter in front of the previous ones):
     * {@code "default"} in development mode, the comma-separated {@code PYTHONWARNINGS} (unless
     * {@code -E}/{@code -I}; empty items dropped), the {@code -W} options, then the BytesWarning
     * filter of {@code -b}/{@code -bb}; an option already present is not added again.
     */
    static List<String> warnOptions(CommandLine line, Map<String, String> env) {
        boolean useEnv = !line.ignoreEnvironment();
        LinkedHashSet<String> options = new LinkedHashSet<>();
        if (devMode(line, env, useEnv)) {
            options.add("default");
        }
        String warnings = variable(env, useEnv, "PYTHONWARNINGS");
        if (warnings != null) {
            for (String part : warnings.split(",")) {
                if (!part.isEmpty()) {
                    options.add(part);
                }
            }
        }
        options.addAll(line.warnOptions());
        if (line.count('b') > 0) {
            options.add(line.count('b') > 1 ? "error::BytesWarning" : "default::BytesWarning");
        }
        return List.copyOf(options);
    }

    /** CPython's {@code _Py_GetEnv}: null when ignored, unset or empty. */
    private static String variable(Map<String, String> env, boolean useEnv, String name) {
        String value = useEnv ? env.get(name) : null;
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * CPython's {@code _Py_get_env_flag}: the command-line count, raised to the variable's
     * number; a variable that is not a non-negative number counts as 1.
     */
    private static int flag(int count, Map<String, String> env, boolean useEnv, String name) {
        String value = variable(env, useEnv, name);
        if (value == null) {
            return count;
        }
        Integer n = strToInt(value);
        return Math.max(count, n == null || n < 0 ? 1 : n);
    }

    /** CPython's {@code _Py_str_to_int} (strtol, base 10, the whole string, int range), or null. */
    private static Integer strToInt(String s) {
        String t = s.stripLeading();
        if (t.startsWith("+")) {
            t = t.substring(1);
            if (t.startsWith("-")) {
                return null;
            }
        }
        try {
            return t.startsWith("+") ? null : Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The locales CPython coerces the C locale to (PEP 538), where stdio escapes undecodable bytes. */
    private static final java.util.Set<String> COERCION_TARGETS = java.util.Set.of("C.UTF-8", "C.utf8", "UTF-8");

    /**
     * The {@code LC_CTYPE} locale a C program gets from {@code setlocale(LC_CTYPE, "")}: the first
     * non-empty of {@code LC_ALL}, {@code LC_CTYPE}, {@code LANG}, else {@code C}. (A locale that
     * is not installed also leaves a C program in {@code C}; Taipan cannot tell and takes the name.)
     */
    private static String localeCtype(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return "C";
    }

    /**
     * {@code -X utf8[=0|1]} over {@code PYTHONUTF8} (preconfig_init_utf8_mode); without either, on
     * in the C and POSIX locales (PEP 540).
     *
     * @throws FatalStartupError for another value
     */
    private static int utf8Mode(CommandLine line, String variable, String ctype) {
        if (line.hasXOption("utf8")) {
            String value = line.configXOption("utf8");
            if (value == org.taipan.runtime.InterpreterOptions.BARE_X_OPTION || value.equals("1")) {
                return 1;
            }
            if (value.equals("0")) {
                return 0;
            }
            throw new FatalStartupError("preconfig_init_utf8_mode", "invalid -X utf8 option value", "preinitializing", null);
        }
        if (variable == null) {
            return ctype.equals("C") || ctype.equals("POSIX") ? 1 : 0;
        }
        if (variable.equals("1") || variable.equals("0")) {
            return variable.equals("1") ? 1 : 0;
        }
        throw new FatalStartupError("preconfig_init_utf8_mode", "invalid PYTHONUTF8 environment variable value",
                "preinitializing", null);
    }

    /** {@code -X int_max_str_digits=N} over {@code PYTHONINTMAXSTRDIGITS}: -1 when neither is given. */
    private static int intMaxStrDigits(CommandLine line, String variable) {
        String value;
        String what;
        if (line.hasXOption("int_max_str_digits")) {
            value = line.configXOption("int_max_str_digits");
            value = value == org.taipan.runtime.InterpreterOptions.BARE_X_OPTION ? "" : value;
            what = "-X int_max_str_digits";
        } else if (variable != null) {
            value = variable;
            what = "PYTHONINTMAXSTRDIGITS";
        } else {
            return -1;
        }
        Integer n = strToInt(value);
        if (n == null || n != 0 && n < MIN_INT_MAX_STR_DIGITS) {
            throw new FatalStartupError("config_init_int_max_str_digits",
                    what + ": invalid limit; must be >= 640 or 0 for unlimited.", "preinitialized", null);
        }
        return n;
    }
}
