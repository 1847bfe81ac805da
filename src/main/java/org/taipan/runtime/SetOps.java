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
        /** The set, or null once the iterator is exhausted (it lets go, as {@code setiter_iternext} does). */
        private PySet set;
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
                set = null;
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
        // a method, not a slot wrapper, as set_methods' METH_COEXIST entry makes it in CPython
        t.addMethodOneArg("__contains__", (o, k) -> PyBool.of(t.sq_contains.call(o, k)));
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
                s(a).swapBodies(intersection(s(a), b));
                return a;
            };
            t.nb_inplace_subtract = (a, b) -> {
                if (!isSet(b)) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                differenceUpdate(s(a), b);
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
                PyObject item = s(self).pop();
                if (item == null) {
                    throw Errors.of(ExceptionTypes.KeyError, "pop from an empty set");
                }
                return item;
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
                s(self).swapBodies(intersectionMulti(s(self), a));
                return PyNone.NONE;
            });
            t.addMethod("difference_update", (self, a, k) -> {
                for (PyObject x : a) {
                    differenceUpdate(s(self), x);
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
        t.addMethod("intersection", (self, a, k) -> intersectionMulti(s(self), a));
        t.addMethod("difference", (self, a, k) -> {
            if (a.length == 0) {
                return s(self).copyAs(s(self).frozen);
            }
            PySet r = difference(s(self), a[0]);
            for (int i = 1; i < a.length; i++) {
                differenceUpdate(r, a[i]);
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

    /**
     * {@code a & b} and one step of {@code a.intersection(...)} ({@code set_intersection}): a new
     * set of the elements of the smaller of two sets (of {@code b} when sizes are equal) found in
     * the other, or of {@code b}'s items, in its order, found in {@code a}. The order of
     * insertion decides the result's layout, so it is CPython's.
     */
    static PySet intersection(PySet a, PyObject b) {
        if (a == b) {
            return a.copyAs(a.frozen);
        }
        PySet r = new PySet(a.frozen);
        if (b instanceof PySet other) {
            PySet walked = other, probed = a;
            if (other.size() > a.size()) {
                walked = a;
                probed = other;
            }
            for (int j = walked.nextPosition(-1); j >= 0; j = walked.nextPosition(j)) {
                PyObject key = walked.keyAt(j);
                long hash = walked.hashAt(j);
                if (probed.containsHashed(key, hash)) {
                    r.addHashed(key, hash);
                }
            }
            return r;
        }
        PyObject it = Abstract.iter(b);
        for (PyObject key = Abstract.next(it); key != null; key = Abstract.next(it)) {
            long hash = Abstract.hash(key);
            if (a.containsHashed(key, hash)) {
                r.addHashed(key, hash);
            }
        }
        return r;
    }

    /** {@code a.intersection(*others)} ({@code set_intersection_multi}): a copy when there are none. */
    static PySet intersectionMulti(PySet a, PyObject[] others) {
        if (others.length == 0) {
            return a.copyAs(a.frozen);
        }
        PySet r = a;
        for (PyObject other : others) {
            r = intersection(r, other);
        }
        return r;
    }

    /**
     * {@code a - b} and the first step of {@code a.difference(...)} ({@code set_difference}): the
     * elements of {@code a} not in a set or exact dict {@code b}, in {@code a}'s order; a copy of
     * {@code a} with {@code b}'s items discarded when {@code b} is any other iterable or much
     * smaller than {@code a}.
     */
    static PySet difference(PySet a, PyObject b) {
        int otherSize;
        if (b instanceof PySet bs) {
            otherSize = bs.size();
        } else if (b.getClass() == PyDict.class) {
            otherSize = ((PyDict) b).size();
        } else {
            return copyAndDifference(a, b);
        }
        if ((a.size() >> 2) > otherSize) {
            return copyAndDifference(a, b);
        }
        PySet r = new PySet(a.frozen);
        for (int j = a.nextPosition(-1); j >= 0; j = a.nextPosition(j)) {
            PyObject key = a.keyAt(j);
            long hash = a.hashAt(j);
            boolean in = b instanceof PySet bs ? bs.containsHashed(key, hash) : ((PyDict) b).containsKnownHash(key, hash);
            if (!in) {
                r.addHashed(key, hash);
            }
        }
        return r;
    }

    private static PySet copyAndDifference(PySet a, PyObject b) {
        PySet r = a.copyAs(a.frozen);
        differenceUpdate(r, b);
        return r;
    }

    /**
     * {@code a -= b} and {@code a.difference_update(b)} ({@code set_difference_update_internal}):
     * each element of {@code b} discarded from {@code a}, then the table rebuilt if more than a
     * quarter of it is dummies. TypeError for an unhashable item of a non-set {@code b}.
     */
    static void differenceUpdate(PySet a, PyObject b) {
        if (a == b) {
            a.clear();
            return;
        }
        if (b instanceof PySet other) {
            if ((other.size() >> 3) > a.size()) {
                other = intersection(a, other);
            }
            for (int j = other.nextPosition(-1); j >= 0; j = other.nextPosition(j)) {
                a.discardHashed(other.keyAt(j), other.hashAt(j));
            }
        } else {
            PyObject it = Abstract.iter(b);
            for (PyObject key = Abstract.next(it); key != null; key = Abstract.next(it)) {
                a.discard(key);
            }
        }
        a.dropDummies();
    }

    /**
     * {@code a ^ b} and {@code a.symmetric_difference(b)} ({@code set_symmetric_difference}): a new
     * set built from {@code b}, then each element of {@code a} toggled in it, so the result's
     * order is CPython's.
     */
    static PySet symmetricDifferenceNew(PySet a, PyObject b) {
        PySet r = b instanceof PySet bs ? bs.copyAs(a.frozen) : PySet.of(b, a.frozen);
        symmetricDifferenceUpdate(r, a);
        return r;
    }

    /**
     * {@code set_symmetric_difference_update}: each element of {@code b} toggled in {@code a}, in
     * place; an exact dict is walked in its own order, any other non-set iterable becomes a set first.
     */
    static void symmetricDifferenceUpdate(PySet a, PyObject b) {
        if (a == b) {
            a.clear();
            return;
        }
        if (b.getClass() == PyDict.class) {
            PyDict d = (PyDict) b;
            for (int i = 0; i < d.size(); i++) {
                toggle(a, d.keyAt(i), d.hashAt(i));
            }
            return;
        }
        PySet other = b instanceof PySet bs ? bs : PySet.of(b, a.frozen);
        for (int j = other.nextPosition(-1); j >= 0; j = other.nextPosition(j)) {
            toggle(a, other.keyAt(j), other.hashAt(j));
        }
    }

    private static void toggle(PySet a, PyObject key, long hash) {
        if (!a.discardHashed(key, hash)) {
            a.addHashed(key, hash);
        }
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

    /**
     * {@code keys | other}, {@code -} and {@code ^} on dict key and item views, with the view on
     * either side ({@code dictviews_or}, {@code _sub}, {@code _xor}): a set made from the left
     * operand, updated with the right one; {@code &} is {@link #viewIntersection}.
     */
    static PyObject viewOp(PyObject a, PyObject b, char op) {
        if (op == '&') {
            return viewIntersection(a, b);
        }
        if (op == '^' && a instanceof DictView va && va.kind() == DictView.ITEMS
                && b instanceof DictView vb && vb.kind() == DictView.ITEMS) {
            return itemsXor(va.dict, vb.dict);
        }
        PySet r = viewToSet(a);
        switch (op) {
            case '|' -> r.update(b);
            case '-' -> differenceUpdate(r, b);
            default -> symmetricDifferenceUpdate(r, b);
        }
        return r;
    }

    /** {@code dictviews_to_set}: a keys view of an exact dict is read from the dict, whose size sizes the table up front. */
    private static PySet viewToSet(PyObject view) {
        if (view instanceof DictView v && v.kind() == DictView.KEYS && v.dict.getClass() == PyDict.class) {
            return PySet.of(v.dict, false);
        }
        return PySet.of(view, false);
    }

    /**
     * {@code view & other} ({@code _PyDictView_Intersect}): {@code other.intersection(view)} when
     * {@code other} is a set at least as big; otherwise the items of the smaller operand (a view
     * or any iterable) that the view contains, in that operand's order.
     */
    private static PyObject viewIntersection(PyObject a, PyObject b) {
        PyObject self = a, other = b;
        if (!(self instanceof DictView sv && sv.isSetLike())) {
            self = b;
            other = a;
        }
        long lenSelf = Abstract.length(self);
        if (other.getClass() == PySet.class && !((PySet) other).frozen && lenSelf <= Abstract.length(other)) {
            return intersection((PySet) other, self);
        }
        if (other instanceof DictView ov && ov.isSetLike() && Abstract.length(other) > lenSelf) {
            PyObject t = self;
            self = other;
            other = t;
        }
        PySet r = new PySet(false);
        PyObject it = Abstract.iter(other);
        for (PyObject key = Abstract.next(it); key != null; key = Abstract.next(it)) {
            if (Abstract.contains(self, key)) {
                r.add(key);
            }
        }
        return r;
    }

    /**
     * {@code items1 ^ items2} ({@code dictitems_xor}): the pairs of {@code d2} whose key is not in
     * {@code d1} with an equal value, in {@code d2}'s order, then {@code d1}'s pairs left over.
     */
    private static PySet itemsXor(PyDict d1, PyDict d2) {
        PyDict rest = d1.copy();
        PySet r = new PySet(false);
        for (int i = 0; i < d2.size(); i++) {
            PyObject key = d2.keyAt(i);
            PyObject v2 = d2.valueAt(i);
            PyObject v1 = rest.getItem(key);
            if (v1 != null && Abstract.richCompareBool(v1, v2, CompareOp.EQ)) {
                rest.popKnownHash(key, d2.hashAt(i));
            } else {
                r.add(PyTuple.of(key, v2));
            }
        }
        r.update(new DictView(rest, DictView.ITEMS));
        return r;
    }
}
