package org.taipan.modules.io;

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
import org.taipan.cli.ProgramRunner;
import org.taipan.runtime.InterpreterOptions;

/**
 * What the differential programs cannot observe: data of files the program never closed reaches
 * the disk at exit, stdin with content, and descriptor 1 being the interpreter's own stdout.
 */
class StreamsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String source, String stdin) {
        ProgramRunner runner = new ProgramRunner(new InterpreterOptions(List.of("t.py"),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, false, StandardCharsets.UTF_8), new PrintStream(err, false, StandardCharsets.UTF_8),
                Map.of()));
        return runner.runSource(ProgramRunner.utf8(source), "t.py");
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void unclosedFilesAreFlushedAtExit(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("t.txt");
        Path bin = dir.resolve("b.bin");
        String src = "f = open(" + pyStr(text) + ", 'w')\nf.write('kept\\n')\n"
                + "g = open(" + pyStr(bin) + ", 'wb')\ng.write(b'\\x00\\x01')\n";
        assertEquals(0, run(src, ""), err.toString(StandardCharsets.UTF_8));
        assertEquals("kept\n", Files.readString(text));
        assertEquals(2, Files.readAllBytes(bin).length);
    }

    @Test
    void stdinIsReadByLinesAndInput() {
        String src = "import sys\nprint(repr(sys.stdin.readline()))\nprint(repr(input('>')))\n"
                + "print([l for l in sys.stdin])\ntry:\n    input()\nexcept EOFError as e:\n    print(e)\n";
        assertEquals(0, run(src, "first\nsecond\nthird\nfourth"), err.toString(StandardCharsets.UTF_8));
        assertEquals("'first\\n'\n>'second'\n['third\\n', 'fourth']\nEOF when reading a line\n", stdout());
    }

    /** CPython on POSIX opens stdin with newline="\n": "\r\n" and "\r" arrive untranslated. */
    @Test
    void stdinDoesNotTranslateLineEndings() {
        String src = "import sys\nprint(repr(input()))\nprint(repr(sys.stdin.readline()))\n"
                + "print(repr(sys.stdin.read()), sys.stdin.newlines)\n";
        assertEquals(0, run(src, "a\r\nb\rc\r\nd\re"), err.toString(StandardCharsets.UTF_8));
        assertEquals("'a\\r'\n'b\\rc\\r\\n'\n'd\\re' None\n", stdout());
    }

    @Test
    void descriptorOneIsTheInterpretersStdout() {
        String src = "import sys\nprint('text', flush=True)\n"
                + "with open(1, 'w', closefd=False) as f:\n    f.write('via fd\\n')\n"
                + "with open(1, 'wb', buffering=0, closefd=False) as f:\n    f.write(b'raw\\n')\n"
                + "print('after')\n";
        assertEquals(0, run(src, ""), err.toString(StandardCharsets.UTF_8));
        assertEquals("text\nvia fd\nraw\nafter\n", stdout());
    }

    @Test
    void descriptorsAreNumberedPerInterpreter(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("x");
        Files.writeString(p, "abc");
        String src = "f = open(" + pyStr(p) + ")\ng = open(" + pyStr(p) + ")\nprint(f.fileno(), g.fileno())\n"
                + "f.close()\nh = open(" + pyStr(p) + ")\nprint(h.fileno(), h.read())\n";
        assertEquals(0, run(src, ""), err.toString(StandardCharsets.UTF_8));
        assertEquals("3 4\n3 abc\n", stdout());
    }

    private static String pyStr(Path p) {
        return "'" + p.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
