package org.taipan.modules.subprocess;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.taipan.modules.io.FdTable;
import org.taipan.modules.posix.ChildFds;
import org.taipan.modules.posix.Errno;
import org.taipan.modules.posix.FsEncoding;
import org.taipan.modules.posix.Libc;
import org.taipan.modules.posix.PosixPaths;
import org.taipan.modules.posix.PosixState;
import org.taipan.modules.posix.Spawn;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Codecs;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.ThreadState;
import org.taipan.sandbox.Sandbox;

/**
 * {@code _posixsubprocess} ({@code Modules/_posixsubprocess.c}): {@code fork_exec}, the call
 * under {@code subprocess.Popen} on POSIX. The JVM cannot fork, so the child is started with
 * {@code posix_spawn} ({@link Spawn}); the descriptors CPython's child would {@code dup2} are
 * resolved from the interpreter's descriptor table by {@link ChildFds}.
 *
 * <p>A failed {@code exec} (or {@code chdir}) is reported exactly as CPython's child reports it:
 * {@code "OSError:<hex errno>:"} (with {@code noexec} for the directory) written to
 * {@code errpipe_write}, so that {@code subprocess} raises the same exception with the same file
 * name. The pid returned then is this process's own, which {@code os.waitpid} answers with
 * ChildProcessError, as subprocess expects for a child that is gone.
 *
 * <p>With {@code close_fds} false the child gets the descriptors marked inheritable, under their
 * numbers, and no other (as exec leaves a CPython child: its others are close-on-exec).
 *
 * <p>Not possible without {@code fork}: {@code preexec_fn}, {@code user}/{@code group}/
 * {@code extra_groups} and {@code umask} (RuntimeError).
 */
public final class PosixSubprocessModule {
    private PosixSubprocessModule() {}

