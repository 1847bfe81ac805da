package org.taipan.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.taipan.runtime.Codecs;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;
import org.taipan.sandbox.Sandbox;

/**
 * The process-group, session, terminal and system-wide functions of {@code posix}, each the C
 * library's function of that name: {@code getpgrp}, {@code killpg}, {@code setsid}, {@code setpgid},
 * {@code setpgrp}, {@code nice}, {@code sync}, {@code getloadavg}, {@code ttyname},
 * {@code ctermid}, {@code tcgetpgrp}, {@code tcsetpgrp} and {@code chroot}. Descriptors are the
 * interpreter's, mapped to the real one behind them ({@link RealFds}); the functions that change
 * the process need {@link Permission#PROCESS}, asked before the arguments are looked at. Failures
 * raise the errno's OSError, as CPython's {@code posix_error()}. Registered only when the C
 * library can be called.
 */
final class SessionFunctions {
    private SessionFunctions() {}

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final ValueLayout P = ValueLayout.ADDRESS;
    private static final NativeFn KILLPG = new NativeFn("killpg", FunctionDescriptor.of(I, I, I));
    private static final NativeFn SETSID = new NativeFn("setsid", FunctionDescriptor.of(I));
    private static final NativeFn SETPGID = new NativeFn("setpgid", FunctionDescriptor.of(I, I, I));
    private static final NativeFn NICE = new NativeFn("nice", FunctionDescriptor.of(I, I));
    private static final NativeFn SYNC = new NativeFn("sync", FunctionDescriptor.of(I));
    private static final NativeFn GETLOADAVG = new NativeFn("getloadavg", FunctionDescriptor.of(I, P, I));
    private static final NativeFn TTYNAME_R = new NativeFn("ttyname_r", FunctionDescriptor.of(I, I, P, ValueLayout.JAVA_LONG));

    /** {@code ctermid}, returning a pointer (so not through {@link Libc#call}); linked on first use. */
    private static final class Ctermid {
        static final java.lang.invoke.MethodHandle HANDLE = Libc.linkPlain("ctermid", FunctionDescriptor.of(P, P));
    }
    private static final NativeFn TCGETPGRP = new NativeFn("tcgetpgrp", FunctionDescriptor.of(I, I));
    private static final NativeFn TCSETPGRP = new NativeFn("tcsetpgrp", FunctionDescriptor.of(I, I, I));
    private static final NativeFn CHROOT = new NativeFn("chroot", FunctionDescriptor.of(I, P));

