package org.taipan.modules.binascii;

/**
 * Quoted-printable ({@code a2b_qp}, {@code b2a_qp} of {@code binascii.c}): lines of at most
 * 76 characters with soft breaks, CRLF kept when the data uses it, trailing whitespace and
 * a lone leading {@code .} protected, {@code header} mode mapping space to {@code _}.
 */
final class QuotedPrintable {
    private QuotedPrintable() {}

    private static final int MAXLINESIZE = 76;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static byte[] decode(byte[] s, boolean header) {
        BinasciiModule.Out out = new BinasciiModule.Out();
        int in = 0;
        int n = s.length;
        while (in < n) {
            if (s[in] == '=') {
                in++;
                if (in >= n) {
                    break;
                }
                if (s[in] == '\n' || s[in] == '\r') {
                    if (s[in] != '\n') {
                        while (in < n && s[in] != '\n') {
                            in++;
                        }
                    }
                    if (in < n) {
                        in++;
                    }
                } else if (s[in] == '=') {
                    out.write('=');
                    in++;
                } else if (in + 1 < n && isHex(s[in]) && isHex(s[in + 1])) {
                    out.write(Character.digit(s[in], 16) << 4 | Character.digit(s[in + 1], 16));
                    in += 2;
                } else {
                    out.write('=');
                }
            } else if (header && s[in] == '_') {
                out.write(' ');
                in++;
            } else {
                out.write(s[in++]);
            }
        }
        return out.toByteArray();
    }

    private static void hex(BinasciiModule.Out out, int c) {
        out.write(HEX[(c >> 4) & 0xf]);
        out.write(HEX[c & 0xf]);
    }

    static byte[] encode(byte[] d, boolean quotetabs, boolean istext, boolean header) {
        int n = d.length;
        boolean crlf = false;
        for (int i = 0; i < n; i++) {
            if (d[i] == '\n') {
                crlf = i > 0 && d[i - 1] == '\r';
                break;
            }
        }
        BinasciiModule.Out out = new BinasciiModule.Out();
        int in = 0;
        int linelen = 0;
        while (in < n) {
            int c = d[in] & 0xff;
            if (c > 126 || c == '=' || (header && c == '_')
                    || (c == '.' && linelen == 0 && (in + 1 == n || d[in + 1] == '\n' || d[in + 1] == '\r' || d[in + 1] == 0))
                    || (!istext && (c == '\r' || c == '\n'))
                    || ((c == '\t' || c == ' ') && in + 1 == n)
                    || (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')))) {
                if (linelen + 3 >= MAXLINESIZE) {
                    out.write('=');
                    if (crlf) {
                        out.write('\r');
                    }
                    out.write('\n');
                    linelen = 0;
                }
                out.write('=');
                hex(out, c);
                in++;
                linelen += 3;
            } else if (istext && (c == '\n' || (in + 1 < n && c == '\r' && d[in + 1] == '\n'))) {
                linelen = 0;
                if (out.size() > 0 && (out.last() == ' ' || out.last() == '\t')) {
                    int ch = out.last();
                    out.setLast((byte) '=');
                    hex(out, ch);
                }
                if (crlf) {
                    out.write('\r');
                }
                out.write('\n');
                in += c == '\r' ? 2 : 1;
            } else {
                if (in + 1 != n && d[in + 1] != '\n' && linelen + 1 >= MAXLINESIZE) {
                    out.write('=');
                    if (crlf) {
                        out.write('\r');
                    }
                    out.write('\n');
                    linelen = 0;
                }
                linelen++;
                if (header && c == ' ') {
                    out.write('_');
                } else {
                    out.write(c);
                }
                in++;
            }
        }
        return out.toByteArray();
    }
}
