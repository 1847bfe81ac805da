package org.taipan.modules.unicodedata;

import java.text.Normalizer;
import org.taipan.parse.UnicodeNames;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The {@code unicodedata} module (CPython's {@code Modules/unicodedata.c}) with CPython 3.11's
 * Unicode 14.0: properties from {@link Ucd14}, names and name lookup from the JDK through
 * {@link UnicodeNames} (Unicode names never change; characters assigned after 14.0 are
 * refused), normalization by {@link Normalizer}. {@code ucd_3_2_0} (used by {@code idna} and
 * {@code stringprep}) is a {@code UCD} object answering with 3.2.0's values where {@link Ucd32}
 * records a difference (code points assigned since, changed properties, five normalizations).
 */
public final class UnicodedataModule {
    private UnicodedataModule() {}

    static final PyType UCD = PyType.builtinFinal("unicodedata.UCD", PyType.OBJECT);

    /** A {@code UCD} object: {@code ucd_3_2_0}. */
    static final class UcdObject extends PyObject {
        final String version;

        UcdObject(String version) {
            this.version = version;
        }

        @Override
        public PyType type() {
            return UCD;
        }
    }

    private static final String[][] FUNCTIONS = {
        {"decimal", "chr", "default"}, {"digit", "chr", "default"}, {"numeric", "chr", "default"},
        {"category", "chr"}, {"bidirectional", "chr"}, {"combining", "chr"}, {"east_asian_width", "chr"},
        {"mirrored", "chr"}, {"decomposition", "chr"}, {"name", "chr", "default"}, {"lookup", "name"},
        {"normalize", "form", "unistr"}, {"is_normalized", "form", "unistr"},
    };

    static {
        UCD.addAttr("__module__", PyStr.of("unicodedata"));
        UCD.tp_new = (t, a, k) -> {
            throw Errors.typeError("cannot create 'unicodedata.UCD' instances");
        };
        for (String[] f : FUNCTIONS) {
            UCD.addMethod(f[0], (self, a, k) -> call(f[0], a, "3.2.0".equals(((UcdObject) self).version)));
        }
        UCD.addAttr("unidata_version", new org.taipan.runtime.PyGetSetDescr(UCD, "unidata_version",
                o -> PyStr.of(((UcdObject) o).version), null));
        UCD.ready();
    }

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("unicodedata", true);
        m.set("unidata_version", PyStr.of("14.0.0"));
        m.set("UCD", UCD);
        m.set("ucd_3_2_0", new UcdObject("3.2.0"));
        for (String[] f : FUNCTIONS) {
            PyBuiltinFunction fn = new PyBuiltinFunction(f[0], (a, k) -> {
                org.taipan.runtime.Args.noKeywords(f[0], k);
                return call(f[0], a, false);
            });
            fn.setModule(m);
            m.set(f[0], fn);
        }
        return m;
    }

    private static void arity(String f, PyObject[] a, int min, int max) {
        if (a.length < min || a.length > max) {
            if (min == max) {
                throw Errors.typeError("%s expected %d argument%s, got %d", f, min, min == 1 ? "" : "s", a.length);
            }
            throw Errors.typeError(a.length < min ? "%s expected at least %d argument%s, got %d"
                    : "%s expected at most %d arguments, got %d", f, a.length < min ? min : max,
                    a.length < min && min == 1 ? "" : "s", a.length);
        }
    }

    private static int chr(String f, PyObject o) {
        if (!(o instanceof PyStr s) || s.length() != 1) {
            throw Errors.typeError("%s() argument must be a unicode character, not %s", f,
                    o instanceof PyStr ? "str" : o.type().name());
        }
        return s.codePointAt(0);
    }

    /**
     * One function of the module, or (when {@code v32}) of {@code ucd_3_2_0}: Unicode 14.0's answer,
     * or 3.2.0's where {@link Ucd32} records a difference.
     */
    private static PyObject call(String f, PyObject[] a, boolean v32) {
        Ucd14 u = Ucd14.get();
        Ucd32 old = v32 ? Ucd32.get() : null;
        switch (f) {
            case "decimal", "digit", "numeric": {
                arity(f, a, 1, 2);
                int c = chr(f, a[0]);
                Ucd14.Numeric n = old != null && old.unassigned(c) ? null : u.numeric(c);
                Object v = n == null ? null : f.equals("decimal") ? n.decimal() : f.equals("digit") ? n.digit()
                        : (Object) n.numeric();
                String then = old != null && f.equals("decimal") ? old.changed("dec", c) : null;
                if (then != null) {
                    v = then.equals("-") ? null : Integer.valueOf(then);
                }
                if (v == null) {
                    if (a.length > 1) {
                        return a[1];
                    }
                    throw Errors.valueError(f.equals("decimal") ? "not a decimal" : f.equals("digit") ? "not a digit"
                            : "not a numeric character");
                }
                return v instanceof Double d ? new PyFloat(d) : PyInt.of((Integer) v);
            }
            case "category":
                arity(f, a, 1, 1);
                return PyStr.of(category(u, old, chr(f, a[0])));
            case "bidirectional":
                arity(f, a, 1, 1);
                return PyStr.of(older(old, "bidi", chr(f, a[0]), "", u::bidirectional));
            case "combining": {
                arity(f, a, 1, 1);
                int c = chr(f, a[0]);
                return PyInt.of(old != null && old.unassigned(c) ? 0 : u.combining(c));
            }
            case "east_asian_width":
                arity(f, a, 1, 1);
                // CPython's unassigned 3.2.0 record has width index 0, which names "F"
                return PyStr.of(older(old, "eaw", chr(f, a[0]), "F", u::eastAsianWidth));
            case "mirrored":
                arity(f, a, 1, 1);
                return PyInt.of(Integer.parseInt(older(old, "mir", chr(f, a[0]), "0",
                        c -> String.valueOf(u.mirrored(c)))));
            case "decomposition": {
                arity(f, a, 1, 1);
                int c = chr(f, a[0]);
                return PyStr.of(old != null && old.unassigned(c) ? "" : u.decomposition(c));
            }
            case "name": {
                arity(f, a, 1, 2);
                int c = chr(f, a[0]);
                String cat = category(u, old, c);
                String n = cat.equals("Cn") || cat.equals("Cc") || cat.equals("Co") || cat.equals("Cs") ? null
                        : UnicodeNames.name(c);
                if (n == null) {
                    if (a.length > 1) {
                        return a[1];
                    }
                    throw Errors.valueError("no such name");
                }
                return PyStr.of(n);
            }
            case "lookup": {
                arity(f, a, 1, 1);
                String name = a[0] instanceof PyStr s ? s.toString()
                        : a[0] instanceof org.taipan.runtime.PyBytes b ? new String(b.bytes(),
                                java.nio.charset.StandardCharsets.ISO_8859_1) : null;
                if (name == null) {
                    throw Errors.typeError("lookup() argument must be str, not %s", a[0].type().name());
                }
                if (name.length() > 256) {
                    throw Errors.of(ExceptionTypes.KeyError, "name too long");
                }
                int c = UnicodeNames.lookup(name);
                if (c < 0 || category(u, old, c).equals("Cn")) {
                    throw Errors.of(ExceptionTypes.KeyError, "undefined character name '" + name + "'");
                }
                return PyStr.ofCodePoint(c);
            }
            case "normalize", "is_normalized": {
                arity(f, a, 2, 2);
                if (!(a[0] instanceof PyStr form)) {
                    throw Errors.typeError("%s() argument 1 must be str, not %s", f, a[0].type().name());
                }
                if (!(a[1] instanceof PyStr s)) {
                    throw Errors.typeError("%s() argument 2 must be str, not %s", f, a[1].type().name());
                }
                Normalizer.Form nf = switch (form.toString()) {
                    case "NFC" -> Normalizer.Form.NFC;
                    case "NFD" -> Normalizer.Form.NFD;
                    case "NFKC" -> Normalizer.Form.NFKC;
                    case "NFKD" -> Normalizer.Form.NFKD;
                    default -> throw Errors.valueError("invalid normalization form");
                };
                String text = s.toString();
                String r = old != null ? old.normalize(text, nf) : Normalizer.normalize(text, nf);
                if (f.equals("is_normalized")) {
                    return PyBool.of(r.equals(text));
                }
                return r.equals(text) ? s : PyStr.of(r);
            }
            default:
                throw new IllegalStateException(f);
        }
    }

    private static String category(Ucd14 u, Ucd32 old, int c) {
        return older(old, "cat", c, "Cn", u::category);
    }

    /**
     * A string property: 3.2.0's when {@code old} is given and records one ({@code unassigned} for a
     * code point not yet assigned then), else 14.0's.
     */
    private static String older(Ucd32 old, String prop, int c, String unassigned,
            java.util.function.IntFunction<String> current) {
        if (old != null) {
            if (old.unassigned(c)) {
                return unassigned;
            }
            String then = old.changed(prop, c);
            if (then != null) {
                return then;
            }
        }
        return current.apply(c);
    }
}
