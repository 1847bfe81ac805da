package org.taipan.modules.locale;

import org.taipan.modules.posix.PosixState;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The builtin module {@code _locale} (CPython's {@code Modules/_localemodule.c}) for the locales
 * every glibc system has: {@code C}, {@code POSIX} and {@code C.UTF-8} (also spelled
 * {@code C.utf8}). Others are refused with {@code locale.Error("unsupported locale setting")}, as
 * glibc refuses a locale that is not installed. As CPython at start-up, {@code LC_CTYPE} starts
 * as {@code C.UTF-8} and the other categories as {@code C}, so
 * {@code locale.getpreferredencoding()} is {@code 'UTF-8'}. The settings belong to the module
 * object (one per interpreter).
 */
public final class LocaleModule {
    private LocaleModule() {}

    /** glibc's category numbers, LC_ALL being 6; the names in the order a composite LC_ALL lists them. */
    private static final String[] CATEGORY_NAMES = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE",
        "LC_MONETARY", "LC_MESSAGES", "LC_ALL", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE",
        "LC_MEASUREMENT", "LC_IDENTIFICATION"};
    private static final int LC_ALL = 6;
    /** The order of glibc's composite name ("LC_CTYPE=C.UTF-8;LC_NUMERIC=C;..."). */
    private static final int[] COMPOSITE_ORDER = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12};

    /** A new {@code _locale} module for {@code interp}. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_locale", true);
        String[] current = new String[CATEGORY_NAMES.length];
        java.util.Arrays.fill(current, "C");
        current[0] = "C.UTF-8";
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("locale"));
        PyType error = PyType.newHeapType(PyType.TYPE, "Error", new PyType[] {ExceptionTypes.Exception}, ns);
        m.set("Error", error);
        for (int i = 0; i < CATEGORY_NAMES.length; i++) {
            if (i <= LC_ALL) {
                m.set(CATEGORY_NAMES[i], PyInt.of(i));
            }
        }
        m.set("CHAR_MAX", PyInt.of(127));
        LangInfo.addConstants(m);
        m.def("setlocale", (a, k) -> {
            PyObject[] b = MethodArgs.bind("setlocale", a, k, 2, "category", "locale");
            int cat = Abstract.index(MethodArgs.required("setlocale", b, 0, "category"), null).intValue();
            PyObject loc = b[1];
            if (loc == null || loc == PyNone.NONE) {
                if (cat < 0 || cat >= CATEGORY_NAMES.length) {
                    throw Errors.of(error, "locale query failed");
                }
                return PyStr.of(query(current, cat));
            }
            if (!(loc instanceof PyStr s)) {
                throw Errors.typeError("setlocale() argument 2 must be str or None, not %s", loc.type().name());
            }
            String name = s.toString();
            if (cat < 0 || cat >= CATEGORY_NAMES.length) {
                throw Errors.of(error, "unsupported locale setting");
            }
            if (cat == LC_ALL && name.indexOf(';') >= 0) {
                String[] each = composite(name);
                if (each == null) {
                    throw Errors.of(error, "unsupported locale setting");
                }
                System.arraycopy(each, 0, current, 0, current.length);
                return PyStr.of(query(current, cat));
            }
            if (name.isEmpty()) {
                name = fromEnvironment(PosixState.of(interp), cat);
            }
            String accepted = accept(name);
            if (accepted == null) {
                throw Errors.of(error, "unsupported locale setting");
            }
            if (cat == LC_ALL) {
                java.util.Arrays.fill(current, accepted);
            } else {
                current[cat] = accepted;
            }
            return PyStr.of(query(current, cat));
        });
        m.def("localeconv", (a, k) -> {
            Args.noArgs("localeconv", a, k);
            return localeconv();
        });
        m.def("nl_langinfo", (a, k) -> {
            int key = Abstract.index(Args.oneArg("nl_langinfo", a, k), null).intValue();
            String v = LangInfo.value(key, isUtf8(current[0]));
            if (v == null) {
                throw Errors.valueError("unsupported langinfo constant");
            }
            return PyStr.of(v);
        });
        m.def("getencoding", (a, k) -> {
            Args.noArgs("getencoding", a, k);
            return PyStr.of("UTF-8");
        });
        m.def("strcoll", (a, k) -> {
            Args.check("strcoll", a, k, 2, 2);
            for (int i = 0; i < 2; i++) {
                if (!(a[i] instanceof PyStr)) {
                    throw Errors.typeError("strcoll() argument %d must be str, not %s", i + 1, a[i].type().name());
                }
                noNul(a[i]);
            }
            // The C locales collate by code point.
            return PyInt.of(Integer.signum(codePointCompare(a[0].toString(), a[1].toString())));
        });
        m.def("strxfrm", (a, k) -> {
            PyObject s = Args.oneArg("strxfrm", a, k);
            if (!(s instanceof PyStr)) {
                throw Errors.typeError("strxfrm() argument must be str, not %s", s.type().name());
            }
            noNul(s);
            return s;
        });
        m.def("gettext", (a, k) -> Args.oneArg("gettext", a, k));
        m.def("dgettext", (a, k) -> {
            Args.check("dgettext", a, k, 2, 2);
            return a[1];
        });
        m.def("dcgettext", (a, k) -> {
            Args.check("dcgettext", a, k, 3, 3);
            return a[1];
        });
        m.def("textdomain", (a, k) -> {
            PyObject d = Args.oneArg("textdomain", a, k);
            return d == PyNone.NONE ? PyStr.of("messages") : d;
        });
        m.def("bindtextdomain", (a, k) -> {
            Args.check("bindtextdomain", a, k, 2, 2);
            return a[1] == PyNone.NONE ? PyStr.of("/usr/share/locale") : a[1];
        });
        m.def("bind_textdomain_codeset", (a, k) -> {
            Args.check("bind_textdomain_codeset", a, k, 2, 2);
            return a[1];
        });
        return m;
    }

    /** The C library's wide strings end at NUL: ValueError "embedded null character", as CPython's conversion. */
    private static void noNul(PyObject s) {
        if (s.toString().indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null character");
        }
    }

    private static int codePointCompare(String x, String y) {
        int i = 0, j = 0;
        while (i < x.length() && j < y.length()) {
            int a = x.codePointAt(i), b = y.codePointAt(j);
            if (a != b) {
                return a - b;
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return (x.length() - i) - (y.length() - j);
    }

    private static boolean isUtf8(String name) {
        return name.endsWith(".UTF-8") || name.endsWith(".utf8");
    }

    /** The name glibc reports for a locale it has, or null: "POSIX" is "C". */
    private static String accept(String name) {
        return switch (name) {
            case "C", "POSIX" -> "C";
            case "C.UTF-8", "C.utf8" -> name;
            default -> null;
        };
    }

    /**
     * glibc's reading of a composite LC_ALL name, as {@code setlocale(LC_ALL)} gives it back
     * ("LC_CTYPE=C.UTF-8;LC_NUMERIC=C;..."): every category but LC_ALL named (the last naming
     * wins), each with a locale it has; the new settings, or null when glibc refuses the name.
     */
    private static String[] composite(String name) {
        String[] each = new String[CATEGORY_NAMES.length];
        for (String clause : name.split(";", -1)) {
            int eq = clause.indexOf('=');
            if (eq < 0) {
                break; // glibc stops reading at a clause without '=' (a trailing ';')
            }
            int cat = java.util.Arrays.asList(CATEGORY_NAMES).indexOf(clause.substring(0, eq));
            if (cat < 0 || cat == LC_ALL) {
                return null;
            }
            each[cat] = clause.substring(eq + 1);
        }
        for (int i : COMPOSITE_ORDER) {
            each[i] = each[i] == null ? null : accept(each[i]);
            if (each[i] == null) {
                return null;
            }
        }
        each[LC_ALL] = each[0];
        return each;
    }

    /** glibc's choice for {@code setlocale(cat, "")}: LC_ALL, then the category's variable, then LANG. */
    private static String fromEnvironment(PosixState env, int cat) {
        for (String var : new String[] {"LC_ALL", cat == LC_ALL ? null : CATEGORY_NAMES[cat], "LANG"}) {
            String v = var == null ? null : env.getenv(var);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "C";
    }

    private static String query(String[] current, int cat) {
        if (cat != LC_ALL) {
            return current[cat];
        }
        boolean same = true;
        for (int i : COMPOSITE_ORDER) {
            same &= current[i].equals(current[0]);
        }
        if (same) {
            return current[0];
        }
        StringBuilder sb = new StringBuilder();
        for (int i : COMPOSITE_ORDER) {
            sb.append(sb.isEmpty() ? "" : ";").append(CATEGORY_NAMES[i]).append('=').append(current[i]);
        }
        return sb.toString();
    }

    /** The C locale's {@code lconv}, in CPython's key order. */
    private static PyDict localeconv() {
        PyDict d = new PyDict();
        String[] empty = {"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"};
        for (String s : empty) {
            d.setItem(PyStr.of(s), PyStr.of(""));
        }
        d.setItem(PyStr.of("mon_grouping"), new PyList());
        d.setItem(PyStr.of("positive_sign"), PyStr.of(""));
        d.setItem(PyStr.of("negative_sign"), PyStr.of(""));
        for (String s : new String[] {"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
                "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"}) {
            d.setItem(PyStr.of(s), PyInt.of(127));
        }
        d.setItem(PyStr.of("decimal_point"), PyStr.of("."));
        d.setItem(PyStr.of("thousands_sep"), PyStr.of(""));
        d.setItem(PyStr.of("grouping"), new PyList());
        return d;
    }
}
