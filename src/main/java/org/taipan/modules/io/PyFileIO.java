package org.taipan.modules.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.taipan.modules.posix.Errno;
import org.taipan.modules.posix.PosixModule;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;
import org.taipan.sandbox.Sandbox;

/**
 * {@code _io.FileIO}, the raw (unbuffered) binary file (CPython's {@code Modules/_io/fileio.c}):
 * a file on disk through a {@link FileChannel}, or one of the interpreter's standard streams
 * (descriptors 0, 1, 2 of its {@link FdTable}). Sizes and positions are in bytes.
 */
public final class PyFileIO extends PyIOBase {
    public static final PyType TYPE = IOTypes.builtin("FileIO", IOTypes.RAW_IO_BASE);

    static {
        TYPE.tp_new = (type, a, k) -> new PyFileIO(type);
        TYPE.tp_init = (self, a, k) -> {
            PyObject[] v = IOArgs.parse("FileIO", a, k, 1, "file", "mode", "closefd", "opener");
            PyFileIO f = (PyFileIO) self;
            f.init(v[0], v[1] == null ? "r" : modeArg(v[1]), v[2] == null || Abstract.isTrue(v[2]), v[3]);
            // open() names its own result once it is complete
            f.warnAsWhenCollected(f);
        };
        TYPE.tp_repr = o -> PyStr.of(((PyFileIO) o).repr());
        TYPE.addMethod("read", (self, a, k) -> ((PyFileIO) self).read(IOArgs.size(IOArgs.parse("read", a, k, 0, "size")[0])));
        TYPE.addMethodNoArgs("readall", self -> ((PyFileIO) self).read(-1));
        TYPE.addMethod("readinto", (self, a, k) -> {
            PyObject buf = IOArgs.parse("readinto", a, k, 1, "buffer")[0];
            PyFileIO f = (PyFileIO) self;
            byte[] data = f.readBytes((int) IOTypes.capacity(buf));
            if (data == null) {
                return PyNone.NONE;
            }
            IOTypes.storeInto(buf, data, data.length);
            return PyInt.of(data.length);
        });
        TYPE.addMethod("write", (self, a, k) -> {
            PyObject b = IOArgs.parse("write", a, k, 1, "b")[0];
            byte[] data = BufferArgs.bytes(b, "write");
            int n = ((PyFileIO) self).write(data, 0, data.length);
            return n < 0 ? PyNone.NONE : PyInt.of(n);
        });
        TYPE.addMethod("seek", (self, a, k) -> {
            PyObject[] v = IOArgs.parse("seek", a, k, 1, "pos", "whence");
            return PyInt.of(((PyFileIO) self).seek(IOArgs.integer(v[0]), v[1] == null ? 0 : (int) IOArgs.integer(v[1])));
        });
        TYPE.addMethodNoArgs("tell", self -> PyInt.of(((PyFileIO) self).tell()));
        TYPE.addMethod("truncate", (self, a, k) -> {
            PyObject[] v = IOArgs.parse("truncate", a, k, 0, "size");
            PyFileIO f = (PyFileIO) self;
            long size = v[0] == null || v[0] == PyNone.NONE ? f.tell() : IOArgs.integer(v[0]);
            return PyInt.of(f.truncate(size));
        });
        TYPE.addMethod("_dealloc_warn", (self, a, k) -> {
            ((PyFileIO) self).deallocWarn(org.taipan.runtime.Args.oneArg("_dealloc_warn", a, k));
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("close", self -> {
            // fileio_close: _RawIOBase.close (the object's own flush) first, then the descriptor,
            // which is closed even when the flush fails; a failure of both chains the flush's
            PyFileIO f = (PyFileIO) self;
            org.taipan.runtime.PyException flushFailure = null;
            if (!f.baseClosed) {
                try {
                    org.taipan.runtime.Callables.callAttr(self, "flush");
                } catch (org.taipan.runtime.PyException e) {
                    flushFailure = e;
                }
            }
            if (f.finalizing()) {
                try {
                    f.deallocWarn(f);
                } catch (org.taipan.runtime.PyException e) {
                    // (the warning made an error by a filter: dropped, as fileio_close clears it)
                }
            }
            try {
                f.close();
            } catch (org.taipan.runtime.PyException e) {
                if (flushFailure != null) {
                    e.value.context = flushFailure.value;
                }
                throw e;
            }
            if (flushFailure != null) {
                throw flushFailure;
            }
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("fileno", self -> PyInt.of(((PyFileIO) self).fileno()));
        TYPE.addMethodNoArgs("isatty", self -> PyBool.of(((PyFileIO) self).isTty()));
        TYPE.addMethodNoArgs("readable", self -> PyBool.of(((PyFileIO) self).checkOpen().readable));
        TYPE.addMethodNoArgs("writable", self -> PyBool.of(((PyFileIO) self).checkOpen().writable));
        TYPE.addMethodNoArgs("seekable", self -> {
            // as isatty(2) and lseek(2) fail on a descriptor closed behind the object's back: False
            PyFileIO io = ((PyFileIO) self).checkOpen();
            if (io.seekableKnown < 0) {
                FdTable.OpenFile f = io.table.get(io.fd);
                io.seekableKnown = f != null && f.channel != null && !isPipeOrSocket(f.path) ? 1 : 0;
            }
            return PyBool.of(io.seekableKnown == 1);
        });
        TYPE.addAttr("closed", new PyGetSetDescr(TYPE, "closed", o -> PyBool.of(((PyFileIO) o).isClosed()), null));
        TYPE.addAttr("closefd", new PyGetSetDescr(TYPE, "closefd", o -> PyBool.of(((PyFileIO) o).closefd), null));
        TYPE.addAttr("mode", new PyGetSetDescr(TYPE, "mode", o -> PyStr.of(((PyFileIO) o).modeString()), null));
        TYPE.addAttr("_blksize", new PyGetSetDescr(TYPE, "_blksize", o -> PyInt.of(((PyFileIO) o).blksize), (o, v) -> {
            if (v == null) {
                throw Errors.typeError("can't delete numeric/char attribute");
            }
            ((PyFileIO) o).blksize = (int) Abstract.index(v, null).longValue();
        }));
        TYPE.ready();
    }

    private FdTable table;
    /**
     * {@code _dealloc_warn(source)} ({@code fileio_dealloc_warn}): a ResourceWarning
     * "unclosed file &lt;repr of source&gt;" while this object still owns an open descriptor.
     *
     * @throws org.taipan.runtime.PyException the warning, when a filter makes it an error
     */
    void deallocWarn(PyObject source) {
        if (fd >= 0 && closefd) {
            org.taipan.modules.warnings.Warnings.warn(org.taipan.runtime.ExceptionTypes.ResourceWarning,
                    "unclosed file " + Abstract.repr(source), 1);
        }
    }

    /**
     * Names {@code outer} (this object, or a buffered object or text wrapper over it) in the
     * ResourceWarning given if this object is collected unclosed; a no-op when it has no
     * descriptor of its own to close.
     */
    void warnAsWhenCollected(PyObject outer) {
        FdTable.Claim c = claim;
        if (c != null) {
            c.warning = "unclosed file " + Abstract.repr(outer);
            if (c.ownerRepr == null) {
                PyObject name = dict().getItem(PyStr.of("name"));
                String mode = modeString();
                boolean closes = closefd;
                int n = fd;
                c.ownerRepr = () -> repr(name, n, mode, closes);
            }
        }
    }

    /**
     * At exit, before the runtime closes this still-open file: the ResourceWarning CPython's
     * teardown gives when it destroys it ("sys:1: ResourceWarning: unclosed file ..."), once.
     */
    void warnUnclosedAtExit() {
        FdTable.Claim c = claim;
        String message = c == null ? null : c.warning;
        if (message != null && fd >= 0 && closefd) {
            c.warning = null;
            c.warn(message);
        }
    }

    private int fd = -1;
    /** Closes {@link #fd} if this object is collected without closing it (null: not ours to close). */
    private FdTable.Claim claim;
    /** {@code _blksize}: the preferred size of a read, from the file's {@code st_blksize} at open. */
    int blksize = IOModule.DEFAULT_BUFFER_SIZE;
    boolean readable, writable;
    private boolean appending, created, closefd = true;
    /** seekable()'s answer once known (-1: not asked yet), as CPython's {@code fileio.seekable}. */
    private int seekableKnown = -1;

    /**
     * Whether {@code p} names a FIFO or a socket, which a file channel opens but lseek(2) refuses
     * (ESPIPE): such a file is not seekable, as CPython's seekable() finds out by seeking.
     */
    private static boolean isPipeOrSocket(Path p) {
        if (p == null) {
            return false;
        }
        try {
            int type = ((Number) Files.getAttribute(p, "unix:mode")).intValue() & 0170000;
            return type == 0010000 || type == 0140000;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    PyFileIO(PyType type) {
        super(type);
    }

    private static String modeArg(PyObject m) {
        if (!(m instanceof PyStr s)) {
            throw Errors.typeError("FileIO() argument 'mode' must be str, not %s", m.type().name());
        }
        return s.toString();
    }

    /**
     * {@code FileIO.__init__}: opens {@code file} (a path or a descriptor number).
     *
     * @throws org.taipan.runtime.PyException ValueError for a bad mode, OSError subclasses for the open
     */
    void init(PyObject fileArg, String mode, boolean closefd, PyObject opener) {
        if (fd >= 0 && this.closefd) {
            close();
        }
        boolean rwa = false, plus = false;
        readable = writable = appending = created = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x', 'r', 'w', 'a' -> {
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    switch (c) {
                        case 'x' -> { created = true; writable = true; }
                        case 'r' -> readable = true;
                        case 'w' -> writable = true;
                        default -> { appending = true; writable = true; }
                    }
                }
                case '+' -> {
                    if (plus) {
                        throw badMode();
                    }
                    readable = writable = plus = true;
                }
                case 'b' -> { }
                default -> throw Errors.valueError("invalid mode: %s", mode);
            }
        }
        if (!rwa) {
            throw badMode();
        }
        table = FdTable.of(ThreadState.current().interpreter);
        if (PyInt.asInt(fileArg) != null && !(fileArg instanceof PyBool)) {
            long n = IOArgs.integer(fileArg);
            if (n < 0) {
                throw Errors.valueError("negative file descriptor");
            }
            this.closefd = closefd;
            attach((int) n, fileArg, false);
            return;
        }
        if (!closefd) {
            throw Errors.valueError("Cannot use closefd=False with file name");
        }
        this.closefd = true;
        PyObject path = PosixModule.fspath(fileArg);
        if (opener != null && opener != PyNone.NONE) {
            PyObject r = org.taipan.runtime.Callables.call(opener, path, PyInt.of(openFlags(mode)));
            long n = PyInt.asInt(r) == null ? -1 : PyInt.asInt(r).longValue();
            if (PyInt.asInt(r) == null) {
                throw Errors.typeError("expected an integer from opener");
            }
            if (n < 0) {
                throw Errors.valueError("opener returned %d", n);
            }
            attach((int) n, path, true);
            return;
        }
        String name = PosixModule.pathString(path);
        Sandbox.require(Permission.FILE_SYSTEM, "open", name);
        Path p;
        try {
            p = org.taipan.modules.posix.PosixPaths.resolve(name);
        } catch (InvalidPathException e) {
            throw Errno.error(Errno.ENOENT, path);
        }
        org.taipan.modules.posix.PosixPaths.checkOpenOfDirectoryName(name, p,
                created || appending || mode.indexOf('w') >= 0, path);
        if (created && Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // mode 'x' is O_CREAT|O_EXCL: whatever is at the name, a directory too, is EEXIST
            throw Errno.error(Errno.EEXIST, path);
        }
        if (Files.isDirectory(p)) {
            throw Errno.error(Errno.EISDIR, path);
        }
        List<OpenOption> opts = new ArrayList<>();
        if (readable) {
            opts.add(StandardOpenOption.READ);
        }
        if (writable) {
            opts.add(StandardOpenOption.WRITE);
        }
        if (created) {
            opts.add(StandardOpenOption.CREATE_NEW);
        } else if (appending) {
            opts.add(StandardOpenOption.CREATE);
        } else if (mode.indexOf('w') >= 0) {
            opts.add(StandardOpenOption.CREATE);
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        FileChannel ch;
        try {
            // a new file's mode is 0666 less the interpreter's umask, as open(2) makes it; the
            // JVM's creation used the process's mask, which a child's spawn may be changing (the
            // existence check only once some spawn has changed it, or the interpreter's differs)
            long epoch = org.taipan.modules.posix.PosixState.umaskEpoch();
            org.taipan.modules.posix.PosixState posix = created || appending || mode.indexOf('w') >= 0
                    ? org.taipan.modules.posix.PosixState.of(ThreadState.current().interpreter) : null;
            boolean fresh = posix != null && (epoch != 0 || posix.creationModeFix(0666, epoch) >= 0) && !Files.exists(p);
            OpenOption[] how = opts.toArray(new OpenOption[0]);
            // without the GIL, as CPython's open(2): opening a FIFO waits for the other end
            ch = table.openRetrying(() -> org.taipan.runtime.Blocking.withoutGil(() -> FileChannel.open(p, how)));
            int fix = fresh ? posix.creationModeFix(0666, epoch) : -1;
            if (fix >= 0) {
                Files.setAttribute(p, "unix:mode", fix);
            }
            if (appending) {
                // the seek to the end answers seekable() from now on; a FIFO or a pipe behind
                // /dev/stdout cannot seek, which is not an error (CPython's portable_lseek with
                // suppress_pipe_error)
                try {
                    ch.position(ch.size());
                    seekableKnown = 1;
                } catch (IOException e) {
                    if (Errno.of(e) != Errno.ESPIPE) {
                        throw e;
                    }
                    seekableKnown = 0;
                }
            }
        } catch (IOException e) {
            throw Errno.error(e, path);
        } catch (SecurityException | UnsupportedOperationException e) {
            throw Errno.error(Errno.EACCES, path);
        }
        if (appending) {
            table.appendAtEnd(ch);
        }
        fd = table.add(ch, p);
        claim = table.claim(this, fd);
        blksize = org.taipan.modules.posix.StatResult.BLKSIZE;
        setName(path, true);
    }

    /**
     * Sets {@code name} through {@code setattr}, so a subclass's {@code __setattr__} sees it, as
     * fileio_init does; when that fails, a descriptor this object opened is closed and one it was
     * given is left open (only forgotten).
     */
    private void setName(PyObject name, boolean own) {
        try {
            Abstract.setAttr(this, PyStr.of("name"), name);
        } catch (org.taipan.runtime.PyException e) {
            int n = fd;
            fd = -1;
            table.release(claim);
            claim = null;
            if (own) {
                try {
                    table.close(n);
                } catch (IOException ignored) {
                    // the error being raised is the one to report, as fileio_init's internal_close
                }
            }
            throw e;
        }
    }

    /** Attaches one of the standard descriptors without a Python call (for {@link StandardStreams}). */
    void attachStandard(FdTable table, int n, PyObject name, boolean read) {
        this.table = table;
        this.readable = read;
        this.writable = !read;
        this.closefd = false;
        this.fd = n;
        this.blksize = org.taipan.modules.posix.StatResult.BLKSIZE;
        dict().setItem(PyStr.of("name"), name);
    }

    /** The {@code O_*} flags (Linux values) CPython passes to an opener for this mode. */
    private int openFlags(String mode) {
        int flags = readable && writable ? 2 : readable ? 0 : 1;
        if (created) {
            flags |= 64 | 128;
        } else if (appending) {
            flags |= 64 | 1024;
        } else if (mode.indexOf('w') >= 0) {
            flags |= 64 | 512;
        }
        return flags | 0x80000;
    }

    /** Takes descriptor {@code n}, which must be open and not a directory (fileio_init's fstat check). */
    private void attach(int n, PyObject nameObj, boolean own) {
        FdTable.OpenFile f = table.get(n);
        if (f == null) {
            throw Errno.error(Errno.EBADF, null);
        }
        if (f.path != null && Files.isDirectory(f.path)) {
            if (own && closefd) {
                try {
                    table.close(n);
                } catch (IOException ignored) {
                    // EISDIR is what is reported
                }
            }
            throw Errno.error(Errno.EISDIR, PyInt.of(n));
        }
        fd = n;
        if (closefd) {
            claim = table.claim(this, n);
        }
        // fstat's st_blksize, which Linux gives every kind of descriptor (pipes and sockets too)
        blksize = org.taipan.modules.posix.StatResult.BLKSIZE;
        setName(nameObj, own);
    }

    private static org.taipan.runtime.PyException badMode() {
        return Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    @Override
    boolean isClosed() {
        return fd < 0;
    }

    /**
     * The open file behind the descriptor, looked up on each use as CPython passes the number to
     * each system call: after an {@code os.close(f.fileno())} the operations fail with EBADF.
     */
    private FdTable.OpenFile open() {
        checkOpen();
        FdTable.OpenFile f = table.get(fd);
        if (f == null) {
            throw Errno.error(Errno.EBADF, null);
        }
        return f;
    }

    /**
     * {@link #open()} for an operation the mode must allow ({@code readable} or {@code writable}):
     * the mode is checked before the descriptor, as CPython's {@code err_mode} comes before the
     * system call.
     *
     * @throws org.taipan.runtime.PyException UnsupportedOperation "File not open for {@code what}"
     */
    private FdTable.OpenFile openFor(boolean allowed, String what) {
        checkOpen();
        if (!allowed) {
            throw IOModule.unsupported("File not open for " + what);
        }
        return open();
    }

    /** Only that this object was not closed: the methods that make no system call ({@code readable}, {@code fileno}). */
    private PyFileIO checkOpen() {
        if (fd < 0) {
            // fileio.c's err_closed: unlike the other types' message, no final period.
            throw Errors.valueError("I/O operation on closed file");
        }
        return this;
    }

    String modeString() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (appending) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    private String repr() {
        if (fd < 0) {
            return "<_io.FileIO [closed]>";
        }
        return repr(dict().getItem(PyStr.of("name")), fd, modeString(), closefd);
    }

    /** {@code fileio_repr} of an open file: its name (null: none, shown as its descriptor), mode and closefd. */
    private static String repr(PyObject name, int fd, String mode, boolean closefd) {
        String shown = name == null ? "fd=" + fd : "name=" + Abstract.repr(name);
        return "<_io.FileIO " + shown + " mode='" + mode + "' closefd=" + (closefd ? "True" : "False") + ">";
    }

    int fileno() {
        checkOpen();
        return fd;
    }

    /** {@code read(size)}: at most {@code size} bytes, all that is left when negative; b'' at end. */
    PyObject read(long size) {
        byte[] data = size < 0 ? readAll() : readBytes((int) Math.min(size, Integer.MAX_VALUE - 8));
        return data == null ? PyNone.NONE : PyBytes.of(data);
    }

    /** Up to {@code n} bytes (fewer only at end of file or for a stream that has fewer ready); null when a non-blocking pipe has none. */
    byte[] readBytes(int n) {
        FdTable.OpenFile f = openFor(readable, "reading");
        try {
            if (f.channel != null) {
                // No bigger buffer than what is left: read(10**9) on a small file must not allocate a gigabyte.
                long left = Math.max(0, f.channel.size() - f.channel.position());
                ByteBuffer bb = ByteBuffer.allocate((int) Math.min(n, Math.max(left + 1, 1 << 16)));
                while (bb.hasRemaining()) {
                    // reads and writes go without the GIL, as CPython's: a FIFO's other end may be this process
                    if (org.taipan.runtime.Blocking.withoutGil(() -> f.channel.read(bb)) < 0) {
                        break;
                    }
                }
                return java.util.Arrays.copyOf(bb.array(), bb.position());
            }
            if (f.in == null) {
                throw Errno.error(Errno.EBADF, null);
            }
            byte[] b = new byte[Math.min(n, 1 << 16)];
            if (f.nativeFd >= 0) {
                try {
                    return java.util.Arrays.copyOf(b, PipeIO.read(f.nativeFd, b, 0, b.length));
                } catch (org.taipan.runtime.PyException e) {
                    // an empty non-blocking pipe: nothing ready, FileIO.read answers None
                    if (wouldBlock(e)) {
                        return null;
                    }
                    throw e;
                }
            }
            if (n > 0) {
                awaitProcessStdin(f.in);
            }
            // without the GIL, as CPython's read(2): a thread blocked on stdin must not stop the others
            int got = n == 0 ? 0 : org.taipan.runtime.Blocking.withoutGil(() -> f.in.read(b, 0, b.length));
            return got <= 0 ? new byte[0] : java.util.Arrays.copyOf(b, got);
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    /**
     * A pipe read to its end, as {@code _io_FileIO_readall_impl}: on a non-blocking pipe, what
     * was there when it would block, or null when that was nothing.
     */
    private static byte[] readAllNative(int fd) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] b = new byte[IOModule.DEFAULT_BUFFER_SIZE];
        while (true) {
            int got;
            try {
                got = PipeIO.read(fd, b, 0, b.length);
            } catch (org.taipan.runtime.PyException e) {
                if (wouldBlock(e)) {
                    return out.size() == 0 ? null : out.toByteArray();
                }
                throw e;
            }
            if (got == 0) {
                return out.toByteArray();
            }
            out.write(b, 0, got);
        }
    }

    private static boolean wouldBlock(org.taipan.runtime.PyException e) {
        return e.value.type().isSubtypeOf(org.taipan.runtime.ExceptionTypes.BlockingIOError);
    }

    /** Everything to end of file. */
    byte[] readAll() {
        FdTable.OpenFile f = open();
        if (!readable) {
            throw IOModule.unsupported("File not open for reading");
        }
        try {
            if (f.channel != null) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                ByteBuffer bb = ByteBuffer.allocate(IOModule.DEFAULT_BUFFER_SIZE);
                while (org.taipan.runtime.Blocking.withoutGil(() -> f.channel.read(bb)) >= 0) {
                    out.write(bb.array(), 0, bb.position());
                    bb.clear();
                }
                out.write(bb.array(), 0, bb.position());
                return out.toByteArray();
            }
            if (f.nativeFd >= 0) {
                return readAllNative(f.nativeFd);
            }
            if (f.in == null) {
                return new byte[0];
            }
            // chunk by chunk, each awaited as read() awaits it: a signal's handler runs between them
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] chunk = new byte[IOModule.DEFAULT_BUFFER_SIZE];
            while (true) {
                awaitProcessStdin(f.in);
                int got = org.taipan.runtime.Blocking.withoutGil(() -> f.in.read(chunk, 0, chunk.length));
                if (got < 0) {
                    return out.toByteArray();
                }
                out.write(chunk, 0, got);
            }
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    /**
     * Before a blocking read of the process's own standard input on the main thread: waits until
     * it is readable (or at end of file) in a wait a signal interrupts, so that Ctrl-C at an
     * {@code input()} prompt raises KeyboardInterrupt at once, as CPython's read gets EINTR and
     * runs the handler (a Java read cannot be interrupted). Elsewhere nothing happens. Called
     * with the GIL held ({@code os.read} calls it too).
     *
     * @param in the stream a descriptor of the table reads, or null (nothing happens)
     * @throws org.taipan.runtime.PyException what a signal handler raises
     * @throws IOException when the stream's {@code available()} fails
     */
    public static void awaitProcessStdin(java.io.InputStream in) throws IOException {
        if (in == null || !org.taipan.modules.posix.ChildFds.isProcessStdin(in)
                || !org.taipan.modules.posix.Libc.available()) {
            return;
        }
        // without the GIL: another thread's read holds the stream's lock until its input comes
        if (org.taipan.runtime.Blocking.withoutGil(in::available) > 0) {
            return;
        }
        org.taipan.runtime.ThreadState ts = org.taipan.runtime.ThreadState.currentOrNull();
        if (ts == null || !ts.isMain) {
            return;
        }
        int[] fds = {0};
        short[] events = {1}; // POLLIN
        short[] revents = {0};
        while (true) {
            Boolean ready = org.taipan.runtime.Blocking.signalWait(ts, () -> {
                // short slices: a signal interrupts the thread, which poll(2) through Java does not see
                while (org.taipan.modules.posix.Libc.poll(fds, events, revents, 50) == 0) {
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                }
                return Boolean.TRUE;
            });
            // a signal that came as the input did is handled now too, before the read
            org.taipan.runtime.Blocking.checkSignals(ts);
            if (ready != null) {
                return;
            }
        }
    }

    /**
     * Writes {@code data[off, off+len)}: all of it, but for a pipe on which a signal cut the
     * write short (as {@code write(2)} returns a partial count then).
     *
     * @return the bytes written
     */
    int write(byte[] data, int off, int len) {
        FdTable.OpenFile f = openFor(writable, "writing");
        try {
            if (f.nativeFd >= 0) {
                try {
                    return PipeIO.write(f.nativeFd, data, off, len);
                } catch (org.taipan.runtime.PyException e) {
                    // a full non-blocking pipe: FileIO.write answers None (fileio.c's EAGAIN)
                    if (wouldBlock(e)) {
                        return -1;
                    }
                    throw e;
                }
            }
            if (f.channel != null) {
                if (appending && table.isAppending(f)) {
                    f.channel.position(f.channel.size());
                }
                ByteBuffer bb = ByteBuffer.wrap(data, off, len);
                while (bb.hasRemaining()) {
                    org.taipan.runtime.Blocking.withoutGil(() -> f.channel.write(bb));
                }
            } else if (f.out != null) {
                CheckedPrintStream.writeChecked(f.out, data, off, len);
            } else {
                throw Errno.error(Errno.EBADF, null);
            }
            return len;
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    long seek(long pos, int whence) {
        FdTable.OpenFile f = open();
        if (f.channel == null) {
            throw Errno.error(Errno.ESPIPE, null);
        }
        try {
            long target = switch (whence) {
                case 0 -> pos;
                case 1 -> f.channel.position() + pos;
                case 2 -> f.channel.size() + pos;
                default -> throw Errors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
            };
            if (target < 0) {
                throw Errno.error(Errno.EINVAL, null);
            }
            f.channel.position(target);
            return target;
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    long tell() {
        FdTable.OpenFile f = open();
        if (f.channel == null) {
            throw Errno.error(Errno.ESPIPE, null);
        }
        try {
            return f.channel.position();
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    long truncate(long size) {
        FdTable.OpenFile f = openFor(writable, "writing");
        if (f.channel == null) {
            throw Errno.error(Errno.EINVAL, null);
        }
        try {
            long cur = f.channel.size();
            if (size < cur) {
                // FileChannel.truncate moves the position back; ftruncate(2) leaves it alone.
                long keep = f.channel.position();
                f.channel.truncate(size);
                f.channel.position(keep);
            } else if (size > cur) {
                long keep = f.channel.position();
                f.channel.write(ByteBuffer.wrap(new byte[1]), size - 1);
                f.channel.position(keep);
            }
            return size;
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    /** Whether the descriptor is open on a file on disk (a channel), not a pipe or a standard stream. */
    boolean isRegularFile() {
        FdTable.OpenFile f = fd < 0 || table == null ? null : table.get(fd);
        return f != null && f.channel != null;
    }

    boolean isTty() {
        FdTable.OpenFile f = checkOpen().table.get(fd);
        return f != null && f.tty;
    }

    void close() {
        if (fd < 0) {
            return;
        }
        int n = fd;
        fd = -1;
        baseClosed = true;
        table.release(claim);
        claim = null;
        if (closefd) {
            boolean wasOpen;
            try {
                wasOpen = table.close(n);
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
            if (!wasOpen) {
                throw Errno.error(Errno.EBADF, null);
            }
        }
    }
}
