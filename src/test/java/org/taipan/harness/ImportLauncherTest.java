package org.taipan.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import system's environment and command line ({@code TAIPAN_STDLIB}, {@code PYTHONPATH}), as real processes. */
class ImportLauncherTest {
    @TempDir
    Path dir;

    @Test
    void taipanStdlibIsOnSysPathAndImportedFrom() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("os.py"), "", StandardCharsets.UTF_8);
        Files.writeString(lib.resolve("fakemod.py"), "X = 'from the stdlib'\n", StandardCharsets.UTF_8);
        Launcher.Result r = Launcher.run(dir, Map.of("TAIPAN_STDLIB", lib.toString()), "-c",
                "import sys, fakemod; print(sys.path); print(fakemod.X)");
        assertEquals("['', '" + lib + "']\nfrom the stdlib\n", r.stdoutText(), r.stderr());
        assertEquals(0, r.status());
    }

    @Test
    void pythonPathComesBeforeTheStdlibAbsoluteAndWithoutDuplicates() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("os.py"), "", StandardCharsets.UTF_8);
        Launcher.Result r = Launcher.run(dir, Map.of("TAIPAN_STDLIB", lib.toString(), "PYTHONPATH", "a:/x:a:" + lib),
                "-c", "import sys; print(sys.path)");
        assertEquals("['', '" + dir.resolve("a") + "', '/x', '" + lib + "']\n", r.stdoutText(), r.stderr());
    }

    @Test
    void scriptDirectoryIsFirst() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("main.py"), "import sys, helper\nprint(sys.path[0], helper.V)\n");
        Files.writeString(sub.resolve("helper.py"), "V = 7\n");
        Launcher.Result r = Launcher.run(dir, Map.of(), "sub/main.py");
        assertEquals(sub + " 7\n", r.stdoutText(), r.stderr());
    }

    @Test
    void builtinOnlyProgramsRunWithoutAStdlibAndAFailedImportSaysWhy() throws Exception {
        Path none = dir.resolve("nowhere");
        Launcher.Result ok = Launcher.run(dir, Map.of("TAIPAN_STDLIB", none.toString()), "-c",
                "import sys, math; print(math.sqrt(16))");
        assertEquals("4.0\n", ok.stdoutText(), ok.stderr());
        Launcher.Result r = Launcher.run(dir, Map.of("TAIPAN_STDLIB", none.toString()), "-c", "import json");
        assertEquals(1, r.status());
        assertTrue(r.stderr().endsWith("ModuleNotFoundError: No module named 'json' (TAIPAN_STDLIB is " + none
                + ", which holds no CPython 3.11 standard library (no os.py); set TAIPAN_STDLIB to its directory,"
                + " e.g. /usr/lib/python3.11)\n"), r.stderr());
    }

    @Test
    void sysExecutableIsTheLauncher() throws Exception {
        Launcher.Result r = Launcher.run(dir, Map.of(), "-c", "import sys; print(sys.executable)");
        assertEquals(Launcher.script() + "\n", r.stdoutText(), r.stderr());
    }
}
