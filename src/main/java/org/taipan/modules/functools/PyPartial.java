package org.taipan.modules.functools;

import org.taipan.modules.TypedObject;
import org.taipan.modules.weakref.Weakrefable;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyGenericAlias;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ReprGuard;

/**
 * {@code functools.partial} (CPython's {@code partialobject} in {@code Modules/_functoolsmodule.c}):
 * a callable with some positional and keyword arguments already given. A partial of an
 * (attribute-free) partial is flattened into one. Calls with no stored keywords go straight
 * through with one array copy, as CPython's vectorcall path does.
 */
public final class PyPartial extends TypedObject {
    public static final PyType TYPE = PyType.builtin("functools.partial", PyType.OBJECT).markFromSpec().markOwnLayout();

    // Not final: __setstate__ (unpickling) replaces them.
    PyObject func;
    PyObject[] args;
    /** The stored keywords (a fresh dict per partial, as {@code keywords} exposes it). */
    PyDict keywords;
    private boolean hasDict;
    /** {@code args} as the tuple the attribute, {@code __reduce__} and {@code __setstate__} share; made on first use. */
    private PyTuple argsTuple;

    private PyTuple argsTuple() {
        PyTuple t = argsTuple;
        if (t == null) {
            argsTuple = t = new PyTuple(args.clone());
        }
        return t;
    }

    private PyPartial(PyType type, PyObject func, PyObject[] args, PyDict keywords) {
        super(type);
        this.func = func;
        this.args = args;
        this.keywords = keywords;
    }

    @Override
    public PyDict dict() {
        hasDict = true;
        return super.dict();
    }

    /** Whether a {@code __dict__} exists and is not empty (what flattening and reduce look at). */
    private boolean dictInUse() {
        return hasDict && super.dict().size() > 0;
    }

