package org.taipan.modules.json;

import org.taipan.runtime.Errors;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyStrBuilder;

/**
 * Reads one JSON string literal (CPython's {@code scanstring_unicode} in {@code Modules/_json.c}):
 * from the character after the opening quote to the closing quote, decoding the escapes
 * the two-character escapes of quote, backslash, slash, b, f, n, r, t and the
 * backslash-u escape of four hex digits (a high and a low surrogate escape in a row become one character,
 * an unpaired surrogate escape stays a lone surrogate). With {@code strict}, a raw character
 * below U+0020 is an error. Errors are {@code JSONDecodeError}s at CPython's positions:
 * "Unterminated string starting at" (the opening quote), "Invalid control character at",
 * "Invalid \\escape" (the backslash), "Invalid \\uXXXX escape" (the {@code u}).
 */
final class StringScanner {
    private final JsonText text;
    private final boolean strict;
    /** After {@link #scan}: the index just past the closing quote. */
    int next;

    StringScanner(JsonText text, boolean strict) {
        this.text = text;
        this.strict = strict;
    }

    /**
     * The decoded string whose content starts at {@code end} (just past its opening quote).
     *
     * @throws org.taipan.runtime.PyException ValueError "end is out of bounds" unless
     *     {@code 0 <= end <= len(doc)}; JSONDecodeError for a malformed literal
     */
    PyStr scan(int end) {
        int len = text.length;
        if (end < 0 || end > len) {
            throw Errors.valueError("end is out of bounds");
        }
        int begin = end - 1;
        PyStrBuilder out = null;
        while (true) {
            int i = end;
            int c = 0;
            for (; i < len; i++) {
                c = text.at(i);
                if (c == '"' || c == '\\') {
                    break;
                }
                if (c <= 0x1f && strict) {
                    throw DecodeErrors.decodeError("Invalid control character at", text.doc, i);
                }
            }
            if (i == len) {
                throw DecodeErrors.decodeError("Unterminated string starting at", text.doc, begin);
            }
            if (c == '"' && out == null) {
                // No escape at all: the literal is a plain slice of the document.
                next = i + 1;
                return text.substring(end, i);
            }
            if (out == null) {
                out = new PyStrBuilder();
            }
            if (i != end) {
                text.appendTo(out, end, i);
            }
            i++;
            if (c == '"') {
                next = i;
                return out.build();
            }
            if (i == len) {
                throw DecodeErrors.decodeError("Unterminated string starting at", text.doc, begin);
            }
            c = text.at(i);
            if (c != 'u') {
                end = i + 1;
                int decoded = switch (c) {
                    case '"', '\\', '/' -> c;
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> -1;
                };
                if (decoded < 0) {
                    throw DecodeErrors.decodeError("Invalid \\escape", text.doc, end - 2);
                }
                out.appendCodePoint(decoded);
                continue;
            }
            // i is at the 'u'; four hex digits follow, and CPython also wants one more character.
            i++;
            end = i + 4;
            if (end >= len) {
                throw DecodeErrors.decodeError("Invalid \\uXXXX escape", text.doc, i - 1);
            }
            int u = hex4(i, end);
            if (u >= 0xD800 && u <= 0xDBFF && end + 6 < len && text.at(end) == '\\' && text.at(end + 1) == 'u') {
                int low = hex4(end + 2, end + 6);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                    end += 6;
                }
            }
            out.appendCodePoint(u);
        }
    }

    /** The value of the four hex digits {@code [from, to)}; an error names the {@code u} at {@code to - 5}. */
    private int hex4(int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            int ch = text.at(i);
            int d = ch >= '0' && ch <= '9' ? ch - '0'
                    : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
                    : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
            if (d < 0) {
                throw DecodeErrors.decodeError("Invalid \\uXXXX escape", text.doc, to - 5);
            }
            v = (v << 4) | d;
        }
        return v;
    }
}
