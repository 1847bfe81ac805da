package org.taipan.modules.posix;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import org.taipan.modules.io.FdTable;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.ThreadState;

/**
 * The descriptor functions of {@code posix} ({@code open}, {@code read}, {@code write},
 * {@code lseek}, {@code close}, {@code dup}, {@code pipe}, {@code fstat}, ...) over the
 * interpreter's {@link FdTable}, the same numbers {@code open()} and {@code fileno()} use.
 * Real pipe ends ({@code os.pipe()} through {@link Libc}) have real inheritable and blocking flags;
 * other descriptors are never inherited and always block.
 */
final class FdFunctions {
    private FdFunctions() {}

    private static FdTable table() {
        return FdTable.of(ThreadState.current().interpreter);
    }

    /** A descriptor, flags or mode argument: each is an Argument Clinic {@code int} in CPython's posixmodule.c. */
    private static int fd(PyObject o) {
        return Args.clinicInt(o);
    }

    /** The open file numbered {@code fd}: EBADF when there is none. */
    private static FdTable.OpenFile file(int fd) {
        FdTable.OpenFile f = table().get(fd);
        if (f == null) {
            throw Errno.error(Errno.EBADF, null);
        }
        return f;
    }

    /** The open file numbered {@code fd} in the calling interpreter's table: OSError EBADF when there is none. */
    static FdTable.OpenFile openFile(int fd) {
        return file(fd);
    }

    /** {@code os.fstat(fd)}. */
    static PyObject fstat(int fd) {
        return fstat(fd, null);
    }

    /**
     * {@code fstat(fd)} for {@code os.stat(fd)} too, whose errors name the descriptor as given
     * ({@code filename}, null for none) as CPython's {@code path_error} does.
     */
    static PyObject fstat(int fd, PyObject filename) {
        FdTable.OpenFile f = table().get(fd);
        if (f == null) {
            throw Errno.error(Errno.EBADF, filename);
        }
        try {
            int real = Statx.available() ? RealFds.existing(f) : -1;
            if (real >= 0) {
                // the open file itself, whatever it is and whatever its name now stands for
                return StatResult.of(Statx.descriptor(real));
            }
            if (f.path != null) {
                return StatResult.of(FileStatus.of(pathOf(fd), false, true));
            }
        } catch (IOException e) {
            throw Errno.error(e, filename);
        }
        return StatResult.ofStream(fd > 2);
    }

    /** The path a descriptor was opened on (for {@code chmod}/{@code utime} of a descriptor). */
    static Path pathOf(int fd) {
        FdTable.OpenFile f = file(fd);
        if (f.path == null) {
            throw Errno.error(Errno.EINVAL, null);
        }
        int real = RealFds.existing(f);
        // the open file itself (fchmod, futimens... work on it even after its name was unlinked or
        // given to another file), through the kernel's link, where there is a real descriptor
        return real >= 0 && java.nio.file.Files.exists(Path.of("/proc/self/fd/" + real)) ? Path.of("/proc/self/fd/" + real)
                : f.path;
    }

