package org.taipan.modules.posix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Entropy;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.Signals;
import org.taipan.runtime.StructSeq;
import org.taipan.runtime.ThreadState;
import org.taipan.sandbox.Sandbox;

/**
 * The process functions of {@code posix}: ids ({@code getpid}, {@code getuid}, ...), the
 * environment ({@code putenv}, {@code unsetenv}), {@code umask}, {@code uname}, {@code times},
 * {@code cpu_count}, {@code urandom}, {@code strerror}, {@code kill}, {@code _exit} and the
 * wait-status macros. User and group ids are those of the files under {@code /proc/self}.
 */
final class ProcessFunctions {
    private ProcessFunctions() {}

    static final PyType UNAME_RESULT = StructSeq.newType("posix", "uname_result", "sysname", "nodename", "release",
            "version", "machine");
    static final PyType TIMES_RESULT = StructSeq.newType("posix", "times_result", "user", "system", "children_user",
            "children_system", "elapsed");

    static void register(PyModule m, Interpreter interp, PosixState state) {
        PosixModule.def(m, "getpid", (a, k) -> {
            PosixModule.noArgs("getpid", a, k);
            return PyInt.of(ProcessHandle.current().pid());
        });
        PosixModule.def(m, "getppid", (a, k) -> {
            PosixModule.noArgs("getppid", a, k);
            return PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
        });
        for (String[] id : new String[][] {{"getuid", "uid"}, {"geteuid", "uid"}, {"getgid", "gid"},
                {"getegid", "gid"}}) {
            PosixModule.def(m, id[0], (a, k) -> {
                PosixModule.noArgs(id[0], a, k);
                return PyInt.of(procSelf(id[1]));
            });
        }
        PosixModule.def(m, "getgroups", (a, k) -> {
            PosixModule.noArgs("getgroups", a, k);
            return new PyList();
        });
        PosixModule.def(m, "getpgrp", (a, k) -> {
            PosixModule.noArgs("getpgrp", a, k);
            return PyInt.of(ProcessHandle.current().pid());
        });
        PosixModule.def(m, "getlogin", (a, k) -> {
            PosixModule.noArgs("getlogin", a, k);
            // getlogin(3) reads utmp for the controlling terminal; without one it fails with ENXIO.
            throw Errno.error(6, null);
        });
        PosixModule.def(m, "umask", (a, k) -> PyInt.of(state.umask(PosixModule.intArg(
                PosixModule.oneArg("umask", a, k, "mask")))));
        PosixModule.def(m, "uname", (a, k) -> {
            PosixModule.noArgs("uname", a, k);
            return StructSeq.make(UNAME_RESULT, PyStr.of("Linux"), PyStr.of(proc("sys/kernel/hostname", "localhost")),
                    PyStr.of(proc("sys/kernel/osrelease", System.getProperty("os.version", ""))),
                    PyStr.of(proc("sys/kernel/version", "")), PyStr.of(machine()));
        });
        PosixModule.def(m, "times", (a, k) -> {
            PosixModule.noArgs("times", a, k);
            return times();
        });
        PosixModule.def(m, "cpu_count", (a, k) -> {
            PosixModule.noArgs("cpu_count", a, k);
            return PyInt.of(SysConf.cpuCount());
        });
        PosixModule.def(m, "urandom", (a, k) -> {
            // os_urandom_impl: one positional size as a C ssize_t
            Args.noKeywords("posix.urandom", k);
            if (a.length != 1) {
                throw Errors.typeError("posix.urandom() takes exactly one argument (%d given)", a.length);
            }
            PyInt size = Abstract.index(a[0], null);
            if (!size.fitsLong()) {
                throw Errors.overflow("Python int too large to convert to C ssize_t");
            }
            long n = size.longValue();
            if (n < 0) {
                throw Errors.valueError("negative argument not allowed");
            }
            if (n > Integer.MAX_VALUE - 8) {
                // more than one Java array holds (CPython would try to allocate it)
                throw Errors.of(ExceptionTypes.MemoryError, new PyObject[0]);
            }
            byte[] b = new byte[(int) n];
            Entropy.fill(b);
            return PyBytes.of(b);
        });
        PosixModule.def(m, "strerror", (a, k) -> PyStr.of(Errno.strerror(PosixModule.intArg(
                PosixModule.oneArg("strerror", a, k, "code")))));
        PosixModule.def(m, "putenv", (a, k) -> {
            Args.check("putenv", a, k, 2, 2);
            String name = envText(a[0]);
            String value = envText(a[1]);
            if (name.indexOf('=') >= 0) {
                throw Errors.valueError("illegal environment variable name");
            }
            if (name.isEmpty()) {
                throw Errno.error(Errno.EINVAL, null);
            }
            state.putenv(name, value);
            return PyNone.NONE;
        });
        PosixModule.def(m, "unsetenv", (a, k) -> {
            String name = envText(Args.oneArg("unsetenv", a, k));
            if (name.isEmpty() || name.indexOf('=') >= 0) {
                throw Errno.error(Errno.EINVAL, null);
            }
            state.unsetenv(name);
            return PyNone.NONE;
        });
        PosixModule.def(m, "kill", (a, k) -> {
            Args.check("kill", a, k, 2, 2);
            Sandbox.require(Permission.PROCESS, "os.kill()");
            // pid as a C int, the signal as a Py_ssize_t (os_kill_impl's converters): a signal
            // number no int holds is kill(2)'s EINVAL
            int pid = PosixModule.intArg(a[0]);
            long s = Abstract.index(a[1], null).ssizeValue();
            if (s < Integer.MIN_VALUE || s > Integer.MAX_VALUE) {
                throw Errno.error(Errno.EINVAL, null);
            }
            kill(interp, pid, (int) s);
            return PyNone.NONE;
        });
        PosixModule.def(m, "_exit", (a, k) -> {
            int status = PosixModule.intArg(PosixModule.oneArg("_exit", a, k, "status"));
            // halting the JVM ends the host too: a process-wide action
            Sandbox.require(Permission.PROCESS, "os._exit()");
            Runtime.getRuntime().halt(status & 0xff);
            return PyNone.NONE;
        });
        registerWaitMacros(m);
    }

