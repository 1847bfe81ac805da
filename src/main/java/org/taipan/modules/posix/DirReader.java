package org.taipan.modules.posix;

import java.io.Closeable;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * The entries of one directory, read as CPython's {@code os.scandir} and {@code os.listdir} read
 * them: each name as the file system's bytes, with the entry's type and inode from the directory
 * itself ({@code d_type}, {@code d_ino}), so that walking a tree needs no stat per entry. Where
 * the C library can be called, getdents64(2) fills a buffer with many entries per call; elsewhere
 * a JDK directory stream gives the names, and an lstat of each its type and inode. The entries {@code .} and {@code ..} are left out. Not thread-safe: the iterator that
 * owns a reader serialises its use.
 */
abstract class DirReader implements Closeable {
    /**
     * {@code d_type} values: not given by the file system, a directory, a regular file, a symbolic
     * link; DT_OTHER stands for the rest (FIFO, socket, device), which the callers need not tell apart.
     */
    static final int DT_UNKNOWN = 0, DT_DIR = 4, DT_REG = 8, DT_LNK = 10, DT_OTHER = 1;

    /** The current entry's name, as the file system's bytes; valid after {@link #next} returned true. */
    byte[] name;
    /** The current entry's {@code d_type}. */
    int type;
    /** The current entry's {@code d_ino} (0 when unknown). */
    long ino;

    /**
     * Moves to the next entry.
     *
     * @return false at the end of the directory (and after {@link #close})
     * @throws IOException the failure of the read (a {@link NativeFdStreams.ErrnoException})
     */
    abstract boolean next() throws IOException;

    /** Frees the directory's descriptor; later calls do nothing. */
    @Override
    public abstract void close();

    /**
     * Opens the directory at {@code dir}, resolved to an absolute path.
     *
     * @throws IOException the failure of the open: ENOTDIR for a file, ENOENT, EACCES, EMFILE
     *     (the caller reclaims descriptors and tries again)
     */
    static DirReader open(Path dir) throws IOException {
        if (Native.AVAILABLE) {
            return Native.open(dir);
        }
        if (java.nio.file.Files.exists(dir) && !java.nio.file.Files.isDirectory(dir)) {
            // the JDK opens the file itself first: a FIFO without a writer would block it
            throw new NativeFdStreams.ErrnoException(Errno.ENOTDIR);
        }
        return new Jdk(java.nio.file.Files.newDirectoryStream(dir));
    }

    /** Whether {@link #ofDescriptor} can read a descriptor (the C library's getdents64 is there). */
    static boolean readsDescriptors() {
        return Native.AVAILABLE;
    }

    /**
     * Reads the directory the real descriptor {@code fd} refers to from its start, as CPython's
     * {@code listdir(fd)} and {@code scandir(fd)} do: the reader's own duplicate (sharing the
     * descriptor's offset) is rewound before the first read and again when closed, so that every
     * listing of the same descriptor sees every entry. Only when {@link #readsDescriptors}.
     *
     * @throws IOException EBADF, ENOTDIR, EMFILE (the caller reclaims descriptors and tries again)
     */
    static DirReader ofDescriptor(int fd) throws IOException {
        return Native.ofDescriptor(fd);
    }

    /** getdents64(2) on a descriptor opened with {@code O_DIRECTORY}. */
    private static final class Native extends DirReader {
        /** Whether the C library has getdents64 (glibc 2.30 on) and may be called. */
        static final boolean AVAILABLE = Libc.available()
                && Linker.nativeLinker().defaultLookup().find("getdents64").isPresent();
        /** {@code O_RDONLY | O_DIRECTORY | O_CLOEXEC}: O_DIRECTORY differs between architectures. */
        private static final int OPEN_FLAGS = Libc.O_CLOEXEC
                | (System.getProperty("os.arch", "").equals("aarch64") ? 040000 : 0200000);
        /** glibc's readdir buffer size: a directory of a few hundred entries in one call. */
        private static final int BUFFER = 32 * 1024;

        private static final class Handle {
            static final MethodHandle GETDENTS = Libc.link("getdents64",
                    FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                            ValueLayout.JAVA_LONG));
            static final MethodHandle OPEN = Libc.link("open", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                    ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), Linker.Option.firstVariadicArg(2));
            static final MethodHandle CLOSE = Libc.linkPlain("close",
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        }

        /**
         * Buffers of closed readers, kept for the next: a fresh one is zeroed and, freed only by
         * the collector, made the C heap grow, which cost more in page faults than the reading.
         */
        private static final java.util.concurrent.ConcurrentLinkedDeque<MemorySegment> SPARE =
                new java.util.concurrent.ConcurrentLinkedDeque<>();
        private static final int MAX_SPARE = 8;
        private static final java.util.concurrent.atomic.AtomicInteger SPARE_COUNT =
                new java.util.concurrent.atomic.AtomicInteger();

        private int fd;
        /** {@code struct linux_dirent64} records, then the errno capture; from SPARE or new. */
        private MemorySegment buffer;
        private int filled, at;

        private Native(MemorySegment buffer, int fd) {
            this.buffer = buffer;
            this.fd = fd;
        }

        /** Whether {@link #close} rewinds the descriptor first: a duplicate of a caller's descriptor. */
        private boolean rewindOnClose;

        /** A buffer for a reader: a spare one, or a new one. */
        private static MemorySegment buffer() {
            MemorySegment b = SPARE.pollFirst();
            if (b != null) {
                SPARE_COUNT.decrementAndGet();
                return b;
            }
            return Arena.ofAuto().allocate(BUFFER + Libc.captureLayout().byteSize(), 8);
        }

