package org.taipan.runtime;

/**
 * An object other than a plain instance that can hold {@code __slots__} members: an instance of
 * a user subclass of a builtin or Java module type ({@code class LS(list): __slots__ = "a",},
 * {@code class KeyedRef(ref): __slots__ = "key",}). Subclasses of the variable-size int, tuple
 * and bytes take no nonempty {@code __slots__}, so their instances need none.
 */
public interface HasSlotValues {
    /** The slot values by name; null when none was stored and {@code create} is false. */
    PyDict slotValues(boolean create);
}
