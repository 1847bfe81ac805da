package org.taipan.modules.weakref;

import org.taipan.modules.TypedObject;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyGenericAlias;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code weakref.ref} ({@code weakref.ReferenceType}, CPython's {@code Objects/weakrefobject.c}):
 * calling it gives the referent or None once the referent died; it hashes as its referent
 * (cached, so a dead reference keeps a hash it had); two live references compare as their
 * referents, dead ones by identity. Subclassable, as {@code KeyedRef} and {@code WeakMethod} need.
 */
public final class PyWeakref extends WeakBase {
    public static final PyType TYPE = PyType.builtin("weakref.ReferenceType", PyType.OBJECT).markOwnLayout();

    private long hash;
    private boolean hashed;

    PyWeakref(PyType type, PyObject referent, PyObject callback, WeakRegistry registry) {
        super(type, referent, callback, registry);
    }

    /** Binds {@code ref(object[, callback])}; extra keywords are ignored as CPython's parser does. */
    private static PyObject[] newArgs(String fname, PyObject[] a, String[] k) {
        int npos = Args.positional(a, k);
        if (npos < 1) {
            throw Errors.typeError("%s expected at least 1 argument, got %d", fname, npos);
        }
        if (npos > 2) {
            throw Errors.typeError("%s expected at most 2 arguments, got %d", fname, npos);
        }
        PyObject cb = npos > 1 && a[1] != PyNone.NONE ? a[1] : null;
        return new PyObject[] {a[0], cb};
    }

    /**
     * The referent's {@code __name__} as weakref_repr finds it (_PyObject_LookupSpecial): on its
     * type, bound to it, so an instance's {@code __getattr__} is never asked (gh-99184: a dict
     * subclass whose {@code __getattr__} indexes itself raised KeyError from repr); null when the
     * type has none.
     */
    private static PyObject specialName(PyObject o) {
        PyObject d = o.type().lookup("__name__");
        if (d == null) {
            return null;
        }
        org.taipan.runtime.Slots.DescrGet get = d.type().tp_descr_get;
        return get == null ? d : get.call(d, o, o.type());
    }

    static {
        TYPE.tp_new = (t, a, k) -> {
            PyObject[] b = newArgs("__new__", a, k);
            Weakrefable.check(b[0]);
            WeakRegistry reg = WeakRegistry.current();
            if (t == TYPE && b[1] == null) {
                WeakBase basic = reg.findBasic(b[0], false);
                if (basic != null) {
                    return basic;
                }
            }
            return new PyWeakref(t, b[0], b[1], reg);
        };
        TYPE.tp_init = (self, a, k) -> {
            // weakref___init__ refuses keywords (tp_new, as CPython's, ignores them)
            Args.noKeywords("ref", k);
            newArgs("__init__", a, k);
        };
        TYPE.tp_call = (self, a, k) -> {
            Args.noKeywords("weakref", k);
            Args.check("weakref", a, null, 0, 0);
            PyObject o = ((PyWeakref) self).get();
            return o == null ? PyNone.NONE : o;
        };
        TYPE.tp_hash = self -> {
            PyWeakref w = (PyWeakref) self;
            if (!w.hashed) {
                PyObject o = w.get();
                if (o == null) {
                    throw Errors.typeError("weak object has gone away");
                }
                w.hash = Abstract.hash(o);
                w.hashed = true;
            }
            return w.hash;
        };
        TYPE.tp_richcompare = (a, b, op) -> {
            if ((op != CompareOp.EQ && op != CompareOp.NE) || !(a instanceof WeakBase wa)
                    || !(b instanceof WeakBase wb)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyObject oa = wa.get(), ob = wb.get();
            if (oa == null || ob == null) {
                boolean same = a == b;
                return PyBool.of(op == CompareOp.EQ ? same : !same);
            }
            return Abstract.richCompare(oa, ob, op);
        };
        TYPE.tp_repr = self -> {
            PyWeakref w = (PyWeakref) self;
            PyObject o = w.get();
            if (o == null) {
                return PyStr.of("<weakref at " + ObjectSlots.address(w) + "; dead>");
            }
            PyObject name = specialName(o);
            String s = "<weakref at " + ObjectSlots.address(w) + "; to '" + o.type().name() + "' at "
                    + ObjectSlots.address(o);
            return PyStr.of(name instanceof PyStr n ? s + " (" + n + ")>" : s + ">");
        };
        TYPE.addAttr("__callback__", new PyGetSetDescr(TYPE, "__callback__", o -> {
            PyObject cb = ((PyWeakref) o).callback;
            return cb == null ? PyNone.NONE : cb;
        }, null));
        TypedObject.refuseNewAttributes(TYPE);
        PyGenericAlias.install(TYPE);
        TYPE.ready();
    }
}
