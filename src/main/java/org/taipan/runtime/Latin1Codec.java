package org.taipan.runtime;

import java.io.ByteArrayOutputStream;

/**
 * ASCII and Latin-1 (CPython's UCS-1 codecs): one byte per character below {@code limit}
 * (128 or 256), errors "ordinal not in range(128)" / "ordinal not in range(256)".
 */
final class Latin1Codec {
    private Latin1Codec() {}

    /**
     * The encoding of {@code s} when every character is below {@code limit} (128 or 256), else
     * null: then no error handler runs, whatever its name.
     */
    static byte[] encodeInRange(PyStr s, int limit) {
        if (!s.isSimple()) {
            return null; // an astral character or a surrogate: above both limits
        }
        String v = s.toString();
        int n = v.length();
        byte[] r = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c >= limit) {
                return null;
            }
            r[i] = (byte) c;
        }
        return r;
    }

    static void encode(PyStr s, int limit, String errors, ByteArrayOutputStream out) {
        CharEncoder ce = new CharEncoder() {
            @Override
            public boolean canEncode(int c) {
                return c < limit;
            }

            @Override
            public void put(int c, ByteArrayOutputStream o) {
                o.write(c);
            }
        };
        CharEncoder.encode(ce, s, limit == 128 ? "ascii" : "latin-1", "ordinal not in range(" + limit + ")", true,
                errors, out);
    }

    static PyStr decode(byte[] data, int limit, String errors) {
        if (limit == 256 || Utf8Codec.isAscii(data)) {
            // Latin-1 text holds no surrogate: no scan for one
            return PyStr.simple(new String(data, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        CodePointBuffer out = new CodePointBuffer(data.length);
        int i = 0;
        while (i < data.length) {
            int b = data[i] & 0xff;
            if (b < limit) {
                out.add(b);
                i++;
            } else {
                try {
                    i = CodecErrors.decode(errors, "ascii", data, i, i + 1, "ordinal not in range(128)", out);
                } catch (CodecErrors.InputReplaced r) {
                    data = r.data;
                    i = r.position;
                }
            }
        }
        return out.toStr();
    }
}
