package org.taipan.runtime;

import java.io.ByteArrayOutputStream;

/**
 * One encoding's character-to-bytes step, and the loop shared by the codecs that runs it over
 * a str, calling the error handler ({@link CodecErrors}) for the characters it cannot encode.
 */
interface CharEncoder {
    /** Whether code point {@code c} has an encoding. */
    boolean canEncode(int c);

    /**
     * Whether an error handler's replacement text may hold {@code c}: any encodable character by
     * default, only ASCII for the UTF-8/16/32 encoders, which in CPython raise the original error
     * for other replacement text.
     */
    default boolean canReplaceWith(int c) {
        return canEncode(c);
    }

    /** Appends the encoding of {@code c} (for which {@link #canEncode} holds). */
    void put(int c, ByteArrayOutputStream out);

    /**
     * Encodes {@code s} into {@code out}. With {@code runs}, consecutive unencodable characters
     * form one error range (CPython's UCS-1 and UTF-8 encoders); otherwise each is its own
     * (the UTF-16/32 encoders). Replacement text the codec cannot encode, or replacement bytes
     * that are not whole code units of {@code unit} bytes, raise the original error, as CPython
     * does.
     */
    static void encode(CharEncoder ce, PyStr s, String enc, String reason, boolean runs, String errors,
            ByteArrayOutputStream out) {
        encode(ce, s, enc, reason, runs, 1, errors, out);
    }

    /** {@link #encode(CharEncoder, PyStr, String, String, boolean, String, ByteArrayOutputStream)} with code units of {@code unit} bytes. */
    static void encode(CharEncoder ce, PyStr s, String enc, String reason, boolean runs, int unit, String errors,
            ByteArrayOutputStream out) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            int c = s.codePointAt(i);
            if (ce.canEncode(c)) {
                ce.put(c, out);
                i++;
                continue;
            }
            int end = i + 1;
            while (runs && end < n && !ce.canEncode(s.codePointAt(end))) {
                end++;
            }
            CodecErrors.EncodeFix fix = CodecErrors.encode(errors, enc, s, i, end, reason);
            if (fix.raw() != null) {
                if (fix.raw().length % unit != 0) {
                    throw UnicodeErrors.encodeError(enc, s, i, end, reason);
                }
                out.writeBytes(fix.raw());
            } else {
                for (int r : fix.text()) {
                    if (!ce.canReplaceWith(r)) {
                        throw UnicodeErrors.encodeError(enc, s, i, end, reason);
                    }
                    ce.put(r, out);
                }
            }
            i = fix.resume();
        }
    }
}
