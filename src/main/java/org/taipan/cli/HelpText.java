package org.taipan.cli;

/**
 * The texts of {@code -h}, {@code --help-env}, {@code --help-xoptions} and {@code --help-all},
 * laid out as CPython 3.11's ({@code Python/initconfig.c} usage strings): the same options in
 * the same order, each saying what it does in Taipan, plus Taipan's own {@code -X} options and
 * {@code --check-syntax}.
 */
final class HelpText {
    private HelpText() {}

    /** {@code -h}: usage, the options, the arguments. */
    static final String OPTIONS = CommandLine.USAGE + "\n" + """
            Options (and corresponding environment variables):
            -b     : issue warnings about str(bytes_instance), str(bytearray_instance)
                     and comparing bytes/bytearray with str. (-bb: issue errors)
            -B     : don't write Taipan's code cache (~/.cache/taipan/code) on import;
                     sets sys.dont_write_bytecode; also PYTHONDONTWRITEBYTECODE=x
            -c cmd : program passed in as string (terminates option list)
            -d     : sets sys.flags.debug (parser debugging output exists only in
                     CPython debug builds); also PYTHONDEBUG=x
            -E     : ignore PYTHON* environment variables (such as PYTHONPATH)
            -h     : print this help message and exit (also -? or --help)
            -i     : inspect interactively after running script; forces a prompt even
                     if stdin does not appear to be a terminal; also PYTHONINSPECT=x
            -I     : isolate Taipan from the user's environment (implies -E, -P and -s)
            -m mod : run library module as a script (terminates option list);
                     -m dis FILE disassembles FILE (Taipan's bytecode)
            -O     : remove assert and __debug__-dependent statements; also PYTHONOPTIMIZE=x
            -OO    : do -O changes and also discard docstrings
            -P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
            -q     : don't print version and copyright messages on interactive startup
            -s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
            -S     : don't imply 'import site' on initialization (no exit, quit, help builtins)
            -u     : force the stdout and stderr streams to be unbuffered;
                     this option has no effect on stdin; also PYTHONUNBUFFERED=x
            -v     : sets sys.flags.verbose (imports are not traced yet); also PYTHONVERBOSE=x
                     can be supplied multiple times to increase verbosity
            -V     : print the Python version number and exit (also --version)
                     when given twice, print Taipan's version and the Java runtime's
            -W arg : warning control; arg is action:message:category:module:lineno
                     also PYTHONWARNINGS=arg
            -x     : skip first line of source, allowing use of non-Unix forms of #!cmd
            -X opt : set implementation-specific option (see --help-xoptions)
            --check-hash-based-pycs always|default|never:
                     accepted; Taipan writes no .pyc files
            --check-syntax PATH... : compile files (directories: every *.py below) and
                     report their syntax errors without running them
            --help-env      : print help about Python environment variables and exit
            --help-xoptions : print help about implementation-specific -X options and exit
            --help-all      : print complete help information and exit
            Arguments:
            file   : program read from script file
            -      : program read from stdin (default; interactive mode if a tty)
            arg ...: arguments passed to program in sys.argv[1:]
            """;

