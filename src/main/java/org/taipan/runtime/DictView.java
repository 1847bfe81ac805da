package org.taipan.runtime;

/**
 * {@code dict.keys()}, {@code values()}, {@code items()}: live views of a dict; also OrderedDict's
 * ({@code odict_keys}, ...), whose types derive from these and iterate in the OrderedDict's order.
 */
public final class DictView extends PyObject {
    /** The kinds of view, as {@link #DictView(PyDict, int, PyType)} takes them. */
    public static final int KEYS = DictIterator.KEYS, VALUES = DictIterator.VALUES, ITEMS = DictIterator.ITEMS;

    static final PyType[] TYPES = {named("dict_keys", DictIterator.KEYS), named("dict_values", DictIterator.VALUES),
            named("dict_items", DictIterator.ITEMS)};

    private static PyType named(String name, int kind) {
        PyType t = PyType.builtinFinal(name, PyType.OBJECT);
        t.tp_iter = o -> new DictIterator(((DictView) o).dict, kind);
        t.mp_length = o -> ((DictView) o).dict.size();
        t.tp_repr = o -> {
            if (!ReprGuard.enter(o)) { // dictview_repr: a view inside what it views
                return PyStr.of("...");
            }
            try {
                StringBuilder sb = new StringBuilder(o.type().name()).append("([");
                PyObject it = Abstract.iter(o);
                int i = 0;
                for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                    if (i++ > 0) {
                        sb.append(", ");
                    }
                    sb.append(Abstract.repr(x));
                }
                return PyStr.of(sb.append("])").toString());
            } finally {
                ReprGuard.exit(o);
            }
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
    private final PyType type;

    /** The {@code dict_keys}, {@code dict_values} or {@code dict_items} type ({@code kind} one of {@link #KEYS}, ...). */
    public static PyType baseType(int kind) {
        return TYPES[kind];
    }

    /** The dict this views. */
    public PyDict dict() {
        return dict;
    }

    /** Whether this is a key or item view, which compare and combine like sets ({@code PyDictViewSet_Check}). */
    /** {@link #KEYS}, {@link #VALUES} or {@link #ITEMS}. */
    int kind() {
        return kind;
    }

    boolean isSetLike() {
        return kind != DictIterator.VALUES;
    }

    DictView(PyDict dict, int kind) {
        this(dict, kind, TYPES[kind]);
    }

    /**
     * A view of {@code kind} ({@link #KEYS}, {@link #VALUES}, {@link #ITEMS}) whose class is
     * {@code type}: {@link #baseType(int)} or a type derived from it that iterates its own way.
     */
    public DictView(PyDict dict, int kind, PyType type) {
        this.dict = dict;
        this.kind = kind;
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Whether this is a plain dict's view ({@code dict_keys}, ...): iterating it makes a {@link DictIterator}, no Python code runs. */
    public boolean iteratesPlainly() {
        return type == TYPES[kind];
    }
}
