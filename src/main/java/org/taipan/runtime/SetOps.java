package org.taipan.runtime;

/** The slots and methods of {@code set} and {@code frozenset} (CPython's {@code Objects/setobject.c}). */
final class SetOps {
    private SetOps() {}

    static final PyType SET_ITERATOR = iteratorType();

    private static PyType iteratorType() {
        PyType t = PyType.builtinFinal("set_iterator", PyType.OBJECT);
        t.tp_iter = o -> o;
        t.tp_iternext = o -> ((SetIterator) o).next();
        t.addMethodNoArgs("__length_hint__", self -> PyInt.of(((SetIterator) self).lengthHint()));
        t.addMethodNoArgs("__reduce__", self -> IteratorPickling.iterOver(IteratorPickling.remaining(((SetIterator) self).copy())));
        return t.ready();
    }

    /**
     * {@code op(key)}, and when that raises TypeError for a (mutable, unhashable) set, {@code op}
     * of a frozenset with its items: how {@code set_contains}, {@code set_discard} and
     * {@code set_remove} let {@code {1} in {frozenset({1})}} work. A set subclass with a
     * {@code __hash__} of its own is looked up as itself.
     */
    private static boolean withSetKey(PyObject key, java.util.function.Predicate<PyObject> op) {
        try {
            return op.test(key);
        } catch (PyException e) {
            if (!(key instanceof PySet ks) || ks.frozen || !e.matches(ExceptionTypes.TypeError)) {
                throw e;
            }
            return op.test(ks.copyAs(true));
        }
    }

    /** Iterates a set in table order; RuntimeError if the set changes size meanwhile. */
    static final class SetIterator extends PyObject {
        private final PySet set;
        /** The set's size when the iteration began ({@code si_used}); -1 once a change of size was seen. */
        private int size;
        private int pos = -1;
        /** Items yielded so far, for {@link #lengthHint}. */
        private int yielded;

        SetIterator(PySet set) {
            this.set = set;
            this.size = set.size();
        }

        private SetIterator(PySet set, int size, int pos) {
            this.set = set;
            this.size = size;
            this.pos = pos;
        }

        /** A second iterator at the same place, for {@code __reduce__} to walk ({@code setiter_reduce}). */
        SetIterator copy() {
            SetIterator c = new SetIterator(set, size, pos);
            c.yielded = yielded;
            return c;
        }

        /** {@code setiter_len}: the items left, 0 once exhausted or when the set changed size. */
        int lengthHint() {
            return pos != -2 && set.size() == size ? size - yielded : 0;
        }

        @Override
        public PyType type() {
            return SET_ITERATOR;
        }

        PyObject next() {
            if (pos == -2) {
                return null;
            }
            if (set.size() != size) {
                // sticky, as CPython makes it: every later step raises again
                size = -1;
                throw Errors.runtimeError("Set changed size during iteration");
            }
            pos = set.nextPosition(pos);
            if (pos < 0) {
                pos = -2;
                return null;
            }
            yielded++;
            return set.keys[pos];
        }
    }

    private static PySet s(PyObject o) {
        return (PySet) o;
    }

    private static boolean isSet(PyObject o) {
        return o instanceof PySet;
    }

