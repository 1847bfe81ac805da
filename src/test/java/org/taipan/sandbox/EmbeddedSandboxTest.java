package org.taipan.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.embed.PythonException;
import org.taipan.embed.PythonInterpreter;
import org.taipan.runtime.Permission;

/** The sandbox through the public embedding API: what a Java host building an interpreter for untrusted scripts gets. */
class EmbeddedSandboxTest {
    @TempDir
    Path dir;

    private PythonInterpreter sandbox(StringWriter out) {
        return PythonInterpreter.builder().permissions(Permission.none()).stdout(out).addPath(dir.toString()).build();
    }

    @Test
    void hostPathAndStandardLibraryImportButNothingElseOpens() throws IOException {
        Files.writeString(dir.resolve("helper.py"), "def twice(x):\n    return 2 * x\n");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-CONTENT\n");
        StringWriter out = new StringWriter();
        try (PythonInterpreter py = sandbox(out)) {
            py.exec("import json, helper\nprint(json.dumps([helper.twice(21)]))");
            assertEquals("[42]\n", out.toString());
            // a module directory is not a readable directory: its other files stay closed
            PythonException e = assertThrows(PythonException.class, () -> py.exec("open(" + q(secret) + ")"));
            assertEquals("PermissionError", e.pythonType());
            assertEquals("sandboxed interpreter: open(" + q(secret) + ") needs the FILE_SYSTEM permission",
                    e.pythonMessage());
            e = assertThrows(PythonException.class, () -> py.exec(
                    "import importlib.machinery as m\nm.SourceFileLoader('h', " + q(secret) + ").get_data("
                    + q(secret) + ")"));
            assertEquals("PermissionError", e.pythonType(), e.tracebackText());
            e = assertThrows(PythonException.class, () -> py.exec("helper.__loader__.get_data(" + q(secret) + ")"));
            assertEquals("sandboxed interpreter: SourceFileLoader.get_data(" + q(secret)
                    + ") needs the FILE_SYSTEM permission", e.pythonMessage());
            e = assertThrows(PythonException.class, () -> py.eval("__import__('subprocess').run(['true'])"));
            assertTrue(e.pythonMessage().endsWith("needs the PROCESS permission"), e.getMessage());
        }
    }

    @Test
    void tracebackTextForTheHostShowsNoLinesOfArbitraryFiles(@TempDir Path elsewhere) throws IOException {
        // neither a file of the host's module directory that is not a module, nor any other file
        for (Path secret : new Path[] {Files.writeString(dir.resolve("secret.txt"), "SECRET-CONTENT\n"),
            Files.writeString(elsewhere.resolve("secret.py"), "SECRET-CONTENT\n")}) {
            try (PythonInterpreter py = sandbox(new StringWriter())) {
                PythonException e = assertThrows(PythonException.class, () -> py.exec(
                        "exec(compile('raise ValueError(1)', " + q(secret) + ", 'exec'))"));
                assertTrue(e.tracebackText().contains("File \"" + secret + "\", line 1"), e.tracebackText());
                assertFalse(e.tracebackText().contains("SECRET-CONTENT"), e.tracebackText());
            }
        }
    }

    @Test
    void grantedPermissionWorksThroughTheBuilder() throws IOException {
        Path data = Files.writeString(dir.resolve("data.txt"), "payload\n");
        try (PythonInterpreter py = PythonInterpreter.builder().permissions(EnumSet.of(Permission.FILE_SYSTEM))
                .build()) {
            assertEquals("payload\n", py.eval("open(" + q(data) + ").read()"));
            PythonException e = assertThrows(PythonException.class, () -> py.eval("__import__('os').system('true')"));
            assertEquals("PermissionError", e.pythonType());
        }
    }

    private static String q(Path p) {
        return "'" + p + "'";
    }
}
