package org.taipan.modules.itertools;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code groupby(iterable, key=None)} and its {@code _grouper} sub-iterators (CPython's
 * {@code groupbyobject}): each group is a view of the shared input that stops as soon as the
 * groupby object advances past it.
 */
final class GroupBy extends IterObject {
    static final PyType TYPE = IterObject.type("groupby", true);
    static final PyType GROUPER = IterObject.type("_grouper", false);

    final PyObject it, keyFunc;
    PyObject tgtKey, currKey, currValue;
    Grouper currGrouper;

    GroupBy(PyType t, PyObject it, PyObject keyFunc) {
        super(t);
        this.it = it;
        this.keyFunc = keyFunc;
    }

    /** Pulls the next input item and its key; false at the end of the input. */
    boolean step() {
        PyObject v = Abstract.next(it);
        if (v == null) {
            return false;
        }
        PyObject key = keyFunc == null ? v : Callables.call(keyFunc, v);
        currValue = v;
        currKey = key;
        return true;
    }

    @Override
    PyObject next() {
        currGrouper = null;
        while (true) {
            if (currKey != null) {
                if (tgtKey == null || !Abstract.richCompareBool(tgtKey, currKey, CompareOp.EQ)) {
                    break;
                }
            }
            if (!step()) {
                return null;
            }
        }
        tgtKey = currKey;
        Grouper g = new Grouper(this, tgtKey);
        currGrouper = g;
        return PyTuple.of(currKey, g);
    }

    /** One group: the items while their key equals the group's. */
    static final class Grouper extends IterObject {
        final GroupBy parent;
        final PyObject tgtKey;

        Grouper(GroupBy parent, PyObject tgtKey) {
            super(GROUPER);
            this.parent = parent;
            this.tgtKey = tgtKey;
        }

        @Override
        PyObject next() {
            GroupBy g = parent;
            if (g.currGrouper != this) {
                return null;
            }
            if (g.currValue == null && !g.step()) {
                return null;
            }
            if (!Abstract.richCompareBool(tgtKey, g.currKey, CompareOp.EQ)) {
                return null;
            }
            PyObject r = g.currValue;
            g.currValue = null;
            g.currKey = null;
            return r;
        }
    }

    static {
        TYPE.tp_new = (t, a, k) -> {
            PyObject[] b = MethodArgs.bind("groupby", a, k, 0, "iterable", "key");
            MethodArgs.required("groupby", b, 0, "iterable");
            return new GroupBy(t, Abstract.iter(b[0]), b[1] == null || b[1] == PyNone.NONE ? null : b[1]);
        };
        TYPE.ready();
        GROUPER.ready();
    }
}
