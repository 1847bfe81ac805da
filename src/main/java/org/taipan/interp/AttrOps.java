package org.taipan.interp;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.ObjectSlots;
import org.taipan.code.Op;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInstance;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStaticMethod;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.Shape;

/**
 * The bodies of the specialized {@code LOAD_ATTR}/{@code STORE_ATTR} instructions chosen by
 * {@link AttrSpecializer}. Each checks its cache's guards (the cache may be absent or of another
 * kind when another thread rewrote the instruction), does the fast work, and otherwise counts a
 * miss ({@link Quickening#miss}) and does exactly what the generic instruction does.
 * The load helpers take and return the stack pointer as {@link Ops#loadAttr} does, for both the
 * plain and the method ({@code oparg & 1}) form.
 */
final class AttrOps {
    private AttrOps() {}

    private static int push(PyObject[] stack, int sp, PyObject v, boolean method) {
        if (method) {
            stack[sp - 1] = null;
            stack[sp++] = v;
        } else {
            stack[sp - 1] = v;
        }
        return sp;
    }

    /** The attribute name of a LOAD_ATTR form: read only on slow paths, so the dispatch loop computes nothing for it. */
    private static PyStr name(PyCode q, int oparg) {
        return q.names[oparg >> 1];
    }

    /**
     * LOAD_ATTR_INSTANCE_VALUE: a value-array load when type version and shape match an entry
     * of the site's chain; a miss on another instance-value layout extends the chain
     * ({@link AttrSpecializer#extendInstanceValue}).
     */
    static int loadInstanceValue(PyCode q, int i, PyObject[] stack, int sp, int oparg) {
        PyObject obj = stack[sp - 1];
        if (obj instanceof PyInstance pi) {
            PyType t = pi.type();
            Shape s = pi.shape();
            for (AttrSpecializer.InstanceValue c = q.caches[i] instanceof AttrSpecializer.InstanceValue h ? h : null;
                    c != null; c = c.next()) {
                if (t == c.type() && s == c.shape() && t.versionTag() == c.version()) {
                    return push(stack, sp, pi.valueAt(c.index()), (oparg & 1) != 0);
                }
            }
            AttrSpecializer.InstanceValue c = AttrSpecializer.extendInstanceValue(q, i, obj, name(q, oparg), (oparg & 1) != 0);
            if (c != null) {
                return push(stack, sp, pi.valueAt(c.index()), (oparg & 1) != 0);
            }
        }
        Quickening.miss(q, i);
        return Ops.loadAttr(stack, sp, name(q, oparg), (oparg & 1) != 0);
    }

    /** The member index a LOAD_ATTR_SLOT/STORE_ATTR_SLOT chain gives for instances of {@code t}, or -1. */
    private static int memberIndex(Object cache, PyType t) {
        for (AttrSpecializer.Member c = cache instanceof AttrSpecializer.Member h ? h : null; c != null; c = c.next()) {
            if (t == c.type() && t.versionTag() == c.version()) {
                return c.index();
            }
        }
        return -1;
    }

    /**
     * LOAD_ATTR_SLOT: a {@code __slots__} member read from the instance's member array; an unset
     * member, or a class the chain lacks and cannot take, goes the generic way.
     */
    static int loadSlot(PyCode q, int i, PyObject[] stack, int sp, int oparg) {
        if (stack[sp - 1] instanceof PyInstance pi) {
            int k = memberIndex(q.caches[i], pi.type());
            if (k < 0) {
                AttrSpecializer.Member c = AttrSpecializer.extendMember(q, i, pi, name(q, oparg), false);
                k = c == null ? -1 : c.index();
            }
            PyObject v = k < 0 ? null : pi.memberAt(k);
            if (v != null) {
                return push(stack, sp, v, (oparg & 1) != 0);
            }
        }
        Quickening.miss(q, i);
        return Ops.loadAttr(stack, sp, name(q, oparg), (oparg & 1) != 0);
    }

    /** STORE_ATTR_SLOT: {@code obj.name = v} into a {@code __slots__} member. */
    static void storeSlot(PyCode q, int i, PyObject obj, int oparg, PyObject v) {
        if (obj instanceof PyInstance pi) {
            int k = memberIndex(q.caches[i], pi.type());
            if (k < 0) {
                AttrSpecializer.Member c = AttrSpecializer.extendMember(q, i, pi, q.names[oparg], true);
                k = c == null ? -1 : c.index();
            }
            if (k >= 0) {
                pi.setMemberAt(k, v);
                return;
            }
        }
        Quickening.miss(q, i);
        Abstract.setAttr(obj, q.names[oparg], v);
    }

