package org.taipan.modules.pickle;

import java.util.Arrays;
import org.taipan.runtime.Callables;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyObject;

/**
 * The pickler's output buffer with protocol 4's framing ({@code _Pickler_Write},
 * {@code _Pickler_CommitFrame}, {@code _Pickler_OpcodeBoundary}): while framing, the first write after a
 * boundary reserves a 9-byte FRAME header that the commit fills in, or removes when the frame holds
 * fewer than {@link Opcodes#FRAME_SIZE_MIN} bytes. With a file, each committed frame of
 * {@link Opcodes#FRAME_SIZE_TARGET} bytes or more is flushed to it, so memory stays bounded.
 */
final class PickleOutput {
    private byte[] buf = new byte[256];
    private int len;
    private int frameStart = -1;
    boolean framing;
    /** The file's {@code write} method, or null for {@code dumps}. */
    final PyObject write;

    PickleOutput(PyObject write) {
        this.write = write;
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(len + n, buf.length * 2));
        }
    }

    private void startFrameIfNeeded(int n) {
        if (framing && frameStart < 0) {
            ensure(n + Opcodes.FRAME_HEADER_SIZE);
            frameStart = len;
            len += Opcodes.FRAME_HEADER_SIZE;
        } else {
            ensure(n);
        }
    }

    void write(int b) {
        startFrameIfNeeded(1);
        buf[len++] = (byte) b;
    }

    void write(int op, int arg) {
        startFrameIfNeeded(2);
        buf[len++] = (byte) op;
        buf[len++] = (byte) arg;
    }

    /** {@code op} then {@code n} little-endian bytes of {@code v}. */
    void writeLE(int op, long v, int n) {
        startFrameIfNeeded(1 + n);
        buf[len++] = (byte) op;
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) (v >>> (8 * i));
        }
    }

    void write(byte[] b, int off, int n) {
        startFrameIfNeeded(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    void write(byte[] b) {
        write(b, 0, b.length);
    }

    /** ASCII text (numbers, names already checked). */
    void writeAscii(String s) {
        int n = s.length();
        startFrameIfNeeded(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    /**
     * A header and its payload ({@code _Pickler_write_bytes}): a payload of a frame's size or more is
     * written outside any frame, and straight to the file when there is one.
     */
    void writeBytes(byte[] header, int headerLen, byte[] data, PyObject payload) {
        boolean bypass = data.length >= Opcodes.FRAME_SIZE_TARGET;
        boolean wasFraming = framing;
        if (bypass) {
            commitFrame();
            framing = false;
        }
        write(header, 0, headerLen);
        if (bypass && write != null) {
            flushToFile();
            Callables.call(write, payload != null ? payload : PyBytes.of(data));
            len = 0;
        } else {
            write(data);
        }
        framing = wasFraming;
    }

    void commitFrame() {
        if (!framing || frameStart < 0) {
            return;
        }
        long frameLen = len - frameStart - Opcodes.FRAME_HEADER_SIZE;
        if (frameLen >= Opcodes.FRAME_SIZE_MIN) {
            buf[frameStart] = (byte) Opcodes.FRAME;
            for (int i = 0; i < 8; i++) {
                buf[frameStart + 1 + i] = (byte) (frameLen >>> (8 * i));
            }
        } else {
            System.arraycopy(buf, frameStart + Opcodes.FRAME_HEADER_SIZE, buf, frameStart, (int) frameLen);
            len -= Opcodes.FRAME_HEADER_SIZE;
        }
        frameStart = -1;
    }

    /** Between opcodes: ends a frame that reached its target size (and flushes it to the file). */
    void opcodeBoundary() {
        if (!framing || frameStart < 0) {
            return;
        }
        if (len - frameStart - Opcodes.FRAME_HEADER_SIZE >= Opcodes.FRAME_SIZE_TARGET) {
            commitFrame();
            if (write != null) {
                flushToFile();
                len = 0;
            }
        }
    }

    /** Passes what the buffer holds to the file's {@code write}. */
    void flushToFile() {
        Callables.call(write, toBytes());
    }

    void clear() {
        len = 0;
        frameStart = -1;
    }

    PyBytes toBytes() {
        return PyBytes.of(Arrays.copyOf(buf, len));
    }
}
