package org.taipan.modules.io;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.taipan.modules.posix.Errno;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code _io.BufferedReader}, {@code BufferedWriter} and {@code BufferedRandom} (CPython's
 * {@code Modules/_io/bufferedio.c}): a byte buffer over a raw stream. One Java class serves the
 * three types, as one C struct does in CPython; the types differ in the methods they expose. The
 * raw stream is called directly when it is an exact {@link PyFileIO}, through its Python methods
 * otherwise.
 *
 * <p>At most one of the two buffers holds data: unread bytes {@code rbuf[rpos, rlen)} (read ahead
 * from the raw stream) or pending writes {@code wbuf[0, wlen)}; the logical position is the raw
 * position minus the unread bytes plus the pending ones.
 */
public final class PyBuffered extends PyIOBase {
    public static final PyType READER = IOTypes.builtin("BufferedReader", IOTypes.BUFFERED_IO_BASE);
    public static final PyType WRITER = IOTypes.builtin("BufferedWriter", IOTypes.BUFFERED_IO_BASE);
    public static final PyType RANDOM = IOTypes.builtin("BufferedRandom", IOTypes.BUFFERED_IO_BASE);

    static {
        BufferedMethods.install(READER, true, false);
        BufferedMethods.install(WRITER, false, true);
        BufferedMethods.install(RANDOM, true, true);
    }

    PyObject raw;
    /** {@link #raw} when it is an exact FileIO (the fast path), else null. */
    private PyFileIO fileRaw;
    private boolean canRead, canWrite, detached;
    /** Serializes the operations of threads on this object ({@link #enter}). */
    private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
    private int bufferSize = IOModule.DEFAULT_BUFFER_SIZE;
    private byte[] rbuf = new byte[0];
    private int rpos, rlen;
    private byte[] wbuf = new byte[0];
    private int wlen;

    PyBuffered(PyType type) {
        super(type);
    }

    /**
     * {@code __init__(raw, buffer_size=DEFAULT_BUFFER_SIZE)}, checking the raw stream's capabilities
     * as CPython does, by calling its {@code seekable()} (BufferedRandom), {@code readable()} and
     * {@code writable()} in that order: {@code io.BufferedReader(5)} is AttributeError "'int' object
     * has no attribute 'readable'".
     */
    void init(PyObject raw, long bufferSize, boolean read, boolean write) {
        // a failed __init__ leaves the object uninitialized, as _io__Buffered___init__ clears self->ok first
        this.raw = null;
        this.fileRaw = null;
        this.detached = false;
        if (read && write) {
            PyIOBase.checkSeekable(raw);
        }
        if (read) {
            PyIOBase.checkReadable(raw);
        }
        if (write) {
            PyIOBase.checkWritable(raw);
        }
        if (bufferSize <= 0) {
            throw Errors.valueError("buffer size must be strictly positive");
        }
        if (bufferSize > Integer.MAX_VALUE - 8) {
            // CPython's PyMem_Malloc of the buffer fails
            throw Errors.of(org.taipan.runtime.ExceptionTypes.MemoryError);
        }
        attachRaw(raw, (int) Math.min(bufferSize, 1 << 24), read, write);
        if (fileRaw != null) {
            fileRaw.warnAsWhenCollected(this);
        }
    }

    /** The raw stream when it is an exact {@code FileIO} (whose descriptor this object's close closes), else null. */
    PyFileIO fileRaw() {
        return fileRaw;
    }

    /** Attaches {@code raw} without the capability checks (for the streams {@code open()} makes). */
    void attachRaw(PyObject raw, int bufferSize, boolean read, boolean write) {
        this.raw = raw;
        this.fileRaw = raw.getClass() == PyFileIO.class && raw.type() == PyFileIO.TYPE ? (PyFileIO) raw : null;
        finalizeWhenCollected(raw);
        this.bufferSize = bufferSize;
        this.canRead = read;
        this.canWrite = write;
        this.detached = false;
        rbuf = new byte[0];
        rpos = rlen = 0;
        wbuf = new byte[write ? bufferSize : 0];
        wlen = 0;
    }

