package org.taipan.repl;

/**
 * Where the console's lines come from: a terminal with line editing ({@link TerminalLineInput})
 * or a plain stream ({@link StreamLineInput}). Called on the console's thread without the GIL.
 */
interface LineInput extends AutoCloseable {
    /**
     * Shows {@code prompt} and reads one line.
     *
     * @param prompt  the prompt ({@code str(sys.ps1)} or {@code str(sys.ps2)})
     * @param prefill text the line starts with, which the user may edit (auto-indent); ignored
     *                by inputs that cannot edit
     * @return the line without its line end, or null at end of input (Ctrl-D on an empty line)
     * @throws Interrupted when the user pressed Ctrl-C while the line was being typed
     */
    String readLine(String prompt, String prefill);

    /** Whether continuation lines may be pre-filled with indentation. */
    boolean editable();

    @Override
    void close();

    /** Ctrl-C at the prompt: the statement being typed is dropped. */
    final class Interrupted extends RuntimeException {
        Interrupted() {
            super("KeyboardInterrupt", null, false, false);
        }
    }
}
