package org.taipan.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.taipan.modules.resource.ResourceModule;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.StructSeq;
import org.taipan.runtime.ThreadState;
import org.taipan.sandbox.Sandbox;

/**
 * The waits of {@code posix} that say more than {@code waitpid}: {@code wait3(options)} and
 * {@code wait4(pid, options)}, returning {@code (pid, status, resource.struct_rusage)} (a zeroed
 * usage when WNOHANG found no child), and {@code waitid(idtype, id, options)}, returning a
 * {@code waitid_result} or None when WNOHANG found no child; with the {@code CLD_*} codes. Each
 * is the C library's function, without the GIL and retried after a signal whose handlers
 * returned, as {@link WaitFunctions#waitpid}; a reaped child's output copies are finished first.
 * Registered only when the C library can be called.
 */
final class WaitUsage {
    private WaitUsage() {}

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final ValueLayout P = ValueLayout.ADDRESS;
    private static final NativeFn WAIT4 = new NativeFn("wait4", FunctionDescriptor.of(I, I, P, I, P));
    private static final NativeFn WAITID = new NativeFn("waitid", FunctionDescriptor.of(I, I, I, P, I));

    /** {@code sizeof(struct rusage)} and {@code sizeof(siginfo_t)} on Linux x86-64. */
    private static final long RUSAGE_SIZE = 144, SIGINFO_SIZE = 128;

    /** {@code os.waitid_result}: what {@code siginfo_t} says of the child. */
    static final PyType WAITID_RESULT = StructSeq.newType("posix", "waitid_result", "si_pid", "si_uid", "si_signo",
            "si_status", "si_code");

    private static final Object[][] CLD_CODES = {{"CLD_EXITED", 1}, {"CLD_KILLED", 2}, {"CLD_DUMPED", 3},
        {"CLD_TRAPPED", 4}, {"CLD_STOPPED", 5}, {"CLD_CONTINUED", 6}};

    static void register(PyModule m, Interpreter interp) {
        if (!Libc.available()) {
            return;
        }
        for (Object[] c : CLD_CODES) {
            m.set((String) c[0], PyInt.of((Integer) c[1]));
        }
        m.set("waitid_result", WAITID_RESULT);
        PosixModule.def(m, "wait3", (a, k) -> {
            PyObject[] b = MethodArgs.bind("wait3", a, k, 0, "options");
            int options = PosixModule.intArg(MethodArgs.required("wait3", b, 0, "options"));
            Sandbox.require(Permission.PROCESS, "os.wait3()");
            return wait4(-1, options);
        });
        PosixModule.def(m, "wait4", (a, k) -> {
            PyObject[] b = MethodArgs.bind("wait4", a, k, 0, "pid", "options");
            int pid = PosixModule.intArg(MethodArgs.required("wait4", b, 0, "pid"));
            int options = PosixModule.intArg(MethodArgs.required("wait4", b, 1, "options"));
            Sandbox.require(Permission.PROCESS, "os.wait4()");
            return wait4(pid, options);
        });
        PosixModule.def(m, "waitid", (a, k) -> {
            Sandbox.require(Permission.PROCESS, "os.waitid()");
            PosixModule.exactArgs("waitid", a, k, 3);
            int idtype = PosixModule.intArg(a[0]);
            int id = PosixModule.intArg(a[1]);
            int options = PosixModule.intArg(a[2]);
            return waitid(idtype, id, options);
        });
    }

    /** {@code wait4(pid, &status, options, &usage)}: {@code (pid, status, struct_rusage)}. */
    private static PyObject wait4(int pid, int options) {
        ThreadState ts = ThreadState.current();
        try (Arena arena = Arena.ofShared()) {
            MemorySegment status = arena.allocate(I);
            MemorySegment usage = arena.allocate(RUSAGE_SIZE, 8);
            while (true) {
                int r = Blocking.withoutGil(() -> (int) WAIT4.call(pid, status, options, usage));
                if (r >= 0) {
                    if (r > 0) {
                        Blocking.withoutGil(() -> {
                            ChildFds.awaitCopies(r);
                            return null;
                        });
                    } else {
                        usage.fill((byte) 0);
                    }
                    return PyTuple.of(PyInt.of(r), PyInt.of(r > 0 ? status.get(I, 0) : 0),
                            ResourceModule.rusage(usage));
                }
                retryOrRaise(ts);
            }
        }
    }

    /** {@code waitid(idtype, id, &info, options)}: a {@code waitid_result}, or None for no child. */
    private static PyObject waitid(int idtype, int id, int options) {
        ThreadState ts = ThreadState.current();
        try (Arena arena = Arena.ofShared()) {
            MemorySegment info = arena.allocate(SIGINFO_SIZE, 8);
            while (true) {
                info.fill((byte) 0);
                int r = Blocking.withoutGil(() -> (int) WAITID.call(idtype, id, info, options));
                if (r >= 0) {
                    // siginfo_t for SIGCHLD: si_signo at 0, si_code at 8, then si_pid, si_uid, si_status
                    int pid = info.get(I, 16);
                    if (pid == 0) {
                        return PyNone.NONE;
                    }
                    if ((options & 0x01000000) == 0) {
                        int reaped = pid;
                        Blocking.withoutGil(() -> {
                            ChildFds.awaitCopies(reaped);
                            return null;
                        });
                    }
                    return StructSeq.make(WAITID_RESULT, PyInt.of(pid), IdArgs.value(info.get(I, 20)),
                            PyInt.of(info.get(I, 0)), PyInt.of(info.get(I, 24)), PyInt.of(info.get(I, 8)));
                }
                retryOrRaise(ts);
            }
        }
    }

    /** After a failed wait: back to waiting after EINTR once the signal handlers ran, else the OSError. */
    private static void retryOrRaise(ThreadState ts) {
        int errno = Libc.errno();
        if (errno != Errno.EINTR) {
            throw Errno.error(errno, null);
        }
        Blocking.checkSignals(ts);
    }
}
