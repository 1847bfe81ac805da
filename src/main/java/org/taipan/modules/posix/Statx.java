package org.taipan.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * statx(2), the one call behind {@code os.stat}, {@code os.lstat}, {@code os.fstat} and
 * {@code DirEntry.stat} where the C library can be called (Linux 4.11 and glibc 2.28 on): every
 * field of {@code struct stat} at once, the kernel's own error number, and a layout that is the
 * same on every architecture (unlike {@code struct stat}). The JDK's attribute views give no block
 * count or block size, cannot stat a descriptor, and cost about twice as much.
 *
 * <p>Each thread keeps its buffers ({@code struct statx}, the path, the errno capture), so a call
 * allocates nothing native; the handle is linked on the first call.
 */
final class Statx {
    private Statx() {}

    private static final int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100, AT_EMPTY_PATH = 0x1000;
    /** {@code STATX_BASIC_STATS}: what {@code struct stat} has. */
    private static final int STATX_BASIC_STATS = 0x7ff, STATX_BLOCKS = 0x400;
    /** {@code sizeof(struct statx)}. */
    private static final int SIZE = 256;

    /** Offsets in {@code struct statx} (linux/stat.h; timestamps are {s64 sec, u32 nsec, s32 pad}). */
    private static final long MASK = 0, BLKSIZE = 4, NLINK = 16, UID = 20, GID = 24, MODE = 28, INO = 32,
            FILE_SIZE = 40, BLOCKS = 48, ATIME = 64, CTIME = 96, MTIME = 112, RDEV_MAJOR = 128, RDEV_MINOR = 132,
            DEV_MAJOR = 136, DEV_MINOR = 140;

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG;

    /** The linked function: made on the first call. */
    private static final class Native {
        static final MethodHandle STATX = Libc.link("statx",
                FunctionDescriptor.of(I, I, ValueLayout.ADDRESS, I, I, ValueLayout.ADDRESS));
    }

    /** One thread's buffers: the call runs no Python code, so a thread never needs two. */
    private static final class Scratch {
        final Arena arena = Arena.ofAuto();
        final MemorySegment result = arena.allocate(SIZE, 8);
        final MemorySegment capture = arena.allocate(Libc.captureLayout());
        MemorySegment path = arena.allocate(256);

        /** {@code bytes} (and a slash when {@code slash}) as a C string in the path buffer. */
        MemorySegment cPath(byte[] bytes, boolean slash) {
            long need = bytes.length + 2L;
            if (path.byteSize() < need) {
                path = arena.allocate(Math.max(need, path.byteSize() * 2));
            }
            MemorySegment.copy(bytes, 0, path, ValueLayout.JAVA_BYTE, 0, bytes.length);
            int end = bytes.length;
            if (slash) {
                path.set(ValueLayout.JAVA_BYTE, end++, (byte) '/');
            }
            path.set(ValueLayout.JAVA_BYTE, end, (byte) 0);
            return path;
        }
    }

    private static final byte[] EMPTY_PATH = {};

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** Whether statx can be called here (the C library's functions can: {@link Libc#available()}). */
    static boolean available() {
        return Libc.available();
    }

    /**
     * {@code statx(AT_FDCWD, path, ...)}: the status of the file at {@code path} (absolute, bytes
     * as the file system has them).
     *
     * @param slash append a slash, which makes the kernel resolve the name as a directory
     *     (ENOTDIR for anything else), as a name given with a trailing slash asks
     * @param follow follow a final symbolic link (stat) or not (lstat)
     * @throws NativeFdStreams.ErrnoException the call's error number
     */
    static FileStatus path(byte[] path, boolean slash, boolean follow) throws NativeFdStreams.ErrnoException {
        Scratch s = SCRATCH.get();
        return call(s, AT_FDCWD, s.cPath(path, slash), follow ? 0 : AT_SYMLINK_NOFOLLOW);
    }

    /**
     * {@code statx(fd, "", AT_EMPTY_PATH, ...)}: the status of the open file behind the operating
     * system's descriptor {@code fd}, whatever it is (a file, even unlinked, a pipe, a terminal).
     *
     * @throws NativeFdStreams.ErrnoException the call's error number (EBADF)
     */
    static FileStatus descriptor(int fd) throws NativeFdStreams.ErrnoException {
        Scratch s = SCRATCH.get();
        return call(s, fd, s.cPath(EMPTY_PATH, false), AT_EMPTY_PATH);
    }

    private static FileStatus call(Scratch s, int dirFd, MemorySegment path, int flags)
            throws NativeFdStreams.ErrnoException {
        int r;
        try {
            r = (int) Native.STATX.invokeExact(s.capture, dirFd, path, flags, STATX_BASIC_STATS, s.result);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        if (r != 0) {
            throw new NativeFdStreams.ErrnoException(Libc.capturedErrno(s.capture));
        }
        return decode(s.result);
    }

    private static FileStatus decode(MemorySegment b) {
        long[] sec = {b.get(L, ATIME), b.get(L, MTIME), b.get(L, CTIME)};
        int[] nsec = {b.get(I, ATIME + 8), b.get(I, MTIME + 8), b.get(I, CTIME + 8)};
        long size = b.get(L, FILE_SIZE);
        // a file system may leave out the block count (the mask says): estimate it then
        long blocks = (b.get(I, MASK) & STATX_BLOCKS) != 0 ? b.get(L, BLOCKS) : (size + 511) / 512;
        return new FileStatus(Short.toUnsignedLong(b.get(ValueLayout.JAVA_SHORT, MODE)), b.get(L, INO),
                makedev(b.get(I, DEV_MAJOR), b.get(I, DEV_MINOR)), Integer.toUnsignedLong(b.get(I, NLINK)),
                Integer.toUnsignedLong(b.get(I, UID)), Integer.toUnsignedLong(b.get(I, GID)), size, sec, nsec,
                Integer.toUnsignedLong(b.get(I, BLKSIZE)), blocks,
                makedev(b.get(I, RDEV_MAJOR), b.get(I, RDEV_MINOR)));
    }

    /** glibc's {@code makedev}: 12 bits of major and 8 of minor low, the rest above them. */
    static long makedev(int major, int minor) {
        long ma = Integer.toUnsignedLong(major), mi = Integer.toUnsignedLong(minor);
        return ((ma & 0xfff) << 8) | ((ma & 0xfffff000L) << 32) | (mi & 0xff) | ((mi & 0xffffff00L) << 12);
    }
}
