package org.taipan.modules.faulthandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.taipan.interp.Frame;
import org.taipan.modules.io.FdTable;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.StartupOptions;
import org.taipan.runtime.ThreadState;
import org.taipan.runtime.UnicodeErrors;

/**
 * The {@code faulthandler} module (CPython's {@code Modules/faulthandler.c}): Python tracebacks
 * of every thread written straight to a file descriptor, now ({@code dump_traceback}) or from a
 * watchdog thread after a timeout ({@code dump_traceback_later}, which can also end the process).
 *
 * <p>{@code enable()} records that the handler is on and where it writes, as CPython's does, but
 * there is nothing for it to catch: on the JVM, SIGSEGV, SIGFPE, SIGBUS and SIGILL belong to the
 * JVM itself and Python code cannot crash the process. {@code register}/{@code unregister} (a
 * dump on a user signal) are left out, as on Windows, since the JVM owns signal delivery; the
 * standard library and CPython's tests check for them with {@code hasattr}.
 */
public final class FaulthandlerModule {
    private FaulthandlerModule() {}

    /** CPython's limits: deeper stacks end in "  ...", more threads in "...". */
    private static final int MAX_FRAME_DEPTH = 100;
    private static final int MAX_NTHREADS = 100;

    /** Per-interpreter state: whether enable() is in force, and the pending timeout's watchdog. */
    private static final class State {
        boolean enabled;
        Watchdog watchdog;
    }

