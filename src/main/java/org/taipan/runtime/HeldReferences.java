package org.taipan.runtime;

import java.util.function.Consumer;

/**
 * An object whose references {@link FinalizerOrder} follows to find what a finalizable object
 * holds (as CPython's {@code tp_traverse}, in the order its deallocator releases them).
 */
public interface HeldReferences {
    /** Calls {@code f} on each object this one holds, in release order; nulls may be passed. */
    void forEachHeld(Consumer<PyObject> f);
}
