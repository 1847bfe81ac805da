package org.taipan.modules.posix;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.taipan.modules.io.FdTable;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;
import org.taipan.sandbox.Sandbox;

/**
 * {@code os.memfd_create(name, flags=MFD_CLOEXEC)} and {@code os.pidfd_open(pid, flags=0)} with
 * the {@code MFD_*} flags: descriptors of the kernel with no file name, made by the C library's
 * functions and registered in the interpreter's descriptor table. A memfd is a regular file, so
 * it is reopened as a file channel through {@code /proc/self/fd} (the same file: reads, writes,
 * seeks, {@code ftruncate}, {@code fstat} and {@code mmap} work on it as on any other), and the
 * kernel's descriptor closed; a pidfd is kept as it is, like a pipe end (for {@code select} and
 * {@code poll}). Each is registered only when the C library has the function.
 */
final class AnonymousFds {
    private AnonymousFds() {}

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final NativeFn MEMFD_CREATE = new NativeFn("memfd_create", FunctionDescriptor.of(I,
            ValueLayout.ADDRESS, I));
    private static final NativeFn PIDFD_OPEN = new NativeFn("pidfd_open", FunctionDescriptor.of(I, I, I));

    private static final int MFD_CLOEXEC = 1;
    private static final Object[][] MFD_FLAGS = {{"MFD_CLOEXEC", 1L}, {"MFD_ALLOW_SEALING", 2L}, {"MFD_HUGETLB", 4L},
        {"MFD_HUGE_SHIFT", 26L}, {"MFD_HUGE_MASK", 63L}, {"MFD_HUGE_64KB", 16L << 26}, {"MFD_HUGE_512KB", 19L << 26},
        {"MFD_HUGE_1MB", 20L << 26}, {"MFD_HUGE_2MB", 21L << 26}, {"MFD_HUGE_8MB", 23L << 26},
        {"MFD_HUGE_16MB", 24L << 26}, {"MFD_HUGE_32MB", 25L << 26}, {"MFD_HUGE_256MB", 28L << 26},
        {"MFD_HUGE_512MB", 29L << 26}, {"MFD_HUGE_1GB", 30L << 26}, {"MFD_HUGE_2GB", 31L << 26},
        {"MFD_HUGE_16GB", 34L << 26}};

    static void register(PyModule m) {
        if (!Libc.available()) {
            return;
        }
        if (has("memfd_create")) {
            for (Object[] c : MFD_FLAGS) {
                m.set((String) c[0], PyInt.of((Long) c[1]));
            }
            PosixModule.def(m, "memfd_create", (a, k) -> {
                Sandbox.require(Permission.FILE_SYSTEM, "os.memfd_create()");
                PyObject[] b = MethodArgs.bind("memfd_create", a, k, 0, "name", "flags");
                byte[] name = GroupFunctions.fsBytes(MethodArgs.required("memfd_create", b, 0, "name"));
                // flags is a C unsigned int: any int that fits 32 bits
                int flags = b[1] == null ? MFD_CLOEXEC : (int) org.taipan.runtime.Abstract.index(b[1], null).longValue();
                int real;
                try (Arena arena = Arena.ofConfined()) {
                    real = (int) MEMFD_CREATE.check(null, Libc.cString(arena, name), flags);
                }
                return PyInt.of(asChannel(real));
            });
        }
        if (has("pidfd_open")) {
            PosixModule.def(m, "pidfd_open", (a, k) -> {
                Sandbox.require(Permission.PROCESS, "os.pidfd_open()");
                PyObject[] b = MethodArgs.bind("pidfd_open", a, k, 0, "pid", "flags");
                int pid = PosixModule.intArg(MethodArgs.required("pidfd_open", b, 0, "pid"));
                int flags = b[1] == null ? 0 : (int) org.taipan.runtime.Abstract.index(b[1], null).longValue();
                int real = (int) PIDFD_OPEN.check(null, pid, flags);
                NativeFdStreams.Fd d = new NativeFdStreams.Fd(real);
                return PyInt.of(FdTable.of(ThreadState.current().interpreter).addNative(real,
                        new NativeFdStreams.In(d), new NativeFdStreams.Out(d)));
            });
        }
    }

    private static boolean has(String symbol) {
        return Linker.nativeLinker().defaultLookup().find(symbol).isPresent();
    }

    /** The memfd {@code real} as a file channel of the interpreter's table; {@code real} is closed. */
    private static int asChannel(int real) {
        try {
            FileChannel ch = FileChannel.open(Path.of("/proc/self/fd/" + real), StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            int own = RealFds.channelFd(ch);
            Path path = Path.of("/proc/self/fd/" + (own >= 0 ? own : real));
            if (own >= 0) {
                Libc.close(real);
            }
            return FdTable.of(ThreadState.current().interpreter).add(ch, path);
        } catch (IOException e) {
            Libc.close(real);
            throw Errno.error(e, null);
        }
    }
}
