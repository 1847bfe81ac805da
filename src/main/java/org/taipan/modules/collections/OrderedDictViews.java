package org.taipan.modules.collections;

import org.taipan.runtime.DictView;
import org.taipan.runtime.PyType;

/**
 * {@code odict_keys}, {@code odict_values}, {@code odict_items}: dict's views (they derive from
 * {@code dict_keys} and the others: membership, length, set operations and {@code mapping} are
 * dict's) that iterate, forwards and reversed, in the OrderedDict's order.
 */
final class OrderedDictViews {
    private OrderedDictViews() {}

    static final int KEYS = DictView.KEYS, VALUES = DictView.VALUES, ITEMS = DictView.ITEMS;

    private static final PyType[] TYPES = {
        viewType("odict_keys", KEYS, OrderedDictIterator.KEYS),
        viewType("odict_values", VALUES, OrderedDictIterator.VALUES),
        viewType("odict_items", ITEMS, OrderedDictIterator.ITEMS),
    };

    private static PyType viewType(String name, int viewKind, int iterKind) {
        PyType t = PyType.builtinFinal(name, DictView.baseType(viewKind));
        t.tp_iter = o -> new OrderedDictIterator((PyOrderedDict) ((DictView) o).dict(), iterKind, false);
        t.addMethodNoArgs("__reversed__",
                self -> new OrderedDictIterator((PyOrderedDict) ((DictView) self).dict(), iterKind, true));
        return t.ready();
    }

    /** The view of {@code kind} ({@link #KEYS}, ...) of {@code od}. */
    static DictView of(PyOrderedDict od, int kind) {
        return new DictView(od, kind, TYPES[kind]);
    }
}
