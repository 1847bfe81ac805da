package org.taipan.runtime;

/** An object with an instance {@code __dict__} that generic attribute access reads and writes. */
public interface HasDict {
    /** The instance dict (never null for objects that have one). */
    PyDict dict();

    /** The instance dict if it exists, else null; creates nothing (objects that make it lazily override this). */
    default PyDict dictIfMade() {
        return dict();
    }

    /**
     * {@code obj.__dict__ = d}: makes {@code d} the instance dict and answers true, or answers false
     * when this kind of object's dict cannot be replaced (CPython's io objects, modules).
     */
    default boolean replaceDict(PyDict d) {
        return false;
    }
}