    static void register(PyModule m) {
        if (!Libc.available()) {
            return;
        }
        PosixModule.def(m, "killpg", (a, k) -> {
            Sandbox.require(Permission.PROCESS, "os.killpg()");
            PosixModule.exactArgs("killpg", a, k, 2);
            KILLPG.check(null, PosixModule.intArg(a[0]), PosixModule.intArg(a[1]));
            return PyNone.NONE;
        });
        // replaces ProcessFunctions' getpgrp, which without the C library can only say the pid
        PosixModule.def(m, "getpgrp", (a, k) -> {
            PosixModule.noArgs("getpgrp", a, k);
            int r = Libc.getpgid(0);
            if (r < 0) {
                throw Errno.error(Libc.errno(), null);
            }
            return PyInt.of(r);
        });
        PosixModule.def(m, "setsid", (a, k) -> {
            PosixModule.noArgs("setsid", a, k);
            Sandbox.require(Permission.PROCESS, "os.setsid()");
            SETSID.check(null);
            return PyNone.NONE;
        });
        PosixModule.def(m, "setpgid", (a, k) -> {
            Sandbox.require(Permission.PROCESS, "os.setpgid()");
            PosixModule.exactArgs("setpgid", a, k, 2);
            SETPGID.check(null, PosixModule.intArg(a[0]), PosixModule.intArg(a[1]));
            return PyNone.NONE;
        });
        PosixModule.def(m, "setpgrp", (a, k) -> {
            PosixModule.noArgs("setpgrp", a, k);
            Sandbox.require(Permission.PROCESS, "os.setpgrp()");
            // glibc's setpgrp() is setpgid(0, 0)
            SETPGID.check(null, 0, 0);
            return PyNone.NONE;
        });
        PosixModule.def(m, "nice", (a, k) -> {
            Sandbox.require(Permission.PROCESS, "os.nice()");
            int increment = PosixModule.intArg(PosixModule.onlyArg("nice", a, k));
            // -1 is also a valid niceness: a failure is -1 with errno set
            PathConf.ErrnoLocation.clear();
            int r = (int) NICE.call(increment);
            if (r == -1 && Libc.errno() != 0) {
                throw Errno.error(Libc.errno(), null);
            }
            return PyInt.of(r);
        });
        PosixModule.def(m, "sync", (a, k) -> {
            Sandbox.require(Permission.FILE_SYSTEM, "os.sync()");
            PosixModule.noArgs("sync", a, k);
            org.taipan.runtime.Blocking.withoutGil(() -> SYNC.call());
            return PyNone.NONE;
        });
        PosixModule.def(m, "getloadavg", (a, k) -> {
            PosixModule.noArgs("getloadavg", a, k);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment avg = arena.allocate(ValueLayout.JAVA_DOUBLE, 3);
                if (GETLOADAVG.call(avg, 3) != 3) {
                    throw Errors.of(ExceptionTypes.OSError, "Load averages are unobtainable");
                }
                return PyTuple.of(new PyFloat(avg.getAtIndex(ValueLayout.JAVA_DOUBLE, 0)),
                        new PyFloat(avg.getAtIndex(ValueLayout.JAVA_DOUBLE, 1)),
                        new PyFloat(avg.getAtIndex(ValueLayout.JAVA_DOUBLE, 2)));
            }
        });
        PosixModule.def(m, "ttyname", (a, k) -> {
            int fd = PosixModule.intArg(PosixModule.onlyArg("ttyname", a, k));
            int real = realFd(fd);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buf = arena.allocate(4097);
                // ttyname_r returns its error number instead of setting errno
                int err = (int) TTYNAME_R.call(real, buf, 4097L);
                if (err != 0) {
                    throw Errno.error(err, null);
                }
                return decode(buf);
            }
        });
        PosixModule.def(m, "ctermid", (a, k) -> {
            PosixModule.noArgs("ctermid", a, k);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buf = arena.allocate(1024);
                try {
                    // glibc's ctermid only copies "/dev/tty" into the buffer: it cannot fail
                    MemorySegment unused = (MemorySegment) Ctermid.HANDLE.invokeExact(buf);
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
                return decode(buf);
            }
        });
        PosixModule.def(m, "tcgetpgrp", (a, k) -> {
            int fd = PosixModule.intArg(PosixModule.onlyArg("tcgetpgrp", a, k));
            return PyInt.of(TCGETPGRP.check(null, realFd(fd)));
        });
        PosixModule.def(m, "tcsetpgrp", (a, k) -> {
            Sandbox.require(Permission.PROCESS, "os.tcsetpgrp()");
            PosixModule.exactArgs("tcsetpgrp", a, k, 2);
            int fd = PosixModule.intArg(a[0]);
            int pgid = PosixModule.intArg(a[1]);
            TCSETPGRP.check(null, realFd(fd), pgid);
            return PyNone.NONE;
        });
        PosixModule.def(m, "chroot", (a, k) -> {
            Sandbox.require(Permission.PROCESS, "os.chroot()");
            PyObject[] b = MethodArgs.bind("chroot", a, k, 0, "path");
            PosixPaths.PathArg p = PosixPaths.convert(MethodArgs.required("chroot", b, 0, "path"), "chroot", "path",
                    false, false);
            try (Arena arena = Arena.ofConfined()) {
                CHROOT.check(p.object(), Libc.cPath(arena, p.path()));
            }
            return PyNone.NONE;
        });
    }

    /** The real descriptor behind the interpreter's {@code fd}: EBADF when it has none (or is negative). */
    static int realFd(int fd) {
        if (fd < 0) {
            throw Errno.error(Errno.EBADF, null);
        }
        return RealFds.of(fd);
    }

    /** A NUL-terminated C string in {@code buf}, decoded as a file name. */
    private static PyObject decode(MemorySegment buf) {
        byte[] b = buf.getString(0, java.nio.charset.StandardCharsets.ISO_8859_1)
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return Codecs.decode(b, "utf-8", "surrogateescape");
    }
}
