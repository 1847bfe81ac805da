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
import org.taipan.runtime.PyRange;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ReversedIterator;
import org.taipan.runtime.SeqIterator;

/**
 * The builtin iterator classes {@code enumerate}, {@code zip}, {@code map} and {@code filter}.
 * Enumerate and zip keep their state in named classes ({@link EnumerateState}, {@link ZipState})
 * that the tracing JIT reads and steps through the public static methods below.
 */
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
            EnumerateState state = new EnumerateState(src, start == null ? PyInt.ZERO : Abstract.index(start, null));
            return Iter.of(t, type -> PyTuple.of(type, PyTuple.of(state.source, state.nextIndex())), state);
        };
        ZIP.tp_new = (t, a, k) -> {
            Args.onlyKeywords("zip", k, "strict");
            int npos = Args.positional(a, k);
            PyObject strictO = Args.keyword(a, k, "strict");
            // the flag is tested before the iterables' __iter__ run, as CPython's argument parsing does
            boolean strict = strictO != null && Abstract.isTrue(strictO);
            PyObject[] its = new PyObject[npos];
            for (int i = 0; i < npos; i++) {
                its[i] = Abstract.iter(a[i]);
            }
            ZipState state = new ZipState(its, strict);
            Pickling pickling = new Pickling() {
                @Override
                public PyObject reduce(PyType type) {
                    PyTuple iterators = PyTuple.of(its.clone());
                    return state.strict ? PyTuple.of(type, iterators, PyBool.TRUE) : PyTuple.of(type, iterators);
                }

                @Override
                public void setState(PyObject s) {
                    state.strict = Abstract.isTrue(s);
                }
            };
            return Iter.of(t, pickling, state);
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
                // map_next calls each iterator's tp_iternext: a StopIteration raised there, or by f,
                // reaches the consumer, for which it is the end but for next() it is an exception
                PyObject[] args = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) {
                    args[i] = Abstract.iterNext(its[i]);
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
                for (PyObject v = Abstract.iterNext(src); v != null; v = Abstract.iterNext(src)) {
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

    // ------------------------------------------------------------------ the tracing JIT's view

    /**
     * GUARD_ENUMERATE: {@code it} is an exact {@code enumerate} (not an instance of a subclass, whose
     * {@code __next__} may be Python code) whose index is a long that can be stepped once more as a long.
     */
    public static boolean enumerateActive(Object it) {
        return it.getClass() == Iter.class && ((Iter) it).next instanceof EnumerateState e && e.steppable();
    }

    /** GUARD_ZIP: {@code it} is an exact {@code zip} of {@code n} iterators. */
    public static boolean zipActive(Object it, int n) {
        return it.getClass() == Iter.class && ((Iter) it).next instanceof ZipState z && z.iterators.length == n;
    }

    /**
     * ITER_SOURCE: the iterator an enumerate object draws from ({@code k} 0), or a zip object's
     * {@code k}th iterator; {@code it} passed {@link #enumerateActive} or {@link #zipActive}.
     */
    public static Object source(Object it, int k) {
        Next n = ((Iter) it).next;
        return n instanceof EnumerateState e ? e.source : ((ZipState) n).iterators[k];
    }

    /** ENUM_INDEX: the next index of an enumerate object that passed {@link #enumerateActive}. */
    public static long enumerateIndex(Object it) {
        return ((EnumerateState) ((Iter) it).next).index;
    }

    /** ENUM_SET_INDEX: sets the next index of an enumerate object that passed {@link #enumerateActive}. */
    public static void setEnumerateIndex(Object it, long index) {
        ((EnumerateState) ((Iter) it).next).index = index;
    }

    /**
     * The source iterators of an exact enumerate or zip object (one for enumerate; a zip of none
     * gives null), or null for any other object: what the recorder looks through.
     */
    public static PyObject[] sources(PyObject it) {
        if (it.getClass() != Iter.class) {
            return null;
        }
        Next n = ((Iter) it).next;
        if (n instanceof EnumerateState e) {
            return new PyObject[] {e.source};
        }
        return n instanceof ZipState z && z.iterators.length > 0 ? z.iterators.clone() : null;
    }

    /**
     * The two iterators of an exact {@code zip} of two range, list, tuple or str iterators (steps
     * that run no Python code), or null: tier 1's FOR_ITER_PAIRS steps them itself, then ends the
     * zip at the first exhausted one with {@link #zipEnd}.
     */
    public static PyObject[] zipOfTwoSequences(PyObject it) {
        if (it.getClass() == Iter.class && ((Iter) it).next instanceof ZipState z && z.iterators.length == 2) {
            PyObject[] its = z.iterators;
            if (stepsWithoutCode(its[0]) && stepsWithoutCode(its[1])) {
                return its;
            }
        }
        return null;
    }

    /**
     * Whether {@code it} is a range iterator or a list, tuple or str iterator, whose step runs no
     * Python code (an object's {@code __getitem__} could look at its caller's frame or step the
     * enumerate or zip being stepped).
     */
    public static boolean stepsWithoutCode(Object it) {
        return it.getClass() == PyRange.Iter.class || it.getClass() == SeqIterator.class && ((SeqIterator) it).overBuiltinSequence();
    }

    /**
     * What {@code zip_next} does on finding its iterator {@code k} exhausted, for a zip that
     * {@link #zipOfTwoSequences} accepted: a strict zip checks the lengths.
     *
     * @throws org.taipan.runtime.PyException ValueError when a strict zip's arguments differ in length
     */
    public static void zipEnd(PyObject it, int k) {
        ((ZipState) ((Iter) it).next).end(k);
    }

    /**
     * Whether {@code it}'s next step finds it exhausted without running code: a range iterator at
     * its end, a list, tuple or str iterator past its end ({@code SeqIterator.exhaustedQuietly}),
     * a reversed list iterator past its start, an exact enumerate whose source is such, or an
     * exact non-strict zip whose first iterator is such (a strict zip would go on to check the
     * others). FOR_ITER's step then returns null, running nothing else.
     */
    public static boolean endsQuietly(PyObject it) {
        Class<?> c = it.getClass();
        if (c == PyRange.Iter.class) {
            return !((PyRange.Iter) it).hasNext();
        }
        if (c == SeqIterator.class) {
            return ((SeqIterator) it).exhaustedQuietly();
        }
        if (c == ReversedIterator.class) {
            ReversedIterator r = (ReversedIterator) it;
            return r.overList() && !r.listActive();
        }
        if (c == Iter.class) {
            Next n = ((Iter) it).next;
            if (n instanceof EnumerateState e) {
                return endsQuietly(e.source);
            }
            return n instanceof ZipState z && !z.strict && z.iterators.length > 0 && endsQuietly(z.iterators[0]);
        }
        return false;
    }

    /**
     * Whether {@code iter(o)} is {@code o} and runs no code: an exact enumerate, zip, map or filter
     * object (an instance of a subclass may have a Python {@code __iter__}), or an exact reversed
     * iterator. What its next item runs is another matter (a trace of a loop over it guards that).
     */
    public static boolean iterIsSelf(PyObject o) {
        return o.getClass() == Iter.class || o.getClass() == ReversedIterator.class;
    }

    /** Whether {@code it} is an exact enumerate object ({@link #sources} says it is one of the two). */
    public static boolean isEnumerate(PyObject it) {
        return it.getClass() == Iter.class && ((Iter) it).next instanceof EnumerateState;
    }

    /**
     * Ends the enumerate and zip objects from {@code node} down to {@code leaf}, one of the
     * iterators they draw from, found exhausted where {@code node}'s {@code tp_iternext} would have
     * called it (the iterators before it advanced): what those calls do on its null, innermost
     * first. Only a strict zip does something, checking the lengths from the exhausted argument on
     * (CPython's {@code zip_next}: it may raise ValueError); an enumerate passes the end on. The
     * objects form a tree in which {@code leaf} occurs once.
     *
     * @return whether {@code leaf} was found under {@code node}
     */
    public static boolean endAt(PyObject node, PyObject leaf) {
        if (node == leaf) {
            return true;
        }
        if (node.getClass() != Iter.class) {
            return false;
        }
        Next n = ((Iter) node).next;
        if (n instanceof EnumerateState e) {
            return endAt(e.source, leaf);
        }
        if (n instanceof ZipState z) {
            for (int k = 0; k < z.iterators.length; k++) {
                if (endAt(z.iterators[k], leaf)) {
                    z.end(k);
                    return true;
                }
            }
        }
        return false;
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

    /**
     * An iterator object whose behaviour is a closure. As in CPython, an exhausted one is asked
     * again every time: it stays exhausted only when what it draws from does.
     */
    static sealed class Iter extends PyObject permits Iter.Sub {
        private final PyType type;
        private final Pickling pickling;
        private final Next next;

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
            return next.next();
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
            public boolean replaceDict(PyDict d) {
                dict = d;
                return true;
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