    /** {@code os.ftruncate(fd, length)}: shrinks or extends (with zeros) the file. */
    static void ftruncate(int fd, long length) {
        FdTable.OpenFile f = file(fd);
        FileChannel ch = f.channel();
        if (ch == null || length < 0) {
            throw Errno.error(Errno.EINVAL, null);
        }
        try {
            long pos = ch.position();
            if (length < ch.size()) {
                ch.truncate(length);
            } else if (length > ch.size()) {
                ch.write(java.nio.ByteBuffer.wrap(new byte[1]), length - 1);
            }
            ch.position(pos);
        } catch (java.nio.channels.NonWritableChannelException e) {
            throw Errno.error(Errno.EINVAL, null);
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    static void register(PyModule m) {
        PosixModule.def(m, "open", (a, k) -> {
            PyObject[] b = MethodArgs.bind("open", a, k, 0, "path", "flags", "mode", "dir_fd");
            PosixPaths.PathArg p = DirFds.resolve(PosixPaths.convert(MethodArgs.required("open", b, 0, "path"), "open",
                    "path"), b[3], "open");
            int flags = fd(MethodArgs.required("open", b, 1, "flags"));
            int mode = b[2] == null ? 0777 : fd(b[2]);
            PosixPaths.checkOpenOfDirectoryName(p.text(), p.path(), (flags & 64) != 0, p.object());
            boolean existed = Files.exists(p.path());
            try {
                int n = table().open(p.path(), flags);
                if (!existed && (flags & 64) != 0) {
                    int umask = PosixState.of(ThreadState.current().interpreter).umask();
                    FileFunctions.setMode(p.path(), mode & ~umask & 07777, true);
                }
                return PyInt.of(n);
            } catch (IOException e) {
                throw Errno.error(e, p.object());
            }
        });
        PosixModule.def(m, "read", (a, k) -> {
            Args.check("read", a, k, 2, 2);
            int n = fd(a[0]);
            long len = Abstract.index(a[1], null).longValue();
            if (len < 0) {
                throw Errno.error(Errno.EINVAL, null);
            }
            FdTable t = table();
            int want = (int) Math.min(len, Integer.MAX_VALUE - 8);
            FdTable.OpenFile pipe = t.get(n);
            if (pipe != null && pipe.nativeFd >= 0) {
                // a pipe's read gives way to signal handlers on the main thread, as EINTR does in C
                byte[] b = new byte[Math.min(want, 1 << 16)];
                return PyBytes.of(java.util.Arrays.copyOf(b,
                        org.taipan.modules.io.PipeIO.read(pipe.nativeFd, b, 0, b.length)));
            }
            try {
                if (pipe != null && want > 0) {
                    // the process's stdin: a signal's handler runs while it waits, as EINTR lets it in C
                    org.taipan.modules.io.PyFileIO.awaitProcessStdin(pipe.in());
                }
                // A pipe or terminal read may block: other threads run meanwhile (Py_BEGIN_ALLOW_THREADS).
                byte[] r = org.taipan.runtime.Blocking.withoutGil(() -> t.read(n, want));
                if (r == null) {
                    throw Errno.error(Errno.EBADF, null);
                }
                return PyBytes.of(r);
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
        PosixModule.def(m, "write", (a, k) -> {
            Args.check("write", a, k, 2, 2);
            FdTable t = table();
            int target = fd(a[0]);
            byte[] data = Buffers.require(a[1]);
            FdTable.OpenFile pipe = t.get(target);
            if (pipe != null && pipe.nativeFd >= 0) {
                return PyInt.of(org.taipan.modules.io.PipeIO.write(pipe.nativeFd, data, 0, data.length));
            }
            try {
                int n = org.taipan.runtime.Blocking.withoutGil(() -> t.write(target, data));
                if (n < 0) {
                    throw Errno.error(Errno.EBADF, null);
                }
                return PyInt.of(n);
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
        PosixModule.def(m, "lseek", (a, k) -> {
            Args.check("lseek", a, k, 3, 3);
            try {
                long r = table().lseek(fd(a[0]), Abstract.index(a[1], null).longValue(), fd(a[2]));
                if (r == -1) {
                    throw Errno.error(Errno.EBADF, null);
                }
                if (r == -2) {
                    throw Errno.error(Errno.ESPIPE, null);
                }
                return PyInt.of(r);
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
        PosixModule.def(m, "close", (a, k) -> {
            int n = fd(PosixModule.oneArg("close", a, k, "fd"));
            try {
                if (!table().close(n)) {
                    throw Errno.error(Errno.EBADF, null);
                }
                return PyNone.NONE;
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
        PosixModule.def(m, "closerange", (a, k) -> {
            Args.check("closerange", a, k, 2, 2);
            int lo = Math.max(0, fd(a[0]));
            int hi = fd(a[1]);
            for (int i = lo; i < hi && i < 65536; i++) {
                try {
                    table().close(i);
                } catch (IOException e) {
                    // closerange ignores errors, as CPython's
                }
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "isatty", (a, k) -> {
            Args.check("isatty", a, k, 1, 1);
            return PyBool.of(table().isatty(fd(a[0])));
        });
        PosixModule.def(m, "fstat", (a, k) -> fstat(fd(PosixModule.oneArg("fstat", a, k, "fd"))));
        for (String name : new String[] {"fsync", "fdatasync"}) {
            PosixModule.def(m, name, (a, k) -> {
                PyObject o = PosixModule.oneArg(name, a, k, "fd");
                int n = PyInt.asInt(o) != null ? fd(o) : fd(org.taipan.runtime.Callables.callAttr(o, "fileno"));
                FdTable.OpenFile f = file(n);
                if (f.channel() == null) {
                    throw Errno.error(Errno.EINVAL, null);
                }
                try {
                    f.channel().force(name.equals("fsync"));
                } catch (IOException e) {
                    throw Errno.error(e, null);
                }
                return PyNone.NONE;
            });
        }
        PosixModule.def(m, "ftruncate", (a, k) -> {
            Args.check("ftruncate", a, k, 2, 2);
            ftruncate(fd(a[0]), Abstract.index(a[1], null).longValue());
            return PyNone.NONE;
        });
        PosixModule.def(m, "dup", (a, k) -> {
            int n = table().dup(fd(Args.oneArg("dup", a, k)));
            if (n < 0) {
                throw Errno.error(Errno.EBADF, null);
            }
            return PyInt.of(n);
        });
        PosixModule.def(m, "dup2", (a, k) -> {
            PyObject[] b = MethodArgs.bind("dup2", a, k, 0, "fd", "fd2", "inheritable");
            int fd = fd(MethodArgs.required("dup2", b, 0, "fd"));
            int fd2 = fd(MethodArgs.required("dup2", b, 1, "fd2"));
            boolean inheritable = b[2] == null || Abstract.isTrue(b[2]);
            if (!inheritable && fd == fd2) {
                // CPython calls dup3(fd, fd2, O_CLOEXEC) here, which refuses equal numbers first
                throw Errno.error(Errno.EINVAL, null);
            }
            try {
                int n = table().dup2(fd, fd2, inheritable);
                if (n < 0) {
                    throw Errno.error(Errno.EBADF, null);
                }
                return PyInt.of(n);
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
        PosixModule.def(m, "pipe", (a, k) -> {
            PosixModule.noArgs("pipe", a, k);
            return pipe(Libc.O_CLOEXEC);
        });
        PosixModule.def(m, "pipe2", (a, k) -> {
            Args.check("pipe2", a, k, 1, 1);
            return pipe(fd(a[0]));
        });
        PosixModule.def(m, "get_inheritable", (a, k) -> {
            int n = fd(Args.oneArg("get_inheritable", a, k));
            return PyBool.of(file(n).inheritable);
        });
        PosixModule.def(m, "set_inheritable", (a, k) -> {
            Args.check("set_inheritable", a, k, 2, 2);
            FdTable.OpenFile f = file(fd(a[0]));
            int real = f.nativeFd;
            f.inheritable = Abstract.isTrue(a[1]);
            if (real >= 0) {
                // the real descriptor too, for an exec that replaces the process
                int flags = Libc.fcntl(real, Libc.F_GETFD, 0);
                flags = Abstract.isTrue(a[1]) ? flags & ~Libc.FD_CLOEXEC : flags | Libc.FD_CLOEXEC;
                if (flags < 0 || Libc.fcntl(real, Libc.F_SETFD, flags) < 0) {
                    throw Errno.error(Libc.errno(), null);
                }
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "get_blocking", (a, k) -> {
            return PyBool.of(RealFds.isBlocking(file(fd(Args.oneArg("get_blocking", a, k)))));
        });
        PosixModule.def(m, "set_blocking", (a, k) -> {
            Args.check("set_blocking", a, k, 2, 2);
            FdTable.OpenFile f = file(fd(a[0]));
            int real = f.nativeFd;
            if (real < 0) {
                f.nonBlocking.set(!Abstract.isTrue(a[1]));
            } else {
                int flags = Libc.fcntl(real, Libc.F_GETFL, 0);
                flags = Abstract.isTrue(a[1]) ? flags & ~Libc.O_NONBLOCK : flags | Libc.O_NONBLOCK;
                if (flags < 0 || Libc.fcntl(real, Libc.F_SETFL, flags) < 0) {
                    throw Errno.error(Libc.errno(), null);
                }
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "device_encoding", (a, k) -> {
            int n = fd(PosixModule.oneArg("device_encoding", a, k, "fd"));
            return table().isatty(n) ? PyStr.of("UTF-8") : PyNone.NONE;
        });
        PosixModule.def(m, "get_terminal_size", (a, k) -> {
            Args.check("get_terminal_size", a, k, 0, 1);
            int n = a.length == 0 ? 1 : fd(a[0]);
            FdTable.OpenFile f = table().get(n);
            if (f == null) {
                throw Errno.error(Errno.EBADF, null);
            }
            int real = Libc.available() ? RealFds.existing(f) : -1;
            if (real < 0) {
                // no real descriptor (a captured stream): what a non-terminal answers
                throw Errno.error(ENOTTY, null);
            }
            return PtyFunctions.terminalSize(real);
        });
        m.set("terminal_size", TERMINAL_SIZE);
    }

    private static final int ENOTTY = 25;

    /**
     * {@code os.pipe()}/{@code pipe2(flags)}: a real pipe of the operating system when the C
     * library can be called (so a child process can be given it), else a JDK pipe.
     */
    private static PyObject pipe(int flags) {
        if (Libc.available()) {
            int[] p = Libc.pipe2(flags);
            if (p == null) {
                throw Errno.error(Libc.errno(), null);
            }
            NativeFdStreams.Fd r = new NativeFdStreams.Fd(p[0]);
            NativeFdStreams.Fd w = new NativeFdStreams.Fd(p[1]);
            int rn = table().addNative(p[0], new NativeFdStreams.In(r), null);
            int wn = table().addNative(p[1], null, new NativeFdStreams.Out(w));
            return PyTuple.of(PyInt.of(rn), PyInt.of(wn));
        }
        try {
            Pipe p = Pipe.open();
            int r = table().addStream(Channels.newInputStream(p.source()), null);
            int w = table().addStream(null, Channels.newOutputStream(p.sink()));
            return PyTuple.of(PyInt.of(r), PyInt.of(w));
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    static final org.taipan.runtime.PyType TERMINAL_SIZE = org.taipan.runtime.StructSeq.newType("os",
            "terminal_size", "columns", "lines");
}
