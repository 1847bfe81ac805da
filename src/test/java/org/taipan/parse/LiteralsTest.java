package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.taipan.ast.ConstantValue;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprContext;
import org.taipan.ast.Pos;

/**
 * Number and string literal values and the shapes of concatenated strings and f-strings; the
 * expected texts are CPython 3.11's {@code ast.dump(..., include_attributes=True)}.
 */
class LiteralsTest {
    static Object number(String text) {
        Token t = new Tokenizer(text, "<test>").next();
        assertEquals(TokenKind.NUMBER, t.kind(), text);
        return Literals.parseNumber(t, "<test>");
    }

    /** A stand-in for the parser: every expression is a Name spanning its text (stripped). */
    static final FStringExpressionParser NAMES = (source, line, col) -> {
        int lead = source.length() - source.stripLeading().length();
        String id = source.strip();
        int nl = source.lastIndexOf('\n', lead);
        int l = line + (int) source.substring(0, lead).chars().filter(ch -> ch == '\n').count();
        int c = nl < 0 ? col + source.codePointCount(0, lead) : source.codePointCount(nl + 1, lead);
        return new Expr.Name(id, ExprContext.LOAD, new Pos(l, c, l, c + id.codePointCount(0, id.length())));
    };

    /** Parses the leading run of string tokens of {@code src}, as the parser would. */
    static Expr strings(String src) {
        Tokenizer tz = new Tokenizer(src, "<test>");
        List<Token> toks = new ArrayList<>();
        Token t = tz.next();
        while (t.kind() == TokenKind.STRING || t.is("(")) {
            if (t.kind() == TokenKind.STRING) {
                toks.add(t);
            }
            t = tz.next();
        }
        return Literals.parseStrings(toks, "<test>", NAMES, t, tz::line);
    }

    static SyntaxErrorException stringError(String src) {
        return assertThrows(SyntaxErrorException.class, () -> strings(src));
    }

    /** {@code ast.dump(node, include_attributes=True)} for the node kinds f-strings produce. */
    static String dump(Expr e) {
        return switch (e) {
            case Expr.Constant c -> "Constant(value=" + repr(c.value()) + (c.kind() != null ? ", kind='u'" : "")
                    + attrs(c.pos()) + ")";
            case Expr.Name n -> "Name(id='" + n.id() + "', ctx=Load()" + attrs(n.pos()) + ")";
            case Expr.JoinedStr j -> "JoinedStr(values=[" + j.values().stream().map(LiteralsTest::dump)
                    .collect(Collectors.joining(", ")) + "]" + attrs(j.pos()) + ")";
            case Expr.FormattedValue f -> "FormattedValue(value=" + dump(f.value()) + ", conversion="
                    + f.conversion() + (f.formatSpec() != null ? ", format_spec=" + dump(f.formatSpec()) : "")
                    + attrs(f.pos()) + ")";
            default -> e.toString();
        };
    }

    private static String attrs(Pos p) {
        return ", lineno=" + p.line() + ", col_offset=" + p.col() + ", end_lineno=" + p.endLine()
                + ", end_col_offset=" + p.endCol();
    }

    private static String repr(Object v) {
        if (v instanceof String s) {
            StringBuilder sb = new StringBuilder("'");
            for (char ch : s.toCharArray()) {
                switch (ch) {
                    case '\n' -> sb.append("\\n");
                    case '\t' -> sb.append("\\t");
                    case '\\' -> sb.append("\\\\");
                    case '\'' -> sb.append("\\'");
                    default -> sb.append(ch);
                }
            }
            return sb.append("'").toString();
        }
        return String.valueOf(v);
    }

    // ---- numbers -------------------------------------------------------------------------------

