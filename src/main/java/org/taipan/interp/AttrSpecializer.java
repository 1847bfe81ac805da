package org.taipan.interp;

import org.taipan.code.Opcode;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyInstance;
import org.taipan.runtime.PyMethodDescr;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyProperty;
import org.taipan.runtime.PyStaticMethod;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.Shape;

/**
 * Chooses the specialized form of {@code LOAD_ATTR} and {@code STORE_ATTR} (CPython 3.11's
 * {@code _Py_Specialize_LoadAttr}/{@code _Py_Specialize_StoreAttr}) from the object seen now.
 * Every cache records the type's {@link PyType#versionTag()}: an unchanged tag means the type's
 * MRO dicts and slots ({@code __getattribute__}, {@code __setattr__}, descriptors) are unchanged,
 * so what the generic lookup found then it would find again. Instance layouts are checked by
 * {@link Shape} identity.
 */
final class AttrSpecializer {
    private AttrSpecializer() {}

    /** LOAD_ATTR_INSTANCE_VALUE: the attribute is at {@code index} of {@code shape}. */
    record InstanceValue(PyType type, int version, Shape shape, int index) {}

    /**
     * LOAD_ATTR_METHOD / CLASS_VALUE / CLASS: {@code value} found on the type; {@code shape} (if any) lacks
     * the name. A staticmethod is unwrapped when loaded (its callable can be re-set by {@code __init__}).
     */
    record TypeAttr(PyType type, int version, Shape shape, PyObject value) {}

    /** LOAD_ATTR_MODULE: the module's dict entry at {@code position} while its keys version is unchanged. */
    record ModuleAttr(PyModule module, int keysVersion, int position) {}

    /** LOAD_ATTR_PROPERTY: call {@code getter} on instances of the type. */
    record PropertyGet(PyType type, int version, PyObject getter) {}

    /** STORE_ATTR_INSTANCE_VALUE ({@code next} null: store at {@code index}) or STORE_ATTR_ADD_VALUE (go to {@code next}). */
    record StoreValue(PyType type, int version, Shape shape, int index, Shape next) {}

    private static boolean isDataDescriptor(PyObject d) {
        return d != null && d.type().tp_descr_set != null;
    }

    static void loadAttr(PyCode q, int i, PyObject obj, PyStr name, boolean method) {
        if (name.getClass() != PyStr.class) {
            Quickening.fail(q, i);
            return;
        }
        if (obj instanceof PyType cls) {
            loadClassAttr(q, i, cls, name);
            return;
        }
        if (obj.getClass() == PyModule.class) {
            loadModuleAttr(q, i, (PyModule) obj, name);
            return;
        }
        PyType t = obj.type();
        if (t.tp_getattro != ObjectSlots.genericGetAttrSlot()) {
            Quickening.fail(q, i);
            return;
        }
        int version = t.versionTag();
        PyObject descr = t.lookup(name);
        if (descr != null && descr.getClass() == PyProperty.class && ((PyProperty) descr).fget() != null && !method) {
            q.caches[i] = new PropertyGet(t, version, ((PyProperty) descr).fget());
            Quickening.specialize(q, i, Opcode.LOAD_ATTR_PROPERTY);
            return;
        }
        if (isDataDescriptor(descr)) {
            Quickening.fail(q, i);
            return;
        }
        Shape shape = null;
        if (obj instanceof PyInstance pi) {
            shape = pi.shape();
            if (shape == null) {
                // dict mode: the instance dict is not cached
                Quickening.fail(q, i);
                return;
            }
            int index = t.instancesHaveDict() ? shape.indexOf(name) : -1;
            if (index >= 0) {
                q.caches[i] = new InstanceValue(t, version, shape, index);
                Quickening.specialize(q, i, Opcode.LOAD_ATTR_INSTANCE_VALUE);
                return;
            }
        } else if (obj instanceof HasDict) {
            Quickening.fail(q, i);
            return;
        }
        if (descr == null) {
            Quickening.fail(q, i);
            return;
        }
        if (method && (descr instanceof PyFunction || descr instanceof PyMethodDescr)) {
            q.caches[i] = new TypeAttr(t, version, shape, descr);
            Quickening.specialize(q, i, Opcode.LOAD_ATTR_METHOD);
            return;
        }
        if (descr.type().tp_descr_get == null || descr.getClass() == PyStaticMethod.class) {
            q.caches[i] = new TypeAttr(t, version, shape, descr);
            Quickening.specialize(q, i, Opcode.LOAD_ATTR_CLASS_VALUE);
            return;
        }
        Quickening.fail(q, i);
    }

    private static void loadClassAttr(PyCode q, int i, PyType cls, PyStr name) {
        // Only classes whose metaclass is exactly type: then no metaclass attribute can take precedence
        // unless type itself has the name, and type never changes.
        if (cls.type() != PyType.TYPE || PyType.TYPE.lookup(name) != null) {
            Quickening.fail(q, i);
            return;
        }
        int version = cls.versionTag();
        PyObject v = cls.lookup(name);
        if (v != null && (v.type().tp_descr_get == null || v.getClass() == PyFunction.class
                || v.getClass() == PyStaticMethod.class)) {
            q.caches[i] = new TypeAttr(cls, version, null, v);
            Quickening.specialize(q, i, Opcode.LOAD_ATTR_CLASS);
            return;
        }
        Quickening.fail(q, i);
    }

    private static void loadModuleAttr(PyCode q, int i, PyModule m, PyStr name) {
        if (m.type() != PyModule.TYPE || PyModule.TYPE.lookup(name) != null) {
            Quickening.fail(q, i);
            return;
        }
        int pos = m.dict().positionOf(name);
        if (pos < 0) {
            Quickening.fail(q, i);
            return;
        }
        q.caches[i] = new ModuleAttr(m, m.dict().keysVersion(), pos);
        Quickening.specialize(q, i, Opcode.LOAD_ATTR_MODULE);
    }

    static void storeAttr(PyCode q, int i, PyObject obj, PyStr name) {
        if (name.getClass() != PyStr.class || !(obj instanceof PyInstance pi) || pi.shape() == null) {
            Quickening.fail(q, i);
            return;
        }
        PyType t = obj.type();
        if (t.tp_setattro != ObjectSlots.genericSetAttrSlot() || !t.isHeapType() || isDataDescriptor(t.lookup(name))
                || !t.instancesHaveDict()) {
            Quickening.fail(q, i);
            return;
        }
        Shape shape = pi.shape();
        int index = shape.indexOf(name);
        if (index >= 0) {
            q.caches[i] = new StoreValue(t, t.versionTag(), shape, index, null);
            Quickening.specialize(q, i, Opcode.STORE_ATTR_INSTANCE_VALUE);
            return;
        }
        Shape next = shape.withAttribute(name);
        if (next == null) {
            Quickening.fail(q, i);
            return;
        }
        q.caches[i] = new StoreValue(t, t.versionTag(), shape, next.size() - 1, next);
        Quickening.specialize(q, i, Opcode.STORE_ATTR_ADD_VALUE);
    }
}
