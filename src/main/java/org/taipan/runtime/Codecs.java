package org.taipan.runtime;

import java.io.ByteArrayOutputStream;
import java.util.Map;

/**
 * The codec registry behind {@code str.encode}, {@code bytes.decode} and {@code bytes(str, enc)}:
 * names are normalised and resolved through aliases as {@code encodings.normalize_encoding} and
 * {@code encodings/aliases.py} do, then dispatched to the codec classes ({@link Utf8Codec},
 * {@link Latin1Codec}, {@link WideUnicodeCodec}, {@link CharmapCodec}). An unknown name raises CPython's
 * {@code LookupError: unknown encoding: NAME}.
 */
public final class Codecs {
    private Codecs() {}

    /** The codecs implemented, by their canonical module names in {@code encodings}. */
    enum Codec { UTF_8, UTF_8_SIG, ASCII, LATIN_1, UTF_16, UTF_16_LE, UTF_16_BE, UTF_32, UTF_32_LE, UTF_32_BE, CHARMAP,
        UNICODE_ESCAPE, RAW_UNICODE_ESCAPE }

    private static final Map<String, Codec> NAMES = Map.ofEntries(
            Map.entry("utf_8", Codec.UTF_8), Map.entry("u8", Codec.UTF_8), Map.entry("utf", Codec.UTF_8),
            Map.entry("utf8", Codec.UTF_8), Map.entry("utf8_ucs2", Codec.UTF_8), Map.entry("utf8_ucs4", Codec.UTF_8),
            Map.entry("cp65001", Codec.UTF_8), Map.entry("utf_8_sig", Codec.UTF_8_SIG),
            Map.entry("ascii", Codec.ASCII), Map.entry("646", Codec.ASCII), Map.entry("ansi_x3.4_1968", Codec.ASCII),
            Map.entry("ansi_x3_4_1968", Codec.ASCII), Map.entry("ansi_x3.4_1986", Codec.ASCII),
            Map.entry("cp367", Codec.ASCII), Map.entry("csascii", Codec.ASCII), Map.entry("ibm367", Codec.ASCII),
            Map.entry("iso646_us", Codec.ASCII), Map.entry("iso_646.irv_1991", Codec.ASCII),
            Map.entry("iso_ir_6", Codec.ASCII), Map.entry("us", Codec.ASCII), Map.entry("us_ascii", Codec.ASCII),
            Map.entry("latin_1", Codec.LATIN_1), Map.entry("8859", Codec.LATIN_1), Map.entry("cp819", Codec.LATIN_1),
            Map.entry("csisolatin1", Codec.LATIN_1), Map.entry("ibm819", Codec.LATIN_1),
            Map.entry("iso8859", Codec.LATIN_1), Map.entry("iso8859_1", Codec.LATIN_1),
            Map.entry("iso_8859_1", Codec.LATIN_1), Map.entry("iso_8859_1_1987", Codec.LATIN_1),
            Map.entry("iso_ir_100", Codec.LATIN_1), Map.entry("l1", Codec.LATIN_1), Map.entry("latin", Codec.LATIN_1),
            Map.entry("latin1", Codec.LATIN_1),
            Map.entry("utf_16", Codec.UTF_16), Map.entry("u16", Codec.UTF_16), Map.entry("utf16", Codec.UTF_16),
            Map.entry("utf_16_le", Codec.UTF_16_LE), Map.entry("utf_16le", Codec.UTF_16_LE),
            Map.entry("unicodelittleunmarked", Codec.UTF_16_LE),
            Map.entry("utf_16_be", Codec.UTF_16_BE), Map.entry("utf_16be", Codec.UTF_16_BE),
            Map.entry("unicodebigunmarked", Codec.UTF_16_BE),
            Map.entry("utf_32", Codec.UTF_32), Map.entry("u32", Codec.UTF_32), Map.entry("utf32", Codec.UTF_32),
            Map.entry("utf_32_le", Codec.UTF_32_LE), Map.entry("utf_32le", Codec.UTF_32_LE),
            Map.entry("utf_32_be", Codec.UTF_32_BE), Map.entry("utf_32be", Codec.UTF_32_BE),
            Map.entry("unicode_escape", Codec.UNICODE_ESCAPE), Map.entry("raw_unicode_escape", Codec.RAW_UNICODE_ESCAPE));

