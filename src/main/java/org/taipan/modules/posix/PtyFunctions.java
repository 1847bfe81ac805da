package org.taipan.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.taipan.modules.io.FdTable;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.ThreadState;
import org.taipan.sandbox.Sandbox;

/**
 * {@code os.openpty()}: a new pseudo-terminal from the C library's {@code openpty}, its master and
 * slave ends registered in the interpreter's descriptor table as real descriptors (like pipe ends,
 * so {@code os.read}, {@code os.write}, {@code select} and {@code termios} work on them) that
 * {@code os.isatty} reports as terminals. Both ends are non-inheritable, as in CPython. Registered
 * only when the C library can be called; a sandboxed interpreter needs FILE_SYSTEM (it opens
 * {@code /dev/ptmx}).
 */
final class PtyFunctions {
    private PtyFunctions() {}

    private static final ValueLayout A = ValueLayout.ADDRESS;
    private static final NativeFn OPENPTY = new NativeFn("openpty",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, A, A, A, A, A));

    static void register(PyModule m) {
        if (!Libc.available()) {
            return;
        }
        PosixModule.def(m, "openpty", (a, k) -> {
            PosixModule.noArgs("openpty", a, k);
            Sandbox.require(Permission.FILE_SYSTEM, "os.openpty()");
            int master, slave;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment fds = arena.allocate(ValueLayout.JAVA_INT, 2);
                OPENPTY.check(null, fds, fds.asSlice(4), MemorySegment.NULL, MemorySegment.NULL, MemorySegment.NULL);
                master = fds.get(ValueLayout.JAVA_INT, 0);
                slave = fds.get(ValueLayout.JAVA_INT, 4);
            }
            for (int fd : new int[] {master, slave}) {
                if (Libc.fcntl(fd, Libc.F_SETFD, Libc.FD_CLOEXEC) < 0) {
                    int errno = Libc.errno();
                    Libc.close(master);
                    Libc.close(slave);
                    throw Errno.error(errno, null);
                }
            }
            FdTable table = FdTable.of(ThreadState.current().interpreter);
            return PyTuple.of(PyInt.of(register(table, master)), PyInt.of(register(table, slave)));
        });
    }

    private static int register(FdTable table, int real) {
        NativeFdStreams.Fd d = new NativeFdStreams.Fd(real);
        return table.addNative(real, new NativeFdStreams.In(d), new NativeFdStreams.Out(d), true);
    }
}
