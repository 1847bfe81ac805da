package org.taipan.runtime;

/**
 * The standard codec error handlers of CPython's {@code Python/codecs.c} ({@code strict},
 * {@code ignore}, {@code replace}, {@code backslashreplace}, {@code xmlcharrefreplace},
 * {@code namereplace}, {@code surrogateescape}, {@code surrogatepass}), applied by the codecs
 * when they meet a character they cannot encode or bytes they cannot decode. An unknown name
 * raises {@code LookupError: unknown error handler name 'x'} (only when an error occurs, as in
 * CPython).
 */
final class CodecErrors {
    private CodecErrors() {}

    /**
     * What an encode error handler gives back: code points for the codec to encode (all must be
     * encodable) or bytes to copy as they are, and the position to resume at.
     */
    record EncodeFix(int[] text, byte[] raw, int resume) {}

    /** The handler's result for code points {@code [start, end)} of {@code s} that {@code enc} cannot encode. */
    static EncodeFix encode(String errors, String enc, PyStr s, int start, int end, String reason) {
        int n = end - start;
        switch (errors) {
            case "strict" -> throw UnicodeErrors.encodeError(enc, s, start, end, reason);
            case "ignore" -> {
                return new EncodeFix(new int[0], null, end);
            }
            case "replace" -> {
                int[] q = new int[n];
                java.util.Arrays.fill(q, '?');
                return new EncodeFix(q, null, end);
            }
            case "xmlcharrefreplace" -> {
                StringBuilder sb = new StringBuilder();
                for (int i = start; i < end; i++) {
                    sb.append("&#").append(s.codePointAt(i)).append(';');
                }
                return new EncodeFix(sb.codePoints().toArray(), null, end);
            }
            case "backslashreplace" -> {
                StringBuilder sb = new StringBuilder();
                for (int i = start; i < end; i++) {
                    sb.append(UnicodeErrors.escape(s.codePointAt(i)));
                }
                return new EncodeFix(sb.codePoints().toArray(), null, end);
            }
            case "namereplace" -> {
                StringBuilder sb = new StringBuilder();
                for (int i = start; i < end; i++) {
                    int c = s.codePointAt(i);
                    String name = org.taipan.parse.UnicodeNames.name(c);
                    sb.append(name != null ? "\\N{" + name + "}" : UnicodeErrors.escape(c));
                }
                return new EncodeFix(sb.codePoints().toArray(), null, end);
            }
            case "surrogateescape" -> {
                byte[] raw = new byte[n];
                for (int i = start; i < end; i++) {
                    int c = s.codePointAt(i);
                    if (c < 0xDC80 || c > 0xDCFF) {
                        // CPython's encoders escape the leading run themselves, then the handler
                        // fails on the rest; the charmap codecs have no such shortcut.
                        throw UnicodeErrors.encodeError(enc, s, enc.equals("charmap") ? start : i, end, reason);
                    }
                    raw[i - start] = (byte) c;
                }
                return new EncodeFix(null, raw, end);
            }
            case "surrogatepass" -> {
                int width = unitWidth(enc);
                if (width == 0) {
                    throw UnicodeErrors.encodeError(enc, s, start, end, reason);
                }
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                for (int i = start; i < end; i++) {
                    int c = s.codePointAt(i);
                    if (c < 0xD800 || c > 0xDFFF) {
                        throw UnicodeErrors.encodeError(enc, s, start, end, reason);
                    }
                    if (width == 1) {
                        out.write(0xE0 | c >> 12);
                        out.write(0x80 | c >> 6 & 0x3F);
                        out.write(0x80 | c & 0x3F);
                    } else {
                        writeUnit(out, c, width, enc.endsWith("be"));
                    }
                }
                return new EncodeFix(null, out.toByteArray(), end);
            }
            default -> {
                PyObject h = custom(errors);
                PyBaseException exc = UnicodeErrors.encodeError(enc, s, start, end, reason).value;
                PyObject[] r = handlerResult(Callables.call(h, exc), "encoding");
                int pos = position(r[1], s.length());
                if (r[0] instanceof PyStr t) {
                    return new EncodeFix(t.toString().codePoints().toArray(), null, pos);
                }
                return new EncodeFix(null, ((PyBytes) r[0]).bytes().clone(), pos);
            }
        }
    }

    /** A handler registered with {@code codecs.register_error}; LookupError for an unknown name. */
    private static PyObject custom(String errors) {
        CodecRegistry reg = CodecRegistry.currentOrNull();
        PyObject h = reg == null ? null : reg.errorHandler(errors);
        if (h == null) {
            throw unknown(errors);
        }
        return h;
    }

    /** The (replacement, position) tuple a handler returns, with CPython's TypeError otherwise. */
    private static PyObject[] handlerResult(PyObject r, String what) {
        boolean encoding = what.equals("encoding");
        if (!(r instanceof PyTuple t) || t.size() != 2 || PyInt.asInt(t.get(1)) == null
                || !(t.get(0) instanceof PyStr || encoding && t.get(0) instanceof PyBytes)) {
            throw Errors.typeError(encoding ? "encoding error handler must return (str/bytes, int) tuple"
                    : "decoding error handler must return (str, int) tuple");
        }
        return new PyObject[] {t.get(0), t.get(1)};
    }

    /** A handler's resume position, negative counting from the end; IndexError when out of range. */
    private static int position(PyObject p, int length) {
        PyInt i = PyInt.asInt(p);
        long pos = i.fitsLong() ? i.longValue() : Long.MAX_VALUE;
        if (pos < 0) {
            pos += length;
        }
        if (pos < 0 || pos > length) {
            throw Errors.indexError("position %d from error handler out of bounds", i.fitsLong() ? i.longValue() : pos);
        }
        return (int) pos;
    }

