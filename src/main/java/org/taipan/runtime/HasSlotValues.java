package org.taipan.runtime;

/**
 * An object other than a plain instance that can hold {@code __slots__} members: an instance of
 * a user subclass of a Java module's type ({@code class KeyedRef(ref): __slots__ = "key",}).
 */
public interface HasSlotValues {
    /** The slot values by name; null when none was stored and {@code create} is false. */
    PyDict slotValues(boolean create);
}
