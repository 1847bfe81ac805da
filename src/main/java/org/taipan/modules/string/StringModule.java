package org.taipan.modules.string;

import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * The {@code _string} module (CPython's {@code Objects/stringlib/unicode_format.h} behind
 * {@code Modules/_string.c}): {@code formatter_parser}, which splits a format string into
 * (literal, field name, format spec, conversion) tuples, and {@code formatter_field_name_split},
 * which splits a field name into its first part and (is_attribute, key) pairs.
 * {@code string.Formatter} is built on them. The scanning follows CPython's
 * {@code MarkupIterator_next}/{@code parse_field}/{@code FieldNameIterator_next} step by step, so
 * the same malformed strings give the same ValueErrors as {@code str.format}.
 */
public final class StringModule {
    private StringModule() {}

    static final PyType FORMATTER_ITERATOR = iterType("formatteriterator");
    static final PyType FIELDNAME_ITERATOR = iterType("fieldnameiterator");

    private static PyType iterType(String name) {
        PyType t = PyType.builtinFinal(name, PyType.OBJECT);
        t.tp_iter = o -> o;
        t.tp_iternext = o -> ((Iter) o).next();
        t.ready();
        return t;
    }

    /** A lazy iterator over a string, one parsed piece per {@code next()}. */
    abstract static class Iter extends PyObject {
        final int[] s;
        int pos;

        Iter(PyStr str) {
            this.s = str.toString().codePoints().toArray();
        }

        abstract PyObject next();

        PyStr sub(int a, int b) {
            return PyStr.ofCodePoints(java.util.Arrays.copyOfRange(s, a, b));
        }

        /** CPython's {@code get_integer}: the decimal value of s[a, b), or -1 if not all decimal digits. */
        long integer(int a, int b) {
            if (a >= b) {
                return -1;
            }
            long acc = 0;
            for (int i = a; i < b; i++) {
                int c = s[i];
                if (Character.getType(c) != Character.DECIMAL_DIGIT_NUMBER) {
                    return -1;
                }
                int d = Character.digit(c, 10);
                if (acc > (Long.MAX_VALUE - d) / 10) {
                    throw Errors.valueError("Too many decimal digits in format string");
                }
                acc = acc * 10 + d;
            }
            return acc;
        }
    }

    /** {@code formatter_parser(s)}'s iterator. */
    static final class Parser extends Iter {
        Parser(PyStr str) {
            super(str);
        }

        @Override
        public PyType type() {
            return FORMATTER_ITERATOR;
        }

        @Override
        PyObject next() {
            int end = s.length;
            if (pos >= end) {
                return null;
            }
            int start = pos;
            int c = 0;
            boolean markup = false;
            while (pos < end) {
                c = s[pos++];
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= end;
            int len = pos - start;
            if (c == '}' && (atEnd || c != s[pos])) {
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (atEnd && c == '{') {
                throw Errors.valueError("Single '{' encountered in format string");
            }
            if (!atEnd) {
                if (c == s[pos]) {
                    pos++;
                    markup = false;
                } else {
                    len--;
                }
            }
            PyStr literal = sub(start, start + len);
            if (!markup) {
                return PyTuple.of(literal, PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            return field(literal);
        }

        /** CPython's {@code parse_field}, just after a '{'. */
        private PyObject field(PyStr literal) {
            int end = s.length;
            int nameStart = pos;
            int c = 0;
            while (pos < end) {
                c = s[pos++];
                if (c == '{') {
                    throw Errors.valueError("unexpected '{' in field name");
                }
                if (c == '[') {
                    while (pos < end && s[pos] != ']') {
                        pos++;
                    }
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') {
                    break;
                }
            }
            PyStr name = sub(nameStart, pos - 1);
            PyObject conversion = PyNone.NONE;
            PyStr spec = PyStr.of("");
            if (c == '!' || c == ':') {
                if (c == '!') {
                    if (pos >= end) {
                        throw Errors.valueError("end of string while looking for conversion specifier");
                    }
                    conversion = PyStr.ofCodePoint(s[pos++]);
                    if (pos < end) {
                        int c2 = s[pos++];
                        if (c2 == '}') {
                            return PyTuple.of(literal, name, spec, conversion);
                        }
                        if (c2 != ':') {
                            throw Errors.valueError("expected ':' after conversion specifier");
                        }
                    }
                }
                int specStart = pos;
                int count = 1;
                while (pos < end) {
                    int k = s[pos++];
                    if (k == '{') {
                        count++;
                    } else if (k == '}' && --count == 0) {
                        return PyTuple.of(literal, name, sub(specStart, pos - 1), conversion);
                    }
                }
                throw Errors.valueError("unmatched '{' in format spec");
            } else if (c != '}') {
                throw Errors.valueError("expected '}' before end of string");
            }
            return PyTuple.of(literal, name, spec, conversion);
        }
    }

    /** The rest of a field name: {@code (True, attr)} and {@code (False, key)} pairs. */
    static final class FieldNames extends Iter {
        FieldNames(PyStr str, int pos) {
            super(str);
            this.pos = pos;
        }

        @Override
        public PyType type() {
            return FIELDNAME_ITERATOR;
        }

        @Override
        PyObject next() {
            int end = s.length;
            if (pos >= end) {
                return null;
            }
            int c = s[pos++];
            boolean attr;
            int nameStart = pos, nameEnd;
            if (c == '.') {
                attr = true;
                while (pos < end && s[pos] != '.' && s[pos] != '[') {
                    pos++;
                }
                nameEnd = pos;
            } else if (c == '[') {
                attr = false;
                while (pos < end && s[pos] != ']') {
                    pos++;
                }
                if (pos >= end) {
                    throw Errors.valueError("Missing ']' in format string");
                }
                nameEnd = pos++;
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            if (nameStart == nameEnd) {
                throw Errors.valueError("Empty attribute in format string");
            }
            PyObject key;
            if (attr) {
                key = sub(nameStart, nameEnd);
            } else {
                long i = integer(nameStart, nameEnd);
                key = i == -1 ? sub(nameStart, nameEnd) : PyInt.of(i);
            }
            return PyTuple.of(PyBool.of(attr), key);
        }
    }

    private static PyStr strArg(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("expected str, got %s", o.type().name());
        }
        return s;
    }

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("_string", true);
        m.set("__doc__", PyStr.of("string helper module"));
        PyBuiltinFunction parser = new PyBuiltinFunction("formatter_parser",
                (a, k) -> new Parser(strArg(Args.oneArg("formatter_parser", a, k))));
        parser.setModule(m);
        m.set("formatter_parser", parser);
        PyBuiltinFunction split = new PyBuiltinFunction("formatter_field_name_split", (a, k) -> {
            PyStr str = strArg(Args.oneArg("formatter_field_name_split", a, k));
            FieldNames rest = new FieldNames(str, 0);
            int[] s = rest.s;
            int i = 0;
            while (i < s.length && s[i] != '.' && s[i] != '[') {
                i++;
            }
            long idx = rest.integer(0, i);
            PyObject first = idx == -1 ? rest.sub(0, i) : PyInt.of(idx);
            rest.pos = i;
            return PyTuple.of(first, rest);
        });
        split.setModule(m);
        m.set("formatter_field_name_split", split);
        return m;
    }
}
