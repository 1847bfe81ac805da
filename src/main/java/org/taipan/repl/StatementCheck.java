package org.taipan.repl;

import java.util.List;

import org.taipan.ast.Mod;
import org.taipan.ast.Stmt;
import org.taipan.parse.Mode;
import org.taipan.parse.Parser;
import org.taipan.parse.SyntaxErrorException;
import org.taipan.parse.Token;
import org.taipan.parse.Tokenizer;
import org.taipan.parse.WarningSink;

/**
 * Decides whether the lines typed so far at the interactive prompt form one statement to run,
 * need a continuation line, or are a syntax error: the decision CPython 3.11's interactive
 * tokenizer and parser make while they pull lines ({@code tok_underflow_interactive},
 * {@code interactive_rule}), which {@code codeop} approximates.
 *
 * <ul>
 *   <li>Blank and comment-only input is nothing to run ({@link Result.Empty}).</li>
 *   <li>Input the parser gave up on at its end (an open bracket, an unterminated triple-quoted
 *       string, a trailing backslash, a block header without its body, a decorator without its
 *       definition) needs more lines ({@link Result.Incomplete}); an open bracket or string also
 *       takes blank lines.</li>
 *   <li>A compound statement ({@code if}, {@code def}, {@code class}, ...) ends only at a blank
 *       line (a line of white space); a line at its outer indentation that is not a continuation
 *       clause is "invalid syntax", as CPython reports it.</li>
 *   <li>A simple statement is complete when it parses.</li>
 * </ul>
 *
 * <p>The check parses the buffer as a module ({@code exec} mode) without running or compiling
 * anything; the complete statement is then compiled in {@code single} mode by the console.
 */
public final class StatementCheck {
    private StatementCheck() {}

    /** The outcome of {@link #check}. */
    public sealed interface Result {
        /** Nothing but white space and comments: prompt again with {@code sys.ps1}. */
        record Empty() implements Result {}

        /** More lines are needed: prompt with {@code sys.ps2}. */
        record Incomplete() implements Result {}

        /** One statement, ready to compile in {@code single} mode. */
        record Complete(String source) implements Result {}

        /** A syntax error to report; the lines are discarded. */
        record Error(SyntaxErrorException error) implements Result {}
    }

    /**
     * Checks the lines typed so far (without their line ends).
     *
     * @param lines    at least one line
     * @param filename the name errors carry ({@code "<stdin>"})
     * @return never null; no Java exception for any input
     */
    public static Result check(List<String> lines, String filename) {
        String source = String.join("\n", lines) + "\n";
        boolean lastBlank = lines.get(lines.size() - 1).isBlank();
        Mod mod;
        try {
            mod = Parser.parse(source, filename, Mode.EXEC, WarningSink.IGNORE);
        } catch (SyntaxErrorException e) {
            return needsMore(e, lines, lastBlank) ? new Result.Incomplete() : new Result.Error(located(e));
        } catch (RuntimeException e) {
            // The front end promises SyntaxErrors only; never lose the session over its bug.
            return new Result.Error(SyntaxErrorException.syntax("invalid syntax", filename, lines.size(), 1,
                    lines.size(), 2, lines.get(lines.size() - 1) + "\n"));
        }
        List<Stmt> body = ((Mod.Module) mod).body();
        if (body.isEmpty()) {
            // a comment alone is nothing to run, as CPython's interactive loop treats it
            return new Result.Empty();
        }
        if (!Stmt.isCompound(body.get(0))) {
            return new Result.Complete(source);
        }
        if (body.size() > 1) {
            return new Result.Error(invalidSyntaxAt(body.get(1), lines, filename));
        }
        return lastBlank ? new Result.Complete(source) : new Result.Incomplete();
    }

    /** Whether the parser stopped for want of input rather than at a wrong token. */
    private static boolean needsMore(SyntaxErrorException e, List<String> lines, boolean lastBlank) {
        String msg = e.msg == null ? "" : e.msg;
        if (msg.endsWith("was never closed") || msg.startsWith("unterminated triple-quoted string")) {
            // inside brackets or a long string a blank line is just another line
            return true;
        }
        if (lastBlank) {
            return false;
        }
        // offset 0: the parser met the end of input where a token was due ("@dec" wants its def)
        if (e.atEndOfInput || e.offset == 0 || msg.equals("unexpected EOF while parsing")) {
            return true;
        }
        // a decorator as the last line (even inside a block) waits for its definition
        if (lines.get(lines.size() - 1).strip().startsWith("@")) {
            return true;
        }
        // "if x:" as the last line wants its body; "if x:" followed by an unindented line is wrong
        return msg.startsWith("expected an indented block") && e.lineno == lines.size()
                && e.offset > indentation(lines.get(lines.size() - 1)) + 1;
    }

    /**
     * An error the parser met at the end of input has no column in a file (offset 0); the
     * interactive tokenizer's last token has one, so CPython points at the line's first column.
     */
    private static SyntaxErrorException located(SyntaxErrorException e) {
        if (e.offset != 0) {
            return e;
        }
        return new SyntaxErrorException(e.kind, e.msg, e.filename, e.lineno, 1, e.lineno, 2, e.text);
    }

    private static int indentation(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t' || line.charAt(n) == '\f')) {
            n++;
        }
        return n;
    }

    /**
     * CPython's "invalid syntax" for a statement that follows a compound statement without the
     * blank line that ends it, located at the second statement's first token.
     */
    private static SyntaxErrorException invalidSyntaxAt(Stmt second, List<String> lines, String filename) {
        int line = second.pos().line();
        int col = second.pos().col();
        String text = line - 1 < lines.size() ? lines.get(line - 1) : "";
        int end = col + 1;
        try {
            Token t = new Tokenizer(text.substring(Math.min(text.length(), text.offsetByCodePoints(0, col))) + "\n",
                    filename).next();
            end = col + Math.max(1, t.endCol() - t.col());
        } catch (RuntimeException e) {
            // the token's extent only sets the caret's width
        }
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, "invalid syntax", filename, line,
                col + 1, line, end + 1, text + "\n");
    }
}
