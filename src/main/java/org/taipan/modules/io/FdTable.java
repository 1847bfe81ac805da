package org.taipan.modules.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.lang.ref.PhantomReference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;
import org.taipan.modules.posix.Libc;
import org.taipan.modules.posix.RealFds;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyObject;

/**
 * The file descriptors of one interpreter. The JVM does not expose the process's descriptors, so
 * each interpreter numbers its open files itself as POSIX does (the lowest free number, 0, 1 and
 * 2 being the interpreter's standard streams): several interpreters in one JVM (the test harness)
 * each see their own descriptors, and {@code open(1, "w")} writes to the interpreter's stdout.
 */
public final class FdTable {
    /** An open file: a channel for a file on disk, or the byte streams of a standard stream. */
    public static final class OpenFile {
        final FileChannel channel;
        final InputStream in;
        final OutputStream out;
        final boolean tty;
        /** The file's path when it was opened by name, else null ({@code fstat} reads it). */
        public final java.nio.file.Path path;
        /**
         * How many descriptors share the channel or streams ({@code dup}); null for the standard
         * streams, which belong to the embedder and are never closed here.
         */
        final java.util.concurrent.atomic.AtomicInteger refs;
        /**
         * The operating system's descriptor behind {@code in}/{@code out} when this is a real pipe
         * end ({@code os.pipe()} through the C library), else -1.
         */
        public final int nativeFd;
        /**
         * The close-on-exec flag's complement, this descriptor number's own: recorded for
         * {@code os.get_inheritable}/{@code set_inheritable} and the children of
         * {@code close_fds=False} (for a real descriptor, its FD_CLOEXEC when it was added: a real
         * descriptor may stand behind several numbers, as {@code os.dup} shares it, which in
         * CPython would each be a descriptor with its own flag).
         */
        public volatile boolean inheritable;
        /**
         * O_NONBLOCK of the open file description for a descriptor without a real one, shared by its
         * duplicates: recorded for {@code os.get_blocking}/{@code set_blocking} (regular files never
         * block, so it changes no read or write).
         */
        public final java.util.concurrent.atomic.AtomicBoolean nonBlocking;
        /**
         * A real descriptor of the directory a channel was opened on, when the JDK hides the
         * channel's own (a JVM without the launcher's {@code --add-opens}), else -1: what
         * {@code dir_fd} and {@code listdir(fd)} resolve through, so that they follow the directory
         * and not its name. Closed with the channel.
         */
        public final int directoryFd;

        OpenFile(FileChannel channel, InputStream in, OutputStream out, boolean tty) {
            this(channel, in, out, tty, null, null);
        }

        OpenFile(FileChannel channel, InputStream in, OutputStream out, boolean tty, java.nio.file.Path path,
                java.util.concurrent.atomic.AtomicInteger refs) {
            this(channel, in, out, tty, path, refs, -1);
        }

        OpenFile(FileChannel channel, InputStream in, OutputStream out, boolean tty, java.nio.file.Path path,
                java.util.concurrent.atomic.AtomicInteger refs, int nativeFd) {
            this(channel, in, out, tty, path, refs, nativeFd, new java.util.concurrent.atomic.AtomicBoolean());
        }

        OpenFile(FileChannel channel, InputStream in, OutputStream out, boolean tty, java.nio.file.Path path,
                java.util.concurrent.atomic.AtomicInteger refs, int nativeFd,
                java.util.concurrent.atomic.AtomicBoolean nonBlocking) {
            this(channel, in, out, tty, path, refs, nativeFd, nonBlocking, -1);
        }

        OpenFile(FileChannel channel, InputStream in, OutputStream out, boolean tty, java.nio.file.Path path,
                java.util.concurrent.atomic.AtomicInteger refs, int nativeFd,
                java.util.concurrent.atomic.AtomicBoolean nonBlocking, int directoryFd) {
            this.directoryFd = directoryFd;
            this.nonBlocking = nonBlocking;
            this.nativeFd = nativeFd;
            this.channel = channel;
            this.in = in;
            this.out = out;
            this.tty = tty;
            this.path = path;
            this.refs = refs;
        }

        /** The open file's channel, or null for a stream (a standard stream or a pipe end). */
        public FileChannel channel() {
            return channel;
        }

        /** The stream reading this file, or null (not readable, or a channel). */
        public InputStream in() {
            return in;
        }

        /** The stream writing this file, or null (not writable, or a channel). */
        public OutputStream out() {
            return out;
        }

        /** Whether this is a pipe end or a standard stream (no channel). */
        public boolean isStream() {
            return channel == null;
        }
    }

    /**
     * Whether this process's descriptor {@code fd} (0, 1 or 2) is a terminal, as {@code isatty}
     * tells: on Linux from what {@code /proc/self/fd/N} names (a terminal device), which costs no
     * native call at start-up; elsewhere from {@link System#console()}, which only knows whether
     * the process as a whole has a terminal.
     */
    public static boolean isTerminal(int fd) {
        String target = linkTarget(fd);
        if (target != null) {
            return isTerminalName(target);
        }
        return System.console() != null && System.console().isTerminal();
    }

