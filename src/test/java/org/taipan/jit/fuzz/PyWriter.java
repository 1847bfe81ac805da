package org.taipan.jit.fuzz;

/**
 * Accumulates Python source lines at an indentation level (four spaces per level), so the
 * generator can open and close blocks without counting spaces itself.
 */
final class PyWriter {
    private final StringBuilder text = new StringBuilder();
    private int indent;
    private int lines;
    /** Line counts at each open block, to give an empty block its {@code pass}. */
    private final java.util.ArrayDeque<Integer> opened = new java.util.ArrayDeque<>();

    /** Appends one line at the current indentation; {@code line} holds no newline. */
    void line(String line) {
        text.repeat("    ", indent).append(line).append('\n');
        lines++;
    }

    /** Appends {@code header} (ending in {@code :}) and indents what follows by one level. */
    void open(String header) {
        line(header);
        opened.push(lines);
        indent++;
    }

    /** Ends the innermost block opened with {@link #open}, writing {@code pass} into it if it is empty. */
    void close() {
        if (indent == 0) {
            throw new IllegalStateException("no open block");
        }
        if (opened.pop() == lines) {
            line("pass");
        }
        indent--;
    }

    /** The number of lines written so far (the next line's number is this plus one). */
    int lineCount() {
        return lines;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