    /** {@code --help-xoptions}: CPython's options that Taipan knows, then its own. */
    static final String X_OPTIONS = """
            The following implementation-specific options are available:

            -X dev: development mode: adds the default warning filter, as -W default,
                and sets sys.flags.dev_mode to True

            -X utf8: UTF-8 mode (sets sys.flags.utf8_mode; stdin and stdout use the
                surrogateescape error handler). -X utf8=0 turns it off

            -X warn_default_encoding: sets sys.flags.warn_default_encoding

            -X int_max_str_digits=number: limit the size of int<->str conversions
                (at least 640, or 0 for no limit; the default is 4300)

            -X importtime: show how long each import takes: the module's name, its
                cumulative time (nested imports included) and its self time (nested
                imports excluded), on stderr. Also PYTHONPROFILEIMPORTTIME

            -X faulthandler: enable faulthandler (dump the Python tracebacks on a
                fatal signal). Also PYTHONFAULTHANDLER

            -X pycache_prefix=PATH: sets sys.pycache_prefix, the root directory that
                importlib and py_compile write .pyc files under (Taipan's own code cache
                is elsewhere)

            -X no_debug_ranges: code objects keep no column positions, and tracebacks
                mark no range under the source line. Also PYTHONNODEBUGRANGES

            -X tracemalloc, -X showrefcount, -X frozen_modules:
                accepted and shown in sys._xoptions; no effect in Taipan

            Taipan's own:

            -X jit=on|off: the tracing JIT (default on, once it exists)

            -X jit-threshold=N: loop iterations before a loop is traced (and calls
                before a function without loops is traced from its entry)

            -X jit-entry=on|off: traces from function entry (default on)

            -X jit-log=FILE: write what the JIT traced, compiled, exited and aborted,
                and why, to FILE (UTF-8; - for stderr); exit counts at the end

            -X jit-stats: print a summary of the JIT's work on stderr at exit

            -X java-traceback: show the Java stack trace of an internal error

            -X java-packages=PREFIX,...: more Java package prefixes Python may import
                (besides java and javax)

            -X permissions=none|LIST: run sandboxed, with only the permissions listed
                (comma-separated: file_system, process, network, java); default all
            """;

    /** {@code --help-env}: the environment variables Taipan reads. */
    static final String ENVIRONMENT = """
            Environment variables that change behavior:
            PYTHONSTARTUP: file executed on interactive startup (no default)
            PYTHONPATH   : ':'-separated list of directories prefixed to the
                           default module search path.  The result is sys.path.
            PYTHONHOME   : alternate <prefix> directory (or <prefix>:<exec_prefix>).
                           The default module search path uses <prefix>/lib/python3.11.
            PYTHONUTF8: if set to 1, enable the UTF-8 mode.
            PYTHONIOENCODING: Encoding[:errors] used for stdin/stdout/stderr.
            PYTHONHASHSEED: if this variable is set to 'random', a random value is used
               to seed the hashes of str and bytes objects.  It can also be set to an
               integer in the range [0,4294967295] to get hash values with a
               predictable seed (the same as CPython's for the same seed).
            PYTHONINTMAXSTRDIGITS: limits the maximum digit characters in an int value
               when converting from a string and when converting an int back to a str.
               A value of 0 disables the limit.  Conversions to or from bases 2, 4, 8,
               16, and 32 are never limited.
            PYTHONDEVMODE: enable the development mode.
            PYTHONPYCACHEPREFIX: root directory for bytecode cache (pyc) files
               (sys.pycache_prefix, which importlib and py_compile use).
            PYTHONWARNDEFAULTENCODING: sets sys.flags.warn_default_encoding.
            These variables have equivalent command-line parameters (see --help for details):
            PYTHONDEBUG             : sets sys.flags.debug (-d)
            PYTHONDONTWRITEBYTECODE : don't write Taipan's code cache (-B)
            PYTHONINSPECT           : inspect interactively after running script (-i)
            PYTHONINTMAXSTRDIGITS   : limit max digit characters in an int value
                                      (-X int_max_str_digits=number)
            PYTHONNOUSERSITE        : disable user site directory (-s)
            PYTHONOPTIMIZE          : enable level 1 optimizations (-O)
            PYTHONSAFEPATH          : don't prepend a potentially unsafe path to sys.path (-P)
            PYTHONUNBUFFERED        : disable stdout/stderr buffering (-u)
            PYTHONVERBOSE           : sets sys.flags.verbose (-v)
            PYTHONWARNINGS=arg      : warning control (-W arg)
            Taipan's own:
            TAIPAN_STDLIB           : the directory of the CPython 3.11 standard library to use
            TAIPAN_CODE_CACHE=0     : neither read nor write the code cache
            TAIPAN_JAVA_OPTS        : extra options for the Java virtual machine (./taipan)
            """;

    /** {@code --help-all}. */
    static final String ALL = OPTIONS + "\n" + ENVIRONMENT + "\n" + X_OPTIONS;
}
