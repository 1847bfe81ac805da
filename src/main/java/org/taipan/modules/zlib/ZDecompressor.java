package org.taipan.modules.zlib;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.taipan.modules.binascii.Crc;

/**
 * An inflate stream over {@link Inflater} that also reads gzip framing (the header with its
 * optional fields, and the CRC-32/length trailer, checked) and detects zlib or gzip from the
 * first bytes for {@code wbits} 32+. Input is fed chunk by chunk; what follows the end of the
 * stream is kept as {@link #unusedData}, input held back by {@code max_length} as
 * {@link #unconsumedTail}, as CPython's {@code Decompress} object reports them.
 */
final class ZDecompressor {
    private Framing framing;
    private Inflater inflater;
    private final byte[] zdict;
    /** Bytes of a gzip header or trailer not complete yet, or the first byte for detection. */
    private byte[] pending = new byte[0];
    private boolean inTrailer;
    private long crc;
    private long size;
    boolean eof;
    byte[] unusedData = new byte[0];
    byte[] unconsumedTail = new byte[0];

    /** The window size {@code wbits} allows (8..15), or 0 when the stream's header decides. */
    private final int window;
    private boolean windowChecked;

    ZDecompressor(Framing framing, byte[] zdict, int wbits) {
        this.window = wbits == 0 || wbits == 16 || wbits == 32 ? 0 : Math.abs(wbits) & 15;
        this.framing = framing;
        this.zdict = zdict;
        if (framing == Framing.ZLIB || framing == Framing.RAW) {
            start(framing == Framing.RAW);
        }
    }

    private void start(boolean raw) {
        inflater = new Inflater(raw);
        if (raw && zdict != null) {
            inflater.setDictionary(zdict);
        }
    }

    /**
     * Decompresses {@code data}, producing at most {@code maxLength} bytes (0: no limit).
     *
     * @throws ZlibError with zlib's code and message
     */
    byte[] decompress(byte[] data, long maxLength) throws ZlibError {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (eof) {
            unusedData = concat(unusedData, data);
            return new byte[0];
        }
        byte[] in = data;
        unconsumedTail = new byte[0];
        while (true) {
            if (inflater == null) {
                in = concat(pending, in);
                pending = new byte[0];
                if (framing == Framing.AUTO) {
                    if (in.length < 2) {
                        pending = in;
                        return out.toByteArray();
                    }
                    framing = (in[0] & 0xff) == 0x1f && (in[1] & 0xff) == 0x8b ? Framing.GZIP : Framing.ZLIB;
                    if (framing == Framing.ZLIB) {
                        start(false);
                        continue;
                    }
                }
                int h = gzipHeaderLength(in);
                if (h < 0) {
                    pending = in;
                    return out.toByteArray();
                }
                in = java.util.Arrays.copyOfRange(in, h, in.length);
                start(true);
                continue;
            }
            if (inTrailer) {
                in = concat(pending, in);
                if (in.length < 8) {
                    pending = in;
                    return out.toByteArray();
                }
                long c = le32(in, 0);
                long n = le32(in, 4);
                if (c != crc) {
                    throw new ZlibError(-3, "incorrect data check");
                }
                if (n != (size & 0xffffffffL)) {
                    throw new ZlibError(-3, "incorrect length check");
                }
                eof = true;
                unusedData = java.util.Arrays.copyOfRange(in, 8, in.length);
                return out.toByteArray();
            }
            if (!windowChecked && framing == Framing.ZLIB && in.length > 0) {
                windowChecked = true;
                int cinfo = ((in[0] & 0xff) >> 4) + 8;
                if ((in[0] & 0x0f) == 8 && window != 0 && cinfo <= 15 && cinfo > window) {
                    throw new ZlibError(-3, "invalid window size");
                }
            }
            inflater.setInput(in);
            byte[] buf = new byte[16384];
            try {
                while (true) {
                    int want = buf.length;
                    if (maxLength > 0) {
                        long left = maxLength - out.size();
                        if (left <= 0) {
                            break;
                        }
                        want = (int) Math.min(want, left);
                    }
                    int n = inflater.inflate(buf, 0, want);
                    if (n > 0) {
                        out.write(buf, 0, n);
                        if (framing == Framing.GZIP) {
                            crc = Crc.crc32(buf, 0, n, crc);
                            size += n;
                        }
                    }
                    if (inflater.finished()) {
                        break;
                    }
                    if (n == 0) {
                        if (inflater.needsDictionary()) {
                            if (zdict == null) {
                                throw new ZlibError(2, null);
                            }
                            try {
                                inflater.setDictionary(zdict);
                            } catch (IllegalArgumentException wrongDictionary) {
                                // inflateSetDictionary's Z_DATA_ERROR: the dictionary's Adler-32 is not the stream's
                                throw new ZlibError(-3, "invalid input data", "setting zdict");
                            }
                            continue;
                        }
                        if (inflater.needsInput()) {
                            break;
                        }
                    }
                }
            } catch (DataFormatException e) {
                throw new ZlibError(-3, e.getMessage());
            }
            int rest = inflater.getRemaining();
            byte[] remaining = java.util.Arrays.copyOfRange(in, in.length - rest, in.length);
            if (inflater.finished()) {
                inflater.end();
                if (framing == Framing.GZIP) {
                    inTrailer = true;
                    pending = new byte[0];
                    in = remaining;
                    continue;
                }
                eof = true;
                unusedData = remaining;
            } else {
                unconsumedTail = remaining;
            }
            return out.toByteArray();
        }
    }

    /** Whether the stream ended (for one-shot decompression's "incomplete or truncated stream"). */
    boolean finished() {
        return eof;
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    /** The length of the gzip header at the start of {@code b}, or -1 when it is not complete yet. */
    private static int gzipHeaderLength(byte[] b) throws ZlibError {
        if (b.length < 10) {
            if (b.length >= 1 && (b[0] & 0xff) != 0x1f || b.length >= 2 && (b[1] & 0xff) != 0x8b) {
                throw new ZlibError(-3, "incorrect header check");
            }
            return -1;
        }
        if ((b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b) {
            throw new ZlibError(-3, "incorrect header check");
        }
        if (b[2] != 8) {
            throw new ZlibError(-3, "unknown compression method");
        }
        int flags = b[3] & 0xff;
        int at = 10;
        if ((flags & 4) != 0) {
            if (at + 2 > b.length) {
                return -1;
            }
            at += 2 + ((b[at] & 0xff) | (b[at + 1] & 0xff) << 8);
        }
        for (int bit : new int[] {8, 16}) {
            if ((flags & bit) != 0) {
                while (at < b.length && b[at] != 0) {
                    at++;
                }
                if (at >= b.length) {
                    return -1;
                }
                at++;
            }
        }
        if ((flags & 2) != 0) {
            at += 2;
        }
        return at <= b.length ? at : -1;
    }

    static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** A zlib failure: its return code and message ({@code null}: none). */
    static final class ZlibError extends Exception {
        final int code;

        /** What zlib was doing when it failed, when not the caller's usual "decompressing data". */
        final String during;

        ZlibError(int code, String message) {
            this(code, message, null);
        }

        ZlibError(int code, String message, String during) {
            super(message, null, false, false);
            this.code = code;
            this.during = during;
        }
    }
}
