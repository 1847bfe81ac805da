package org.taipan.modules.collections;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyClassMethod;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ReprGuard;

/**
 * {@code collections.OrderedDict} (CPython's {@code Objects/odictobject.c}): a dict whose order is a
 * doubly linked list of nodes beside the dict's own table, so {@code move_to_end} and
 * {@code popitem(last=False)} take constant time. The dict holds keys and values; each node holds
 * a key and its hash. Nodes are found by the key's dense position in the dict, through a table
 * indexed by position ({@link #fastNodes}) that is rebuilt after the dict moves its entries (CPython's
 * {@code od_fast_nodes}): a lookup costs one dict probe, as in CPython.
 *
 * <p>Code that bypasses the OrderedDict ({@code dict.__setitem__(od, k, v)}) leaves the list and
 * the dict apart as in CPython: such a key is not iterated; a node whose key left the dict raises
 * KeyError when iteration reaches it.
 */
final class PyOrderedDict extends PyDict.Sub {
    static final PyType TYPE = PyType.builtin("collections.OrderedDict", PyDict.TYPE).markInstanceDict()
            .markOwnLayout();

    /** A node of the order list. */
    static final class Node {
        final PyObject key;
        final long hash;
        Node prev, next;

        Node(PyObject key, long hash) {
            this.key = key;
            this.hash = hash;
        }
    }

    Node first, last;
    /** Nodes by the dense position of their key in the dict, valid while {@link #fastLayout} is the dict's layout. */
    private Node[] fastNodes = new Node[0];
    private Object fastLayout;
    /** Bumped whenever the list changes (CPython's {@code od_state}): iterators refuse to go on after that. */
    long state;

    PyOrderedDict(PyType type) {
        super(type);
    }

    /** The position of {@code key} in the dict, the node table brought in line with its layout; -1 when absent. */
    private int indexOf(PyObject key, long hash) {
        if (fastLayout != layout()) {
            rebuildFastNodes();
        }
        return positionOf(key, hash);
    }

    private void rebuildFastNodes() {
        Node[] table = new Node[positionCapacity()];
        for (Node n = first; n != null; n = n.next) {
            int i = positionOf(n.key, n.hash);
            if (i >= 0) {
                table[i] = n;
            }
        }
        fastNodes = table;
        fastLayout = layout();
    }

    /** The node of {@code key}, or null. */
    Node findNode(PyObject key, long hash) {
        if (first == null) {
            return null;
        }
        int i = indexOf(key, hash);
        return i < 0 ? null : fastNodes[i];
    }

    Node findNode(PyObject key) {
        return first == null ? null : findNode(key, Abstract.hash(key));
    }

    private void addTail(Node n) {
        n.prev = last;
        n.next = null;
        if (last == null) {
            first = n;
        } else {
            last.next = n;
        }
        last = n;
        state++;
    }

    private void addHead(Node n) {
        n.prev = null;
        n.next = first;
        if (first == null) {
            last = n;
        } else {
            first.prev = n;
        }
        first = n;
        state++;
    }

    private void unlink(Node n) {
        if (first == n) {
            first = n.next;
        } else if (n.prev != null) {
            n.prev.next = n.next;
        }
        if (last == n) {
            last = n.prev;
        } else if (n.next != null) {
            n.next.prev = n.prev;
        }
        n.prev = null;
        n.next = null;
        state++;
    }

    /** {@code od[key] = value} (CPython's {@code PyODict_SetItem}): a new key's node goes to the end. */
    void odSetItem(PyObject key, PyObject value) {
        long h = Abstract.hash(key);
        setItemKnownHash(key, h, value);
        int i = indexOf(key, h);
        if (i < 0) {
            return; // a key whose __eq__ is not reflexive: the dict stored it but cannot find it again
        }
        if (fastNodes[i] == null) {
            Node n = new Node(key, h);
            addTail(n);
            fastNodes[i] = n;
        }
    }

    /** {@code del od[key]} (CPython's {@code PyODict_DelItem}). */
    void odDelItem(PyObject key) {
        long h = Abstract.hash(key);
        clearNode(key, h);
        if (popKnownHash(key, h) == null) {
            throw Errors.keyError(key);
        }
    }