    /** {@code uid} or {@code gid} of the process, as the owner of {@code /proc/self}. */
    private static long procSelf(String attr) {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:" + attr)).longValue();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String proc(String file, String fallback) {
        try {
            return Files.readString(Path.of("/proc", file)).strip();
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }

    private static String machine() {
        String arch = System.getProperty("os.arch", "");
        return switch (arch) {
            case "amd64" -> "x86_64";
            case "arm64" -> "aarch64";
            default -> arch;
        };
    }

    /** {@code os.times()} from {@code /proc/self/stat} (clock ticks of 1/100 s) and {@code /proc/uptime}. */
    private static PyObject times() {
        double[] t = new double[5];
        String stat = proc("self/stat", "");
        int close = stat.lastIndexOf(')');
        if (close > 0) {
            String[] f = stat.substring(close + 2).split(" ");
            // after "pid (comm) ": state is field 3, utime field 14 ... cstime field 17
            for (int i = 0; i < 4 && 11 + i < f.length; i++) {
                t[i] = Long.parseLong(f[11 + i]) / 100.0;
            }
        }
        String up = proc("uptime", "0");
        try {
            t[4] = Double.parseDouble(up.split(" ")[0]);
        } catch (NumberFormatException e) {
            t[4] = System.nanoTime() / 1e9;
        }
        return StructSeq.make(TIMES_RESULT, new PyFloat(t[0]), new PyFloat(t[1]), new PyFloat(t[2]),
                new PyFloat(t[3]), new PyFloat(t[4]));
    }

    private static String envText(PyObject o) {
        PyObject p = PosixPaths.fspath(o);
        String s = p instanceof PyBytes b ? EnvText.decode(b.bytes()) : p.toString();
        if (s.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null byte");
        }
        return s;
    }

    /**
     * {@code kill(pid, sig)}: this process's own pid is the interpreter's (as the test harness
     * runs several interpreters in one JVM): the signal goes to it as {@code signal.raise_signal}
     * sends it (a Python handler, KeyboardInterrupt for SIGINT, runs before {@code kill} returns,
     * as CPython's {@code os_kill_impl} checks for signals right after {@code kill(2)}); SIGKILL
     * ends the process. Other processes get the real signal through the C library, or, without
     * it, the JDK's two.
     *
     * @throws org.taipan.runtime.PyException OSError(EINVAL) for a signal number out of range, or what the handler raises
     */
    private static void kill(Interpreter interp, long pid, int sig) {
        if (pid == ProcessHandle.current().pid()) {
            if (sig < 0 || sig >= Signals.NSIG) {
                throw Errno.error(Errno.EINVAL, null);
            }
            if (sig == 9) {
                // a parent sees death by SIGKILL (-9), not an exit status
                if (Libc.available()) {
                    Libc.kill((int) pid, 9);
                }
                Runtime.getRuntime().halt(128 + sig);
            }
            if (sig != 0) {
                Signals.of(interp).raise(interp, sig);
                Blocking.checkSignals(ThreadState.current());
            }
            return;
        }
        if (WaitFunctions.kill(pid, sig)) {
            return;
        }
        ProcessHandle h = ProcessHandle.of(pid).orElse(null);
        if (h == null || !h.isAlive()) {
            throw Errno.error(Errno.ESRCH, null);
        }
        switch (sig) {
            case 0 -> { }
            case 9 -> h.destroyForcibly();
            case 15, 2, 1 -> {
                if (!h.destroy()) {
                    throw Errno.error(Errno.EPERM, null);
                }
            }
            default -> throw Errno.error(Errno.EINVAL, null);
        }
    }

    private interface StatusTest {
        PyObject apply(int status);
    }

    private static void registerWaitMacros(PyModule m) {
        Object[][] macros = {
            {"WIFEXITED", (StatusTest) s -> PyBool.of((s & 0x7f) == 0)},
            {"WEXITSTATUS", (StatusTest) s -> PyInt.of((s >> 8) & 0xff)},
            {"WIFSIGNALED", (StatusTest) s -> PyBool.of(((s & 0x7f) + 1) >> 1 > 0 && (s & 0x7f) != 0x7f
                    && (s & 0x7f) != 0)},
            {"WTERMSIG", (StatusTest) s -> PyInt.of(s & 0x7f)},
            {"WIFSTOPPED", (StatusTest) s -> PyBool.of((s & 0xff) == 0x7f)},
            {"WSTOPSIG", (StatusTest) s -> PyInt.of((s >> 8) & 0xff)},
            {"WCOREDUMP", (StatusTest) s -> PyBool.of((s & 0x80) != 0)},
            {"WIFCONTINUED", (StatusTest) s -> PyBool.of(s == 0xffff)},
        };
        for (Object[] mac : macros) {
            String name = (String) mac[0];
            StatusTest f = (StatusTest) mac[1];
            PosixModule.def(m, name, (a, k) -> f.apply(PosixModule.intArg(PosixModule.oneArg(name, a, k, "status"))));
        }
        PosixModule.def(m, "waitstatus_to_exitcode", (a, k) -> {
            int s = PosixModule.intArg(PosixModule.oneArg("waitstatus_to_exitcode", a, k, "status"));
            if ((s & 0x7f) == 0) {
                return PyInt.of((s >> 8) & 0xff);
            }
            if ((s & 0xff) == 0x7f) {
                throw Errors.valueError("process stopped by delivery of signal %d", (s >> 8) & 0xff);
            }
            if (s != 0xffff && (s & 0x7f) != 0) {
                return PyInt.of(-(s & 0x7f));
            }
            throw Errors.valueError("invalid wait status: %d", s);
        });
    }
}
