package org.taipan.runtime;

import java.util.Arrays;

/**
 * Builds a {@code str} piece by piece (CPython's {@code _PyUnicodeWriter}). Text is gathered in
 * a Java {@link StringBuilder} while that is faithful; once a piece with a lone surrogate
 * arrives it switches to an array of code points, so a lone high surrogate followed by a lone
 * low one stays two characters (a Java String would read one).
 */
public final class PyStrBuilder {
    private StringBuilder sb = new StringBuilder();
    private int[] cps;
    private int n;

    /** Appends a str. */
    public PyStrBuilder append(PyStr s) {
        if (cps == null && (s.isSimple() || !s.hasLoneSurrogate())) {
            sb.append(s.toString());
            return this;
        }
        switchToCodePoints();
        for (int i = 0; i < s.length(); i++) {
            add(s.codePointAt(i));
        }
        return this;
    }

    /** Appends Java text that holds no lone surrogate (its pairs are characters). */
    public PyStrBuilder append(String javaText) {
        if (cps == null) {
            sb.append(javaText);
        } else {
            javaText.codePoints().forEach(this::add);
        }
        return this;
    }

    /** Appends one character, which may be a lone surrogate. */
    public PyStrBuilder appendCodePoint(int c) {
        if (cps == null && (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)) {
            sb.appendCodePoint(c);
            return this;
        }
        switchToCodePoints();
        add(c);
        return this;
    }

    /** Appends {@code count} copies of character {@code c}. */
    public PyStrBuilder repeat(int c, int count) {
        for (int i = 0; i < count; i++) {
            appendCodePoint(c);
        }
        return this;
    }

    private void switchToCodePoints() {
        if (cps == null) {
            cps = sb.codePoints().toArray();
            n = cps.length;
            sb = null;
        }
    }

    private void add(int c) {
        if (n == cps.length) {
            cps = Arrays.copyOf(cps, Math.max(16, n * 2));
        }
        cps[n++] = c;
    }

    /** The str built so far. */
    public PyStr build() {
        return cps == null ? PyStr.of(sb.toString()) : PyStr.ofCodePoints(Arrays.copyOf(cps, n));
    }
}