    /** Unlinks the node of {@code key}, if it has one, before the dict entry goes (CPython's {@code _odict_clear_node}). */
    private Node clearNode(PyObject key, long h) {
        if (first == null) {
            return null;
        }
        int i = indexOf(key, h);
        if (i < 0 || fastNodes[i] == null) {
            return null;
        }
        Node n = fastNodes[i];
        fastNodes[i] = null;
        unlink(n);
        return n;
    }

    private void clearNodes() {
        first = null;
        last = null;
        fastNodes = new Node[0];
        fastLayout = null;
        // No state change, as _odict_clear_nodes: an iterator then reports the size change.
    }

    /**
     * {@code od.pop(key[, default])} ({@code _odict_popkey_hash}, 3.11): the node first, then the dict
     * entry, straight from the dict even in a subclass (no {@code __getitem__} or
     * {@code __delitem__} of its own runs); a null default means none.
     */
    private PyObject popKey(PyObject key, long h, PyObject dflt) {
        PyObject value = null;
        if (clearNode(key, h) != null) {
            value = popKnownHash(key, h);
        }
        if (value == null) {
            if (dflt == null) {
                throw Errors.keyError(key);
            }
            return dflt;
        }
        return value;
    }

    @Override
    public long sizeOf() {
        // the dict, its node table, then one node (key, hash, two links) per item: CPython's odict_sizeof
        return super.sizeOf() + 8L * fastNodes.length + (first == null ? 0 : 32L * size());
    }

    /** The value of a node's key, or KeyError when the key left the dict behind the OrderedDict's back. */
    PyObject valueOf(Node n) {
        PyObject v = getItem(n.key);
        if (v == null) {
            throw Errors.keyError(n.key);
        }
        return v;
    }

    private boolean isExact() {
        return type() == TYPE;
    }

    private static PyOrderedDict od(PyObject o) {
        return (PyOrderedDict) o;
    }

    private static PyObject repr(PyObject self) {
        PyOrderedDict d = od(self);
        String name = self.type().shortName();
        if (d.size() == 0) {
            return PyStr.of(name + "()");
        }
        if (!ReprGuard.enter(self)) {
            return PyStr.of("...");
        }
        try {
            PyList pieces = new PyList();
            if (d.isExact()) {
                for (Node n = d.first; n != null; n = n.next) {
                    pieces.append(PyTuple.of(n.key, d.valueOf(n)));
                }
            } else {
                PyObject it = Abstract.iter(Callables.callAttr(self, "items"));
                for (PyObject x; (x = Abstract.next(it)) != null; ) {
                    pieces.append(x);
                }
            }
            return PyStr.of(name + "(" + Abstract.repr(pieces) + ")");
        } finally {
            ReprGuard.exit(self);
        }
    }

    /** Order-sensitive {@code ==} between two OrderedDicts, dict's between an OrderedDict and another dict. */
    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(a instanceof PyOrderedDict x) || !(b instanceof PyDict) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject cmp = PyDict.TYPE.tp_richcompare.call(a, b, op);
        if (!(b instanceof PyOrderedDict y)) {
            return cmp;
        }
        if (cmp == PyBool.of(op == CompareOp.NE)) {
            return cmp;
        }
        boolean eq = keysEqual(x, y);
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    private static boolean keysEqual(PyOrderedDict a, PyOrderedDict b) {
        Node p = a.first, q = b.first;
        while (true) {
            if (p == null || q == null) {
                return p == q;
            }
            if (!Abstract.richCompareBool(p.key, q.key, CompareOp.EQ)) {
                return false;
            }
            p = p.next;
            q = q.next;
        }
    }

