package org.taipan.compile;

import org.taipan.parse.SyntaxErrorException;

/**
 * How deeply a compilation may nest statements and expressions: CPython 3.11's symbol table
 * pass ({@code symtable.c}, as {@code ast_opt.c}) counts one unit per statement or expression it
 * enters and raises {@code RecursionError: maximum recursion depth exceeded during compilation}
 * past {@code COMPILER_STACK_FRAME_SCALE} (3) units per frame of {@code sys.getrecursionlimit()},
 * the Python frames active at the call already using their share. So {@code x = 1 + 1 + ...}
 * with 3,000 terms fails in a script run with the default limit of 1000.
 *
 * @param start the units already used (3 per active Python frame), 0 or more
 * @param limit the units the compilation may reach (3 per frame of the recursion limit)
 */
public record RecursionBudget(int start, int limit) {
    /** CPython's {@code COMPILER_STACK_FRAME_SCALE}. */
    public static final int FRAME_SCALE = 3;

    /** CPython's message for this RecursionError. */
    public static final String MESSAGE = "maximum recursion depth exceeded during compilation";

    /** The budget of a compilation with no Python frame active and the default recursion limit 1000. */
    public static final RecursionBudget DEFAULT = of(0, 1000);

    /**
     * The budget of a compilation started under {@code frames} active Python frames with
     * recursion limit {@code recursionLimit} (scaled without overflow, as CPython does).
     */
    public static RecursionBudget of(int frames, int recursionLimit) {
        return new RecursionBudget(scale(frames), scale(recursionLimit));
    }

    private static int scale(int n) {
        return n < Integer.MAX_VALUE / FRAME_SCALE ? n * FRAME_SCALE : n;
    }

    /** The error raised when a compilation goes past its limit (no position, as in CPython). */
    static SyntaxErrorException exceeded(String filename) {
        return new SyntaxErrorException(SyntaxErrorException.Kind.RECURSION_ERROR, MESSAGE, filename, 0, 0, 0, 0, null);
    }
}
