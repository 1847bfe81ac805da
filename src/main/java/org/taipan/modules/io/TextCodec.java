package org.taipan.modules.io;

import java.nio.charset.StandardCharsets;
import org.taipan.runtime.Codecs;
import org.taipan.runtime.IncrementalDecoder;
import org.taipan.runtime.PyStr;

/**
 * The encoder of a text stream (its decoder is a {@link StreamDecoder}). UTF-8 with the strict
 * handler (the common case, kept fast) is encoded by the JDK; every other encoding or handler
 * goes through the runtime's {@link Codecs#encode}, so that results and error messages are
 * CPython's. Codecs with a byte order mark write it only at the start of a stream.
 */
final class TextCodec {
    final String encoding;
    final String errors;
    /** The encoding the next {@link #encode} uses: BOM-writing codecs switch to a fixed byte order. */
    private String encodeAs;
    private final boolean utf8Fast;
    /** The registry's CodecInfo when the Java codecs do not implement the encoding, else null. */
    final org.taipan.runtime.PyObject info;
    /** The Python incremental encoder made from {@link #info} at the first write. */
    private org.taipan.runtime.PyObject pyEncoder;

    /** @throws org.taipan.runtime.PyException LookupError for an unknown encoding, as {@code codecs.lookup} */
    TextCodec(String encoding, String errors) {
        this.encoding = encoding;
        this.errors = errors;
        this.encodeAs = encoding;
        // LookupError now for an unknown encoding, as codecs.lookup raises it.
        this.info = PythonStreamCodec.lookup(encoding);
        if (info == null) {
            new IncrementalDecoder(encoding, errors);
        }
        // any error handler: text without lone surrogates always encodes to UTF-8 without an error
        this.utf8Fast = normalize(encoding).equals("utf-8");
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
        if (info != null) {
            return false;
        }
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
        if (utf8Fast && !hasSurrogate(s)) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        if (info != null) {
            if (pyEncoder == null) {
                pyEncoder = PythonStreamCodec.encoder(info, errors);
            }
            return PythonStreamCodec.encode(pyEncoder, s);
        }
        byte[] b = Codecs.encode(PyStr.of(s), encodeAs, errors).bytes();
        if (writesBom() && !s.isEmpty()) {
            skipBom();
        }
        return b;
    }

    /**
     * Encodes a str with lone surrogates from its code points ({@link #encode(String)} sees its
     * Java rendering, where a high surrogate followed by a low one reads as one character).
     */
    byte[] encode(PyStr s) {
        if (info != null) {
            if (pyEncoder == null) {
                pyEncoder = PythonStreamCodec.encoder(info, errors);
            }
            return PythonStreamCodec.encode(pyEncoder, s);
        }
        byte[] b = Codecs.encode(s, encodeAs, errors).bytes();
        if (writesBom() && s.length() > 0) {
            skipBom();
        }
        return b;
    }

    /** Whether {@code s} can be encoded later, in a batch, without any chance of an error. */
    boolean fastFor(String s) {
        return utf8Fast && !hasSurrogate(s);
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
}
