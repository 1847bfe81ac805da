package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Token streams and positions; expectations taken from CPython 3.11 ({@code python3 -m tokenize}). */
class TokenizerTest {
    /** Tokens as "KIND text line,col-endLine,endCol", one per element. */
    static List<String> tokens(String src) {
        Tokenizer t = new Tokenizer(src, "<test>");
        List<String> out = new ArrayList<>();
        for (;;) {
            Token k = t.next();
            out.add(k.kind() + " " + k.text() + " " + k.line() + "," + k.col() + "-" + k.endLine() + "," + k.endCol());
            if (k.kind() == TokenKind.ENDMARKER) {
                return out;
            }
        }
    }

    /** Only kinds and texts (NEWLINE, INDENT, DEDENT and ENDMARKER by kind alone). */
    static String texts(String src) {
        Tokenizer t = new Tokenizer(src, "<test>");
        StringBuilder sb = new StringBuilder();
        for (;;) {
            Token k = t.next();
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            switch (k.kind()) {
                case NEWLINE, INDENT, DEDENT, ENDMARKER -> sb.append(k.kind());
                default -> sb.append(k.text());
            }
            if (k.kind() == TokenKind.ENDMARKER) {
                return sb.toString();
            }
        }
    }

    @Test
    void simpleStatement() {
        assertEquals(List.of(
                "NAME x 1,0-1,1", "OP = 1,2-1,3", "NUMBER 1 1,4-1,5", "OP + 1,6-1,7", "NAME y 1,8-1,9",
                "NEWLINE  1,9-1,9", "ENDMARKER  1,10-1,10"), tokens("x = 1 + y\n"));
    }

    @Test
    void missingFinalNewlineIsAdded() {
        assertEquals(List.of("NAME x 1,0-1,1", "NEWLINE  1,1-1,1", "ENDMARKER  1,2-1,2"), tokens("x"));
    }

    @Test
    void emptyAndBlankSources() {
        assertEquals("ENDMARKER", texts(""));
        assertEquals("ENDMARKER", texts("   \n\n# comment\n  # another"));
    }

    @Test
    void indentation() {
        assertEquals("if x NEWLINE INDENT y NEWLINE if z NEWLINE INDENT w NEWLINE DEDENT DEDENT v NEWLINE ENDMARKER",
                texts("if x\n    y\n    if z\n        w\nv\n"));
        assertEquals("if x NEWLINE INDENT y NEWLINE DEDENT ENDMARKER", texts("if x\n  y"));
        // comments and blank lines do not count
        assertEquals("if x NEWLINE INDENT y NEWLINE z NEWLINE DEDENT ENDMARKER",
                texts("if x\n  y\n# c\n\n      # d\n  z\n"));
    }

    @Test
    void indentTokenPositions() {
        assertEquals(List.of("NAME a 1,0-1,1", "NEWLINE  1,1-1,1", "INDENT    2,0-2,2", "NAME b 2,2-2,3",
                "NEWLINE  2,3-2,3", "DEDENT  3,0-3,0", "NAME c 3,0-3,1", "NEWLINE  3,1-3,1", "ENDMARKER  3,2-3,2"),
                tokens("a\n  b\nc\n"));
    }

    @Test
    void dedentsAtEof() {
        assertEquals("a NEWLINE INDENT b NEWLINE INDENT c NEWLINE DEDENT DEDENT ENDMARKER", texts("a\n b\n  c"));
    }

    /**
     * CPython's INDENT, DEDENT and ENDMARKER have no column; errors at them use the tokenizer's
     * position (python3: {@code if x:\n} -> offset 6; {@code if x:\n# c\n} -> line 2, offset 4;
     * {@code def f():\n  x = 1\n    y\n} -> unexpected indent at offset 4): that is their endCol.
     */
    @Test
    void indentDedentEndmarkerPositions() {
        assertEquals(List.of("NAME if 1,0-1,2", "NAME x 1,3-1,4", "OP : 1,4-1,5", "NEWLINE  1,5-1,5",
                "ENDMARKER  1,6-1,6"), tokens("if x:\n"));
        assertEquals("ENDMARKER  2,4-2,4", tokens("if x:\n# c\n").get(4));
        assertEquals("ENDMARKER  3,1-3,1", tokens("if x:\n\n\n").get(4));
        assertEquals("INDENT      3,0-3,4", tokens("def f():\n  x = 1\n    y\n").get(11));
        assertEquals(List.of("DEDENT  3,4-3,4", "DEDENT  3,4-3,4", "ENDMARKER  3,4-3,4"),
                tokens("a\n b\n  c\n").subList(8, 11));
        assertEquals(List.of("ENDMARKER  1,0-1,0"), tokens(""));
    }