    /** Builds the module for {@code interp}; {@code -X faulthandler} enables it at start-up. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("faulthandler", true);
        State st = interp.moduleState(State.class, State::new);
        def(m, "enable", (a, k) -> {
            PyObject[] b = MethodArgs.bind("enable", a, k, 0, "file", "all_threads");
            fileno(interp, b[0]);
            st.enabled = true;
            return PyNone.NONE;
        });
        def(m, "disable", (a, k) -> {
            MethodArgs.bind("disable", a, k, 0);
            boolean was = st.enabled;
            st.enabled = false;
            return PyBool.of(was);
        });
        def(m, "is_enabled", (a, k) -> {
            MethodArgs.bind("is_enabled", a, k, 0);
            return PyBool.of(st.enabled);
        });
        def(m, "dump_traceback", (a, k) -> {
            PyObject[] b = MethodArgs.bind("dump_traceback", a, k, 0, "file", "all_threads");
            int fd = fileno(interp, b[0]);
            boolean all = b[1] == null || Abstract.isTrue(b[1]);
            write(interp, fd, all ? allThreads(interp, ThreadState.current()) : stack(ThreadState.current().frame));
            return PyNone.NONE;
        });
        def(m, "dump_traceback_later", (a, k) -> {
            PyObject[] b = MethodArgs.bind("dump_traceback_later", a, k, 0, "timeout", "repeat", "file", "exit");
            long micros = timeoutMicros(MethodArgs.required("dump_traceback_later", b, 0, "timeout"));
            if (micros <= 0) {
                throw Errors.valueError("timeout must be greater than 0");
            }
            int fd = fileno(interp, b[2]);
            boolean repeat = b[1] != null && Abstract.isTrue(b[1]);
            boolean exit = b[3] != null && Abstract.isTrue(b[3]);
            synchronized (st) {
                if (st.watchdog != null) {
                    st.watchdog.cancel();
                }
                st.watchdog = new Watchdog(interp, micros, repeat, fd, exit);
                st.watchdog.start();
            }
            return PyNone.NONE;
        });
        def(m, "cancel_dump_traceback_later", (a, k) -> {
            MethodArgs.bind("cancel_dump_traceback_later", a, k, 0);
            synchronized (st) {
                if (st.watchdog != null) {
                    st.watchdog.cancel();
                    st.watchdog = null;
                }
            }
            return PyNone.NONE;
        });
        st.enabled = enabledAtStart(interp);
        return m;
    }

    /**
     * {@code -X faulthandler}, {@code -X dev}, or a non-empty {@code PYTHONFAULTHANDLER} when the
     * environment is read (an embedded interpreter's {@link StartupOptions#DEFAULT} reads none).
     */
    private static boolean enabledAtStart(Interpreter interp) {
        var options = interp.options();
        StartupOptions startup = options.startup();
        if (options.xOptions().containsKey("faulthandler") || options.xOptions().containsKey("dev") || startup.devMode()) {
            return true;
        }
        String env = System.getenv("PYTHONFAULTHANDLER");
        return startup != StartupOptions.DEFAULT && startup.ignoreEnvironment() == 0 && env != null && !env.isEmpty();
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, body);
        f.setModule(m);
        m.set(name, f);
    }

    /**
     * A timeout in microseconds, read as CPython's {@code _PyTime_FromSecondsObject} reads it: a
     * float, or an integer through {@code __index__}, rounded half-even to the microsecond.
     *
     * @throws PyException OverflowError "timeout value is too large", TypeError for other types
     */
    private static long timeoutMicros(PyObject o) {
        if (o instanceof org.taipan.runtime.PyFloat f) {
            double us = Math.rint(f.value() * 1e6);
            if (Double.isNaN(us)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            if (!(Math.abs(us) < 9.2e18)) {
                throw Errors.overflow("timeout value is too large");
            }
            return (long) us;
        }
        PyInt i = Abstract.index(o, null);
        if (!i.fitsLong() || Math.abs(i.longValue()) > Long.MAX_VALUE / 1_000_000_000L) {
            throw Errors.overflow("timeout value is too large");
        }
        return i.longValue() * 1_000_000L;
    }

    /**
     * The descriptor a {@code file} argument names (CPython's {@code faulthandler_get_fileno}):
     * an int itself, None for {@code sys.stderr}, else the object's {@code fileno()}, after its
     * {@code flush()} so what it buffered comes first.
     *
     * @throws PyException ValueError for a negative descriptor, RuntimeError when sys.stderr is
     *     None or lost, and whatever {@code fileno()} raises (io.UnsupportedOperation for a StringIO)
     */
    private static int fileno(Interpreter interp, PyObject file) {
        if (file == null || file == PyNone.NONE) {
            file = interp.sysAttribute("stderr");
            if (file == null) {
                throw Errors.of(ExceptionTypes.RuntimeError, "unable to get sys.stderr");
            }
            if (file == PyNone.NONE) {
                throw Errors.of(ExceptionTypes.RuntimeError, "sys.stderr is None");
            }
        } else if (file instanceof PyInt i) {
            long fd = i.ssizeValue();
            if (fd < 0 || fd > Integer.MAX_VALUE) {
                // sic: CPython 3.11's message has this spelling
                throw Errors.valueError("file is not a valid file descripter");
            }
            return (int) fd;
        }
        PyObject r = Callables.callAttr(file, "fileno");
        long fd = r instanceof PyInt i ? i.ssizeValue() : -1;
        if (fd < 0 || fd > Integer.MAX_VALUE) {
            throw Errors.valueError("file.fileno() is not a valid file descriptor");
        }
        try {
            Callables.callAttr(file, "flush");
        } catch (PyException ignored) {
            // CPython ignores a failing flush here: the dump still goes to the descriptor.
        }
        return (int) fd;
    }

    /**
     * Writes {@code text} to the interpreter's descriptor {@code fd} directly, as CPython does (no
     * Python file object in between); a write that fails is dropped, as CPython's is.
     */
    static void write(Interpreter interp, int fd, String text) {
        try {
            FdTable.of(interp).write(fd, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Nowhere to report it: the dump is a best effort, like CPython's _Py_write_noraise.
        }
    }

    /**
     * Every thread's stack, newest thread first; {@code current}'s is headed "Current thread"
     * (none is, from the watchdog), the others "Thread" (CPython's {@code _Py_DumpTracebackThreads}).
     */
    static String allThreads(Interpreter interp, ThreadState current) {
        List<ThreadState> threads = interp.liveThreadStates().stream()
                .sorted(Comparator.comparingLong((ThreadState t) -> t.thread.threadId()).reversed()).toList();
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (ThreadState t : threads) {
            if (n > 0) {
                sb.append('\n');
            }
            if (n++ >= MAX_NTHREADS) {
                sb.append("...\n");
                break;
            }
            sb.append(t == current ? "Current thread 0x" : "Thread 0x")
                    .append(String.format("%016x", t.thread.threadId())).append(" (most recent call first):\n");
            appendFrames(sb, t.frame);
        }
        return sb.toString();
    }

    /** One thread's stack under "Stack (most recent call first):". */
    static String stack(Frame top) {
        StringBuilder sb = new StringBuilder("Stack (most recent call first):\n");
        appendFrames(sb, top);
        return sb.toString();
    }

    private static void appendFrames(StringBuilder sb, Frame top) {
        if (top == null) {
            sb.append("  <no Python frame>\n");
            return;
        }
        int depth = 0;
        for (Frame f = top; f != null; f = f.back) {
            if (depth++ >= MAX_FRAME_DEPTH) {
                sb.append("  ...\n");
                return;
            }
            sb.append("  File \"");
            appendAscii(sb, f.code.code.filename);
            sb.append("\", line ").append(f.lineno()).append(" in ");
            appendAscii(sb, f.code.code.name);
            sb.append('\n');
        }
    }

    /** CPython's {@code MAX_STRING_LENGTH}: longer names are cut and end in "...". */
    private static final int MAX_STRING_LENGTH = 500;

    /**
     * {@code text} as CPython's {@code _Py_DumpASCII} writes it: printable ASCII as is, other code
     * points as backslash escapes (x and two hex digits, u and four, U and eight), at most 500 of them.
     */
    private static void appendAscii(StringBuilder sb, String text) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            if (count++ == MAX_STRING_LENGTH) {
                sb.append("...");
                return;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            sb.append(cp >= ' ' && cp <= '~' ? String.valueOf((char) cp) : UnicodeErrors.escape(cp));
        }
    }

    /** The thread behind {@code dump_traceback_later}: sleeps, dumps, and repeats or exits. */
    private static final class Watchdog {
        private final Interpreter interp;
        private final long micros;
        private final boolean repeat, exit;
        private final int fd;
        private final String header;
        private final Thread thread;
        private volatile boolean cancelled;

        Watchdog(Interpreter interp, long micros, boolean repeat, int fd, boolean exit) {
            this.interp = interp;
            this.micros = micros;
            this.repeat = repeat;
            this.fd = fd;
            this.exit = exit;
            this.thread = Thread.ofPlatform().daemon().name("faulthandler watchdog").unstarted(this::run);
            // Link the dump's code now, on the caller's time: on a cold JVM the first string
            // concatenations and first write take a few hundred milliseconds, and a short
            // timeout would find the watchdog still linking when the program ends.
            this.header = header(micros);
            allThreads(interp, null);
            write(interp, fd, "");
        }

        void start() {
            thread.start();
        }

        void cancel() {
            cancelled = true;
            thread.interrupt();
        }

        private void run() {
            do {
                try {
                    Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
                } catch (InterruptedException e) {
                    return;
                }
                if (cancelled) {
                    return;
                }
                write(interp, fd, header + allThreads(interp, null));
                if (exit) {
                    Runtime.getRuntime().halt(1);
                }
            } while (repeat && !cancelled);
        }

        /** "Timeout (0:00:05)!" with microseconds when there are any (CPython's {@code format_timeout}). */
        private static String header(long micros) {
            long sec = micros / 1_000_000, us = micros % 1_000_000;
            String hms = String.format("%d:%02d:%02d", sec / 3600, sec / 60 % 60, sec % 60);
            return "Timeout (" + hms + (us != 0 ? String.format(".%06d", us) : "") + ")!\n";
        }
    }
}
