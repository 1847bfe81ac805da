package org.taipan.runtime;

/** {@code dict.keys()}, {@code values()}, {@code items()}: live views of a dict. */
public final class DictView extends PyObject {
    static final PyType[] TYPES = {named("dict_keys", DictIterator.KEYS), named("dict_values", DictIterator.VALUES),
            named("dict_items", DictIterator.ITEMS)};

    private static PyType named(String name, int kind) {
        PyType t = PyType.builtinFinal(name, PyType.OBJECT);
        t.tp_iter = o -> new DictIterator(((DictView) o).dict, kind);
        t.mp_length = o -> ((DictView) o).dict.size();
        t.tp_repr = o -> {
            StringBuilder sb = new StringBuilder(name).append("([");
            PyObject it = Abstract.iter(o);
            int i = 0;
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (i++ > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(x));
            }
            return PyStr.of(sb.append("])").toString());
        };
        if (kind != DictIterator.VALUES) {
            t.tp_hash = ObjectSlots.UNHASHABLE; // keys and items views are set-like; values views hash by identity
        }
        if (kind == DictIterator.KEYS) {
            t.sq_contains = (o, k) -> ((DictView) o).dict.containsKey(k);
        } else if (kind == DictIterator.ITEMS) {
            t.sq_contains = (o, k) -> {
                if (!(k instanceof PyTuple tk) || tk.size() != 2) {
                    return false;
                }
                PyObject v = ((DictView) o).dict.getItem(tk.get(0));
                return v != null && Abstract.richCompareBool(v, tk.get(1), CompareOp.EQ);
            };
        }
        if (kind != DictIterator.VALUES) {
            t.tp_richcompare = (a, b, op) -> SetOps.compareAsSets(a, b, op);
            t.nb_and = (a, b) -> SetOps.viewOp(a, b, '&');
            t.nb_or = (a, b) -> SetOps.viewOp(a, b, '|');
            t.nb_subtract = (a, b) -> SetOps.viewOp(a, b, '-');
            t.nb_xor = (a, b) -> SetOps.viewOp(a, b, '^');
        }
        if (kind != DictIterator.VALUES) {
            t.addMethodOneArg("isdisjoint", (self, arg) -> {
                for (PyObject x : Abstract.toArray(arg)) {
                    if (Abstract.contains(self, x)) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            });
        }
        t.addAttr("mapping", new PyGetSetDescr(t, "mapping", o -> new PyMappingProxy(((DictView) o).dict), null));
        t.addMethodNoArgs("__reversed__", self -> {
            return new DictIterator(((DictView) self).dict, ((DictView) self).kind, true);
        });
        return t.ready();
    }

    final PyDict dict;
    private final int kind;

    /** Whether this is a key or item view, which compare and combine like sets ({@code PyDictViewSet_Check}). */
    boolean isSetLike() {
        return kind != DictIterator.VALUES;
    }

    DictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return TYPES[kind];
    }
}
