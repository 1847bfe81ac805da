package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taipan.ast.Mod;

/**
 * Round-trip checks against CPython 3.11: each case in {@code ast-cases.txt} holds a source and
 * CPython's {@code ast.dump(ast.parse(src), include_attributes=True)}, so shapes and every
 * node's position are compared.
 */
class ParserTest {
    record Case(String source, String expected) {}

    static List<Case> load(String resource) throws IOException {
        String text;
        try (InputStream in = ParserTest.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        for (String chunk : text.split("#### case\n")) {
            if (chunk.isEmpty()) {
                continue;
            }
            int sep = chunk.indexOf("#### expect\n");
            String src = chunk.substring(0, sep - 1); // without the newline before the separator
            String expected = chunk.substring(sep + "#### expect\n".length()).strip();
            cases.add(new Case(src, expected));
        }
        return cases;
    }

    static String dump(String src, boolean attributes) {
        Mod m = Parser.parse(src, "<test>", Mode.EXEC);
        return AstDump.dump(m, attributes);
    }

    @Test
    void everyCaseMatchesCPython() throws IOException {
        List<Case> cases = load("ast-cases.txt");
        assertTrue(cases.size() > 200);
        StringBuilder failures = new StringBuilder();
        int failed = 0;
        for (Case c : cases) {
            String got;
            try {
                got = dump(c.source(), true);
            } catch (SyntaxErrorException e) {
                got = "SyntaxError: " + e.msg + " " + e.lineno + ":" + e.offset;
            } catch (RuntimeException e) {
                got = e.toString();
            }
            if (!got.equals(c.expected())) {
                failed++;
                failures.append("\n--- ").append(c.source()).append("\nexpected: ").append(c.expected())
                        .append("\n     got: ").append(got);
            }
        }
        assertEquals(0, failed, failed + " of " + cases.size() + " cases differ:" + failures);
    }

    /**
     * {@code mode-cases.txt}: sources in exec, eval and single mode with CPython's AST dump (with
     * positions) or its syntax error (class, message, line, offset, end line, end offset).
     */
    @Test
    void everyModeCaseMatchesCPython() throws IOException {
        String text;
        try (InputStream in = ParserTest.class.getResourceAsStream("mode-cases.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder failures = new StringBuilder();
        int failed = 0;
        int total = 0;
        for (String chunk : text.split("#### case ")) {
            if (chunk.isEmpty()) {
                continue;
            }
            total++;
            int nl = chunk.indexOf('\n');
            Mode mode = Mode.valueOf(chunk.substring(0, nl));
            int sep = chunk.indexOf("\n#### expect\n");
            String src = chunk.substring(nl + 1, sep);
            String expected = chunk.substring(sep + "\n#### expect\n".length()).strip();
            String got;
            try {
                got = AstDump.dump(Parser.parse(src, "<s>", mode), true);
            } catch (SyntaxErrorException e) {
                got = e.kind.pythonName + "|" + e.msg + "|" + e.lineno + "|" + e.offset + "|" + e.endLineno + "|"
                        + e.endOffset;
            }
            if (!got.equals(expected)) {
                failed++;
                failures.append("\n--- ").append(mode).append(' ').append(src.replace("\n", "\\n"))
                        .append("\nexpected: ").append(expected).append("\n     got: ").append(got);
            }
        }
        assertTrue(total > 100);
        assertEquals(0, failed, failed + " of " + total + " cases differ:" + failures);
    }

    @Test
    void evalModeGivesExpression() {
        Mod m = Parser.parse("1 + 2\n", "<test>", Mode.EVAL);
        assertEquals("Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))",
                AstDump.dump(m, false));
    }

    @Test
    void evalModeTupleWithoutParentheses() {
        Mod m = Parser.parse("a, b", "<test>", Mode.EVAL);
        assertEquals("Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))",
                AstDump.dump(m, false));
    }

    @Test
    void singleModeGivesInteractive() {
        Mod m = Parser.parse("x = 1\n", "<test>", Mode.SINGLE);
        assertEquals("Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])",
                AstDump.dump(m, false));
    }

    @Test
    void singleModeCompoundStatement() {
        Mod m = Parser.parse("if x:\n    pass\n\n", "<test>", Mode.SINGLE);
        assertEquals("Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])])",
                AstDump.dump(m, false));
    }

    @Test
    void emptyModule() {
        assertEquals("Module(body=[], type_ignores=[])", dump("", false));
        assertEquals("Module(body=[], type_ignores=[])", dump("\n\n# comment\n", false));
    }
}
