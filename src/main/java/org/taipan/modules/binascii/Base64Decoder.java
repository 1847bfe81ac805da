package org.taipan.modules.binascii;

/**
 * {@code a2b_base64} as CPython 3.11 decodes: by default characters outside the alphabet are
 * skipped and decoding stops at the padding that completes a quad; with {@code strict_mode}
 * anything but canonical base64 is a {@code binascii.Error} with CPython's message.
 */
final class Base64Decoder {
    private Base64Decoder() {}

    private static final int[] TABLE = new int[256];

    static {
        java.util.Arrays.fill(TABLE, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; i++) {
            TABLE[alphabet.charAt(i)] = i;
        }
    }

    static byte[] decode(byte[] s, boolean strict) {
        BinasciiModule.Out out = new BinasciiModule.Out();
        if (strict && s.length > 0 && s[0] == '=') {
            throw BinasciiModule.error("Leading padding not allowed");
        }
        int quad = 0;
        int left = 0;
        int pads = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < s.length; i++) {
            int ch = s[i] & 0xff;
            if (ch == '=') {
                paddingStarted = true;
                if (strict && quad == 0) {
                    throw BinasciiModule.error("Excess padding not allowed");
                }
                if (quad >= 2 && quad + ++pads >= 4) {
                    if (strict && i + 1 < s.length) {
                        throw BinasciiModule.error("Excess data after padding");
                    }
                    return out.toByteArray();
                }
                continue;
            }
            int v = TABLE[ch];
            if (v < 0) {
                if (strict) {
                    throw BinasciiModule.error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted) {
                throw BinasciiModule.error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quad) {
                case 0 -> {
                    quad = 1;
                    left = v;
                }
                case 1 -> {
                    quad = 2;
                    out.write((left << 2) | (v >> 4));
                    left = v & 0x0f;
                }
                case 2 -> {
                    quad = 3;
                    out.write((left << 4) | (v >> 2));
                    left = v & 0x03;
                }
                default -> {
                    quad = 0;
                    out.write((left << 6) | v);
                    left = 0;
                }
            }
        }
        if (quad == 1) {
            throw BinasciiModule.error(String.format("Invalid base64-encoded string: number of data characters (%d) "
                    + "cannot be 1 more than a multiple of 4", out.size() / 3 * 4 + 1));
        } else if (quad != 0) {
            throw BinasciiModule.error("Incorrect padding");
        }
        return out.toByteArray();
    }
}
