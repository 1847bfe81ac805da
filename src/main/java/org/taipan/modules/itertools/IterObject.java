package org.taipan.modules.itertools;

import org.taipan.modules.TypedObject;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * An itertools iterator: {@code __iter__} returns itself and {@code __next__} calls
 * {@link #next()}, which returns null when exhausted (CPython's {@code tp_iternext} returning
 * NULL without an exception).
 */
abstract class IterObject extends TypedObject {
    IterObject(PyType type) {
        super(type);
    }

    /** The next item, or null at the end. */
    abstract PyObject next();

    /**
     * A type of module itertools: {@code itertools.NAME}, subclassable unless {@code sealed},
     * an iterator over itself.
     */
    static PyType type(String name, boolean subclassable) {
        PyType t = subclassable ? PyType.builtin("itertools." + name, PyType.OBJECT)
                : PyType.builtinFinal("itertools." + name, PyType.OBJECT);
        t.markOwnLayout();
        t.tp_iter = o -> o;
        t.tp_iternext = o -> ((IterObject) o).next();
        refuseNewAttributes(t);
        t.addAttr("__module__", PyStr.of("itertools"));
        return t;
    }
}
