package org.taipan.modules.contextvars;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code contextvars.Token} (CPython's Python/context.c): what {@code ContextVar.set} returns,
 * good for one {@code reset} in the context it was made in.
 */
public final class PyContextToken extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("_contextvars.Token", PyType.OBJECT);

    /** {@code Token.MISSING}: the old value of a variable that had none. */
    static final PyObject MISSING = new Missing();

    final PyContext context;
    final PyContextVar var;
    /** The value before the set, or null when the variable had none. */
    final PyObject oldValue;
    boolean used;

    PyContextToken(PyContext context, PyContextVar var, PyObject oldValue) {
        this.context = context;
        this.var = var;
        this.oldValue = oldValue;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        TYPE.tp_new = (t, a, k) -> {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.RuntimeError, "Tokens can only be created by ContextVars");
        };
        TYPE.tp_repr = o -> {
            PyContextToken tok = (PyContextToken) o;
            return PyStr.of("<Token" + (tok.used ? " used" : "") + " var=" + Abstract.repr(tok.var) + " at "
                    + ObjectSlots.address(o) + ">");
        };
        TYPE.addAttr("var", new PyGetSetDescr(TYPE, "var", o -> ((PyContextToken) o).var, null));
        TYPE.addAttr("old_value", new PyGetSetDescr(TYPE, "old_value", o -> {
            PyObject v = ((PyContextToken) o).oldValue;
            return v == null ? MISSING : v;
        }, null));
        TYPE.addAttr("MISSING", MISSING);
        org.taipan.runtime.PyGenericAlias.install(TYPE);
        TYPE.ready();
    }

    /** The {@code Token.MISSING} marker, whose repr is {@code <Token.MISSING>}. */
    private static final class Missing extends PyObject {
        static final PyType TYPE = PyType.builtinFinal("Token.MISSING", PyType.OBJECT);

        static {
            TYPE.tp_repr = o -> PyStr.of("<Token.MISSING>");
            TYPE.ready();
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
