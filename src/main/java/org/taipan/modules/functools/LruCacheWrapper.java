package org.taipan.modules.functools;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.taipan.modules.TypedObject;
import org.taipan.modules.weakref.Weakrefable;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyInstance;
import org.taipan.runtime.PyMethod;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code functools._lru_cache_wrapper} (CPython's {@code lru_cache_object}): the function that
 * {@code @lru_cache} returns. Results are kept in a Java map keyed by the call's arguments
 * (hashed and compared as Python objects, the key built as CPython's {@code lru_cache_make_key});
 * a bounded cache is a {@link LinkedHashMap} in access order that drops its eldest entry.
 * {@code maxsize=0} caches nothing. The wrapper has a {@code __dict__} (for {@code update_wrapper})
 * and binds as a method when read from a class.
 */
final class LruCacheWrapper extends TypedObject {
    static final PyType TYPE = PyType.builtin("functools._lru_cache_wrapper", PyType.OBJECT).markFromSpec().markOwnLayout();

    /** Separates positional from keyword arguments in a key (CPython's {@code kwd_mark}). */
    private static final PyObject KWD_MARK = new PyInstance(PyType.OBJECT);

    /** A cache key: the Python key with its hash computed once. */
    private static final class Key {
        final PyObject key;
        final long hash;

        Key(PyObject key) {
            this.key = key;
            this.hash = Abstract.hash(key);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(hash);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash
                    && (k.key == key || Abstract.richCompareBool(key, k.key, CompareOp.EQ));
        }
    }

    final PyObject func;
    final PyObject cacheInfoType;
    final boolean typed;
    /** -1: unbounded; 0: no caching. */
    final long maxsize;
    private final Map<Key, PyObject> cache;
    long hits, misses;

    private LruCacheWrapper(PyType t, PyObject func, long maxsize, boolean typed, PyObject cacheInfoType) {
        super(t);
        this.func = func;
        this.maxsize = maxsize;
        this.typed = typed;
        this.cacheInfoType = cacheInfoType;
        if (maxsize < 0) {
            cache = new HashMap<>();
        } else if (maxsize == 0) {
            cache = null;
        } else {
            cache = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, PyObject> e) {
                    return size() > maxsize;
                }
            };
        }
    }

    /** CPython's {@code lru_cache_make_key}. */
    private PyObject makeKey(PyObject[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        int npos = a.length - nk;
        if (!typed && nk == 0) {
            if (npos == 1) {
                Class<?> c = a[0].getClass();
                if (c == PyStr.class || c == PyInt.class) {
                    return a[0];
                }
            }
            return new PyTuple(a.clone());
        }
        int n = npos + (nk > 0 ? 1 + 2 * nk : 0) + (typed ? npos + nk : 0);
        PyObject[] key = new PyObject[n];
        System.arraycopy(a, 0, key, 0, npos);
        int j = npos;
        if (nk > 0) {
            key[j++] = KWD_MARK;
            for (int i = 0; i < nk; i++) {
                key[j++] = PyStr.of(k[i]);
                key[j++] = a[npos + i];
            }
        }
        if (typed) {
            for (int i = 0; i < npos; i++) {
                key[j++] = a[i].type();
            }
            for (int i = 0; i < nk; i++) {
                key[j++] = a[npos + i].type();
            }
        }
        return new PyTuple(key);
    }

    PyObject call(PyObject[] a, String[] k) {
        if (cache == null) {
            misses++;
            return Callables.call(func, a, k);
        }
        Key key = new Key(makeKey(a, k));
        PyObject r = cache.get(key);
        if (r != null) {
            hits++;
            return r;
        }
        misses++;
        r = Callables.call(func, a, k);
        cache.put(key, r);
        return r;
    }

    static {
        TYPE.tp_new = (t, a, k) -> {
            PyObject[] b = org.taipan.runtime.MethodArgs.bind("lru_cache", a, k, 0, "user_function", "maxsize",
                    "typed", "cache_info_type");
            for (int i = 0; i < 4; i++) {
                if (b[i] == null) {
                    throw Errors.typeError("lru_cache() missing required argument '%s' (pos %d)",
                            new String[] {"user_function", "maxsize", "typed", "cache_info_type"}[i], i + 1);
                }
            }
            if (b[0].type().tp_call == null) {
                throw Errors.typeError("the first argument must be callable");
            }
            long maxsize;
            if (b[1] == PyNone.NONE) {
                maxsize = -1;
            } else if (b[1] instanceof PyInt || b[1].type().nb_index != null) {
                PyInt m = Abstract.index(b[1], null);
                maxsize = m.signum() < 0 ? 0 : m.fitsLong() ? m.longValue() : Long.MAX_VALUE;
            } else {
                throw Errors.typeError("maxsize should be integer or None");
            }
            return new LruCacheWrapper(t, b[0], maxsize, Abstract.isTrue(b[2]), b[3]);
        };
        TYPE.tp_call = (self, a, k) -> ((LruCacheWrapper) self).call(a, k);
        TYPE.tp_descr_get = (self, obj, type) -> obj == null || obj == PyNone.NONE ? self : new PyMethod(self, obj);
        TYPE.addMethodNoArgs("cache_info", self -> {
            LruCacheWrapper w = (LruCacheWrapper) self;
            PyObject max = w.maxsize < 0 ? PyNone.NONE : PyInt.of(w.maxsize);
            PyObject size = PyInt.of(w.cache == null ? 0 : w.cache.size());
            return Callables.call(w.cacheInfoType, PyInt.of(w.hits), PyInt.of(w.misses), max, size);
        });
        TYPE.addMethodNoArgs("cache_clear", self -> {
            LruCacheWrapper w = (LruCacheWrapper) self;
            w.hits = 0;
            w.misses = 0;
            if (w.cache != null) {
                w.cache.clear();
            }
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("__reduce__", self -> Abstract.getAttr(self, "__qualname__"));
        TYPE.addMethodNoArgs("__copy__", self -> self);
        TYPE.addMethod("__deepcopy__", (self, a, k) -> self);
        TYPE.addAttr("__dict__", new PyGetSetDescr(TYPE, "__dict__", o -> ((LruCacheWrapper) o).dict(), null));
        TYPE.ready();
        Weakrefable.allow(TYPE);
    }

}
