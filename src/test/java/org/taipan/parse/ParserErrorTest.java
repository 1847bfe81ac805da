package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Syntax errors against CPython 3.11: each case in {@code error-cases.txt} holds a source and
 * what {@code compile(src, '<test>', 'exec')} raises there: exception class, message, line,
 * offset, end line and end offset.
 */
class ParserErrorTest {
    static String describe(String src) {
        try {
            Parser.parse(src, "<test>", Mode.EXEC);
            return "no error";
        } catch (SyntaxErrorException e) {
            return e.kind.pythonName + "|" + e.msg + "|" + e.lineno + "|" + e.offset + "|" + e.endLineno + "|"
                    + e.endOffset;
        } catch (RuntimeException | StackOverflowError e) {
            return e.toString();
        }
    }

    @Test
    void everyErrorMatchesCPython() throws IOException {
        List<ParserTest.Case> cases = ParserTest.load("error-cases.txt");
        assertTrue(cases.size() > 200);
        StringBuilder failures = new StringBuilder();
        int failed = 0;
        int checked = 0;
        for (ParserTest.Case c : cases) {
            if (c.expected().contains("|duplicate argument")) {
                continue; // raised by the symbol table, not the parser
            }
            checked++;
            String got = describe(c.source());
            if (!got.equals(c.expected())) {
                failed++;
                failures.append("\n--- ").append(c.source().replace("\n", "\\n")).append("\nexpected: ")
                        .append(c.expected()).append("\n     got: ").append(got);
            }
        }
        assertEquals(0, failed, failed + " of " + checked + " cases differ:" + failures);
    }

    @Test
    void deepUnaryChainIsMemoryErrorNotStackOverflow() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> Parser.parse("-".repeat(100000) + "1", "<test>", Mode.EXEC));
        assertEquals(SyntaxErrorException.Kind.MEMORY_ERROR, e.kind);
    }

    @Test
    void deepNotChainIsMemoryError() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> Parser.parse("not ".repeat(100000) + "1", "<test>", Mode.EXEC));
        assertEquals(SyntaxErrorException.Kind.MEMORY_ERROR, e.kind);
    }

    @Test
    void moderatelyDeepNestingParses() {
        assertEquals("no error", describe("-".repeat(2000) + "1\n"));
        assertEquals("no error", describe("(".repeat(150) + "1" + ")".repeat(150) + "\n"));
        assertEquals("no error", describe("x = " + "lambda: ".repeat(500) + "1\n"));
    }

    @Test
    void deepPowerAndLambdaChainsNeverOverflowTheJavaStack() {
        String pow = describe("x = " + "a ** ".repeat(50000) + "1\n");
        assertTrue(pow.startsWith("MemoryError"), pow);
        String lam = describe("x = " + "lambda: ".repeat(50000) + "1\n");
        assertTrue(lam.startsWith("MemoryError"), lam);
        String ifs = describe("x = " + "a if b else ".repeat(50000) + "1\n");
        assertTrue(ifs.startsWith("MemoryError"), ifs);
    }
}