    /** {@code MutableMapping.update}'s C version ({@code mutablemapping_update_arg}): every store through {@code od[k] = v}. */
    static void updateFrom(PyObject self, PyObject arg) {
        if (arg.getClass() == PyDict.class) {
            addPairs(self, Callables.callAttr(arg, "items"));
            return;
        }
        PyObject keys = Abstract.lookupAttr(arg, PyStr.of("keys"));
        if (keys != null) {
            PyObject it = Abstract.iter(Callables.call(keys));
            for (PyObject k; (k = Abstract.next(it)) != null; ) {
                Abstract.setItem(self, k, Abstract.getItem(arg, k));
            }
            return;
        }
        PyObject items = Abstract.lookupAttr(arg, PyStr.of("items"));
        addPairs(self, items != null ? Callables.call(items) : arg);
    }

    private static void addPairs(PyObject self, PyObject pairs) {
        PyObject it = Abstract.iter(pairs);
        for (PyObject pair; (pair = Abstract.next(it)) != null; ) {
            PyObject pit = Abstract.iter(pair);
            PyObject k = Abstract.next(pit);
            if (k == null) {
                throw Errors.valueError("need more than 0 values to unpack");
            }
            PyObject v = Abstract.next(pit);
            if (v == null) {
                throw Errors.valueError("need more than 1 value to unpack");
            }
            if (Abstract.next(pit) != null) {
                throw Errors.valueError("too many values to unpack (expected 2)");
            }
            Abstract.setItem(self, k, v);
        }
    }