    @Test
    void integers() {
        assertEquals(0L, number("0"));
        assertEquals(0L, number("00"));
        assertEquals(1000L, number("1_000"));
        assertEquals(255L, number("0x_ff"));
        assertEquals(255L, number("0XFF"));
        assertEquals(15L, number("0o17"));
        assertEquals(5L, number("0b101"));
        assertEquals(Long.MAX_VALUE, number("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), number("9223372036854775808"));
        assertEquals(new BigInteger("ffffffffffffffffffff", 16), number("0xffffffffffffffffffff"));
    }

    @Test
    void floats() {
        assertEquals(1.0, number("1."));
        assertEquals(0.5, number(".5"));
        assertEquals(1e10, number("1e10"));
        assertEquals(10.01e10, number("1_0.0_1e+1_0"));
        assertEquals(9.5, number("09.5"));
        assertEquals(0.1, number("0.1"));
        assertEquals(Double.POSITIVE_INFINITY, number("1e999"));
        assertEquals(0.0, number("1e-999"));
        assertEquals(1e22, number("1e22"));
    }

    @Test
    void imaginary() {
        assertEquals(new ConstantValue.Imaginary(1.0), number("1j"));
        assertEquals(new ConstantValue.Imaginary(1.5), number("1.5J"));
        assertEquals(new ConstantValue.Imaginary(1e5), number("1.e5j"));
        assertEquals(new ConstantValue.Imaginary(0.0), number("0j"));
    }

    @Test
    void tooManyDigits() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> number("1" + "0".repeat(5000)));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion: value has 5001 digits; use "
                + "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
                + "literals to avoid decimal conversion limits.", e.msg);
        assertEquals(new BigInteger("1" + "0".repeat(4299)), number("1" + "0".repeat(4299)));
    }

    // ---- plain strings -------------------------------------------------------------------------

    static Object value(String src) {
        return ((Expr.Constant) strings(src)).value();
    }

    @Test
    void escapes() {
        assertEquals("\n\t\\'\"\u0007\b\f\u000b\0", value("'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\0'"));
        assertEquals("\u01ff\u0053A", value("'\\777\\123\\101'"));
        assertEquals("\u00e9\u1234\uD83D\uDE00", value("'\\xe9\\u1234\\U0001F600'"));
        assertEquals("\uD800", value("'\\ud800'"));
        assertEquals("\\d\\q", value("'\\d\\q'"));
        assertEquals("ab", value("'a\\\nb'"));
        assertEquals("\u2014a", value("'\\N{EM DASH}\\N{latin small letter a}'"));
        assertEquals("\uAC00\u4E00", value("'\\N{HANGUL SYLLABLE GA}\\N{CJK UNIFIED IDEOGRAPH-4E00}'"));
        assertEquals("\\\u00e9", value("'\\\u00e9'"));
        // name aliases (python3: '\N{LATIN CAPITAL LETTER GHA}' == '\u01a2')
        assertEquals("\u01a2\u00a0\ufeff\n", value("'\\N{LATIN CAPITAL LETTER GHA}\\N{NBSP}\\N{BYTE ORDER MARK}\\N{lf}'"));
    }

    @Test
    void rawStrings() {
        assertEquals("\\n\\'", value("r'\\n\\''"));
        assertEquals("a\\\nb", value("R'''a\\\nb'''"));
    }

    @Test
    void tripleQuoted() {
        assertEquals("a\n'b'\n", value("'''a\n'b'\n'''"));
    }

    @Test
    void bytes() {
        assertArrayEquals(new byte[] {'a', 10, (byte) 0xff, (byte) 0xff, '\\', 'u', '1'},
                ((ConstantValue.Bytes) value("b'a\\n\\xff\\777\\u1'")).bytes());
        assertArrayEquals(new byte[] {'\\', 'n'}, ((ConstantValue.Bytes) value("rb'\\n'")).bytes());
        assertArrayEquals(new byte[] {'a', 'b'}, ((ConstantValue.Bytes) value("b'a' B'b'")).bytes());
    }

    @Test
    void concatenationAndKind() {
        assertEquals("Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)",
                dump(strings("\"a\" \"b\"")));
        assertEquals("Constant(value='ab', lineno=1, col_offset=1, end_lineno=2, end_col_offset=4)",
                dump(strings("(\"a\"\n \"b\")")));
        assertEquals("Constant(value='a', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)",
                dump(strings("u\"a\"")));
        assertEquals("Constant(value='a', lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)",
                dump(strings("U\"a\"")));
        assertEquals("Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)",
                dump(strings("\"a\" u\"b\"")));
    }

    // ---- string errors (message, line, offset, end line, end offset from python3) --------------

    static String where(SyntaxErrorException e) {
        return e.msg + " @" + e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset;
    }

    @Test
    void escapeErrors() {
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape"
                , stringError("\"ab\\x1\"").msg);
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: truncated \\xXX escape",
                stringError("\"ab\\xzz\"").msg);
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape",
                stringError("\"\\u12\"").msg);
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 10-15: truncated "
                + "\\UXXXXXXXX escape", stringError("\"\u00e9\\U1234\"").msg);
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode "
                + "character", stringError("\"\\U00110000\"").msg);
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode "
                + "character name", stringError("\"\\N{foo}\"").msg);
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: malformed \\N "
                + "character escape", stringError("\"\\N{foo\"").msg);
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N "
                + "character escape", stringError("\"\\N\"").msg);
        assertEquals("(value error) invalid \\x escape at position 0", stringError("b\"\\xz\"").msg);
        // python3: a non-ASCII character in the name counts ten bytes (CPython rewrites it as \UXXXXXXXX)
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-36: unknown Unicode "
                + "character name", stringError("'\\N{NO SUCH CHAR\u20acACT,ER NAME}'").msg);
    }

    @Test
    void escapeErrorIsAtTheNextToken() {
        // python3: x = "ab\x1"  ->  offset 12 (the NEWLINE after the string)
        SyntaxErrorException e = stringError("\"ab\\x1\"\n");
        assertEquals("@1:8-1:8", where(e).substring(where(e).indexOf('@')));
        assertEquals("\"ab\\x1\"\n", e.text);
    }

    @Test
    void bytesErrors() {
        // python3, compile(b'b"\xc3\xa9"'): the token itself, its end counted in UTF-8 bytes
        SyntaxErrorException e = stringError("b\"\u00e9\"");
        assertEquals("bytes can only contain ASCII literal characters @1:1-1:6", where(e));
        // python3: x = (b"a"\n "b")\n  -> 2 5 2 6 (the ')')
        assertEquals("cannot mix bytes and nonbytes literals @2:5-2:6", where(stringError("(b\"a\"\n \"b\")\n")));
        assertEquals("cannot mix bytes and nonbytes literals @1:9-1:9", where(stringError("\"a\" b\"b\"\n")));
    }

    @Test
    void noExprParserNeededWithoutFStrings() {
        Token t = new Tokenizer("'a'", "<test>").next();
        Expr e = Literals.parseStrings(List.of(t), "<test>", null);
        assertTrue(e instanceof Expr.Constant c && c.value().equals("a"));
    }
}
