package org.taipan.modules.json;

import java.util.IdentityHashMap;

import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyStrBuilder;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.RecursionGuard;
import org.taipan.runtime.ThreadState;
import org.taipan.runtime.Abstract;

/**
 * One call of a {@link PyEncoder}: writes the JSON text of an object (CPython 3.11's
 * {@code encoder_listencode_obj}, {@code _list}, {@code _dict}). None/True/False, str (any
 * subclass, through the string encoder), int and float (any subclass, by {@code int.__repr__} and
 * {@code float.__repr__}, so an IntEnum member is its number), list and tuple (and their
 * subclasses, which are iterated), dict (an exact dict read
 * directly, a subclass through its {@code items()}); anything else goes through {@code default}
 * and its result is encoded in its place. Each container and default level counts a recursion
 * level (" while encoding a JSON object"). With circular checking on, the containers being
 * written and the objects handed to {@code default} are remembered by identity, and meeting one
 * again is "Circular reference detected".
 */
final class Encoding {
    private static final String DEPTH = " while encoding a JSON object";

    private final PyEncoder e;
    private final PyStrBuilder out;
    /** The containers and default()-ed objects being written; null without circular checking. */
    private final IdentityHashMap<PyObject, Boolean> markers;

    Encoding(PyEncoder e, PyStrBuilder out, IdentityHashMap<PyObject, Boolean> markers) {
        this.e = e;
        this.out = out;
        this.markers = markers;
    }

    /** Appends the JSON text of {@code obj}. */
    void encode(PyObject obj) {
        if (obj == PyNone.NONE) {
            out.append("null");
        } else if (obj == PyBool.TRUE) {
            out.append("true");
        } else if (obj == PyBool.FALSE) {
            out.append("false");
        } else if (obj instanceof PyStr s) {
            e.appendString(out, s);
        } else if (obj instanceof PyInt i) {
            out.append(i.toDecimalString());
        } else if (obj instanceof PyFloat f) {
            out.append(e.floatText(f));
        } else if (obj instanceof PyList || obj instanceof PyTuple) {
            ThreadState ts = RecursionGuard.enter(DEPTH);
            try {
                encodeSequence(obj);
            } finally {
                RecursionGuard.leave(ts);
            }
        } else if (obj instanceof PyDict d) {
            ThreadState ts = RecursionGuard.enter(DEPTH);
            try {
                encodeDict(d);
            } finally {
                RecursionGuard.leave(ts);
            }
        } else {
            enter(obj);
            PyObject replacement = Callables.call(e.defaultFn, obj);
            ThreadState ts = RecursionGuard.enter(DEPTH);
            try {
                encode(replacement);
            } finally {
                RecursionGuard.leave(ts);
            }
            leave(obj);
        }
    }

    private void enter(PyObject container) {
        if (markers != null && markers.putIfAbsent(container, Boolean.TRUE) != null) {
            throw Errors.valueError("Circular reference detected");
        }
    }

    private void leave(PyObject container) {
        if (markers != null) {
            markers.remove(container);
        }
    }

    private void encodeSequence(PyObject seq) {
        // PySequence_Fast: an exact list or tuple is read in place, a subclass through its iterator.
        PyList list = seq.getClass() == PyList.class ? (PyList) seq : null;
        PyObject[] items = list != null ? null
                : seq.getClass() == PyTuple.class ? ((PyTuple) seq).array() : Abstract.toArray(seq);
        int n = list != null ? list.size() : items.length;
        if (n == 0) {
            out.append("[]");
            return;
        }
        enter(seq);
        out.append("[");
        // A list is re-measured at each step: default() may change it while it is written.
        for (int i = 0; list != null ? i < list.size() : i < n; i++) {
            if (i > 0) {
                out.append(e.itemSeparator);
            }
            encode(list != null ? list.get(i) : items[i]);
        }
        leave(seq);
        out.append("]");
    }

    private void encodeDict(PyDict d) {
        if (d.size() == 0) {
            out.append("{}");
            return;
        }
        enter(d);
        out.append("{");
        PyObject[] keys;
        PyObject[] values;
        if (d.getClass() == PyDict.class && !e.sortKeys) {
            // PyDict_Items: a snapshot, so default() changing the dict does not disturb the walk.
            int n = d.size();
            keys = new PyObject[n];
            values = new PyObject[n];
            for (int i = 0; i < n; i++) {
                keys[i] = d.keyAt(i);
                values[i] = d.valueAt(i);
            }
        } else {
            PyObject[][] kv = items(d);
            keys = kv[0];
            values = kv[1];
        }
        boolean first = true;
        for (int i = 0; i < keys.length; i++) {
            String keyText = keyText(keys[i]);
            if (keyText == null && !(keys[i] instanceof PyStr)) {
                continue;
            }
            if (!first) {
                out.append(e.itemSeparator);
            }
            first = false;
            e.appendString(out, keyText != null ? PyStr.of(keyText) : (PyStr) keys[i]);
            out.append(e.keySeparator);
            encode(values[i]);
        }
        leave(d);
        out.append("}");
    }

    /**
     * The items as CPython's {@code PyMapping_Items} gives them (an exact dict's own, a subclass's
     * {@code items()} as a list), sorted when sort_keys is set (as (key, value) tuples, with list.sort).
     */
    private PyObject[][] items(PyDict d) {
        PyList list;
        if (d.getClass() == PyDict.class) {
            list = new PyList();
            for (int i = 0; i < d.size(); i++) {
                list.append(PyTuple.of(d.keyAt(i), d.valueAt(i)));
            }
        } else {
            list = new PyList(Abstract.toArray(Callables.callAttr(d, "items")));
        }
        if (e.sortKeys) {
            Callables.callAttr(list, "sort");
        }
        int n = list.size();
        PyObject[][] kv = {new PyObject[n], new PyObject[n]};
        for (int i = 0; i < n; i++) {
            if (!(list.get(i) instanceof PyTuple t) || t.size() != 2) {
                throw Errors.valueError("items must return 2-tuples");
            }
            kv[0][i] = t.get(0);
            kv[1][i] = t.get(1);
        }
        return kv;
    }

    /**
     * The text of a key that is not a str (float, True/False/None, int), null for a str key or a
     * key skipkeys drops.
     *
     * @throws org.taipan.runtime.PyException TypeError "keys must be str, int, float, bool or None, not T"
     */
    private String keyText(PyObject key) {
        if (key instanceof PyStr) {
            return null;
        }
        if (key instanceof PyFloat f) {
            return e.floatText(f);
        }
        if (key == PyBool.TRUE) {
            return "true";
        }
        if (key == PyBool.FALSE) {
            return "false";
        }
        if (key == PyNone.NONE) {
            return "null";
        }
        if (key instanceof PyInt i) {
            return i.toDecimalString();
        }
        if (e.skipKeys) {
            return null;
        }
        throw Errors.typeError("keys must be str, int, float, bool or None, not %s", key.type().name());
    }
}