    /** The entry of a type-attribute chain that applies to {@code obj}, or null. */
    private static AttrSpecializer.TypeAttr typeAttrFor(Object cache, PyObject obj, PyCode q, int oparg) {
        // A builtin receiver (a list's append, a str's join) is recognized by its Java class, an
        // instance's type is a field load; type() on any other PyObject is a virtual call that C2
        // cannot bind here (every kind of receiver reaches this shared helper), asked at most once.
        Class<?> k = obj.getClass();
        PyType t = null;
        for (AttrSpecializer.TypeAttr c = cache instanceof AttrSpecializer.TypeAttr h ? h : null; c != null; c = c.next()) {
            PyType ct = c.type();
            if (ct.instanceClass() != k) {
                if (t == null) {
                    t = obj instanceof PyInstance pi ? pi.type() : obj.type();
                }
                if (t != ct) {
                    continue;
                }
            }
            if (ct.versionTag() == c.version() && unshadowed(obj, c.shape(), q, oparg)) {
                return c;
            }
        }
        return null;
    }

    /** Whether {@code obj} has no instance attribute that could shadow the type attribute cached with {@code shape}. */
    private static boolean unshadowed(PyObject obj, Shape shape, PyCode q, int oparg) {
        if (shape == null) {
            return true;
        }
        if (shape == Shape.OF_DICT) {
            return ObjectSlots.instanceDictLacks(obj, name(q, oparg));
        }
        if (!(obj instanceof PyInstance pi)) {
            return false;
        }
        Shape s = pi.shape();
        return s == shape || s != null && s.indexOf(name(q, oparg)) < 0;
    }

    /** LOAD_ATTR_METHOD: pushes the cached function and self, no bound method. */
    static int loadMethod(PyCode q, int i, PyObject[] stack, int sp, int oparg) {
        PyObject obj = stack[sp - 1];
        AttrSpecializer.TypeAttr c = typeAttrFor(q.caches[i], obj, q, oparg);
        if (c != null || (c = AttrSpecializer.extendTypeAttr(q, i, obj, name(q, oparg), (oparg & 1) != 0, true)) != null) {
            stack[sp - 1] = c.value();
            stack[sp++] = obj;
            return sp;
        }
        Quickening.miss(q, i);
        return Ops.loadAttr(stack, sp, name(q, oparg), (oparg & 1) != 0);
    }

    /** What loading a cached class attribute gives: a staticmethod's callable, else the value itself. */
    private static PyObject unwrap(PyObject v) {
        return v != null && v.getClass() == PyStaticMethod.class ? ((PyStaticMethod) v).callable() : v;
    }

    /** LOAD_ATTR_CLASS_VALUE: a plain class attribute read through an instance. */
    static int loadClassValue(PyCode q, int i, PyObject[] stack, int sp, int oparg) {
        PyObject obj = stack[sp - 1];
        AttrSpecializer.TypeAttr c = typeAttrFor(q.caches[i], obj, q, oparg);
        if (c != null || (c = AttrSpecializer.extendTypeAttr(q, i, obj, name(q, oparg), (oparg & 1) != 0, false)) != null) {
            return push(stack, sp, unwrap(c.value()), (oparg & 1) != 0);
        }
        Quickening.miss(q, i);
        return Ops.loadAttr(stack, sp, name(q, oparg), (oparg & 1) != 0);
    }

    /** LOAD_ATTR_CLASS: {@code C.name} on the cached class while its version is unchanged. */
    static int loadClass(PyCode q, int i, PyObject[] stack, int sp, int oparg) {
        PyObject obj = stack[sp - 1];
        if (q.caches[i] instanceof AttrSpecializer.TypeAttr c && obj == c.type() && c.type().versionTag() == c.version()) {
            return push(stack, sp, unwrap(c.value()), (oparg & 1) != 0);
        }
        Quickening.miss(q, i);
        return Ops.loadAttr(stack, sp, name(q, oparg), (oparg & 1) != 0);
    }

