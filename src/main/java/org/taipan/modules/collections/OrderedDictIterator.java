package org.taipan.modules.collections;

import org.taipan.runtime.Errors;
import org.taipan.runtime.IteratorPickling;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code odict_iterator} (CPython's {@code odictiterobject}): the keys, values or items of an
 * OrderedDict, forwards or backwards. It remembers the next key, not the next node, and finds that
 * key's node again at each step, so a node removed meanwhile is never followed; any change to the
 * order list since the iterator began is a RuntimeError ("OrderedDict mutated during iteration"),
 * a change of size another ("... changed size ...", sticky).
 */
final class OrderedDictIterator extends PyObject {
    static final int KEYS = 1, VALUES = 2, ITEMS = KEYS | VALUES;

    static final PyType TYPE = PyType.builtinFinal("odict_iterator", PyType.OBJECT);

    static {
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> ((OrderedDictIterator) o).next();
        TYPE.addMethodNoArgs("__reduce__", self -> {
            OrderedDictIterator it = (OrderedDictIterator) self;
            OrderedDictIterator copy = new OrderedDictIterator(it);
            PyList rest = new PyList();
            for (PyObject x; (x = copy.next()) != null; ) {
                rest.append(x);
            }
            return IteratorPickling.iterOver(rest);
        });
        TYPE.ready();
    }

    private final int kind;
    private final boolean reversed;
    /** Null once exhausted or after an error. */
    private PyOrderedDict od;
    /** The key to return next, or null at the end. */
    private PyObject current;
    private int size;
    private final long state;

    OrderedDictIterator(PyOrderedDict od, int kind, boolean reversed) {
        this.od = od;
        this.kind = kind;
        this.reversed = reversed;
        PyOrderedDict.Node n = reversed ? od.last : od.first;
        this.current = n == null ? null : n.key;
        this.size = od.size();
        this.state = od.state;
    }

    private OrderedDictIterator(OrderedDictIterator o) {
        this.od = o.od;
        this.kind = o.kind;
        this.reversed = o.reversed;
        this.current = o.current;
        this.size = o.size;
        this.state = o.state;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The next key, value or (key, value), or null at the end ({@code odictiter_iternext}). */
    PyObject next() {
        PyOrderedDict d = od;
        PyObject key = nextKey();
        if (key == null || kind == KEYS) {
            return key;
        }
        PyObject value = d.getItem(key);
        if (value == null) {
            current = null;
            od = null;
            throw Errors.keyError(key);
        }
        return kind == VALUES ? value : PyTuple.of(key, value);
    }

    private PyObject nextKey() {
        if (od == null) {
            return null;
        }
        if (current == null) {
            od = null;
            return null;
        }
        if (od.state != state) {
            od = null;
            throw PyOrderedDict.mutated();
        }
        if (size != od.size()) {
            size = -1;
            throw PyOrderedDict.changedSize();
        }
        PyOrderedDict.Node n = od.findNode(current);
        if (n == null) {
            PyObject gone = current;
            current = null;
            throw Errors.keyError(gone);
        }
        PyObject key = current;
        PyOrderedDict.Node after = reversed ? n.prev : n.next;
        current = after == null ? null : after.key;
        return key;
    }
}