        static DirReader ofDescriptor(int fd) throws IOException {
            int copy = Libc.fcntl(fd, Libc.F_DUPFD_CLOEXEC, 0);
            if (copy < 0) {
                throw new NativeFdStreams.ErrnoException(Libc.errno());
            }
            if (Libc.lseek(copy, 0, 0) < 0) {
                int errno = Libc.errno();
                Libc.close(copy);
                throw new NativeFdStreams.ErrnoException(errno);
            }
            Native r = new Native(buffer(), copy);
            r.rewindOnClose = true;
            return r;
        }

        static DirReader open(Path dir) throws IOException {
            MemorySegment b = buffer();
            // the path goes through the buffer the entries will fill
            byte[] name = FsEncoding.bytes(dir);
            if (name.length >= BUFFER) {
                spare(b);
                throw new NativeFdStreams.ErrnoException(Errno.ENAMETOOLONG);
            }
            MemorySegment.copy(name, 0, b, ValueLayout.JAVA_BYTE, 0, name.length);
            b.set(ValueLayout.JAVA_BYTE, name.length, (byte) 0);
            MemorySegment capture = b.asSlice(BUFFER);
            int fd;
            try {
                fd = (int) Handle.OPEN.invokeExact(capture, b, OPEN_FLAGS, 0);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            if (fd < 0) {
                spare(b);
                throw new NativeFdStreams.ErrnoException(Libc.capturedErrno(capture));
            }
            return new Native(b, fd);
        }

        /** Keeps {@code b} for the next reader, unless enough are kept. */
        private static void spare(MemorySegment b) {
            if (SPARE_COUNT.incrementAndGet() <= MAX_SPARE) {
                SPARE.addFirst(b);
            } else {
                SPARE_COUNT.decrementAndGet();
            }
        }

        @Override
        boolean next() throws IOException {
            while (true) {
                if (at >= filled) {
                    if (fd < 0) {
                        return false;
                    }
                    MemorySegment capture = buffer.asSlice(BUFFER);
                    long n;
                    try {
                        n = (long) Handle.GETDENTS.invokeExact(capture, fd, buffer, (long) BUFFER);
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                    int errno = n < 0 ? Libc.capturedErrno(capture) : 0;
                    if (n < 0 && errno != Errno.ENOENT) {
                        throw new NativeFdStreams.ErrnoException(errno);
                    }
                    if (n <= 0) {
                        // ENOENT: a directory removed while open (a descriptor's) reads as empty,
                        // as glibc's readdir makes it
                        close();
                        return false;
                    }
                    filled = (int) n;
                    at = 0;
                }
                // struct linux_dirent64: u64 d_ino, s64 d_off, u16 d_reclen, u8 d_type, char d_name[]
                int reclen = Short.toUnsignedInt(buffer.get(ValueLayout.JAVA_SHORT_UNALIGNED, at + 16));
                int start = at + 19, end = start;
                while (buffer.get(ValueLayout.JAVA_BYTE, end) != 0) {
                    end++;
                }
                long entryIno = buffer.get(ValueLayout.JAVA_LONG_UNALIGNED, at);
                int entryType = buffer.get(ValueLayout.JAVA_BYTE, at + 18);
                at += reclen;
                int len = end - start;
                if (len <= 2 && buffer.get(ValueLayout.JAVA_BYTE, start) == '.'
                        && (len == 1 || buffer.get(ValueLayout.JAVA_BYTE, start + 1) == '.')) {
                    continue;
                }
                byte[] b = new byte[len];
                MemorySegment.copy(buffer, ValueLayout.JAVA_BYTE, start, b, 0, len);
                name = b;
                type = entryType;
                ino = entryIno;
                return true;
            }
        }

        @Override
        public void close() {
            if (fd >= 0) {
                if (rewindOnClose) {
                    // as CPython's rewinddir before closedir: the caller's descriptor shares the offset
                    Libc.lseek(fd, 0, 0);
                }
                try {
                    // close(2) frees the descriptor whatever it returns (EINTR included, on Linux)
                    int unused = (int) Handle.CLOSE.invokeExact(fd);
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
                fd = -1;
                spare(buffer);
                buffer = null;
            }
            filled = at = 0;
        }
    }

    /** A JDK directory stream, with an lstat per entry. */
    private static final class Jdk extends DirReader {
        private final DirectoryStream<Path> stream;
        private Iterator<Path> it;

        Jdk(DirectoryStream<Path> stream) {
            this.stream = stream;
            this.it = stream.iterator();
        }

        @Override
        boolean next() throws IOException {
            try {
                if (it == null || !it.hasNext()) {
                    return false;
                }
                Path file = it.next();
                name = FsEncoding.bytes(file.getFileName());
                // the directory's d_type and d_ino, as of the scan, from an lstat
                try {
                    FileStatus s = FileStatus.ofAttributes(FileStatus.attributes(file, false));
                    type = switch (s.fileType()) {
                        case FileStatus.S_IFDIR -> DT_DIR;
                        case FileStatus.S_IFREG -> DT_REG;
                        case FileStatus.S_IFLNK -> DT_LNK;
                        default -> DT_OTHER;
                    };
                    ino = s.ino();
                } catch (IOException | RuntimeException e) {
                    type = DT_UNKNOWN;
                    ino = 0;
                }
            } catch (java.nio.file.DirectoryIteratorException e) {
                throw e.getCause();
            }
            return true;
        }

        @Override
        public void close() {
            it = null;
            try {
                stream.close();
            } catch (IOException e) {
                // closing a directory stream that was read fails only on a broken file system
            }
        }
    }
}
