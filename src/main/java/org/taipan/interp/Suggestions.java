package org.taipan.interp;

import java.nio.charset.StandardCharsets;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTraceback;
import org.taipan.runtime.ThreadState;

/**
 * The "Did you mean" trailer CPython 3.11 prints after an uncaught {@code NameError} or
 * {@code AttributeError} ({@code Python/suggestions.c}, {@code _Py_Offer_Suggestions}): only
 * for exactly those types; {@code str(e)} never carries it. An AttributeError's candidates are
 * {@code dir(e.obj)}; a NameError's are the local variable names of the innermost traceback
 * frame's code, then its globals, then its builtins (the first list with a match wins). A
 * candidate is chosen by a Levenshtein distance over UTF-8 bytes where a case flip costs 1 and
 * any other edit 2, at most a third of the characters involved, lists of 750 names or more and
 * names over 40 bytes (after trimming common affixes) never matching.
 */
public final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The trailer (". Did you mean: 'print'?") for {@code exc}, or "" when there is none. */
    public static String trailer(PyBaseException exc) {
        try {
            PyStr s = null;
            if (exc.type() == ExceptionTypes.AttributeError) {
                s = forAttribute(exc);
            } else if (exc.type() == ExceptionTypes.NameError) {
                s = forName(exc);
            }
            return s == null ? "" : ". Did you mean: " + Abstract.repr(s) + "?";
        } catch (RuntimeException e) {
            // CPython discards any error raised while looking for a suggestion.
            return "";
        }
    }

    private static PyStr forAttribute(PyBaseException exc) {
        PyObject name = exc.attribute("name");
        PyObject obj = exc.attribute("obj");
        if (!(name instanceof PyStr n) || n.getClass() != PyStr.class || obj == null) {
            return null;
        }
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return null;
        }
        PyObject dir = ts.interpreter.builtins().getItem(PyStr.of("dir"));
        if (dir == null) {
            return null;
        }
        PyObject list = org.taipan.runtime.Callables.call(dir, obj);
        return best(Abstract.toArray(list), n);
    }

    private static PyStr forName(PyBaseException exc) {
        PyObject name = exc.attribute("name");
        if (!(name instanceof PyStr n) || n.getClass() != PyStr.class || exc.traceback == null) {
            return null;
        }
        PyTraceback tb = exc.traceback;
        while (tb.next != null) {
            tb = tb.next;
        }
        if (!(tb.frame instanceof Frame f)) {
            return null;
        }
        String[] varnames = f.code.code.varnames;
        PyObject[] locals = new PyObject[varnames.length];
        for (int i = 0; i < locals.length; i++) {
            locals[i] = PyStr.of(varnames[i]);
        }
        PyStr s = best(locals, n);
        if (s == null) {
            s = best(keys(f.globals), n);
        }
        if (s == null && f.builtins != null) {
            s = best(keys(f.builtins), n);
        }
        return s;
    }

    private static PyObject[] keys(PyDict d) {
        return d == null ? new PyObject[0] : Abstract.toArray(d);
    }

    /** {@code calculate_suggestions}: the closest candidate, the first of equals; null for none. */
    static PyStr best(PyObject[] candidates, PyStr name) {
        if (candidates.length >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] nameBytes = utf8(name);
        PyStr suggestion = null;
        int suggestionDistance = Integer.MAX_VALUE;
        for (PyObject c : candidates) {
            if (!(c instanceof PyStr cs)) {
                // PyUnicode_AsUTF8AndSize fails on a non-str: the whole search gives nothing.
                return null;
            }
            byte[] item = utf8(cs);
            if (java.util.Arrays.equals(item, nameBytes)) {
                continue;
            }
            int maxDistance = (nameBytes.length + item.length + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, suggestionDistance - 1);
            int d = distance(nameBytes, item, maxDistance);
            if (d > maxDistance) {
                continue;
            }
            if (suggestion == null || d < suggestionDistance) {
                suggestion = cs;
                suggestionDistance = d;
            }
        }
        return suggestion;
    }

    private static byte[] utf8(PyStr s) {
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            if (c >= 0xD800 && c <= 0xDFFF) {
                // CPython cannot encode a lone surrogate to UTF-8: no suggestion.
                throw new IllegalArgumentException("surrogate");
            }
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        int la = a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a;
        int lb = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
        return la == lb ? CASE_COST : MOVE_COST;
    }

    /** {@code levenshtein_distance}: the edit cost, or {@code maxCost + 1} once it must exceed it. */
    static int distance(byte[] a0, byte[] b0, int maxCost) {
        int aStart = 0, aEnd = a0.length, bStart = 0, bEnd = b0.length;
        while (aStart < aEnd && bStart < bEnd && a0[aStart] == b0[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a0[aEnd - 1] == b0[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart, bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        byte[] a = a0, b = b0;
        if (bSize < aSize) {
            a = b0;
            b = a0;
            int t = aStart;
            aStart = bStart;
            bStart = t;
            t = aSize;
            aSize = bSize;
            bSize = t;
        }
        if ((bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] row = new int[aSize];
        for (int i = 0; i < aSize; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < aSize; ai++) {
                int substitute = distance + substitutionCost(code, a[aStart + ai]);
                distance = row[ai];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[ai] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