    /** {@code od.update(*args, **kwargs)} ({@code mutablemapping_update}). */
    static void update(PyObject self, PyObject[] a, String[] k, String what) {
        int npos = Args.positional(a, k);
        if (npos > 1) {
            throw Errors.typeError(what, npos);
        }
        if (npos == 1) {
            updateFrom(self, a[0]);
        }
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                Abstract.setItem(self, PyStr.of(k[i]), a[npos + i]);
            }
        }
    }

    private static PyObject copy(PyObject self) {
        PyOrderedDict d = od(self);
        PyObject copy = d.isExact() ? new PyOrderedDict(TYPE) : Callables.call(self.type());
        for (Node n = d.first; n != null; n = n.next) {
            PyObject v = d.isExact() ? d.valueOf(n) : Abstract.getItem(self, n.key);
            Abstract.setItem(copy, n.key, v);
        }
        return copy;
    }

    private static PyObject reduce(PyObject self) {
        // 3.11's odict_reduce: the state is what __getstate__ gives (instance dict and __slots__)
        PyObject state = Callables.callAttr(self, "__getstate__");
        PyObject items = Abstract.iter(Callables.callAttr(self, "items"));
        return PyTuple.of(self.type(), PyTuple.EMPTY, state, PyNone.NONE, items);
    }

    private static PyObject or(PyObject a, PyObject b) {
        PyObject self = a instanceof PyOrderedDict ? a : b;
        PyObject other = self == a ? b : a;
        if (!(other instanceof PyDict)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject n = Callables.call(self.type(), a);
        updateFrom(n, b);
        return n;
    }

    private static boolean truth(PyObject o) {
        return Abstract.isTrue(o);
    }

    static {
        TYPE.tp_new = (t, a, k) -> new PyOrderedDict(t);
        TYPE.tp_init = (self, a, k) -> update(self, a, k, "expected at most 1 arguments, got %d");
        TYPE.tp_repr = PyOrderedDict::repr;
        TYPE.tp_richcompare = PyOrderedDict::richCompare;
        TYPE.tp_iter = o -> new OrderedDictIterator(od(o), OrderedDictIterator.KEYS, false);
        TYPE.mp_ass_subscript = (o, k, v) -> {
            if (v == null) {
                od(o).odDelItem(k);
            } else {
                od(o).odSetItem(k, v);
            }
        };
        TYPE.nb_or = PyOrderedDict::or;
        TYPE.nb_inplace_or = (a, b) -> {
            updateFrom(a, b);
            return a;
        };
        TYPE.addMethod("update", (self, a, k) -> {
            update(self, a, k, "update() takes at most 1 positional argument (%d given)");
            return PyNone.NONE;
        });
        TYPE.addMethod("setdefault", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("setdefault", a, k, 0, "key", "default");
            PyObject key = MethodArgs.required("setdefault", v, 0, "key");
            PyObject dflt = v[1] == null ? PyNone.NONE : v[1];
            if (od(self).isExact()) {
                PyObject r = od(self).getItem(key);
                if (r != null) {
                    return r;
                }
                od(self).odSetItem(key, dflt);
                return dflt;
            }
            if (Abstract.contains(self, key)) {
                return Abstract.getItem(self, key);
            }
            Abstract.setItem(self, key, dflt);
            return dflt;
        });
        TYPE.addMethod("pop", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("pop", a, k, 0, "key", "default");
            PyObject key = MethodArgs.required("pop", v, 0, "key");
            return od(self).popKey(key, Abstract.hash(key), v[1]);
        });
        TYPE.addMethod("popitem", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("popitem", a, k, 0, "last");
            boolean lastItem = v[0] == null || truth(v[0]);
            PyOrderedDict d = od(self);
            if (d.first == null) {
                throw Errors.of(ExceptionTypes.KeyError, "dictionary is empty");
            }
            Node n = lastItem ? d.last : d.first;
            PyObject value = d.popKey(n.key, n.hash, null);
            return PyTuple.of(n.key, value);
        });
        TYPE.addMethod("move_to_end", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("move_to_end", a, k, 0, "key", "last");
            PyObject key = MethodArgs.required("move_to_end", v, 0, "key");
            boolean toLast = v[1] == null || truth(v[1]);
            PyOrderedDict d = od(self);
            if (d.first == null) {
                throw Errors.keyError(key);
            }
            Node n = toLast ? d.last : d.first;
            if (key != n.key) {
                n = d.findNode(key);
                if (n == null) {
                    throw Errors.keyError(key);
                }
                if (toLast && n != d.last) {
                    d.unlink(n);
                    d.addTail(n);
                } else if (!toLast && n != d.first) {
                    d.unlink(n);
                    d.addHead(n);
                }
            }
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("clear", self -> {
            od(self).clear();
            od(self).clearNodes();
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("copy", PyOrderedDict::copy);
        TYPE.addMethodNoArgs("__reduce__", PyOrderedDict::reduce);
        TYPE.addMethodNoArgs("__reversed__", self -> new OrderedDictIterator(od(self), OrderedDictIterator.KEYS, true));
        TYPE.addMethodNoArgs("keys", self -> OrderedDictViews.of(od(self), OrderedDictViews.KEYS));
        TYPE.addMethodNoArgs("values", self -> OrderedDictViews.of(od(self), OrderedDictViews.VALUES));
        TYPE.addMethodNoArgs("items", self -> OrderedDictViews.of(od(self), OrderedDictViews.ITEMS));
        TYPE.addAttr("fromkeys", new PyClassMethod(new PyBuiltinFunction("fromkeys", (a, k) -> {
            // clinic: fromkeys($type, /, iterable, value=None), keywords allowed (dict's are positional-only)
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            PyObject[] v = MethodArgs.bind("fromkeys", rest, k, 0, "iterable", "value");
            PyObject iterable = MethodArgs.required("fromkeys", v, 0, "iterable");
            PyObject value = v[1] == null ? PyNone.NONE : v[1];
            PyObject r = Callables.call(a[0]);
            PyObject it = Abstract.iter(iterable);
            for (PyObject x; (x = Abstract.next(it)) != null; ) {
                Abstract.setItem(r, x, value);
            }
            return r;
        })));
        ObjectSlots.addInstanceDict(TYPE);
        org.taipan.modules.weakref.Weakrefable.allow(TYPE);
        TYPE.addAttr("__doc__", PyStr.of("Dictionary that remembers insertion order"));
        TYPE.ready();
    }

    /** Raised by {@link OrderedDictIterator} and friends; kept here so the messages live in one place. */
    static PyException mutated() {
        return Errors.of(ExceptionTypes.RuntimeError, "OrderedDict mutated during iteration");
    }

    static PyException changedSize() {
        return Errors.of(ExceptionTypes.RuntimeError, "OrderedDict changed size during iteration");
    }
}
