package org.taipan.modules.csv;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

import java.util.function.Function;

/**
 * A {@code _csv.Dialect} (CPython 3.11's {@code DialectObj}): the immutable, validated set of
 * parsing and formatting options that readers and writers use. Characters are code points,
 * {@link #NOT_SET} where the option is None. Built by {@link #create} from a base dialect (an
 * instance, a registered name or any object with the attributes) and keyword overrides, with
 * {@code dialect_new}'s checks and messages.
 */
class CsvDialect extends PyObject {
    /** The code point of a character option that is None. */
    static final int NOT_SET = -1;

    static final int QUOTE_MINIMAL = 0, QUOTE_ALL = 1, QUOTE_NONNUMERIC = 2, QUOTE_NONE = 3;

    /** The parameters in {@code Dialect()}'s positional order. */
    static final String[] PARAMS = {"dialect", "delimiter", "doublequote", "escapechar", "lineterminator",
        "quotechar", "quoting", "skipinitialspace", "strict"};

    private final PyType type;
    boolean doublequote, skipinitialspace, strict;
    int quoting, delimiter, quotechar, escapechar;
    PyStr lineterminator;

    CsvDialect(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** A user subclass's instance: it has a {@code __dict__}. */
    static final class Sub extends CsvDialect implements HasDict, org.taipan.runtime.HasSlotValues {
        private PyDict dict;
        /** Values of its {@code __slots__} members, by name (made by the first store). */
        private PyDict slotValues;

        Sub(PyType type) {
            super(type);
        }

        @Override
        public PyDict dict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public boolean replaceDict(PyDict d) {
            dict = d;
            return true;
        }

        @Override
        public PyDict slotValues(boolean create) {
            if (slotValues == null && create) {
                slotValues = new PyDict();
            }
            return slotValues;
        }
    }

    /** The {@code _csv.Dialect} type of one module instance, whose constructor reads {@code state}'s registry. */
    static PyType newType(CsvState state) {
        PyType t = PyType.builtin("_csv.Dialect", PyType.OBJECT).markOwnLayout();
        t.addAttr("__module__", PyStr.of("_csv"));
        t.addAttr("__doc__", PyStr.of("CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n"));
        t.tp_new = (type, a, k) -> create(state, type, bind(a, k));
        getter(t, "delimiter", d -> charOrNone(d.delimiter), false);
        getter(t, "doublequote", d -> PyBool.of(d.doublequote), true);
        getter(t, "escapechar", d -> charOrNone(d.escapechar), false);
        getter(t, "lineterminator", d -> d.lineterminator, false);
        getter(t, "quotechar", d -> charOrNone(d.quotechar), false);
        getter(t, "quoting", d -> PyInt.of(d.quoting), false);
        getter(t, "skipinitialspace", d -> PyBool.of(d.skipinitialspace), true);
        getter(t, "strict", d -> PyBool.of(d.strict), true);
        for (String name : new String[] {"__reduce__", "__reduce_ex__"}) {
            t.addMethod(name, (self, a, k) -> {
                throw Errors.typeError("cannot pickle '%s' instances", shortName(self.type()));
            });
        }
        t.ready();
        return t;
    }

    /**
     * A read-only attribute: the getset ones say "attribute 'x' of '_csv.Dialect' objects is not
     * writable", the three bool members (CPython's {@code T_BOOL} members) "readonly attribute".
     */
    private static void getter(PyType t, String name, Function<CsvDialect, PyObject> f, boolean member) {
        t.addAttr(name, new PyGetSetDescr(t, name, o -> f.apply((CsvDialect) o), member ? (o, v) -> {
            throw Errors.attributeError("readonly attribute");
        } : null));
    }

    private static String shortName(PyType t) {
        String n = t.name();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    private static PyObject charOrNone(int c) {
        return c == NOT_SET ? PyNone.NONE : PyStr.ofCodePoint(c);
    }

    /**
     * The nine optional arguments of {@code Dialect(...)} by position or keyword, null where
     * absent ({@code PyArg_ParseTupleAndKeywords} with format {@code "|OOOOOOOOO"}).
     */
    static PyObject[] bind(PyObject[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        int npos = a.length - nk;
        if (a.length > PARAMS.length) {
            throw Errors.typeError("function takes at most %d arguments (%d given)", PARAMS.length, a.length);
        }
        PyObject[] v = new PyObject[PARAMS.length];
        System.arraycopy(a, 0, v, 0, npos);
        for (int i = 0; i < nk; i++) {
            int at = indexOf(k[i]);
            if (at < 0) {
                throw Errors.typeError("'%s' is an invalid keyword argument for this function", k[i]);
            }
            if (at < npos) {
                throw Errors.typeError("argument for function given by name ('%s') and position (%d)", k[i], at + 1);
            }
            v[at] = a[npos + i];
        }
        return v;
    }

    private static int indexOf(String name) {
        for (int i = 0; i < PARAMS.length; i++) {
            if (PARAMS[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code dialect_new}: the dialect that {@code v} (see {@link #bind}) describes. A dialect
     * instance given alone is returned as it is; a str names a registered dialect; other
     * options are read from the base object's attributes where not given.
     *
     * @throws PyException _csv.Error "unknown dialect"; TypeError for an option of the wrong type
     *     or an inconsistent set ("quotechar must be set if quoting enabled", ...)
     */
    static CsvDialect create(CsvState state, PyType type, PyObject[] v) {
        PyObject base = v[0];
        if (base != null) {
            if (base instanceof PyStr) {
                base = lookup(state, base);
            }
            boolean noOverrides = true;
            for (int i = 1; i < v.length; i++) {
                noOverrides &= v[i] == null;
            }
            if (noOverrides && base instanceof CsvDialect d && base.type().isSubtypeOf(state.dialectType)) {
                return d;
            }
            for (int i = 1; i < v.length; i++) {
                if (v[i] == null) {
                    v[i] = attrOrNull(base, PARAMS[i]);
                }
            }
        }
        CsvDialect d = type == state.dialectType ? new CsvDialect(type) : new Sub(type);
        d.delimiter = charOption("delimiter", v[1], ',');
        d.doublequote = v[2] == null || Abstract.isTrue(v[2]);
        d.escapechar = charOrNoneOption("escapechar", v[3], NOT_SET);
        d.lineterminator = strOption("lineterminator", v[4]);
        d.quotechar = charOrNoneOption("quotechar", v[5], '"');
        d.quoting = intOption("quoting", v[6], QUOTE_MINIMAL);
        d.skipinitialspace = v[7] != null && Abstract.isTrue(v[7]);
        d.strict = v[8] != null && Abstract.isTrue(v[8]);
        if (d.quoting < QUOTE_MINIMAL || d.quoting > QUOTE_NONE) {
            throw Errors.typeError("bad \"quoting\" value");
        }
        if (v[5] == PyNone.NONE && v[6] == null) {
            // quotechar=None alone means: never quote.
            d.quoting = QUOTE_NONE;
        }
        if (d.quoting != QUOTE_NONE && d.quotechar == NOT_SET) {
            throw Errors.typeError("quotechar must be set if quoting enabled");
        }
        if (d.lineterminator == null) {
            throw Errors.typeError("lineterminator must be set");
        }
        return d;
    }

    /** The registered dialect {@code name}: _csv.Error "unknown dialect" if none. */
    static CsvDialect lookup(CsvState state, PyObject name) {
        PyObject d = state.dialects.getItem(name);
        if (d == null) {
            throw CsvState.error("unknown dialect");
        }
        return (CsvDialect) d;
    }

    /** {@code getattr(o, name)}, null on any exception (CPython clears whatever it raised). */
    private static PyObject attrOrNull(PyObject o, String name) {
        try {
            return Abstract.getAttr(o, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.Exception)) {
                return null;
            }
            throw e;
        }
    }

    private static int oneChar(String name, PyStr s) {
        if (s.length() != 1) {
            throw Errors.typeError("\"%s\" must be a 1-character string", name);
        }
        return s.codePointAt(0);
    }

    private static int charOption(String name, PyObject src, int dflt) {
        if (src == null) {
            return dflt;
        }
        if (!(src instanceof PyStr s)) {
            throw Errors.typeError("\"%s\" must be string, not %s", name, src.type().name());
        }
        return oneChar(name, s);
    }

    private static int charOrNoneOption(String name, PyObject src, int dflt) {
        if (src == null) {
            return dflt;
        }
        if (src == PyNone.NONE) {
            return NOT_SET;
        }
        if (!(src instanceof PyStr s)) {
            throw Errors.typeError("\"%s\" must be string or None, not %s", name, src.type().name());
        }
        return oneChar(name, s);
    }

    private static PyStr strOption(String name, PyObject src) {
        if (src == null) {
            return PyStr.of("\r\n");
        }
        if (src == PyNone.NONE) {
            return null;
        }
        if (!(src instanceof PyStr s)) {
            throw Errors.typeError("\"%s\" must be a string", name);
        }
        return s;
    }

    private static int intOption(String name, PyObject src, int dflt) {
        if (src == null) {
            return dflt;
        }
        if (src.getClass() != PyInt.class) {
            throw Errors.typeError("\"%s\" must be an integer", name);
        }
        PyInt i = (PyInt) src;
        if (i.bigValue().bitLength() > 31) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return i.intValue();
    }

    /** Whether {@code c} (a code point, or {@link #NOT_SET}) occurs in the line terminator. */
    boolean inLineterminator(int c) {
        for (int i = 0, n = lineterminator.length(); i < n; i++) {
            if (lineterminator.codePointAt(i) == c) {
                return true;
            }
        }
        return false;
    }
}
