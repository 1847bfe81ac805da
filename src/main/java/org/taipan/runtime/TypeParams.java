package org.taipan.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Type parameters of generic aliases and unions: which type variables {@code dict[T, list[S]]}
 * leaves open ({@code __parameters__}) and what {@code alias[int, str]} substitutes for them
 * (CPython 3.11's {@code _Py_make_parameters} and {@code _Py_subs_parameters} in
 * Objects/genericaliasobject.c, shared with {@code types.UnionType}). A type variable is any object
 * with {@code __typing_subst__} (typing.TypeVar, ParamSpec, TypeVarTuple); a TypeVarTuple (whose type
 * is iterable) takes a tuple of the items its neighbours leave.
 */
final class TypeParams {
    private TypeParams() {}

    private static final PyStr TYPING_SUBST = PyStr.of("__typing_subst__");
    private static final PyStr PREPARE_SUBST = PyStr.of("__typing_prepare_subst__");
    private static final PyStr PARAMETERS = PyStr.of("__parameters__");
    private static final PyStr IS_UNPACKED_TYPEVARTUPLE = PyStr.of("__typing_is_unpacked_typevartuple__");
    private static final PyStr UNPACKED_TUPLE_ARGS = PyStr.of("__typing_unpacked_tuple_args__");

    /**
     * The type variables of {@code args} in order of first appearance, each once: an argument with
     * {@code __typing_subst__} itself, otherwise the items of its own {@code __parameters__} tuple.
     */
    static PyTuple make(PyTuple args) {
        List<PyObject> params = new ArrayList<>();
        for (PyObject t : args.array()) {
            if (t instanceof PyType) {
                continue;
            }
            if (Abstract.lookupAttr(t, TYPING_SUBST) != null) {
                addOnce(params, t);
            } else if (Abstract.lookupAttr(t, PARAMETERS) instanceof PyTuple sub) {
                for (PyObject p : sub.array()) {
                    addOnce(params, p);
                }
            }
        }
        return PyTuple.of(params.toArray(new PyObject[0]));
    }

    private static void addOnce(List<PyObject> params, PyObject p) {
        for (PyObject q : params) {
            if (q == p) {
                return;
            }
        }
        params.add(p);
    }

    /**
     * The arguments of {@code self[item]}: {@code args} with each of {@code params} replaced by its
     * item and nested aliases subscripted with theirs. A parameter with
     * {@code __typing_prepare_subst__} (a TypeVarTuple) first regroups the items, so that its own
     * item is a tuple of those it takes.
     *
     * @throws PyException TypeError when {@code self} has no parameters ("... is not a generic
     *     class") or the counts differ; whatever the typing module's hooks raise
     */
    static PyTuple substitute(PyObject self, PyTuple args, PyTuple params, PyObject item) {
        int nparams = params.size();
        if (nparams == 0) {
            throw Errors.typeError("%s is not a generic class", Abstract.repr(self));
        }
        PyObject[] items = unpackArgs(item);
        for (PyObject param : params.array()) {
            PyObject prepare = Abstract.lookupAttr(param, PREPARE_SUBST);
            if (prepare != null && prepare != PyNone.NONE) {
                PyObject prepared = Callables.call(prepare, self, PyTuple.of(items));
                items = prepared instanceof PyTuple t ? t.array() : new PyObject[] {prepared};
            }
        }
        int nitems = items.length;
        if (nitems != nparams) {
            throw Errors.typeError("Too %s arguments for %s; actual %d, expected %d", nitems > nparams ? "many" : "few",
                    Abstract.repr(self), nitems, nparams);
        }
        List<PyObject> out = new ArrayList<>();
        for (PyObject arg : args.array()) {
            if (arg instanceof PyType) {
                out.add(arg);
                continue;
            }
            boolean unpack = isUnpackedTypeVarTuple(arg);
            PyObject subst = Abstract.lookupAttr(arg, TYPING_SUBST);
            PyObject value = subst != null ? Callables.call(subst, items[indexOf(params, arg)])
                    : substituteIn(arg, params, items);
            if (unpack && value instanceof PyTuple t) {
                out.addAll(List.of(t.array()));
            } else {
                out.add(value);
            }
        }
        return PyTuple.of(out.toArray(new PyObject[0]));
    }

    /**
     * {@code obj} subscripted with the items of its own parameters, a TypeVarTuple's tuple spread
     * out ({@code subs_tvars}); {@code obj} itself when it has none.
     */
    private static PyObject substituteIn(PyObject obj, PyTuple params, PyObject[] items) {
        if (!(Abstract.lookupAttr(obj, PARAMETERS) instanceof PyTuple sub) || sub.size() == 0) {
            return obj;
        }
        List<PyObject> subargs = new ArrayList<>();
        for (PyObject p : sub.array()) {
            int iparam = indexOf(params, p);
            if (iparam >= 0) {
                PyObject param = params.get(iparam);
                p = items[iparam];
                if (param.type().tp_iter != null && p instanceof PyTuple t) {
                    subargs.addAll(List.of(t.array()));
                    continue;
                }
            }
            subargs.add(p);
        }
        return Abstract.getItem(obj, PyTuple.of(subargs.toArray(new PyObject[0])));
    }

    private static int indexOf(PyTuple params, PyObject p) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i) == p) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isUnpackedTypeVarTuple(PyObject arg) {
        PyObject v = Abstract.lookupAttr(arg, IS_UNPACKED_TYPEVARTUPLE);
        return v != null && Abstract.isTrue(v);
    }

    /** The subscript's items with each unpacked fixed-length tuple ({@code *tuple[int, str]}) spread out ({@code _unpack_args}). */
    private static PyObject[] unpackArgs(PyObject item) {
        PyObject[] given = item instanceof PyTuple t ? t.array() : new PyObject[] {item};
        List<PyObject> out = new ArrayList<>();
        for (PyObject x : given) {
            if (!(x instanceof PyType)) {
                PyObject sub = unpackedTupleArgs(x);
                if (sub instanceof PyTuple st && !(st.size() > 0 && st.get(st.size() - 1) == PyEllipsis.ELLIPSIS)) {
                    out.addAll(List.of(st.array()));
                    continue;
                }
            }
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }

    private static PyObject unpackedTupleArgs(PyObject x) {
        if (x instanceof PyGenericAlias g && g.starred && g.origin == PyTuple.TYPE) {
            return g.args;
        }
        PyObject v = Abstract.lookupAttr(x, UNPACKED_TUPLE_ARGS);
        return v == PyNone.NONE ? null : v;
    }
}
