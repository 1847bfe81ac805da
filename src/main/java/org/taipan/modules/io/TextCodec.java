package org.taipan.modules.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.taipan.runtime.Callables;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The encoder and incremental decoder of a text stream: UTF-8 with the strict handler is done
 * here with the JDK's coder (the common case, kept fast); every other encoding or error handler
 * goes through the runtime's codecs ({@code str.encode} / {@code bytes.decode}), so their error
 * messages are CPython's. Decoding is incremental: an incomplete multi-byte sequence at the end of
 * a chunk waits for the next one.
 */
final class TextCodec {
    final String encoding;
    final String errors;
    /** The encoding actually used for the next call: BOM-writing codecs switch to a fixed byte order. */
    private String encodeAs, decodeAs;
    private final boolean utf8Strict;
    private final int unit;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    /** Bytes of an incomplete sequence held back from the last chunk. */
    byte[] pending = new byte[0];

    TextCodec(String encoding, String errors) {
        this.encoding = encoding;
        this.errors = errors;
        String n = normalize(encoding);
        this.encodeAs = encoding;
        this.decodeAs = encoding;
        this.utf8Strict = n.equals("utf-8") && errors.equals("strict");
        this.unit = n.startsWith("utf-16") ? 2 : n.startsWith("utf-32") ? 4 : 1;
        // Fails now with LookupError for an unknown encoding, as CPython's codecs.lookup does.
        Callables.callAttr(PyStr.of(""), "encode", PyStr.of(encoding), PyStr.of(errors));
    }

    static String normalize(String enc) {
        String e = enc.toLowerCase().replace('_', '-');
        return switch (e) {
            case "utf8", "u8", "utf", "cp65001" -> "utf-8";
            case "utf16" -> "utf-16";
            case "utf32" -> "utf-32";
            default -> e;
        };
    }

    /** Whether the codec writes a byte order mark at the start of a stream ({@code utf-16}, {@code utf-32}). */
    boolean writesBom() {
        String n = normalize(encoding);
        return n.equals("utf-16") || n.equals("utf-32") || n.equals("utf-8-sig");
    }

    /** Stops writing byte order marks: the stream is not at its start. */
    void skipBom() {
        String n = normalize(encoding);
        encodeAs = n.equals("utf-8-sig") ? "utf-8" : n.equals("utf-16") ? "utf-16-le" : n.equals("utf-32") ? "utf-32-le" : encodeAs;
    }

    /** Encodes {@code s} (a Java string of the Python text). */
    byte[] encode(String s) {
        if (utf8Strict && !hasSurrogate(s)) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        PyObject b = Callables.callAttr(PyStr.of(s), "encode", PyStr.of(encodeAs), PyStr.of(errors));
        if (writesBom() && !s.isEmpty()) {
            skipBom();
        }
        return ((PyBytes) b).bytes();
    }

    /** Whether {@code s} can be encoded later, in a batch, without any chance of an error. */
    boolean fastFor(String s) {
        return utf8Strict && !hasSurrogate(s);
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    /** The byte length of {@code s} once encoded (for {@code tell()}). */
    int byteLength(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        if (utf8Strict && !hasSurrogate(s)) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : Character.isLowSurrogate(c) ? 0 : 3;
            }
            return n;
        }
        String as = normalize(encodeAs);
        if (as.equals("utf-16")) {
            as = "utf-16-le";
        } else if (as.equals("utf-32")) {
            as = "utf-32-le";
        } else if (as.equals("utf-8-sig")) {
            as = "utf-8";
        }
        PyObject b = Callables.callAttr(PyStr.of(s), "encode", PyStr.of(as), PyStr.of(errors));
        return ((PyBytes) b).bytes().length;
    }

    /**
     * Decodes {@code data} after any held-back bytes; at the end of the stream ({@code last})
     * everything is decoded (an incomplete sequence is then an error or replaced, per the handler).
     */
    String decode(byte[] data, boolean last) {
        byte[] all = pending.length == 0 ? data : concat(pending, data);
        int n = last ? all.length : completePrefix(all);
        pending = n == all.length ? new byte[0] : Arrays.copyOfRange(all, n, all.length);
        if (n == 0) {
            return "";
        }
        if (utf8Strict) {
            try {
                return utf8.reset().decode(ByteBuffer.wrap(all, 0, n)).toString();
            } catch (CharacterCodingException e) {
                // fall through to the runtime's codec for CPython's error message
            }
        }
        PyObject s = Callables.callAttr(new PyBytes(n == all.length ? all : Arrays.copyOf(all, n)), "decode",
                PyStr.of(decodeAs), PyStr.of(errors));
        afterFirstDecode(all, n);
        return s.toString();
    }

    private void afterFirstDecode(byte[] all, int n) {
        String d = normalize(decodeAs);
        if (d.equals("utf-16") && n >= 2) {
            decodeAs = (all[0] & 0xff) == 0xfe && (all[1] & 0xff) == 0xff ? "utf-16-be" : "utf-16-le";
        } else if (d.equals("utf-32") && n >= 4) {
            decodeAs = all[0] == 0 && all[1] == 0 ? "utf-32-be" : "utf-32-le";
        } else if (d.equals("utf-8-sig") && n >= 3) {
            decodeAs = "utf-8";
        }
    }

    /** Resets the decoder (after a seek): no held-back bytes; BOM detection again only at position 0. */
    void reset(boolean atStart) {
        pending = new byte[0];
        if (atStart) {
            decodeAs = encoding;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** How many leading bytes form complete characters (an incomplete tail waits for more data). */
    private int completePrefix(byte[] b) {
        int n = b.length;
        if (unit > 1) {
            n -= n % unit;
            if (unit == 2 && n >= 2) {
                boolean be = normalize(decodeAs).endsWith("be");
                int hi = be ? b[n - 2] & 0xff : b[n - 1] & 0xff;
                if (hi >= 0xd8 && hi <= 0xdb) {
                    n -= 2;
                }
            }
            return n;
        }
        String norm = normalize(encoding);
        if (!norm.startsWith("utf-8")) {
            return n;
        }
        // Look back at most three bytes for a lead byte whose sequence runs past the end.
        for (int back = 1; back <= 3 && back <= n; back++) {
            int c = b[n - back] & 0xff;
            if (c < 0x80) {
                return n;
            }
            if (c >= 0xc0) {
                int len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
                return len > back ? n - back : n;
            }
        }
        return n;
    }
}