    // ---- state checks ----

    private void checkAttached() {
        if (raw == null) {
            throw Errors.valueError(detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
        }
    }

    @Override
    boolean isClosed() {
        checkAttached();
        return fileRaw != null ? fileRaw.isClosed() : Abstract.isTrue(Abstract.getAttr(raw, "closed"));
    }

    private void checkOpen(String op) {
        if (isClosed()) {
            throw Errors.valueError(op + " of closed file");
        }
    }

    private void checkOpen() {
        if (isClosed()) {
            throw IOModule.closedFile();
        }
    }

    // ---- the raw stream ----

    /** One raw read of up to {@code n} bytes: empty at end of file, null when the raw stream has none ready. */
    private byte[] rawRead(int n) {
        if (fileRaw != null) {
            return fileRaw.readBytes(n);
        }
        // _bufferedreader_raw_read: the raw stream's readinto() over a view of the buffer
        byte[] buf = new byte[n];
        PyObject view = org.taipan.runtime.PyMemoryView.over(PyNone.NONE, buf, n, false, null);
        PyObject r = Callables.callAttr(raw, "readinto", view);
        if (r == PyNone.NONE) {
            return null;
        }
        long got;
        try {
            got = Abstract.index(r, null).longValue();
        } catch (PyException e) {
            PyException failure = Errors.of(org.taipan.runtime.ExceptionTypes.OSError, "raw readinto() failed");
            failure.value.cause = e.value;
            failure.value.suppressContext = true;
            failure.value.context = e.value;
            throw failure;
        }
        if (got < 0 || got > n) {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError,
                    "raw readinto() returned invalid length " + got + " (should have been between 0 and " + n + ")");
        }
        return got == n ? buf : Arrays.copyOf(buf, (int) got);
    }

    /**
     * The rest of the raw stream, appended to {@code out}, as {@code _bufferedreader_read_all}
     * reads it: one {@code readall()} when the raw stream has one, else {@code read()} until it
     * returns b'' or None.
     *
     * @return false when nothing was read and the raw stream said None (no data ready)
     */
    private boolean rawReadAll(ByteArrayOutputStream out) {
        PyObject readall = Abstract.lookupAttr(raw, PyStr.of("readall"));
        if (readall != null) {
            PyObject r = Callables.call(readall);
            if (r == PyNone.NONE) {
                return out.size() > 0;
            }
            out.writeBytes(bytesOf(r, "readall()"));
            return true;
        }
        while (true) {
            PyObject r = Callables.callAttr(raw, "read");
            if (r == PyNone.NONE) {
                return out.size() > 0;
            }
            byte[] got = bytesOf(r, "read()");
            if (got.length == 0) {
                return true;
            }
            out.writeBytes(got);
        }
    }

