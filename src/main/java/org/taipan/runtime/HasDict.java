package org.taipan.runtime;

/** An object with an instance {@code __dict__} that generic attribute access reads and writes. */
public interface HasDict {
    /** The instance dict (never null for objects that have one). */
    PyDict dict();
}
