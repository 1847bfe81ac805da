package org.taipan.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * Runs a str method whose implementation works on Java strings over operands that contain lone
 * surrogates. A Java String cannot keep a lone high surrogate next to a lone low one apart from
 * a real supplementary character, so each distinct lone surrogate is first replaced by a stand-in
 * BMP private-use character that none of the operands contains; the method runs on those
 * strings, and the stand-ins in its result (a str, or a list or tuple of str) are turned back.
 * The stand-ins behave as the surrogates do in every str method: no case, not space, not a line
 * break, not printable, not alphanumeric, never equal to anything else.
 */
final class LoneSurrogates {
    private LoneSurrogates() {}

    /** Whether the call involves a lone surrogate: {@code self}, a str argument, or a str in a tuple argument. */
    static boolean involved(PyObject self, PyObject[] args) {
        if (has(self)) {
            return true;
        }
        for (PyObject a : args) {
            if (has(a)) {
                return true;
            }
            if (a instanceof PyTuple t) {
                for (PyObject x : t.array()) {
                    if (has(x)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean has(PyObject o) {
        return o instanceof PyStr s && !s.isSimple() && s.hasLoneSurrogate();
    }

    /** Calls {@code m} with every str operand encoded, and decodes what it returns. */
    static PyObject call(PyObject self, PyObject[] args, String[] kw, PyMethodDescr.Impl m) {
        Map<Integer, Integer> toStandIn = new HashMap<>();
        java.util.BitSet used = new java.util.BitSet(0x10000);
        collect(self, toStandIn, used);
        for (PyObject a : args) {
            collect(a, toStandIn, used);
            if (a instanceof PyTuple t) {
                for (PyObject x : t.array()) {
                    collect(x, toStandIn, used);
                }
            }
        }
        Map<Integer, Integer> back = new HashMap<>();
        int next = 0xE000;
        for (Map.Entry<Integer, Integer> e : toStandIn.entrySet()) {
            while (used.get(next)) {
                next++;
            }
            e.setValue(next);
            back.put(next, e.getKey());
            next++;
        }
        PyObject encSelf = encode(self, toStandIn);
        PyObject[] encArgs = new PyObject[args.length];
        for (int i = 0; i < args.length; i++) {
            PyObject a = args[i];
            if (a instanceof PyTuple t) {
                PyObject[] items = t.array().clone();
                for (int j = 0; j < items.length; j++) {
                    items[j] = encode(items[j], toStandIn);
                }
                encArgs[i] = PyTuple.of(items);
            } else {
                encArgs[i] = encode(a, toStandIn);
            }
        }
        PyObject r = m.call(encSelf, encArgs, kw);
        Map<PyObject, PyObject> operands = new java.util.IdentityHashMap<>();
        operands.put(encSelf, self);
        for (int i = 0; i < args.length; i++) {
            operands.putIfAbsent(encArgs[i], args[i]);
        }
        return decode(r, back, operands);
    }

    private static void collect(PyObject o, Map<Integer, Integer> toStandIn, java.util.BitSet used) {
        if (!(o instanceof PyStr s) || s.isSimple()) {
            if (o instanceof PyStr s2) {
                for (int i = 0; i < s2.length(); i++) {
                    used.set(s2.codePointAt(i));
                }
            }
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                toStandIn.put(c, 0);
            } else if (c < 0x10000) {
                used.set(c);
            }
        }
    }

    private static PyObject encode(PyObject o, Map<Integer, Integer> toStandIn) {
        if (!(o instanceof PyStr s) || s.isSimple() || !s.hasLoneSurrogate()) {
            return o;
        }
        int[] c = s.codePoints();
        for (int i = 0; i < c.length; i++) {
            Integer r = toStandIn.get(c[i]);
            if (r != null) {
                c[i] = r;
            }
        }
        PyStr e = PyStr.ofCodePoints(c);
        return e;
    }

    /**
     * The result with the stand-ins turned back. Where it holds an operand itself (partition's
     * {@code self} or separator, a split's whole string), the caller's own object takes its place:
     * CPython's result holds that very object, which {@code is} tells apart from an equal copy.
     */
    private static PyObject decode(PyObject r, Map<Integer, Integer> back, Map<PyObject, PyObject> operands) {
        PyObject operand = operands.get(r);
        if (operand != null) {
            return operand;
        }
        if (r instanceof PyStr s) {
            return decodeStr(s, back);
        }
        if (r instanceof PyList l) {
            PyList out = new PyList();
            for (int i = 0; i < l.size(); i++) {
                out.append(decode(l.get(i), back, operands));
            }
            return out;
        }
        if (r instanceof PyTuple t && r.getClass() == PyTuple.class) {
            PyObject[] items = t.array().clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = decode(items[i], back, operands);
            }
            return PyTuple.of(items);
        }
        return r;
    }

    private static PyStr decodeStr(PyStr s, Map<Integer, Integer> back) {
        int[] c = s.codePoints();
        boolean changed = false;
        for (int i = 0; i < c.length; i++) {
            Integer r = back.get(c[i]);
            if (r != null) {
                c[i] = r;
                changed = true;
            }
        }
        return changed ? PyStr.ofCodePoints(c) : s;
    }
}
