package org.taipan.runtime;

/** The slots and methods of {@code dict} (CPython's {@code Objects/dictobject.c}). */
final class DictSlots {
    private DictSlots() {}

    private static PyDict d(PyObject o) {
        return (PyDict) o;
    }

    static void install(PyType t) {
        t.tp_repr = DictSlots::repr;
        t.tp_hash = ObjectSlots.UNHASHABLE;
        t.tp_richcompare = DictSlots::richCompare;
        t.mp_length = o -> d(o).size();
        t.sq_contains = (o, k) -> d(o).containsKey(k);
        // methods, not slot wrappers, as mapp_methods' METH_COEXIST entries make them in CPython
        t.addMethodOneArg("__contains__", (o, k) -> PyBool.of(t.sq_contains.call(o, k)));
        t.addMethodOneArg("__getitem__", (o, k) -> t.mp_subscript.call(o, k));
        t.mp_subscript = (o, k) -> {
            PyObject v = d(o).getItem(k);
            if (v == null) {
                if (o.getClass() != PyDict.class) {
                    PyObject missing = o.type().lookup("__missing__");
                    if (missing != null) {
                        return Callables.callMethod(missing, o, new PyObject[] {k}, null);
                    }
                }
                throw Errors.keyError(k);
            }
            return v;
        };
        t.mp_ass_subscript = (o, k, v) -> {
            if (v == null) {
                d(o).delItem(k);
            } else {
                d(o).setItem(k, v);
            }
        };
        t.tp_iter = o -> new DictIterator(d(o), DictIterator.KEYS);
        t.nb_or = (a, b) -> {
            if (!(a instanceof PyDict x) || !(b instanceof PyDict y)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyDict r = x.copy();
            update(r, y);
            return r;
        };
        t.nb_inplace_or = (a, b) -> {
            update(d(a), b);
            return a;
        };
        t.tp_new = (type, a, k) -> type == PyDict.TYPE ? new PyDict() : new PyDict.Sub(type);
        t.tp_init = (self, a, k) -> {
            int npos = Args.positional(a, k);
            if (npos > 1) {
                throw Errors.typeError("dict expected at most 1 argument, got %d", npos);
            }
            if (npos == 1) {
                update(d(self), a[0]);
            }
            if (k != null) {
                for (int i = 0; i < k.length; i++) {
                    d(self).setItem(PyStr.of(k[i]), a[npos + i]);
                }
            }
        };
        t.addMethod("get", (self, a, k) -> {
            Args.noKeywords("dict.get", k);
            Args.check("get", a, k, 1, 2);
            PyObject v = d(self).getItem(a[0]);
            return v != null ? v : a.length > 1 ? a[1] : PyNone.NONE;
        });
        t.ownMethod("get").withOneArg((self, key) -> {
            PyObject v = d(self).getItem(key);
            return v != null ? v : PyNone.NONE;
        }).withTwoArgs((self, key, dflt) -> {
            PyObject v = d(self).getItem(key);
            return v != null ? v : dflt;
        });
        t.addMethod("setdefault", (self, a, k) -> {
            Args.noKeywords("dict.setdefault", k);
            Args.check("setdefault", a, k, 1, 2);
            return d(self).setDefault(a[0], a.length > 1 ? a[1] : PyNone.NONE);
        });
        t.ownMethod("setdefault").withTwoArgs((self, key, dflt) -> d(self).setDefault(key, dflt));
        t.addMethod("pop", (self, a, k) -> {
            Args.noKeywords("dict.pop", k);
            Args.check("pop", a, k, 1, 2);
            PyObject v = d(self).pop(a[0]);
            if (v == null) {
                if (a.length > 1) {
                    return a[1];
                }
                throw Errors.keyError(a[0]);
            }
            return v;
        });
        t.addMethodNoArgs("popitem", self -> {
            PyObject[] kv = d(self).popLast();
            if (kv == null) {
                throw Errors.of(ExceptionTypes.KeyError, "popitem(): dictionary is empty");
            }
            return PyTuple.of(kv[0], kv[1]);
        });
        t.addMethodNoArgs("keys", self -> new DictView(d(self), DictIterator.KEYS));
        t.addMethodNoArgs("values", self -> new DictView(d(self), DictIterator.VALUES));
        t.addMethodNoArgs("items", self -> new DictView(d(self), DictIterator.ITEMS));
        t.addMethod("update", (self, a, k) -> {
            int npos = Args.positional(a, k);
            if (npos > 1) {
                throw Errors.typeError("update expected at most 1 argument, got %d", npos);
            }
            if (npos == 1) {
                update(d(self), a[0]);
            }
            if (k != null) {
                for (int i = 0; i < k.length; i++) {
                    d(self).setItem(PyStr.of(k[i]), a[npos + i]);
                }
            }
            return PyNone.NONE;
        });
        t.addMethodNoArgs("clear", self -> {
            d(self).clear();
            return PyNone.NONE;
        });
        t.addMethodNoArgs("copy", self -> d(self).copy());
        t.addMethodNoArgs("__sizeof__", self -> PyInt.of(d(self).sizeOf()));
        t.addMethodNoArgs("__reversed__", self -> {
            return new DictIterator(d(self), DictIterator.KEYS, true);
        });
        t.addAttr("fromkeys", new PyClassMethodDescr(t, new PyBuiltinFunction("fromkeys", (a, k) -> {
            if (a.length < 2 || a.length > 3 || k != null && k.length > 0) {
                // a[0] is the class the classmethod passes; CPython's counts leave it out.
                Args.check("fromkeys", java.util.Arrays.copyOfRange(a, Math.min(1, a.length), a.length), k, 1, 2);
            }
            PyObject r = Callables.call(a[0]);
            PyObject v = a.length > 2 ? a[2] : PyNone.NONE;
            // An empty exact dict from an exact dict or set takes the hashes they store, as
            // _PyDict_FromKeys (a key's __hash__ is not called again).
            if (r.getClass() == PyDict.class && ((PyDict) r).size() == 0) {
                PyDict rd = (PyDict) r;
                if (a[1].getClass() == PyDict.class) {
                    PyDict src = (PyDict) a[1];
                    for (int i = 0; i < src.size(); i++) {
                        rd.setItemKnownHash(src.keyAt(i), src.hashAt(i), v);
                    }
                    return r;
                }
                if (a[1].getClass() == PySet.class) {
                    PySet src = (PySet) a[1];
                    for (int j = src.nextPosition(-1); j >= 0; j = src.nextPosition(j)) {
                        rd.setItemKnownHash(src.keyAt(j), src.hashAt(j), v);
                    }
                    return r;
                }
            }
            PyObject it = Abstract.iter(a[1]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                Abstract.setItem(r, x, v);
            }
            return r;
        })));
        t.addAttr("__hash__", PyNone.NONE);
    }

    /** {@code d.update(other)}: a dict, an object with {@code keys()}, or an iterable of pairs. */
    static void update(PyDict d, PyObject other) {
        if (PyDict.mergesDirectly(other)) {
            d.mergeFrom((PyDict) other);
            return;
        }
        PyObject keysFn = ObjectSlots.genericGetAttrOrNull(other, PyStr.of("keys"));
        if (keysFn != null) {
            PyObject it = Abstract.iter(Callables.call(keysFn));
            for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                d.setItem(k, Abstract.getItem(other, k));
            }
            return;
        }
        PyObject it;
        try {
            it = Abstract.iter(other);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw Errors.typeError("'%s' object is not iterable", other.type().name());
            }
            throw e;
        }
        int n = 0;
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it), n++) {
            PyObject[] kv;
            try {
                kv = Abstract.toArray(item);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.TypeError)) {
                    throw Errors.typeError("cannot convert dictionary update sequence element #%d to a sequence", n);
                }
                throw e;
            }
            if (kv.length != 2) {
                throw Errors.valueError("dictionary update sequence element #%d has length %d; 2 is required", n,
                        kv.length);
            }
            d.setItem(kv[0], kv[1]);
        }
    }

    private static PyObject repr(PyObject o) {
        PyDict d = d(o);
        if (d.size() == 0) {
            return PyStr.of("{}");
        }
        if (!ReprGuard.enter(o)) {
            return PyStr.of("{...}");
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < d.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(d.keyAt(i))).append(": ").append(Abstract.repr(d.valueAt(i)));
            }
            return PyStr.of(sb.append('}').toString());
        } finally {
            ReprGuard.exit(o);
        }
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyDict y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyDict x = d(a);
        boolean eq = x.size() == y.size();
        ThreadState ts = ThreadState.enterRecursiveCall(" in comparison");
        try {
            // dict_equal: the entry is read before the lookup, whose __eq__ may empty either dict
            for (int i = 0; eq && i < x.size(); i++) {
                PyObject key = x.keyAt(i);
                PyObject value = x.valueAt(i);
                PyObject v = y.getItem(key);
                eq = v != null && Abstract.richCompareBool(value, v, CompareOp.EQ);
            }
        } finally {
            ThreadState.leaveRecursiveCall(ts);
        }
        return PyBool.of(eq == (op == CompareOp.EQ));
    }
}
