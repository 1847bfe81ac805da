package org.taipan.runtime;

import java.util.List;

/**
 * What the command line and the {@code PYTHON*} environment variables chose for an interpreter
 * beyond its {@link InterpreterOptions} basics: the values {@code sys.flags} shows, how the
 * standard streams are made, how {@code sys.path} starts, and {@code sys.orig_argv} (CPython's
 * {@code PyConfig} fields of the same names, read by {@code Python/initconfig.c}).
 *
 * <p>Counting flags hold CPython's counts ({@code -vv} is {@code verbose} 2, {@code -bb}
 * {@code bytesWarning} 2); the others are 0 or 1, or booleans where {@code sys.flags} shows a
 * bool ({@code dev_mode}, {@code safe_path}). {@link #DEFAULT} is an interpreter embedded in
 * a Java program: nothing set.
 *
 * @param debug              {@code -d} / {@code PYTHONDEBUG}: shown only (Taipan's parser has no debug output)
 * @param inspect            {@code -i} / {@code PYTHONINSPECT}
 * @param interactive        {@code -i}
 * @param dontWriteBytecode  {@code -B} / {@code PYTHONDONTWRITEBYTECODE}: {@code sys.dont_write_bytecode},
 *                           and Taipan's on-disk code cache is then read but not written
 * @param noUserSite         {@code -s} / {@code PYTHONNOUSERSITE}, or {@code -I}
 * @param noSite             {@code -S}: {@code exit}, {@code quit} and {@code help} are not builtins
 * @param ignoreEnvironment  {@code -E} or {@code -I}: the {@code PYTHON*} variables were ignored
 * @param verbose            {@code -v} / {@code PYTHONVERBOSE}: shown only
 * @param bytesWarning       {@code -b}: shown only
 * @param quiet              {@code -q}: the REPL prints no banner
 * @param isolated           {@code -I}
 * @param devMode            {@code -X dev} / {@code PYTHONDEVMODE}
 * @param utf8Mode           {@code -X utf8} / {@code PYTHONUTF8}: 0 or 1
 * @param warnDefaultEncoding {@code -X warn_default_encoding} / {@code PYTHONWARNDEFAULTENCODING}
 * @param safePath           {@code -P} / {@code PYTHONSAFEPATH}, or {@code -I}: no script directory
 *                           (nor {@code ''}, nor the working directory) in front of {@code sys.path}
 * @param intMaxStrDigits    {@code -X int_max_str_digits} / {@code PYTHONINTMAXSTRDIGITS}; -1 when not set
 * @param unbuffered         {@code -u} / {@code PYTHONUNBUFFERED}: {@code sys.stdout} and {@code sys.stderr}
 *                           write through to an unbuffered {@code FileIO}
 * @param stdioEncoding      {@code PYTHONIOENCODING}'s encoding, or null for UTF-8
 * @param stdioErrors        {@code PYTHONIOENCODING}'s error handler for stdin and stdout, or null for the default
 * @param origArgv           {@code sys.orig_argv}, or null to show the program name and {@code sys.argv}
 * @param noDebugRanges      {@code -X no_debug_ranges} / {@code PYTHONNODEBUGRANGES}: code objects show no
 *                           column positions ({@code co_positions} gives None for them) and tracebacks
 *                           mark no range under the source line (CPython's {@code code_debug_ranges} 0)
 * @param pycachePrefix      {@code -X pycache_prefix=PATH} / {@code PYTHONPYCACHEPREFIX}: {@code sys.pycache_prefix}
 *                           (where importlib puts and looks for .pyc files), or null for None
 */
public record StartupOptions(int debug, int inspect, int interactive, int dontWriteBytecode, int noUserSite,
                             int noSite, int ignoreEnvironment, int verbose, int bytesWarning, int quiet,
                             int isolated, boolean devMode, int utf8Mode, int warnDefaultEncoding, boolean safePath,
                             int intMaxStrDigits, boolean unbuffered, String stdioEncoding, String stdioErrors,
                             List<String> origArgv, boolean noDebugRanges, String pycachePrefix) {

    /** An interpreter embedded in a Java program: no option and no environment variable. */
    public static final StartupOptions DEFAULT = new StartupOptions(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, 0, 0,
            false, -1, false, null, null, null, false, null);

    /** Copies {@code origArgv}. */
    public StartupOptions {
        origArgv = origArgv == null ? null : List.copyOf(origArgv);
    }
}
