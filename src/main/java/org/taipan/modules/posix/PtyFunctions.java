package org.taipan.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.taipan.modules.io.FdTable;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.StructSeq;
import org.taipan.runtime.ThreadState;
import org.taipan.sandbox.Sandbox;

/**
 * Terminals. {@code os.openpty()}: a new pseudo-terminal from the C library's {@code openpty}, its master and
 * slave ends registered in the interpreter's descriptor table as real descriptors (like pipe ends,
 * so {@code os.read}, {@code os.write}, {@code select} and {@code termios} work on them) that
 * {@code os.isatty} reports as terminals. Both ends are non-inheritable, as in CPython. Registered
 * only when the C library can be called; a sandboxed interpreter needs FILE_SYSTEM (it opens
 * {@code /dev/ptmx}). And the window size behind {@code os.get_terminal_size} ({@code TIOCGWINSZ}).
 */
final class PtyFunctions {
    private PtyFunctions() {}

    private static final ValueLayout A = ValueLayout.ADDRESS;
    private static final NativeFn OPENPTY = new NativeFn("openpty",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, A, A, A, A, A));

    private static final long TIOCGWINSZ = 0x5413;

    /** {@code ioctl(fd, request, void *)}, linked on first use. */
    private static final class Ioctl {
        static final MethodHandle HANDLE = Libc.link("ioctl", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, A), Linker.Option.firstVariadicArg(2));
    }

    /**
     * {@code os.get_terminal_size} of the real descriptor {@code real}: {@code terminal_size(columns, lines)}.
     *
     * @throws org.taipan.runtime.PyException OSError of the ioctl's errno (ENOTTY for a non-terminal)
     */
    static PyObject terminalSize(int real) {
        try (Arena arena = Arena.ofConfined()) {
            // struct winsize: rows, columns, then two pixel sizes, each an unsigned short
            MemorySegment w = arena.allocate(8, 2);
            if (Libc.call(Ioctl.HANDLE, real, TIOCGWINSZ, w) == -1) {
                throw Errno.error(Libc.errno(), null);
            }
            int rows = Short.toUnsignedInt(w.get(ValueLayout.JAVA_SHORT, 0));
            int columns = Short.toUnsignedInt(w.get(ValueLayout.JAVA_SHORT, 2));
            return StructSeq.make(FdFunctions.TERMINAL_SIZE, PyInt.of(columns), PyInt.of(rows));
        }
    }

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
