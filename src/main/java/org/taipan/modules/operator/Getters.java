package org.taipan.modules.operator;

import java.util.Arrays;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * {@code operator.itemgetter}, {@code attrgetter} (dotted names) and {@code methodcaller}
 * (CPython's {@code Modules/_operator.c}): callables with their reprs and {@code __reduce__};
 * none of them can be subclassed.
 */
final class Getters extends PyObject {
    static final PyType ITEMGETTER = PyType.builtinFinal("operator.itemgetter", PyType.OBJECT).markFromSpec();
    static final PyType ATTRGETTER = PyType.builtinFinal("operator.attrgetter", PyType.OBJECT).markFromSpec();
    static final PyType METHODCALLER = PyType.builtinFinal("operator.methodcaller", PyType.OBJECT).markFromSpec();

    private final PyType type;
    /** itemgetter: the items; attrgetter: the names as given; methodcaller: the name then the positional arguments. */
    final PyObject[] items;
    /** attrgetter: each name split at its dots (interned for fast lookups). */
    final PyStr[][] paths;
    /** methodcaller: the keyword names and values. */
    final String[] kwnames;

    private Getters(PyType type, PyObject[] items, PyStr[][] paths, String[] kwnames) {
        this.type = type;
        this.items = items;
        this.paths = paths;
        this.kwnames = kwnames;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static PyObject attr(PyObject o, PyStr[] path) {
        for (PyStr p : path) {
            o = Abstract.getAttr(o, p);
        }
        return o;
    }

    private static String reprArgs(PyObject[] xs, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < xs.length; i++) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(Abstract.repr(xs[i]));
        }
        return sb.toString();
    }

    static {
        ITEMGETTER.tp_new = (t, a, k) -> {
            Args.noKeywords("itemgetter", k);
            if (a.length == 0) {
                throw Errors.typeError("itemgetter expected 1 argument, got 0");
            }
            return new Getters(t, a.clone(), null, null);
        };
        ITEMGETTER.tp_call = (self, a, k) -> {
            Getters g = (Getters) self;
            Args.noKeywords("itemgetter", k);
            Args.check("itemgetter", a, k, 1, 1);
            if (g.items.length == 1) {
                return Abstract.getItem(a[0], g.items[0]);
            }
            PyObject[] r = new PyObject[g.items.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = Abstract.getItem(a[0], g.items[i]);
            }
            return new PyTuple(r);
        };
        ITEMGETTER.tp_repr = self -> reprOf(self, "operator.itemgetter", () -> reprArgs(((Getters) self).items, 0));
        ITEMGETTER.addMethodNoArgs("__reduce__", self -> PyTuple.of(ITEMGETTER,
                new PyTuple(((Getters) self).items.clone())));
        ITEMGETTER.ready();

        ATTRGETTER.tp_new = (t, a, k) -> {
            Args.noKeywords("attrgetter", k);
            if (a.length == 0) {
                throw Errors.typeError("attrgetter expected 1 argument, got 0");
            }
            PyStr[][] paths = new PyStr[a.length][];
            for (int i = 0; i < a.length; i++) {
                if (!(a[i] instanceof PyStr s)) {
                    throw Errors.typeError("attribute name must be a string");
                }
                String[] parts = s.toString().split("\\.", -1);
                paths[i] = new PyStr[parts.length];
                for (int j = 0; j < parts.length; j++) {
                    paths[i][j] = PyStr.of(parts[j]);
                }
            }
            return new Getters(t, a.clone(), paths, null);
        };
        ATTRGETTER.tp_call = (self, a, k) -> {
            Getters g = (Getters) self;
            Args.noKeywords("attrgetter", k);
            Args.check("attrgetter", a, k, 1, 1);
            if (g.paths.length == 1) {
                return attr(a[0], g.paths[0]);
            }
            PyObject[] r = new PyObject[g.paths.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = attr(a[0], g.paths[i]);
            }
            return new PyTuple(r);
        };
        ATTRGETTER.tp_repr = self -> reprOf(self, "operator.attrgetter", () -> reprArgs(((Getters) self).items, 0));
        ATTRGETTER.addMethodNoArgs("__reduce__", self -> PyTuple.of(ATTRGETTER,
                new PyTuple(((Getters) self).items.clone())));
        ATTRGETTER.ready();

        METHODCALLER.tp_new = (t, a, k) -> {
            int npos = Args.positional(a, k);
            if (npos < 1) {
                throw Errors.typeError("methodcaller needs at least one argument, the method name");
            }
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError("method name must be a string");
            }
            return new Getters(t, a.clone(), null, k == null ? new String[0] : k.clone());
        };
        METHODCALLER.tp_call = (self, a, k) -> {
            Getters g = (Getters) self;
            Args.noKeywords("methodcaller", k);
            Args.check("methodcaller", a, k, 1, 1);
            PyObject method = Abstract.getAttr(a[0], (PyStr) g.items[0]);
            return Callables.call(method, Arrays.copyOfRange(g.items, 1, g.items.length), g.kwnames);
        };
        METHODCALLER.tp_repr = self -> reprOf(self, "operator.methodcaller", () -> {
            Getters g = (Getters) self;
            int npos = g.items.length - g.kwnames.length;
            StringBuilder sb = new StringBuilder(reprArgs(Arrays.copyOf(g.items, npos), 0));
            for (int i = 0; i < g.kwnames.length; i++) {
                sb.append(", ").append(g.kwnames[i]).append('=').append(Abstract.repr(g.items[npos + i]));
            }
            return sb.toString();
        });
        METHODCALLER.addMethodNoArgs("__reduce__", self -> {
            Getters g = (Getters) self;
            int npos = g.items.length - g.kwnames.length;
            if (g.kwnames.length == 0) {
                return PyTuple.of(METHODCALLER, new PyTuple(g.items.clone()));
            }
            PyObject partial = Abstract.getAttr(ThreadState.current().interpreter.importModule("functools", null, null, 0),
                    "partial");
            PyObject[] pargs = new PyObject[2 + g.kwnames.length];
            pargs[0] = METHODCALLER;
            pargs[1] = g.items[0];
            System.arraycopy(g.items, npos, pargs, 2, g.kwnames.length);
            PyObject bound = Callables.call(partial, pargs, g.kwnames);
            return PyTuple.of(bound, new PyTuple(Arrays.copyOfRange(g.items, 1, npos)));
        });
        METHODCALLER.ready();
    }

    private static PyObject reprOf(PyObject self, String name, java.util.function.Supplier<String> args) {
        if (!org.taipan.runtime.ReprGuard.enter(self)) {
            return PyStr.of(name + "(...)");
        }
        try {
            return PyStr.of(name + "(" + args.get() + ")");
        } finally {
            org.taipan.runtime.ReprGuard.exit(self);
        }
    }

}
