package org.taipan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taipan.parse.SyntaxErrorException;
import org.taipan.parse.SyntaxErrorException.Kind;

/**
 * {@link SyntaxErrorPrinter} against CPython 3.11.7: each case is a SyntaxError's attributes as
 * {@code compile()} reports them and the exact stderr of {@code python3 f.py} for that file.
 */
class SyntaxErrorPrinterTest {
    static Stream<Arguments> cpythonCases() {
        return Stream.of(
                cpython(Kind.SYNTAX_ERROR, "'(' was never closed", 1, 5, 1, 0, "x = (1 +\n",
                        "  File \"e1.py\", line 1\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n"),
                cpython(Kind.SYNTAX_ERROR, "invalid syntax", 2, 15, 2, 15, "    return 1 +\n",
                        "  File \"e2.py\", line 2\n    return 1 +\n              ^\nSyntaxError: invalid syntax\n"),
                cpython(Kind.INDENTATION_ERROR, "unindent does not match any outer indentation level", 3, 12, 3, -1, "      y = 2\n",
                        "  File \"e3.py\", line 3\n    y = 2\n         ^\nIndentationError: unindent does not match any outer indentation level\n"),
                cpython(Kind.INDENTATION_ERROR, "unexpected indent", 2, 4, 2, -1, "    foo bar baz\n",
                        "  File \"e4.py\", line 2\n    foo bar baz\nIndentationError: unexpected indent\n"),
                cpython(Kind.INDENTATION_ERROR, "unexpected indent", 1, 1, 1, -1, "\tx = 1 2 3\n",
                        "  File \"e5.py\", line 1\n    x = 1 2 3\nIndentationError: unexpected indent\n"),
                cpython(Kind.SYNTAX_ERROR, "Generator expression must be parenthesized", 1, 3, 1, 15, "f(a for a in b, c)\n",
                        "  File \"e6.py\", line 1\n    f(a for a in b, c)\n      ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n"),
                cpython(Kind.SYNTAX_ERROR, "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = \"abc",
                        "  File \"e7.py\", line 1\n    x = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"),
                cpython(Kind.SYNTAX_ERROR, "invalid syntax. Perhaps you forgot a comma?", 3, 2, 3, 5, " 2 3)\n",
                        "  File \"e9.py\", line 3\n    2 3)\n    ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
                cpython(Kind.SYNTAX_ERROR, "unmatched ')'", 1, 15, 1, 15, "s = \"héllo\" + ) ",
                        "  File \"u1.py\", line 1\n    s = \"héllo\" + ) \n                  ^\nSyntaxError: unmatched ')'\n"),
                cpython(Kind.SYNTAX_ERROR, "invalid syntax. Perhaps you forgot a comma?", 1, 6, 3, 3, "x = (1 +\n",
                        "  File \"m1.py\", line 1\n    x = (1 +\n         ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
                cpython(Kind.SYNTAX_ERROR, "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9, "f(**x, *y)\n",
                        "  File \"g1.py\", line 1\n    f(**x, *y)\n           ^\nSyntaxError: iterable argument unpacking follows keyword argument unpacking\n"),
                cpython(Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "        pass\n",
                        "  File \"tab.py\", line 3\n    pass\nTabError: inconsistent use of tabs and spaces in indentation\n")
        );
    }

    private static Arguments cpython(Kind kind, String msg, int lineno, int offset, int endLineno, int endOffset,
                                  String text, String expected) {
        String file = expected.substring(expected.indexOf('"') + 1, expected.indexOf("\", line"));
        return Arguments.of(new SyntaxErrorException(kind, msg, file, lineno, offset, endLineno, endOffset, text),
                expected);
    }

    @ParameterizedTest
    @MethodSource("cpythonCases")
    void printsAsCPython(SyntaxErrorException e, String expected) {
        assertEquals(expected, SyntaxErrorPrinter.format(e));
    }

    @org.junit.jupiter.api.Test
    void errorWithoutLineIsOnlyItsMessage() {
        // CPython's decoding errors carry no line number: only the last line is printed.
        var e = SyntaxErrorException.syntax("encoding problem: foo", "x.py", 0, 0, 0, 0, null);
        assertEquals("SyntaxError: encoding problem: foo\n", SyntaxErrorPrinter.format(e));
    }
}
