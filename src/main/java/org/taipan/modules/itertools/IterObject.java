package org.taipan.modules.itertools;

import org.taipan.modules.TypedObject;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;
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

    /** CPython's {@code PyIter_Check}: whether {@code o}'s type has a {@code __next__}. */
    static boolean isIterator(PyObject o) {
        return o.type().tp_iternext != null;
    }

    /**
     * The arity check of a {@code __setstate__} that unpacks its tuple with CPython's
     * {@code PyArg_ParseTuple}.
     *
     * @throws org.taipan.runtime.PyException TypeError "function takes exactly 2 arguments (1 given)"
     */
    static void stateArity(PyTuple state, int min, int max) {
        int n = state.size();
        if (n >= min && n <= max) {
            return;
        }
        String bound = min == max ? "exactly" : n < min ? "at least" : "at most";
        int count = n < min ? min : max;
        throw Errors.typeError("function takes %s %d argument%s (%d given)", bound, count, count == 1 ? "" : "s", n);
    }

    /** The state tuple of a {@code __setstate__}, or TypeError "state is not a tuple". */
    static PyTuple stateTuple(PyObject state) {
        if (state instanceof PyTuple t) {
            return t;
        }
        throw Errors.typeError("state is not a tuple");
    }

    /** The type {@code itertools._tee_dataobject}: final, not an iterator. */
    static PyType dataType() {
        PyType t = PyType.builtinFinal("itertools._tee_dataobject", PyType.OBJECT);
        t.markOwnLayout();
        refuseNewAttributes(t);
        return t;
    }

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
        return t;
    }
}
