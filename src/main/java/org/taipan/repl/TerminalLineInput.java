package org.taipan.repl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Buffer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.taipan.runtime.PendingEvents;

/**
 * Lines from the terminal through JLine: emacs-style editing, history kept in
 * {@link HistoryFile}, tab completion ({@link PythonCompleter}; Tab on a blank line indents),
 * continuation lines pre-filled with their indentation.
 *
 * <p>Signals: the terminal is built without JLine's own signal handlers, so SIGINT stays the
 * interpreter's ({@link PendingEvents#installSigintHandler}). While a line is read the terminal
 * is in raw mode and Ctrl-C arrives as a key, which ends the read with
 * {@link LineInput.Interrupted}; a SIGINT from elsewhere then interrupts the console's signal
 * wait ({@code ThreadState.beginSignalWait}) with the same effect. While code runs, Ctrl-C
 * raises {@code KeyboardInterrupt} in it, as for a script.
 */
final class TerminalLineInput implements LineInput {
    /** JLine reports what it cannot do (history file unwritable, ...) through java.util.logging. */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    private static final String INDENT_OR_COMPLETE = "taipan-indent-or-complete";

    private final Terminal terminal;
    private final LineReader reader;
    /** The lines after the first of a multi-line paste, given out one by one without a prompt. */
    private final Deque<String> pasted = new ArrayDeque<>();

    private TerminalLineInput(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
    }

    /**
     * Opens the process's terminal.
     *
     * @param completer the tab completer
     * @throws IOException when no terminal can be opened
     */
    static TerminalLineInput open(PythonCompleter completer) throws IOException {
        JLINE_LOG.setLevel(Level.OFF);
        // In raw mode JLine reads Ctrl-C as a key (its "interrupt" widget ends the read). Its
        // "software signals" would also raise SIGINT's handler from its input-pump thread, an
        // interrupt that can land after the read returned and cut the next one short.
        System.setProperty(TerminalBuilder.PROP_SOFTWARE_SIGNALS, "false");
        Terminal terminal = TerminalBuilder.builder().system(true).name("taipan").dumb(false)
                .nativeSignals(false).build();
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("taipan")
                .parser(new WordParser())
                .completer(completer)
                // Python source, not shell input: "!=" is no history event, and leading or repeated
                // blanks (indentation) are kept in the history
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                .option(LineReader.Option.HISTORY_REDUCE_BLANKS, false)
                .option(LineReader.Option.HISTORY_TIMESTAMPED, false)
                .option(LineReader.Option.COMPLETE_MATCHER_TYPO, false)
                .option(LineReader.Option.COMPLETE_MATCHER_CAMELCASE, false)
                .option(LineReader.Option.INSERT_BRACKET, false)
                .variable(LineReader.BLINK_MATCHING_PAREN, 0)
                // the continuation lines of a pasted block look like typed ones
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "... ")
                .history(new NonBlankHistory())
                .variable(LineReader.HISTORY_SIZE, 1000)
                .variable(LineReader.HISTORY_FILE_SIZE, 1000);
        Path history = HistoryFile.path();
        if (history != null) {
            builder.variable(LineReader.HISTORY_FILE, history);
        }
        LineReader reader = builder.build();
        reader.getWidgets().put(INDENT_OR_COMPLETE, () -> {
            Buffer b = reader.getBuffer();
            if (b.upToCursor().isBlank()) {
                b.write("    ");
            } else {
                reader.callWidget(LineReader.COMPLETE_WORD);
            }
            return true;
        });
        KeyMap<Binding> main = reader.getKeyMaps().get(LineReader.MAIN);
        main.bind(new Reference(INDENT_OR_COMPLETE), "\t");
        return new TerminalLineInput(terminal, reader);
    }

    @Override
    public String readLine(String prompt, String prefill) {
        if (!pasted.isEmpty()) {
            return pasted.poll();
        }
        String line;
        try {
            // What the program left on the line becomes part of the prompt, drawn again from column 0
            // over itself: JLine redraws lines from their start, and would wipe it.
            String pending = OutputLine.pending();
            if (!pending.isEmpty()) {
                terminal.writer().print('\r');
                terminal.writer().flush();
            }
            line = reader.readLine(pending + prompt, null, (org.jline.reader.MaskingCallback) null,
                    prefill.isEmpty() ? null : prefill);
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return null;
        } finally {
            OutputLine.reset();
        }
        // a bracketed paste may bring several lines at once
        String[] lines = line.split("\r?\n", -1);
        for (int i = 1; i < lines.length; i++) {
            pasted.add(lines[i]);
        }
        return lines[0];
    }

    /**
     * JLine's history without blank lines: the pre-filled indentation that ends a block is no
     * line worth recalling (readline's history leaves out empty lines).
     */
    private static final class NonBlankHistory extends org.jline.reader.impl.history.DefaultHistory {
        @Override
        public void add(java.time.Instant time, String line) {
            if (!line.isBlank()) {
                super.add(time, line);
            }
        }
    }

    @Override
    public boolean editable() {
        return true;
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException e) {
            // an unwritable history file only loses the history
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // the process is ending anyway
        }
    }
}
