package org.taipan.modules.posix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;
import org.taipan.sandbox.Sandbox;

/**
 * The child-process functions of {@code posix} that need the C library ({@link Libc}):
 * {@code waitpid}, {@code wait}, {@code system}, {@code getsid}, {@code getpgid} and {@code abort}. A reaped child's output copies (see
 * {@link ChildFds}) are finished before the call returns. Registered only when the C library
 * can be called.
 */
final class WaitFunctions {
    private WaitFunctions() {}

    static void register(PyModule m, Interpreter interp, PosixState state) {
        if (!Libc.available()) {
            // subprocess.py binds os.waitpid at import: present, but failing with the reason
            for (String name : new String[] {"waitpid", "wait", "system"}) {
                PosixModule.def(m, name, (a, k) -> {
                    throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError, Libc.unavailableReason("os." + name + "()"));
                });
            }
            return;
        }
        PosixModule.def(m, "waitpid", (a, k) -> {
            PyObject[] v = MethodArgs.bind("waitpid", a, k, 2, "pid", "options");
            Sandbox.require(Permission.PROCESS, "os.waitpid()");
            int pid = PosixModule.intArg(MethodArgs.required("waitpid", v, 0, "pid"));
            int options = PosixModule.intArg(MethodArgs.required("waitpid", v, 1, "options"));
            int[] r = waitpid(pid, options);
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
        });
        PosixModule.def(m, "wait", (a, k) -> {
            PosixModule.noArgs("wait", a, k);
            Sandbox.require(Permission.PROCESS, "os.wait()");
            int[] r = waitpid(-1, 0);
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
        });
        for (String name : new String[] {"getsid", "getpgid"}) {
            PosixModule.def(m, name, (a, k) -> {
                int pid = PosixModule.intArg(org.taipan.runtime.Args.oneArg(name, a, k));
                int r = name.equals("getsid") ? Libc.getsid(pid) : Libc.getpgid(pid);
                if (r < 0) {
                    throw Errno.error(Libc.errno(), null);
                }
                return PyInt.of(r);
            });
        }
        PosixModule.def(m, "abort", (a, k) -> {
            PosixModule.noArgs("abort", a, k);
            Sandbox.require(Permission.PROCESS, "os.abort()");
            Libc.abort();
            return org.taipan.runtime.PyNone.NONE;
        });
        PosixModule.def(m, "system", (a, k) -> {
            PyObject[] v = MethodArgs.bind("system", a, k, 0, "command");
            PyObject cmd = MethodArgs.required("system", v, 0, "command");
            Sandbox.require(Permission.PROCESS, "os.system()");
            byte[] command = cmd instanceof org.taipan.runtime.PyBytes b ? b.bytes()
                    : org.taipan.runtime.Codecs.encode(requireStr(cmd), "utf-8", "surrogateescape").bytes();
            return PyInt.of(system(interp, state, command));
        });
    }

    private static org.taipan.runtime.PyStr requireStr(PyObject o) {
        if (o instanceof org.taipan.runtime.PyStr s) {
            return s;
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", o.type().name());
    }

    /** {@code waitpid(pid, options)} without the GIL, retried after signals: {pid, status}. */
    static int[] waitpid(int pid, int options) {
        org.taipan.runtime.ThreadState ts = org.taipan.runtime.ThreadState.current();
        while (true) {
            int[] r = Blocking.withoutGil(() -> Libc.waitpid(pid, options));
            if (r[0] > 0) {
                int reaped = r[0];
                Blocking.withoutGil(() -> {
                    ChildFds.awaitCopies(reaped);
                    return null;
                });
                return r;
            }
            if (r[0] == 0) {
                return r;
            }
            int errno = Libc.errno();
            if (errno != Errno.EINTR) {
                throw Errno.error(errno, null);
            }
            Blocking.checkSignals(ts);
        }
    }

    /** {@code system(command)}: {@code /bin/sh -c command} with the interpreter's 0, 1, 2; the wait status. */
    private static int system(Interpreter interp, PosixState state, byte[] command) {
        Spawn.Request r = new Spawn.Request();
        r.argv = List.of("sh".getBytes(StandardCharsets.US_ASCII), "-c".getBytes(StandardCharsets.US_ASCII), command);
        r.executables = List.of("/bin/sh".getBytes(StandardCharsets.US_ASCII));
        r.env = state.environmentEntries();
        r.cwd = FsEncoding.bytes(state.cwd());
        // system(3) restores nothing: the shell inherits what the program ignores (SIGPIPE too),
        // and glibc's leaves its internal signals ignored
        r.internalSignalsIgnored = true;
        int pid = ChildFds.spawnWithStdio(interp, r);
        if (pid < 0) {
            // CPython's system() returns -1 when the shell cannot be started
            return -1;
        }
        try {
            return waitpid(pid, 0)[1];
        } catch (org.taipan.runtime.PyException e) {
            // system(3) answers -1 when its waitpid fails: ECHILD under SIGCHLD set to SIG_IGN,
            // where the kernel reaps the shell itself
            if (Libc.errno() == Errno.ECHILD) {
                return -1;
            }
            throw e;
        }
    }

    /** {@code kill(pid, sig)} of another process through the C library: false when unavailable. */
    static boolean kill(long pid, int sig) {
        if (!Libc.available()) {
            return false;
        }
        if (pid > Integer.MAX_VALUE || pid < Integer.MIN_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        if (Libc.kill((int) pid, sig) != 0) {
            throw Errno.error(Libc.errno(), null);
        }
        return true;
    }
}
