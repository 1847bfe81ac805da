package org.taipan.runtime;

import java.util.Arrays;

/**
 * A stateful decoder for a byte stream read in chunks (what a text file needs), as CPython's
 * incremental decoders ({@code codecs.getincrementaldecoder}): bytes of a sequence cut by a
 * chunk boundary wait for the next chunk, and a BOM-detecting codec ({@code utf-16},
 * {@code utf-32}, {@code utf-8-sig}) decides its byte order once, at the start of the stream.
 * Errors are CPython's (positions are relative to the pending bytes plus the chunk).
 */
public final class IncrementalDecoder {
    private final String original;
    private String encoding;
    private final String errors;
    private final Codecs.Codec codec;
    private byte[] pending = new byte[0];
    private boolean atStart = true;

    /** LookupError for an unknown encoding (at once, as {@code codecs.lookup}). */
    public IncrementalDecoder(String encoding, String errors) {
        this.original = encoding;
        this.encoding = encoding;
        this.errors = errors;
        this.codec = Codecs.lookup(encoding);
    }

    /** Decodes {@code chunk} after any bytes held back; with {@code last}, nothing may remain incomplete. */
    public PyStr decode(byte[] chunk, boolean last) {
        byte[] data = pending.length == 0 ? chunk : concat(pending, chunk);
        if (data.length == 0 && !last) {
            return PyStr.of("");
        }
        if (atStart) {
            int width = codec == Codecs.Codec.UTF_16 ? 2 : codec == Codecs.Codec.UTF_32 ? 4 : 0;
            if (width > 0) {
                if (data.length < width && !last) {
                    pending = data;
                    return PyStr.of("");
                }
                boolean be = data.length >= width && bomBigEndian(data, width);
                // The first chunk goes through the BOM-detecting codec, so error positions count the BOM.
                Codecs.Decoded d = Codecs.decodeIncremental(data, original, errors, last);
                encoding = "utf-" + width * 8 + (be ? "-be" : "-le");
                atStart = false;
                pending = Arrays.copyOfRange(data, d.consumed(), data.length);
                return d.text();
            } else if (codec == Codecs.Codec.UTF_8_SIG) {
                Codecs.Decoded d = Codecs.decodeIncremental(data, encoding, errors, last);
                if (d.consumed() == 0 && data.length > 0 && !last) {
                    pending = data;
                    return d.text();
                }
                encoding = "utf-8";
                atStart = false;
                pending = Arrays.copyOfRange(data, d.consumed(), data.length);
                return d.text();
            }
            atStart = false;
        }
        Codecs.Decoded d = Codecs.decodeIncremental(data, encoding, errors, last);
        pending = Arrays.copyOfRange(data, d.consumed(), data.length);
        return d.text();
    }

    /** The bytes held back for the next chunk (an incomplete sequence). */
    public byte[] pending() {
        return pending.clone();
    }

    /** Back to the start of a stream: nothing pending, BOM detection again. */
    public void reset() {
        encoding = original;
        pending = new byte[0];
        atStart = true;
    }

    private static boolean bomLittleEndian(byte[] d, int width) {
        return (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xFE && (width == 2 || d[2] == 0 && d[3] == 0);
    }

    private static boolean bomBigEndian(byte[] d, int width) {
        return width == 2 ? (d[0] & 0xff) == 0xFE && (d[1] & 0xff) == 0xFF
                : d[0] == 0 && d[1] == 0 && (d[2] & 0xff) == 0xFE && (d[3] & 0xff) == 0xFF;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
