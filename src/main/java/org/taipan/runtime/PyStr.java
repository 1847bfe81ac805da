package org.taipan.runtime;

/**
 * {@code str}: an immutable sequence of code points. The common case, a string with no
 * UTF-16 surrogate in it, is held as a Java {@code String} whose chars are the code points
 * ({@code cps == null}); otherwise the code points are held in {@code cps} (a non-BMP character
 * is one element; a lone surrogate is a legal character) and {@code value} is only the Java
 * rendering. Equal strings always have the same form, so comparisons need not mix them.
 *
 * <p>A long simple string made by {@code +} is held as a {@link Tip} of a shared buffer until it
 * is read: {@code s += t} where {@code s} ends its buffer appends in place, so building a string
 * piece by piece in a loop is linear, as CPython's in-place resize makes it ({@code
 * unicode_concatenate}) although nothing here counts references.
 */
public sealed class PyStr extends PyObject implements Comparable<PyStr> permits PyStr.Sub {
    /**
     * The one-character strings of code points 0..255, shared as CPython shares its Latin-1
     * singletons: {@code s[i]} and iteration over a str allocate nothing for them, and their
     * hash is computed once per process (the hash key is process-wide, {@link PyHash}).
     */
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int c = 0; c < LATIN1.length; c++) {
            LATIN1[c] = new PyStr(String.valueOf((char) c), null);
        }
    }

    /** The empty str: one object, as CPython's empty string singleton is. */
    private static final PyStr EMPTY = new PyStr("", null);

    public static final PyType TYPE = PyType.builtin("str", PyType.OBJECT).instancesOf(PyStr.class);

    static {
        StrSlots.install(TYPE);
        StrMethods.install(TYPE);
        TYPE.ready();
    }

    /** The Java string, or a {@link Tip} for a string made by {@link #concat} not read yet. */
    private Object value;
    /**
     * The code points of a string that is not simple, or null for a simple one; {@link #PENDING}
     * for one made by concatenation (no lone surrogate in it) whose code points are read from its
     * Java string when first needed ({@link #cps()}).
     */
    private int[] cps;
    /** Marks a not-simple string whose code points are not made yet. */
    private static final int[] PENDING = new int[0];
    /** {@link #hash()}, or 0 until it is computed (a string whose hash is 0, like '', computes it each time). */
    private long hash;
    /** For a string that is not simple, what one pass over its code points found; null until asked. */
    private CodePointIndex index;

    PyStr(String value, int[] cps) {
        this.value = value;
        this.cps = cps;
    }

    private PyStr(Tip tip, boolean simple) {
        this.value = tip;
        this.cps = simple ? null : PENDING;
    }

    /** The code points of a string that is not simple, made from its Java string the first time for a concatenation's. */
    private int[] cps() {
        int[] c = cps;
        if (c == PENDING) {
            c = str().codePoints().toArray();
            cps = c;
        }
        return c;
    }

    /**
     * Below this many chars a concatenation copies both operands into a new Java string; from it
     * on the result is a {@link Tip}, whose later concatenations may append in place.
     */
    private static final int TIP_MIN_LENGTH = 128;

    /**
     * The first {@code length} chars of a buffer that only ever grows: the string they make,
     * once someone asks for it, is cached here. The string whose tip is the buffer's end may
     * append to it; every other holder's prefix stays as it was.
     */
    private static final class Tip {
        final StringBuilder buffer;
        final int length;
        private String string;

        Tip(StringBuilder buffer, int length) {
            this.buffer = buffer;
            this.length = length;
        }

        String string() {
            String r = string;
            if (r == null) {
                synchronized (buffer) {
                    r = buffer.substring(0, length);
                }
                string = r;
            }
            return r;
        }

        char charAt(int i) {
            String r = string;
            if (r != null) {
                return r.charAt(i);
            }
            synchronized (buffer) {
                return buffer.charAt(i);
            }
        }

        /** Appends {@code tail} when this is still the buffer's end; the longer tip, or null. */
        Tip append(String tail) {
            synchronized (buffer) {
                if (buffer.length() != length) {
                    return null;
                }
                buffer.append(tail);
                return new Tip(buffer, length + tail.length());
            }
        }
    }

    /** The length of the Java string ({@link #toString()}) in UTF-16 units, without making it. */
    private int charLength() {
        Object v = value;
        return v instanceof String s ? s.length() : ((Tip) v).length;
    }

    /** The Java string of a simple or not simple str ({@code value} made from its tip on first use). */
    private String str() {
        Object v = value;
        return v instanceof String s ? s : ((Tip) v).string();
    }

    /** The str with the code points of Java string {@code s} (surrogate pairs become one character). */
    public static PyStr of(String s) {
        if (s.length() <= 1) {
            if (s.isEmpty()) {
                return EMPTY;
            }
            if (s.charAt(0) < LATIN1.length) {
                // As CPython, every one-character Latin-1 str is the shared one (no allocation, hash once).
                return LATIN1[s.charAt(0)];
            }
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return new PyStr(s, s.codePoints().toArray());
            }
        }
        return new PyStr(s, null);
    }

    /**
     * The str of a Java string known to hold no surrogate (a piece or a join of simple strs):
     * no scan; a one-character result is the shared Latin-1 string where there is one. A string
     * with a surrogate in it would break the simple form's invariant: use {@link #of} for those.
     */
    public static PyStr simple(String s) {
        return s.length() == 1 ? ofCodePoint(s.charAt(0)) : s.isEmpty() ? EMPTY : new PyStr(s, null);
    }

    /** The str with exactly these code points. */
    public static PyStr ofCodePoints(int[] cps) {
        boolean simple = true;
        for (int c : cps) {
            if (c >= Character.MIN_SURROGATE) {
                if (c > 0xFFFF || Character.isSurrogate((char) c)) {
                    simple = false;
                    break;
                }
            }
        }
        StringBuilder sb = new StringBuilder(cps.length);
        for (int c : cps) {
            sb.appendCodePoint(c);
        }
        return new PyStr(sb.toString(), simple ? null : cps);
    }

    /** The one-character string for code point {@code c} (shared for {@code c < 256}). */
    public static PyStr ofCodePoint(int c) {
        if (c >= 0 && c < LATIN1.length) {
            return LATIN1[c];
        }
        if (c < Character.MIN_SURROGATE || (c > Character.MAX_SURROGATE && c <= 0xFFFF)) {
            return new PyStr(String.valueOf((char) c), null);
        }
        return ofCodePoints(new int[] {c});
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Whether every character is in the BMP and none is a surrogate (Java indexes are code point indexes). */
    public boolean isSimple() {
        return cps == null;
    }

    /** Whether every character is below U+0080 (CPython's compact ASCII form; what {@code str.isascii()} answers). */
    public boolean isAscii() {
        if (cps != null) {
            return false;
        }
        String v = str();
        for (int i = 0, n = v.length(); i < n; i++) {
            if (v.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Whether some character is a lone surrogate (U+D800..U+DFFF); never for a simple string. */
    public boolean hasLoneSurrogate() {
        if (cps == null || cps == PENDING) {
            return false; // a concatenation's tip is only made of strings without one
        }
        // asked by every str method called on the string: scanned once
        return index().loneSurrogate;
    }

    /** {@link #index}, made on first use (a benign race: every thread makes the same one). */
    private CodePointIndex index() {
        CodePointIndex i = index;
        if (i == null) {
            i = new CodePointIndex(cps());
            index = i;
        }
        return i;
    }

    /**
     * What one pass over a not-simple string's code points finds: whether one is a lone surrogate
     * (str methods then take their slower exact path), and the char index of every
     * {@link #STRIDE}-th code point, so that converting between code point and char indexes
     * ({@code find(x, pos)}, {@code startswith(x, pos)} on text with astral characters) walks at
     * most a stride, not the string from its start.
     */
    private static final class CodePointIndex {
        static final int STRIDE = 64;
        final boolean loneSurrogate;
        final int[] charIndexes;

        CodePointIndex(int[] c) {
            int[] table = new int[c.length / STRIDE + 1];
            int chars = 0;
            boolean lone = false;
            for (int i = 0; i < c.length; i++) {
                if (i % STRIDE == 0) {
                    table[i / STRIDE] = chars;
                }
                int cp = c[i];
                lone |= cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
                chars += Character.charCount(cp);
            }
            if (c.length % STRIDE == 0) {
                table[c.length / STRIDE] = chars;
            }
            this.loneSurrogate = lone;
            this.charIndexes = table;
        }
    }

    /** {@code len(s)} in code points. */
    public int length() {
        if (cps != null) {
            return cps().length;
        }
        Object v = value;
        return v instanceof String s ? s.length() : ((Tip) v).length;
    }

    /** The code point at index {@code i} (0-based, in range). */
    public int codePointAt(int i) {
        if (cps != null) {
            return cps()[i];
        }
        Object v = value;
        return v instanceof String s ? s.charAt(i) : ((Tip) v).charAt(i);
    }

    /**
     * Whether code point {@code cp} occurs in this str: {@code ch in s} for a one-character
     * {@code ch} (CPython's {@code PyUnicode_Contains} with a length-1 substring).
     */
    public boolean hasCodePoint(int cp) {
        if (cps != null) {
            for (int c : cps()) {
                if (c == cp) {
                    return true;
                }
            }
            return false;
        }
        // a simple str has BMP characters and no surrogates: a supplementary or surrogate cp is not in it
        return cp <= 0xFFFF && str().indexOf(cp) >= 0;
    }

    /** The code points {@code [start, end)} as a str. */
    public PyStr substring(int start, int end) {
        if (end - start == 1) {
            return ofCodePoint(codePointAt(start));
        }
        if (cps == null) {
            return new PyStr(str().substring(start, end), null);
        }
        int[] part = new int[end - start];
        System.arraycopy(cps(), start, part, 0, part.length);
        return ofCodePoints(part);
    }

    /** All code points (a fresh array). */
    public int[] codePoints() {
        if (cps != null) {
            return cps().clone();
        }
        String v = str();
        int[] r = new int[v.length()];
        for (int i = 0; i < r.length; i++) {
            r[i] = v.charAt(i);
        }
        return r;
    }

    /**
     * The code points of a string that is not {@link #isSimple() simple}, shared with the string
     * (never modify them); null for a simple string. Lets a reader that indexes a long string
     * many times (the regular-expression engine) avoid copying it on each call.
     */
    public int[] sharedCodePoints() {
        return cps == null ? null : cps();
    }

    /**
     * Converts a Java char index of {@link #toString()} (0 to its length, at a code point's start)
     * into a code point index, walking at most a stride ({@link CodePointIndex}).
     */
    public int charIndexToCodePointIndex(int charIndex) {
        if (cps == null) {
            return charIndex;
        }
        int[] c = cps();
        int[] table = index().charIndexes;
        // the last entry at or before charIndex, then code point by code point
        int lo = 0, hi = table.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (table[mid] <= charIndex) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int cp = lo * CodePointIndex.STRIDE;
        for (int chars = table[lo]; chars < charIndex && cp < c.length; cp++) {
            chars += Character.charCount(c[cp]);
        }
        return cp;
    }

    /**
     * Converts a code point index (0 to the length) into a Java char index of
     * {@link #toString()}, walking at most a stride ({@link CodePointIndex}).
     */
    public int codePointIndexToCharIndex(int cpIndex) {
        if (cps == null) {
            return cpIndex;
        }
        int[] c = cps();
        int from = cpIndex / CodePointIndex.STRIDE * CodePointIndex.STRIDE;
        int chars = index().charIndexes[cpIndex / CodePointIndex.STRIDE];
        for (int i = from; i < cpIndex; i++) {
            chars += Character.charCount(c[i]);
        }
        return chars;
    }

    /** The Java string (the code points in UTF-16; only lossy for adjacent lone surrogates). */
    @Override
    public String toString() {
        return str();
    }

    /** Python's {@code str.__hash__}: CPython's SipHash-1-3 of the PEP 393 form ({@link PyHash#str}), cached. */
    public long hash() {
        long h = hash;
        if (h == 0) {
            h = PyHash.str(this);
            hash = h;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PyStr s)) {
            return false;
        }
        if (hash != 0 && s.hash != 0 && hash != s.hash) {
            return false;
        }
        if (cps == null) {
            return s.cps == null && str().equals(s.str());
        }
        return s.cps != null && java.util.Arrays.equals(cps(), s.cps());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hash());
    }

    /** Code point order ({@code '\uffff' < '\U00010000'}). */
    @Override
    public int compareTo(PyStr o) {
        if (cps == null && o.cps == null) {
            return str().compareTo(o.str());
        }
        int n = Math.min(length(), o.length());
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(codePointAt(i), o.codePointAt(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(length(), o.length());
    }

    /** This string as an exact {@code str} (for instances of subclasses). */
    public PyStr exact() {
        return getClass() == PyStr.class ? this : copy();
    }

    /** A new exact str with the same characters ({@code _PyUnicode_Copy}). */
    public PyStr copy() {
        return length() == 0 ? EMPTY : new PyStr(str(), cps == null ? null : cps());
    }

    /** {@code a + b}. */
    public PyStr concat(PyStr o) {
        if (cps == null && o.cps == null) {
            int n = length() + o.length();
            if (n < TIP_MIN_LENGTH || o.length() == 0) {
                return new PyStr(str() + o.str(), null);
            }
            return tipConcat(o, n, true);
        }
        int chars = charLength() + o.charLength();
        if (chars >= TIP_MIN_LENGTH && o.charLength() > 0 && !hasLoneSurrogate() && !o.hasLoneSurrogate()) {
            // a string with non-BMP characters: its UTF-16 form is exact when no surrogate is
            // alone, so it can grow in place too, its code points read from it when wanted
            return tipConcat(o, chars, false);
        }
        int[] a = codePoints(), b = o.codePoints();
        int[] r = new int[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return ofCodePoints(r);
    }

    /** {@code this + o} as a tip of {@code n} chars: appended in place when this string ends its buffer. */
    private PyStr tipConcat(PyStr o, int n, boolean simple) {
        if (value instanceof Tip tip) {
            Tip longer = tip.append(o.str());
            if (longer != null) {
                return new PyStr(longer, simple);
            }
        }
        StringBuilder buffer = new StringBuilder(n + (n >> 1)).append(str()).append(o.str());
        return new PyStr(new Tip(buffer, n), simple);
    }

    /**
     * An instance of a user subclass of {@code str}: the same data, plus its class and a
     * {@code __dict__}. Fast paths test the exact Java class ({@code getClass() == PyStr.class}),
     * so a subclass's overridden dunders are never bypassed.
     */
    public static final class Sub extends PyStr implements HasDict, ClassAssignable, HasSlotValues, Finalization.Guarded {
        /** Runs {@code __del__} when its class defines one (made with the instance). */
        private final Finalization.Guard guard;
        private PyType type;
        private PyDict dict;
        /** Values of its {@code __slots__} members, by name (made by the first store). */
        private PyDict slotValues;

        Sub(PyType type, PyStr v) {
            super(v.str(), v.cps == null ? null : v.cps());
            this.type = type;
            this.guard = Finalization.Guard.forNew(this, type);
        }

        @Override
        public Finalization.Target finalizerGuard() {
            return guard;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void assignClass(PyType t) {
            type = t;
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
}
