package org.taipan.modules.weakref;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code weakref.proxy} objects ({@code weakref.ProxyType} and, for callable referents,
 * {@code weakref.CallableProxyType}; CPython's {@code Objects/weakrefobject.c}): every
 * operation is forwarded to the referent, with proxy operands unwrapped, and raises
 * ReferenceError "weakly-referenced object no longer exists" once it died. Proxies are
 * unhashable and cannot be subclassed.
 */
final class PyWeakProxy extends WeakBase {
    static final PyType PROXY = PyType.builtinFinal("weakref.ProxyType", PyType.OBJECT);
    static final PyType CALLABLE = PyType.builtinFinal("weakref.CallableProxyType", PyType.OBJECT);

    PyWeakProxy(PyType type, PyObject referent, PyObject callback, WeakRegistry registry) {
        super(type, referent, callback, registry);
    }

    /** An operand with a proxy replaced by its (live) referent. */
    private static PyObject u(PyObject o) {
        return o instanceof PyWeakProxy p ? p.live() : o;
    }

    private static PyObject bin(int nb, PyObject a, PyObject b) {
        return Abstract.binaryOp(nb, u(a), u(b));
    }

    private static PyObject inplace(int nb, PyObject a, PyObject b) {
        return Abstract.inplaceOp(nb, u(a), u(b));
    }

    static {
        for (PyType t : new PyType[] {PROXY, CALLABLE}) {
            install(t);
        }
        CALLABLE.tp_call = (self, a, k) -> Callables.call(u(self), a, k);
        PROXY.ready();
        CALLABLE.ready();
    }

    private static void install(PyType t) {
        t.tp_repr = self -> {
            PyWeakProxy p = (PyWeakProxy) self;
            PyObject o = p.get();
            if (o == null) {
                return PyStr.of("<weakproxy at " + ObjectSlots.address(p) + "; dead>");
            }
            return PyStr.of("<weakproxy at " + ObjectSlots.address(p) + " to " + o.type().name() + " at "
                    + ObjectSlots.address(o) + ">");
        };
        t.tp_str = self -> Abstract.str(u(self));
        t.tp_hash = self -> {
            throw Errors.typeError("unhashable type: '%s'", self.type().name());
        };
        t.tp_richcompare = (a, b, op) -> Abstract.richCompare(u(a), u(b), op);
        t.tp_getattro = (self, name) -> Abstract.getAttr(u(self), name);
        t.tp_setattro = (self, name, v) -> {
            if (v == null) {
                Abstract.delAttr(u(self), name);
            } else {
                Abstract.setAttr(u(self), name, v);
            }
        };
        t.nb_bool = self -> Abstract.isTrue(u(self));
        t.mp_length = self -> Abstract.length(u(self));
        t.mp_subscript = (self, key) -> Abstract.getItem(u(self), key);
        t.mp_ass_subscript = (self, key, v) -> {
            if (v == null) {
                Abstract.delItem(u(self), key);
            } else {
                Abstract.setItem(u(self), key, v);
            }
        };
        t.sq_contains = (self, item) -> Abstract.contains(u(self), item);
        t.tp_iter = self -> Abstract.iter(u(self));
        t.tp_iternext = self -> {
            PyObject o = u(self);
            if (o.type().tp_iternext == null) {
                throw Errors.typeError("Weakref proxy referenced a non-iterator '%s' object", o.type().name());
            }
            return Abstract.next(o);
        };
        t.nb_add = (a, b) -> bin(Abstract.NB_ADD, a, b);
        t.nb_subtract = (a, b) -> bin(Abstract.NB_SUBTRACT, a, b);
        t.nb_multiply = (a, b) -> bin(Abstract.NB_MULTIPLY, a, b);
        t.nb_remainder = (a, b) -> bin(Abstract.NB_REMAINDER, a, b);
        t.nb_power = (a, b) -> bin(Abstract.NB_POWER, a, b);
        t.nb_lshift = (a, b) -> bin(Abstract.NB_LSHIFT, a, b);
        t.nb_rshift = (a, b) -> bin(Abstract.NB_RSHIFT, a, b);
        t.nb_and = (a, b) -> bin(Abstract.NB_AND, a, b);
        t.nb_xor = (a, b) -> bin(Abstract.NB_XOR, a, b);
        t.nb_or = (a, b) -> bin(Abstract.NB_OR, a, b);
        t.nb_floor_divide = (a, b) -> bin(Abstract.NB_FLOOR_DIVIDE, a, b);
        t.nb_true_divide = (a, b) -> bin(Abstract.NB_TRUE_DIVIDE, a, b);
        t.nb_matrix_multiply = (a, b) -> bin(Abstract.NB_MATRIX_MULTIPLY, a, b);
        t.nb_divmod = (a, b) -> Callables.call(org.taipan.runtime.Abstract.getAttr(
                org.taipan.runtime.ThreadState.current().interpreter.builtinsModule(), "divmod"), u(a), u(b));
        t.nb_inplace_add = (a, b) -> inplace(Abstract.NB_ADD, a, b);
        t.nb_inplace_subtract = (a, b) -> inplace(Abstract.NB_SUBTRACT, a, b);
        t.nb_inplace_multiply = (a, b) -> inplace(Abstract.NB_MULTIPLY, a, b);
        t.nb_inplace_remainder = (a, b) -> inplace(Abstract.NB_REMAINDER, a, b);
        t.nb_inplace_power = (a, b) -> inplace(Abstract.NB_POWER, a, b);
        t.nb_inplace_lshift = (a, b) -> inplace(Abstract.NB_LSHIFT, a, b);
        t.nb_inplace_rshift = (a, b) -> inplace(Abstract.NB_RSHIFT, a, b);
        t.nb_inplace_and = (a, b) -> inplace(Abstract.NB_AND, a, b);
        t.nb_inplace_xor = (a, b) -> inplace(Abstract.NB_XOR, a, b);
        t.nb_inplace_or = (a, b) -> inplace(Abstract.NB_OR, a, b);
        t.nb_inplace_floor_divide = (a, b) -> inplace(Abstract.NB_FLOOR_DIVIDE, a, b);
        t.nb_inplace_true_divide = (a, b) -> inplace(Abstract.NB_TRUE_DIVIDE, a, b);
        t.nb_inplace_matrix_multiply = (a, b) -> inplace(Abstract.NB_MATRIX_MULTIPLY, a, b);
        t.nb_negative = self -> Abstract.negative(u(self));
        t.nb_positive = self -> Abstract.positive(u(self));
        t.nb_absolute = self -> Abstract.absolute(u(self));
        t.nb_invert = self -> Abstract.invert(u(self));
        t.nb_int = self -> Abstract.toInt(u(self));
        t.nb_float = self -> Abstract.toFloat(u(self));
        t.nb_index = self -> Abstract.index(u(self), null);
        t.addMethod("__bytes__", (self, a, k) -> Callables.callAttr(u(self), "__bytes__"));
        t.addMethod("__reversed__", (self, a, k) -> Callables.callAttr(u(self), "__reversed__"));
    }
}
