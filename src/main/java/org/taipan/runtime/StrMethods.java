package org.taipan.runtime;

import java.util.List;

/**
 * The methods of {@code str}. Most work on the Java string (correct for any code points);
 * positions and widths are converted to code point counts where Python reports them.
 */
public final class StrMethods {
    private StrMethods() {}

    private static String s(PyObject self) {
        return self.toString();
    }

    private static PyStr str(String fname, PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError("%s arg must be None or str", fname);
    }

    /**
     * Argument Clinic's unpacking of positional-or-keyword parameters {@code names}: the
     * values in order (null when not given), with its errors ("splitlines() takes at most 1
     * argument (2 given)", "'x' is an invalid keyword argument for splitlines()", "argument for
     * splitlines() given by name ('keepends') and position (1)").
     */
    private static PyObject[] clinicArgs(String fname, PyObject[] a, String[] k, String... names) {
        int npos = Args.positional(a, k);
        if (npos > names.length) {
            throw Errors.typeError("%s() takes at most %d argument%s (%d given)", fname, names.length,
                    names.length == 1 ? "" : "s", npos);
        }
        PyObject[] r = new PyObject[names.length];
        System.arraycopy(a, 0, r, 0, npos);
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                int j = java.util.Arrays.asList(names).indexOf(k[i]);
                if (j < 0) {
                    throw Errors.typeError("'%s' is an invalid keyword argument for %s()", k[i], fname);
                }
                if (j < npos) {
                    throw Errors.typeError("argument for %s() given by name ('%s') and position (%d)", fname, k[i],
                            j + 1);
                }
                r[j] = a[npos + i];
            }
        }
        return r;
    }

    /**
     * {@code str.expandtabs(tabsize)} of a Java string whose chars are its code points, with its
     * first tab at {@code firstTab}: each tab becomes the spaces up to the next multiple of
     * {@code tabsize} (none when {@code tabsize <= 0}); a newline or carriage return restarts
     * the column count.
     */
    private static String expandTabs(String v, int firstTab, int tabsize) {
        int n = v.length();
        StringBuilder sb = new StringBuilder(n + 8);
        int col = 0;
        for (int i = 0; i < firstTab; i++) {
            char c = v.charAt(i);
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
        sb.append(v, 0, firstTab);
        for (int i = firstTab; i < n; i++) {
            char c = v.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    int spaces = tabsize - col % tabsize;
                    sb.repeat(' ', spaces);
                    col += spaces;
                }
            } else {
                sb.append(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    /** {@code _PyLong_AsInt}: an int through {@code __index__} that fits a C int. */
    private static int cInt(PyObject o) {
        PyInt i = Abstract.index(o, null);
        if (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
            throw Errors.of(ExceptionTypes.OverflowError, "Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    /**
     * The full case folding of {@code c} (Unicode CaseFolding.txt, status C and F, as CPython's
     * {@code _PyUnicode_ToFoldedFull}). Java has no folding table: upper- then lower-casing gives
     * it for almost every character (sharp s to "ss", ligatures, final sigma, the Greek symbol
     * variants); the exceptions are Cherokee, which folds to its upper case, capital sharp s,
     * and the Turkic dotless i, which has no folding.
     */
    static String caseFold(int c) {
        if (Unicode14.isNewer(c)) {
            return Character.toString(c);
        }
        if (c < 128) {
            return Character.toString(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        if (c >= 0x13A0 && c <= 0x13F5 || c == 0x131) {
            return Character.toString(c);
        }
        if (c >= 0x13F8 && c <= 0x13FD) {
            return Character.toString(c - 8);
        }
        if (c >= 0xAB70 && c <= 0xABBF) {
            return Character.toString(c - 0xAB70 + 0x13A0);
        }
        if (c == 0x1E9E) {
            return "ss";
        }
        return Character.toString(c).toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT);
    }

    /** CPython's {@code unicode___sizeof__} for a compact string on a 64-bit build (PEP 393 layout). */
    private static long sizeOf(PyStr s) {
        if (s.type() != PyStr.TYPE) {
            // a subclass's instance is a legacy two-block string: the PyUnicodeObject and its data
            return 80 + (long) (s.length() + 1) * kind(s);
        }
        int max = 0;
        for (int i = 0; i < s.length(); i++) {
            max = Math.max(max, s.codePointAt(i));
        }
        if (max < 0x80) {
            return 48 + s.length() + 1;
        }
        int kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        return 72 + (long) (s.length() + 1) * kind;
    }

    /** Bytes per character of {@code s} in PEP 393's compact form (1, 2 or 4). */
    private static int kind(PyStr s) {
        int max = 0;
        for (int i = 0; i < s.length(); i++) {
            max = Math.max(max, s.codePointAt(i));
        }
        return max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
    }

    /** An Argument Clinic str argument: "replace() argument 1 must be str, not None" (n 0: just "argument"). */
    private static PyStr strArg(String fname, int n, PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError("%s() argument %smust be str, not %s", fname, n == 0 ? "" : n + " ",
                o == PyNone.NONE ? "None" : o.type().name());
    }

    /**
     * Where the implementation hands back {@code self} unchanged (alone, or in a splitlines
     * list), a subclass instance becomes an exact copy, as CPython's
     * {@code unicode_result_unchanged} and stringlib's {@code STRINGLIB_CHECK_EXACT} make it.
     * (partition's tuple keeps {@code self}, as CPython 3.11's stringlib does; split and rsplit
     * decide for themselves, since they keep a subclass's instance in one case.)
     */
    private static PyObject exactResult(PyObject self, PyObject r) {
        if (r == self) {
            return ((PyStr) self).exact();
        }
        if (r instanceof PyList l) {
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) == self) {
                    l.set(i, ((PyStr) self).exact());
                }
            }
        }
        return r;
    }

    /** How CPython's str method receives its arguments, which decides its argument-count errors. */
    private enum Kind {
        /** METH_NOARGS: "str.upper() takes no arguments (1 given)". */
        NOARGS,
        /** METH_O: "str.join() takes exactly one argument (0 given)". */
        ONE,
        /** METH_VARARGS: "find() takes at least 1 argument (0 given)", "find() takes no keyword arguments". */
        VARARGS,
        /** Argument Clinic, positional only: "center expected at least 1 argument, got 0". */
        POSITIONAL,
        /** The implementation parses its own arguments (keywords allowed). */
        OWN
    }

    /** The number of positional arguments METH_VARARGS and clinic methods take at least and at most. */
    private static final java.util.Map<String, int[]> ARITY = java.util.Map.ofEntries(
            java.util.Map.entry("find", new int[] {1, 3}), java.util.Map.entry("rfind", new int[] {1, 3}),
            java.util.Map.entry("index", new int[] {1, 3}), java.util.Map.entry("rindex", new int[] {1, 3}),
            java.util.Map.entry("count", new int[] {1, 3}), java.util.Map.entry("startswith", new int[] {1, 3}),
            java.util.Map.entry("endswith", new int[] {1, 3}), java.util.Map.entry("center", new int[] {1, 2}),
            java.util.Map.entry("ljust", new int[] {1, 2}), java.util.Map.entry("rjust", new int[] {1, 2}),
            java.util.Map.entry("replace", new int[] {2, 3}), java.util.Map.entry("strip", new int[] {0, 1}),
            java.util.Map.entry("lstrip", new int[] {0, 1}), java.util.Map.entry("rstrip", new int[] {0, 1}));

    private static Kind kindOf(String name) {
        return switch (name) {
            case "join", "partition", "rpartition", "zfill", "removeprefix", "removesuffix", "format_map",
                 "__format__" -> Kind.ONE;
            case "find", "rfind", "index", "rindex", "count", "startswith", "endswith" -> Kind.VARARGS;
            case "center", "ljust", "rjust", "replace", "strip", "lstrip", "rstrip" -> Kind.POSITIONAL;
            case "split", "rsplit", "splitlines", "expandtabs", "encode", "format", "translate" -> Kind.OWN;
            default -> Kind.NOARGS;
        };
    }

    /** Raises CPython's error when the call does not fit the method's calling convention. */
    private static void checkArgs(String name, Kind kind, int[] r, PyObject[] a, String[] k) {
        boolean kw = k != null && k.length > 0;
        switch (kind) {
            case NOARGS -> {
                if (kw) {
                    throw Errors.typeError("str.%s() takes no keyword arguments", name);
                }
                if (a.length != 0) {
                    throw Errors.typeError("str.%s() takes no arguments (%d given)", name, a.length);
                }
            }
            case ONE -> {
                if (kw) {
                    throw Errors.typeError("str.%s() takes no keyword arguments", name);
                }
                if (a.length != 1) {
                    throw Errors.typeError("str.%s() takes exactly one argument (%d given)", name, a.length);
                }
            }
            case VARARGS -> {
                if (kw) {
                    throw Errors.typeError("%s() takes no keyword arguments", name);
                }
                if (a.length < r[0]) {
                    throw Errors.typeError("%s() takes at least %d argument%s (%d given)", name, r[0],
                            r[0] == 1 ? "" : "s", a.length);
                }
                if (a.length > r[1]) {
                    throw Errors.typeError("%s() takes at most %d argument%s (%d given)", name, r[1],
                            r[1] == 1 ? "" : "s", a.length);
                }
            }
            case POSITIONAL -> {
                if (kw) {
                    throw Errors.typeError("str.%s() takes no keyword arguments", name);
                }
                Args.check(name, a, null, r[0], r[1]);
            }
            case OWN -> { }
        }
    }

    /**
     * Adds a method with CPython's argument-count checks for its calling convention. Its
     * implementation works on Java strings: calls involving a lone surrogate go through
     * {@link LoneSurrogates} (a Java String would merge a lone high and low surrogate into one
     * character).
     */
    private static void def(PyType t, String name, PyMethodDescr.Impl impl) {
        Kind kind = kindOf(name);
        // These work by code points already (or must see the real surrogates, as encode's errors do).
        boolean codePointSafe = switch (name) {
            case "join", "translate", "encode", "format_map", "__format__", "__getnewargs__", "split", "rsplit" -> true;
            default -> false;
        };
        // split and rsplit decide where their list holds self: a subclass's instance is kept when
        // the separator is longer than it, so copying every self would be wrong for them.
        boolean keepsSelf = name.equals("split") || name.equals("rsplit");
        int[] arity = ARITY.get(name);
        PyMethodDescr.Impl full = (self, a, k) -> {
            checkArgs(name, kind, arity, a, k);
            PyObject r = !codePointSafe && LoneSurrogates.involved(self, a) ? LoneSurrogates.call(self, a, k, impl)
                    : impl.call(self, a, k);
            return self.getClass() == PyStr.class || keepsSelf ? r : exactResult(self, r);
        };
        t.addMethod(name, full);
        // The array-free forms for the counts the method accepts: a simple exact str with simple
        // (or non-str) arguments needs neither the surrogate handling nor the subclass result.
        PyMethodDescr d = t.ownMethod(name);
        if (accepts(kind, arity, 0)) {
            d.withNoArgs(self -> plain(self) ? impl.call(self, NO_ARGS, null) : full.call(self, NO_ARGS, null));
        }
        if (accepts(kind, arity, 1)) {
            d.withOneArg((self, x) -> {
                PyObject[] a = {x};
                return plain(self) && plainArg(x) ? impl.call(self, a, null) : full.call(self, a, null);
            });
        }
        if (accepts(kind, arity, 2)) {
            d.withTwoArgs((self, x, y) -> {
                PyObject[] a = {x, y};
                return plain(self) && plainArg(x) && plainArg(y) ? impl.call(self, a, null) : full.call(self, a, null);
            });
        }
    }

    private static final PyObject[] NO_ARGS = {};

    /** Whether a call with {@code n} positional arguments passes {@link #checkArgs} (OWN methods check their own). */
    private static boolean accepts(Kind kind, int[] arity, int n) {
        return switch (kind) {
            case NOARGS -> n == 0;
            case ONE -> n == 1;
            case VARARGS, POSITIONAL -> n >= arity[0] && n <= arity[1];
            case OWN -> true;
        };
    }

    /** An exact str without surrogates: the method's result needs no conversion. */
    private static boolean plain(PyObject self) {
        return self.getClass() == PyStr.class && ((PyStr) self).isSimple();
    }

    /** An argument {@link LoneSurrogates#involved} would never flag. */
    private static boolean plainArg(PyObject x) {
        return x instanceof PyStr s ? s.isSimple() : !(x instanceof PyTuple);
    }

    static void install(PyType t) {
        def(t, "join", (self, a, k) -> join((PyStr) self, Args.oneArg("join", a, k)));
        // join works by code points (no surrogate wrapper) and takes exactly one argument: no array.
        t.ownMethod("join").withOneArg((self, x) -> {
            PyObject r = join((PyStr) self, x);
            return self.getClass() == PyStr.class ? r : exactResult(self, r);
        });
        def(t, "split", (self, a, k) -> split((PyStr) self, a, k, false));
        def(t, "rsplit", (self, a, k) -> split((PyStr) self, a, k, true));
        def(t, "splitlines", StrMethods::splitlines);
        def(t, "strip", (self, a, k) -> strip((PyStr) self, a, k, "strip", true, true));
        def(t, "lstrip", (self, a, k) -> strip((PyStr) self, a, k, "lstrip", true, false));
        def(t, "rstrip", (self, a, k) -> strip((PyStr) self, a, k, "rstrip", false, true));
        def(t, "replace", StrMethods::replace);
        def(t, "find", (self, a, k) -> PyInt.of(find((PyStr) self, a, k, "find", false)));
        def(t, "rfind", (self, a, k) -> PyInt.of(find((PyStr) self, a, k, "rfind", true)));
        def(t, "index", (self, a, k) -> {
            long r = find((PyStr) self, a, k, "index", false);
            if (r < 0) {
                throw Errors.valueError("substring not found");
            }
            return PyInt.of(r);
        });
        def(t, "rindex", (self, a, k) -> {
            long r = find((PyStr) self, a, k, "rindex", true);
            if (r < 0) {
                throw Errors.valueError("substring not found");
            }
            return PyInt.of(r);
        });
        def(t, "count", StrMethods::count);
        def(t, "startswith", (self, a, k) -> affix((PyStr) self, a, k, "startswith", true));
        def(t, "endswith", (self, a, k) -> affix((PyStr) self, a, k, "endswith", false));
        def(t, "upper", (self, a, k) -> {
            PyStr ascii = asciiCase((PyStr) self, false);
            if (ascii != null) {
                return ascii;
            }
            if (!Unicode14.hasNewer((PyStr) self) && s(self).indexOf('\u019b') < 0 && s(self).indexOf('\u0264') < 0) {
                return PyStr.of(s(self).toUpperCase(java.util.Locale.ROOT));
            }
            StringBuilder sb = new StringBuilder();
            s(self).codePoints().forEach(c -> sb.append(upperOf(c)));
            return PyStr.of(sb.toString());
        });
        def(t, "lower", (self, a, k) -> {
            PyStr ascii = asciiCase((PyStr) self, true);
            if (ascii != null) {
                return ascii;
            }
            // the JDK's final-sigma rule is not CPython's (which skips case-ignorable characters
            // and wants a cased one before): a capital sigma goes through lowerAt
            if (!Unicode14.hasNewer((PyStr) self) && s(self).indexOf('\u03a3') < 0) {
                return PyStr.of(s(self).toLowerCase(java.util.Locale.ROOT));
            }
            int[] cps = s(self).codePoints().toArray();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cps.length; i++) {
                sb.append(lowerAt(cps, i));
            }
            return PyStr.of(sb.toString());
        });
        def(t, "casefold", (self, a, k) -> {
            StringBuilder sb = new StringBuilder();
            s(self).codePoints().forEach(c -> sb.append(caseFold(c)));
            return PyStr.of(sb.toString());
        });
        def(t, "swapcase", (self, a, k) -> {
            StringBuilder sb = new StringBuilder();
            int[] cps = s(self).codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                int c = cps[i];
                sb.append(isUpper(c) ? lowerAt(cps, i) : isLower(c) ? upperOf(c) : Character.toString(c));
            }
            return PyStr.of(sb.toString());
        });
        def(t, "capitalize", (self, a, k) -> {
            String v = s(self);
            if (v.isEmpty()) {
                return self;
            }
            // do_capitalize: the first character title-cased, the rest lower-cased with final sigma in context.
            int[] cps = v.codePoints().toArray();
            StringBuilder sb = new StringBuilder(titleCase(cps[0]));
            for (int i = 1; i < cps.length; i++) {
                sb.append(lowerAt(cps, i));
            }
            return PyStr.of(sb.toString());
        });
        def(t, "title", (self, a, k) -> {
            StringBuilder sb = new StringBuilder();
            boolean prevCased = false;
            int[] cps = s(self).codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                int c = cps[i];
                boolean cased = isCased(c);
                if (cased && !prevCased) {
                    sb.append(titleCase(c));
                } else if (cased) {
                    sb.append(lowerAt(cps, i));
                } else {
                    sb.appendCodePoint(c);
                }
                prevCased = cased;
            }
            return PyStr.of(sb.toString());
        });
        // isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace: not empty and every character passes
        for (int kind = 0; kind <= 5; kind++) {
            int test = kind;
            def(t, CHAR_PREDICATES.get(kind), (self, a, k) -> all(self, c -> charIs(test, c)));
        }
        def(t, "isascii", (self, a, k) -> PyBool.of(s(self).chars().allMatch(c -> c < 128)));
        def(t, "isprintable", (self, a, k) -> PyBool.of(s(self).codePoints().allMatch(StrRepr::isPrintable)));
        def(t, "isidentifier", (self, a, k) -> PyBool.of(isIdentifier(s(self))));
        def(t, "isupper", (self, a, k) -> cased(self, true));
        def(t, "islower", (self, a, k) -> cased(self, false));
        def(t, "istitle", (self, a, k) -> {
            boolean prevCased = false, any = false;
            for (int c : s(self).codePoints().toArray()) {
                if (isUpper(c) || isTitle(c)) {
                    if (prevCased) {
                        return PyBool.FALSE;
                    }
                    prevCased = true;
                    any = true;
                } else if (isLower(c)) {
                    if (!prevCased) {
                        return PyBool.FALSE;
                    }
                    prevCased = true;
                } else {
                    prevCased = false;
                }
            }
            return PyBool.of(any);
        });
        def(t, "center", (self, a, k) -> pad((PyStr) self, a, k, "center", 0));
        def(t, "ljust", (self, a, k) -> pad((PyStr) self, a, k, "ljust", -1));
        def(t, "rjust", (self, a, k) -> pad((PyStr) self, a, k, "rjust", 1));
        def(t, "zfill", (self, a, k) -> {
            long w = Abstract.index(Args.oneArg("zfill", a, k), null).ssizeValue();
            PyStr ps = (PyStr) self;
            String v = s(self);
            int fill = (int) (w - ps.length());
            if (fill <= 0) {
                return self;
            }
            if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
                return PyStr.of(v.charAt(0) + "0".repeat(fill) + v.substring(1));
            }
            return PyStr.of("0".repeat(fill) + v);
        });
        def(t, "partition", (self, a, k) -> partition((PyStr) self, Args.oneArg("partition", a, k), false));
        def(t, "rpartition", (self, a, k) -> partition((PyStr) self, Args.oneArg("rpartition", a, k), true));
        def(t, "removeprefix", (self, a, k) -> {
            String p = strArg("removeprefix", 0, a[0]).toString();
            return s(self).startsWith(p) ? PyStr.of(s(self).substring(p.length())) : self;
        });
        def(t, "removesuffix", (self, a, k) -> {
            String p = strArg("removesuffix", 0, a[0]).toString();
            return s(self).endsWith(p) && !p.isEmpty() ? PyStr.of(s(self).substring(0, s(self).length() - p.length()))
                    : self;
        });
        def(t, "expandtabs", (self, a, k) -> {
            PyObject tsArg = clinicArgs("expandtabs", a, k, "tabsize")[0];
            int ts = tsArg == null ? 8 : cInt(tsArg);
            PyStr str = (PyStr) self;
            String v = str.toString();
            int firstTab = v.indexOf('\t');
            if (firstTab < 0) {
                // unicode_result_unchanged: an exact str is its own result, a subclass's is copied
                return str.exact();
            }
            if (str.isSimple()) {
                // chars are code points: the columns count them directly, and the result stays simple
                return PyStr.simple(expandTabs(v, firstTab, ts));
            }
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (int c : s(self).codePoints().toArray()) {
                if (c == '\t') {
                    if (ts > 0) {
                        int n = ts - col % ts;
                        sb.append(" ".repeat(n));
                        col += n;
                    }
                } else {
                    sb.appendCodePoint(c);
                    col = (c == '\n' || c == '\r') ? 0 : col + 1;
                }
            }
            return PyStr.of(sb.toString());
        });
        t.addMethod("format", (self, a, k) -> {
            int npos = Args.positional(a, k);
            PyObject[] pos = java.util.Arrays.copyOf(a, npos);
            PyDict kw = null;
            if (k != null && k.length > 0) {
                kw = new PyDict();
                for (int i = 0; i < k.length; i++) {
                    kw.setItem(PyStr.of(k[i]), a[npos + i]);
                }
            }
            return StrFormat.format((PyStr) self, pos, kw);
        });
        def(t, "format_map", (self, a, k) -> StrFormat.formatMap((PyStr) self, Args.oneArg("format_map", a, k)));
        def(t, "__format__", (self, a, k) -> StrFormat.formatStr((PyStr) self, Args.oneArg("__format__", a, k)));
        def(t, "encode", Codecs::strEncode);
        // a copy, as unicode_getnewargs makes (_PyUnicode_Copy)
        def(t, "__getnewargs__", (self, a, k) -> PyTuple.of(((PyStr) self).copy()));
        // The slot wrappers CPython exposes for sq_concat and sq_repeat.
        t.addWrapperOneArg("__add__", Sequences.concatWrapper(t));
        t.addWrapperOneArg("__mul__", Sequences.repeatWrapper(t));
        t.addWrapperOneArg("__rmul__", Sequences.repeatWrapper(t));
        def(t, "__sizeof__", (self, a, k) -> PyInt.of(sizeOf((PyStr) self)));
        def(t, "translate", (self, a, k) -> {
            PyObject table = Args.oneArg("translate", a, k);
            CodePoints sb = new CodePoints();
            for (int c : ((PyStr) self).codePoints()) {
                PyObject r;
                try {
                    r = Abstract.getItem(table, PyInt.of(c));
                } catch (PyException e) {
                    if (!e.matches(ExceptionTypes.LookupError)) {
                        throw e;
                    }
                    sb.appendCodePoint(c);
                    continue;
                }
                if (r == PyNone.NONE) {
                    continue;
                }
                if (r instanceof PyStr rs) {
                    sb.append(rs);
                } else if (PyInt.asInt(r) != null) {
                    PyInt ri = PyInt.asInt(r);
                    if (!ri.fitsLong() || ri.longValue() < 0 || ri.longValue() > 0x10FFFF) {
                        throw Errors.valueError("character mapping must be in range(0x110000)");
                    }
                    sb.appendCodePoint((int) ri.longValue());
                } else {
                    throw Errors.typeError("character mapping must return integer, None or str");
                }
            }
            return sb.toStr();
        });
        t.addAttr("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", StrMethods::maketrans).staticIn(t)));
    }

    /**
     * {@code str.maketrans(x[, y[, z]])}: the translation table for {@code str.translate}, as
     * CPython's {@code unicode_maketrans_impl}. Raises TypeError for a non-dict single argument,
     * a non-str first argument with a second one, or dict keys that are neither str nor int;
     * ValueError for str keys not of length 1 or unequal {@code x}/{@code y} lengths.
     */
    private static PyObject maketrans(PyObject[] a, String[] k) {
        Args.noKeywords("str.maketrans", k);
        Args.check("maketrans", a, null, 1, 3);
        PyDict d = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict src)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (int i = 0; i < src.size(); i++) {
                PyObject key = src.keyAt(i);
                if (key instanceof PyStr s) {
                    if (s.length() != 1) {
                        throw Errors.valueError("string keys in translate table must be of length 1");
                    }
                    d.setItem(PyInt.of(s.codePointAt(0)), src.valueAt(i));
                } else if (PyInt.asInt(key) != null) {
                    d.setItem(key, src.valueAt(i));
                } else {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
            }
            return d;
        }
        for (int i = 1; i < a.length; i++) {
            if (!(a[i] instanceof PyStr)) {
                throw Errors.typeError("maketrans() argument %d must be str, not %s", i + 1, a[i].type().name());
            }
        }
        if (!(a[0] instanceof PyStr x)) {
            throw Errors.typeError("first maketrans argument must be a string if there is a second argument");
        }
        PyStr y = (PyStr) a[1];
        if (x.length() != y.length()) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < x.length(); i++) {
            d.setItem(PyInt.of(x.codePointAt(i)), PyInt.of(y.codePointAt(i)));
        }
        if (a.length > 2) {
            PyStr z = (PyStr) a[2];
            for (int i = 0; i < z.length(); i++) {
                d.setItem(PyInt.of(z.codePointAt(i)), PyNone.NONE);
            }
        }
        return d;
    }

    /**
     * The full title-case mapping of {@code c} (Unicode SpecialCasing, as CPython's
     * {@code _PyUnicode_ToTitleFull}): Java's simple mapping, except for characters whose upper
     * case expands (ligatures, 'ß'), whose title case is that expansion's first character then
     * the rest in lower case ('ﬁ' gives "Fi"); 'ŉ' is the one exception to that pattern.
     */
    static String titleCase(int c) {
        if (Unicode14.isNewer(c) || Unicode14.upperMappingSince15(c)) {
            return Character.toString(c);
        }
        int simple = Character.toTitleCase(c);
        if (simple != c) {
            return Character.toString(simple);
        }
        if (Character.isTitleCase(c)) {
            return Character.toString(c);
        }
        if (c >= 0x1F00 && c <= 0x1FFF) {
            // Polytonic Greek: the full upper case, except that a final capital iota (from the
            // iota subscript) stays the combining ypogegrammeni U+0345.
            String upper = Character.toString(c).toUpperCase(java.util.Locale.ROOT);
            if (upper.length() > 1 && upper.endsWith("\u0399")) {
                return upper.substring(0, upper.length() - 1) + "\u0345";
            }
            return upper;
        }
        if (c == 0x149) {
            return "\u02bcN";
        }
        String upper = Character.toString(c).toUpperCase(java.util.Locale.ROOT);
        if (upper.codePointCount(0, upper.length()) <= 1) {
            return Character.toString(c);
        }
        int head = upper.codePointAt(0);
        return Character.toString(head) + upper.substring(Character.charCount(head)).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isCased(int c) {
        return isUpper(c) || isLower(c) || isTitle(c);
    }

    /** The Uppercase property as of Unicode 14.0 ({@code _PyUnicode_IsUppercase}). */
    private static boolean isUpper(int c) {
        return Character.isUpperCase(c) && !Unicode14.isNewer(c);
    }

    /** The Lowercase property as of Unicode 14.0. */
    private static boolean isLower(int c) {
        return Character.isLowerCase(c) && !Unicode14.isNewer(c) && !Unicode14.lowercaseSince15(c);
    }

    /** General category Lt as of Unicode 14.0. */
    private static boolean isTitle(int c) {
        return Character.isTitleCase(c) && !Unicode14.isNewer(c);
    }

    /** The full upper-case mapping of {@code c} (SpecialCasing included), none for characters newer than 14.0. */
    private static String upperOf(int c) {
        return Unicode14.isNewer(c) || Unicode14.upperMappingSince15(c) ? Character.toString(c)
                : Character.toString(c).toUpperCase(java.util.Locale.ROOT);
    }

    private static boolean isCaseIgnorable(int c) {
        int t = Unicode14.type(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL
                || c == '\'' || c == '.' || c == ':' || c == 0xB7 || c == 0x2019;
    }

    /**
     * The lower case of {@code cps[i]} in context: a capital sigma ending a word becomes final
     * sigma, as CPython's {@code handle_capital_sigma} (preceded by a cased letter, not followed
     * by one, case-ignorable characters skipped).
     */
    static String lowerAt(int[] cps, int i) {
        if (cps[i] == 0x3A3) {
            int j = i - 1;
            while (j >= 0 && isCaseIgnorable(cps[j])) {
                j--;
            }
            int k = i + 1;
            while (k < cps.length && isCaseIgnorable(cps[k])) {
                k++;
            }
            if (j >= 0 && isCased(cps[j]) && (k == cps.length || !isCased(cps[k]))) {
                return "\u03c2";
            }
            return "\u03c3";
        }
        return Unicode14.isNewer(cps[i]) ? Character.toString(cps[i])
                : Character.toString(cps[i]).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether {@code v} is a Python identifier, as {@code str.isidentifier}. */
    static boolean isIdentifier(String v) {
        if (v.isEmpty()) {
            return false;
        }
        int first = v.codePointAt(0);
        return (first == '_' || org.taipan.parse.Identifiers.isXidStart(first) && !Unicode14.isNewer(first))
                && v.codePoints().allMatch(c -> org.taipan.parse.Identifiers.isXidContinue(c) && !Unicode14.isNewer(c));
    }

    static boolean isSpace(int c) {
        if (c < 0x80) {
            return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        }
        return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0
                || Character.isSpaceChar(c);
    }

    /**
     * The character-class methods of str by the number the JIT knows them by (the index here), for
     * {@link #charIs}: what each says of a one-character str.
     */
    private static final List<String> CHAR_PREDICATES = List.of("isdigit", "isdecimal", "isnumeric",
            "isalpha", "isalnum", "isspace", "isupper", "islower", "isascii");

    /** The number of str method {@code name} for {@link #charIs} (isdigit, isalpha, isspace, ...), or -1. */
    public static int charPredicate(String name) {
        return CHAR_PREDICATES.indexOf(name);
    }

    /**
     * What str method {@link #charPredicate} number {@code kind} returns for the one-character str
     * of code point {@code c}: the same per-character tests as the methods (CPython's
     * {@code unicode_isdigit_impl} and friends on a length-1 string; {@code isupper} and
     * {@code islower} of one character are its case, as {@code unicode_isupper_impl} finds).
     */
    public static boolean charIs(int kind, int c) {
        return switch (kind) {
            case 0 -> Unicode14.isDigit(c);
            case 1 -> Unicode14.isDecimal(c);
            case 2 -> Unicode14.isNumeric(c);
            case 3 -> Unicode14.isAlpha(c);
            // CPython's isalnum is isalpha or isdecimal or isdigit or isnumeric per character
            case 4 -> Unicode14.isAlpha(c) || Unicode14.isNumeric(c);
            case 5 -> isSpace(c);
            case 6 -> isUpper(c) && !isLower(c) && !isTitle(c);
            case 7 -> isLower(c) && !isUpper(c) && !isTitle(c);
            case 8 -> c < 128;
            default -> throw new IllegalArgumentException("no character predicate " + kind);
        };
    }

    // A plain loop over the code points, not a stream: `ch.isdigit()` on one character is common,
    // and the stream and its lambda were most of its cost in tier 1.
    private static PyObject all(PyObject self, java.util.function.IntPredicate p) {
        String v = s(self);
        int n = v.length();
        if (n == 0) {
            return PyBool.FALSE;
        }
        for (int i = 0; i < n; ) {
            int c = v.codePointAt(i);
            if (!p.test(c)) {
                return PyBool.FALSE;
            }
            i += Character.charCount(c);
        }
        return PyBool.TRUE;
    }

    private static PyObject cased(PyObject self, boolean upper) {
        boolean any = false;
        String v = s(self);
        for (int i = 0, n = v.length(); i < n; ) {
            int c = v.codePointAt(i);
            if (upper ? isLower(c) || isTitle(c) : isUpper(c) || isTitle(c)) {
                return PyBool.FALSE;
            }
            if (upper ? isUpper(c) : isLower(c)) {
                any = true;
            }
            i += Character.charCount(c);
        }
        return PyBool.of(any);
    }

    /**
     * {@code lower()} ({@code toLower}) or {@code upper()} of an all-ASCII string in one pass (only
     * A-Z or a-z change; no Unicode tables, no surrogate rescan), or null when some character is
     * not ASCII. Always a new str object for a string of two or more characters, as CPython's.
     */
    private static PyStr asciiCase(PyStr self, boolean toLower) {
        String v = self.toString();
        int n = v.length();
        char lo = toLower ? 'A' : 'a';
        int first = -1;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (first < 0 && c >= lo && c <= lo + 25) {
                first = i;
            }
        }
        if (first < 0) {
            return PyStr.simple(v);
        }
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            b[i] = (byte) (c >= lo && c <= lo + 25 ? c ^ 0x20 : c);
        }
        return PyStr.simple(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static PyObject join(PyStr sep, PyObject iterable) {
        PyObject[] items;
        int n;
        // A list or tuple is read in place: the loop below runs no Python code, so the
        // sequence cannot change under it.
        if (iterable.getClass() == PyList.class) {
            items = ((PyList) iterable).items;
            n = ((PyList) iterable).size;
        } else if (iterable.getClass() == PyTuple.class) {
            items = ((PyTuple) iterable).array();
            n = items.length;
        } else {
            if (iterable.type().tp_iter == null && iterable.type().mp_subscript == null) {
                throw Errors.typeError("can only join an iterable");
            }
            // PySequence_Fast: list() of its iterator (whose length hint list() asks)
            PyList l = PyList.fromIterable(Abstract.iter(iterable));
            items = l.items;
            n = l.size;
        }
        boolean simple = sep.isSimple();
        String[] parts = new String[n];
        for (int i = 0; i < n; i++) {
            if (!(items[i] instanceof PyStr xs)) {
                throw Errors.typeError("sequence item %d: expected str instance, %s found", i, items[i].type().name());
            }
            simple &= xs.isSimple();
            parts[i] = xs.toString();
        }
        if (n == 1 && items[0].getClass() == PyStr.class) {
            return items[0];
        }
        if (simple) {
            // String.join sizes the result once and copies each part once.
            return PyStr.simple(String.join(sep.toString(), parts));
        }
        // By code points, so a lone high surrogate and a following lone low one stay two characters.
        int total = Math.max(0, n - 1) * sep.length();
        for (int i = 0; i < n; i++) {
            total += ((PyStr) items[i]).length();
        }
        int[] r = new int[total];
        int at = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                for (int j = 0; j < sep.length(); j++) {
                    r[at++] = sep.codePointAt(j);
                }
            }
            PyStr p = (PyStr) items[i];
            for (int j = 0; j < p.length(); j++) {
                r[at++] = p.codePointAt(j);
            }
        }
        return PyStr.ofCodePoints(r);
    }

    /**
     * {@code str.split} and {@code str.rsplit}: CPython's {@code unicode_split_impl} and
     * {@code unicode_rsplit_impl}, with the identities of its results: a separator longer than
     * the string or of a wider kind gives a list of the str itself, even an instance of a
     * subclass; a string the
     * separator does not occur in gives the str itself only when it is an exact str (a
     * subclass's instance is copied, as stringlib's {@code STRINGLIB_CHECK_EXACT} decides).
     */
    private static PyObject split(PyStr self, PyObject[] a, String[] k, boolean right) {
        String fname = right ? "rsplit" : "split";
        Args.onlyKeywords(fname, k, "sep", "maxsplit");
        int npos = Args.positional(a, k);
        if (npos > 2) {
            throw Errors.typeError("%s() takes at most 2 arguments (%d given)", fname, npos);
        }
        PyObject sepO = npos > 0 ? a[0] : Args.keyword(a, k, "sep");
        PyObject maxO = npos > 1 ? a[1] : Args.keyword(a, k, "maxsplit");
        long given = maxO == null ? -1 : Abstract.index(maxO, null).ssizeValue();
        long max = given < 0 ? Long.MAX_VALUE : given;
        boolean bySeparator = sepO != null && sepO != PyNone.NONE;
        if (sepO instanceof PyStr sep && cannotOccur(self, sep)) {
            // CPython answers before looking at a character, with the object it was given
            return PyList.wrap(new PyObject[] {self}, 1);
        }
        PyObject[] sepArg = {bySeparator ? sepO : PyNone.NONE};
        PyList parts = (PyList) (LoneSurrogates.involved(self, sepArg)
                ? LoneSurrogates.call(self, sepArg, null, (s, x, kw) -> pieces((PyStr) s, x[0], max, right))
                : pieces(self, sepArg[0], max, right));
        if (parts.size() == 1 && self.getClass() == PyStr.class && (max > 0 || bySeparator)
                && ((PyStr) parts.get(0)).length() == self.length()) {
            // no separator found: CPython's list holds the str itself (but a whitespace split with
            // maxsplit=0 copies it)
            return PyList.wrap(new PyObject[] {self}, 1);
        }
        return parts;
    }

    /**
     * CPython's test for split's early return: the separator is longer than the string or of a
     * wider PEP 393 kind. Only a subclass's instance needs the kind (an exact str's result is
     * the str itself either way), which spares the scan of an exact str.
     */
    private static boolean cannotOccur(PyStr self, PyStr sep) {
        if (sep.length() > self.length()) {
            return true;
        }
        return self.getClass() != PyStr.class && sep.length() > 0 && kind(sep) > kind(self);
    }

    /** The pieces of a split of {@code self} (a Java string, surrogates already stood in for). */
    private static PyList pieces(PyStr self, PyObject sepO, long max, boolean right) {
        String v = self.toString();
        Pieces parts = new Pieces(v, self.isSimple());
        if (sepO == PyNone.NONE) {
            if (!right) {
                int i = 0, n = v.length();
                while (true) {
                    while (i < n && isSpace(v.charAt(i))) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (parts.size() >= max) {
                        parts.add(i, v.length());
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(v.charAt(j))) {
                        j++;
                    }
                    parts.add(i, j);
                    i = j;
                }
            } else {
                int i = v.length() - 1;
                while (true) {
                    while (i >= 0 && isSpace(v.charAt(i))) {
                        i--;
                    }
                    if (i < 0) {
                        break;
                    }
                    if (parts.size() >= max) {
                        parts.add(0, i + 1);
                        break;
                    }
                    int j = i;
                    while (j >= 0 && !isSpace(v.charAt(j))) {
                        j--;
                    }
                    parts.add(j + 1, i + 1);
                    i = j;
                }
                parts.reverse();
            }
        } else {
            if (!(sepO instanceof PyStr)) {
                throw Errors.typeError("must be str or None, not %s", sepO.type().name());
            }
            String sep = sepO.toString();
            if (sep.isEmpty()) {
                throw Errors.valueError("empty separator");
            }
            if (!right) {
                int i = 0;
                boolean oneChar = sep.length() == 1;
                char sepChar = sep.charAt(0);
                while (parts.size() < max) {
                    int j = oneChar ? v.indexOf(sepChar, i) : StringSearch.indexOf(v, sep, i, v.length());
                    if (j < 0) {
                        break;
                    }
                    parts.add(i, j);
                    i = j + sep.length();
                }
                parts.add(i, v.length());
            } else {
                int end = v.length();
                while (parts.size() < max) {
                    int j = StringSearch.lastIndexOf(v, sep, 0, end);
                    if (j < 0) {
                        break;
                    }
                    parts.add(j + sep.length(), end);
                    end = j;
                }
                parts.add(0, end);
                parts.reverse();
            }
        }
        return parts.toList();
    }

    /**
     * The pieces of a split, made into strs as they are found: a one-character piece of a simple
     * string is the shared Latin-1 str where there is one, with no substring made for it.
     */
    private static final class Pieces {
        private final String v;
        private final boolean simple;
        private PyObject[] items = new PyObject[8];
        private int n;

        Pieces(String v, boolean simple) {
            this.v = v;
            this.simple = simple;
        }

        int size() {
            return n;
        }

        /** Adds the chars {@code [from, to)} of the string split. */
        void add(int from, int to) {
            if (n == items.length) {
                items = java.util.Arrays.copyOf(items, n * 2);
            }
            PyObject piece;
            if (!simple) {
                piece = PyStr.of(v.substring(from, to));
            } else if (to - from == 1) {
                piece = PyStr.ofCodePoint(v.charAt(from));
            } else {
                piece = PyStr.simple(v.substring(from, to));
            }
            items[n++] = piece;
        }

        void reverse() {
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                PyObject t = items[i];
                items[i] = items[j];
                items[j] = t;
            }
        }

        PyList toList() {
            return PyList.wrap(items, n);
        }
    }


    private static PyObject splitlines(PyObject self, PyObject[] a, String[] k) {
        PyObject ke = clinicArgs("splitlines", a, k, "keepends")[0];
        boolean keep = ke != null && cInt(ke) != 0;
        boolean simple = ((PyStr) self).isSimple();
        String v = s(self);
        PyList l = new PyList();
        int i = 0, n = v.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(v.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (v.charAt(j) == '\r' && j + 1 < n && v.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
            }
            if (i == 0 && (keep ? j : eol) == n) {
                // the whole string is the one line: CPython's list holds the str itself (an exact
                // str; the method's wrapper copies a subclass's instance)
                l.append(self);
                break;
            }
            String part = v.substring(i, keep ? j : eol);
            l.append(simple ? PyStr.simple(part) : PyStr.of(part));
            i = j;
        }
        return l;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    private static PyObject strip(PyStr self, PyObject[] a, String[] k, String fname, boolean left, boolean right) {
        Args.check(fname, a, k, 0, 1);
        String v = self.toString();
        int b = 0, e = v.length();
        if (a.length == 0 || a[0] == PyNone.NONE) {
            while (left && b < e && isSpace(v.charAt(b))) {
                b++;
            }
            while (right && e > b && isSpace(v.charAt(e - 1))) {
                e--;
            }
        } else {
            // By code point: a character outside the BMP is one character of chars, not two halves.
            String chars = str(fname, a[0]).toString();
            while (left && b < e) {
                int c = v.codePointAt(b);
                if (chars.indexOf(c) < 0) {
                    break;
                }
                b += Character.charCount(c);
            }
            while (right && e > b) {
                int c = v.codePointBefore(e);
                if (chars.indexOf(c) < 0) {
                    break;
                }
                e -= Character.charCount(c);
            }
        }
        if (b == 0 && e == v.length()) {
            return self;
        }
        String part = v.substring(b, e);
        return self.isSimple() ? PyStr.simple(part) : PyStr.of(part);
    }

    private static PyObject replace(PyObject self, PyObject[] a, String[] k) {
        Args.check("replace", a, k, 2, 3);
        String old = strArg("replace", 1, a[0]).toString();
        String nw = strArg("replace", 2, a[1]).toString();
        long count = a.length > 2 ? Abstract.index(a[2], null).ssizeValue() : -1;
        String v = s(self);
        if (count < 0) {
            if (old.isEmpty()) {
                StringBuilder sb = new StringBuilder(nw);
                v.codePoints().forEach(c -> sb.appendCodePoint(c).append(nw));
                return PyStr.of(sb.toString());
            }
            return PyStr.of(StringSearch.replace(v, old, nw, -1));
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        long done = 0;
        if (old.isEmpty()) {
            int[] cps = v.codePoints().toArray();
            for (int c : cps) {
                if (done < count) {
                    sb.append(nw);
                    done++;
                }
                sb.appendCodePoint(c);
            }
            if (done < count) {
                sb.append(nw);
            }
            return PyStr.of(sb.toString());
        }
        return PyStr.of(StringSearch.replace(v, old, nw, count));
    }

    /** Resolves optional start/end arguments (code point indexes, slice semantics). */
    /** {@code _PyEval_SliceIndex}: an index through {@code __index__}, clamped to the ssize_t range. */
    private static long sliceIndex(PyObject o) {
        if (PyInt.asInt(o) == null && o.type().nb_index == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Abstract.index(o, null);
        if (!i.fitsLong()) {
            return i.bigValue().signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return i.longValue();
    }

    /** {@code ensure_unicode}'s check: "must be str, not int". */
    private static PyStr mustBeStr(PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError("must be str, not %s", o.type().name());
    }

    private static int[] range(PyStr self, PyObject[] a, int from) {
        int len = self.length();
        long st = 0, en = len;
        if (a.length > from && a[from] != PyNone.NONE) {
            st = sliceIndex(a[from]);
        }
        if (a.length > from + 1 && a[from + 1] != PyNone.NONE) {
            en = sliceIndex(a[from + 1]);
        }
        if (st < 0) {
            st = Math.max(0, st + len);
        }
        if (en < 0) {
            en = Math.max(0, en + len);
        }
        en = Math.min(en, len);
        return new int[] {(int) Math.min(st, len + 1L), (int) en};
    }

    private static long find(PyStr self, PyObject[] a, String[] k, String fname, boolean reverse) {
        int[] r = range(self, a, 1);
        PyStr sub = mustBeStr(a[0]);
        if (r[0] > r[1] || r[0] > self.length()) {
            return -1;
        }
        String v = self.toString();
        int cs = self.codePointIndexToCharIndex(r[0]), ce = self.codePointIndexToCharIndex(r[1]);
        // Searched in place, bounded by [cs, ce): a substring copy would make a scan with a
        // moving start (parsers calling find(x, pos)) quadratic.
        String needle = sub.toString();
        if (ce - cs < needle.length()) {
            return -1;
        }
        int j = reverse ? StringSearch.lastIndexOf(v, needle, cs, ce) : StringSearch.indexOf(v, needle, cs, ce);
        if (j < 0) {
            return -1;
        }
        return self.charIndexToCodePointIndex(j);
    }

    private static PyObject count(PyObject self, PyObject[] a, String[] k) {
        PyStr ps = (PyStr) self;
        int[] r = range(ps, a, 1);
        String sub = mustBeStr(a[0]).toString();
        if (r[0] > r[1]) {
            return PyInt.ZERO;
        }
        if (sub.isEmpty()) {
            return PyInt.of(r[1] - r[0] + 1);
        }
        String v = s(self);
        int end = ps.codePointIndexToCharIndex(r[1]);
        return PyInt.of(StringSearch.count(v, sub, ps.codePointIndexToCharIndex(r[0]), end, Long.MAX_VALUE));
    }

    private static PyObject affix(PyStr self, PyObject[] a, String[] k, String fname, boolean start) {
        // METH_VARARGS parsing in CPython: "startswith() takes at least 1 argument (0 given)".
        if (k != null && k.length > 0) {
            Args.noKeywords("str." + fname, k);
        }
        if (a.length < 1) {
            throw Errors.typeError("%s() takes at least 1 argument (%d given)", fname, a.length);
        }
        if (a.length > 3) {
            throw Errors.typeError("%s() takes at most 3 arguments (%d given)", fname, a.length);
        }
        int[] r = range(self, a, 1);
        if (r[0] > self.length()) {
            return PyBool.FALSE;
        }
        // Matched in place within [from, to): no substring copy (a parser calling
        // startswith(x, pos) over a long text would otherwise be quadratic).
        boolean empty = r[0] > r[1];
        String v = self.toString();
        int from = empty ? 0 : self.codePointIndexToCharIndex(r[0]);
        int to = empty ? 0 : self.codePointIndexToCharIndex(r[1]);
        PyObject[] cands = a[0] instanceof PyTuple t ? t.array() : new PyObject[] {a[0]};
        for (PyObject c : cands) {
            if (!(c instanceof PyStr cs)) {
                throw Errors.typeError(a[0] instanceof PyTuple
                        ? "tuple for " + fname + " must only contain str, not " + c.type().name()
                        : fname + " first arg must be str or a tuple of str, not " + c.type().name());
            }
            String p = cs.toString();
            if (!empty && to - from >= p.length() && v.startsWith(p, start ? from : to - p.length())) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    private static PyObject pad(PyStr self, PyObject[] a, String[] k, String fname, int how) {
        Args.check(fname, a, k, 1, 2);
        long w = Abstract.index(a[0], null).ssizeValue();
        String fill = " ";
        if (a.length > 1) {
            if (!(a[1] instanceof PyStr f) || f.length() != 1) {
                throw Errors.typeError("The fill character must be exactly one character long");
            }
            fill = f.toString();
        }
        int n = (int) (w - self.length());
        if (n <= 0) {
            return self;
        }
        String v = self.toString();
        if (how < 0) {
            return PyStr.of(v + fill.repeat(n));
        }
        if (how > 0) {
            return PyStr.of(fill.repeat(n) + v);
        }
        // CPython's centering puts the odd extra character on the left when the width is odd.
        int left = n / 2 + (int) (n & w & 1);
        return PyStr.of(fill.repeat(left) + v + fill.repeat(n - left));
    }

    private static PyObject partition(PyStr self, PyObject sepO, boolean right) {
        PyStr sep = mustBeStr(sepO);
        if (sep.length() == 0) {
            throw Errors.valueError("empty separator");
        }
        String v = self.toString(), p = sep.toString();
        int j = right ? StringSearch.lastIndexOf(v, p, 0, v.length()) : StringSearch.indexOf(v, p, 0, v.length());
        if (j < 0) {
            return right ? PyTuple.of(PyStr.of(""), PyStr.of(""), self) : PyTuple.of(self, PyStr.of(""), PyStr.of(""));
        }
        return PyTuple.of(PyStr.of(v.substring(0, j)), sep, PyStr.of(v.substring(j + p.length())));
    }

    /** A growing run of code points (lone surrogates kept apart), for results built piece by piece. */
    static final class CodePoints {
        private int[] buf = new int[16];
        private int n;

        void appendCodePoint(int c) {
            if (n == buf.length) {
                buf = java.util.Arrays.copyOf(buf, n * 2);
            }
            buf[n++] = c;
        }

        void append(PyStr s) {
            for (int i = 0; i < s.length(); i++) {
                appendCodePoint(s.codePointAt(i));
            }
        }

        PyStr toStr() {
            return PyStr.ofCodePoints(java.util.Arrays.copyOf(buf, n));
        }
    }
}