    /**
     * One raw write of {@code b[off, off+len)}, as {@code _bufferedwriter_raw_write}: the count
     * written, or -2 when a non-blocking raw stream would block (its write returned None).
     */
    private int rawWriteOnce(byte[] b, int off, int len) {
        if (fileRaw != null) {
            int n = fileRaw.write(b, off, len);
            return n < 0 ? -2 : n;
        }
        PyObject r = Callables.callAttr(raw, "write", PyBytes.of(Arrays.copyOfRange(b, off, off + len)));
        if (r == PyNone.NONE) {
            return -2;
        }
        long n = Abstract.index(r, null).longValue();
        if (n < 0 || n > len) {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError,
                    "raw write() returned invalid length " + n + " (should have been between 0 and " + len + ")");
        }
        return (int) n;
    }

    /**
     * BlockingIOError "write could not complete without blocking" with its characters_written.
     * Its errno is C's {@code errno} when {@code _set_BlockingIOError} runs: EAGAIN from a file's
     * write(2), 0 after a raw stream written in Python.
     */
    private PyException wouldBlock(int written) {
        return Errors.of(org.taipan.runtime.ExceptionTypes.BlockingIOError, PyInt.of(fileRaw != null ? Errno.EAGAIN : 0),
                PyStr.of("write could not complete without blocking"), PyInt.of(written));
    }

    private long rawSeek(long pos, int whence) {
        if (fileRaw != null) {
            return fileRaw.seek(pos, whence);
        }
        long n = IOArgs.integer(Callables.callAttr(raw, "seek", PyInt.of(pos), PyInt.of(whence)));
        if (n < 0) {
            // _buffered_raw_seek
            throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError, "Raw stream returned invalid position " + n);
        }
        return n;
    }

    private long rawTell() {
        if (fileRaw != null) {
            return fileRaw.tell();
        }
        long n = IOArgs.integer(Callables.callAttr(raw, "tell"));
        if (n < 0) {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError, "Raw stream returned invalid position " + n);
        }
        return n;
    }

    // ---- buffer management ----

    /** Writes the pending bytes to the raw stream. */
    void flushWrites() {
        // _bufferedwriter_flush_unlocked; what the raw stream did not take stays at the front
        int done = 0;
        try {
            while (done < wlen) {
                int n = rawWriteOnce(wbuf, done, wlen - done);
                if (n == -2) {
                    throw wouldBlock(0);
                }
                done += n;
            }
        } finally {
            System.arraycopy(wbuf, done, wbuf, 0, wlen - done);
            wlen -= done;
        }
    }

    /** Drops read-ahead bytes, moving the raw stream back to the logical position. */
    private void dropReadAhead() {
        int unread = rlen - rpos;
        rpos = rlen = 0;
        if (unread > 0) {
            rawSeek(-unread, 1);
        }
    }

    private int unread() {
        return rlen - rpos;
    }

    /** Whether the last {@link #fill} found a non-blocking raw stream with nothing ready (its read said None). */
    private boolean fillWouldBlock;

    /** Refills the read buffer with one raw read; returns false at end of file (or nothing ready). */
    private boolean fill() {
        if (rbuf.length < bufferSize) {
            rbuf = new byte[bufferSize];
        }
        int keep = unread();
        System.arraycopy(rbuf, rpos, rbuf, 0, keep);
        rpos = 0;
        rlen = keep;
        byte[] got = rawRead(bufferSize - keep);
        fillWouldBlock = got == null;
        if (got == null || got.length == 0) {
            return false;
        }
        System.arraycopy(got, 0, rbuf, rlen, got.length);
        rlen += got.length;
        return true;
    }

    private void prepareRead() {
        checkOpen("read");
        if (!canRead) {
            throw IOModule.unsupported("read");
        }
        flushWrites();
    }

    // ---- operations ----

    /** {@code read(n)}: n bytes or fewer at end of file; everything left when {@code n < 0}. */
    PyObject read(long n) {
        enter();
        try {
            return readUnlocked(n);
        } finally {
            leave();
        }
    }

    private PyObject readUnlocked(long n) {
        if (n < -1) {
            throw Errors.valueError("read length must be non-negative or -1");
        }
        prepareRead();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (n < 0) {
            out.write(rbuf, rpos, unread());
            rpos = rlen = 0;
            if (fileRaw != null) {
                byte[] rest = fileRaw.readAll();
                if (rest == null) {
                    // a non-blocking pipe with nothing ready
                    return out.size() == 0 ? PyNone.NONE : PyBytes.of(out.toByteArray());
                }
                out.writeBytes(rest);
            } else if (!rawReadAll(out)) {
                return PyNone.NONE;
            }
            return PyBytes.of(out.toByteArray());
        }
        int want = (int) Math.min(n, Integer.MAX_VALUE - 8);
        if (unread() >= want) {
            byte[] r = Arrays.copyOfRange(rbuf, rpos, rpos + want);
            rpos += want;
            return PyBytes.of(r);
        }
        out.write(rbuf, rpos, unread());
        rpos = rlen = 0;
        boolean wouldBlock = false;
        while (out.size() < want) {
            int need = want - out.size();
            if (need >= bufferSize) {
                byte[] got = rawRead(need);
                if (got == null || got.length == 0) {
                    wouldBlock = got == null;
                    break;
                }
                out.writeBytes(got);
            } else {
                if (!fill()) {
                    wouldBlock = fillWouldBlock;
                    break;
                }
                int take = Math.min(need, unread());
                out.write(rbuf, rpos, take);
                rpos += take;
            }
        }
        // nothing read and the raw stream had nothing ready: None, as _bufferedreader_read_generic
        // (b'' would tell the caller the stream ended)
        return wouldBlock && out.size() == 0 ? PyNone.NONE : PyBytes.of(out.toByteArray());
    }

    /** {@code read1(n)}: buffered bytes, or at most one raw read. */
    PyObject read1(long n) {
        enter();
        try {
            return read1Unlocked(n);
        } finally {
            leave();
        }
    }

    private PyObject read1Unlocked(long n) {
        prepareRead();
        if (n < 0) {
            n = bufferSize;
        }
        if (n == 0) {
            return PyBytes.of(new byte[0]);
        }
        if (unread() == 0) {
            if (n > bufferSize) {
                // CPython: with nothing buffered, one raw read of the whole request.
                rpos = rlen = 0;
                byte[] got = rawRead((int) Math.min(n, Integer.MAX_VALUE - 8));
                return PyBytes.of(got == null ? new byte[0] : got);
            }
            fill();
        }
        int take = (int) Math.min(n, unread());
        byte[] r = Arrays.copyOfRange(rbuf, rpos, rpos + take);
        rpos += take;
        return PyBytes.of(r);
    }

    /**
     * The bytes {@code readinto1(b)} stores into a buffer of {@code n} bytes, as
     * {@code _buffered_readinto_generic} gives them: the buffered bytes, then at most one raw read
     * (straight into the caller's buffer when more than a bufferful is still wanted, else into
     * this buffer, but only when nothing was buffered).
     *
     * @return null when the raw stream had nothing ready and nothing was buffered
     */
    byte[] readinto1Bytes(int n) {
        enter();
        try {
            prepareRead();
            int have = unread();
            if (have >= n) {
                byte[] r = Arrays.copyOfRange(rbuf, rpos, rpos + n);
                rpos += n;
                return r;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(rbuf, rpos, have);
            rpos = rlen = 0;
            int remaining = n - have;
            if (remaining > bufferSize) {
                byte[] got = rawRead(remaining);
                if (got == null) {
                    return have > 0 ? out.toByteArray() : null;
                }
                out.writeBytes(got);
            } else if (have == 0) {
                if (fill()) {
                    int take = Math.min(remaining, unread());
                    out.write(rbuf, rpos, take);
                    rpos += take;
                }
            }
            return out.toByteArray();
        } finally {
            leave();
        }
    }

    /** {@code peek(n)}: the buffered bytes without consuming them, filling the buffer if empty. */
    PyObject peek() {
        enter();
        try {
            return peekUnlocked();
        } finally {
            leave();
        }
    }

    private PyObject peekUnlocked() {
        prepareRead();
        if (unread() == 0) {
            fill();
        }
        return PyBytes.of(Arrays.copyOfRange(rbuf, rpos, rlen));
    }

    /** {@code readline(limit)}: up to and including the next {@code \n}, at most {@code limit} bytes. */
    PyObject readline(long limit) {
        enter();
        try {
            return readlineUnlocked(limit);
        } finally {
            leave();
        }
    }

    private PyObject readlineUnlocked(long limit) {
        prepareRead();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            if (unread() == 0 && !fill()) {
                break;
            }
            int end = rlen;
            if (limit >= 0) {
                end = (int) Math.min(end, rpos + (limit - out.size()));
            }
            int i = rpos;
            while (i < end && rbuf[i] != '\n') {
                i++;
            }
            boolean found = i < end;
            int stop = found ? i + 1 : end;
            out.write(rbuf, rpos, stop - rpos);
            rpos = stop;
            if (found) {
                break;
            }
        }
        return PyBytes.of(out.toByteArray());
    }

    /** {@code write(b)}: buffers the bytes, writing to the raw stream when the buffer fills. */
    int write(byte[] b, int off, int len) {
        enter();
        try {
            int n = writeUnlocked(b, off, len);
            if (wlen > 0) {
                noteUnflushed();
            }
            return n;
        } finally {
            leave();
        }
    }

    private int writeUnlocked(byte[] b, int off, int len) {
        if (raw == null) {
            checkAttached();
        }
        if (isClosed()) {
            throw Errors.valueError("write to closed file");
        }
        if (!canWrite) {
            throw IOModule.unsupported("write");
        }
        if (unread() > 0) {
            dropReadAhead();
        }
        rpos = rlen = 0;
        if (wlen + len <= wbuf.length) {
            System.arraycopy(b, off, wbuf, wlen, len);
            wlen += len;
            return len;
        }
        try {
            flushWrites();
        } catch (PyException e) {
            if (!Abstract.isInstance(e.value, org.taipan.runtime.ExceptionTypes.BlockingIOError)) {
                throw e;
            }
            // bufferedwriter_write: buffer what fits beside what the raw stream would not take
            int avail = wbuf.length - wlen;
            if (len <= avail) {
                System.arraycopy(b, off, wbuf, wlen, len);
                wlen += len;
                return len;
            }
            System.arraycopy(b, off, wbuf, wlen, avail);
            wlen += avail;
            throw wouldBlock(avail);
        }
        int written = 0;
        int remaining = len;
        while (remaining > wbuf.length) {
            int n = rawWriteOnce(b, off + written, len - written);
            if (n == -2) {
                // a non-blocking raw stream is full: keep a bufferful, report what was taken
                System.arraycopy(b, off + written, wbuf, 0, wbuf.length);
                wlen = wbuf.length;
                throw wouldBlock(written + wbuf.length);
            }
            written += n;
            remaining -= n;
        }
        System.arraycopy(b, off + written, wbuf, 0, remaining);
        wlen = remaining;
        return len;
    }

    void flush() {
        enter();
        try {
            flushUnlocked();
        } finally {
            leave();
        }
        noteFlushed();
    }

    private void flushUnlocked() {
        checkOpen("flush");
        flushWrites();
        // only BufferedRandom rewinds (buffered_flush_and_rewind_unlocked): a BufferedReader's flush
        // leaves its read-ahead and the raw position alone (buffered_simple_flush), so closing one
        // never seeks its raw stream, which may be unseekable or over a file already closed
        if (canRead && canWrite && unread() > 0) {
            dropReadAhead();
        }
    }

    long tell() {
        enter();
        try {
            return tellUnlocked();
        } finally {
            leave();
        }
    }

    private long tellUnlocked() {
        checkAttached();
        long pos = rawTell() - unread() + wlen;
        return Math.max(pos, 0);
    }

    long seek(long pos, int whence) {
        enter();
        try {
            return seekUnlocked(pos, whence);
        } finally {
            leave();
        }
    }

    private long seekUnlocked(long pos, int whence) {
        if (whence < 0 || whence > 2) {
            throw Errors.valueError("whence value %d unsupported", whence);
        }
        checkOpen("seek");
        PyIOBase.checkSeekable(raw);
        if (whence == 1) {
            pos = tellUnlocked() + pos;
            whence = 0;
        }
        flushWrites();
        rpos = rlen = 0;
        return rawSeek(pos, whence);
    }

    long truncate(PyObject posArg) {
        enter();
        try {
            return truncateUnlocked(posArg);
        } finally {
            leave();
        }
    }

    private long truncateUnlocked(PyObject posArg) {
        checkOpen("truncate");
        if (!canWrite) {
            throw IOModule.unsupported("truncate");
        }
        flushWrites();
        long logical = tellUnlocked();
        if (unread() > 0) {
            dropReadAhead();
        }
        PyObject pos = posArg == null || posArg == PyNone.NONE ? PyInt.of(logical) : posArg;
        PyObject r = Callables.callAttr(raw, "truncate", pos);
        return IOArgs.integer(r);
    }

    void close() {
        checkAttached();
        enter();
        boolean closed;
        try {
            closed = isClosed();
        } finally {
            leave();
        }
        if (closed) {
            return;
        }
        deallocWarnThrough(raw, this);
        PyException failure = null;
        try {
            // the object's own flush, which a subclass or an instance attribute may replace
            // (buffered_close drops the lock for it, as flush takes it again)
            Callables.callAttr(this, "flush");
        } catch (PyException e) {
            failure = e;
        }
        enter();
        try {
            if (fileRaw != null) {
                fileRaw.close();
            } else {
                Callables.callAttr(raw, "close");
            }
        } catch (PyException e) {
            if (failure == null) {
                failure = e;
            } else {
                e.value.context = failure.value;
                failure = e;
            }
        } finally {
            rbuf = new byte[0];
            rpos = rlen = 0;
            leave();
            noteFlushed();
        }
        if (failure != null) {
            throw failure;
        }
    }

    // ---- the object's lock ----

    /**
     * Takes the object's lock, as {@code ENTER_BUFFERED} does: a raw call may let another thread
     * run (it releases the GIL for I/O or runs Python code), so concurrent calls are serialized,
     * waiting without the GIL; a call from the thread already inside (a signal handler or a
     * destructor run in the middle of an operation) is RuntimeError "reentrant call inside ...".
     *
     * @throws PyException RuntimeError for a reentrant call, or when the interpreter is finishing
     *     and another thread (a daemon thread stopped inside an operation) kept the lock a second
     */
    private void enter() {
        if (lock.tryLock()) {
            if (lock.getHoldCount() > 1) {
                lock.unlock();
                throw Errors.of(org.taipan.runtime.ExceptionTypes.RuntimeError, "reentrant call inside " + repr());
            }
            return;
        }
        if (!org.taipan.runtime.Blocking.lockOrGiveUpAtExit(lock)) {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.RuntimeError, "could not acquire lock for "
                    + repr() + " at interpreter shutdown, possibly due to daemon threads");
        }
    }

    private void leave() {
        lock.unlock();
    }

    /** Whether a thread is inside an operation on this object now. */
    boolean isBusy() {
        return lock.isLocked();
    }

    PyObject detach() {
        enter();
        try {
            return detachUnlocked();
        } finally {
            leave();
        }
    }

    private PyObject detachUnlocked() {
        checkAttached();
        flushUnlocked();
        PyObject r = raw;
        raw = null;
        fileRaw = null;
        detached = true;
        return r;
    }

    String repr() {
        PyObject name = raw == null ? null : Abstract.lookupAttr(raw, PyStr.of("name"));
        String tn = type().name();
        return name == null ? "<" + tn + ">" : "<" + tn + " name=" + Abstract.repr(name) + ">";
    }

    /** The attribute {@code name} of the raw stream. */
    PyObject rawAttr(String name) {
        checkAttached();
        return Abstract.getAttr(raw, name);
    }

    static void addAttr(PyType t, String name) {
        t.addAttr(name, new PyGetSetDescr(t, name, o -> ((PyBuffered) o).rawAttr(name), null));
    }

    PyObject raw() {
        checkAttached();
        return raw;
    }

    /** The exact-type fast path for text I/O: the writer's buffer can take encoded bytes directly. */
    boolean isWritable() {
        return canWrite;
    }

    /** Whether this writes to a FileIO over a file on disk (not a pipe, socket or terminal). */
    boolean writesToRegularFile() {
        return canWrite && fileRaw != null && fileRaw.isRegularFile();
    }

    boolean isReadable() {
        return canRead;
    }
}
