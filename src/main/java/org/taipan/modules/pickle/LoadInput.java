package org.taipan.modules.pickle;

import java.util.Arrays;
import org.taipan.modules.io.PyBytesIO;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The unpickler's input (CPython's {@code _Unpickler_Read}/{@code _Unpickler_Readline}): a byte array
 * read in place, which is all of the data for {@code loads} and an exact {@code io.BytesIO}, and
 * otherwise the current frame or the last bytes read from the file's {@code read} and
 * {@code readline}, which are called for exactly what each opcode needs, so the file is left just
 * after the STOP opcode.
 */
final class LoadInput {
    byte[] buf;
    int pos;
    int limit;
    private final PyObject read;
    private final PyObject readline;
    private final PyBytesIO bytesIO;

    /** Over the bytes of a bytes-like object. */
    LoadInput(byte[] data) {
        buf = data;
        limit = data.length;
        read = readline = null;
        bytesIO = null;
    }

    /** Over a file: an exact BytesIO's buffer in place, else its methods. */
    LoadInput(PyObject file, PyObject read, PyObject readline) {
        if (file.type() == PyBytesIO.TYPE) {
            bytesIO = (PyBytesIO) file;
            buf = bytesIO.contentArray();
            pos = Math.min(bytesIO.position(), bytesIO.contentSize());
            limit = bytesIO.contentSize();
            this.read = null;
            this.readline = null;
        } else {
            bytesIO = null;
            buf = new byte[0];
            this.read = read;
            this.readline = readline;
        }
    }

    /** Leaves an in-place BytesIO positioned after what was read. */
    void finish() {
        if (bytesIO != null) {
            bytesIO.setPosition(pos);
        }
    }

    /** The next opcode, or -1 at the end of the input. */
    int opcode() {
        if (pos < limit) {
            return buf[pos++] & 0xff;
        }
        if (read == null) {
            return -1;
        }
        byte[] b = callRead(1);
        if (b.length < 1) {
            return -1;
        }
        return b[0] & 0xff;
    }

    /** Makes {@code n} bytes available at {@link #pos}; UnpicklingError "pickle data was truncated" if they are not there. */
    void need(long n) {
        if (limit - pos >= n) {
            return;
        }
        if (read == null || n > Integer.MAX_VALUE - 16) {
            throw truncated();
        }
        int have = limit - pos;
        byte[] more = callRead((int) n - have);
        if (more.length < n - have) {
            throw truncated();
        }
        byte[] b = new byte[(int) n];
        System.arraycopy(buf, pos, b, 0, have);
        System.arraycopy(more, 0, b, have, more.length);
        buf = b;
        pos = 0;
        limit = b.length;
    }

    int u8() {
        need(1);
        return buf[pos++] & 0xff;
    }

    /** {@code n} bytes (at most 8) as an unsigned little-endian number. */
    long le(int n) {
        need(n);
        long v = 0;
        for (int i = 0; i < n; i++) {
            v |= (long) (buf[pos + i] & 0xff) << (8 * i);
        }
        pos += n;
        return v;
    }

    byte[] bytes(long n) {
        need(n);
        byte[] b = Arrays.copyOfRange(buf, pos, pos + (int) n);
        pos += (int) n;
        return b;
    }

    /**
     * Reads up to and including the next newline, which must be there; the line is
     * {@code buf[lineStart, pos)} and its length, newline included, is returned.
     */
    int lineStart;

    int readLine() {
        for (int i = pos; i < limit; i++) {
            if (buf[i] == '\n') {
                lineStart = pos;
                pos = i + 1;
                return pos - lineStart;
            }
        }
        if (read == null) {
            throw truncated();
        }
        byte[] line = Buffers.require(Callables.call(readline));
        int have = limit - pos;
        byte[] b = new byte[have + line.length];
        System.arraycopy(buf, pos, b, 0, have);
        System.arraycopy(line, 0, b, have, line.length);
        if (b.length == 0 || b[b.length - 1] != '\n') {
            throw truncated();
        }
        buf = b;
        lineStart = 0;
        pos = limit = b.length;
        return b.length;
    }

    /** A FRAME of {@code n} bytes: read from the file at once so its opcodes are parsed from memory. */
    void frame(long n) {
        if (n > Integer.MAX_VALUE - 16) {
            throw Errors.overflow("FRAME length exceeds system's maximum of %d bytes", Long.MAX_VALUE);
        }
        need(n);
    }

    private byte[] callRead(int n) {
        PyObject data = Callables.call(read, PyInt.of(n));
        byte[] b = Buffers.bytesOrNull(data);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '%s'", data.type().name());
        }
        return b;
    }

    static PyException truncated() {
        return PickleState.unpicklingError("pickle data was truncated");
    }

    static boolean isEof(PyException e) {
        return e.matches(ExceptionTypes.EOFError);
    }

    static PyObject attr(PyObject o, String name) {
        return Abstract.lookupAttr(o, PyStr.of(name));
    }
}