    static void install(PyType t, boolean frozen) {
        // Method names for argument errors, built once rather than on every call.
        String addName = t.name() + ".add";
        String discardName = t.name() + ".discard";
        String isdisjointName = t.name() + ".isdisjoint";
        String issubsetName = t.name() + ".issubset";
        String issupersetName = t.name() + ".issuperset";
        String removeName = t.name() + ".remove";
        String symmetricDifferenceName = t.name() + ".symmetric_difference";
        String symmetricDifferenceUpdateName = t.name() + ".symmetric_difference_update";
        String name = frozen ? "frozenset" : "set";
        t.tp_repr = o -> PyStr.of(repr(s(o)));
        t.tp_hash = frozen ? o -> s(o).frozenHash() : ObjectSlots.UNHASHABLE;
        t.tp_richcompare = SetOps::richCompare;
        t.mp_length = o -> s(o).size();
        t.sq_contains = (o, k) -> withSetKey(k, key -> s(o).contains(key));
        t.tp_iter = o -> new SetIterator(s(o));
        t.nb_or = (a, b) -> isSet(a) && isSet(b) ? union(s(a), b) : PyNotImplemented.NOT_IMPLEMENTED;
        t.nb_and = (a, b) -> isSet(a) && isSet(b) ? intersection(s(a), b) : PyNotImplemented.NOT_IMPLEMENTED;
        t.nb_subtract = (a, b) -> isSet(a) && isSet(b) ? difference(s(a), b) : PyNotImplemented.NOT_IMPLEMENTED;
        t.nb_xor = (a, b) -> isSet(a) && isSet(b) ? symmetricDifferenceNew(s(a), b) : PyNotImplemented.NOT_IMPLEMENTED;
        if (frozen) {
            t.tp_new = (type, a, k) -> {
                Args.noKeywordsForNew("frozenset", type, PySet.FROZENSET, k);
                a = Args.positionalPart(a, k);
                if (a.length > 1) {
                    throw Errors.typeError("frozenset expected at most 1 argument, got %d", a.length);
                }
                if (type == PySet.FROZENSET) {
                    if (a.length == 1 && a[0].getClass() == PySet.class && ((PySet) a[0]).frozen) {
                        return a[0];
                    }
                    return a.length == 0 ? new PySet(true) : PySet.of(a[0], true);
                }
                PySet fs = new PySet.Sub(type, true);
                if (a.length == 1) {
                    fs.update(a[0]);
                }
                return fs;
            };
        } else {
            t.tp_new = (type, a, k) -> type == PySet.TYPE ? new PySet(false) : new PySet.Sub(type, false);
            t.tp_init = (self, a, k) -> {
                Args.noKeywords("set", k);
                if (a.length > 1) {
                    throw Errors.typeError("set expected at most 1 argument, got %d", a.length);
                }
                s(self).clear();
                if (a.length == 1) {
                    s(self).update(a[0]);
                }
            };
            t.nb_inplace_or = (a, b) -> {
                if (!isSet(b)) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                s(a).update(b);
                return a;
            };
            t.nb_inplace_and = (a, b) -> {
                if (!isSet(b)) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                replace(s(a), intersection(s(a), b));
                return a;
            };
            t.nb_inplace_subtract = (a, b) -> {
                if (!isSet(b)) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                for (PyObject x : s(b).toArray()) {
                    s(a).discard(x);
                }
                return a;
            };
            t.nb_inplace_xor = (a, b) -> {
                if (!isSet(b)) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                symmetricDifferenceUpdate(s(a), b);
                return a;
            };
            t.addMethod("add", (self, a, k) -> {
                s(self).add(Args.oneArg(addName, a, k));
                return PyNone.NONE;
            });
            t.ownMethod("add").withOneArg((self, x) -> {
                s(self).add(x);
                return PyNone.NONE;
            });
            t.addMethod("discard", (self, a, k) -> {
                PyObject x = Args.oneArg(discardName, a, k);
                withSetKey(x, key -> s(self).discard(key));
                return PyNone.NONE;
            });
            t.ownMethod("discard").withOneArg((self, x) -> {
                withSetKey(x, key -> s(self).discard(key));
                return PyNone.NONE;
            });
            t.addMethod("remove", (self, a, k) -> {
                PyObject x = Args.oneArg(removeName, a, k);
                if (!withSetKey(x, key -> s(self).discard(key))) {
                    throw Errors.keyError(x);
                }
                return PyNone.NONE;
            });
            t.addMethodNoArgs("pop", self -> {
                PyObject[] items = s(self).toArray();
                if (items.length == 0) {
                    throw Errors.of(ExceptionTypes.KeyError, "pop from an empty set");
                }
                s(self).discard(items[0]);
                return items[0];
            });
            t.addMethodNoArgs("clear", self -> {
                s(self).clear();
                return PyNone.NONE;
            });
            t.addMethod("update", (self, a, k) -> {
                for (PyObject x : a) {
                    s(self).update(x);
                }
                return PyNone.NONE;
            });
            t.addMethod("intersection_update", (self, a, k) -> {
                PySet r = s(self);
                for (PyObject x : a) {
                    r = intersection(r, x);
                }
                replace(s(self), r);
                return PyNone.NONE;
            });
            t.addMethod("difference_update", (self, a, k) -> {
                for (PyObject x : a) {
                    for (PyObject y : Abstract.toArray(x)) {
                        s(self).discard(y);
                    }
                }
                return PyNone.NONE;
            });
            t.addMethod("symmetric_difference_update", (self, a, k) -> {
                symmetricDifferenceUpdate(s(self), Args.oneArg(symmetricDifferenceUpdateName, a, k));
                return PyNone.NONE;
            });
        }
        t.addMethodNoArgs("__sizeof__", self -> PyInt.of(ObjectSizes.setSizeof(s(self))));
        t.addMethodNoArgs("copy", self -> frozen && self.getClass() == PySet.class ? self : s(self).copyAs(frozen));
        t.addMethod("union", (self, a, k) -> {
            PySet r = s(self).copyAs(s(self).frozen);
            for (PyObject x : a) {
                r.update(x);
            }
            return r;
        });
        t.addMethod("intersection", (self, a, k) -> {
            PySet r = s(self).copyAs(s(self).frozen);
            for (PyObject x : a) {
                r = intersection(r, x);
            }
            return r;
        });
        t.addMethod("difference", (self, a, k) -> {
            PySet r = s(self).copyAs(s(self).frozen);
            for (PyObject x : a) {
                for (PyObject y : Abstract.toArray(x)) {
                    r.discard(y);
                }
            }
            return r;
        });
        t.addMethod("symmetric_difference", (self, a, k) ->
                symmetricDifferenceNew(s(self), Args.oneArg(symmetricDifferenceName, a, k)));
        t.addMethod("issubset", (self, a, k) -> PyBool.of(subset(s(self),
                asSet(Args.oneArg(issubsetName, a, k)))));
        t.addMethod("issuperset", (self, a, k) -> PyBool.of(subset(asSet(Args.oneArg(issupersetName, a, k)),
                s(self))));
        t.addMethod("isdisjoint", (self, a, k) -> {
            for (PyObject x : Abstract.toArray(Args.oneArg(isdisjointName, a, k))) {
                if (s(self).contains(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        if (!frozen) {
            t.addAttr("__hash__", PyNone.NONE);
        }
    }

    private static PySet asSet(PyObject o) {
        return o instanceof PySet s ? s : PySet.of(o, true);
    }

    private static void replace(PySet target, PySet src) {
        target.clear();
        target.merge(src);
    }

    private static String repr(PySet s) {
        // CPython's set_repr: a subclass shows its own name around the braces, even for set.
        PyType type = s.type();
        boolean exact = type == PySet.TYPE;
        String name = type.name();
        if (s.size() == 0) {
            return name + "()";
        }
        if (!ReprGuard.enter(s)) {
            return name + "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder();
            if (!exact) {
                sb.append(name).append('(');
            }
            sb.append('{');
            int i = 0;
            for (PyObject x : s.toArray()) {
                if (i++ > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(x));
            }
            sb.append('}');
            if (!exact) {
                sb.append(')');
            }
            return sb.toString();
        } finally {
            ReprGuard.exit(s);
        }
    }

    static PySet union(PySet a, PyObject b) {
        PySet r = a.copyAs(a.frozen);
        r.update(b);
        return r;
    }

    static PySet intersection(PySet a, PyObject b) {
        PySet r = new PySet(a.frozen);
        PySet other = asSet(b);
        // CPython iterates the smaller set.
        PySet small = a, big = other;
        if (other.size() < a.size() && b instanceof PySet) {
            small = other;
            big = a;
        }
        for (PyObject x : (b instanceof PySet ? small : other).toArray()) {
            if ((b instanceof PySet ? big : a).contains(x)) {
                r.add(x);
            }
        }
        return r;
    }

    static PySet difference(PySet a, PyObject b) {
        PySet r = new PySet(a.frozen);
        PySet other = asSet(b);
        for (PyObject x : a.toArray()) {
            if (!other.contains(x)) {
                r.add(x);
            }
        }
        return r;
    }

    /**
     * {@code a ^ b} and {@code a.symmetric_difference(b)} ({@code set_symmetric_difference}): a new
     * set built from {@code b}, then each element of {@code a} toggled in it, so the result's
     * order is CPython's.
     */
    static PySet symmetricDifferenceNew(PySet a, PyObject b) {
        PySet r = b instanceof PySet bs ? bs.copyAs(a.frozen) : PySet.of(b, a.frozen);
        for (PyObject x : a.toArray()) {
            if (!r.discard(x)) {
                r.add(x);
            }
        }
        return r;
    }

    /** {@code set_symmetric_difference_update}: each element of {@code b} toggled in {@code a}, in place. */
    static void symmetricDifferenceUpdate(PySet a, PyObject b) {
        if (a == b) {
            a.clear();
            return;
        }
        // A dict is walked in its own order; any other iterable becomes a set first.
        PyObject[] items = b.getClass() == PyDict.class ? Abstract.toArray(b) : asSet(b).toArray();
        for (PyObject x : items) {
            if (!a.discard(x)) {
                a.add(x);
            }
        }
    }

    /** A copy of {@code a} with each element of {@code b} toggled ({@code set_symmetric_difference_update} on a copy). */
    static PySet symmetricDifference(PySet a, PyObject b) {
        PySet other = asSet(b);
        PySet r = a.copyAs(a.frozen);
        for (PyObject x : other.toArray()) {
            if (!r.discard(x)) {
                r.add(x);
            }
        }
        return r;
    }

    static boolean subset(PySet a, PySet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (PyObject x : a.toArray()) {
            if (!b.contains(x)) {
                return false;
            }
        }
        return true;
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PySet y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PySet x = s(a);
        return PyBool.of(switch (op) {
            case EQ -> x.size() == y.size() && subset(x, y);
            case NE -> !(x.size() == y.size() && subset(x, y));
            case LE -> subset(x, y);
            case GE -> subset(y, x);
            case LT -> x.size() < y.size() && subset(x, y);
            case GT -> x.size() > y.size() && subset(y, x);
        });
    }

    /**
     * Dict key and item views compare like sets, as CPython's {@code dictview_richcompare} does it:
     * by length, then by looking each item of one up in the other (so an item view's values are
     * compared with {@code ==}, and unhashable values are fine), against a set or another key or
     * item view.
     */
    static PyObject compareAsSets(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof DictView v && v.isSetLike()) && !(b instanceof PySet)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        long la = Abstract.length(a);
        long lb = Abstract.length(b);
        boolean ok = switch (op) {
            case EQ, NE -> la == lb && allContainedIn(a, b);
            case LT -> la < lb && allContainedIn(a, b);
            case LE -> la <= lb && allContainedIn(a, b);
            case GT -> la > lb && allContainedIn(b, a);
            case GE -> la >= lb && allContainedIn(b, a);
        };
        return PyBool.of(op == CompareOp.NE ? !ok : ok);
    }

    /** Whether every item of {@code a} is in {@code b} ({@code all_contained_in}: an item's {@code __eq__} may raise). */
    private static boolean allContainedIn(PyObject a, PyObject b) {
        PyObject it = Abstract.iter(a);
        for (PyObject x; (x = Abstract.next(it)) != null; ) {
            if (!Abstract.contains(b, x)) {
                return false;
            }
        }
        return true;
    }

    /** {@code keys & other}, ... on dict views: the result is a set. */
    static PyObject viewOp(PyObject a, PyObject b, char op) {
        PySet x = PySet.of(a, false);
        return switch (op) {
            case '&' -> intersection(x, b);
            case '|' -> union(x, b);
            case '-' -> difference(x, b);
            default -> symmetricDifference(x, b);
        };
    }
}
