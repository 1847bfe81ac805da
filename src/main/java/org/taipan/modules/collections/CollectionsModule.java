package org.taipan.modules.collections;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The {@code _collections} module (CPython's {@code Modules/_collectionsmodule.c}): {@code deque}
 * and its iterators, {@code defaultdict}, {@code _count_elements} (Counter's counting loop) and
 * {@code _tuplegetter} (namedtuple's field descriptor) and {@code OrderedDict}, which
 * {@code collections/__init__.py} takes in place of its pure-Python version.
 */
public final class CollectionsModule {
    private CollectionsModule() {}

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("_collections", true);
        m.set("__doc__", PyStr.of("High performance data structures.\n- deque:        ordered collection accessible "
                + "from endpoints only\n- defaultdict:  dict subclass with a default value factory\n"));
        m.set("deque", DequeType.DEQUE);
        m.set("_deque_iterator", DequeType.ITER);
        m.set("_deque_reverse_iterator", DequeType.REVERSE_ITER);
        m.set("defaultdict", PyDefaultDict.TYPE);
        m.set("OrderedDict", PyOrderedDict.TYPE);
        m.set("_tuplegetter", TupleGetter.TYPE);
        PyBuiltinFunction count = new PyBuiltinFunction("_count_elements", (a, k) -> {
            Args.check("_count_elements", a, k, 2, 2);
            countElements(a[0], a[1]);
            return PyNone.NONE;
        });
        count.setModule(m);
        m.set("_count_elements", count);
        return m;
    }

    /**
     * {@code mapping[x] = mapping.get(x, 0) + 1} for each x: straight on the dict when the
     * mapping is a dict that keeps dict's {@code get} and {@code __setitem__} (Counter), through
     * those methods otherwise.
     */
    static void countElements(PyObject mapping, PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        PyType t = mapping.type();
        boolean fast = mapping instanceof PyDict && t.lookup("get") == PyDict.TYPE.lookup("get")
                && t.lookup("__setitem__") == PyDict.TYPE.lookup("__setitem__");
        if (fast) {
            PyDict d = (PyDict) mapping;
            for (PyObject x; (x = Abstract.next(it)) != null; ) {
                PyObject old = d.getItem(x);
                d.setItem(x, old == null ? PyInt.ONE : Abstract.add(old, PyInt.ONE));
            }
            return;
        }
        PyObject get = Abstract.getAttr(mapping, "get");
        for (PyObject x; (x = Abstract.next(it)) != null; ) {
            PyObject old = Callables.call(get, x, PyInt.ZERO);
            Abstract.setItem(mapping, x, Abstract.add(old, PyInt.ONE));
        }
    }
}
