package org.taipan.modules.contextvars;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code contextvars.ContextVar} (CPython's Python/context.c): a key into the current
 * {@link PyContext}, with an optional default. Hashed by identity, not subclassable.
 */
public final class PyContextVar extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("_contextvars.ContextVar", PyType.OBJECT);

    final PyStr name;
    /** The default given to the constructor, or null. */
    final PyObject defaultValue;

    private PyContextVar(PyStr name, PyObject defaultValue) {
        this.name = name;
        this.defaultValue = defaultValue;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * {@code var.get([default])}: the value in the current context, else the argument, else the
     * variable's default.
     *
     * @throws org.taipan.runtime.PyException LookupError(var) when there is none
     */
    PyObject get(PyObject fallback) {
        PyObject v = PyContext.current().vars.getItem(this);
        if (v != null) {
            return v;
        }
        if (fallback != null) {
            return fallback;
        }
        if (defaultValue != null) {
            return defaultValue;
        }
        throw Errors.of(ExceptionTypes.LookupError, this);
    }

    /** {@code var.set(value)}: a new mapping in the current context; the token can undo it. */
    PyObject set(PyObject value) {
        PyContext ctx = PyContext.current();
        PyObject old = ctx.vars.getItem(this);
        PyDict next = ctx.vars.copy();
        next.setItem(this, value);
        ctx.vars = next;
        return new PyContextToken(ctx, this, old);
    }

    /**
     * {@code var.reset(token)}: restores the value the variable had before {@code token}'s set.
     *
     * @throws org.taipan.runtime.PyException TypeError for a non-token, RuntimeError for a used token,
     *         ValueError for a token of another variable or context
     */
    void reset(PyObject tokenObj) {
        if (!(tokenObj instanceof PyContextToken tok)) {
            throw Errors.typeError("expected an instance of Token, got %s", Abstract.repr(tokenObj));
        }
        if (tok.used) {
            throw Errors.of(ExceptionTypes.RuntimeError, Abstract.repr(tok) + " has already been used once");
        }
        if (tok.var != this) {
            throw Errors.valueError("%s was created by a different ContextVar", Abstract.repr(tok));
        }
        PyContext ctx = PyContext.current();
        if (tok.context != ctx) {
            throw Errors.valueError("%s was created in a different Context", Abstract.repr(tok));
        }
        tok.used = true;
        PyDict next = ctx.vars.copy();
        if (tok.oldValue == null) {
            next.pop(this);
        } else {
            next.setItem(this, tok.oldValue);
        }
        ctx.vars = next;
    }

    static {
        TYPE.tp_new = (t, a, k) -> {
            // contextvar_tp_new parses "O|$O:ContextVar": the name is positional only, the default
            // keyword only
            int npos = a.length - (k == null ? 0 : k.length);
            if (npos != 1) {
                throw Errors.typeError("ContextVar() takes %s 1 positional argument (%d given)",
                        npos == 0 ? "exactly" : "at most", npos);
            }
            PyObject dflt = null;
            for (int i = 0; k != null && i < k.length; i++) {
                if (!k[i].equals("default")) {
                    throw Errors.typeError("'%s' is an invalid keyword argument for ContextVar()", k[i]);
                }
                dflt = a[npos + i];
            }
            PyObject name = a[0];
            if (!(name instanceof PyStr s)) {
                throw Errors.typeError("context variable name must be a str");
            }
            return new PyContextVar(s, dflt);
        };
        TYPE.tp_repr = o -> {
            PyContextVar v = (PyContextVar) o;
            String d = v.defaultValue == null ? "" : " default=" + Abstract.repr(v.defaultValue);
            return PyStr.of("<ContextVar name=" + Abstract.repr(v.name) + d + " at " + ObjectSlots.address(o) + ">");
        };
        TYPE.addAttr("name", new PyGetSetDescr(TYPE, "name", o -> ((PyContextVar) o).name, null));
        TYPE.addMethod("get", (self, a, k) -> {
            PyObject[] b = MethodArgs.bind("get", a, k, 1, "default");
            return ((PyContextVar) self).get(b[0]);
        });
        TYPE.addMethodOneArg("set", (self, arg) -> ((PyContextVar) self).set(arg));
        TYPE.addMethodOneArg("reset", (self, arg) -> {
            ((PyContextVar) self).reset(arg);
            return org.taipan.runtime.PyNone.NONE;
        });
        org.taipan.runtime.PyGenericAlias.install(TYPE);
        TYPE.ready();
    }
}
