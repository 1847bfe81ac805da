package org.taipan.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.imports.StdlibLocator;
import org.taipan.runtime.Permission;

/** The builder's options: streams, argv, sys.path, the standard library, -X and -O, permissions; imports and calls. */
class EmbedOptionsTest {
    @Test
    void streamsAreRedirected() {
        StringWriter out = new StringWriter();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayInputStream in = new ByteArrayInputStream("first line\nsecond\n".getBytes(StandardCharsets.UTF_8));
        try (PythonInterpreter py = PythonInterpreter.builder().stdout(out).stderr(err).stdin(in).build()) {
            py.exec("import sys\nprint('caf\u00e9', 1, [2])\nsys.stderr.write('warn\\n')\nline = input()");
            assertEquals("caf\u00e9 1 [2]\n", out.toString());
            assertEquals("warn\n", err.toString(StandardCharsets.UTF_8));
            assertEquals("first line", py.get("line"));
            assertEquals("second\n", py.eval("sys.stdin.readline()"));
            py.exec("print('no newline', end='')");
            assertEquals("caf\u00e9 1 [2]\nno newline", out.toString());
        }
    }

    @Test
    void argvOptimizeAndXOptions() {
        try (PythonInterpreter py = PythonInterpreter.builder().argv(List.of("tool", "--fast")).optimize(1)
                .jit("off").jitThreshold(7).xOption("dev-flag", null).build()) {
            py.exec("import sys");
            assertEquals(List.of("tool", "--fast"), py.eval("sys.argv"));
            assertEquals(1L, py.eval("sys.flags.optimize"));
            assertEquals(false, py.eval("__debug__"));
            py.exec("assert False, 'dropped under -O'");
            assertEquals(Map.of("jit", "off", "jit-threshold", "7", "dev-flag", true), py.eval("sys._xoptions"));
        }
        try (PythonInterpreter py = PythonInterpreter.create()) {
            assertEquals(List.of(""), py.eval("__import__('sys').argv"));
            assertThrows(PythonException.class, () -> py.exec("assert False"));
        }
        assertThrows(IllegalArgumentException.class, () -> PythonInterpreter.builder().optimize(3));
    }

    @Test
    void pathEntriesAndImports(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("greet.py"), "def hello(name, punct='!'):\n    return f'hello {name}{punct}'\n");
        Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(dir.resolve("pkg/__init__.py"), "");
        Files.writeString(dir.resolve("pkg/sub.py"), "VALUE = 99\n");
        try (PythonInterpreter py = PythonInterpreter.builder().addPath(dir).build()) {
            assertEquals(dir.toAbsolutePath().toString(), py.eval("__import__('sys').path[0]"));
            PythonObject greet = py.importModule("greet");
            assertEquals("module", greet.typeName());
            assertEquals("hello ann!", greet.getAttr("hello").call("ann"));
            assertEquals("hello bo?", greet.getAttr("hello").call(List.of("bo"), Map.of("punct", "?")));
            assertEquals(99L, py.importModule("pkg.sub").getAttrValue("VALUE"));
            assertEquals(3.0, py.importModule("math").getAttr("sqrt").call(9));
            PythonException e = assertThrows(PythonException.class, () -> py.importModule("no_such_module_x"));
            assertEquals("ModuleNotFoundError", e.pythonType());
            assertEquals("No module named 'no_such_module_x'", e.pythonMessage());
            Path script = dir.resolve("script.py");
            Files.writeString(script, "# -*- coding: latin-1 -*-\nname = __file__\nwho = '\u00e9'\nraise KeyError(who)\n",
                    StandardCharsets.ISO_8859_1);
            PythonException k = assertThrows(PythonException.class, () -> py.execFile(script));
            assertEquals("Traceback (most recent call last):\n  File \"" + script.toAbsolutePath()
                    + "\", line 4, in <module>\n    raise KeyError(who)\nKeyError: '\u00e9'\n", k.tracebackText());
            assertEquals(script.toAbsolutePath().toString(), py.get("name"));
            assertEquals(false, py.has("__file__"));
            PythonException t = assertThrows(PythonException.class, () -> greet.getAttr("hello").call());
            assertEquals("TypeError", t.pythonType());
            assertEquals("hello() missing 1 required positional argument: 'name'", t.pythonMessage());
        }
    }

    @Test
    void explicitStandardLibrary(@TempDir Path fake) throws IOException {
        StdlibLocator.Location real = StdlibLocator.locate();
        Path lib = fake.resolve("lib/python3.11");
        Files.createDirectories(lib);
        Files.writeString(lib.resolve("os.py"), "");
        Files.writeString(lib.resolve("only_here.py"), "WHERE = 'fake stdlib'\n");
        try (PythonInterpreter py = PythonInterpreter.builder().stdlib(lib).build()) {
            py.exec("import sys");
            @SuppressWarnings("unchecked")
            List<Object> path = (List<Object>) py.eval("sys.path");
            assertEquals(lib.toString(), path.getLast());
            if (real.found()) {
                assertTrue(!path.contains(real.dir().toString()), path::toString);
            }
            assertEquals(fake.toString(), py.eval("sys.prefix"));
            assertEquals("fake stdlib", py.importModule("only_here").getAttrValue("WHERE"));
        }
    }

    @Test
    void permissionsReachTheInterpreter() {
        try (PythonInterpreter py = PythonInterpreter.builder().permissions(EnumSet.of(Permission.NETWORK)).build()) {
            assertEquals(Set.of(Permission.NETWORK), py.runtime().options().permissions());
            PythonException e = assertThrows(PythonException.class, () -> py.exec("open('/etc/hostname')"));
            assertEquals("PermissionError", e.pythonType());
            assertTrue(e.pythonMessage().contains("FILE_SYSTEM"), e.pythonMessage());
        }
        try (PythonInterpreter py = PythonInterpreter.create()) {
            assertEquals(Permission.all(), py.runtime().options().permissions());
        }
    }
}