    /**
     * Applies the handler to undecodable bytes {@code data[start:end]}, appending its
     * replacement to {@code out}; returns the byte position to resume at.
     *
     * @throws InputReplaced when a custom handler gave the error another object to go on with
     * @throws PyException TypeError when that object is not bytes
     */
    static int decode(String errors, String enc, byte[] data, int start, int end, String reason,
            CodePointBuffer out) {
        switch (errors) {
            case "strict" -> throw UnicodeErrors.decodeError(enc, data, start, end, reason);
            case "ignore" -> {
                return end;
            }
            case "replace" -> {
                out.add(0xFFFD);
                return end;
            }
            case "backslashreplace" -> {
                for (int i = start; i < end; i++) {
                    out.addAll(String.format("\\x%02x", data[i] & 0xff).codePoints().toArray());
                }
                return end;
            }
            case "surrogateescape" -> {
                // Bytes >= 128 become U+DC80..U+DCFF, at most four, stopping at an ASCII byte.
                int i = start;
                while (i < end && i < start + 4 && (data[i] & 0xff) >= 128) {
                    out.add(0xDC00 | data[i] & 0xff);
                    i++;
                }
                if (i == start) {
                    throw UnicodeErrors.decodeError(enc, data, start, end, reason);
                }
                return i;
            }
            case "surrogatepass" -> {
                int c = passedSurrogate(enc, data, start);
                if (c < 0) {
                    throw UnicodeErrors.decodeError(enc, data, start, end, reason);
                }
                out.add(c);
                int width = unitWidth(enc);
                return start + (width == 1 ? 3 : width);
            }
            case "xmlcharrefreplace", "namereplace" -> throw Errors.typeError(
                    "don't know how to handle UnicodeDecodeError in error callback");
            default -> {
                PyObject h = custom(errors);
                PyBaseException exc = UnicodeErrors.decodeError(enc, data, start, end, reason).value;
                PyObject object = exc.attribute("object");
                PyObject[] r = handlerResult(Callables.call(h, exc), "decoding");
                out.addAll(r[0].toString().codePoints().toArray());
                PyObject now = exc.attribute("object");
                if (now == object) {
                    return position(r[1], data.length);
                }
                if (!(now instanceof PyBytes b)) {
                    throw Errors.typeError("object attribute must be bytes");
                }
                throw new InputReplaced(b.bytes(), position(r[1], b.bytes().length));
            }
        }
    }

    /**
     * A custom error handler replaced its error's {@code object}: as CPython's
     * {@code unicode_decode_call_errorhandler_writer}, the decoder goes on over the new bytes, at
     * {@link #position} (the handler's, checked against the new length). Thrown by {@link #decode},
     * whose callers switch their input.
     */
    static final class InputReplaced extends RuntimeException {
        final byte[] data;
        final int position;

        InputReplaced(byte[] data, int position) {
            super(null, null, false, false);
            this.data = data;
            this.position = position;
        }
    }

    /** The standard handlers' names (those {@link #encode} and the decode side know by name). */
    static final java.util.Set<String> STANDARD = java.util.Set.of("strict", "ignore", "replace",
            "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogateescape", "surrogatepass");

    /**
     * Raises what an error with handler {@code errors} would raise if there is no such handler
     * ({@code PyCodec_LookupError}), without an error to handle.
     *
     * @throws PyException LookupError "unknown error handler name 'x'"
     */
    static void requireHandler(String errors) {
        if (!STANDARD.contains(errors) && CodecRegistry.current().errorHandler(errors) == null) {
            throw unknown(errors);
        }
    }

    private static PyException unknown(String errors) {
        return Errors.of(ExceptionTypes.LookupError, "unknown error handler name '" + errors + "'");
    }

    /** 1 for UTF-8, 2 for UTF-16, 4 for UTF-32 (by the error's encoding name), 0 otherwise. */
    private static int unitWidth(String enc) {
        return enc.startsWith("utf-8") ? 1 : enc.startsWith("utf-16") ? 2 : enc.startsWith("utf-32") ? 4 : 0;
    }

    private static void writeUnit(java.io.ByteArrayOutputStream out, int c, int width, boolean bigEndian) {
        for (int k = 0; k < width; k++) {
            int shift = bigEndian ? 8 * (width - 1 - k) : 8 * k;
            out.write(c >> shift & 0xFF);
        }
    }

    /** The surrogate encoded at {@code data[start]} in the codec's own form, or -1. */
    private static int passedSurrogate(String enc, byte[] data, int start) {
        int width = unitWidth(enc);
        if (width == 0) {
            return -1;
        }
        int c;
        if (width == 1) {
            if (start + 3 > data.length || (data[start] & 0xF0) != 0xE0 || (data[start + 1] & 0xC0) != 0x80
                    || (data[start + 2] & 0xC0) != 0x80) {
                return -1;
            }
            c = (data[start] & 0x0F) << 12 | (data[start + 1] & 0x3F) << 6 | data[start + 2] & 0x3F;
        } else {
            if (start + width > data.length) {
                return -1;
            }
            c = 0;
            boolean be = enc.endsWith("be");
            for (int k = 0; k < width; k++) {
                int shift = be ? 8 * (width - 1 - k) : 8 * k;
                c |= (data[start + k] & 0xff) << shift;
            }
        }
        return c >= 0xD800 && c <= 0xDFFF ? c : -1;
    }
}
