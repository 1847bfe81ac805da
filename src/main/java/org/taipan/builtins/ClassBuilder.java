package org.taipan.builtins;

import org.taipan.interp.Eval;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyCell;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/** {@code __build_class__}: runs a class body and calls the metaclass (CPython's {@code builtin___build_class__}). */
final class ClassBuilder {
    private ClassBuilder() {}

    static PyObject buildClass(PyObject[] a, String[] k) {
        int npos = Args.positional(a, k);
        if (npos < 2) {
            throw Errors.typeError("__build_class__: not enough arguments");
        }
        if (!(a[0] instanceof PyFunction func)) {
            throw Errors.typeError("__build_class__: func must be a function");
        }
        if (!(a[1] instanceof PyStr name)) {
            throw Errors.typeError("__build_class__: name is not a string");
        }
        PyObject[] origBases = new PyObject[npos - 2];
        System.arraycopy(a, 2, origBases, 0, origBases.length);
        PyObject[] bases = updateBases(origBases);
        PyObject meta = null;
        java.util.List<String> kwNames = new java.util.ArrayList<>();
        java.util.List<PyObject> kwValues = new java.util.ArrayList<>();
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                if (k[i].equals("metaclass")) {
                    meta = a[npos + i];
                } else {
                    kwNames.add(k[i]);
                    kwValues.add(a[npos + i]);
                }
            }
        }
        boolean isClass = meta == null || meta instanceof PyType;
        if (meta == null) {
            meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
        }
        if (isClass) {
            meta = mostDerivedMetaclass((PyType) meta, bases);
        }
        String[] kwn = kwNames.isEmpty() ? null : kwNames.toArray(new String[0]);
        PyObject ns;
        PyObject prepare = meta instanceof PyType mt && mt.hasDefaultPrepare()
                ? null // type.__prepare__ makes an empty dict: no call needed
                : Abstract.lookupAttr(meta, PyStr.of("__prepare__"));
        if (prepare != null) {
            PyObject[] pargs = new PyObject[2 + kwValues.size()];
            pargs[0] = name;
            pargs[1] = PyTuple.of(bases);
            for (int i = 0; i < kwValues.size(); i++) {
                pargs[2 + i] = kwValues.get(i);
            }
            ns = Callables.call(prepare, pargs, kwn);
            if (ns.type().mp_subscript == null) {
                throw Errors.typeError("%s.__prepare__() must return a mapping, not %s",
                        meta instanceof PyType mt ? mt.name() : "<metaclass>", ns.type().name());
            }
        } else {
            ns = new PyDict();
        }
        PyObject cell = Eval.runClassBody(func, ns);
        if (bases != origBases) {
            Abstract.setItem(ns, PyStr.of("__orig_bases__"), PyTuple.of(origBases));
        }
        PyObject[] margs = new PyObject[3 + kwValues.size()];
        margs[0] = name;
        margs[1] = PyTuple.of(bases);
        margs[2] = ns;
        for (int i = 0; i < kwValues.size(); i++) {
            margs[3 + i] = kwValues.get(i);
        }
        PyObject cls = Callables.call(meta, margs, kwn);
        // type.__new__ filled the cell (type_new_set_classcell); a metaclass that dropped
        // __classcell__ or returned another class leaves it wrong, as CPython reports
        if (cls instanceof PyType && cell instanceof PyCell c && c.value != cls) {
            if (c.value == null) {
                throw Errors.runtimeError("__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?",
                        Abstract.repr(name), Abstract.repr(cls));
            }
            throw Errors.typeError("__class__ set to %s defining %s as %s", Abstract.repr(c.value), Abstract.repr(name),
                    Abstract.repr(cls));
        }
        return cls;
    }

    /**
     * PEP 560 (CPython's {@code update_bases}): a base that is not a class but has
     * {@code __mro_entries__} is replaced by the tuple that method returns ({@code typing}'s
     * generic aliases). Returns {@code bases} itself when nothing changed.
     */
    private static PyObject[] updateBases(PyObject[] bases) {
        java.util.List<PyObject> out = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            PyObject meth = b instanceof PyType ? null : Abstract.lookupAttr(b, PyStr.of("__mro_entries__"));
            if (meth == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject entries = Callables.call(meth, PyTuple.of(bases));
            if (!(entries instanceof PyTuple t)) {
                throw Errors.typeError("__mro_entries__ must return a tuple");
            }
            if (out == null) {
                out = new java.util.ArrayList<>(java.util.Arrays.asList(bases).subList(0, i));
            }
            out.addAll(java.util.Arrays.asList(t.array()));
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }

    private static PyType mostDerivedMetaclass(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType bt = b.type();
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }
}
