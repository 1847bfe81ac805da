package org.taipan.repl;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What the program has written to the current line of the terminal after its last newline
 * ({@code print("x", end="")}), so that the console can show its prompt after it as CPython
 * does ({@code x>>> }): JLine redraws the whole line from column 0 when it starts reading, and
 * would otherwise wipe that text. The command line wraps the process's standard output with
 * {@link #track}; the console reads {@link #pending()} before each prompt and {@link #reset()}s
 * after each line read (JLine ended the line itself).
 */
public final class OutputLine {
    /** Longer unterminated output is shown as it is, without being repeated before the prompt. */
    private static final int LIMIT = 512;

    private static final byte[] tail = new byte[LIMIT];
    private static int length;
    private static boolean overflowed;

    private OutputLine() {}

    /** {@code out}, recording the bytes written after the last newline. */
    public static OutputStream track(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                record(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                record(b, off, len);
            }
        };
    }

    private static synchronized void record(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                length = 0;
                overflowed = false;
            } else if (length < LIMIT) {
                tail[length++] = b[i];
            } else {
                overflowed = true;
            }
        }
    }

    /** The text after the last newline written, or "" (also when it is too long to repeat). */
    static synchronized String pending() {
        return overflowed ? "" : new String(tail, 0, length, StandardCharsets.UTF_8);
    }

    /** The terminal is at the start of a line again. */
    static synchronized void reset() {
        length = 0;
        overflowed = false;
    }
}
