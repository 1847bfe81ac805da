package org.taipan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.runtime.InterpreterOptions;

class ProgramRunnerTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ProgramRunner runner(Map<String, String> xOptions) {
        return new ProgramRunner(new InterpreterOptions(List.of("x.py"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, false, StandardCharsets.UTF_8), new PrintStream(err, false, StandardCharsets.UTF_8),
                xOptions));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void internalErrorIsOneLineWithoutJavaTrace() {
        int status = runner(Map.of()).internalError(new IllegalStateException("boom\nsecond line"));
        assertEquals(1, status);
        assertEquals("taipan: internal error: java.lang.IllegalStateException: boom"
                + " (run with -X java-traceback for the Java stack trace)\n", stderr());
    }

    @Test
    void javaTracebackOptionAddsTheTrace() {
        runner(Map.of("java-traceback", "True")).internalError(new IllegalStateException("boom"));
        assertTrue(stderr().startsWith("taipan: internal error: java.lang.IllegalStateException: boom\n"), stderr());
        assertTrue(stderr().contains("\tat org.taipan.cli.ProgramRunnerTest"), stderr());
    }

    @Test
    void missingFileIsCPythonsMessage(@TempDir Path dir) {
        Path missing = dir.resolve("missing.py");
        assertEquals(2, runner(Map.of()).runFile(missing));
        assertEquals("taipan: can't open file '" + missing + "': [Errno 2] No such file or directory\n", stderr());
    }

    @Test
    void directoryWithoutMainIsCPythonsMessage(@TempDir Path dir) {
        assertEquals(1, runner(Map.of()).runFile(dir));
        assertEquals("taipan: can't find '__main__' module in '" + dir + "'\n", stderr());
    }

    @Test
    void nothingEscapesFromTheRunAsAJavaException() {
        // Whatever the state of the pipeline, running source yields a status, never a throw.
        int status = runner(Map.of()).runSource(ProgramRunner.utf8("x = 1\n"), "<string>");
        assertTrue(status == 0 || stderr().startsWith("taipan: internal error: "), stderr());
    }

    @Test
    void optimizeLevelReachesImportsExecAndSysFlags(@TempDir Path dir) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("opt_mod.py"),
                "def f():\n    assert False, 'boom'\n    return __debug__\n");
        Path main = dir.resolve("main.py");
        java.nio.file.Files.writeString(main, "import sys, opt_mod\nexec('assert 0')\n"
                + "print(opt_mod.f(), sys.flags.optimize, __debug__, eval(compile('__debug__', 's', 'eval')))\n");
        ProgramRunner runner = new ProgramRunner(new InterpreterOptions(List.of("main.py"),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, false, StandardCharsets.UTF_8),
                new PrintStream(err, false, StandardCharsets.UTF_8), Map.of(), 2));
        assertEquals(0, runner.runFile(main), stderr());
        assertEquals("False 2 False False\n", out.toString(StandardCharsets.UTF_8));
    }
}
