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
 * The decoder of a text stream as CPython's TextIOWrapper sees it: the codec's incremental
 * decoder, wrapped in universal-newline mode by the logic of {@code IncrementalNewlineDecoder}
 * (a final {@code \r} is held back until the next chunk shows whether {@code \n} follows; with
 * translation {@code \r\n} and {@code \r} become {@code \n}; the kinds seen are recorded).
 *
 * <p>Its state is CPython's {@code getstate()} pair, so that {@code tell()} cookies are
 * CPython's: the bytes held back and a flag word, the codec's flag shifted left by one with the
 * pending {@code \r} in bit 0 in universal mode. The codec flag is 0 for most codecs; for
 * {@code utf-16}/{@code utf-32} 2 until the byte order is known, then 0 (little-endian) or 1;
 * for {@code utf-8-sig} 1 until the BOM question is settled, then 0.
 */
final class StreamDecoder {
    /** A decoder state: the held-back bytes and the flag word. */
    record State(byte[] buffer, long flags) {}

    private final String encoding;
    private final String errors;
    /** "utf-16", "utf-32", "utf-8-sig" for the codecs with a byte order mark, else null. */
    private final String bomFamily;
    private final boolean utf8Fast;
    private final boolean universal, translate;
    private IncrementalDecoder codec;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] fastPending = new byte[0];
    private int codecFlags;
    private boolean pendingCr;
    int seen;

    /**
     * @param newline the stream's newline argument: null (universal, translated), "" (universal),
     *                or a fixed line ending (no newline layer)
     * @throws org.taipan.runtime.PyException LookupError for an unknown encoding
     */
    StreamDecoder(String encoding, String errors, String newline) {
        this.encoding = encoding;
        this.errors = errors;
        this.universal = newline == null || newline.isEmpty();
        this.translate = newline == null;
        String n = normalize(encoding);
        this.bomFamily = n.equals("utf-16") || n.equals("utf-32") || n.equals("utf-8-sig") ? n : null;
        // any error handler: the JDK decodes well-formed input, and only malformed input needs the handler
        this.utf8Fast = n.equals("utf-8");
        this.info = PythonStreamCodec.lookup(encoding);
        if (info != null) {
            this.pyDecoder = PythonStreamCodec.decoder(info, errors);
        } else {
            this.codec = new IncrementalDecoder(encoding, errors);
        }
        this.codecFlags = initialFlags();
    }

    /** The registry's CodecInfo when the Java codecs do not implement the encoding, else null. */
    private final org.taipan.runtime.PyObject info;
    /** The codec's Python incremental decoder when {@link #info} is set. */
    private org.taipan.runtime.PyObject pyDecoder;

    static String normalize(String enc) {
        String e = enc.toLowerCase().replace('_', '-');
        return switch (e) {
            case "utf8", "u8", "utf", "cp65001" -> "utf-8";
            case "utf16" -> "utf-16";
            case "utf32" -> "utf-32";
            case "utf8-sig" -> "utf-8-sig";
            default -> e;
        };
    }

    private int initialFlags() {
        return bomFamily == null ? 0 : bomFamily.equals("utf-8-sig") ? 1 : 2;
    }

    private static final PyStr CR = PyStr.of("\r"), NOTHING = PyStr.simple("");

    /**
     * Decodes the next bytes of the stream ({@code last}: the end of the stream, nothing held
     * back). The text is a str, not a Java string: a lone high surrogate followed by a lone low
     * one ({@code surrogatepass}) are two characters, which a Java string would make one.
     */
    PyStr decode(byte[] input, boolean last) {
        PyStr out = codecDecode(input, last);
        if (!universal) {
            return out;
        }
        if (pendingCr && (out.length() > 0 || last)) {
            out = CR.concat(out);
            pendingCr = false;
        }
        int n = out.length();
        if (!last && n > 0 && out.codePointAt(n - 1) == '\r') {
            out = out.substring(0, n - 1);
            pendingCr = true;
        }
        String rendering = out.toString();
        if (rendering.indexOf('\r') < 0) {
            if (rendering.indexOf('\n') >= 0) {
                seen |= Newlines.SEEN_LF;
            }
            return out;
        }
        seen |= Newlines.kinds(rendering);
        if (translate) {
            out = Newlines.translate(out);
        }
        return out;
    }

    private PyStr codecDecode(byte[] input, boolean last) {
        if (pyDecoder != null) {
            return PythonStreamCodec.decode(pyDecoder, input, last);
        }
        if (utf8Fast) {
            byte[] all = fastPending.length == 0 ? input : concat(fastPending, input);
            int n = last ? all.length : completeUtf8Prefix(all);
            fastPending = n == all.length ? new byte[0] : Arrays.copyOfRange(all, n, all.length);
            if (n == 0) {
                return NOTHING;
            }
            try {
                // the JDK refuses encoded surrogates, so its text has no lone surrogate
                return PyStr.of(utf8.reset().decode(ByteBuffer.wrap(all, 0, n)).toString());
            } catch (CharacterCodingException e) {
                // The runtime's codec raises CPython's UnicodeDecodeError for the same bytes, or
                // applies the error handler (surrogateescape for the standard streams).
                return Codecs.decode(Arrays.copyOf(all, n), "utf-8", errors);
            }
        }
        if (bomFamily != null && codecFlags == initialFlags()) {
            byte[] all = concat(codec.pending(), input);
            PyStr out = codec.decode(input, last);
            int width = bomFamily.equals("utf-16") ? 2 : bomFamily.equals("utf-32") ? 4 : 3;
            if (all.length >= width || last) {
                codecFlags = bomFamily.equals("utf-8-sig") ? 0 : bigEndianBom(all, width) ? 1 : 0;
            }
            return out;
        }
        return codec.decode(input, last);
    }

    private static boolean bigEndianBom(byte[] d, int width) {
        if (width == 2) {
            return d.length >= 2 && (d[0] & 0xff) == 0xFE && (d[1] & 0xff) == 0xFF;
        }
        return d.length >= 4 && d[0] == 0 && d[1] == 0 && (d[2] & 0xff) == 0xFE && (d[3] & 0xff) == 0xFF;
    }

    /** CPython's {@code decoder.getstate()}. */
    State getstate() {
        byte[] buf;
        long flags;
        if (pyDecoder != null) {
            State s = PythonStreamCodec.getstate(pyDecoder);
            buf = s.buffer();
            flags = s.flags();
        } else {
            buf = utf8Fast ? fastPending.clone() : codec.pending();
            flags = codecFlags;
        }
        if (universal) {
            flags = flags << 1 | (pendingCr ? 1 : 0);
        }
        return new State(buf, flags);
    }

    /** CPython's {@code decoder.setstate((buffer, flags))}. */
    void setstate(byte[] buffer, long flags) {
        long cf = flags;
        if (universal) {
            pendingCr = (flags & 1) != 0;
            cf = flags >> 1;
        }
        codecFlags = (int) cf;
        if (pyDecoder != null) {
            PythonStreamCodec.setstate(pyDecoder, buffer, cf);
            return;
        }
        if (utf8Fast) {
            fastPending = buffer.clone();
            return;
        }
        String as = encoding;
        if (bomFamily != null && codecFlags != initialFlags()) {
            as = bomFamily.equals("utf-8-sig") ? "utf-8" : bomFamily + (codecFlags == 1 ? "-be" : "-le");
        }
        codec = new IncrementalDecoder(as, errors);
        if (buffer.length > 0) {
            codec.decode(buffer, false);
        }
    }

    /** CPython's {@code decoder.reset()}: the start of a stream, no line endings seen. */
    void reset() {
        seen = 0;
        pendingCr = false;
        fastPending = new byte[0];
        codecFlags = initialFlags();
        if (pyDecoder != null) {
            PythonStreamCodec.reset(pyDecoder);
            return;
        }
        codec = new IncrementalDecoder(encoding, errors);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
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

    static byte[] join(byte[] a, byte[] b) {
        return concat(a, b);
    }
}