    /** A new {@code _posixsubprocess} module. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_posixsubprocess", true);
        m.def("fork_exec", (a, k) -> {
            Sandbox.require(Permission.PROCESS, "_posixsubprocess.fork_exec()");
            if (k != null && k.length > 0) {
                throw Errors.typeError("fork_exec() takes no keyword arguments");
            }
            if (a.length != 23) {
                throw Errors.typeError("fork_exec() takes exactly 23 arguments (%d given)", a.length);
            }
            return PyInt.of(forkExec(interp, a));
        });
        return m;
    }

    private static int intArg(PyObject o) {
        return (int) Abstract.index(o, null).longValue();
    }

    private static int forkExec(Interpreter interp, PyObject[] a) {
        if (!Libc.available()) {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError,
                    Libc.unavailableReason("starting a child process (posix_spawn)"));
        }
        boolean closeFds = Abstract.isTrue(a[2]);
        PyObject[] keep = Abstract.toArray(a[3]);
        int[] fdsToKeep = new int[keep.length];
        for (int i = 0; i < keep.length; i++) {
            fdsToKeep[i] = intArg(keep[i]);
            if (fdsToKeep[i] < 0 || i > 0 && fdsToKeep[i] <= fdsToKeep[i - 1]) {
                throw Errors.valueError("bad value(s) in fds_to_keep");
            }
        }
        int p2cread = intArg(a[6]), c2pwrite = intArg(a[9]), errwrite = intArg(a[11]);
        int errpipeWrite = intArg(a[13]);
        if (a[21] != PyNone.NONE) {
            throw Errors.runtimeError("preexec_fn is not supported by Taipan: the JVM cannot fork");
        }
        if (a[17] != PyNone.NONE || a[18] != PyNone.NONE || a[19] != PyNone.NONE) {
            throw Errors.runtimeError("user, group and extra_groups are not supported by Taipan:"
                    + " the JVM cannot fork");
        }
        int childUmask = intArg(a[20]);
        Spawn.Request r = new Spawn.Request();
        r.argv = new ArrayList<>();
        for (PyObject arg : Abstract.toArray(a[0])) {
            r.argv.add(fsBytes(arg));
        }
        r.executables = new ArrayList<>();
        for (PyObject exe : Abstract.toArray(a[1])) {
            r.executables.add(fsBytes(exe));
        }
        PosixState state = PosixState.of(interp);
        if (a[5] == PyNone.NONE) {
            r.env = state.environmentEntries();
        } else {
            r.env = new ArrayList<>();
            for (PyObject e : Abstract.toArray(a[5])) {
                r.env.add(fsBytes(e));
            }
        }
        Path dir = state.cwd();
        if (a[4] != PyNone.NONE) {
            dir = state.resolve(FsEncoding.toPath(fsBytes(a[4])));
            int err = !Files.exists(dir) ? Errno.ENOENT : !Files.isDirectory(dir) ? Errno.ENOTDIR
                    : !Files.isExecutable(dir) ? Errno.EACCES : 0;
            if (err != 0) {
                return report(interp, errpipeWrite, err, true);
            }
        }
        r.cwd = FsEncoding.bytes(dir);
        r.restoreSignals = Abstract.isTrue(a[14]);
        r.setsid = Abstract.isTrue(a[15]);
        r.pgid = intArg(a[16]);

        List<Integer> kept = new ArrayList<>();
        for (int fd : fdsToKeep) {
            // the error pipe stays with the parent: posix_spawn reports a failed exec itself
            if (fd != errpipeWrite && fd > 2) {
                kept.add(fd);
            }
        }
        try (ChildFds fds = new ChildFds(interp)) {
            fds.install(p2cread >= 0 ? p2cread : 0, 0);
            fds.install(c2pwrite >= 0 ? c2pwrite : 1, 1);
            fds.install(errwrite >= 0 ? errwrite : 2, 2);
            for (int fd : kept) {
                fds.install(fd, fd);
            }
            if (!closeFds) {
                // CPython's child keeps the inheritable descriptors and loses the others at its
                // exec (close-on-exec, PEP 446). The interpreter's descriptors are not the
                // process's, and the JVM's own lack close-on-exec: the inheritable ones are given
                // to the child under their numbers, and every other one is closed as with close_fds
                fds.installInheritable(fd -> fd == errpipeWrite || kept.contains(fd));
            }
            int err = fds.fill(r);
            if (err != 0) {
                throw Errno.error(err, null);
            }
            fds.closeOthers(r);
            r.ignoredSignals = org.taipan.runtime.Signals.of(interp).ignoredMask();
            // fork_exec's umask argument (-1: none) is set in the child; else it inherits the interpreter's
            r.umask = childUmask >= 0 ? childUmask & 0777 : PosixState.of(interp).umask();
            int pid = org.taipan.runtime.Blocking.withoutGil(() -> Spawn.spawn(r));
            if (pid < 0) {
                return report(interp, errpipeWrite, -pid, false);
            }
            fds.started(pid);
            return pid;
        }
    }

    /** Writes CPython's child error record to the error pipe; the pid subprocess will fail to wait for. */
    private static int report(Interpreter interp, int errpipeWrite, int errno, boolean noexec) {
        String record = "OSError:" + Integer.toHexString(errno) + ":" + (noexec ? "noexec" : "");
        try {
            FdTable.of(interp).write(errpipeWrite, record.getBytes(StandardCharsets.US_ASCII));
        } catch (java.io.IOException e) {
            throw Errno.error(e, null);
        }
        return (int) ProcessHandle.current().pid();
    }

    /** {@code PyUnicode_FSConverter}: str (UTF-8, surrogateescape), bytes or a path-like, without NUL. */
    public static byte[] fsBytes(PyObject o) {
        PyObject p = o instanceof PyStr || o instanceof PyBytes ? o : PosixPaths.fspath(o);
        byte[] b = p instanceof PyStr s ? Codecs.encode(s, "utf-8", "surrogateescape").bytes()
                : ((PyBytes) p).bytes();
        for (byte x : b) {
            if (x == 0) {
                throw Errors.valueError("embedded null byte");
            }
        }
        return b;
    }
}
