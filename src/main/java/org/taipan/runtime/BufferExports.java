package org.taipan.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The memoryviews currently exporting one object's buffer (a bytearray, a BytesIO): while any
 * is live the object must not resize ("BufferError: Existing exports of data: object cannot be
 * re-sized"). CPython frees an unreferenced view at once (reference counting); here views are
 * held weakly, and before refusing a resize one collection clears the views the program can no
 * longer reach, so a temporary {@code bytes(memoryview(b))} does not pin {@code b}.
 */
public final class BufferExports {
    private final List<WeakReference<PyMemoryView>> views = new ArrayList<>();
    /** Exports held by the runtime itself for the length of a call (bytearray.join reading its iterable). */
    private int pins;

    /** Holds the buffer as an export until {@link #unpin} (CPython's method holds its own Py_buffer). */
    void pin() {
        pins++;
    }

    void unpin() {
        pins--;
    }

    void add(PyMemoryView view) {
        views.add(new WeakReference<>(view));
    }

    void remove(PyMemoryView view) {
        views.removeIf(r -> r.get() == view || r.get() == null);
    }

    /** Whether a live (unreleased, reachable) view exports the buffer. */
    public boolean active() {
        views.removeIf(r -> r.get() == null);
        if (!views.isEmpty()) {
            System.gc();
            views.removeIf(r -> r.get() == null);
        }
        return !views.isEmpty();
    }

    /** Whether a live view exports the buffer (cheap when none was ever made). */
    public boolean isExporting() {
        return !views.isEmpty() && active();
    }

    /** BufferError "Existing exports of data: object cannot be re-sized" while {@link #active()}. */
    public void checkResize() {
        if (pins > 0 || !views.isEmpty() && active()) {
            throw Errors.of(ExceptionTypes.BufferError, "Existing exports of data: object cannot be re-sized");
        }
    }
}