    /**
     * The table's entry for standard descriptor {@code fd} (0, 1 or 2): the embedder's stream,
     * unless this interpreter runs on the process's own descriptors and {@code fd} is a file that
     * can seek (a regular file or {@code /dev/null} behind {@code <} or {@code >}), which is then
     * read and written through a channel on the descriptor itself, so that {@code seek},
     * {@code tell} and {@code os.lseek} work on it as on CPython's {@code sys.stdin} over a file.
     */
    private static OpenFile standard(int fd, boolean process, InputStream in, OutputStream out) {
        if (!process || closedAtStart(fd)) {
            return new OpenFile(null, in, out, false);
        }
        String target = linkTarget(fd);
        if (target != null && isTerminalName(target)) {
            return new OpenFile(null, in, out, true);
        }
        FileChannel channel = target != null && target.startsWith("/") && !isJvmFile(target) ? seekableChannel(fd) : null;
        if (channel != null) {
            return new OpenFile(channel, null, null, false);
        }
        return new OpenFile(null, in, out, target == null && isTerminal(fd));
    }

    /**
     * Whether {@code target} is one of the Java runtime's own files (its module image), which a
     * standard descriptor holds when a parent JVM passed on its own closed stdin's number: such a
     * descriptor stays the plain stream it was before, never a channel to seek in.
     */
    private static boolean isJvmFile(String target) {
        String home = System.getProperty("java.home", "");
        return !home.isEmpty() && target.startsWith(home + "/");
    }

    /** The launcher's list of the standard descriptors the caller had closed ({@code prog >&-}). */
    public static final String CLOSED_STD_PROPERTY = "taipan.closedStdFds";

    /**
     * Whether the process started with standard descriptor {@code fd} closed, as the launcher
     * found it: the JVM has since put one of its own files (a jar, its module image) under that
     * number, which is not the program's.
     */
    private static boolean closedAtStart(int fd) {
        String list = System.getProperty(CLOSED_STD_PROPERTY, "");
        return !list.isEmpty() && java.util.Arrays.asList(list.split(",")).contains(Integer.toString(fd));
    }

    /**
     * A channel on this process's descriptor {@code fd} (0, 1 or 2) when it can seek, else null.
     * The JDK's channels over {@code FileDescriptor.in}/{@code out}/{@code err} have no cleaner
     * and are never closed here, so dropping one leaves the descriptor open.
     */
    private static FileChannel seekableChannel(int fd) {
        FileChannel c = fd == 0 ? new java.io.FileInputStream(java.io.FileDescriptor.in).getChannel()
                : new java.io.FileOutputStream(fd == 1 ? java.io.FileDescriptor.out : java.io.FileDescriptor.err).getChannel();
        try {
            c.position();
            return c;
        } catch (IOException e) {
            // ESPIPE: a FIFO opened by name, or a device that cannot seek
            return null;
        }
    }