    /**
     * {@code encodings.normalize_encoding} after lower-casing: runs of other characters become one
     * '_'. Only ASCII letters are lower-cased, as CPython's C code does: a non-ASCII character
     * whose lower case is ASCII (the Kelvin sign) never names a codec.
     */
    static String normalize(String name) {
        StringBuilder sb = new StringBuilder();
        boolean punct = false;
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 0x80 || c == '.') {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                punct = false;
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    /** The codec called {@code name}; LookupError "unknown encoding: NAME". */
    static Codec lookup(String name) {
        Codec c = lookupOrNull(name);
        if (c == null) {
            throw Errors.of(ExceptionTypes.LookupError, "unknown encoding: " + name);
        }
        return c;
    }

    /** The Java codec called {@code name}, or null (the codec registry may still know it). */
    static Codec lookupOrNull(String name) {
        String norm = normalize(name);
        Codec c = NAMES.get(norm);
        if (c == null && CharmapCodec.resolve(norm) != null) {
            c = Codec.CHARMAP;
        }
        return c;
    }

    /** Whether the Java codecs implement {@code name} (else {@code str.encode} asks the codec registry). */
    public static boolean isJavaCodec(String name) {
        return lookupOrNull(name) != null;
    }

    /**
     * A str argument of {@code fname} (e.g. {@code encoding}), or {@code dflt} when absent:
     * TypeError "encode() argument 'encoding' must be str, not int" (Argument Clinic's wording).
     */
    static String stringArg(String fname, String argName, PyObject o, String dflt) {
        if (o == null) {
            return dflt;
        }
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("%s() argument '%s' must be str, not %s", fname, argName,
                    o == PyNone.NONE ? "None" : o.type().name());
        }
        String v = s.toString();
        requireCString(v);
        return v;
    }

