package org.taipan.frontcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.cli.CheckSyntax;
import org.taipan.parse.SyntaxErrorException;

/** {@link CheckSyntax}'s walking, reporting and robustness, with a fake front end. */
class CheckSyntaxTest {
    /** Rejects sources containing "BAD", overflows on "DEEP", crashes on "BOOM". */
    private static final CheckSyntax.FrontEnd FAKE = (data, filename) -> {
        String s = new String(data, StandardCharsets.UTF_8);
        if (s.contains("BAD")) {
            throw SyntaxErrorException.syntax("invalid syntax", filename, 2, 3, 2, 4, "BAD\n");
        }
        if (s.contains("DEEP")) {
            // A real overflow on a 512 MB stack costs seconds; the catch is what is tested.
            throw new StackOverflowError();
        }
        if (s.contains("BOOM")) {
            throw new IllegalStateException("boom");
        }
    };

    private record Run(int status, String out) {}

    private static Run run(CheckSyntax.FrontEnd fe, Path... roots) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CheckSyntax.run(List.of(roots), fe, 2, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8));
    }

    private static void write(Path p, String s) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, s);
    }

    @Test
    void cleanTreeExitsZero(@TempDir Path dir) throws IOException {
        write(dir.resolve("a.py"), "x = 1\n");
        write(dir.resolve("sub/b.py"), "y = 2\n");
        write(dir.resolve("sub/notes.txt"), "BAD\n");
        Run r = run(FAKE, dir);
        assertEquals(0, r.status(), r.out());
        assertEquals("2 files, 0 errors\n", r.out());
    }

    @Test
    void syntaxErrorsArePrintedInSortedOrder(@TempDir Path dir) throws IOException {
        write(dir.resolve("b.py"), "BAD\n");
        write(dir.resolve("a/z.py"), "BAD\n");
        write(dir.resolve("c.py"), "ok\n");
        Run r = run(FAKE, dir);
        assertEquals(1, r.status());
        assertEquals(dir.resolve("a/z.py") + ":2:3: SyntaxError: invalid syntax\n"
                + dir.resolve("b.py") + ":2:3: SyntaxError: invalid syntax\n"
                + "3 files, 2 errors\n", r.out());
    }

    @Test
    void crashesAndStackOverflowsAreInternalErrorsNotFatal(@TempDir Path dir) throws IOException {
        write(dir.resolve("a.py"), "DEEP\n");
        write(dir.resolve("b.py"), "BOOM\n");
        write(dir.resolve("c.py"), "BAD\n");
        write(dir.resolve("d.py"), "fine\n");
        Run r = run(FAKE, dir);
        assertEquals(2, r.status(), r.out());
        String[] lines = r.out().split("\n");
        assertEquals(4, lines.length, r.out());
        assertEquals(dir.resolve("a.py") + ": INTERNAL ERROR: java.lang.StackOverflowError", lines[0]);
        assertEquals(dir.resolve("b.py") + ": INTERNAL ERROR: java.lang.IllegalStateException: boom", lines[1]);
        assertTrue(lines[2].endsWith("c.py:2:3: SyntaxError: invalid syntax"), lines[2]);
        assertEquals("4 files, 1 errors, 2 internal errors", lines[3]);
    }

    @Test
    void nullBytesAreASyntaxErrorOnTheirLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("n.py");
        Files.write(f, "x = 1\ny = 2\0\nz = 3\n".getBytes(StandardCharsets.UTF_8));
        Run r = run((data, filename) -> { }, f);
        assertEquals(1, r.status());
        assertEquals(f + ":2:0: SyntaxError: source code cannot contain null bytes\n1 files, 1 errors\n", r.out());
    }

    @Test
    void explicitFileIsCheckedWhateverItsName(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("script");
        write(f, "BAD\n");
        Run r = run(FAKE, f);
        assertEquals(1, r.status());
        assertTrue(r.out().endsWith("1 files, 1 errors\n"), r.out());
    }

    @Test
    void missingPathIsAnError(@TempDir Path dir) {
        Run r = run(FAKE, dir.resolve("nope"));
        assertEquals(2, r.status());
        assertEquals("0 files, 0 errors\n", r.out());
    }

    @Test
    void symlinkLoopsAreNotFollowed(@TempDir Path dir) throws IOException {
        write(dir.resolve("d/a.py"), "x\n");
        try {
            Files.createSymbolicLink(dir.resolve("d/loop"), dir.resolve("d"));
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        Run r = run(FAKE, dir);
        assertEquals(0, r.status(), r.out());
        assertEquals("1 files, 0 errors\n", r.out());
    }
}
