package org.taipan.modules.json;

import java.math.BigInteger;
import java.util.HashMap;

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
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.RecursionGuard;
import org.taipan.runtime.ThreadState;

/**
 * One call of a {@link PyScanner}: a recursive-descent reader of one JSON value
 * ({@code scan_once_unicode}, {@code _parse_object_unicode}, {@code _parse_array_unicode},
 * {@code _match_number_unicode} of CPython's {@code Modules/_json.c}), with the scanner's hooks.
 * Object keys are memoized for the call, so equal keys are one str object, as in CPython.
 * Every method takes the index where its term starts and leaves the index after it in
 * {@link #next}.
 */
final class Decoding {
    private static final String OBJECT_DEPTH = " while decoding a JSON object from a unicode string";
    private static final String ARRAY_DEPTH = " while decoding a JSON array from a unicode string";

    private final PyScanner s;
    private final JsonText text;
    private final StringScanner strings;
    /** Keys already seen: by Java text for simple keys (cheap hashing), else by the str itself. */
    private final HashMap<Object, PyStr> memo = new HashMap<>();
    int next;

    Decoding(PyScanner s, JsonText text) {
        this.s = s;
        this.text = text;
        this.strings = new StringScanner(text, s.strict);
    }

    /**
     * The value starting at {@code idx}.
     *
     * @throws org.taipan.runtime.PyException StopIteration(idx) when no value starts there;
     *     ValueError "idx cannot be negative"; JSONDecodeError; RecursionError; what the hooks raise
     */
    PyObject scanOnce(int idx) {
        if (idx < 0) {
            throw Errors.valueError("idx cannot be negative");
        }
        int len = text.length;
        if (idx >= len) {
            throw DecodeErrors.stopIteration(idx);
        }
        switch (text.at(idx)) {
            case '"':
                PyStr str = strings.scan(idx + 1);
                next = strings.next;
                return str;
            case '{': {
                ThreadState ts = RecursionGuard.enter(OBJECT_DEPTH);
                try {
                    return parseObject(idx + 1);
                } finally {
                    RecursionGuard.leave(ts);
                }
            }
            case '[': {
                ThreadState ts = RecursionGuard.enter(ARRAY_DEPTH);
                try {
                    return parseArray(idx + 1);
                } finally {
                    RecursionGuard.leave(ts);
                }
            }
            case 'n':
                if (matches(idx, "null")) {
                    next = idx + 4;
                    return PyNone.NONE;
                }
                break;
            case 't':
                if (matches(idx, "true")) {
                    next = idx + 4;
                    return PyBool.TRUE;
                }
                break;
            case 'f':
                if (matches(idx, "false")) {
                    next = idx + 5;
                    return PyBool.FALSE;
                }
                break;
            case 'N':
                if (matches(idx, "NaN")) {
                    return constant(idx, "NaN");
                }
                break;
            case 'I':
                if (matches(idx, "Infinity")) {
                    return constant(idx, "Infinity");
                }
                break;
            case '-':
                if (matches(idx, "-Infinity")) {
                    return constant(idx, "-Infinity");
                }
                break;
            default:
                break;
        }
        return number(idx);
    }

