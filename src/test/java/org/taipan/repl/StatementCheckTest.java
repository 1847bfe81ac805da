package org.taipan.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taipan.parse.SyntaxErrorException;

/**
 * When the prompt asks for a continuation line: lines separated by {@code |}, and what
 * CPython 3.11's interactive loop does after the last of them (checked with
 * {@code python3 -i < file}).
 */
class StatementCheckTest {
    private static StatementCheck.Result check(String lines) {
        return StatementCheck.check(List.of(lines.split("\\|", -1)), "<stdin>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "1 + 1; Complete",
            "``; Empty",
            "`   `; Empty",
            "# just a comment; Empty",
            "x = (1,; Incomplete",
            "x = (1,|; Incomplete",
            "x = (1,|2); Complete",
            "'''doc; Incomplete",
            "'''doc||; Incomplete",
            "x = 1 + \\; Incomplete",
            "if 1:; Incomplete",
            "if 1:|  pass; Incomplete",
            "if 1:|  pass|else:; Incomplete",
            "if 1:|  pass|else:|  pass|; Complete",
            "if 1: pass; Incomplete",
            "if 1: pass|; Complete",
            "@dec; Incomplete",
            "@dec|def f(): pass; Incomplete",
            "class P:|    @property; Incomplete",
            "class P:|    @property|    def x(self): return 1; Incomplete",
            "try:|  pass; Incomplete",
            "class A:|  def f(self):; Incomplete",
            "class A:|  def f(self):|    return 1|; Complete",
            "for x in; Error",
            "def f(:; Error",
            "x = 1 +; Error",
            "'abc; Error",
            "if 1:|; Error",
            "@dec|; Error",
            "if 1:|x = 1; Error",
            "if 1:|  print('a')|print('end'); Error",
            "`  x = 1`; Error",
    })
    void continuationAsCPython(String lines, String expected) {
        StatementCheck.Result r = check(lines);
        assertEquals(expected, r.getClass().getSimpleName(), lines);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "if 1:|  print('a')|print('end'); SyntaxError; invalid syntax; 3; 1; 6",
            "if 1:|; IndentationError; expected an indented block after 'if' statement on line 1; 2; 1; -1",
    })
    void errorsAreLocatedAsCPython(String lines, String kind, String msg, int line, int offset, int endOffset) {
        SyntaxErrorException e = assertInstanceOf(StatementCheck.Result.Error.class, check(lines)).error();
        assertEquals(kind, e.kind.pythonName);
        assertEquals(msg, e.msg);
        assertEquals(line, e.lineno);
        assertEquals(offset, e.offset);
        if (endOffset >= 0) {
            assertEquals(endOffset, e.endOffset);
        }
    }
}
