package org.taipan.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the bytes of a source file into text as CPython's file tokenizer does
 * ({@code Parser/tokenizer.c}: {@code check_bom}, {@code check_coding_spec},
 * {@code get_normal_name}; PEP 263): a UTF-8 byte order mark, or a coding cookie in a comment
 * on line 1 or on line 2 when line 1 holds no code; otherwise UTF-8.
 *
 * <p>Errors are raised with the messages CPython prints when it runs a file. Those that
 * CPython raises without a location ({@code encoding problem: ...}, {@code Non-UTF-8 code
 * ...}) have {@code lineno} 0.
 */
public final class SourceDecoder {
    private SourceDecoder() {}

    /** Python codec names (after {@code get_normal_name} and lower-casing) that Java spells differently. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("utf-8", "UTF-8"), Map.entry("utf8", "UTF-8"), Map.entry("u8", "UTF-8"),
            Map.entry("utf", "UTF-8"), Map.entry("cp65001", "UTF-8"), Map.entry("utf-8-sig", "UTF-8"),
            Map.entry("iso-8859-1", "ISO-8859-1"), Map.entry("latin1", "ISO-8859-1"), Map.entry("latin", "ISO-8859-1"),
            Map.entry("l1", "ISO-8859-1"), Map.entry("8859", "ISO-8859-1"), Map.entry("cp819", "ISO-8859-1"),
            Map.entry("iso8859-1", "ISO-8859-1"), Map.entry("iso-8859-15", "ISO-8859-15"),
            Map.entry("latin9", "ISO-8859-15"), Map.entry("l9", "ISO-8859-15"), Map.entry("iso8859-15", "ISO-8859-15"),
            Map.entry("ascii", "US-ASCII"), Map.entry("us-ascii", "US-ASCII"), Map.entry("646", "US-ASCII"),
            Map.entry("us", "US-ASCII"), Map.entry("cp1252", "windows-1252"), Map.entry("windows-1252", "windows-1252"),
            Map.entry("cp1251", "windows-1251"), Map.entry("cp1250", "windows-1250"), Map.entry("koi8-r", "KOI8-R"),
            Map.entry("shift-jis", "Shift_JIS"), Map.entry("sjis", "Shift_JIS"), Map.entry("euc-jp", "EUC-JP"),
            Map.entry("gbk", "GBK"), Map.entry("gb2312", "GB2312"), Map.entry("big5", "Big5"),
            Map.entry("utf-16", "UTF-16"), Map.entry("cp437", "IBM437"), Map.entry("cp850", "IBM850"),
            Map.entry("mac-roman", "x-MacRoman"), Map.entry("macroman", "x-MacRoman"));

    /**
     * Decodes a source file's bytes as CPython's tokenizer does.
     *
     * @throws SyntaxErrorException for an unknown encoding or undecodable bytes
     *         ({@code encoding problem: NAME}, {@code encoding problem: utf-8 with BOM} style
     *         messages, {@code Non-UTF-8 code starting with '\xNN' in file F on line N, but no
     *         encoding declared; see https://peps.python.org/pep-0263/ for details}; with UTF-8
     *         declared, {@code (unicode error) 'utf-8' codec can't decode byte ...}) and for null
     *         bytes ({@code source code cannot contain null bytes}, at the line holding one)
     */
    public static String decode(byte[] data, String filename) {
        return decode(data, filename, false);
    }

    /**
     * Decodes the bytes given to {@code compile()}, {@code exec()} or {@code eval()} as CPython's
     * string tokenizer does ({@code decode_str}): as {@link #decode(byte[], String)}, except that
     * undeclared UTF-8 is read as declared UTF-8, so a bad byte is reported as the literal's
     * {@code (unicode error) 'utf-8' codec can't decode byte ...}, not as a file's {@code Non-UTF-8 code}.
     *
     * @throws SyntaxErrorException as {@link #decode(byte[], String)} does
     */
    public static String decodeString(byte[] data, String filename) {
        return decode(data, filename, true);
    }