    /** python3: {@code x = 1 +  # c} -> invalid syntax at 1:10-1:13, the NEWLINE. */
    @Test
    void newlineAfterCommentStartsAtTheComment() {
        assertEquals("NEWLINE  1,9-1,12", tokens("x = 1 +  # c\n").get(4));
    }

    /** python3: {@code x = 1 + \\\n# c\n} -> invalid syntax, text {@code 'x = 1 + \\\n# c\n'}. */
    @Test
    void errorTextIncludesContinuedLines() {
        Tokenizer t = new Tokenizer("a\nx = 1 + \\\n# c\n", "<test>");
        assertEquals("x = 1 + \\\n# c\n", t.errorText(3));
        assertEquals("a\n", t.errorText(1));
    }

    @Test
    void statusCodeErrors() {
        for (String src : new String[] {"if x:\n\ty\n        z\n", "if x:\n    y\n  z\n", "x = 1 \\ 2\n", "x = (1,\n",
            "x = 1 + \\"}) {
            Tokenizer t = new Tokenizer(src, "<test>");
            assertThrows(SyntaxErrorException.class, () -> drain(t));
            assertTrue(t.errorIsStatusCode(), src);
        }
        for (String src : new String[] {"0x\n", "x = )\n", "'abc\n", "x = \u20ac\n"}) {
            Tokenizer t = new Tokenizer(src, "<test>");
            assertThrows(SyntaxErrorException.class, () -> drain(t));
            assertFalse(t.errorIsStatusCode(), src);
        }
        Tokenizer t = new Tokenizer("x = [1,\n (2,\n", "<test>");
        assertThrows(SyntaxErrorException.class, () -> drain(t));
        assertEquals(2, t.innermostBracketLine());
    }

    private static void drain(Tokenizer t) {
        while (t.next().kind() != TokenKind.ENDMARKER) {
            // to the end
        }
    }

