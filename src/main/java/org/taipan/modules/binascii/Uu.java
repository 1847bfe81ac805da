package org.taipan.modules.binascii;

/** uuencoding, one line at a time ({@code b2a_uu}, {@code a2b_uu} of {@code binascii.c}). */
final class Uu {
    private Uu() {}

    static byte[] encode(byte[] data, boolean backtick) {
        if (data.length > 45) {
            throw BinasciiModule.error("At most 45 bytes at once");
        }
        BinasciiModule.Out out = new BinasciiModule.Out();
        out.write(backtick && data.length == 0 ? '`' : ' ' + data.length);
        int left = 0;
        int bits = 0;
        for (int n = data.length, i = 0; n > 0 || bits != 0; n--, i++) {
            left = (left << 8) | (n > 0 ? data[i] & 0xff : 0);
            bits += 8;
            while (bits >= 6) {
                int ch = (left >> (bits - 6)) & 0x3f;
                bits -= 6;
                out.write(backtick && ch == 0 ? '`' : ch + ' ');
            }
            left &= (1 << bits) - 1;
        }
        out.write('\n');
        return out.toByteArray();
    }

    static byte[] decode(byte[] s) {
        int pos = 0;
        // An empty line reads as a NUL length byte, as CPython's pointer walk does.
        int binLen = ((s.length > 0 ? s[pos] & 0xff : 0) - ' ') & 077;
        pos++;
        int remaining = s.length - 1;
        BinasciiModule.Out out = new BinasciiModule.Out();
        int left = 0;
        int bits = 0;
        for (; binLen > 0; remaining--, pos++) {
            int ch = remaining > 0 ? s[pos] & 0xff : 0;
            if (ch == '\n' || ch == '\r' || remaining <= 0) {
                ch = 0;
            } else {
                if (ch < ' ' || ch > ' ' + 64) {
                    throw BinasciiModule.error("Illegal char");
                }
                ch = (ch - ' ') & 077;
            }
            left = (left << 6) | ch;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out.write((left >> bits) & 0xff);
                left &= (1 << bits) - 1;
                binLen--;
            }
        }
        for (; remaining > 0; remaining--, pos++) {
            int ch = s[pos] & 0xff;
            if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r') {
                throw BinasciiModule.error("Trailing garbage");
            }
        }
        return out.toByteArray();
    }
}