    /**
     * Whether source bytes say their encoding, with a UTF-8 BOM or a PEP 263 coding cookie: CPython's
     * tokenizer then knows it ({@code tok->encoding}), and reports parser errors' columns in
     * characters rather than UTF-8 bytes.
     */
    public static boolean declaresEncoding(byte[] data) {
        return hasBom(data) || findCookie(data, 0) != null;
    }

    /**
     * The encoding a coding cookie declares, as CPython's tokenizer names it ({@code get_normal_name}),
     * or null when there is none or a UTF-8 byte order mark comes first (then only UTF-8 is allowed).
     */
    public static String declaredEncoding(byte[] data) {
        if (hasBom(data)) {
            return null;
        }
        String cookie = findCookie(data, 0);
        return cookie == null ? null : normalName(cookie);
    }

    private static boolean hasBom(byte[] data) {
        return data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB && (data[2] & 0xff) == 0xBF;
    }

    private static String decode(byte[] data, String filename, boolean fromString) {
        int start = 0;
        boolean bom = hasBom(data);
        if (bom) {
            start = 3;
        }
        String cookie = findCookie(data, start);
        Charset charset = StandardCharsets.UTF_8;
        if (cookie != null) {
            String normal = normalName(cookie);
            if (bom && !normal.equals("utf-8")) {
                throw located("encoding problem: " + normal + " with BOM", filename);
            }
            charset = lookup(normal);
            if (charset == null) {
                // a file's tokenizer names the normalized encoding; the string tokenizer's codec lookup, the cookie
                throw located(fromString ? "unknown encoding: " + cookie : "encoding problem: " + normal, filename);
            }
        }
        if (cookie == null && !bom && !fromString) {
            checkUndeclaredUtf8Lines(data, start, filename);
        }
        checkNullBytes(data, start, filename);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(data, start, data.length - start));
            return chars.toString();
        } catch (CharacterCodingException e) {
            boolean utf8 = bom || (cookie != null && normalName(cookie).equals("utf-8")) || (cookie == null && fromString);
            if (utf8 && badBytesOnlyInComments(data, start)) {
                // CPython's tokenizer reads UTF-8 source as bytes and decodes only what it must (names,
                // literals): a comment's bytes need not be UTF-8 (an old file's accented names)
                return new String(data, start, data.length - start, StandardCharsets.UTF_8);
            }
            if (utf8) {
                throw utf8Literal(data, start, filename);
            }
            if (cookie != null) {
                throw located("encoding problem: " + normalName(cookie), filename);
            }
            throw nonUtf8(data, start, filename);
        }
    }

    private static SyntaxErrorException located(String msg, String filename) {
        return SyntaxErrorException.syntax(msg, filename, 0, -1, SyntaxErrorException.NO_END,
                SyntaxErrorException.NO_END, null);
    }

    /** Finds the first byte that does not start valid UTF-8 (surrogates are invalid too). */
    private static SyntaxErrorException nonUtf8(byte[] data, int start, String filename) {
        int line = 1;
        int i = start;
        while (i < data.length) {
            int b = data[i] & 0xff;
            int len = utf8Length(data, i);
            if (len == 0) {
                String msg = String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no "
                        + "encoding declared; see https://peps.python.org/pep-0263/ for details", b, filename, line);
                return located(msg, filename);
            }
            if (b == '\n') {
                line++;
            }
            i += len;
        }
        return located("encoding problem: utf-8", filename);
    }

    /**
     * Declared UTF-8 (cookie or BOM): CPython passes the bytes through and fails when it decodes
     * the literal holding them, counting the position from the start of the run of non-ASCII
     * bytes, e.g. {@code (unicode error) 'utf-8' codec can't decode byte 0xff in position 0:
     * invalid start byte}. Reported on the bad byte's line, without a column.
     */
    private static SyntaxErrorException utf8Literal(byte[] data, int start, String filename) {
        int line = 1;
        int runStart = start;
        int i = start;
        while (i < data.length) {
            int b = data[i] & 0xff;
            if (b < 0x80) {
                if (b == '\n') {
                    line++;
                }
                runStart = i + 1;
                i++;
                continue;
            }
            int len = utf8Length(data, i);
            if (len == 0) {
                String reason = utf8Reason(data, i);
                String msg = String.format("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                        b, i - runStart, reason);
                return SyntaxErrorException.syntax(msg, filename, line, 0, line, 0, null);
            }
            i += len;
        }
        return located("encoding problem: utf-8", filename);
    }

    /**
     * Whether every byte of {@code data} from {@code start} that does not begin valid UTF-8 lies in
     * a comment: a scan of the source's strings (quotes, triple quotes, backslash escapes) and
     * comments, the only tokens that matter for where a comment begins.
     */
    static boolean badBytesOnlyInComments(byte[] data, int start) {
        int i = start;
        int quote = 0; // the open string's quote byte, 0 outside strings
        boolean triple = false;
        while (i < data.length) {
            int b = data[i] & 0xff;
            if (b >= 0x80) {
                int len = utf8Length(data, i);
                if (len == 0) {
                    return false;
                }
                i += len;
                continue;
            }
            if (quote != 0) {
                if (b == '\\') {
                    i += 2;
                    continue;
                }
                if (b == quote && (!triple || i + 2 < data.length && data[i + 1] == quote && data[i + 2] == quote)) {
                    i += triple ? 3 : 1;
                    quote = 0;
                    continue;
                }
                if ((b == '\n' || b == '\r') && !triple) {
                    quote = 0; // an unterminated string: the tokenizer's error, not ours
                }
                i++;
                continue;
            }
            if (b == '#') {
                // a comment: any bytes up to the end of its line
                while (i < data.length && data[i] != '\n' && data[i] != '\r') {
                    i++;
                }
                continue;
            }
            if (b == '\'' || b == '"') {
                quote = b;
                triple = i + 2 < data.length && data[i + 1] == b && data[i + 2] == b;
                i += triple ? 3 : 1;
                continue;
            }
            i++;
        }
        return true;
    }

    /** Python's UTF-8 decoder's reason for the bad sequence at {@code i}. */
    private static String utf8Reason(byte[] d, int i) {
        int b = d[i] & 0xff;
        if (b < 0xC2 || b > 0xF4) {
            return "invalid start byte";
        }
        int need = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        for (int k = 1; k < need; k++) {
            // the literal's body is what gets decoded: a quote (or the line's end) ends the data
            if (i + k >= d.length || d[i + k] == '\'' || d[i + k] == '"' || d[i + k] == '\n') {
                return "unexpected end of data";
            }
            int c = d[i + k] & 0xff;
            boolean ok = (c & 0xC0) == 0x80;
            if (k == 1) {
                // the second byte's range excludes overlong forms and surrogates, as Python checks
                ok = b == 0xE0 ? c >= 0xA0 && c <= 0xBF : b == 0xED ? c >= 0x80 && c <= 0x9F
                        : b == 0xF0 ? c >= 0x90 && c <= 0xBF : b == 0xF4 ? c >= 0x80 && c <= 0x8F : ok;
            }
            if (!ok) {
                return "invalid continuation byte";
            }
        }
        return "invalid start byte";
    }

    /** Length of the valid UTF-8 sequence at {@code i}, or 0. */
    private static int utf8Length(byte[] d, int i) {
        int b = d[i] & 0xff;
        if (b < 0x80) {
            return 1;
        }
        int len;
        int min;
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + len > d.length) {
            return 0;
        }
        int cp = b & (0xFF >> (len + 1));
        for (int k = 1; k < len; k++) {
            int c = d[i + k] & 0xff;
            if ((c & 0xC0) != 0x80) {
                return 0;
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return 0;
        }
        return len;
    }

    /**
     * Without a cookie or BOM CPython reads the file line by line as C strings: each line is
     * decoded up to its first null byte, so a bad byte before the first null byte of the first
     * faulty line gives {@code Non-UTF-8 code ...}, and a null byte before any bad byte gives
     * {@code source code cannot contain null bytes}.
     */
    private static void checkUndeclaredUtf8Lines(byte[] data, int start, String filename) {
        int i = start;
        while (i < data.length) {
            if (data[i] == 0) {
                checkNullBytes(data, start, filename);
                return;
            }
            int len = utf8Length(data, i);
            if (len == 0) {
                throw nonUtf8(data, start, filename);
            }
            i += len;
        }
    }

    /**
     * Raises what {@link #decode} raises for a null byte in source bytes decoded some other way.
     *
     * @throws SyntaxErrorException "source code cannot contain null bytes", at the line holding one
     */
    public static void checkNullBytes(byte[] data, String filename) {
        checkNullBytes(data, 0, filename);
    }

    private static void checkNullBytes(byte[] data, int start, String filename) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < data.length; i++) {
            if (data[i] == 0) {
                // CPython shows the line only up to the null byte (it is a C string there)
                String text = new String(data, lineStart, i - lineStart, StandardCharsets.UTF_8);
                throw SyntaxErrorException.syntax("source code cannot contain null bytes", filename, line, 0, line, 0,
                        text);
            }
            if (data[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
    }

    /** The coding cookie of line 1, or of line 2 if line 1 holds no code; null if none. */
    static String findCookie(byte[] data, int start) {
        int end1 = lineEnd(data, start);
        String spec = codingSpec(data, start, end1);
        if (spec != null) {
            return spec;
        }
        if (!onlyCommentOrBlank(data, start, end1) || end1 >= data.length) {
            return null;
        }
        int start2 = end1 + 1;
        return codingSpec(data, start2, lineEnd(data, start2));
    }

    private static int lineEnd(byte[] data, int from) {
        int i = from;
        while (i < data.length && data[i] != '\n' && data[i] != '\r') {
            i++;
        }
        if (i < data.length && data[i] == '\r' && i + 1 < data.length && data[i + 1] == '\n') {
            i++;
        }
        return i;
    }

    private static boolean onlyCommentOrBlank(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = data[i];
            if (b == '#') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\f' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** CPython's {@code get_coding_spec}: "coding[:=]" then the name, in a comment-only line. */
    private static String codingSpec(byte[] data, int from, int to) {
        int i = from;
        while (i < to && data[i] != '#') {
            if (data[i] != ' ' && data[i] != '\t' && data[i] != '\f') {
                return null;
            }
            i++;
        }
        if (i >= to) {
            return null;
        }
        for (; i + 6 < to + 1; i++) {
            if (!matches(data, i, to, "coding")) {
                continue;
            }
            int t = i + 6;
            if (t >= to || (data[t] != ':' && data[t] != '=')) {
                continue;
            }
            do {
                t++;
            } while (t < to && (data[t] == ' ' || data[t] == '\t'));
            int begin = t;
            while (t < to && (Character.isLetterOrDigit(data[t] & 0xff) && data[t] > 0 || data[t] == '-'
                    || data[t] == '_' || data[t] == '.')) {
                t++;
            }
            if (begin < t) {
                return new String(data, begin, t - begin, StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private static boolean matches(byte[] data, int i, int to, String word) {
        if (i + word.length() > to) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (data[i + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** CPython's {@code get_normal_name}: utf-8 and latin-1 spellings collapse to one name. */
    static String normalName(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (s.equals("utf-8") || s.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String latin : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (s.equals(latin) || s.startsWith(latin + "-")) {
                return "iso-8859-1";
            }
        }
        return name;
    }

    /** The Java charset for a Python codec name, or null if Python would not know it either. */
    static Charset lookup(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        String alias = ALIASES.get(key);
        if (alias == null) {
            alias = ALIASES.get(key.replace("-", ""));
        }
        try {
            if (alias != null) {
                return Charset.forName(alias);
            }
            return Charset.isSupported(key) ? Charset.forName(key) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