    /** {@code partial(func, /, *args, **keywords)}. */
    static PyObject construct(PyType t, PyObject[] a, String[] k) {
        int npos = Args.positional(a, k);
        if (npos < 1) {
            throw Errors.typeError("type 'partial' takes at least one argument");
        }
        PyObject func = a[0];
        PyObject[] pre = new PyObject[0];
        PyDict kw = new PyDict();
        if (func.type().tp_call == TYPE.tp_call && func instanceof PyPartial p && !p.hasDict) {
            pre = p.args;
            func = p.func;
            for (int i = 0; i < p.keywords.size(); i++) {
                kw.setItem(p.keywords.keyAt(i), p.keywords.valueAt(i));
            }
        }
        if (func.type().tp_call == null) {
            throw Errors.typeError("the first argument must be callable");
        }
        PyObject[] all = new PyObject[pre.length + npos - 1];
        System.arraycopy(pre, 0, all, 0, pre.length);
        System.arraycopy(a, 1, all, pre.length, npos - 1);
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                kw.setItem(PyStr.of(k[i]), a[npos + i]);
            }
        }
        return new PyPartial(t, func, all, kw);
    }

    /** {@code partial(*more, **kw)}: the stored arguments first, call keywords overriding stored ones. */
    PyObject call(PyObject[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        int npos = a.length - nk;
        if (keywords.size() == 0) {
            if (args.length == 0) {
                return Callables.call(func, a, k);
            }
            PyObject[] all = new PyObject[args.length + a.length];
            System.arraycopy(args, 0, all, 0, args.length);
            System.arraycopy(a, 0, all, args.length, a.length);
            return Callables.call(func, all, k);
        }
        PyDict merged = keywords.copy();
        for (int i = 0; i < nk; i++) {
            merged.setItem(PyStr.of(k[i]), a[npos + i]);
        }
        int n = merged.size();
        PyObject[] all = new PyObject[args.length + npos + n];
        String[] names = new String[n];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(a, 0, all, args.length, npos);
        for (int i = 0; i < n; i++) {
            PyObject key = merged.keyAt(i);
            if (!(key instanceof PyStr)) {
                throw Errors.typeError("keywords must be strings");
            }
            names[i] = key.toString();
            all[args.length + npos + i] = merged.valueAt(i);
        }
        return Callables.call(func, all, names);
    }

    private static PyObject repr(PyObject self) {
        PyPartial p = (PyPartial) self;
        if (!ReprGuard.enter(p)) {
            return PyStr.of("...");
        }
        try {
            StringBuilder sb = new StringBuilder(Abstract.repr(p.func));
            for (PyObject x : p.args) {
                sb.append(", ").append(Abstract.repr(x));
            }
            for (int i = 0; i < p.keywords.size(); i++) {
                // the value is taken before the key's __str__ runs, which may replace it (partial_repr)
                PyObject key = p.keywords.keyAt(i), value = p.keywords.valueAt(i);
                sb.append(", ").append(Abstract.str(key)).append('=').append(Abstract.repr(value));
            }
            return PyStr.of(p.type().name() + "(" + sb + ")");
        } finally {
            ReprGuard.exit(p);
        }
    }

    static {
        TYPE.tp_new = PyPartial::construct;
        TYPE.tp_call = (self, a, k) -> ((PyPartial) self).call(a, k);
        TYPE.tp_repr = PyPartial::repr;
        TYPE.addAttr("func", new PyGetSetDescr(TYPE, "func", o -> ((PyPartial) o).func, PyPartial::readonly));
        TYPE.addAttr("args", new PyGetSetDescr(TYPE, "args", o -> ((PyPartial) o).argsTuple(),
                PyPartial::readonly));
        TYPE.addAttr("keywords", new PyGetSetDescr(TYPE, "keywords", o -> ((PyPartial) o).keywords,
                PyPartial::readonly));
        TYPE.addAttr("__dict__", new PyGetSetDescr(TYPE, "__dict__", o -> ((PyPartial) o).dict(), (o, v) -> {
            if (!(v instanceof PyDict d)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'",
                        v == null ? "NoneType" : v.type().name());
            }
            PyDict mine = ((PyPartial) o).dict();
            mine.clear();
            for (int i = 0; i < d.size(); i++) {
                mine.setItem(d.keyAt(i), d.valueAt(i));
            }
        }));
        TYPE.addMethodNoArgs("__reduce__", self -> {
            PyPartial p = (PyPartial) self;
            // CPython's partial_reduce: the keywords dict as it is, even empty
            PyObject kw = p.keywords;
            PyObject d = p.dictInUse() ? p.dict() : PyNone.NONE;
            return PyTuple.of(p.type(), PyTuple.of(p.func),
                    PyTuple.of(p.func, p.argsTuple(), kw, d));
        });
        TYPE.addMethodOneArg("__setstate__", (self, arg) -> {
            PyObject st = arg;
            if (!(st instanceof PyTuple t) || t.size() != 4 || t.get(0).type().tp_call == null
                    || !(t.get(1) instanceof PyTuple) || !(t.get(2) == PyNone.NONE || t.get(2) instanceof PyDict)) {
                throw Errors.typeError("invalid partial state");
            }
            PyPartial p = (PyPartial) self;
            // CPython's partial_setstate keeps an exact tuple and an exact dict as they are (a copy
            // shares them with the original) and replaces the instance dict, None emptying it
            PyTuple argsGiven = (PyTuple) t.get(1);
            p.func = t.get(0);
            p.args = argsGiven.array().clone();
            p.argsTuple = argsGiven.getClass() == PyTuple.class ? argsGiven : null;
            p.keywords = t.get(2) == PyNone.NONE ? new PyDict()
                    : t.get(2).getClass() == PyDict.class ? (PyDict) t.get(2) : ((PyDict) t.get(2)).copy();
            if (t.get(3) instanceof PyDict || p.hasDict) {
                PyDict mine = p.dict();
                mine.clear();
                if (t.get(3) instanceof PyDict d) {
                    for (int i = 0; i < d.size(); i++) {
                        mine.setItem(d.keyAt(i), d.valueAt(i));
                    }
                }
            }
            return PyNone.NONE;
        });
        PyGenericAlias.install(TYPE);
        TYPE.ready();
        Weakrefable.allow(TYPE);
    }

    private static void readonly(PyObject o, PyObject v) {
        throw Errors.attributeError("readonly attribute");
    }
}
