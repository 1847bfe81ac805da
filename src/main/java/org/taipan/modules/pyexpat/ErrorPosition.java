package org.taipan.modules.pyexpat;

/**
 * Moves an error's position from where the JDK's parser stopped to where expat reports it, using
 * the document's text: the start of a reference the JDK reports after its {@code ;}, the start
 * of the outermost reference when the error is inside an entity's replacement text (the JDK's
 * position is then the entity's own), the start of the tag whose attribute value holds an
 * undefined entity; and the byte index of a position ({@code ErrorByteIndex}).
 */
final class ErrorPosition {
    private final String text;

    /** @param text the document as decoded (no byte order mark) */
    ErrorPosition(String text) {
        this.text = text;
    }

    /** The index in the text of (line from 1, column from 0), or -1 when the text does not reach it. */
    int index(int line, int column) {
        int l = 1, i = 0;
        while (l < line) {
            int nl = nextLineStart(i);
            if (nl < 0) {
                return -1;
            }
            i = nl;
            l++;
        }
        int at = i + column;
        return at <= text.length() ? at : -1;
    }

    private int nextLineStart(int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }

    /** {line, column} of text index {@code at}. */
    int[] position(int at) {
        int line = 1, start = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                line++;
                start = i + 1;
            }
        }
        return new int[] {line, at - start};
    }

    /**
     * The index of the first reference to a general entity at or after {@code from} (character
     * references and the predefined entities skipped), or -1.
     */
    int firstReference(int from) {
        for (int i = text.indexOf('&', Math.max(0, from)); i >= 0; i = text.indexOf('&', i + 1)) {
            int semi = text.indexOf(';', i);
            if (semi < 0) {
                return -1;
            }
            String name = text.substring(i + 1, semi);
            if (!name.startsWith("#") && !RawTokens.isPredefined(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the last {@code c} before index {@code at}, or -1. */
    int lastBefore(char c, int at) {
        return at <= 0 ? -1 : text.lastIndexOf(c, Math.min(at, text.length()) - 1);
    }

    /** The index of the {@code <} of the tag that index {@code at} lies in, or -1 when it is in none. */
    int tagStart(int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '>') {
                return -1;
            }
            if (c == '<') {
                return i;
            }
        }
        return -1;
    }

    /** The number of bytes before index {@code at} in {@code charset}. */
    long byteIndex(int at, java.nio.charset.Charset charset) {
        return text.substring(0, at).getBytes(charset).length;
    }

    /**
     * expat's code and index ({code, index}) for a failure at index {@code at} that the JDK's
     * message names more vaguely: text before the document element (a lone name is expat's
     * syntax error, a name running into {@code <} an invalid token at the {@code <}), text after
     * it (junk after the document element), an input ending inside a tag (unclosed token at
     * its {@code <}), and a malformed XML declaration.
     */
    int[] refine(int code, String message, int at) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        int declarationEnd = text.startsWith("<?xml") ? text.indexOf("?>") : -1;
        if (code == ExpatErrors.INVALID_TOKEN && text.startsWith("<?xml")
                && (declarationEnd < 0 || at <= declarationEnd + 2)) {
            return new int[] {ExpatErrors.XML_DECL, at};
        }
        if (m.contains("scanner state") && text.indexOf("<!", at) >= 0) {
            return new int[] {code, text.indexOf("<!", at) + 2};
        }
        if (m.contains("content is not allowed in prolog")) {
            int end = at;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || "_.:-".indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            if (end > at && (end == text.length() || Character.isWhitespace(text.charAt(end)))) {
                return new int[] {ExpatErrors.SYNTAX, at};
            }
            if (end > at && text.charAt(end) == '<') {
                return new int[] {ExpatErrors.INVALID_TOKEN, end};
            }
        } else if (m.contains("content is not allowed in trailing section")) {
            return new int[] {ExpatErrors.JUNK_AFTER_DOC_ELEMENT, at};
        } else if (code == ExpatErrors.JUNK_AFTER_DOC_ELEMENT && at > 0 && text.charAt(at - 1) == '<') {
            return new int[] {code, at - 1}; // the JDK is past the second element's '<'
        } else if (code == ExpatErrors.NO_ELEMENTS && at >= text.length()) {
            int lt = text.lastIndexOf('<');
            if (lt >= 0 && lt > text.lastIndexOf('>')) {
                return new int[] {ExpatErrors.UNCLOSED_TOKEN, lt};
            }
            int amp = text.lastIndexOf('&');
            if (amp >= 0 && amp > text.lastIndexOf('>') && text.indexOf(';', amp) < 0) {
                return new int[] {ExpatErrors.UNCLOSED_TOKEN, amp}; // a reference cut off by the end
            }
        }
        return new int[] {code, at};
    }
}
