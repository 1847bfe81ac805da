package org.taipan.interp;

import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyInstance;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.Shape;

/**
 * Read-only questions to tier 1's attribute inline caches, for the JIT's recorder: which value
 * of an instance a specialized attribute instruction would read or write, by the very test the
 * instruction makes (so the trace's guards are the instruction's guards). Never changes a cache.
 */
public final class AttrCacheProbe {
    private AttrCacheProbe() {}

    /**
     * For the JIT's recorder: the value index that LOAD_ATTR_INSTANCE_VALUE at {@code i} reads
     * from {@code obj} through its inline cache (the same test as {@code AttrOps.loadInstanceValue}: type,
     * its version tag and shape), or -1 when no cache entry applies.
     */
    public static int cachedLoadIndex(PyCode q, int i, PyObject obj) {
        if (obj instanceof PyInstance pi) {
            for (AttrSpecializer.InstanceValue c = q.caches[i] instanceof AttrSpecializer.InstanceValue h ? h : null;
                    c != null; c = c.next()) {
                if (pi.type() == c.type() && pi.shape() == c.shape() && pi.type().versionTag() == c.version()) {
                    return c.index();
                }
            }
        }
        return -1;
    }

    /**
     * For the JIT's recorder: the member index that LOAD_ATTR_SLOT or STORE_ATTR_SLOT at {@code i}
     * reads or writes in {@code obj} through its inline cache (the same test as
     * {@code AttrOps.loadSlot}: type and its version tag), or -1 when no entry applies.
     */
    public static int cachedMemberIndex(PyCode q, int i, PyObject obj) {
        if (obj instanceof PyInstance pi) {
            for (AttrSpecializer.Member c = q.caches[i] instanceof AttrSpecializer.Member h ? h : null; c != null; c = c.next()) {
                if (pi.type() == c.type() && pi.type().versionTag() == c.version()) {
                    return c.index();
                }
            }
        }
        return -1;
    }

    /**
     * For the JIT's recorder: the dense position in {@code obj}'s dict that LOAD_ATTR_MODULE at
     * {@code i} reads through its inline cache (the same test as {@code AttrOps.loadModule}: the
     * cached module and its dict's keys version), or -1 when the cache does not apply.
     */
    public static int cachedModulePosition(PyCode q, int i, PyObject obj) {
        if (q.caches[i] instanceof AttrSpecializer.ModuleAttr c && obj == c.module()
                && c.module().dict().keysVersion() == c.keysVersion()) {
            return c.position();
        }
        return -1;
    }

    /**
     * For the JIT's recorder: the value index that STORE_ATTR_INSTANCE_VALUE at {@code i}
     * overwrites in {@code obj} through its inline cache (as {@code AttrOps.storeValue}), or -1 when no
     * entry applies or the store would add a value (a shape transition).
     */
    public static int cachedStoreIndex(PyCode q, int i, PyObject obj) {
        if (obj instanceof PyInstance pi) {
            for (AttrSpecializer.StoreValue c = q.caches[i] instanceof AttrSpecializer.StoreValue h ? h : null;
                    c != null; c = c.more()) {
                if (pi.type() == c.type() && pi.shape() == c.shape() && pi.type().versionTag() == c.version()) {
                    return c.next() == null ? c.index() : -1;
                }
            }
        }
        return -1;
    }
    /**
     * For the JIT's recorder: the shape that STORE_ATTR_ADD_VALUE at {@code i} moves {@code obj}
     * to through its inline cache when it appends the value (as {@code AttrOps.storeValue}: an
     * entry for obj's type, version and shape whose store adds a value), or null when no entry
     * applies or the entry overwrites an existing value.
     */
    public static org.taipan.runtime.Shape cachedAddShape(PyCode q, int i, PyObject obj) {
        if (obj instanceof PyInstance pi) {
            for (AttrSpecializer.StoreValue c = q.caches[i] instanceof AttrSpecializer.StoreValue h ? h : null;
                    c != null; c = c.more()) {
                if (pi.type() == c.type() && pi.shape() == c.shape() && pi.type().versionTag() == c.version()) {
                    return c.next();
                }
            }
        }
        return null;
    }

    /**
     * For the JIT's recorder: the getter that LOAD_ATTR_PROPERTY at {@code i} calls for {@code obj}
     * (the same test as {@code AttrOps.loadProperty}: the type and its version tag), or null when
     * its cache does not apply.
     */
    public static PyObject cachedPropertyGetter(PyCode q, int i, PyObject obj) {
        if (q.caches[i] instanceof AttrSpecializer.PropertyGet c && obj.type() == c.type()
                && c.type().versionTag() == c.version()) {
            return c.getter();
        }
        return null;
    }

    /**
     * For the JIT's recorder: the function, descriptor or class value that LOAD_ATTR_METHOD or
     * LOAD_ATTR_CLASS_VALUE at {@code i} finds for {@code obj} through its inline cache (the same
     * test as {@code AttrOps}: the type, its version tag, and no instance attribute of that name),
     * or null when no cache entry applies (tier 1 would take its miss path). {@code shadowCheck[0]}
     * is set to what else the entry depends on: null (nothing), the instance's shape (the trace
     * guards it), or {@link Shape#OF_DICT} (the trace guards that the instance dict lacks the name).
     */
    public static PyObject cachedTypeAttr(PyCode q, int i, PyObject obj, Shape[] shadowCheck) {
        PyType t = obj.type();
        PyStr name = q.names[(q.instrs[i] >>> 8) >> 1];
        for (AttrSpecializer.TypeAttr c = q.caches[i] instanceof AttrSpecializer.TypeAttr h ? h : null; c != null; c = c.next()) {
            if (t == c.type() && t.versionTag() == c.version()) {
                if (c.shape() == null) {
                    shadowCheck[0] = null;
                    return c.value();
                }
                if (c.shape() == Shape.OF_DICT) {
                    if (ObjectSlots.instanceDictLacks(obj, name)) {
                        shadowCheck[0] = Shape.OF_DICT;
                        return c.value();
                    }
                    continue;
                }
                Shape s = obj instanceof PyInstance pi ? pi.shape() : null;
                if (s != null && (s == c.shape() || s.indexOf(name) < 0)) {
                    shadowCheck[0] = s;
                    return c.value();
                }
            }
        }
        return null;
    }
}
