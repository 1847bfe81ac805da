package org.taipan.modules.posix;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.taipan.modules.io.FdTable;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;
import org.taipan.sandbox.Sandbox;

/**
 * {@code os.posix_fadvise(fd, offset, length, advice)}, {@code os.posix_fallocate(fd, offset,
 * length)} and {@code os.lockf(fd, command, length)} with the {@code POSIX_FADV_*} advice: the C
 * library's functions on the real descriptor behind the interpreter's ({@link RealFds}; a file
 * channel's through the JDK's). Where the JDK keeps a file's descriptor from us, a channel is
 * served without it: advice is checked and dropped (it changes no result), allocation extends the
 * file with a zero byte at the end of the range (the file reads the same; the blocks are not
 * reserved), and a lock is EBADF as in the {@code fcntl} module. The two {@code posix_} functions
 * return their error number instead of setting errno, raised as CPython does. Registered only
 * when the C library can be called.
 */
final class FileAdvice {
    private FileAdvice() {}

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG;
    private static final NativeFn FADVISE = new NativeFn("posix_fadvise", FunctionDescriptor.of(I, I, L, L, I));
    private static final NativeFn FALLOCATE = new NativeFn("posix_fallocate", FunctionDescriptor.of(I, I, L, L));
    private static final NativeFn LOCKF = new NativeFn("lockf", FunctionDescriptor.of(I, I, I, L));

    private static final Object[][] ADVICE = {{"POSIX_FADV_NORMAL", 0}, {"POSIX_FADV_RANDOM", 1},
        {"POSIX_FADV_SEQUENTIAL", 2}, {"POSIX_FADV_WILLNEED", 3}, {"POSIX_FADV_DONTNEED", 4},
        {"POSIX_FADV_NOREUSE", 5}};

    static void register(PyModule m) {
        if (!Libc.available()) {
            return;
        }
        for (Object[] c : ADVICE) {
            m.set((String) c[0], PyInt.of((Integer) c[1]));
        }
        PosixModule.def(m, "posix_fadvise", (a, k) -> {
            Sandbox.require(Permission.FILE_SYSTEM, "os.posix_fadvise()");
            Args.noKeywords("posix.posix_fadvise", k);
            Args.check("posix_fadvise", a, null, 4, 4);
            int fd = PosixModule.intArg(a[0]);
            long offset = offset(a[1]);
            long length = offset(a[2]);
            int advice = PosixModule.intArg(a[3]);
            FdTable.OpenFile f = file(fd);
            int real = RealFds.existing(f);
            if (real >= 0) {
                retrying(() -> (int) FADVISE.call(real, offset, length, advice));
            } else if (f.channel() == null) {
                throw Errno.error(Errno.ESPIPE, null);
            } else if (advice < 0 || advice > 5 || length < 0) {
                throw Errno.error(Errno.EINVAL, null);
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "posix_fallocate", (a, k) -> {
            Sandbox.require(Permission.FILE_SYSTEM, "os.posix_fallocate()");
            Args.noKeywords("posix.posix_fallocate", k);
            Args.check("posix_fallocate", a, null, 3, 3);
            int fd = PosixModule.intArg(a[0]);
            long offset = offset(a[1]);
            long length = offset(a[2]);
            FdTable.OpenFile f = file(fd);
            int real = RealFds.existing(f);
            if (real >= 0) {
                retrying(() -> (int) FALLOCATE.call(real, offset, length));
            } else if (f.channel() == null) {
                throw Errno.error(Errno.ESPIPE, null);
            } else {
                extend(f.channel(), offset, length);
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "lockf", (a, k) -> {
            Sandbox.require(Permission.FILE_SYSTEM, "os.lockf()");
            Args.noKeywords("posix.lockf", k);
            Args.check("lockf", a, null, 3, 3);
            int fd = PosixModule.intArg(a[0]);
            int command = PosixModule.intArg(a[1]);
            long length = offset(a[2]);
            int real = SessionFunctions.realFd(fd);
            ThreadState ts = ThreadState.current();
            while (true) {
                int r = Blocking.withoutGil(() -> (int) LOCKF.call(real, command, length));
                if (r == 0) {
                    return PyNone.NONE;
                }
                if (Libc.errno() != Errno.EINTR) {
                    throw Errno.error(Libc.errno(), null);
                }
                Blocking.checkSignals(ts);
            }
        });
    }

    /** An {@code off_t} argument: an int within a C long ({@code Py_off_t_converter}). */
    private static long offset(PyObject o) {
        PyInt v = Abstract.index(o, null);
        if (!v.fitsLong()) {
            throw org.taipan.runtime.Errors.overflow("Python int too large to convert to C long");
        }
        return v.longValue();
    }

    /** The open file of {@code fd}: EBADF when it is not open. */
    private static FdTable.OpenFile file(int fd) {
        if (fd < 0) {
            throw Errno.error(Errno.EBADF, null);
        }
        return FdFunctions.openFile(fd);
    }

    /** Runs a call returning an error number, again after EINTR once the handlers ran; raises any other error. */
    private static void retrying(java.util.function.IntSupplier call) {
        ThreadState ts = ThreadState.current();
        while (true) {
            int err = Blocking.withoutGil(call::getAsInt);
            if (err == 0) {
                return;
            }
            if (err != Errno.EINTR) {
                throw Errno.error(err, null);
            }
            Blocking.checkSignals(ts);
        }
    }

    /** posix_fallocate without the descriptor: the checks of the call, then the file made long enough. */
    private static void extend(FileChannel ch, long offset, long length) {
        if (offset < 0 || length <= 0) {
            throw Errno.error(Errno.EINVAL, null);
        }
        try {
            long end = offset + length;
            if (ch.size() < end) {
                ch.write(ByteBuffer.allocate(1), end - 1);
            }
        } catch (java.nio.channels.NonWritableChannelException e) {
            throw Errno.error(Errno.EBADF, null);
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }
}
