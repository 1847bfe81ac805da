package org.taipan.modules.sre;

import java.util.Arrays;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyByteArray;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyMemoryView;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The string a pattern runs over (CPython's {@code getstring}): characters are read by index, as
 * code points for {@code str} (a non-BMP character is one index) and as unsigned bytes for
 * {@code bytes} and other bytes-like objects. A {@code str} whose characters are all in the BMP
 * is read through its Java {@code String} without copying; other strings through the code point
 * array they hold; {@code bytes} through its own array; {@code bytearray} and {@code memoryview} through a
 * copy taken when matching starts.
 */
abstract sealed class Subject permits Subject.Text, Subject.Wide, Subject.Bytes {
    /** The object matched against, as given (a {@code str} subclass, a {@code bytearray}, ...). */
    final PyObject object;
    /** Length in characters. */
    final int length;

    private Subject(PyObject object, int length) {
        this.object = object;
        this.length = length;
    }

    /** The character at {@code i}, {@code 0 <= i < length}: a code point, or a byte 0..255. */
    abstract int at(int i);

    /** Whether the subject is bytes-like. */
    abstract boolean isBytes();

    /** The first index in {@code [from, to)} holding character {@code c}, or -1. */
    int indexOf(int c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (at(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Characters {@code [from, to)} as an exact {@code str} or {@code bytes} (CPython's
     * {@code getslice}: the object itself when it is exact bytes and the slice is all of it).
     */
    abstract PyObject slice(int from, int to);

    /**
     * The subject for {@code o}.
     *
     * @throws org.taipan.runtime.PyException TypeError "expected string or bytes-like object, got 'int'"
     */
    static Subject of(PyObject o) {
        if (o instanceof PyStr s) {
            return s.isSimple() ? new Text(s) : new Wide(s);
        }
        if ((o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView
                || o instanceof Buffers.Exporter || o instanceof Buffers.ViewHolder) && !Buffers.isStridedView(o)) {
            return new Bytes(o, Buffers.bytesOrNull(o));
        }
        throw Errors.typeError("expected string or bytes-like object, got '%s'", o.type().name());
    }

    /** Whether {@link #of} accepts {@code o}. */
    static boolean accepts(PyObject o) {
        return o instanceof PyStr || Buffers.isBuffer(o);
    }

    /** A str whose characters are the chars of its Java string. */
    static final class Text extends Subject {
        private final PyStr str;
        private final String value;

        Text(PyStr s) {
            super(s, s.length());
            this.str = s;
            this.value = s.toString();
        }

        @Override
        int at(int i) {
            return value.charAt(i);
        }

        @Override
        boolean isBytes() {
            return false;
        }

        @Override
        int indexOf(int c, int from, int to) {
            // String.indexOf is vectorized by the JVM; this is where a literal-prefix search spends its time.
            if (c > 0xFFFF || from >= to) {
                return -1;
            }
            int i = value.indexOf(c, from);
            return i < to ? i : -1;
        }

        @Override
        PyObject slice(int from, int to) {
            if (to <= from) {
                return PyStr.of("");
            }
            return str.substring(from, to);
        }
    }

    /** A str with non-BMP characters or lone surrogates, read by code point. */
    static final class Wide extends Subject {
        private final PyStr str;
        private final int[] cps;

        Wide(PyStr s) {
            super(s, s.length());
            this.str = s;
            this.cps = s.sharedCodePoints();
        }

        @Override
        int at(int i) {
            return cps[i];
        }

        @Override
        boolean isBytes() {
            return false;
        }

        @Override
        PyObject slice(int from, int to) {
            if (to <= from) {
                return PyStr.of("");
            }
            return str.substring(from, to);
        }
    }

    /** A bytes-like object, read as unsigned bytes. */
    static final class Bytes extends Subject {
        private final byte[] data;

        Bytes(PyObject o, byte[] data) {
            super(o, data.length);
            this.data = data;
        }

        @Override
        int at(int i) {
            return data[i] & 0xff;
        }

        @Override
        boolean isBytes() {
            return true;
        }

        @Override
        PyObject slice(int from, int to) {
            if (from == 0 && to == length && object.getClass() == PyBytes.class) {
                return object;
            }
            if (to <= from) {
                return PyBytes.of(new byte[0]);
            }
            return PyBytes.of(Arrays.copyOfRange(data, from, to));
        }
    }
}
