package org.taipan.runtime;

/**
 * The ASCII character-class predicates, case mappings and padding methods shared by
 * {@code bytes} and {@code bytearray} ({@code Objects/bytes_methods.c}, {@code stringlib}):
 * only ASCII letters have case, as in CPython.
 */
final class BytesCase {
    private BytesCase() {}

    static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isAlpha(int c) {
        return isUpper(c) || isLower(c);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** isalnum, isalpha, isascii, isdigit, islower, isspace, istitle, isupper by name. */
    static boolean predicate(String name, byte[] b) {
        switch (name) {
            case "isascii" -> {
                for (byte x : b) {
                    if (x < 0) {
                        return false;
                    }
                }
                return true;
            }
            case "islower", "isupper" -> {
                boolean cased = false;
                for (byte x : b) {
                    if (name.equals("islower") ? isUpper(x) : isLower(x)) {
                        return false;
                    }
                    cased |= isAlpha(x);
                }
                return cased;
            }
            case "istitle" -> {
                boolean cased = false, previousCased = false;
                for (byte x : b) {
                    if (isUpper(x)) {
                        if (previousCased) {
                            return false;
                        }
                        previousCased = cased = true;
                    } else if (isLower(x)) {
                        if (!previousCased) {
                            return false;
                        }
                        previousCased = cased = true;
                    } else {
                        previousCased = false;
                    }
                }
                return cased;
            }
            default -> {
                if (b.length == 0) {
                    return false;
                }
                for (byte x : b) {
                    boolean ok = switch (name) {
                        case "isalnum" -> isAlpha(x) || isDigit(x);
                        case "isalpha" -> isAlpha(x);
                        case "isdigit" -> isDigit(x);
                        default -> BytesSearch.isSpace(x & 0xff);
                    };
                    if (!ok) {
                        return false;
                    }
                }
                return true;
            }
        }
    }

    /**
     * lower, upper, swapcase, capitalize, title by name, as a function of the bytes: the name is
     * resolved once, when the method is made, not for every byte. Each result is a new array.
     */
    static java.util.function.UnaryOperator<byte[]> caseMapper(String name) {
        return switch (name) {
            case "upper" -> b -> shift(b, 'a', 'z', -32);
            case "lower" -> b -> shift(b, 'A', 'Z', 32);
            default -> b -> mapCase(name, b);
        };
    }

    /** A copy of {@code b} with every byte in {@code lo..hi} moved by {@code delta}. */
    private static byte[] shift(byte[] b, char lo, char hi, int delta) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < r.length; i++) {
            int c = b[i];
            r[i] = (byte) (c >= lo && c <= hi ? c + delta : c);
        }
        return r;
    }

    /** swapcase, capitalize, title by name. */
    private static byte[] mapCase(String name, byte[] b) {
        byte[] r = b.clone();
        boolean previousCased = false;
        for (int i = 0; i < r.length; i++) {
            int c = r[i];
            boolean up = switch (name) {
                case "swapcase" -> isLower(c);
                case "capitalize" -> i == 0;
                default -> !previousCased;
            };
            if (up && isLower(c)) {
                r[i] = (byte) (c - 32);
            } else if (!up && isUpper(c)) {
                r[i] = (byte) (c + 32);
            }
            previousCased = isAlpha(c);
        }
        return r;
    }

    /** The fill byte argument of center/ljust/rjust: "center() argument 2 must be a byte string of length 1, not str". */
    static byte fill(String fname, PyObject o) {
        if (o == null) {
            return ' ';
        }
        byte[] f = o instanceof PyBytes || o instanceof PyByteArray ? Buffers.bytesOrNull(o) : null;
        if (f == null || f.length != 1) {
            throw Errors.typeError("%s() argument 2 must be a byte string of length 1, not %s", fname,
                    o.type().name());
        }
        return f[0];
    }

    /** center/ljust/rjust: {@code how} is 0 center, -1 left-justify, 1 right-justify. */
    static byte[] pad(byte[] b, long width, byte fill, int how) {
        if (width <= b.length) {
            return b;
        }
        int marg = (int) width - b.length;
        int left = how < 0 ? 0 : how > 0 ? marg : marg / 2 + (marg & (int) width & 1);
        byte[] r = new byte[(int) width];
        java.util.Arrays.fill(r, fill);
        System.arraycopy(b, 0, r, left, b.length);
        return r;
    }

    static byte[] zfill(byte[] b, long width) {
        if (width <= b.length) {
            return b;
        }
        byte[] r = pad(b, width, (byte) '0', 1);
        int fillEnd = r.length - b.length;
        if (b.length > 0 && (b[0] == '+' || b[0] == '-')) {
            r[0] = b[0];
            r[fillEnd] = '0';
        }
        return r;
    }

    static byte[] expandtabs(byte[] b, long tabsize) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length);
        long col = 0;
        for (byte x : b) {
            if (x == '\t') {
                if (tabsize > 0) {
                    long n = tabsize - col % tabsize;
                    for (long i = 0; i < n; i++) {
                        out.write(' ');
                    }
                    col += n;
                }
            } else {
                out.write(x);
                col = x == '\n' || x == '\r' ? 0 : col + 1;
            }
        }
        return out.toByteArray();
    }
}