    /** python3: {@code x = 1é} is NUMBER then NAME (invalid syntax), {@code x = 1³} an invalid character. */
    @Test
    void nonAsciiAfterNumberEndsIt() {
        assertEquals("x = 1 é NEWLINE ENDMARKER", texts("x = 1é"));
        assertEquals("x = 0x1 é 1.5 é 1j é 1e5 é NEWLINE ENDMARKER", texts("x = 0x1é 1.5é 1jé 1e5é"));
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> texts("x = 1\u00b3\n"));
        assertEquals("invalid character '\u00b3' (U+00B3) 1:6", e.msg + " " + e.lineno + ":" + e.offset);
    }

    @Test
    void formFeedResetsColumn() {
        assertEquals("a NEWLINE b NEWLINE ENDMARKER", texts("a\n  \fb\n"));
    }

    @Test
    void implicitJoiningInBrackets() {
        assertEquals("x = ( 1 , 2 ) NEWLINE ENDMARKER", texts("x = (1,\n     2)\n"));
        assertEquals("x = [ 1 , # c\n2 ] NEWLINE ENDMARKER".replace(" # c\n", " "), texts("x = [1, # c\n\n  2]\n"));
    }

    @Test
    void backslashContinuation() {
        assertEquals(List.of("NAME x 1,0-1,1", "OP = 1,2-1,3", "NUMBER 1 2,2-2,3", "NEWLINE  2,3-2,3",
                "ENDMARKER  2,4-2,4"), tokens("x = \\\n  1\n"));
    }

    @Test
    void operators() {
        String ops = "-> := **= //= >>= <<= ... != == <= >= ** // << >> += -= *= /= %= &= |= ^= @= "
                + "( ) [ ] { } , : ; . + - * / % & | ^ ~ < > = @";
        assertEquals(ops + " NEWLINE ENDMARKER", texts(ops));
        assertEquals(". . NEWLINE ENDMARKER", texts(".."));
        assertEquals("**= * NEWLINE ENDMARKER", texts("**=*"));
    }

    @Test
    void unknownCharactersAreSingleOps() {
        assertEquals("a $ b ? ! NEWLINE ENDMARKER", texts("a $ b ? !"));
    }

    @Test
    void numbers() {
        assertEquals("1 1_000 0x_ff 0o17 0b1_0 1. .5 1e10 1_0.0_1e+1_0 1j 1.5J 0 00 09.5 1.e5j NEWLINE ENDMARKER",
                texts("1 1_000 0x_ff 0o17 0b1_0 1. .5 1e10 1_0.0_1e+1_0 1j 1.5J 0 00 09.5 1.e5j"));
    }

    @Test
    void numberFollowedByKeyword() {
        assertEquals("1 if x else 2 NEWLINE ENDMARKER", texts("1if x else 2"));
        assertEquals("0x1f or x in y NEWLINE ENDMARKER", texts("0x1for x in y"));
        assertEquals("0o1 for x in y NEWLINE ENDMARKER", texts("0o1for x in y"));
        assertEquals("1 not in x NEWLINE ENDMARKER", texts("1not in x"));
        assertEquals("1 else NEWLINE ENDMARKER", texts("1else"));
    }

    @Test
    void strings() {
        assertEquals(List.of("STRING 'a' 1,0-1,3", "STRING rb\"b\" 1,4-1,9", "STRING F'''c\nd''' 1,10-2,4",
                "NEWLINE  2,4-2,4", "ENDMARKER  2,5-2,5"), tokens("'a' rb\"b\" F'''c\nd'''\n"));
        assertEquals("u'x' Rb'x' bR'x' fr'x' RF'x' '\\'' \"\\\"\" '' \"\"\"\"\"\" NEWLINE ENDMARKER",
                texts("u'x' Rb'x' bR'x' fr'x' RF'x' '\\'' \"\\\"\" '' \"\"\"\"\"\""));
        // not prefixes: names followed by strings
        assertEquals("ub 'x' bu 'x' NEWLINE ENDMARKER", texts("ub'x' bu'x'"));
        assertEquals("'a\\\nb' NEWLINE ENDMARKER", texts("'a\\\nb'"));
    }

    @Test
    void namesAreNfkcNormalised() {
        assertEquals(List.of("NAME fi 1,0-1,1", "NEWLINE  1,1-1,1", "ENDMARKER  1,2-1,2"), tokens("\uFB01"));
        assertEquals("é ñ π NEWLINE ENDMARKER", texts("é ñ π"));
    }

    @Test
    void columnsCountCodePoints() {
        assertEquals(List.of("STRING '\uD83D\uDE00' 1,0-1,3", "OP + 1,4-1,5", "NAME x 1,6-1,7", "NEWLINE  1,7-1,7",
                "ENDMARKER  1,8-1,8"), tokens("'\uD83D\uDE00' + x"));
    }

    @Test
    void crLfNewlines() {
        assertEquals("a NEWLINE INDENT b NEWLINE DEDENT c NEWLINE ENDMARKER", texts("a\r\n b\r\rc\r"));
    }

    @Test
    void endmarkerRepeats() {
        Tokenizer t = new Tokenizer("", "<test>");
        assertEquals(TokenKind.ENDMARKER, t.next().kind());
        assertEquals(TokenKind.ENDMARKER, t.next().kind());
    }

    @Test
    void lineText() {
        Tokenizer t = new Tokenizer("a\nbc", "<test>");
        assertEquals("bc\n", t.line(2));
    }

    @Test
    void errorIsLazy() {
        Tokenizer t = new Tokenizer("a\n)\n", "<test>");
        assertEquals("a", t.next().text());
        assertEquals(TokenKind.NEWLINE, t.next().kind());
        assertThrows(SyntaxErrorException.class, t::next);
    }
}
