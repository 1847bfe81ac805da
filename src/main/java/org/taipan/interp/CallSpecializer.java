package org.taipan.interp;

import org.taipan.code.CodeObject;
import org.taipan.code.Opcode;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyMethod;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * Chooses the specialized form of a {@code CALL} from the callable it sees now (CPython 3.11's
 * {@code _Py_Specialize_Call}), or backs off. Called before the generic call executes; it never
 * changes what that call does.
 */
final class CallSpecializer {
    private CallSpecializer() {}

    /** Flags under which a call cannot copy its arguments straight into the parameters. */
    private static final int NOT_SIMPLE = CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS;

    /**
     * @param stack the caller's value stack: callable-or-NULL, self-or-callable, then {@code argc} arguments
     * @param sp the stack depth (index just past the last argument)
     */
    static void call(PyCode q, int i, PyObject[] stack, int sp, int argc, String[] kwnames) {
        if (kwnames == null) {
            int base = sp - argc - 2;
            PyObject a = stack[base];
            PyObject b = stack[base + 1];
            PyFunction fn = null;
            int nargs = argc;
            if (a == null) {
                if (b instanceof PyFunction g) {
                    fn = g;
                } else if (b instanceof PyMethod m && m.function instanceof PyFunction g) {
                    fn = g;
                    nargs = argc + 1;
                }
            } else if (a instanceof PyFunction g) {
                fn = g;
                nargs = argc + 1;
            }
            if (a == null && initOf(b, argc) != null) {
                Quickening.specialize(q, i, Opcode.CALL_PY_CLASS);
                return;
            }
            if (fn != null && binds(fn, nargs)) {
                // No cache: the specialized form re-checks the callee's parameter shape on every call.
                Quickening.specialize(q, i, Opcode.CALL_PY_EXACT_ARGS);
                return;
            }
        }
        Quickening.fail(q, i);
    }

    /**
     * The {@code __init__} to run for {@code callee(argc positional arguments)} when that call is
     * exactly "allocate a plain instance with object.__new__, then run a simple Python
     * {@code __init__}": a class whose metaclass is {@code type}, without {@code __new__} or
     * {@code __del__}; null otherwise.
     */
    static PyFunction initOf(PyObject callee, int argc) {
        if (callee instanceof PyType t && t.type() == PyType.TYPE && t.isHeapType() && ObjectSlots.usesObjectNew(t)
                && t.tp_finalize == null && t.lookup(INIT) instanceof PyFunction init && binds(init, argc + 1)) {
            return init;
        }
        return null;
    }

    private static final PyStr INIT = PyStr.of("__init__");

    /**
     * True when {@code nargs} positional arguments, completed by {@code fn}'s positional
     * defaults, fill exactly its parameters (CPython 3.11's {@code CALL_PY_WITH_DEFAULTS} shape).
     */
    static boolean binds(PyFunction fn, int nargs) {
        CodeObject co = fn.code.code;
        int argcount = co.argcount;
        if (nargs > argcount || co.kwonlyargcount != 0 || (co.flags & NOT_SIMPLE) != 0) {
            return false;
        }
        return nargs == argcount || fn.defaults != null && nargs >= argcount - fn.defaults.size();
    }

    /**
     * A new frame for {@code fn} with its missing trailing positional parameters (from
     * {@code nargs} on) set from its defaults; the caller stores the {@code nargs} arguments.
     * Only when {@link #binds} holds.
     */
    static Frame frameFor(PyFunction fn, int nargs) {
        Frame f = new Frame(fn.code, fn, fn.globals, fn.builtins, null);
        int argcount = fn.code.code.argcount;
        if (nargs < argcount) {
            PyTuple d = fn.defaults;
            int m = argcount - d.size();
            for (int k = nargs; k < argcount; k++) {
                f.fast[k] = d.get(k - m);
            }
        }
        return f;
    }
}
