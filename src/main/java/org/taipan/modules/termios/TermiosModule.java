package org.taipan.modules.termios;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.taipan.modules.fcntl.FcntlArgs;
import org.taipan.modules.io.FdTable;
import org.taipan.modules.posix.Errno;
import org.taipan.modules.posix.Libc;
import org.taipan.modules.posix.RealFds;
import org.taipan.modules.select.SelectModule;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.Permission;
import org.taipan.runtime.ThreadState;
import org.taipan.sandbox.Sandbox;

/**
 * The builtin module {@code termios} (CPython's {@code Modules/termios.c}) for Linux and glibc:
 * the terminal attributes of a real descriptor ({@link RealFds}) as the seven-item list
 * {@code [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]} ({@code tcgetattr}/{@code tcsetattr}),
 * the line controls ({@code tcsendbreak}, {@code tcdrain}, {@code tcflush}, {@code tcflow}) and the
 * window size ({@code tcgetwinsize}/{@code tcsetwinsize}, new in 3.11), with CPython 3.11's
 * constants.
 *
 * <p>Failures are {@code termios.error(errno, strerror)}, an Exception subclass as in CPython (not
 * OSError): {@code (25, 'Inappropriate ioctl for device')} on a file or pipe, {@code (9, 'Bad file
 * descriptor')} for a number that is not open or has no real descriptor. A sandboxed interpreter
 * needs FILE_SYSTEM for every function (a terminal is shared with the whole process).
 */
public final class TermiosModule {
    private TermiosModule() {}

    /** {@code termios.error}. */
    public static final PyType ERROR;

