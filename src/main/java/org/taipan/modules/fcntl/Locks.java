package org.taipan.modules.fcntl;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;

/**
 * {@code fcntl.flock} and {@code fcntl.lockf} ({@code fcntl_flock_impl}, {@code fcntl_lockf_impl}):
 * BSD locks through {@code flock(2)}, and {@code lockf} as CPython writes it, a POSIX record lock
 * through {@code fcntl(F_SETLK or F_SETLKW, struct flock *)} rather than the C library's
 * {@code lockf}, so shared locks work. A lock that waits releases the GIL; a refused LOCK_NB
 * request raises BlockingIOError (EAGAIN) or PermissionError (EACCES), as the kernel says.
 */
final class Locks {
    private Locks() {}

    static final int LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8;
    static final int F_RDLCK = 0, F_WRLCK = 1, F_UNLCK = 2, F_SETLK = 6, F_SETLKW = 7;
    /** {@code struct flock} on 64-bit Linux: short type, short whence, long start, long len, int pid. */
    private static final long FLOCK_SIZE = 32, TYPE = 0, WHENCE = 2, START = 8, LEN = 16;

    /** {@code flock(real, operation)}. */
    static PyObject flock(int real, int operation) {
        FcntlCalls.flock(real, operation);
        return PyNone.NONE;
    }

    /**
     * {@code lockf(fd, cmd, len, start, whence)} on the interpreter's descriptor {@code fd}, whose
     * real descriptor is looked up once the arguments are known good (as CPython reports a bad
     * argument before a bad descriptor); {@code len} and {@code start} may be null (0).
     *
     * @throws org.taipan.runtime.PyException ValueError "unrecognized lockf argument" for a
     *     {@code cmd} that is not LOCK_UN and has neither LOCK_SH nor LOCK_EX; TypeError or
     *     OverflowError for {@code start} and {@code len} that are not C longs; OSError
     */
    static PyObject lockf(int fd, int cmd, PyObject len, PyObject start, int whence) {
        short type;
        if (cmd == LOCK_UN) {
            type = F_UNLCK;
        } else if ((cmd & LOCK_SH) != 0) {
            type = F_RDLCK;
        } else if ((cmd & LOCK_EX) != 0) {
            type = F_WRLCK;
        } else {
            throw Errors.valueError("unrecognized lockf argument");
        }
        long from = start == null ? 0 : FcntlArgs.cLong(start);
        long length = len == null ? 0 : FcntlArgs.cLong(len);
        int real = FcntlModule.realFd(fd);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment lock = arena.allocate(FLOCK_SIZE, 8);
            lock.set(ValueLayout.JAVA_SHORT, TYPE, type);
            lock.set(ValueLayout.JAVA_SHORT, WHENCE, (short) whence);
            lock.set(ValueLayout.JAVA_LONG, START, from);
            lock.set(ValueLayout.JAVA_LONG, LEN, length);
            FcntlCalls.fcntl(real, (cmd & LOCK_NB) != 0 ? F_SETLK : F_SETLKW, lock);
        }
        return PyNone.NONE;
    }
}