    /** LOAD_ATTR_MODULE: the cached module dict entry while the dict's keys are unchanged. */
    static int loadModule(PyCode q, int i, PyObject[] stack, int sp, int oparg) {
        PyObject obj = stack[sp - 1];
        if (q.caches[i] instanceof AttrSpecializer.ModuleAttr c && obj == c.module()) {
            PyDict d = c.module().dict();
            if (d.keysVersion() == c.keysVersion()) {
                return push(stack, sp, d.valueAtPosition(c.position()), (oparg & 1) != 0);
            }
        }
        Quickening.miss(q, i);
        return Ops.loadAttr(stack, sp, name(q, oparg), (oparg & 1) != 0);
    }

    /** LOAD_ATTR_PROPERTY: calls the cached getter. */
    static int loadProperty(PyCode q, int i, PyObject[] stack, int sp, int oparg) {
        PyObject obj = stack[sp - 1];
        if (q.caches[i] instanceof AttrSpecializer.PropertyGet c && obj.type() == c.type()
                && c.type().versionTag() == c.version()) {
            return push(stack, sp, Callables.call(c.getter(), obj), (oparg & 1) != 0);
        }
        Quickening.miss(q, i);
        return Ops.loadAttr(stack, sp, name(q, oparg), (oparg & 1) != 0);
    }

    /**
     * STORE_ATTR_INSTANCE_VALUE and STORE_ATTR_ADD_VALUE: {@code obj.name = v} into the value
     * array, for any entry of the site's chain; a miss on another value-array layout extends it.
     */
    static void storeValue(PyCode q, int i, PyObject obj, int oparg, PyObject v) {
        if (obj instanceof PyInstance pi) {
            PyType t = pi.type();
            Shape s = pi.shape();
            for (AttrSpecializer.StoreValue c = q.caches[i] instanceof AttrSpecializer.StoreValue h ? h : null;
                    c != null; c = c.more()) {
                if (t == c.type() && s == c.shape() && t.versionTag() == c.version()) {
                    store(pi, c, v);
                    return;
                }
            }
            AttrSpecializer.StoreValue c = AttrSpecializer.extendStore(q, i, obj, q.names[oparg]);
            if (c != null) {
                store(pi, c, v);
                return;
            }
        }
        Quickening.miss(q, i);
        Abstract.setAttr(obj, q.names[oparg], v);
    }

    private static void store(PyInstance pi, AttrSpecializer.StoreValue c, PyObject v) {
        if (c.next() == null) {
            pi.setValueAt(c.index(), v);
        } else {
            pi.addValue(c.next(), v);
        }
    }

    /**
     * The attribute instruction at {@code i} (code word {@code word}) right after a LOAD_FAST run
     * by a pair (LOAD_FAST__LOAD_ATTR, LOAD_FAST__LOAD_FAST), run when it is in one of the forms
     * the pairs run themselves: a load of an instance value or a method ({@code self.x},
     * {@code self.m(...)}), a store into the value array ({@code self.x = v}, the owner just
     * pushed above the value).
     *
     * @return the new depth, or -1 (nothing done) for any other instruction or form: it is then
     *     dispatched on its own, so specializing and deoptimizing it need no bookkeeping in the pair
     */
    static int inPair(PyCode q, int i, PyObject[] stack, int sp, int word) {
        int op = word & 0xFF;
        if (op == Op.LOAD_ATTR_INSTANCE_VALUE) {
            return loadInstanceValue(q, i, stack, sp, word >>> 8);
        }
        if (op == Op.LOAD_ATTR_METHOD) {
            return loadMethod(q, i, stack, sp, word >>> 8);
        }
        if (op == Op.LOAD_ATTR_SLOT) {
            return loadSlot(q, i, stack, sp, word >>> 8);
        }
        if (op == Op.STORE_ATTR_INSTANCE_VALUE || op == Op.STORE_ATTR_ADD_VALUE || op == Op.STORE_ATTR_SLOT) {
            if (op == Op.STORE_ATTR_SLOT) {
                storeSlot(q, i, stack[sp - 1], word >>> 8, stack[sp - 2]);
            } else {
                storeValue(q, i, stack[sp - 1], word >>> 8, stack[sp - 2]);
            }
            stack[sp - 1] = null;
            stack[sp - 2] = null;
            return sp - 2;
        }
        return -1;
    }
}