    /** What {@code /proc/self/fd/N} names for this process's descriptor {@code fd}, or null where that cannot be read. */
    private static String linkTarget(int fd) {
        try {
            return java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/" + fd)).toString();
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    private static boolean isTerminalName(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }

    private final TreeMap<Integer, OpenFile> files = new TreeMap<>();
    /**
     * Channels {@code open(..., 'a')} opened: FileIO appends by moving to the end before each
     * write, as the JDK's channel has no O_APPEND, and {@code fcntl(F_GETFL)} reports the flag
     * from here (setting it on the real descriptor would link the C library at every such open).
     */
    private final java.util.Set<FileChannel> appending = java.util.Collections.newSetFromMap(new WeakHashMap<>());
    /** The file objects {@code open()} returned, closed when the program ends (see {@link #closeAll}). */
    private final List<WeakReference<PyObject>> opened = new ArrayList<>();
    /** The size of {@link #opened} at which {@link #track} next drops the collected and closed. */
    private int openedSweepAt = 64;
    /** Written files holding unflushed data ({@link #unflushed}), held until flushed. */
    private final java.util.Set<PyIOBase> unflushed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Descriptors to close when their file objects are collected ({@link #claim}). */
    private final java.util.Set<Claim> claims = new java.util.HashSet<>();
    private final ReferenceQueue<PyObject> collected = new ReferenceQueue<>();

    private FdTable(Interpreter interp) {
        boolean process = interp.options().stdout() == System.out
                || org.taipan.modules.posix.ChildFds.usesProcessStreams(interp);
        files.put(0, standard(0, process, interp.options().stdin(), null));
        files.put(1, standard(1, process, null, interp.options().stdout()));
        files.put(2, standard(2, process, null, interp.options().stderr()));
        for (int std = 0; std <= 2; std++) {
            // the standard descriptors are inherited by children, as a process's are
            files.get(std).inheritable = true;
        }
        // descriptors the process inherited (pass_fds of a parent): under their own numbers
        for (Object[] f : org.taipan.modules.posix.ChildFds.inherited(interp)) {
            int n = (Integer) f[0];
            OpenFile inherited = new OpenFile(null, (InputStream) f[1], (OutputStream) f[2], false, null,
                    new java.util.concurrent.atomic.AtomicInteger(1), n);
            // it came without close-on-exec: a child of this process inherits it in turn
            inherited.inheritable = true;
            files.put(n, inherited);
        }
        interp.finalization().addCollectHook(new ClaimCollector());
    }

    /**
     * Lets {@code gc.collect()} close the descriptors of file and socket objects it found dropped
     * unclosed, as CPython's collection runs their finalizers: without it a program that counts
     * its open descriptors after {@code gc.collect()} would see them open until the next
     * {@code open()}. Runs on the interpreter's thread, which may close descriptors.
     */
    private final class ClaimCollector implements org.taipan.runtime.Finalization.CollectHook {
        @Override
        public boolean wantsCollection() {
            synchronized (FdTable.this) {
                return !claims.isEmpty();
            }
        }

        @Override
        public int drain() {
            return closeUnreachable();
        }

        @Override
        public int drainAfterCollection() {
            return closeCleared() + closeUnreachable();
        }
    }

    /** The descriptor table of {@code interp}, or null when it has none yet. */
    private static FdTable existing(Interpreter interp) {
        return interp.existingModuleState(FdTable.class);
    }

    /** The descriptor table of {@code interp}, made on first use. */
    public static FdTable of(Interpreter interp) {
        return interp.moduleState(FdTable.class, () -> new FdTable(interp));
    }

    /** Registers a newly opened channel under the lowest free descriptor number. */
    public synchronized int add(FileChannel channel) {
        return add(channel, null);
    }

    /** Registers a channel opened on {@code path} under the lowest free descriptor number. */
    public synchronized int add(FileChannel channel, java.nio.file.Path path) {
        return insert(new OpenFile(channel, null, null, false, path, new java.util.concurrent.atomic.AtomicInteger(1)));
    }

    /** Registers one end of a pipe (a stream this table owns) under the lowest free number. */
    public synchronized int addStream(InputStream in, OutputStream out) {
        return insert(new OpenFile(null, in, out, false, null, new java.util.concurrent.atomic.AtomicInteger(1)));
    }

    /**
     * Registers a real descriptor of the operating system (a pipe end) under the lowest free
     * number; {@code in}/{@code out} read and write it and closing them closes it.
     */
    public synchronized int addNative(int nativeFd, InputStream in, OutputStream out) {
        return addNative(nativeFd, in, out, false);
    }

    /**
     * {@link #addNative(int, InputStream, OutputStream)} for a descriptor that may be a terminal
     * (the two ends of {@code os.openpty()}), which {@code os.isatty} then reports.
     */
    public synchronized int addNative(int nativeFd, InputStream in, OutputStream out, boolean tty) {
        return addNative(nativeFd, in, out, tty, 0);
    }

    /**
     * {@link #addNative(int, InputStream, OutputStream, boolean)} under the lowest free number at
     * least {@code lowest} ({@code fcntl(F_DUPFD)}).
     */
    public synchronized int addNative(int nativeFd, InputStream in, OutputStream out, boolean tty, int lowest) {
        OpenFile f = new OpenFile(null, in, out, tty, null, new java.util.concurrent.atomic.AtomicInteger(1), nativeFd);
        // inheritable as it was made (a pipe2 without O_CLOEXEC, fcntl's F_DUPFD...); from now on
        // this number's own flag, as a duplicate of it gets a flag of its own
        int flags = Libc.fcntl(nativeFd, Libc.F_GETFD, 0);
        f.inheritable = flags >= 0 && (flags & Libc.FD_CLOEXEC) == 0;
        return insert(f, lowest);
    }

    private int insert(OpenFile f) {
        return insert(f, 0);
    }

    private int insert(OpenFile f, int lowest) {
        int fd = lowest;
        while (files.containsKey(fd)) {
            fd++;
        }
        files.put(fd, f);
        return fd;
    }

    /** {@code os.dup(fd)}: a new number for the same open file, or -1 for a bad descriptor. */
    public synchronized int dup(int fd) {
        OpenFile f = files.get(fd);
        if (f == null) {
            return -1;
        }
        if (f.refs != null) {
            f.refs.incrementAndGet();
        }
        return insert(new OpenFile(f.channel, f.in, f.out, f.tty, f.path, f.refs, f.nativeFd, f.nonBlocking, f.directoryFd));
    }

    /**
     * {@code os.dup2(fd, fd2)}: makes {@code fd2} refer to {@code fd}'s open file, closing what
     * {@code fd2} was; -1 for a bad descriptor.
     */
    public int dup2(int fd, int fd2) throws IOException {
        return dup2(fd, fd2, true);
    }

    /**
     * {@code os.dup2(fd, fd2, inheritable)}: as {@link #dup2(int, int)}, recording whether
     * {@code fd2} is inheritable.
     */
    public int dup2(int fd, int fd2, boolean inheritable) throws IOException {
        OpenFile f;
        synchronized (this) {
            f = files.get(fd);
            if (f == null || fd2 < 0) {
                return -1;
            }
            if (fd == fd2) {
                return fd2;
            }
        }
        close(fd2);
        synchronized (this) {
            if (f.refs != null) {
                f.refs.incrementAndGet();
            }
            OpenFile copy = new OpenFile(f.channel, f.in, f.out, f.tty, f.path, f.refs, f.nativeFd, f.nonBlocking, f.directoryFd);
            copy.inheritable = inheritable;
            files.put(fd2, copy);
        }
        return fd2;
    }

    /**
     * Makes every write through {@code channel} land at the end of the file, as {@code O_APPEND}
     * does (open(2) with it, CPython's {@code open(path, 'a')}). The JDK cannot open a channel that
     * both reads and appends, and its own APPEND makes {@code position()} answer the size rather
     * than the offset, so the channel is opened without it and its real descriptor is given
     * {@code O_APPEND} by {@code fcntl(F_SETFL)}: the kernel then appends each write atomically,
     * also while other processes append to the same file (a shared log). Where the C library
     * cannot be called the table moves the channel to the end before each write instead
     * ({@link #isAppending}), which a writer in another process can race.
     *
     * @param channel a channel on a regular file, open for writing
     */
    public void appendAtEnd(FileChannel channel) {
        if (Libc.available()) {
            int real = RealFds.channelFd(channel);
            if (real >= 0) {
                int flags = Libc.fcntl(real, Libc.F_GETFL, 0);
                if (flags >= 0 && Libc.fcntl(real, Libc.F_SETFL, flags | Libc.O_APPEND) == 0) {
                    return;
                }
            }
        }
        synchronized (this) {
            appending.add(channel);
        }
    }

    /**
     * Whether {@code f}'s writes are made to go to the end of the file by this table: an
     * appending channel whose descriptor could not be given {@code O_APPEND} ({@link #appendAtEnd}).
     */
    public synchronized boolean isAppending(OpenFile f) {
        return f.channel != null && appending.contains(f.channel);
    }

    /**
     * The descriptors above 2 that a child started with {@code close_fds=False} inherits: those
     * marked inheritable ({@code os.set_inheritable}, {@code dup2(inheritable=True)}, descriptors
     * this process inherited), in increasing order.
     */
    public synchronized List<Integer> inheritableFds() {
        List<Integer> out = new ArrayList<>();
        for (Map.Entry<Integer, OpenFile> e : files.entrySet()) {
            if (e.getKey() > 2 && e.getValue().inheritable) {
                out.add(e.getKey());
            }
        }
        out.sort(null);
        return out;
    }

    /** The open file numbered {@code fd}, or null (EBADF). */
    public synchronized OpenFile get(int fd) {
        return files.get(fd);
    }

    /** Forgets {@code fd}; the caller closes the channel. */
    public synchronized OpenFile remove(int fd) {
        return files.remove(fd);
    }

    // ---- descriptor-level operations (posix.open, read, write, lseek, close) ----

    /**
     * {@code os.open(path, flags)}: opens a file with POSIX {@code O_*} flags (Linux values) and
     * numbers it.
     *
     * @throws IOException as the JDK reports the failure (the caller maps it with {@code Errno})
     */
    public int open(java.nio.file.Path path, int flags) throws IOException {
        java.util.Set<java.nio.file.OpenOption> opts = new java.util.HashSet<>();
        int access = flags & 3;
        if ((flags & (64 | 128)) == (64 | 128)
                && java.nio.file.Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // O_CREAT|O_EXCL: anything at the name, a directory or a dangling link too, is EEXIST
            // (tempfile's mkstemp retries on FileExistsError only)
            throw new java.nio.file.FileAlreadyExistsException(path.toString());
        }
        if (access == 0 || access == 2) {
            opts.add(java.nio.file.StandardOpenOption.READ);
        }
        if (access == 1 || access == 2) {
            opts.add(java.nio.file.StandardOpenOption.WRITE);
        }
        if ((flags & 64) != 0) {
            opts.add((flags & 128) != 0 ? java.nio.file.StandardOpenOption.CREATE_NEW
                    : java.nio.file.StandardOpenOption.CREATE);
            if (access == 0) {
                // the JDK ignores CREATE and CREATE_NEW for a read-only channel; open(2) does not
                try {
                    java.nio.file.Files.createFile(path);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    if ((flags & 128) != 0) {
                        throw e;
                    }
                }
            }
        }
        if ((flags & 512) != 0) {
            opts.add(java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        }
        // O_APPEND: given to the real descriptor once it is open (appendAtEnd)
        boolean append = (flags & 1024) != 0 && access != 0;
        if ((flags & 131072) != 0) {
            // O_NOFOLLOW: a symbolic link as the last component is ELOOP
            opts.add(java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (java.nio.file.Files.isSymbolicLink(path)) {
                throw new java.nio.file.FileSystemException(path.toString(), null, "Too many levels of symbolic links");
            }
        }
        if ((flags & 65536) != 0 && java.nio.file.Files.exists(path) && !java.nio.file.Files.isDirectory(path)) {
            // O_DIRECTORY
            throw new java.nio.file.NotDirectoryException(path.toString());
        }
        boolean directory = java.nio.file.Files.isDirectory(path);
        if (directory && (access != 0 || (flags & 64) != 0)) {
            // open(2): a directory opened for writing, or with O_CREAT, is EISDIR
            throw new java.nio.file.FileSystemException(path.toString(), null, "Is a directory");
        }
        // without the GIL, as CPython's os.open: opening a FIFO waits for the other end
        FileChannel ch = openRetrying(() -> Blocking.withoutGil(() -> FileChannel.open(path, opts)));
        if (append) {
            appendAtEnd(ch);
        }
        int dirFd = directory ? hiddenDirectoryFd(ch, path) : -1;
        if (dirFd >= 0) {
            synchronized (this) {
                return insert(new OpenFile(ch, null, null, false, path, new java.util.concurrent.atomic.AtomicInteger(1),
                        -1, new java.util.concurrent.atomic.AtomicBoolean(), dirFd));
            }
        }
        return add(ch, path);
    }

    /**
     * For a directory's channel whose descriptor the JDK hides: a real descriptor of the same
     * directory (open(2) through the C library), for {@link OpenFile#directoryFd}; -1 when the
     * channel's own can be read or the C library cannot be called (the directory is then known by
     * its path only).
     */
    private static int hiddenDirectoryFd(FileChannel ch, java.nio.file.Path path) {
        if (org.taipan.modules.posix.RealFds.channelFd(ch) >= 0 || !org.taipan.modules.posix.Libc.available()) {
            return -1;
        }
        return org.taipan.modules.posix.Libc.open(path, org.taipan.modules.posix.Libc.O_CLOEXEC, 0);
    }

    /** {@code os.read(fd, n)}: at most {@code n} bytes, empty at end of file; null for a bad descriptor. */
    public byte[] read(int fd, int n) throws IOException {
        OpenFile f = get(fd);
        if (f == null) {
            return null;
        }
        if (f.channel != null) {
            long left = Math.max(0, f.channel.size() - f.channel.position());
            java.nio.ByteBuffer bb = java.nio.ByteBuffer.allocate((int) Math.min(n, Math.max(left + 1, 1 << 16)));
            int got = f.channel.read(bb);
            return got <= 0 ? new byte[0] : java.util.Arrays.copyOf(bb.array(), got);
        }
        if (f.in == null) {
            throw new IOException("Bad file descriptor");
        }
        byte[] b = new byte[Math.min(n, 1 << 16)];
        int got = n == 0 ? 0 : f.in.read(b, 0, b.length);
        return got <= 0 ? new byte[0] : java.util.Arrays.copyOf(b, got);
    }

    /** {@code os.write(fd, data)}: the number of bytes written, or -1 for a bad descriptor. */
    public int write(int fd, byte[] data) throws IOException {
        OpenFile f = get(fd);
        if (f == null) {
            return -1;
        }
        if (f.channel != null) {
            if (isAppending(f)) {
                f.channel.position(f.channel.size());
            }
            java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(data);
            while (bb.hasRemaining()) {
                f.channel.write(bb);
            }
        } else if (f.out != null) {
            // os.write(1, ...) to a pipe whose reader has gone is EPIPE, as FileIO.write's is
            CheckedPrintStream.writeChecked(f.out, data, 0, data.length);
        } else {
            throw new IOException("Bad file descriptor");
        }
        return data.length;
    }

    /** {@code os.lseek(fd, pos, how)}: the new position; -1 for a bad descriptor, -2 for a stream. */
    public long lseek(int fd, long pos, int how) throws IOException {
        OpenFile f = get(fd);
        if (f == null) {
            return -1;
        }
        if (f.channel == null) {
            return -2;
        }
        if (how == 3 || how == 4) {
            return seekDataOrHole(f.channel, pos, how);
        }
        if (how < 0 || how > 4) {
            throw new org.taipan.modules.posix.NativeFdStreams.ErrnoException(22);
        }
        long target = switch (how) {
            case 1 -> f.channel.position() + pos;
            case 2 -> f.channel.size() + pos;
            default -> pos;
        };
        if (target < 0) {
            throw new IOException("Invalid argument");
        }
        f.channel.position(target);
        return target;
    }

    /**
     * SEEK_DATA (3) or SEEK_HOLE (4) from {@code pos}: the kernel's answer on the channel's own
     * descriptor, which moves the channel's position with it; where the JDK hides that descriptor,
     * the whole file counts as data, as POSIX allows (ENXIO at or past the end).
     */
    private static long seekDataOrHole(FileChannel channel, long pos, int how) throws IOException {
        int real = org.taipan.modules.posix.RealFds.channelFd(channel);
        if (real >= 0 && org.taipan.modules.posix.Libc.available()) {
            long r = org.taipan.modules.posix.Libc.lseek(real, pos, how);
            if (r < 0) {
                throw new org.taipan.modules.posix.NativeFdStreams.ErrnoException(org.taipan.modules.posix.Libc.errno());
            }
            return r;
        }
        long size = channel.size();
        if (pos < 0 || pos >= size) {
            throw new org.taipan.modules.posix.NativeFdStreams.ErrnoException(pos < 0 ? 22 : 6);
        }
        long target = how == 3 ? pos : size;
        channel.position(target);
        return target;
    }

    /** {@code os.close(fd)}: false for a bad descriptor. */
    public boolean close(int fd) throws IOException {
        OpenFile f = remove(fd);
        if (f == null) {
            return false;
        }
        closeOpenFile(f);
        return true;
    }

    /** Closes what a descriptor just removed from the table referred to, unless another shares it. */
    private static void closeOpenFile(OpenFile f) throws IOException {
        if (f.refs == null || f.refs.decrementAndGet() > 0) {
            // a standard stream, or another descriptor still shares the file
            return;
        }
        if (f.channel != null) {
            f.channel.close();
        }
        if (f.directoryFd >= 0) {
            org.taipan.modules.posix.Libc.close(f.directoryFd);
        }
        if (f.in != null) {
            f.in.close();
        }
        if (f.out != null) {
            f.out.close();
        }
    }

    /** {@code os.isatty(fd)}. */
    public boolean isatty(int fd) {
        OpenFile f = get(fd);
        return f != null && f.tty;
    }

    /** Remembers a file object ({@code open()}'s, or a writable wrapper) so that {@link #closeAll} closes it. */
    public synchronized void track(PyObject file) {
        if (opened.size() >= openedSweepAt) {
            // swept when the list has doubled since the last sweep: linear over many live files
            opened.removeIf(r -> gone(r.get()));
            openedSweepAt = Math.max(64, 2 * opened.size());
        }
        opened.add(new WeakReference<>(file));
    }

    /**
     * Makes {@code file} (a buffered or text object of an exact io type over a file on disk) report
     * the data its writes leave unflushed ({@link PyIOBase#noteUnflushed}), which {@link #flushOpenFiles} then flushes.
     */
    void watchWrites(PyIOBase file) {
        // only files on disk: flushing a pipe or a terminal another open() did not ask for could
        // block that open() for ever on a reader that never comes
        boolean onDisk = file instanceof PyBuffered b ? b.writesToRegularFile()
                : file instanceof PyTextIOWrapper w && w.writesToRegularFile();
        if (!file.type().isHeapType() && onDisk) {
            file.flushedBy = this;
        }
    }

    /**
     * Holds {@code file}, whose writes left data in its buffer, until {@link #flushOpenFiles}
     * flushes it: a file the program dropped without closing stays reachable until its data is
     * written, as CPython writes it when the last reference goes.
     */
    synchronized void unflushed(PyIOBase file) {
        unflushed.add(file);
    }

    /** Lets go of {@code file}, which flushed or closed itself. */
    synchronized void flushed(PyIOBase file) {
        unflushed.remove(file);
        file.awaitingFlush = false;
    }

    /**
     * Flushes the files whose writes left data in their buffers ({@link #unflushed}) and closes the
     * descriptors of file objects collected without being closed ({@link #claim}). {@code open()}
     * calls this first: CPython flushes and closes a file as soon as its last reference goes, so
     * that {@code open(p, "w").write(s)} followed by {@code open(p).read()} reads {@code s}; a
     * tracing collector cannot tell when that is, but flushing before the next open gives the same
     * result, and closing collected files' descriptors keeps {@code open(p).read()} in a loop from
     * running out of them. (Flushing at {@code os.stat} or before a child starts was tried: a file
     * still in use then shows data CPython would not have written yet.)
     */
    public void flushOpenFiles() {
        closeUnreachable();
        List<PyIOBase> files;
        synchronized (this) {
            if (unflushed.isEmpty()) {
                return;
            }
            files = new ArrayList<>(unflushed);
        }
        // text files first: flushing one writes its pending text into its buffer and flushes that
        files.sort(java.util.Comparator.comparingInt(f -> f instanceof PyTextIOWrapper ? 0 : 1));
        for (PyIOBase f : files) {
            // let go first: a write made while the flush runs (another thread's, the flush having
            // released the GIL) holds the file again
            flushed(f);
            try {
                // a file another thread is writing is left to it (waiting for its lock here could
                // wait for ever on a pipe that only this thread reads), and held for the next time
                if (gone(f)) {
                    // closed, and so flushed, meanwhile
                } else if (f instanceof PyTextIOWrapper w && w.bufferBusy() || f instanceof PyBuffered b && b.isBusy()) {
                    f.noteUnflushed();
                } else if (f instanceof PyTextIOWrapper w) {
                    w.flush();
                } else if (f instanceof PyBuffered b) {
                    b.flush();
                }
            } catch (RuntimeException e) {
                // the program sees the failure when it flushes or closes the file itself
            }
        }
    }

    /**
     * A file object's hold on its descriptor: when the object is collected unclosed, the
     * descriptor is closed at the next {@link #closeUnreachable} (fileio_dealloc closes it).
     */
    public static final class Claim extends PhantomReference<PyObject> {
        final int fd;
        final OpenFile file;
        /**
         * The ResourceWarning to give when the owner is collected unclosed ("unclosed file
         * &lt;repr&gt;", the repr of the outermost object over it, as {@code _dealloc_warn} names
         * it), made while that object could still be asked; null: none.
         */
        volatile String warning;
        /**
         * How "Exception ignored in:" names the owner when a filter turns the warning into an
         * error (its repr at open: name, mode, closefd), as {@code fileio_dealloc_warn} reports it.
         */
        volatile java.util.function.Supplier<String> ownerRepr;

        /**
         * Gives the ResourceWarning {@code message} about this claim's owner, on the interpreter's
         * thread; one a filter made an error is written as unraisable, naming the owner.
         */
        void warn(String message) {
            org.taipan.runtime.ThreadState ts = org.taipan.runtime.ThreadState.currentOrNull();
            if (message == null || ts == null) {
                return;
            }
            try {
                org.taipan.modules.warnings.Warnings.warn(org.taipan.runtime.ExceptionTypes.ResourceWarning, message, 1);
            } catch (org.taipan.runtime.PyException e) {
                java.util.function.Supplier<String> owner = ownerRepr;
                ts.interpreter.finalization().writeUnraisable(e.value,
                        owner == null ? null : "Exception ignored in: " + owner.get(), null);
            }
        }

        /**
         * Makes the owner's collection unclosed give the ResourceWarning {@code message}
         * (a socket's "unclosed &lt;repr&gt;", as {@code sock_finalize} words it); null: none.
         */
        public void warnWhenCollected(String message) {
            warning = message;
        }

        /**
         * The warnings machinery, loaded with the first claim: its warning may be given while the
         * process has no descriptor left (the reclaim after EMFILE), when a class read from a
         * directory or jar cannot be loaded, and the JVM then remembers that failure for good.
         */
        private static final Class<?> WARNINGS = org.taipan.modules.warnings.Warnings.class;

        Claim(PyObject owner, ReferenceQueue<PyObject> queue, int fd, OpenFile file) {
            super(owner, queue);
            this.fd = fd;
            this.file = file;
        }
    }

    /**
     * Makes descriptor {@code fd} close when {@code owner} (the file object that will close it) is
     * collected without closing it; null if {@code fd} is not open. {@link #release} undoes it
     * when the owner closes the descriptor itself.
     */
    public synchronized Claim claim(PyObject owner, int fd) {
        OpenFile f = files.get(fd);
        if (f == null) {
            return null;
        }
        Claim c = new Claim(owner, collected, fd, f);
        claims.add(c);
        return c;
    }

    /** Forgets {@code claim} (null: nothing): its owner closed or gave up the descriptor. */
    public synchronized void release(Claim claim) {
        if (claim != null) {
            claims.remove(claim);
            claim.clear();
        }
    }

    /** Closes the descriptors of the file objects collected unclosed; how many it closed. */
    private int closeUnreachable() {
        int closed = 0;
        for (java.lang.ref.Reference<? extends PyObject> r; (r = collected.poll()) != null; ) {
            closed += closeClaimed((Claim) r);
        }
        return closed;
    }

    /**
     * Closes the descriptors of the owners the last collection found unreachable, whether or not
     * the JVM's reference handler has queued their claims yet (it does so a moment after the
     * collection; the later arrival finds the claim gone); how many it closed.
     */
    private int closeCleared() {
        List<Claim> cleared = new ArrayList<>();
        synchronized (this) {
            for (Claim c : claims) {
                if (c.refersTo(null)) {
                    cleared.add(c);
                }
            }
        }
        int closed = 0;
        for (Claim c : cleared) {
            closed += closeClaimed(c);
        }
        return closed;
    }

    private int closeClaimed(Claim c) {
        synchronized (this) {
            // the descriptor may have been closed with os.close and its number reused since
            if (!claims.remove(c) || files.get(c.fd) != c.file) {
                return 0;
            }
            files.remove(c.fd);
        }
        try {
            closeOpenFile(c.file);
        } catch (IOException e) {
            // as fileio_dealloc: nobody to report to
        }
        // fileio_dealloc_warn's ResourceWarning
        c.warn(c.warning);
        return 1;
    }

    /**
     * Runs {@code open} (which opens a descriptor of the operating system) and, when the process
     * has run out of descriptors (EMFILE, ENFILE), collects garbage, closes the descriptors of the
     * file objects it found dropped unclosed and runs {@code open} once more, as PyPy does. A
     * program reading files with {@code open(p).read()} otherwise fails once it has read as many
     * files as the descriptor limit allows, if the collector has not run in between.
     *
     * @throws IOException {@code open}'s failure
     */
    public <T> T openRetrying(Blocking.Action<T, IOException> open) throws IOException {
        try {
            return open.run();
        } catch (java.nio.file.FileSystemException e) {
            String why = e.getReason();
            if (why == null || !(why.contains("Too many open files")) || !reclaim()) {
                throw e;
            }
            return open.run();
        }
    }

    /**
     * {@link #openRetrying} for a read the runtime makes through the JDK on the running
     * interpreter's behalf (the importer listing a directory or reading a module): without it a
     * program whose dropped files hold every descriptor could not import ({@code ModuleNotFoundError}).
     * Runs {@code open} as it is when there is no interpreter or no descriptor table yet.
     *
     * @throws IOException {@code open}'s failure
     */
    public static <T> T retryingWhenExhausted(Blocking.Action<T, IOException> open) throws IOException {
        org.taipan.runtime.ThreadState ts = org.taipan.runtime.ThreadState.currentOrNull();
        FdTable t = ts == null ? null : existing(ts.interpreter);
        return t == null ? open.run() : t.openRetrying(open);
    }

    /**
     * For a C-library call that failed with EMFILE: collects and closes the descriptors of the
     * files the running interpreter's program dropped unclosed ({@link #reclaim}).
     *
     * @return whether any was closed, so that the call is worth making again; false without an
     *     interpreter or a descriptor table
     */
    public static boolean reclaimedForRetry() {
        org.taipan.runtime.ThreadState ts = org.taipan.runtime.ThreadState.currentOrNull();
        FdTable t = ts == null ? null : existing(ts.interpreter);
        return t != null && t.reclaim();
    }

    /** After running out of descriptors: collects and closes dropped files' ones; whether any was. */
    private boolean reclaim() {
        System.gc();
        int closed = closeCleared() + closeUnreachable();
        try {
            // the collector hands the phantom references to the queue from its reference-handler
            // thread, a moment after the collection
            for (int wait = 0; wait < 4 && closed == 0; wait++) {
                java.lang.ref.Reference<? extends PyObject> r = collected.remove(50);
                if (r != null) {
                    closed += closeClaimed((Claim) r) + closeUnreachable();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return closed > 0;
    }

    private static boolean gone(PyObject f) {
        try {
            return f == null || f instanceof PyIOBase io && io.isClosed();
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** The exact FileIO under {@code f} (itself, or under an exact buffered object or text wrapper), or null. */
    private static PyFileIO ownedRaw(PyObject f) {
        return switch (f) {
            case PyFileIO raw when raw.type() == PyFileIO.TYPE -> raw;
            case PyBuffered b when !b.type().isHeapType() -> b.fileRaw();
            case PyTextIOWrapper w when !w.type().isHeapType() -> w.fileRaw();
            default -> null;
        };
    }

    /**
     * Closes, newest first, the files {@code open()} made that are still open, as CPython's
     * finalizers do when the program's objects are destroyed at exit: buffered data that a program
     * never flushed reaches its file. Failures are ignored, as in a finalizer. Objects the JVM
     * already collected are gone with their unflushed data; CPython flushes those as soon as the
     * last reference goes, which a tracing collector cannot imitate.
     */
    public static void closeAll(Interpreter interp) {
        FdTable t = existing(interp);
        if (t == null) {
            return;
        }
        List<WeakReference<PyObject>> files;
        synchronized (t) {
            files = new ArrayList<>(t.opened);
            t.opened.clear();
        }
        // what the program dropped or left open, in the order CPython's teardown meets it: the
        // files collected already, then the open ones oldest first ("sys:1: ResourceWarning")
        t.closeCleared();
        t.closeUnreachable();
        for (WeakReference<PyObject> r : files) {
            PyObject f = r.get();
            PyFileIO raw = f == null ? null : ownedRaw(f);
            if (raw != null && !gone(f)) {
                raw.warnUnclosedAtExit();
            }
        }
        for (int i = files.size() - 1; i >= 0; i--) {
            PyObject f = files.get(i).get();
            try {
                if (f != null && !gone(f)) {
                    org.taipan.runtime.Callables.callAttr(f, "close");
                }
            } catch (RuntimeException e) {
                // as a finalizer would: nothing to report to
            }
        }
    }
}