    static {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("termios"));
        ERROR = PyType.newHeapType(PyType.TYPE, "error", new PyType[] {ExceptionTypes.Exception}, ns);
    }

    /** glibc's {@code struct termios}: four flag words, c_line, c_cc[32], then the two speeds. */
    private static final int NCCS = 32;
    private static final long TERMIOS_SIZE = 60, CC = 17;
    private static final int ICANON = 2, VTIME = 5, VMIN = 6;
    private static final long TIOCGWINSZ = 0x5413, TIOCSWINSZ = 0x5414;

    /** The C functions, linked on first use. */
    private static final class Fn {
        private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
        private static final ValueLayout A = ValueLayout.ADDRESS;
        static final MethodHandle TCGETATTR = Libc.link("tcgetattr", FunctionDescriptor.of(I, I, A));
        static final MethodHandle TCSETATTR = Libc.link("tcsetattr", FunctionDescriptor.of(I, I, I, A));
        static final MethodHandle CFGETISPEED = Libc.linkPlain("cfgetispeed", FunctionDescriptor.of(I, A));
        static final MethodHandle CFGETOSPEED = Libc.linkPlain("cfgetospeed", FunctionDescriptor.of(I, A));
        static final MethodHandle CFSETISPEED = Libc.link("cfsetispeed", FunctionDescriptor.of(I, A, I));
        static final MethodHandle CFSETOSPEED = Libc.link("cfsetospeed", FunctionDescriptor.of(I, A, I));
        static final MethodHandle TCSENDBREAK = Libc.link("tcsendbreak", FunctionDescriptor.of(I, I, I));
        static final MethodHandle TCDRAIN = Libc.link("tcdrain", FunctionDescriptor.of(I, I));
        static final MethodHandle TCFLUSH = Libc.link("tcflush", FunctionDescriptor.of(I, I, I));
        static final MethodHandle TCFLOW = Libc.link("tcflow", FunctionDescriptor.of(I, I, I));
        static final MethodHandle IOCTL = Libc.link("ioctl", FunctionDescriptor.of(I, I, ValueLayout.JAVA_LONG, A),
                Linker.Option.firstVariadicArg(2));
    }

    /** A new {@code termios} module. */
    public static PyModule create() {
        PyModule m = new PyModule("termios", true);
        m.set("__doc__", PyStr.of("POSIX terminal control (tcgetattr, tcsetattr and the other tc* calls).\n\n"
                + "Every function takes a file descriptor first: an int, or an object with a fileno() method."));
        for (Object[] c : TermiosConstants.ALL) {
            m.set((String) c[0], PyInt.of(((Number) c[1]).longValue()));
        }
        m.set("error", ERROR);
        def(m, "tcgetattr", (a, k) -> tcgetattr(real(fd(Args.oneArg("termios.tcgetattr", a, k), "tcgetattr"))));
        def(m, "tcsetattr", (a, k) -> {
            check("tcsetattr", a, k, 3);
            int fd = fd(a[0], "tcsetattr");
            return tcsetattr(fd, FcntlArgs.cInt(a[1]), a[2]);
        });
        def(m, "tcsendbreak", (a, k) -> {
            check("tcsendbreak", a, k, 2);
            int fd = fd(a[0], "tcsendbreak");
            int duration = FcntlArgs.cInt(a[1]);
            int real = real(fd);
            return ok(Blocking.withoutGil(() -> Libc.call(Fn.TCSENDBREAK, real, duration)));
        });
        def(m, "tcdrain", (a, k) -> {
            int real = real(fd(Args.oneArg("termios.tcdrain", a, k), "tcdrain"));
            return ok(Blocking.withoutGil(() -> Libc.call(Fn.TCDRAIN, real)));
        });
        def(m, "tcflush", (a, k) -> {
            check("tcflush", a, k, 2);
            int fd = fd(a[0], "tcflush");
            int queue = FcntlArgs.cInt(a[1]);
            return ok(Libc.call(Fn.TCFLUSH, real(fd), queue));
        });
        def(m, "tcflow", (a, k) -> {
            check("tcflow", a, k, 2);
            int fd = fd(a[0], "tcflow");
            int action = FcntlArgs.cInt(a[1]);
            return ok(Libc.call(Fn.TCFLOW, real(fd), action));
        });
        def(m, "tcgetwinsize", (a, k) -> {
            int real = real(fd(Args.oneArg("termios.tcgetwinsize", a, k), "tcgetwinsize"));
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment w = winsize(arena, real);
                return PyTuple.of(PyInt.of(Short.toUnsignedInt(w.get(ValueLayout.JAVA_SHORT, 0))),
                        PyInt.of(Short.toUnsignedInt(w.get(ValueLayout.JAVA_SHORT, 2))));
            }
        });
        def(m, "tcsetwinsize", (a, k) -> {
            check("tcsetwinsize", a, k, 2);
            return tcsetwinsize(fd(a[0], "tcsetwinsize"), a[1]);
        });
        return m;
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, body);
        f.setModule(m);
        m.set(name, f);
    }

    /** "tcsetattr expected 3 arguments, got 2"; keywords refused as for any positional-only builtin. */
    private static void check(String name, PyObject[] a, String[] k, int n) {
        Args.noKeywords("termios." + name, k);
        Args.check(name, a, null, n, n);
    }

    /**
     * The descriptor number of the argument {@code o} ({@code PyObject_AsFileDescriptor}), once the
     * sandbox allows file system access.
     *
     * @throws PyException TypeError/ValueError for a bad argument
     */
    private static int fd(PyObject o, String function) {
        Sandbox.require(Permission.FILE_SYSTEM, "termios." + function + "()");
        return SelectModule.fileDescriptor(o);
    }

    /**
     * The real descriptor behind the interpreter's descriptor {@code fd}, looked up after the other
     * arguments are converted (CPython reports a bad argument before a bad descriptor).
     *
     * @throws PyException termios.error EBADF when {@code fd} names no real descriptor
     */
    private static int real(int fd) {
        if (!Libc.available()) {
            throw Errors.of(ExceptionTypes.OSError, Libc.unavailableReason("termios"));
        }
        FdTable.OpenFile f = FdTable.of(ThreadState.current().interpreter).get(fd);
        int real = f == null ? -1 : RealFds.existing(f);
        if (real < 0) {
            throw error(Errno.EBADF);
        }
        return real;
    }

    /** {@code termios.error(errno, strerror)}. */
    private static PyException error(int errno) {
        return Errors.of(ERROR, PyInt.of(errno), PyStr.of(Errno.strerror(errno)));
    }

    /** None for a call that returned 0; termios.error of its errno for -1. */
    private static PyObject ok(long result) {
        if (result == -1) {
            throw error(Libc.errno());
        }
        return PyNone.NONE;
    }

    private static MemorySegment getattr(Arena arena, int fd) {
        MemorySegment mode = arena.allocate(TERMIOS_SIZE, 4);
        ok(Libc.call(Fn.TCGETATTR, fd, mode));
        return mode;
    }

    private static int speed(MethodHandle h, MemorySegment mode) {
        try {
            return (int) h.invokeExact(mode);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code tcgetattr(fd)}: the flag words and speeds as ints, {@code cc} as 32 one-byte bytes,
     * except VMIN and VTIME, which are ints when ICANON is off (there they are counts, not characters).
     */
    private static PyObject tcgetattr(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mode = getattr(arena, fd);
            int lflag = mode.get(ValueLayout.JAVA_INT, 12);
            PyList cc = new PyList();
            for (int i = 0; i < NCCS; i++) {
                byte c = mode.get(ValueLayout.JAVA_BYTE, CC + i);
                boolean count = (lflag & ICANON) == 0 && (i == VMIN || i == VTIME);
                cc.append(count ? PyInt.of(c & 0xff) : PyBytes.of(new byte[] {c}));
            }
            PyList result = new PyList();
            for (int i = 0; i < 4; i++) {
                result.append(PyInt.of(Integer.toUnsignedLong(mode.get(ValueLayout.JAVA_INT, i * 4L))));
            }
            result.append(PyInt.of(Integer.toUnsignedLong(speed(Fn.CFGETISPEED, mode))));
            result.append(PyInt.of(Integer.toUnsignedLong(speed(Fn.CFGETOSPEED, mode))));
            result.append(cc);
            return result;
        }
    }

    /**
     * {@code tcsetattr(fd, when, attributes)}: the current attributes are read first (so fields
     * the list does not carry keep their values, and a non-terminal fails before the list's items
     * are looked at), then replaced by the list's.
     */
    private static PyObject tcsetattr(int fd, int when, PyObject attributes) {
        if (!(attributes instanceof PyList list) || list.size() != 7) {
            throw Errors.typeError("tcsetattr, arg 3: must be 7 element list");
        }
        int real = real(fd);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mode = getattr(arena, real);
            for (int i = 0; i < 4; i++) {
                mode.set(ValueLayout.JAVA_INT, i * 4L, (int) FcntlArgs.cLong(list.get(i)));
            }
            int ispeed = (int) FcntlArgs.cLong(list.get(4));
            int ospeed = (int) FcntlArgs.cLong(list.get(5));
            if (!(list.get(6) instanceof PyList cc) || cc.size() != NCCS) {
                throw Errors.typeError("tcsetattr: attributes[6] must be %d element list", NCCS);
            }
            for (int i = 0; i < NCCS; i++) {
                PyObject v = cc.get(i);
                byte c;
                if (v instanceof PyBytes b && b.bytes().length == 1) {
                    c = b.bytes()[0];
                } else if (PyInt.asInt(v) != null) {
                    c = (byte) FcntlArgs.cLong(v);
                } else {
                    throw Errors.typeError("tcsetattr: elements of attributes must be characters or integers");
                }
                mode.set(ValueLayout.JAVA_BYTE, CC + i, c);
            }
            ok(Libc.call(Fn.CFSETISPEED, mode, ispeed));
            ok(Libc.call(Fn.CFSETOSPEED, mode, ospeed));
            return ok(Libc.call(Fn.TCSETATTR, real, when, mode));
        }
    }

    /** {@code struct winsize} of {@code fd} ({@code TIOCGWINSZ}): rows, columns, then two pixel sizes. */
    private static MemorySegment winsize(Arena arena, int fd) {
        MemorySegment w = arena.allocate(8, 2);
        ok(Libc.call(Fn.IOCTL, fd, TIOCGWINSZ, w));
        return w;
    }

    /**
     * {@code tcsetwinsize(fd, (rows, columns))}: the two values are read before the terminal is
     * asked for its current size (whose pixel fields are kept), and checked against an unsigned
     * short after.
     */
    private static PyObject tcsetwinsize(int fd, PyObject size) {
        boolean sequence = size.type().mp_subscript != null && !(size instanceof PyDict);
        if (!sequence || Abstract.length(size) != 2) {
            throw Errors.typeError("tcsetwinsize, arg 2: must be a two-item sequence");
        }
        long rows = FcntlArgs.cLong(Abstract.getItem(size, PyInt.of(0)));
        long columns = FcntlArgs.cLong(Abstract.getItem(size, PyInt.of(1)));
        int real = real(fd);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment w = winsize(arena, real);
            if (rows < 0 || rows > 0xffff || columns < 0 || columns > 0xffff) {
                throw Errors.overflow("winsize value(s) out of range.");
            }
            w.set(ValueLayout.JAVA_SHORT, 0, (short) rows);
            w.set(ValueLayout.JAVA_SHORT, 2, (short) columns);
            return ok(Libc.call(Fn.IOCTL, real, TIOCSWINSZ, w));
        }
    }
}
