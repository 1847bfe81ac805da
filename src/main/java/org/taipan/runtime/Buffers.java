package org.taipan.runtime;

/**
 * The buffer protocol as the bytes types use it: the contents of a bytes-like object
 * ({@code bytes}, {@code bytearray}, {@code memoryview}) with CPython's TypeError for
 * anything else ({@code PyObject_GetBuffer}).
 */
public final class Buffers {
    private Buffers() {}

    /**
     * The bytes of a bytes-like object, or null for any other object. For {@code bytes} this is
     * its own array (never modify it); for the others a copy. A released memoryview raises
     * ValueError.
     */
    public static byte[] bytesOrNull(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        if (o instanceof Exporter e) {
            return java.util.Arrays.copyOf(e.bufferArray(), e.bufferLength());
        }
        if (o instanceof PyByteArray ba) {
            return ba.toBytes();
        }
        if (o instanceof PyMemoryView mv) {
            return mv.toBytes();
        }
        if (o instanceof ViewHolder h) {
            return h.heldView().toBytes();
        }
        return null;
    }

    /**
     * {@link #bytesOrNull} as a C function's {@code y*} argument asks for them
     * ({@code PyBUF_SIMPLE}): a memoryview whose layout is not C-contiguous ({@code m[::2]})
     * raises BufferError "memoryview: underlying buffer is not C-contiguous", as CPython's does;
     * only {@code bytes()}, {@code bytearray()}, {@code int.from_bytes} and the memoryview's own
     * methods copy any layout.
     */
    public static byte[] contiguousOrNull(PyObject o) {
        PyMemoryView view = viewOf(o);
        if (view != null && !view.cContiguous()) {
            view.live();
            throw Errors.of(ExceptionTypes.BufferError, "memoryview: underlying buffer is not C-contiguous");
        }
        return bytesOrNull(o);
    }

    /**
     * {@link #bytesOrNull}, but null also for a memoryview that is not C-contiguous: for the
     * callers whose own TypeError replaces the BufferError of their {@code PyBUF_SIMPLE} request
     * ({@code b'' + m[::2]}: "can't concat memoryview to bytes").
     */
    public static byte[] simpleOrNull(PyObject o) {
        return isStridedView(o) ? null : bytesOrNull(o);
    }

    /** Whether {@code o} is a memoryview (or holds one) whose layout is not C-contiguous. */
    public static boolean isStridedView(PyObject o) {
        PyMemoryView view = viewOf(o);
        return view != null && !view.cContiguous();
    }

    /** {@code o} as a memoryview, or the one it holds, or null. */
    private static PyMemoryView viewOf(PyObject o) {
        return o instanceof PyMemoryView mv ? mv : o instanceof ViewHolder h ? h.heldView() : null;
    }

    /** {@link #contiguousOrNull}, or TypeError "a bytes-like object is required, not 'str'". */
    public static byte[] require(PyObject o) {
        byte[] b = contiguousOrNull(o);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '%s'", o.type().name());
        }
        return b;
    }

    /** Whether {@code o} supports the buffer protocol. */
    public static boolean isBuffer(PyObject o) {
        return o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView || o instanceof Exporter
                || o instanceof ViewHolder;
    }

    /**
     * An object written in Java that exports its contents through the buffer protocol
     * ({@code array.array}): {@code bufferArray()[0:bufferLength()]} are its bytes, writable.
     */
    public interface Exporter {
        byte[] bufferArray();

        /** The buffer's length in bytes. */
        int bufferLength();

        /** The struct format of one item, as {@code memoryview.format} shows it. */
        default String bufferFormat() {
            return "B";
        }

        /** The size of one item in bytes ({@code bufferLength()} is a multiple of it). */
        default int bufferItemSize() {
            return 1;
        }

        /** Whether the buffer is read-only (a view of it cannot write, {@link #writable} is null). */
        default boolean bufferReadOnly() {
            return false;
        }

        /** The exports that keep the object from resizing while a view is live, or null if it never resizes. */
        default BufferExports bufferExports() {
            return null;
        }
    }

    /**
     * An object whose buffer is another object's, held through a memoryview ({@code pickle.PickleBuffer}):
     * a view of it has the held view's format, shape and read-only flag.
     */
    public interface ViewHolder {
        /** The held view; ValueError if the holder was released. */
        PyMemoryView heldView();
    }

    /** A writable byte region of an object: {@code array[offset:offset+length]} is its contents. */
    public record Region(byte[] array, int offset, int length) {}

    /**
     * The writable contents of {@code o} (a bytearray, a writable C-contiguous memoryview), or
     * null for a read-only or non-buffer object. A bytearray's region is valid until it is resized.
     */
    public static Region writable(PyObject o) {
        if (o instanceof PyByteArray ba) {
            return new Region(ba.backing(), 0, ba.size());
        }
        if (o instanceof PyMemoryView mv) {
            return mv.writableRegion();
        }
        if (o instanceof Exporter e) {
            if (e.bufferReadOnly()) {
                return null;
            }
            return new Region(e.bufferArray(), 0, e.bufferLength());
        }
        if (o instanceof ViewHolder h) {
            return h.heldView().writableRegion();
        }
        return null;
    }
}
