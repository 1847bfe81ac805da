package org.taipan.modules.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.taipan.runtime.Codecs;
import org.taipan.runtime.IncrementalDecoder;
import org.taipan.runtime.PyStr;

/**
 * The encoder and incremental decoder of a text stream. UTF-8 with the strict handler (the
 * common case, kept fast) is coded with the JDK's coder; every other encoding or handler goes
 * through the runtime's codecs ({@link Codecs#encode}, {@link IncrementalDecoder}), so that
 * their results and error messages are CPython's. Decoding is incremental: an incomplete
 * multi-byte sequence at the end of a chunk waits for the next one.
 */
final class TextCodec {
    final String encoding;
    final String errors;
    /** The encoding the next {@link #encode} uses: BOM-writing codecs switch to a fixed byte order. */
    private String encodeAs;
    private final boolean utf8Strict;
    private final IncrementalDecoder decoder;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    /** The fast path's bytes of an incomplete sequence held back from the last chunk. */
    private byte[] pending = new byte[0];

    /** @throws org.taipan.runtime.PyException LookupError for an unknown encoding, as {@code codecs.lookup} */
    TextCodec(String encoding, String errors) {
        this.encoding = encoding;
        this.errors = errors;
        this.encodeAs = encoding;
        this.decoder = new IncrementalDecoder(encoding, errors);
        this.utf8Strict = normalize(encoding).equals("utf-8") && errors.equals("strict");
    }

    private static String normalize(String enc) {
        String e = enc.toLowerCase().replace('_', '-');
        return switch (e) {
            case "utf8", "u8", "utf", "cp65001" -> "utf-8";
            case "utf16" -> "utf-16";
            case "utf32" -> "utf-32";
            case "utf-8-sig", "utf8-sig" -> "utf-8-sig";
            default -> e;
        };
    }

    /** Whether the codec writes a byte order mark at the start of a stream ({@code utf-16}, {@code utf-32}, {@code utf-8-sig}). */
    boolean writesBom() {
        String n = normalize(encoding);
        return n.equals("utf-16") || n.equals("utf-32") || n.equals("utf-8-sig");
    }

    /** Stops writing byte order marks: the stream is not at its start. */
    void skipBom() {
        String n = normalize(encoding);
        encodeAs = n.equals("utf-8-sig") ? "utf-8" : n.equals("utf-16") ? "utf-16-le"
                : n.equals("utf-32") ? "utf-32-le" : encodeAs;
    }

    /** Writes byte order marks again (after a seek to the start). */
    void restartBom() {
        encodeAs = encoding;
    }

    /** Encodes {@code s} (the Java string of a Python text). */
    byte[] encode(String s) {
        if (utf8Strict && !hasSurrogate(s)) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        byte[] b = Codecs.encode(PyStr.of(s), encodeAs, errors).bytes();
        if (writesBom() && !s.isEmpty()) {
            skipBom();
        }
        return b;
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

    /** The byte length of {@code s} once encoded, without a byte order mark (for {@code tell()}). */
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
        String as = normalize(encoding);
        as = as.equals("utf-16") ? "utf-16-le" : as.equals("utf-32") ? "utf-32-le" : as.equals("utf-8-sig") ? "utf-8" : as;
        return Codecs.encode(PyStr.of(s), as, errors).bytes().length;
    }

    /** How many bytes are held back for the next chunk. */
    int pendingLength() {
        return utf8Strict ? pending.length : decoder.pending().length;
    }

    /**
     * Decodes {@code data} after any held-back bytes; at the end of the stream ({@code last})
     * everything is decoded (an incomplete sequence is then an error or replaced, per the handler).
     */
    String decode(byte[] data, boolean last) {
        if (!utf8Strict) {
            return decoder.decode(data, last).toString();
        }
        byte[] all = pending.length == 0 ? data : concat(pending, data);
        int n = last ? all.length : completeUtf8Prefix(all);
        pending = n == all.length ? new byte[0] : Arrays.copyOfRange(all, n, all.length);
        if (n == 0) {
            return "";
        }
        try {
            return utf8.reset().decode(ByteBuffer.wrap(all, 0, n)).toString();
        } catch (CharacterCodingException e) {
            // The runtime's codec raises CPython's UnicodeDecodeError for the same bytes.
            return Codecs.decode(Arrays.copyOf(all, n), "utf-8", "strict").toString();
        }
    }

    /** Resets the decoder (after a seek): nothing held back, BOM detection again. */
    void reset() {
        pending = new byte[0];
        decoder.reset();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** How many leading bytes form complete UTF-8 sequences (an incomplete tail waits for more data). */
    private static int completeUtf8Prefix(byte[] b) {
        int n = b.length;
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