    /**
     * Refuses a codec or error-handler name CPython could not pass on as a C string, as its
     * argument parsing does ({@code PyUnicode_AsUTF8AndSize}, then the length check): a lone
     * surrogate first, then a NUL.
     *
     * @throws PyException UnicodeEncodeError "'utf-8' codec can't encode character '\udce2' in
     *     position 5: surrogates not allowed"; ValueError "embedded null character"
     */
    public static void requireCString(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isSurrogate(name.charAt(i))) {
                // the UTF-8 encoder raises exactly CPython's error (a run of surrogates is one range)
                encodeWith(lookupOrNull("utf-8"), PyStr.of(name), "utf-8", "strict");
                break;
            }
        }
        if (name.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null character");
        }
    }

    /** The method {@code str.encode(encoding='utf-8', errors='strict')}. */
    public static PyObject strEncode(PyObject self, PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.bind("encode", a, k, 0, "encoding", "errors");
        return encode((PyStr) self, p[0], p[1]);
    }

    /** {@code s.encode(encoding, errors)}: the arguments are Python objects or null for the defaults. */
    public static PyBytes encode(PyStr s, PyObject encoding, PyObject errors) {
        String enc = stringArg("encode", "encoding", encoding, "utf-8");
        String err = stringArg("encode", "errors", errors, "strict");
        checkInDevMode(encoding, errors, enc, err);
        return encode(s, enc, err);
    }

    /**
     * Raises what using error handler {@code errors} would raise if there is no such handler
     * ({@code PyCodec_LookupError}), without an error to handle.
     *
     * @throws PyException LookupError "unknown error handler name 'x'"
     */
    public static void requireErrorHandler(String errors) {
        CodecErrors.requireHandler(errors);
    }

    /**
     * {@code unicode_check_encoding_errors}: in development mode ({@code -X dev}) an encoding or
     * error handler the caller named must exist even when nothing needs it (empty data, nothing
     * to handle); otherwise neither is looked up before it is needed.
     *
     * @throws PyException LookupError "unknown encoding: x" or "unknown error handler name 'x'"
     */
    static void checkInDevMode(PyObject encoding, PyObject errors, String enc, String err) {
        if (encoding == null && errors == null) {
            return;
        }
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null || !ts.interpreter.options().devMode()) {
            return;
        }
        if (encoding != null && lookupOrNull(enc) == null) {
            CodecRegistry.current().lookup(enc);
        }
        if (errors != null) {
            requireErrorHandler(err);
        }
    }

    /**
     * The codec CPython encodes or decodes {@code encoding} with directly, without the codec
     * registry, else null: {@code PyUnicode_Decode}'s and {@code PyUnicode_AsEncodedString}'s
     * shortcuts, which compare the name as {@code _Py_normalize_encoding} leaves it. A name the
     * registry handles has a plain error from the codec (an error handler's own exception among
     * them) wrapped; through a shortcut it reaches the caller as raised.
     */
    private static Codec shortcut(String encoding) {
        Codec common = commonName(encoding);
        if (common != null) {
            return common;
        }
        String e = shortcutSpelling(encoding);
        if (e == null) {
            return null;
        }
        return switch (e) {
            case "utf8", "utf_8" -> Codec.UTF_8;
            case "utf16", "utf_16" -> Codec.UTF_16;
            case "utf32", "utf_32" -> Codec.UTF_32;
            case "ascii", "us_ascii" -> Codec.ASCII;
            case "latin1", "latin_1", "iso_8859_1", "iso8859_1" -> Codec.LATIN_1;
            default -> null;
        };
    }

    /**
     * {@code encoding} as CPython's {@code _Py_normalize_encoding} writes it into the shortcuts'
     * eleven-byte buffer: ASCII letters lower-cased, ASCII digits and '.' kept, each run of
     * anything else (every byte of a non-ASCII character's UTF-8 among them) one '_' between
     * kept characters; null when more than ten characters would not fit (no shortcut then).
     */
    private static String shortcutSpelling(String encoding) {
        String spelling = CodecRegistry.normalize(encoding);
        return spelling.length() > 10 ? null : spelling;
    }

    /**
     * Whether {@code str.encode}/{@code bytes.decode} with {@code encoding} and {@code errors}
     * (null: the default) run only Java code: the encoding a {@link #shortcut} spelling (a Java
     * codec the registry is never asked for) and the handler a standard one (handled by name,
     * never looked up). Another name may reach a search function or a registered handler.
     */
    public static boolean convertsInJava(String encoding, String errors) {
        return (encoding == null || shortcut(encoding) != null)
                && (errors == null || CodecErrors.STANDARD.contains(errors));
    }

    /**
     * The codec of {@code name} when spelled as most programs spell it, else null: {@link
     * #shortcut}'s first look, which skips normalisation for these names; each is one the
     * normalised comparison accepts too, so the answer is the same.
     */
    private static Codec commonName(String name) {
        return switch (name) {
            case "utf-8", "utf8", "UTF-8", "UTF8", "utf_8" -> Codec.UTF_8;
            case "ascii", "ASCII", "us-ascii" -> Codec.ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "Latin-1", "ISO-8859-1" -> Codec.LATIN_1;
            case "utf-16", "UTF-16", "utf_16" -> Codec.UTF_16;
            case "utf-32", "UTF-32", "utf_32" -> Codec.UTF_32;
            default -> null;
        };
    }

    /** Encodes {@code s} with codec {@code encoding} and error handler {@code errors}. */
    public static PyBytes encode(PyStr s, String encoding, String errors) {
        Codec fast = shortcut(encoding);
        if (fast != null) {
            return encodeWith(fast, s, encoding, errors);
        }
        Codec codec = lookupOrNull(encoding);
        if (codec == null) {
            return CodecRegistry.current().encodeText(s, encoding, errors);
        }
        try {
            return encodeWith(codec, s, encoding, errors);
        } catch (PyException e) {
            throw CodecRegistry.wrapCodecError(e, "encoding", encoding);
        }
    }

    /**
     * Encodes {@code s} with the Java codec called {@code encoding} itself, as the {@code _codecs}
     * module's functions ({@code utf_16_le_encode}, ...) do: unlike {@link #encode}, its errors
     * are never wrapped, since the registry that calls such a function wraps them once.
     */
    public static PyBytes encodeUnwrapped(PyStr s, String encoding, String errors) {
        return encodeWith(lookup(encoding), s, encoding, errors);
    }

    private static PyBytes encodeWith(Codec codec, PyStr s, String encoding, String errors) {
        byte[] direct = switch (codec) {
            case UTF_8 -> Utf8Codec.encodeWellFormed(s);
            case ASCII -> Latin1Codec.encodeInRange(s, 128);
            case LATIN_1 -> Latin1Codec.encodeInRange(s, 256);
            case UTF_16 -> WideUnicodeCodec.encodeWellFormed(s, 2, 0);
            case UTF_16_LE -> WideUnicodeCodec.encodeWellFormed(s, 2, -1);
            case UTF_16_BE -> WideUnicodeCodec.encodeWellFormed(s, 2, 1);
            case UTF_32 -> WideUnicodeCodec.encodeWellFormed(s, 4, 0);
            case UTF_32_LE -> WideUnicodeCodec.encodeWellFormed(s, 4, -1);
            case UTF_32_BE -> WideUnicodeCodec.encodeWellFormed(s, 4, 1);
            default -> null;
        };
        if (direct != null) {
            return PyBytes.ofCopy(direct);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        switch (codec) {
            case UTF_8 -> Utf8Codec.encode(s, errors, out);
            case UTF_8_SIG -> {
                out.write(0xEF);
                out.write(0xBB);
                out.write(0xBF);
                Utf8Codec.encode(s, errors, out);
            }
            case ASCII -> Latin1Codec.encode(s, 128, errors, out);
            case LATIN_1 -> Latin1Codec.encode(s, 256, errors, out);
            case UTF_16 -> WideUnicodeCodec.encode(s, 2, 0, errors, out);
            case UTF_16_LE -> WideUnicodeCodec.encode(s, 2, -1, errors, out);
            case UTF_16_BE -> WideUnicodeCodec.encode(s, 2, 1, errors, out);
            case UTF_32 -> WideUnicodeCodec.encode(s, 4, 0, errors, out);
            case UTF_32_LE -> WideUnicodeCodec.encode(s, 4, -1, errors, out);
            case UTF_32_BE -> WideUnicodeCodec.encode(s, 4, 1, errors, out);
            case CHARMAP -> CharmapCodec.encode(CharmapCodec.resolve(normalize(encoding)), s, errors, out);
            case UNICODE_ESCAPE -> out.writeBytes(EscapeCodec.encode(s, false));
            case RAW_UNICODE_ESCAPE -> out.writeBytes(EscapeCodec.encode(s, true));
        }
        // CPython's encoders finish through a bytes writer, which shares one-byte results
        return PyBytes.ofCopy(out.toByteArray());
    }

    /** Text decoded from a prefix of the input, and the length of that prefix in bytes. */
    public record Decoded(PyStr text, int consumed) {}

    /**
     * One step of incremental decoding, as the codecs' {@code decode(data, errors, final)}
     * functions: unless {@code last}, an incomplete sequence at the end of {@code data} is not
     * an error but left unconsumed. {@code utf-8-sig}, {@code utf-16} and {@code utf-32} look for
     * a BOM at the start of {@code data} (see {@link IncrementalDecoder} for a stream).
     */
    public static Decoded decodeIncremental(byte[] data, String encoding, String errors, boolean last) {
        return switch (lookup(encoding)) {
            case UTF_8 -> Utf8Codec.decode(data, errors, last);
            case UTF_8_SIG -> {
                byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                int n = Math.min(3, data.length);
                if (java.util.Arrays.equals(data, 0, n, bom, 0, n)) {
                    if (n < 3 && !last) {
                        yield new Decoded(PyStr.of(""), 0);
                    }
                    if (n == 3) {
                        Decoded d = Utf8Codec.decode(java.util.Arrays.copyOfRange(data, 3, data.length), errors, last);
                        yield new Decoded(d.text(), d.consumed() + 3);
                    }
                }
                yield Utf8Codec.decode(data, errors, last);
            }
            case ASCII -> new Decoded(Latin1Codec.decode(data, 128, errors), data.length);
            case LATIN_1 -> new Decoded(Latin1Codec.decode(data, 256, errors), data.length);
            case UTF_16 -> WideUnicodeCodec.decode(data, 2, 0, errors, last);
            case UTF_16_LE -> WideUnicodeCodec.decode(data, 2, -1, errors, last);
            case UTF_16_BE -> WideUnicodeCodec.decode(data, 2, 1, errors, last);
            case UTF_32 -> WideUnicodeCodec.decode(data, 4, 0, errors, last);
            case UTF_32_LE -> WideUnicodeCodec.decode(data, 4, -1, errors, last);
            case UTF_32_BE -> WideUnicodeCodec.decode(data, 4, 1, errors, last);
            case UNICODE_ESCAPE -> EscapeCodec.decode(data, errors, last);
            case RAW_UNICODE_ESCAPE -> EscapeCodec.decodeRaw(data, errors, last);
            case CHARMAP -> new Decoded(decode(data, encoding, errors), data.length);
        };
    }

    /** {@code data.decode(encoding, errors)}: the arguments are Python objects or null for the defaults. */
    public static PyStr decode(byte[] data, PyObject encoding, PyObject errors) {
        String enc = stringArg("decode", "encoding", encoding, "utf-8");
        String err = stringArg("decode", "errors", errors, "strict");
        checkInDevMode(encoding, errors, enc, err);
        return decode(data, enc, err);
    }

    /** Decodes {@code data} (not modified) with codec {@code encoding} and error handler {@code errors}. */
    public static PyStr decode(byte[] data, String encoding, String errors) {
        if (data.length == 0) {
            return PyStr.of(""); // CPython answers before looking the codec up
        }
        Codec fast = shortcut(encoding);
        if (fast != null) {
            return decodeWith(fast, data, encoding, errors);
        }
        Codec codec = lookupOrNull(encoding);
        if (codec == null) {
            return CodecRegistry.current().decodeText(data, encoding, errors);
        }
        try {
            return decodeWith(codec, data, encoding, errors);
        } catch (PyException e) {
            throw CodecRegistry.wrapCodecError(e, "decoding", encoding);
        }
    }

    private static PyStr decodeWith(Codec codec, byte[] data, String encoding, String errors) {
        return switch (codec) {
            case UTF_8 -> Utf8Codec.decode(data, errors);
            case UTF_8_SIG -> Utf8Codec.decode(data.length >= 3 && (data[0] & 0xff) == 0xEF
                    && (data[1] & 0xff) == 0xBB && (data[2] & 0xff) == 0xBF
                    ? java.util.Arrays.copyOfRange(data, 3, data.length) : data, errors);
            case ASCII -> Latin1Codec.decode(data, 128, errors);
            case LATIN_1 -> Latin1Codec.decode(data, 256, errors);
            case UTF_16 -> WideUnicodeCodec.decode(data, 2, 0, errors);
            case UTF_16_LE -> WideUnicodeCodec.decode(data, 2, -1, errors);
            case UTF_16_BE -> WideUnicodeCodec.decode(data, 2, 1, errors);
            case UTF_32 -> WideUnicodeCodec.decode(data, 4, 0, errors);
            case UTF_32_LE -> WideUnicodeCodec.decode(data, 4, -1, errors);
            case UTF_32_BE -> WideUnicodeCodec.decode(data, 4, 1, errors);
            case CHARMAP -> CharmapCodec.decode(CharmapCodec.resolve(normalize(encoding)), data, errors);
            case UNICODE_ESCAPE -> EscapeCodec.decode(data, errors, true).text();
            case RAW_UNICODE_ESCAPE -> EscapeCodec.decodeRaw(data, errors, true).text();
        };
    }
}
