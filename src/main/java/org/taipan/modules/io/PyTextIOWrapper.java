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
 * <p>Reading keeps the decoded but not yet consumed text of the last chunks untranslated
 * ({@link #decoded} from {@link #decodedPos}); newlines are translated as the text is consumed, so
 * {@code tell()} is the buffer's position minus the encoded length of what is left. The cookies
 * {@code tell()} returns are therefore plain byte positions (as CPython's are whenever the
 * decoder has no pending state). Writing collects text and encodes it in chunks, so printing in a
 * loop costs one append per call.
 */
public final class PyTextIOWrapper extends PyIOBase {
    public static final PyType TYPE = IOTypes.builtin("TextIOWrapper", IOTypes.TEXT_IO_BASE);
    static final int CHUNK_SIZE = 8192;

    static {
        TextIOMethods.install(TYPE);
    }

    private static final int SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4;

    PyObject buffer;
    /** {@link #buffer} when it is one of the exact buffered types (the fast path), else null. */
    private PyBuffered fastBuffer;
    TextCodec codec;
    /** The {@code newline} argument: null (universal, translated), "", "\n", "\r" or "\r\n". */
    String newline;
    boolean lineBuffering, writeThrough;
    private boolean readable, writable, seekable, telling, detached;
    private String decoded = "";
    private int decodedPos;
    private boolean eof;
    private int seen;
    private final StringBuilder pendingText = new StringBuilder();

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
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: %s", newline);
        }
        this.buffer = buffer;
        this.fastBuffer = buffer instanceof PyBuffered b && !buffer.type().isHeapType() ? b : null;
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
        decoded = "";
        decodedPos = 0;
        if (codec.writesBom() && writable && seekable) {
            long pos = IOArgs.integer(Callables.callAttr(buffer, "tell"));
            if (pos != 0) {
                codec.skipBom();
            }
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
        writeString(s.toString());
        return s.length();
    }

    private static final PyStr WRITE = PyStr.of("write");

    /**
     * Whether {@code print} may call {@link #writeString} directly: the object is an exact
     * TextIOWrapper and no instance attribute {@code write} shadows the method.
     */
    public boolean isPlainForPrint() {
        return type() == TYPE && (!hasDict() || dict().getItem(WRITE) == null);
    }

    /** Writes Java text (for {@code print}, tracebacks, {@code input}'s prompt). */
    public void writeString(String text) {
        checkAttached();
        if (!writable) {
            checkOpen();
            throw IOModule.unsupported("not writable");
        }
        checkOpen();
        boolean haslf = text.indexOf('\n') >= 0;
        if (haslf && newline != null && !newline.isEmpty() && !newline.equals("\n")) {
            text = text.replace("\n", newline);
        } else if (haslf && newline == null) {
            // os.linesep is "\n" here: nothing to translate.
        }
        boolean needFlush = lineBuffering && (haslf || text.indexOf('\r') >= 0);
        if (decodedPos < decoded.length() || codec.pendingLength() > 0) {
            decoded = "";
            decodedPos = 0;
            codec.reset();
        }
        pendingText.append(text);
        if (pendingText.length() > CHUNK_SIZE || needFlush || writeThrough || !codec.fastFor(text)) {
            flushPending();
        }
        if (needFlush) {
            flushBuffer();
        }
    }

    /** Encodes the collected text and hands it to the buffer. */
    void flushPending() {
        if (pendingText.length() == 0) {
            return;
        }
        String text = pendingText.toString();
        pendingText.setLength(0);
        byte[] b = codec.encode(text);
        if (fastBuffer != null) {
            fastBuffer.write(b, 0, b.length);
        } else {
            Callables.callAttr(buffer, "write", new PyBytes(b));
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
    }

    // ---- reading ----

    private void checkReadable() {
        checkAttached();
        checkOpen();
        if (!readable) {
            throw IOModule.unsupported("not readable");
        }
        if (pendingText.length() > 0) {
            flushPending();
        }
    }

    private byte[] readChunk() {
        PyObject r;
        if (fastBuffer != null) {
            r = fastBuffer.read1(CHUNK_SIZE);
        } else {
            r = Callables.callAttr(buffer, Abstract.lookupAttr(buffer, PyStr.of("read1")) != null ? "read1" : "read",
                    PyInt.of(CHUNK_SIZE));
        }
        if (r == PyNone.NONE) {
            return new byte[0];
        }
        if (!(r instanceof PyBytes) && !(r instanceof org.taipan.runtime.PyByteArray)) {
            throw Errors.typeError("underlying read1() should have returned a bytes-like object, not '%s'",
                    r.type().name());
        }
        return bytesOf(r, "read1()");
    }

    /** Decodes one more chunk after the unconsumed text; false once nothing more will come. */
    private boolean refill() {
        if (eof) {
            return false;
        }
        byte[] chunk = readChunk();
        boolean last = chunk.length == 0;
        String text = codec.decode(chunk, last);
        decoded = decodedPos == 0 ? decoded + text : decoded.substring(decodedPos) + text;
        decodedPos = 0;
        if (last) {
            eof = true;
        }
        return !last || !text.isEmpty();
    }

    /** {@code read(n)}: n code points, or everything left when {@code n < 0}. */
    public PyStr read(long n) {
        checkReadable();
        eof = false;
        if (n < 0) {
            StringBuilder all = new StringBuilder(decoded.length() - decodedPos + 64);
            all.append(decoded, decodedPos, decoded.length());
            decoded = "";
            decodedPos = 0;
            PyObject rest = fastBuffer != null ? fastBuffer.read(-1) : Callables.callAttr(buffer, "read");
            byte[] b = rest == PyNone.NONE ? new byte[0] : bytesOf(rest, "read()");
            all.append(codec.decode(b, true));
            return PyStr.of(translateAll(all.toString()));
        }
        return PyStr.of(consume(n, false));
    }

    /** {@code readline(limit)}: through the next line ending of the newline mode, at most {@code limit} code points. */
    public PyStr readline(long limit) {
        checkReadable();
        eof = false;
        return PyStr.of(consume(limit, true));
    }

    /** The next line for iteration; disables {@code tell()} as CPython's {@code __next__} does. */
    PyObject next() {
        telling = false;
        PyStr line = readline(-1);
        if (line.length() == 0) {
            telling = seekable;
            return null;
        }
        return line;
    }

    /** All remaining text with the newline mode applied (for {@code read()}). */
    private String translateAll(String s) {
        if (!universal()) {
            return s;
        }
        noteNewlines(s);
        if (newline == null && s.indexOf('\r') >= 0) {
            return s.replace("\r\n", "\n").replace('\r', '\n');
        }
        return s;
    }

    private void noteNewlines(String s) {
        for (int i = s.indexOf('\r'); i >= 0; i = s.indexOf('\r', i + 1)) {
            seen |= i + 1 < s.length() && s.charAt(i + 1) == '\n' ? SEEN_CRLF : SEEN_CR;
        }
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            if (i == 0 || s.charAt(i - 1) != '\r') {
                seen |= SEEN_LF;
            }
        }
    }

    /**
     * Takes up to {@code limit} code points ({@code < 0}: no limit) of translated text, stopping
     * after a line ending when {@code line}.
     */
    private String consume(long limit, boolean line) {
        if (line && limit < 0 && (newline == null || newline.isEmpty() || newline.equals("\n"))) {
            return consumeLine();
        }
        return consumeChars(limit, line);
    }

    /**
     * A whole line up to {@code \n} copied in one piece (the common case of iteration); a
     * {@code \r} in universal mode hands over to {@link #consumeChars}.
     */
    private String consumeLine() {
        boolean lfOnly = "\n".equals(newline);
        StringBuilder acc = null;
        while (true) {
            int n = decoded.length();
            int i = decodedPos;
            while (i < n) {
                char c = decoded.charAt(i);
                if (c == '\n' || c == '\r' && !lfOnly) {
                    break;
                }
                i++;
            }
            if (i < n) {
                String head = decoded.substring(decodedPos, decoded.charAt(i) == '\n' ? i + 1 : i);
                decodedPos += head.length();
                String done = acc == null ? head : acc.append(head).toString();
                if (decoded.charAt(i) == '\n') {
                    if (!lfOnly) {
                        seen |= SEEN_LF;
                    }
                    return done;
                }
                return done + consumeChars(-1, true);
            }
            if (acc == null) {
                acc = new StringBuilder();
            }
            acc.append(decoded, decodedPos, n);
            decodedPos = n;
            if (!refill()) {
                return acc.toString();
            }
        }
    }

    private String consumeChars(long limit, boolean line) {
        StringBuilder out = new StringBuilder();
        long count = 0;
        boolean universal = universal();
        boolean translate = newline == null;
        boolean crMode = "\r".equals(newline), crlfMode = "\r\n".equals(newline);
        while (limit < 0 || count < limit) {
            if (decodedPos >= decoded.length()) {
                if (!refill()) {
                    break;
                }
                continue;
            }
            char c = decoded.charAt(decodedPos);
            if (c == '\r' && (universal || crlfMode)) {
                if (decodedPos + 1 >= decoded.length() && !eof && refill()) {
                    continue;
                }
                boolean crlf = decodedPos + 1 < decoded.length() && decoded.charAt(decodedPos + 1) == '\n';
                if (universal) {
                    seen |= crlf ? SEEN_CRLF : SEEN_CR;
                    if (translate) {
                        out.append('\n');
                        count++;
                        decodedPos += crlf ? 2 : 1;
                        if (line) {
                            break;
                        }
                        continue;
                    }
                    out.append('\r');
                    count++;
                    decodedPos++;
                    if (crlf && (limit < 0 || count < limit)) {
                        out.append('\n');
                        count++;
                        decodedPos++;
                    }
                    if (line) {
                        break;
                    }
                    continue;
                }
                out.append('\r');
                count++;
                decodedPos++;
                if (crlf && line && (limit < 0 || count < limit)) {
                    out.append('\n');
                    decodedPos++;
                    break;
                }
                continue;
            }
            out.append(c);
            decodedPos++;
            if (Character.isHighSurrogate(c) && decodedPos < decoded.length()
                    && Character.isLowSurrogate(decoded.charAt(decodedPos))) {
                out.append(decoded.charAt(decodedPos++));
            }
            count++;
            if (c == '\n') {
                if (universal) {
                    seen |= SEEN_LF;
                }
                if (line && !crMode && !crlfMode) {
                    break;
                }
            } else if (c == '\r' && crMode && line) {
                break;
            }
        }
        return out.toString();
    }

    /** {@code input()}'s line: without its newline, or null at end of file. */
    public String readLineForInput() {
        String l = readline(-1).toString();
        if (l.isEmpty()) {
            return null;
        }
        return l.endsWith("\n") ? l.substring(0, l.length() - 1) : l;
    }

    // ---- positioning ----

    private void checkSeekable() {
        if (!seekable) {
            throw IOModule.unsupported("underlying stream is not seekable");
        }
    }

    /** {@code tell()}: the byte position of the next character to read or write (the cookie). */
    long tell() {
        checkAttached();
        checkOpen();
        checkSeekable();
        if (!telling) {
            throw Errors.of(ExceptionTypes.OSError, "telling position disabled by next() call");
        }
        flush();
        long pos = fastBuffer != null ? fastBuffer.tell() : IOArgs.integer(Callables.callAttr(buffer, "tell"));
        if (decodedPos >= decoded.length() && codec.pendingLength() == 0) {
            return pos;
        }
        return pos - codec.pendingLength() - codec.byteLength(decoded.substring(decodedPos));
    }

    /** {@code seek(cookie, whence)}: only to positions {@code tell()} gave, the start or the end. */
    long seek(PyObject cookieObj, int whence) {
        checkAttached();
        checkOpen();
        checkSeekable();
        long cookie = IOArgs.integer(cookieObj);
        switch (whence) {
            case 1 -> {
                if (cookie != 0) {
                    throw IOModule.unsupported("can't do nonzero cur-relative seeks");
                }
                cookie = tell();
            }
            case 2 -> {
                if (cookie != 0) {
                    throw IOModule.unsupported("can't do nonzero end-relative seeks");
                }
                flush();
                resetDecoder(false);
                long end = IOArgs.integer(Callables.callAttr(buffer, "seek", PyInt.ZERO, PyInt.of(2)));
                if (codec.writesBom()) {
                    codec.skipBom();
                }
                return end;
            }
            case 0 -> { }
            default -> throw Errors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (cookie < 0) {
            throw Errors.valueError("negative seek position %d", cookie);
        }
        flush();
        resetDecoder(cookie == 0);
        Callables.callAttr(buffer, "seek", PyInt.of(cookie));
        if (codec.writesBom()) {
            if (cookie == 0) {
                codec.restartBom();
            } else {
                codec.skipBom();
            }
        }
        return cookie;
    }

    private void resetDecoder(boolean atStart) {
        decoded = "";
        decodedPos = 0;
        eof = false;
        codec.reset();
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
        PyException failure = null;
        try {
            flush();
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
        if (!universal()) {
            return PyNone.NONE;
        }
        return newlinesOf(seen);
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
}
