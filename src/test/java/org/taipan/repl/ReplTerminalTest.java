package org.taipan.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive interpreter as a person uses it: the real {@code ./taipan} started with no
 * arguments in a tmux pseudo-terminal, typed at key by key, and the screen read back. One
 * session covers most checks (each JVM start costs seconds on a loaded machine); a second one,
 * with the same {@code HOME}, checks that history persisted. Every wait polls the screen until
 * a deadline, never sleeping a fixed time. Skipped when tmux is not installed.
 */
class ReplTerminalTest {
    private static final String PROMPT = ">>>";
    private static final String MORE = "...";

    @BeforeAll
    static void needsTmux() {
        assumeTrue(TmuxScreen.available(), "tmux is not installed: the terminal tests of the REPL need it");
    }

    private static Path projectRoot() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }

    private static TmuxScreen startRepl(Path home) throws IOException, InterruptedException {
        TmuxScreen screen = TmuxScreen.start(projectRoot(), home, "env -u TAIPAN_JAVA_OPTS ./taipan");
        screen.await("the banner and first prompt", TmuxScreen.START_SECONDS,
                s -> s.contains("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.")
                        && TmuxScreen.lastLine(s).equals(PROMPT));
        return screen;
    }

    @Test
    void aSessionAtTheTerminal(@TempDir Path home) throws IOException, InterruptedException {
        try (TmuxScreen screen = startRepl(home)) {
            String banner = screen.text();
            assertTrue(banner.startsWith("Python 3.11."), banner);
            assertTrue(banner.lines().findFirst().orElseThrow().endsWith(" on linux"), banner);

            // results are printed with repr, None is not, and _ holds the last value
            screen.line("6 * 7");
            screen.await("42", TmuxScreen.STEP_SECONDS, s -> s.endsWith(">>> 6 * 7\n42\n>>>"));
            screen.line("None");
            screen.await("no output for None", TmuxScreen.STEP_SECONDS, s -> s.endsWith(">>> None\n>>>"));
            screen.line("_ + 1, 'x'");
            screen.await("(43, 'x')", TmuxScreen.STEP_SECONDS, s -> s.endsWith("\n(43, 'x')\n>>>"));

            // a block: the continuation line is pre-indented after ':' and an empty line ends it
            screen.line("def twice(n):");
            screen.awaitPrompt(MORE);
            screen.line("return n * 2");
            screen.awaitPrompt(MORE);
            screen.press("Enter");
            screen.awaitPrompt(PROMPT);
            screen.line("twice(21)");
            String s1 = screen.await("42 from the function", TmuxScreen.STEP_SECONDS, s -> s.endsWith("twice(21)\n42\n>>>"));
            assertTrue(s1.contains(">>> def twice(n):\n...     return n * 2\n"), s1);

            // a traceback, and the session goes on
            screen.line("1/0");
            screen.await("the traceback", TmuxScreen.STEP_SECONDS, s -> s.endsWith("""
                    >>> 1/0
                    Traceback (most recent call last):
                      File "<stdin>", line 1, in <module>
                    ZeroDivisionError: division by zero
                    >>>"""));
            screen.line("print('still here')");
            screen.await("the next result", TmuxScreen.STEP_SECONDS, s -> s.endsWith("\nstill here\n>>>"));

            // a SyntaxError is printed as CPython's and the session goes on
            screen.line("for x in");
            screen.await("the SyntaxError", TmuxScreen.STEP_SECONDS, s -> s.endsWith("""
                    >>> for x in
                      File "<stdin>", line 1
                        for x in
                                ^
                    SyntaxError: invalid syntax
                    >>>"""));

            // Ctrl-C at the prompt drops the line
            screen.type("this is dropped");
            screen.await("the typed text", TmuxScreen.STEP_SECONDS, s -> s.endsWith(">>> this is dropped"));
            screen.press("C-c");
            screen.await("KeyboardInterrupt", TmuxScreen.STEP_SECONDS,
                    s -> s.endsWith(">>> this is dropped\nKeyboardInterrupt\n>>>"));

            // Ctrl-C interrupts running code with KeyboardInterrupt
            screen.line("def spin():");
            screen.awaitPrompt(MORE);
            screen.line("print('spinning')");
            screen.awaitPrompt(MORE);
            screen.line("while True: pass");
            screen.awaitPrompt(MORE);
            screen.press("Enter");
            screen.awaitPrompt(PROMPT);
            screen.line("spin()");
            screen.await("the loop running", TmuxScreen.STEP_SECONDS, s -> s.endsWith(">>> spin()\nspinning"));
            screen.press("C-c");
            screen.await("the interrupted loop's traceback", TmuxScreen.STEP_SECONDS, s -> s.contains("""
                    Traceback (most recent call last):
                      File "<stdin>", line 1, in <module>
                      File "<stdin>", line 3, in spin
                    KeyboardInterrupt
                    """) && TmuxScreen.lastLine(s).equals(PROMPT));

            // tab completion: keywords, module names after import, attributes
            screen.type("imp");
            screen.press("Tab");
            screen.await("import completed", TmuxScreen.STEP_SECONDS, s -> s.endsWith(">>> import"));
            screen.type("os.pa");
            screen.press("Tab");
            screen.await("os.path completed", TmuxScreen.STEP_SECONDS, s -> s.endsWith(">>> import os.path"));
            screen.press("Enter");
            screen.awaitPrompt(PROMPT);
            screen.type("os.path.jo");
            screen.press("Tab");
            screen.await("os.path.join( completed", TmuxScreen.STEP_SECONDS, s -> s.endsWith(">>> os.path.join("));
            screen.line("'a', 'b')");
            screen.await("the joined path", TmuxScreen.STEP_SECONDS, s -> s.endsWith("\n'a/b'\n>>>"));

            screen.type("from os.path import spl");
            screen.press("Tab");
            screen.await("splitext completed as far as it is common", TmuxScreen.STEP_SECONDS,
                    s -> s.endsWith(">>> from os.path import split"));
            screen.press("C-u");
            screen.awaitPrompt(PROMPT);

            // output without a newline stays in front of the next prompt, as CPython shows it
            screen.line("print('no newline', end='')");
            screen.await("the output before the prompt", TmuxScreen.STEP_SECONDS, s -> s.endsWith("\nno newline>>>"));

            // Ctrl-D on an empty line leaves with status 0
            screen.line("remembered = 12345");
            screen.awaitPrompt(PROMPT);
            screen.press("C-d");
            screen.await("exit status 0", TmuxScreen.STEP_SECONDS, s -> s.endsWith("\nEXIT=0"));
        }
        assertTrue(Files.exists(home.resolve(".taipan_history")), "no ~/.taipan_history written");

        // a second session finds the history of the first; exit(3) leaves with status 3
        try (TmuxScreen screen = startRepl(home)) {
            screen.press("Up");
            screen.await("the last line of the previous session", TmuxScreen.STEP_SECONDS,
                    s -> s.endsWith(">>> remembered = 12345"));
            screen.press("Enter");
            screen.awaitPrompt(PROMPT);
            screen.line("remembered");
            screen.await("12345", TmuxScreen.STEP_SECONDS, s -> s.endsWith("\n12345\n>>>"));
            screen.line("exit(3)");
            screen.await("exit status 3", TmuxScreen.STEP_SECONDS, s -> s.endsWith("\nEXIT=3"));
        }
    }
}
