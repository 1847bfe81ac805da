package org.taipan.modules.abc;

import java.util.ArrayList;
import java.util.List;
import java.util.WeakHashMap;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;

/**
 * {@code _abc._abc_data}, what {@code cls._abc_impl} holds for each ABC (CPython's
 * {@code _abc_data}): the registry of virtual subclasses and the positive and negative caches,
 * each a set of classes held weakly (Java weak keys: a class that dies leaves the sets by itself),
 * and the invalidation counter value the negative cache was filled under.
 */
final class AbcData extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("_abc._abc_data", PyType.OBJECT);

    static {
        TYPE.ready();
    }

    /** A weak identity set of classes (classes keep identity equality). */
    static final class WeakSet {
        private final WeakHashMap<PyType, Boolean> map = new WeakHashMap<>();

        synchronized boolean contains(PyObject o) {
            return o instanceof PyType t && map.containsKey(t);
        }

        synchronized void add(PyObject o) {
            if (o instanceof PyType t) {
                map.put(t, Boolean.TRUE);
            }
        }

        synchronized void clear() {
            map.clear();
        }

        synchronized boolean isEmpty() {
            return map.isEmpty();
        }

        synchronized List<PyType> snapshot() {
            return new ArrayList<>(map.keySet());
        }
    }

    final WeakSet registry = new WeakSet();
    final WeakSet cache = new WeakSet();
    final WeakSet negativeCache = new WeakSet();
    long negativeCacheVersion;

    AbcData(long version) {
        this.negativeCacheVersion = version;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
