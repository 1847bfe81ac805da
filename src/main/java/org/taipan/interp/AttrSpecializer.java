package org.taipan.interp;

import org.taipan.code.Opcode;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyInstance;
import org.taipan.runtime.PyMemberDescr;
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

    /**
     * Most entries a polymorphic cache chain holds (CPython 3.11 caches one type per site; a
     * class hierarchy whose methods are shared, as in richards or deltablue, sees several).
     */
    static final int MAX_POLY = 4;

    /**
     * LOAD_ATTR_INSTANCE_VALUE: the attribute is at {@code index} of {@code shape}; {@code next}
     * is the next entry of a polymorphic site (null at the end of the chain).
     */
    record InstanceValue(PyType type, int version, Shape shape, int index, InstanceValue next) {}

    /**
     * LOAD_ATTR_METHOD / CLASS_VALUE / CLASS: {@code value} found on the type; {@code shape} (if any) lacks
     * the name, or is {@link Shape#OF_DICT} when the object's instance dict must lack it. A staticmethod is unwrapped when loaded (its callable can be re-set by {@code __init__}).
     * {@code next} chains the entries of a polymorphic site (always null for LOAD_ATTR_CLASS).
     */
    record TypeAttr(PyType type, int version, Shape shape, PyObject value, TypeAttr next) {}

    /** LOAD_ATTR_MODULE: the module's dict entry at {@code position} while its keys version is unchanged. */
    record ModuleAttr(PyModule module, int keysVersion, int position) {}

    /** LOAD_ATTR_PROPERTY: call {@code getter} on instances of the type. */
    record PropertyGet(PyType type, int version, PyObject getter) {}

    /**
     * STORE_ATTR_INSTANCE_VALUE / STORE_ATTR_ADD_VALUE: {@code next} null: store at {@code index};
     * otherwise append the value and go to shape {@code next}. {@code more} chains the entries of a
     * polymorphic site (null at the end).
     */
    record StoreValue(PyType type, int version, Shape shape, int index, Shape next, StoreValue more) {}

    /**
     * LOAD_ATTR_SLOT / STORE_ATTR_SLOT: the {@code __slots__} member at {@code index} of instances
     * of {@code type} (a {@link PyMemberDescr} found on it while its version is {@code version});
     * {@code next} chains the entries of a polymorphic site.
     */
    record Member(PyType type, int version, int index, Member next) {}

    /**
     * The member entry for {@code obj.name} when the type's lookup finds a {@code __slots__} member
     * descriptor and attribute access is the generic one ({@code setattr} for a store), else null.
     */
    private static Member decideMember(PyObject obj, PyStr name, boolean store) {
        if (!(obj instanceof PyInstance)) {
            return null;
        }
        PyType t = obj.type();
        if (store ? t.tp_setattro != ObjectSlots.genericSetAttrSlot() : t.tp_getattro != ObjectSlots.genericGetAttrSlot()) {
            return null;
        }
        int version = t.versionTag();
        // a member descriptor put on an unrelated class (Y.alias = X.p) applies to no instance of it:
        // the generic path raises its TypeError
        return t.lookup(name) instanceof PyMemberDescr m && m.memberIndex() >= 0 && t.isSubtypeOf(m.owner())
                ? new Member(t, version, m.memberIndex(), null) : null;
    }

    /**
     * A LOAD_ATTR_SLOT or STORE_ATTR_SLOT site missed on {@code obj}: when {@code obj}'s class has a
     * member of that name too, adds its entry in front of the site's chain (dropping entries whose
     * type changed since) and returns it; null when the chain is full or the access is of another kind.
     */
    static Member extendMember(PyCode q, int i, PyObject obj, PyStr name, boolean store) {
        if (!(q.caches[i] instanceof Member head) || !(decideMember(obj, name, store) instanceof Member e)) {
            return null;
        }
        Member chain = null;
        int n = 1;
        for (Member c = head; c != null; c = c.next()) {
            if (c.type().versionTag() == c.version()) {
                if (++n > MAX_POLY) {
                    return null;
                }
                chain = new Member(c.type(), c.version(), c.index(), chain);
            }
        }
        Member r = new Member(e.type(), e.version(), e.index(), chain);
        q.caches[i] = r;
        return r;
    }

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
        Object c = decideLoad(obj, name, method);
        if (c == null && (c = decideMember(obj, name, false)) != null) {
            q.caches[i] = c;
            Quickening.specialize(q, i, Opcode.LOAD_ATTR_SLOT);
            return;
        }
        if (c == null) {
            Quickening.fail(q, i);
            return;
        }
        q.caches[i] = c;
        Quickening.specialize(q, i, switch (c) {
            case InstanceValue v -> Opcode.LOAD_ATTR_INSTANCE_VALUE;
            case PropertyGet g -> Opcode.LOAD_ATTR_PROPERTY;
            case TypeAttr a when method && (a.value() instanceof PyFunction || a.value() instanceof PyMethodDescr) ->
                    Opcode.LOAD_ATTR_METHOD;
            default -> Opcode.LOAD_ATTR_CLASS_VALUE;
        });
    }

    /**
     * The cache entry for loading {@code name} (an exact str) from {@code obj} (not a type or
     * module): an {@link InstanceValue}, a {@link PropertyGet} (not for the method form) or a
     * {@link TypeAttr} (a method for the method form when the value is a function or method
     * descriptor, else a class value); null when the load cannot be specialized.
     */
    private static final PyStr CLASS = PyStr.of("__class__");

    private static Object decideLoad(PyObject obj, PyStr name, boolean method) {
        PyType t = obj.type();
        if (t.tp_getattro != ObjectSlots.genericGetAttrSlot()) {
            return null;
        }
        int version = t.versionTag();
        PyObject descr = t.lookup(name);
        if (descr != null && descr.getClass() == PyProperty.class && ((PyProperty) descr).fget() != null && !method) {
            return new PropertyGet(t, version, ((PyProperty) descr).fget());
        }
        if (CLASS.equals(name) && ObjectSlots.plainClassAttribute(t)) {
            // object's __class__ getter answers the type itself: a constant under the type guard,
            // as no instance attribute can shadow that data descriptor
            return new TypeAttr(t, version, null, t, null);
        }
        if (isDataDescriptor(descr)) {
            return null;
        }
        Shape shape = null;
        if (obj instanceof PyInstance pi) {
            shape = pi.shape();
            if (shape == null) {
                // dict mode: the instance dict is not cached
                return null;
            }
            int index = t.instancesHaveDict() ? shape.indexOf(name) : -1;
            if (index >= 0) {
                return new InstanceValue(t, version, shape, index, null);
            }
        } else if (obj instanceof HasDict && (t.instancesHaveDict() || !t.isHeapType())) {
            // an io object, exception, function or builtin subclass instance: its dict comes before
            // a non-data descriptor of the type (ObjectSlots.genericGetAttr), so the entry holds
            // while the dict lacks the name; a value in the dict stays generic
            if (!ObjectSlots.instanceDictLacks(obj, name)) {
                return null;
            }
            shape = Shape.OF_DICT;
        }
        if (descr == null) {
            return null;
        }
        if (method && (descr instanceof PyFunction || descr instanceof PyMethodDescr)) {
            return new TypeAttr(t, version, shape, descr, null);
        }
        if (descr.type().tp_descr_get == null || descr.getClass() == PyStaticMethod.class) {
            return new TypeAttr(t, version, shape, descr, null);
        }
        return null;
    }

    /**
     * A LOAD_ATTR_INSTANCE_VALUE site missed on {@code obj}: when {@code obj} is another layout
     * or class whose attribute is also an instance value, adds its entry in front of the site's
     * chain (dropping entries whose type changed since) and returns it; null when the chain is
     * full or the load is of another kind (the caller then counts a miss).
     */
    static InstanceValue extendInstanceValue(PyCode q, int i, PyObject obj, PyStr name, boolean method) {
        if (!(q.caches[i] instanceof InstanceValue head) || !(decideLoad(obj, name, method) instanceof InstanceValue e)) {
            return null;
        }
        InstanceValue chain = null;
        int n = 1;
        for (InstanceValue c = head; c != null; c = c.next()) {
            if (c.type().versionTag() == c.version()) {
                if (++n > MAX_POLY) {
                    return null;
                }
                chain = new InstanceValue(c.type(), c.version(), c.shape(), c.index(), chain);
            }
        }
        InstanceValue r = new InstanceValue(e.type(), e.version(), e.shape(), e.index(), chain);
        q.caches[i] = r;
        return r;
    }

    /**
     * A LOAD_ATTR_METHOD or LOAD_ATTR_CLASS_VALUE site missed on {@code obj} (not a type): when
     * the load on {@code obj}'s class is of the same kind, adds its entry to the chain as
     * {@link #extendInstanceValue} does; null otherwise.
     */
    static TypeAttr extendTypeAttr(PyCode q, int i, PyObject obj, PyStr name, boolean method, boolean wantMethod) {
        if (!(q.caches[i] instanceof TypeAttr head) || obj instanceof PyType
                || !(decideLoad(obj, name, method) instanceof TypeAttr e)) {
            return null;
        }
        boolean isMethod = method && (e.value() instanceof PyFunction || e.value() instanceof PyMethodDescr);
        if (isMethod != wantMethod) {
            return null;
        }
        TypeAttr chain = null;
        int n = 1;
        for (TypeAttr c = head; c != null; c = c.next()) {
            if (c.type().versionTag() == c.version()) {
                if (++n > MAX_POLY) {
                    return null;
                }
                chain = new TypeAttr(c.type(), c.version(), c.shape(), c.value(), chain);
            }
        }
        TypeAttr r = new TypeAttr(e.type(), e.version(), e.shape(), e.value(), chain);
        q.caches[i] = r;
        return r;
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
            q.caches[i] = new TypeAttr(cls, version, null, v, null);
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
        Member m = name.getClass() == PyStr.class ? decideMember(obj, name, true) : null;
        if (m != null) {
            q.caches[i] = m;
            Quickening.specialize(q, i, Opcode.STORE_ATTR_SLOT);
            return;
        }
        StoreValue c = name.getClass() == PyStr.class ? decideStore(obj, name) : null;
        if (c == null) {
            Quickening.fail(q, i);
            return;
        }
        q.caches[i] = c;
        Quickening.specialize(q, i, c.next() == null ? Opcode.STORE_ATTR_INSTANCE_VALUE : Opcode.STORE_ATTR_ADD_VALUE);
    }

    /** The cache entry for {@code obj.name = v} into the value array, or null. */
    private static StoreValue decideStore(PyObject obj, PyStr name) {
        if (!(obj instanceof PyInstance pi) || pi.shape() == null) {
            return null;
        }
        PyType t = obj.type();
        if (t.tp_setattro != ObjectSlots.genericSetAttrSlot() || !t.isHeapType() || isDataDescriptor(t.lookup(name))
                || !t.instancesHaveDict()) {
            return null;
        }
        Shape shape = pi.shape();
        int index = shape.indexOf(name);
        if (index >= 0) {
            return new StoreValue(t, t.versionTag(), shape, index, null, null);
        }
        Shape next = shape.withAttribute(name);
        if (next == null) {
            return null;
        }
        return new StoreValue(t, t.versionTag(), shape, next.size() - 1, next, null);
    }

    /**
     * A STORE_ATTR_INSTANCE_VALUE/ADD_VALUE site missed on {@code obj}: adds {@code obj}'s entry
     * (either kind; the instruction's body handles both) to the chain as
     * {@link #extendInstanceValue} does; null when full or not a value-array store.
     */
    static StoreValue extendStore(PyCode q, int i, PyObject obj, PyStr name) {
        if (!(q.caches[i] instanceof StoreValue head) || name.getClass() != PyStr.class) {
            return null;
        }
        StoreValue e = decideStore(obj, name);
        if (e == null) {
            return null;
        }
        StoreValue chain = null;
        int n = 1;
        for (StoreValue c = head; c != null; c = c.more()) {
            if (c.type().versionTag() == c.version()) {
                if (++n > MAX_POLY) {
                    return null;
                }
                chain = new StoreValue(c.type(), c.version(), c.shape(), c.index(), c.next(), chain);
            }
        }
        StoreValue r = new StoreValue(e.type(), e.version(), e.shape(), e.index(), e.next(), chain);
        q.caches[i] = r;
        return r;
    }
}
