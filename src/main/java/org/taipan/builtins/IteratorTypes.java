package org.taipan.builtins;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.HasSlotValues;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/** The builtin iterator classes {@code enumerate}, {@code zip}, {@code map} and {@code filter}. */
public final class IteratorTypes {
    private IteratorTypes() {}

    public static final PyType ENUMERATE = type("enumerate");
    public static final PyType ZIP = type("zip");
    public static final PyType MAP = type("map");
    public static final PyType FILTER = type("filter");

    private static PyType type(String name) {
        PyType t = PyType.builtin(name, PyType.OBJECT);
        t.tp_iter = o -> o;
        t.tp_iternext = o -> ((Iter) o).next();
        return t;
    }

    static {
        ENUMERATE.tp_new = (t, a, k) -> {
            PyObject[] bound = t == ENUMERATE ? enumerateArgs(a, k) : enumerateSubclassArgs(a, k);
            PyObject it = bound[0];
            PyObject start = bound[1];
            PyObject src = Abstract.iter(it);
            PyInt[] n = {start == null ? PyInt.ZERO : Abstract.index(start, null)};
            return Iter.of(t, type -> PyTuple.of(type, PyTuple.of(src, n[0])), () -> {
                PyObject v = Abstract.next(src);
                if (v == null) {
                    return null;
                }
                PyObject r = PyTuple.of(n[0], v);
                n[0] = PyInt.add(n[0], PyInt.ONE);
                return r;
            });
        };
        ZIP.tp_new = (t, a, k) -> {
            Args.onlyKeywords("zip", k, "strict");
            int npos = Args.positional(a, k);
            PyObject strictO = Args.keyword(a, k, "strict");
            boolean[] strict = {strictO != null && Abstract.isTrue(strictO)};
            PyObject[] its = new PyObject[npos];
            for (int i = 0; i < npos; i++) {
                its[i] = Abstract.iter(a[i]);
            }
            boolean[] done = {npos == 0};
            Pickling pickling = new Pickling() {
                @Override
                public PyObject reduce(PyType type) {
                    PyTuple iterators = PyTuple.of(its.clone());
                    return strict[0] ? PyTuple.of(type, iterators, PyBool.TRUE) : PyTuple.of(type, iterators);
                }

                @Override
                public void setState(PyObject state) {
                    strict[0] = Abstract.isTrue(state);
                }
            };
            return Iter.of(t, pickling, () -> {
                if (done[0]) {
                    return null;
                }
                PyObject[] items = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) {
                    items[i] = Abstract.next(its[i]);
                    if (items[i] == null) {
                        done[0] = true;
                        if (strict[0]) {
                            if (i > 0) {
                                throw Errors.valueError("zip() argument %d is shorter than argument%s%d", i + 1,
                                        i == 1 ? " " : "s 1-", i);
                            }
                            for (int j = 1; j < its.length; j++) {
                                if (Abstract.next(its[j]) != null) {
                                    throw Errors.valueError("zip() argument %d is longer than argument%s%d", j + 1,
                                            j == 1 ? " " : "s 1-", j);
                                }
                            }
                        }
                        return null;
                    }
                }
                return PyTuple.of(items);
            });
        };
        MAP.tp_new = (t, a, k) -> {
            Args.noKeywordsForNew("map", t, MAP, k);
            a = Args.positionalPart(a, k);
            if (a.length < 2) {
                throw Errors.typeError("map() must have at least two arguments.");
            }
            PyObject f = a[0];
            PyObject[] its = new PyObject[a.length - 1];
            for (int i = 0; i < its.length; i++) {
                its[i] = Abstract.iter(a[i + 1]);
            }
            return Iter.of(t, type -> {
                PyObject[] args = new PyObject[its.length + 1];
                args[0] = f;
                System.arraycopy(its, 0, args, 1, its.length);
                return PyTuple.of(type, PyTuple.of(args));
            }, () -> {
                PyObject[] args = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) {
                    args[i] = Abstract.next(its[i]);
                    if (args[i] == null) {
                        return null;
                    }
                }
                return Callables.call(f, args, null);
            });
        };
        FILTER.tp_new = (t, a, k) -> {
            Args.noKeywordsForNew("filter", t, FILTER, k);
            a = Args.positionalPart(a, k);
            if (a.length != 2) {
                throw Errors.typeError("filter expected 2 arguments, got %d", a.length);
            }
            PyObject f = a[0];
            PyObject src = Abstract.iter(a[1]);
            return Iter.of(t, type -> PyTuple.of(type, PyTuple.of(f, src)), () -> {
                for (PyObject v = Abstract.next(src); v != null; v = Abstract.next(src)) {
                    PyObject keep = f == PyNone.NONE ? v : Callables.call(f, v);
                    if (Abstract.isTrue(keep)) {
                        return v;
                    }
                }
                return null;
            });
        };
        org.taipan.runtime.PyGenericAlias.install(ENUMERATE);
        for (PyType t : new PyType[] {ENUMERATE, ZIP, MAP, FILTER}) {
            t.addMethodNoArgs("__reduce__", self -> ((Iter) self).pickling.reduce(self.type()));
        }
        ZIP.addMethodOneArg("__setstate__", (self, state) -> {
            ((Iter) self).pickling.setState(state);
            return PyNone.NONE;
        });
        for (PyType t : new PyType[] {ENUMERATE, ZIP, MAP, FILTER}) {
            t.ready();
        }
    }

    /**
     * {@code enumerate(iterable, start=0)}'s arguments as CPython 3.11's {@code enum_vectorcall}
     * takes them for the exact type: by count first ("enumerate() takes at most 2 arguments (3
     * given)"), then each keyword by its place ("'x' is an invalid keyword argument for enumerate()").
     */
    private static PyObject[] enumerateArgs(PyObject[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        if (a.length == 2) {
            if (nkw == 1) {
                enumerateKeyword(k[0], "start");
            } else if (nkw == 2) {
                if (k[0].equals("start")) {
                    enumerateKeyword(k[1], "iterable");
                    return new PyObject[] {a[1], a[0]};
                }
                enumerateKeyword(k[0], "iterable");
                enumerateKeyword(k[1], "start");
            }
            return new PyObject[] {a[0], a[1]};
        }
        if (a.length == 1) {
            if (nkw == 1) {
                enumerateKeyword(k[0], "iterable");
            }
            return new PyObject[] {a[0], null};
        }
        if (npos == 0) {
            throw Errors.typeError("enumerate() missing required argument 'iterable'");
        }
        throw Errors.typeError("enumerate() takes at most 2 arguments (%d given)", a.length);
    }

    private static void enumerateKeyword(String given, String expected) {
        if (!given.equals(expected)) {
            throw Errors.typeError("'%s' is an invalid keyword argument for enumerate()", given);
        }
    }

    /**
     * The arguments of a subclass of enumerate, which CPython parses with Argument Clinic's
     * generic parser ({@code enum_new}): its count check, "missing required argument 'iterable'
     * (pos 1)", then the keywords.
     */
    private static PyObject[] enumerateSubclassArgs(PyObject[] a, String[] k) {
        int npos = Args.positional(a, k);
        if (a.length > 2) {
            throw Errors.typeError("enumerate() takes at most 2 %sarguments (%d given)", npos == 0 ? "keyword " : "",
                    a.length);
        }
        if (npos == 0 && Args.keyword(a, k, "iterable") == null) {
            throw Errors.typeError("enumerate() missing required argument 'iterable' (pos 1)");
        }
        return MethodArgs.bind("enumerate", a, k, 0, "iterable", "start");
    }

    /** The supplier of an iterator's next item (null when exhausted). */
    @FunctionalInterface
    interface Next {
        PyObject next();
    }

    /**
     * What an iterator pickles as: CPython's {@code enum_reduce}, {@code zip_reduce},
     * {@code map_reduce}, {@code filter_reduce} (the class called and the arguments, among them
     * the underlying iterators as they are now), and {@code zip_setstate}'s strict flag.
     */
    @FunctionalInterface
    interface Pickling {
        /** {@code (type, args)} or {@code (type, args, state)} for an iterator of class {@code type}. */
        PyObject reduce(PyType type);

        /** {@code __setstate__(state)}; only zip has one. */
        default void setState(PyObject state) {
            throw new IllegalStateException("no __setstate__");
        }
    }

    /** An iterator object whose behaviour is a closure; once exhausted it stays exhausted. */
    static sealed class Iter extends PyObject permits Iter.Sub {
        private final PyType type;
        private final Pickling pickling;
        private Next next;

        private Iter(PyType type, Pickling pickling, Next next) {
            this.type = type;
            this.pickling = pickling;
            this.next = next;
        }

        /** An iterator of class {@code type}: an instance of a user subclass gets a {@code __dict__} and slots. */
        static Iter of(PyType type, Pickling pickling, Next next) {
            return type.isHeapType() ? new Sub(type, pickling, next) : new Iter(type, pickling, next);
        }

        @Override
        public PyType type() {
            return type;
        }

        PyObject next() {
            if (next == null) {
                return null;
            }
            PyObject v = next.next();
            if (v == null) {
                next = null;
            }
            return v;
        }

        /** An instance of a user subclass of enumerate, zip, map or filter (CPython gives these a {@code __dict__}). */
        static final class Sub extends Iter implements HasDict, HasSlotValues {
            private PyDict dict;
            private PyDict slotValues;

            private Sub(PyType type, Pickling pickling, Next next) {
                super(type, pickling, next);
            }

            @Override
            public PyDict dict() {
                if (dict == null) {
                    dict = new PyDict();
                }
                return dict;
            }

            @Override
            public PyDict slotValues(boolean create) {
                if (slotValues == null && create) {
                    slotValues = new PyDict();
                }
                return slotValues;
            }
        }
    }
}
