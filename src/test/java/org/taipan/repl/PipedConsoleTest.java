package org.taipan.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.runtime.InterpreterOptions;

/**
 * The console over a standard input that is not a terminal ({@code python3 -i -q < file}):
 * statements read one by one, prompts on standard error, results on standard output. The
 * expected texts are what CPython 3.11.7 printed for the same input.
 */
class PipedConsoleTest {
    private record Run(int status, String stdout, String stderr) {}

    private static Run run(String input) {
        return run(input, null);
    }

    private static Run run(String input, String startupFile) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        InterpreterOptions options = new InterpreterOptions(List.of(""),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), stdout, stderr, Map.of(), 0, List.of());
        int status = InteractiveMain.run(options, true, startupFile);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void statementsResultsErrorsAndExitAsCPython() {
        Run r = run("""
                x = 6
                x * 7
                _ + 1
                None
                def f(n):
                    return n * 2

                f(x)
                import sys; sys.ps1 = "py> "
                1/0
                if 1:
                  print("a")
                print("end")
                class A:

                (1,
                 2)
                \"""doc

                \"""
                exit(5)
                print("not reached")
                """);
        assertEquals("42\n43\n12\n(1, 2)\n'doc\\n\\n'\n", r.stdout());
        assertEquals("""
                >>> >>> >>> >>> >>> ... ... >>> >>> py> Traceback (most recent call last):
                  File "<stdin>", line 1, in <module>
                ZeroDivisionError: division by zero
                py> ... ...   File "<stdin>", line 3
                    print("end")
                    ^^^^^
                SyntaxError: invalid syntax
                py> ...   File "<stdin>", line 2
                   \s
                    ^
                IndentationError: expected an indented block after class definition on line 1
                py> ... py> ... ... py>\s""", r.stderr());
        assertEquals(5, r.status());
    }

    private static Run main(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = org.taipan.cli.Main.run(args, Map.of(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void dashIEntersTheConsoleInTheProgramsNamespaceEvenAfterSystemExit() {
        Run r = main("x\ny\n", "-i", "-c", "x = 5; raise SystemExit(3)");
        assertEquals("5\n", r.stdout());
        assertEquals("""
                Traceback (most recent call last):
                  File "<string>", line 1, in <module>
                SystemExit: 3
                >>> >>> Traceback (most recent call last):
                  File "<stdin>", line 1, in <module>
                NameError: name 'y' is not defined
                >>>\s
                """, r.stderr());
        assertEquals(0, r.status());
    }

    @Test
    void dashIEntersTheConsoleAfterASyntaxError() {
        Run r = main("print(1)\n", "-i", "-c", "1 +");
        assertEquals("1\n", r.stdout());
        assertEquals("""
                  File "<string>", line 1
                    1 +
                       ^
                SyntaxError: invalid syntax
                >>> >>>\s
                """, r.stderr());
        assertEquals(0, r.status());
    }

    @Test
    void startupFileRunsInMainBeforeTheFirstPromptAndItsErrorIsPrinted(@TempDir Path dir) throws IOException {
        Path startup = dir.resolve("startup.py");
        Files.writeString(startup, "x = 40\nprint('startup ran')\n1/0\n");
        Run r = run("x + 2\n", startup.toString());
        assertEquals("startup ran\n42\n", r.stdout());
        assertEquals("Traceback (most recent call last):\n  File \"" + startup + "\", line 3, in <module>\n"
                + "    1/0\n    ~^~\nZeroDivisionError: division by zero\n>>> >>> \n", r.stderr());
    }

    @Test
    void aMissingStartupFileIsReported(@TempDir Path dir) {
        Run r = run("", dir.resolve("missing.py").toString());
        assertEquals("Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno 2] No such file or directory: '"
                + dir.resolve("missing.py") + "'\n>>> \n", r.stderr());
    }

    @Test
    void siteBuiltinsSayHowToLeaveAndWhatTheBannerNames() {
        Run r = run("exit\ncredits\ntype(quit).__name__\n");
        assertEquals("""
                Use exit() or Ctrl-D (i.e. EOF) to exit
                    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
                    for supporting Python development.  See www.python.org for more information.
                'Quitter'
                """, r.stdout());
    }

    @Test
    void endOfInputEndsWithStatusZeroAndANewline() {
        Run r = run("'a' + 'b'\n# only a comment\n\n@dec\n\n");
        assertEquals("'ab'\n", r.stdout());
        assertEquals("""
                >>> >>> >>> >>> ...   File "<stdin>", line 2
                   \s
                    ^
                SyntaxError: invalid syntax
                >>>\s
                """, r.stderr());
        assertEquals(0, r.status());
    }
}
