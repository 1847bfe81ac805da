package org.taipan.runtime;

/**
 * The answers of {@link PyType#lookup(PyStr)} for one version of one type (CPython keeps one
 * global method cache keyed by version tag and name; a per-type table keeps interpreters apart).
 * Direct-mapped by the name's hash: a collision replaces the older entry. Entries are immutable,
 * so a racing reader sees either a whole entry or none; the table is dropped, never cleared, when
 * the type changes.
 */
final class TypeLookupCache {
    /** One cached answer; {@code value} is null for a name the MRO does not have. */
    record Entry(PyStr name, PyObject value) {}

    private static final int SIZE = 64;

    final int version;
    final int epoch;
    private final Entry[] entries = new Entry[SIZE];

    TypeLookupCache(int version, int epoch) {
        this.version = version;
        this.epoch = epoch;
    }

    /** The entry for {@code name}, or null when it is not cached. */
    Entry get(PyStr name) {
        Entry e = entries[name.hashCode() & (SIZE - 1)];
        if (e != null && (e.name() == name || e.name().equals(name))) {
            return e;
        }
        return null;
    }

    void put(PyStr name, PyObject value) {
        entries[name.hashCode() & (SIZE - 1)] = new Entry(name, value);
    }
}
