package org.taipan.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Lines from a stream that is not a terminal ({@code taipan -i < file}): as CPython's
 * interactive loop over a plain file, each prompt is written to standard error and each line
 * read as it comes, byte by byte, so that whatever the program reads later from standard input
 * ({@code input()}) starts where the statement ended.
 */
final class StreamLineInput implements LineInput {
    private final InputStream in;
    private final PrintStream promptOut;

    /**
     * @param in        standard input
     * @param promptOut where prompts go (standard error)
     */
    StreamLineInput(InputStream in, PrintStream promptOut) {
        this.in = in;
        this.promptOut = promptOut;
    }

    @Override
    public String readLine(String prompt, String prefill) {
        promptOut.print(prompt);
        promptOut.flush();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                line.write(b);
            }
            if (b < 0 && line.size() == 0) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public boolean editable() {
        return false;
    }

    @Override
    public void close() {
        // standard input stays open for the rest of the process
    }
}
