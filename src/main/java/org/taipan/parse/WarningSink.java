package org.taipan.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the front end sends its warnings: CPython's tokenizer, string decoder and compiler call
 * {@code PyErr_WarnExplicitObject} for {@code DeprecationWarning: invalid escape sequence '\d'},
 * {@code SyntaxWarning: "is" with a literal} and the like. The front end has no interpreter, so
 * its caller gives it a sink: the interpreter's issues each warning at once through the warnings
 * machinery ({@code compile()}, {@code exec}, imports); {@link Collected} keeps them for a caller
 * that has no interpreter yet (the main script) to issue before running the code.
 *
 * <p>CPython's rule for a warning that the filters turn into an error: the front end raises
 * {@code SyntaxError} with the warning's message at the warning's location instead. A sink says
 * so by returning true; the front end then throws {@link Warning#asError}.
 */
@FunctionalInterface
public interface WarningSink {
    /** The warning categories the front end uses. */
    enum Category { SYNTAX_WARNING, DEPRECATION_WARNING }

    /**
     * One warning.
     *
     * @param lineno  1-based line the warning is attributed to
     * @param asError the SyntaxError that replaces the warning when it is turned into an error
     */
    record Warning(Category category, String message, String filename, int lineno, SyntaxErrorException asError) {}

    /**
     * Issues {@code w}.
     *
     * @return true when the warning became an error of its own category: the front end then throws
     *         {@code w.asError()}
     */
    boolean warn(Warning w);

    /** Drops every warning ({@code --check-syntax}, the traceback printer's re-parses). */
    WarningSink IGNORE = w -> false;

    /** Keeps the warnings in order, for {@code Interpreter.runMain} to issue. */
    final class Collected implements WarningSink {
        private final List<Warning> warnings = new ArrayList<>();

        @Override
        public boolean warn(Warning w) {
            warnings.add(w);
            return false;
        }

        /** The warnings in the order the front end gave them. */
        public List<Warning> warnings() {
            return List.copyOf(warnings);
        }
    }
}
