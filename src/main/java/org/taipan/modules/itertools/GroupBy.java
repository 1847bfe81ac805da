package org.taipan.modules.itertools;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.IteratorPickling;
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
        TYPE.addMethodNoArgs("__reduce__", self -> {
            GroupBy g = (GroupBy) self;
            PyTuple args = PyTuple.of(g.it, g.keyFunc == null ? PyNone.NONE : g.keyFunc);
            if (g.tgtKey != null && g.currKey != null && g.currValue != null) {
                return PyTuple.of(g.type(), args, PyTuple.of(g.currKey, g.currValue, g.tgtKey));
            }
            return PyTuple.of(g.type(), args);
        });
        TYPE.addMethodOneArg("__setstate__", (self, state) -> {
            PyTuple st = IterObject.stateTuple(state);
            IterObject.stateArity(st, 3, 3);
            GroupBy g = (GroupBy) self;
            g.currKey = st.get(0);
            g.currValue = st.get(1);
            g.tgtKey = st.get(2);
            return PyNone.NONE;
        });
        TYPE.ready();
        GROUPER.tp_new = (t, a, k) -> {
            Args.check("_grouper", a, k, 2, 2);
            if (!(a[0] instanceof GroupBy parent)) {
                throw Errors.typeError("_grouper() argument 1 must be itertools.groupby, not %s", a[0].type().name());
            }
            Grouper g = new Grouper(parent, a[1]);
            parent.currGrouper = g;
            return g;
        };
        GROUPER.addMethodNoArgs("__reduce__", self -> {
            Grouper g = (Grouper) self;
            if (g.parent.currGrouper != g) {
                return IteratorPickling.iterOver(PyTuple.EMPTY);
            }
            return PyTuple.of(GROUPER, PyTuple.of(g.parent, g.tgtKey));
        });
        GROUPER.ready();
    }
}