    /** Whether {@code word} is at {@code idx} (CPython also needs it to fit before the end). */
    private boolean matches(int idx, String word) {
        if (idx + word.length() > text.length) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (text.at(idx + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private PyObject constant(int idx, String word) {
        PyObject r = Callables.call(s.parseConstant, PyStr.of(word));
        next = idx + word.length();
        return r;
    }

    /** {@code {...}} from just after the brace: a dict, or what object_hook / object_pairs_hook make of it. */
    private PyObject parseObject(int idx) {
        boolean pairs = s.objectPairsHook != PyNone.NONE;
        PyDict dict = pairs ? null : new PyDict();
        PyList items = pairs ? new PyList() : null;
        int len = text.length;
        idx = text.skipWhitespace(idx);
        if (idx >= len || text.at(idx) != '}') {
            while (true) {
                if (idx >= len || text.at(idx) != '"') {
                    throw DecodeErrors.decodeError("Expecting property name enclosed in double quotes", text.doc, idx);
                }
                PyStr key = memoize(strings.scan(idx + 1));
                idx = text.skipWhitespace(strings.next);
                if (idx >= len || text.at(idx) != ':') {
                    throw DecodeErrors.decodeError("Expecting ':' delimiter", text.doc, idx);
                }
                idx = text.skipWhitespace(idx + 1);
                PyObject value = scanOnce(idx);
                if (pairs) {
                    items.append(PyTuple.of(key, value));
                } else {
                    dict.setItem(key, value);
                }
                idx = text.skipWhitespace(next);
                if (idx < len && text.at(idx) == '}') {
                    break;
                }
                if (idx >= len || text.at(idx) != ',') {
                    throw DecodeErrors.decodeError("Expecting ',' delimiter", text.doc, idx);
                }
                idx = text.skipWhitespace(idx + 1);
            }
        }
        next = idx + 1;
        if (pairs) {
            return Callables.call(s.objectPairsHook, items);
        }
        if (s.objectHook != PyNone.NONE) {
            return Callables.call(s.objectHook, dict);
        }
        return dict;
    }

    private PyStr memoize(PyStr key) {
        Object k = key.isSimple() ? key.toString() : key;
        PyStr seen = memo.putIfAbsent(k, key);
        return seen == null ? key : seen;
    }

    /** {@code [...]} from just after the bracket. */
    private PyObject parseArray(int idx) {
        PyList list = new PyList();
        int len = text.length;
        idx = text.skipWhitespace(idx);
        if (idx >= len || text.at(idx) != ']') {
            while (true) {
                list.append(scanOnce(idx));
                idx = text.skipWhitespace(next);
                if (idx < len && text.at(idx) == ']') {
                    break;
                }
                if (idx >= len || text.at(idx) != ',') {
                    throw DecodeErrors.decodeError("Expecting ',' delimiter", text.doc, idx);
                }
                idx = text.skipWhitespace(idx + 1);
            }
        }
        next = idx + 1;
        return list;
    }

    private boolean isDigit(int i) {
        int c = text.at(i);
        return c >= '0' && c <= '9';
    }

    /**
     * A number at {@code start}: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?}, the
     * longest prefix that fits (an incomplete fraction or exponent is left for the caller, which
     * then reports "Extra data" or a missing delimiter). StopIteration(start) when there is none.
     */
    private PyObject number(int start) {
        int len = text.length;
        int idx = start;
        if (text.at(idx) == '-') {
            idx++;
            if (idx >= len) {
                throw DecodeErrors.stopIteration(start);
            }
        }
        int first = text.at(idx);
        if (first >= '1' && first <= '9') {
            idx++;
            while (idx < len && isDigit(idx)) {
                idx++;
            }
        } else if (first == '0') {
            idx++;
        } else {
            throw DecodeErrors.stopIteration(start);
        }
        int intEnd = idx;
        boolean isFloat = false;
        if (idx < len - 1 && text.at(idx) == '.' && isDigit(idx + 1)) {
            isFloat = true;
            idx += 2;
            while (idx < len && isDigit(idx)) {
                idx++;
            }
        }
        if (idx < len - 1 && (text.at(idx) == 'e' || text.at(idx) == 'E')) {
            int eStart = idx;
            idx++;
            if (idx < len - 1 && (text.at(idx) == '-' || text.at(idx) == '+')) {
                idx++;
            }
            while (idx < len && isDigit(idx)) {
                idx++;
            }
            if (isDigit(idx - 1)) {
                isFloat = true;
            } else {
                idx = eStart;
            }
        }
        next = idx;
        if (isFloat) {
            if (s.parseFloat != PyFloat.TYPE) {
                return Callables.call(s.parseFloat, text.substring(start, idx));
            }
            return PyFloat.of(Double.parseDouble(text.ascii(start, idx)));
        }
        if (s.parseInt != PyInt.TYPE) {
            return Callables.call(s.parseInt, text.substring(start, idx));
        }
        return integer(start, intEnd);
    }

    /** The int whose decimal text is {@code [start, end)} (an optional '-' and digits). */
    private PyInt integer(int start, int end) {
        boolean negative = text.at(start) == '-';
        int digits = end - start - (negative ? 1 : 0);
        if (digits <= 18) {
            long v = 0;
            for (int i = negative ? start + 1 : start; i < end; i++) {
                v = v * 10 + (text.at(i) - '0');
            }
            return PyInt.of(negative ? -v : v);
        }
        int limit = PyInt.maxStrDigits();
        if (limit > 0 && digits > limit) {
            throw Errors.valueError("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; "
                    + "use sys.set_int_max_str_digits() to increase the limit", limit, digits);
        }
        return PyInt.of(new BigInteger(text.ascii(start, end)));
    }
}
