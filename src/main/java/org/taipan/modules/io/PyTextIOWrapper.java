package org.taipan.modules.io;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code _io.TextIOWrapper} (CPython's {@code Modules/_io/textio.c}): text over a buffered binary
 * stream, with an encoding, an error handler and newline translation. The methods are installed
 * by {@link TextIOMethods}.
 *
 * <p>Reading follows CPython's model so that positions and {@code tell()} cookies are CPython's:
 * chunks of {@link #CHUNK_SIZE} bytes are decoded by a {@link StreamDecoder} into
 * {@link #decodedChars} (already newline-translated, a str so that lone surrogates stay single
 * characters), of which {@link #decodedUsed} code points are consumed; a snapshot of the decoder state at the start of the chunk lets {@code tell()}
 * rebuild the position as CPython's cookie (start position, decoder flags, bytes to feed, chars
 * to skip, need-EOF). Writing collects text and encodes it in chunks, so printing in a loop
 * costs one append per call.
 */
public final class PyTextIOWrapper extends PyIOBase {
    public static final PyType TYPE = IOTypes.builtin("TextIOWrapper", IOTypes.TEXT_IO_BASE);
    static final int CHUNK_SIZE = 8192;

    static {
        TextIOMethods.install(TYPE);
    }

    private static final int SEEN_CR = Newlines.SEEN_CR, SEEN_LF = Newlines.SEEN_LF,
            SEEN_CRLF = Newlines.SEEN_CRLF;

    PyObject buffer;
    /** {@link #buffer} when it is one of the exact buffered types (the fast path), else null. */
    private PyBuffered fastBuffer;
    TextCodec codec;
    /** The {@code newline} argument: null (universal, translated), "", "\n", "\r" or "\r\n". */
    String newline;
    boolean lineBuffering, writeThrough;
    private boolean readable, writable, seekable, telling, detached;
    /** Null when the stream is not readable. */
    private StreamDecoder decoder;
    private PyStr decodedChars = NO_TEXT;
    private boolean decodedHeld;
    /** Code points of {@link #decodedChars} already returned. */
    private int decodedUsed;
    /** CPython's snapshot: the decoder flags at the start of the last chunk and its input; null for none. */
    private long snapFlags;
    private byte[] snapInput;
    private double b2cratio;
    private final StringBuilder pendingText = new StringBuilder();
    /** What {@link #pendingText} encodes to, in bytes. */
    private int pendingTextBytes;
    /** Encoded text of codecs without the fast path waiting for the buffer (after {@link #pendingText}'s older part). */
    private final java.io.ByteArrayOutputStream pendingBytes = new java.io.ByteArrayOutputStream();

    PyTextIOWrapper(PyType type) {
        super(type);
    }

    /**
     * {@code __init__(buffer, encoding, errors, newline, line_buffering, write_through)}.
     *
     * @param encoding null for the locale's encoding (UTF-8 here)
     * @param errors   null for {@code "strict"}
     */
    void init(PyObject buffer, String encoding, String errors, String newline, boolean lineBuffering,
              boolean writeThrough) {
        // a failed __init__ leaves the object uninitialized, as _io_TextIOWrapper___init___impl clears self->ok first
        this.buffer = null;
        this.fastBuffer = null;
        this.detached = false;
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: %s", newline);
        }
        this.buffer = buffer;
        this.fastBuffer = buffer instanceof PyBuffered b && !buffer.type().isHeapType() ? b : null;
        finalizeWhenCollected(buffer);
        IOArgs.checkErrorsInDevMode(errors);
        this.codec = new TextCodec(encoding == null ? "UTF-8" : encoding, errors == null ? "strict" : errors);
        this.newline = newline;
        this.lineBuffering = lineBuffering;
        this.writeThrough = writeThrough;
        this.detached = false;
        if (fastBuffer != null) {
            readable = fastBuffer.isReadable() && Abstract.isTrue(Callables.callAttr(buffer, "readable"));
            writable = fastBuffer.isWritable() && Abstract.isTrue(Callables.callAttr(buffer, "writable"));
        } else {
            readable = Abstract.isTrue(Callables.callAttr(buffer, "readable"));
            writable = Abstract.isTrue(Callables.callAttr(buffer, "writable"));
        }
        seekable = Abstract.isTrue(Callables.callAttr(buffer, "seekable"));
        telling = seekable;
        decoder = readable ? new StreamDecoder(codec.encoding, codec.errors, newline) : null;
        clearDecodedChars();
        snapInput = null;
        if (writable && seekable) {
            // textiowrapper_init asks every seekable buffer with an encoder where it is (its error propagates)
            long pos = IOArgs.integer(Callables.callAttr(buffer, "tell"));
            if (pos != 0 && codec.writesBom()) {
                codec.skipBom();
            }
        }
    }

    /** The exact FileIO under this wrapper's exact buffered object, else null. */
    PyFileIO fileRaw() {
        return fastBuffer == null ? null : fastBuffer.fileRaw();
    }

    /** Names this wrapper in the ResourceWarning of the file under it, when that is an exact FileIO under an exact buffered object. */
    void warnAsWhenCollected() {
        PyFileIO raw = fileRaw();
        if (raw != null) {
            raw.warnAsWhenCollected(this);
        }
    }

    // ---- state ----

    private void checkAttached() {
        if (buffer == null) {
            throw Errors.valueError(detached ? "underlying buffer has been detached" : "I/O operation on uninitialized object");
        }
    }

    @Override
    boolean isClosed() {
        checkAttached();
        if (fastBuffer != null) {
            return fastBuffer.isClosed();
        }
        return Abstract.isTrue(Abstract.getAttr(buffer, "closed"));
    }

    private void checkOpen() {
        if (isClosed()) {
            throw IOModule.closedFile();
        }
    }

    private boolean universal() {
        return newline == null || newline.isEmpty();
    }

    // ---- writing ----

    /**
     * {@code write(s)}: the Java fast path of {@code print} and {@code sys.stdout.write}.
     *
     * @return the number of code points written
     */
    public int write(PyStr s) {
        if (s.hasLoneSurrogate()) {
            // its Java rendering would join a high and a following low surrogate into one character
            writeText(null, s);
        } else {
            writeText(s.toString(), null);
        }
        return s.length();
    }

    private static final PyStr WRITE = PyStr.of("write");
    private static final PyStr NO_TEXT = PyStr.simple("");

    /**
     * Whether {@code print} may call {@link #writeString} directly: the object is an exact
     * TextIOWrapper and no instance attribute {@code write} shadows the method.
     */
    public boolean isPlainForPrint() {
        return type() == TYPE && (!hasDict() || dict().getItem(WRITE) == null);
    }

    /** Writes Java text (for {@code print}, tracebacks, {@code input}'s prompt). */
    public void writeString(String text) {
        writeText(text, null);
    }

    /**
     * Writes {@code text}, or when it is null {@code codePoints} (a str with lone surrogates, which
     * is encoded from its code points, as CPython's encoder sees them).
     */
    private void writeText(String text, PyStr codePoints) {
        checkAttached();
        if (!writable) {
            checkOpen();
            throw IOModule.unsupported("not writable");
        }
        checkOpen();
        if (codePoints != null) {
            codePoints = translateNewlines(codePoints);
        } else if (newline != null && !newline.isEmpty() && !newline.equals("\n")) {
            text = text.replace("\n", newline);
        }
        String shown = text != null ? text : codePoints.toString();
        boolean needFlush = lineBuffering && (shown.indexOf('\n') >= 0 || shown.indexOf('\r') >= 0);
        if (decoder != null) {
            clearDecodedChars();
            snapInput = null;
            decoder.reset();
        }
        if (text != null && codec.fastFor(text)) {
            // as many bytes as UTF-8 makes of it; never more than a chunk waits together
            int n = utf8Length(text);
            if (pendingSize() + n > CHUNK_SIZE) {
                flushPending();
            }
            pendingText.append(text);
            pendingTextBytes += n;
            if (pendingSize() >= CHUNK_SIZE || needFlush || writeThrough) {
                flushPending();
            }
        } else {
            // Encoded on its own, as CPython encodes each write: an encoding error then names a
            // position in this text and loses nothing written before it. The bytes wait with the
            // others, never more than a chunk together (textiowrapper_write's pending_bytes).
            pendingTextToBytes();
            byte[] b = text != null ? codec.encode(text) : codec.encode(codePoints);
            if (pendingBytes.size() + b.length > CHUNK_SIZE) {
                writePendingBytes();
            }
            pendingBytes.writeBytes(b);
            if (pendingSize() >= CHUNK_SIZE || needFlush || writeThrough) {
                writePendingBytes();
            }
        }
        if (needFlush) {
            flushBuffer();
        } else if (hasPending()) {
            noteUnflushed();
        }
    }

    /** {@code text} with each newline written as {@code newline} (a str with lone surrogates: by code points). */
    private PyStr translateNewlines(PyStr text) {
        if (newline == null || newline.isEmpty() || newline.equals("\n")) {
            return text;
        }
        int[] cps = text.codePoints();
        int[] nl = newline.codePoints().toArray();
        int[] out = new int[cps.length * nl.length];
        int n = 0;
        for (int cp : cps) {
            if (cp == '\n') {
                System.arraycopy(nl, 0, out, n, nl.length);
                n += nl.length;
            } else {
                out[n++] = cp;
            }
        }
        return PyStr.ofCodePoints(java.util.Arrays.copyOf(out, n));
    }

    /** Encodes the collected text and hands it, after the bytes waiting before it, to the buffer. */
    void flushPending() {
        if (pendingBytes.size() == 0) {
            if (pendingText.length() == 0) {
                return;
            }
            String text = pendingText.toString();
            pendingText.setLength(0);
            pendingTextBytes = 0;
            writeEncoded(codec.encode(text));
            return;
        }
        pendingTextToBytes();
        writePendingBytes();
    }

    /** Whether the buffer is a buffered writer over a file on disk ({@link PyBuffered#writesToRegularFile}). */
    boolean writesToRegularFile() {
        return fastBuffer != null && fastBuffer.writesToRegularFile();
    }

    /** Whether the buffer is a buffered object a thread is inside now ({@link PyBuffered#isBusy}). */
    boolean bufferBusy() {
        return buffer instanceof PyBuffered b && b.isBusy();
    }

    /** Whether written text waits to go to the buffer. */
    private boolean hasPending() {
        return pendingText.length() > 0 || pendingBytes.size() > 0;
    }

    /** The bytes waiting: {@link #pendingBytes} and what {@link #pendingText} encodes to. */
    private int pendingSize() {
        return pendingTextBytes + pendingBytes.size();
    }

    /** How many bytes UTF-8 makes of {@code s} (which has no lone surrogate). */
    private static int utf8Length(String s) {
        int n = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                // 2 bytes below U+0800, else 3; a surrogate pair's 4 are 2 for each half
                n += c < 0x800 || Character.isSurrogate(c) ? 1 : 2;
            }
        }
        return n;
    }

    private void pendingTextToBytes() {
        if (pendingText.length() > 0) {
            String text = pendingText.toString();
            pendingText.setLength(0);
            pendingTextBytes = 0;
            pendingBytes.writeBytes(codec.encode(text));
        }
    }

    /** Hands the waiting bytes to the buffer in one write (they are dropped first, as in C, should it fail). */
    private void writePendingBytes() {
        if (pendingBytes.size() > 0) {
            byte[] b = pendingBytes.toByteArray();
            pendingBytes.reset();
            writeEncoded(b);
        }
    }

    private void writeEncoded(byte[] b) {
        if (fastBuffer != null) {
            fastBuffer.write(b, 0, b.length);
        } else {
            Callables.callAttr(buffer, "write", PyBytes.of(b));
        }
    }

    private void flushBuffer() {
        if (fastBuffer != null) {
            fastBuffer.flush();
        } else {
            Callables.callAttr(buffer, "flush");
        }
    }

    /** {@code flush()}: pending text to the buffer, then the buffer to the file. */
    public void flush() {
        checkAttached();
        checkOpen();
        telling = seekable;
        flushPending();
        flushBuffer();
        noteFlushed();
    }

    // ---- reading ----

    private void checkReadable() {
        checkAttached();
        checkOpen();
        if (!readable) {
            throw IOModule.unsupported("not readable");
        }
        if (hasPending()) {
            flushPending();
        }
    }

    /** No decoded text held, as CPython's {@code decoded_chars} set to NULL (reconfigure looks). */
    private void clearDecodedChars() {
        setDecodedChars(NO_TEXT);
        decodedHeld = false;
    }

    /**
     * Whether decoded text is held since the last read ({@code decoded_chars != NULL}): then
     * {@code reconfigure} may not change the encoding, errors or newline.
     */
    boolean holdsDecoded() {
        return decodedHeld;
    }

    /**
     * After the encoder changed: no BOM in the middle of a seekable stream, as
     * {@code _textiowrapper_fix_encoder_state} does by asking the buffer where it is.
     */
    void fixEncoderState() {
        if (writable && seekable) {
            long pos = IOArgs.integer(Callables.callAttr(buffer, "tell"));
            if (pos != 0 && codec.writesBom()) {
                codec.skipBom();
            }
        }
    }

    private void setDecodedChars(PyStr s) {
        decodedHeld = true;
        decodedChars = s;
        decodedUsed = 0;
    }

    /** Up to {@code n} code points ({@code n < 0}: all) of the decoded chars not yet returned. */
    private PyStr takeDecoded(long n) {
        int avail = decodedChars.length() - decodedUsed;
        int end = n < 0 || n >= avail ? decodedChars.length() : decodedUsed + (int) n;
        PyStr r = decodedUsed == 0 && end == decodedChars.length() ? decodedChars : decodedChars.substring(decodedUsed, end);
        decodedUsed = end;
        return r;
    }

    private byte[] readChunkBytes(int size) {
        PyObject r;
        if (fastBuffer != null) {
            r = fastBuffer.read1(size);
        } else {
            r = Callables.callAttr(buffer, Abstract.lookupAttr(buffer, PyStr.of("read1")) != null ? "read1" : "read",
                    PyInt.of(size));
        }
        if (r == PyNone.NONE) {
            return new byte[0];
        }
        if (!(r instanceof PyBytes) && !(r instanceof org.taipan.runtime.PyByteArray)
                && !(r instanceof org.taipan.runtime.PyMemoryView)) {
            throw Errors.typeError("underlying read1() should have returned a bytes-like object, not '%s'",
                    r.type().name());
        }
        return bytesOf(r, "read1()");
    }

    /**
     * CPython's {@code textiowrapper_read_chunk}: decodes one more chunk into the decoded chars,
     * taking a snapshot of the decoder state first when {@code tell()} is possible.
     *
     * @return false at the end of the stream with nothing decoded
     */
    private boolean readChunk(long sizeHint) {
        StreamDecoder.State before = telling ? decoder.getstate() : null;
        long size = CHUNK_SIZE;
        if (sizeHint > 0) {
            size = Math.max(CHUNK_SIZE, (long) (Math.max(b2cratio, 1.0) * sizeHint));
        }
        byte[] input = readChunkBytes((int) Math.min(size, Integer.MAX_VALUE - 8));
        boolean eof = input.length == 0;
        PyStr text = decoder.decode(input, eof);
        setDecodedChars(text);
        int nchars = text.length();
        b2cratio = nchars > 0 ? (double) input.length / nchars : 0.0;
        if (nchars > 0) {
            eof = false;
        }
        if (before != null) {
            snapFlags = before.flags();
            snapInput = StreamDecoder.join(before.buffer(), input);
        }
        return !eof;
    }

    /** {@code read(n)}: n code points, or everything left when {@code n < 0}. */
    public PyStr read(long n) {
        checkReadable();
        if (n < 0) {
            PyObject rest = fastBuffer != null ? fastBuffer.read(-1) : Callables.callAttr(buffer, "read");
            byte[] b = rest == PyNone.NONE ? new byte[0] : bytesOf(rest, "read()");
            PyStr decoded = decoder.decode(b, true);
            PyStr result = takeDecoded(-1).concat(decoded);
            clearDecodedChars();
            snapInput = null;
            return result;
        }
        PyStr result = takeDecoded(n);
        long remaining = n - result.length();
        while (remaining > 0) {
            if (!readChunk(remaining)) {
                break;
            }
            PyStr more = takeDecoded(remaining);
            result = result.concat(more);
            remaining -= more.length();
        }
        return result;
    }

    /** {@code readline(limit)}: through the next line ending of the newline mode, at most {@code limit} code points. */
    public PyStr readline(long limit) {
        checkReadable();
        return readlineUnchecked(limit);
    }

    /**
     * Where the line ending is in {@code line[start, end)} (CPython's {@code _PyIO_find_line_ending}):
     * the index just past it, or {@code -1 - consumed} where {@code consumed} is how far the
     * search may put text aside (a possible partial ending stays for the next chunk).
     */
    private int findLineEnding(PyStr line, int start) {
        // searched in the Java rendering (a line ending is whole code points), the answer in code points
        int found = findLineEnding(line.toString(), line.codePointIndexToCharIndex(start));
        if (line.isSimple()) {
            return found;
        }
        return found >= 0 ? line.charIndexToCodePointIndex(found) : -1 - line.charIndexToCodePointIndex(-1 - found);
    }

    private int findLineEnding(String line, int start) {
        int end = line.length();
        if (newline == null) {
            int i = line.indexOf('\n', start);
            return i >= 0 ? i + 1 : -1 - end;
        }
        if (newline.isEmpty()) {
            for (int i = start; i < end; i++) {
                char c = line.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    return i + 1 < end && line.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                }
            }
            return -1 - end;
        }
        if (newline.length() == 1) {
            int i = line.indexOf(newline.charAt(0), start);
            return i >= 0 ? i + 1 : -1 - end;
        }
        int i = line.indexOf(newline, start);
        if (i >= 0) {
            return i + newline.length();
        }
        return -1 - Math.max(start, end - newline.length() + 1);
    }

    /** CPython's {@code _textiowrapper_readline}, with limits and positions counted in code points. */
    private PyStr readlineUnchecked(long limit) {
        PyStr chunks = null;
        long chunked = 0;
        PyStr remaining = null;
        PyStr line = null;
        int start = 0, endpos = 0, offsetToBuffer = 0;
        while (true) {
            boolean got = true;
            while (decodedChars.length() == 0) {
                got = readChunk(0);
                if (!got) {
                    break;
                }
            }
            if (!got) {
                clearDecodedChars();
                snapInput = null;
                line = null;
                break;
            }
            if (remaining == null) {
                line = decodedChars;
                start = decodedUsed;
                offsetToBuffer = 0;
            } else {
                line = remaining.concat(decodedChars);
                start = 0;
                offsetToBuffer = remaining.length();
                remaining = null;
            }
            int found = findLineEnding(line, start);
            if (found >= 0) {
                endpos = found;
                if (limit >= 0 && endpos - start + chunked >= limit) {
                    endpos = (int) (start + limit - chunked);
                }
                break;
            }
            endpos = -1 - found;
            if (limit >= 0 && endpos - start + chunked >= limit) {
                endpos = (int) (start + limit - chunked);
                break;
            }
            if (endpos > start) {
                PyStr part = line.substring(start, endpos);
                chunks = chunks == null ? part : chunks.concat(part);
                chunked += endpos - start;
            }
            if (endpos < line.length()) {
                remaining = line.substring(endpos, line.length());
            }
            line = null;
            clearDecodedChars();
        }
        PyStr tail = NO_TEXT;
        if (line != null) {
            decodedUsed = Math.max(0, endpos - offsetToBuffer);
            tail = line.substring(start, endpos);
        }
        if (chunks == null && remaining == null) {
            return tail;
        }
        PyStr r = chunks == null ? NO_TEXT : chunks;
        if (remaining != null) {
            r = r.concat(remaining);
        }
        return r.concat(tail);
    }

    /** The next line for iteration; disables {@code tell()} as CPython's {@code __next__} does. */
    PyObject next() {
        telling = false;
        PyStr line = readline(-1);
        if (line.length() == 0) {
            snapInput = null;
            telling = seekable;
            return null;
        }
        return line;
    }

    // ---- positioning ----

    private void checkSeekable() {
        if (!seekable) {
            throw IOModule.unsupported("underlying stream is not seekable");
        }
    }

    private long bufferTell() {
        return fastBuffer != null ? fastBuffer.tell() : IOArgs.integer(Callables.callAttr(buffer, "tell"));
    }

    /** CPython's cookie: the fields packed little-endian as 64-bit position and four 32-bit ints, then a byte. */
    private static PyObject cookie(long startPos, long decFlags, long bytesToFeed, long charsToSkip, boolean needEof) {
        java.math.BigInteger c = java.math.BigInteger.valueOf(startPos)
                .or(java.math.BigInteger.valueOf(decFlags & 0xffffffffL).shiftLeft(64))
                .or(java.math.BigInteger.valueOf(bytesToFeed & 0xffffffffL).shiftLeft(96))
                .or(java.math.BigInteger.valueOf(charsToSkip & 0xffffffffL).shiftLeft(128))
                .or(java.math.BigInteger.valueOf(needEof ? 1 : 0).shiftLeft(160));
        return PyInt.of(c);
    }

    /** {@code tell()}: CPython's opaque cookie (the byte position when the decoder holds no state). */
    PyObject tell() {
        checkAttached();
        checkOpen();
        checkSeekable();
        if (!telling) {
            throw Errors.of(ExceptionTypes.OSError, "telling position disabled by next() call");
        }
        flush();
        long pos = bufferTell();
        if (decoder == null || snapInput == null) {
            return PyInt.of(pos);
        }
        long startPos = pos - snapInput.length;
        long decFlags = snapFlags;
        if (decodedUsed == 0) {
            return cookie(startPos, decFlags, 0, 0, false);
        }
        long charsToSkip = decodedUsed;
        StreamDecoder.State saved = decoder.getstate();
        int savedSeen = decoder.seen;
        byte[] input = snapInput;
        try {
            int skipBytes = (int) (b2cratio * charsToSkip);
            int skipBack = 1;
            while (skipBytes > 0) {
                decoder.setstate(new byte[0], decFlags);
                long n = decoder.decode(java.util.Arrays.copyOf(input, Math.min(skipBytes, input.length)), false).length();
                if (n <= charsToSkip) {
                    StreamDecoder.State st = decoder.getstate();
                    if (st.buffer().length == 0) {
                        decFlags = st.flags();
                        charsToSkip -= n;
                        break;
                    }
                    skipBytes -= st.buffer().length;
                    skipBack = 1;
                } else {
                    skipBytes -= skipBack;
                    skipBack *= 2;
                }
            }
            if (skipBytes <= 0) {
                skipBytes = 0;
                decoder.setstate(new byte[0], decFlags);
            }
            startPos += skipBytes;
            if (charsToSkip == 0) {
                return cookie(startPos, decFlags, 0, 0, false);
            }
            long bytesFed = 0;
            long charsDecoded = 0;
            boolean needEof = false;
            int i = skipBytes;
            for (; i < input.length; i++) {
                charsDecoded += decoder.decode(new byte[] {input[i]}, false).length();
                bytesFed++;
                StreamDecoder.State st = decoder.getstate();
                if (st.buffer().length == 0 && charsDecoded <= charsToSkip) {
                    startPos += bytesFed;
                    charsToSkip -= charsDecoded;
                    decFlags = st.flags();
                    bytesFed = 0;
                    charsDecoded = 0;
                }
                if (charsDecoded >= charsToSkip) {
                    break;
                }
            }
            if (i >= input.length) {
                charsDecoded += decoder.decode(new byte[0], true).length();
                needEof = true;
                if (charsDecoded < charsToSkip) {
                    throw Errors.of(ExceptionTypes.OSError, "can't reconstruct logical file position");
                }
            }
            return cookie(startPos, decFlags, bytesFed, charsToSkip, needEof);
        } finally {
            decoder.setstate(saved.buffer(), saved.flags());
            decoder.seen = savedSeen;
        }
    }

    /** {@code seek(cookie, whence)}: to a cookie {@code tell()} gave, the start, or the end. */
    PyObject seek(PyObject cookieObj, int whence) {
        checkAttached();
        checkOpen();
        checkSeekable();
        PyInt ci = Abstract.index(cookieObj, null);
        switch (whence) {
            case 1 -> {
                if (ci.signum() != 0) {
                    throw IOModule.unsupported("can't do nonzero cur-relative seeks");
                }
                ci = (PyInt) tell();
            }
            case 2 -> {
                if (ci.signum() != 0) {
                    throw IOModule.unsupported("can't do nonzero end-relative seeks");
                }
                flush();
                clearDecodedChars();
                snapInput = null;
                if (decoder != null) {
                    decoder.reset();
                }
                PyObject end = Callables.callAttr(buffer, "seek", PyInt.ZERO, PyInt.of(2));
                if (codec.writesBom()) {
                    codec.skipBom();
                }
                return end;
            }
            case 0 -> { }
            default -> throw Errors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (ci.signum() < 0) {
            throw Errors.valueError("negative seek position %s", Abstract.repr(ci));
        }
        flush();
        java.math.BigInteger c = ci.bigValue();
        long startPos = c.longValue();
        long decFlags = c.shiftRight(64).intValue();
        long bytesToFeed = c.shiftRight(96).intValue();
        long charsToSkip = c.shiftRight(128).intValue();
        boolean needEof = c.shiftRight(160).intValue() != 0;
        Callables.callAttr(buffer, "seek", PyInt.of(startPos));
        clearDecodedChars();
        snapInput = null;
        if (decoder != null) {
            if (startPos == 0 && decFlags == 0) {
                decoder.reset();
            } else {
                decoder.setstate(new byte[0], decFlags);
            }
            snapFlags = decFlags;
            snapInput = new byte[0];
        }
        if (charsToSkip > 0 && decoder != null) {
            PyObject chunk = fastBuffer != null ? fastBuffer.read(bytesToFeed)
                    : Callables.callAttr(buffer, "read", PyInt.of(bytesToFeed));
            byte[] input = bytesOf(chunk, "read()");
            snapInput = input;
            setDecodedChars(decoder.decode(input, needEof));
            if (decodedChars.length() < charsToSkip) {
                throw Errors.of(ExceptionTypes.OSError, "can't restore logical file position");
            }
            decodedUsed = (int) charsToSkip;
        }
        if (codec.writesBom()) {
            if (ci.signum() == 0) {
                codec.restartBom();
            } else {
                codec.skipBom();
            }
        }
        return ci;
    }

    PyObject truncate(PyObject pos) {
        checkAttached();
        flush();
        return pos == null || pos == PyNone.NONE ? Callables.callAttr(buffer, "truncate")
                : Callables.callAttr(buffer, "truncate", pos);
    }

    // ---- closing ----

    /** {@code close()}: flush, then close the buffer (even when the flush fails). */
    public void close() {
        checkAttached();
        if (isClosed()) {
            return;
        }
        deallocWarnThrough(buffer, this);
        PyException failure = null;
        try {
            // the object's own flush, which a subclass or an instance attribute may replace (textiowrapper_close)
            Callables.callAttr(this, "flush");
        } catch (PyException e) {
            failure = e;
        }
        try {
            Callables.callAttr(buffer, "close");
        } catch (PyException e) {
            if (failure != null) {
                e.value.context = failure.value;
            }
            failure = e;
        }
        noteFlushed();
        if (failure != null) {
            throw failure;
        }
    }

    PyObject detach() {
        checkAttached();
        flush();
        PyObject b = buffer;
        buffer = null;
        fastBuffer = null;
        detached = true;
        return b;
    }

    /** {@code newlines}: the kinds of line endings read so far (universal mode), else None. */
    PyObject newlines() {
        if (decoder == null || !universal()) {
            return PyNone.NONE;
        }
        return newlinesOf(decoder.seen);
    }

    static PyObject newlinesOf(int seen) {
        return switch (seen) {
            case 0 -> PyNone.NONE;
            case SEEN_CR -> PyStr.of("\r");
            case SEEN_LF -> PyStr.of("\n");
            case SEEN_CRLF -> PyStr.of("\r\n");
            case SEEN_CR | SEEN_LF -> org.taipan.runtime.PyTuple.of(PyStr.of("\r"), PyStr.of("\n"));
            case SEEN_CR | SEEN_CRLF -> org.taipan.runtime.PyTuple.of(PyStr.of("\r"), PyStr.of("\r\n"));
            case SEEN_LF | SEEN_CRLF -> org.taipan.runtime.PyTuple.of(PyStr.of("\n"), PyStr.of("\r\n"));
            default -> org.taipan.runtime.PyTuple.of(PyStr.of("\r"), PyStr.of("\n"), PyStr.of("\r\n"));
        };
    }

    String repr() {
        StringBuilder sb = new StringBuilder("<_io.TextIOWrapper");
        try {
            PyObject name = Abstract.lookupAttr(this, PyStr.of("name"));
            if (name != null) {
                sb.append(" name=").append(Abstract.repr(name));
            }
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.ValueError)) {
                throw e;
            }
        }
        PyObject mode = dict().getItem(PyStr.of("mode"));
        if (mode != null) {
            sb.append(" mode=").append(Abstract.repr(mode));
        }
        return sb.append(" encoding=").append(Abstract.repr(PyStr.of(codec.encoding))).append('>').toString();
    }

    PyObject buffer() {
        checkAttached();
        return buffer;
    }

    boolean isReadable() {
        return readable;
    }

    boolean isWritable() {
        return writable;
    }

    /** The newline mode may change only before reading starts (CPython's {@code reconfigure}). */
    void setNewline(String nl) {
        this.newline = nl;
    }

    /** After {@code reconfigure} changed the codec or the newline mode: a fresh decoder. */
    void rebuildDecoder() {
        decoder = readable ? new StreamDecoder(codec.encoding, codec.errors, newline) : null;
        clearDecodedChars();
        snapInput = null;
    }
}
