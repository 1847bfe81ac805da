package org.taipan.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** The {@code ./taipan} launcher and command line, run as real processes. */
class LauncherTest {
    private static final Map<String, String> DEBUG = Map.of("TAIPAN_LAUNCHER_DEBUG", "1");

    @TempDir
    Path dir;

    /** End-to-end checks need the parser, compiler and interpreter; their stubs say "not yet written". */
    private static void assumeFrontEndAndRuntimeWritten(Launcher.Result result) {
        if (result.stderr().contains("not yet written")) {
            throw new TestAbortedException("pipeline not complete yet: " + result.stderr().strip());
        }
    }

    @Test
    void commandPrintsItsResult() throws Exception {
        Launcher.Result result = Launcher.run(dir, Map.of(), "-c", "print(1+2)");
        assumeFrontEndAndRuntimeWritten(result);
        assertEquals("3\n", result.stdoutText());
        assertEquals("", result.stderr());
        assertEquals(0, result.status());
    }

    @Test
    void missingFileIsCPythonsMessageAndStatus2() throws Exception {
        Launcher.Result result = Launcher.run(dir, Map.of(), "no_such_file.py");
        assertEquals(2, result.status());
        assertEquals("taipan: can't open file '" + dir.resolve("no_such_file.py")
                + "': [Errno 2] No such file or directory\n", result.stderr());
        assertEquals("", result.stdoutText());
    }

    @Test
    void syntaxErrorIsPrintedAsCPythonPrintsIt() throws Exception {
        Files.writeString(dir.resolve("broken.py"), "def f():\n    return 1 +\n", StandardCharsets.UTF_8);
        Launcher.Result result = Launcher.run(dir, Map.of(), "broken.py");
        assumeFrontEndAndRuntimeWritten(result);
        // python3 broken.py, CPython 3.11.7
        assertEquals("  File \"" + dir.resolve("broken.py") + "\", line 2\n"
                + "    return 1 +\n"
                + "              ^\n"
                + "SyntaxError: invalid syntax\n", result.stderr());
        assertEquals(1, result.status());
    }

    @Test
    void compilerSyntaxErrorIsPrintedAsCPythonPrintsIt() throws Exception {
        Files.writeString(dir.resolve("ret.py"), "return 5\n", StandardCharsets.UTF_8);
        Launcher.Result result = Launcher.run(dir, Map.of(), "ret.py");
        assumeFrontEndAndRuntimeWritten(result);
        // python3 ret.py, CPython 3.11.7: found by the compiler, not the parser
        assertEquals("  File \"" + dir.resolve("ret.py") + "\", line 1\n"
                + "    return 5\n"
                + "    ^^^^^^^^\n"
                + "SyntaxError: 'return' outside function\n", result.stderr());
        assertEquals(1, result.status());
    }

    @Test
    void underDontWriteBytecodeOnlyTheStandardLibraryIsCached() throws Exception {
        // The code cache under -B: the standard library's modules stand for an installation's
        // .pyc files (CPython reads those under -B too), the program's own modules are not written.
        Path cache = dir.resolve("cache");
        Files.writeString(dir.resolve("own_module.py"), "X = 1\n", StandardCharsets.UTF_8);
        Launcher.Result result = Launcher.run(dir, Map.of("XDG_CACHE_HOME", cache.toString(),
                "PYTHONDONTWRITEBYTECODE", "1"), "-c", "import own_module, colorsys; print(colorsys.__name__)");
        assumeFrontEndAndRuntimeWritten(result);
        assertEquals("colorsys\n", result.stdoutText(), result.stderr());
        Path code = cache.resolve("taipan").resolve("code");
        java.util.List<String> names;
        try (var files = Files.list(code)) {
            names = files.map(f -> f.getFileName().toString()).toList();
        }
        assertTrue(names.stream().anyMatch(n -> n.startsWith("colorsys.py-")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("own_module.py-")), names.toString());
    }

    @Test
    void secondStartDoesNotBuild() throws Exception {
        Launcher.run(dir, DEBUG, "-V");
        Launcher.Result second = Launcher.run(dir, DEBUG, "-V");
        assertFalse(second.stderr().contains("building"), "the second start built again: " + second.stderr());
        assertEquals(0, second.status());
    }

    @Test
    void versionNamesPythonAndTaipan() throws Exception {
        // --version is CPython's line exactly (scripts parse it); -VV adds Taipan's and Java's versions
        Launcher.Result result = Launcher.run(dir, Map.of(), "--version");
        assertEquals("Python 3.11.7\n", result.stdoutText());
        assertEquals(0, result.status());
        Launcher.Result twice = Launcher.run(dir, Map.of(), "-VV");
        assertTrue(twice.stdoutText().startsWith("Python 3.11.7 (taipan "), twice.stdoutText());
    }

    @Test
    void unknownOptionIsAUsageError() throws Exception {
        Launcher.Result result = Launcher.run(dir, Map.of(), "-Z");
        assertEquals(2, result.status());
        assertTrue(result.stderr().startsWith("Unknown option: -Z\nusage: taipan "), result.stderr());
    }

    @Test
    void disassemblesAFile() throws Exception {
        Files.writeString(dir.resolve("d.py"), "x = 1\n", StandardCharsets.UTF_8);
        Launcher.Result result = Launcher.run(dir, Map.of(), "-m", "dis", "d.py");
        assumeFrontEndAndRuntimeWritten(result);
        assertEquals(0, result.status(), result.stderr());
        assertTrue(result.stdoutText().contains("STORE_NAME"), result.stdoutText());
        assertTrue(result.stdoutText().contains("RETURN_VALUE"), result.stdoutText());
    }

    @Test
    void disassemblingAMissingFileIsDisUsageError() throws Exception {
        Launcher.Result result = Launcher.run(dir, Map.of(), "-m", "dis", "nope.py");
        assertEquals(2, result.status());
        // python3 -m dis nope.py, CPython 3.11.7
        assertEquals("usage: dis.py [-h] [infile]\ndis.py: error: argument infile: can't open 'nope.py':"
                + " [Errno 2] No such file or directory: 'nope.py'\n", result.stderr());
    }
}
