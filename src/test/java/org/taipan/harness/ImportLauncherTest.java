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

    @Test
    void dashMRunsAModuleAsMainWithCPythonsArgvAndPath() throws Exception {
        Files.writeString(dir.resolve("mmod.py"), "import sys\nprint(__name__, repr(__package__), sys.argv, sys.path[0],"
                + " __spec__.name, __file__ == sys.argv[0])\n");
        Launcher.Result r = Launcher.run(dir, Map.of(), "-m", "mmod", "a", "b");
        // python3 -m mmod a b, CPython 3.11.7
        assertEquals("__main__ '' ['" + dir.resolve("mmod.py") + "', 'a', 'b'] " + dir + " mmod True\n",
                r.stdoutText(), r.stderr());
        assertEquals(0, r.status());
    }

    @Test
    void dashMRunsAPackagesMainAfterItsInit() throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("mpkg"));
        Files.writeString(pkg.resolve("__init__.py"), "print('init', __name__)\n");
        Files.writeString(pkg.resolve("__main__.py"), "from . import helper\nprint('main', __name__, __package__,"
                + " __spec__.name)\n");
        Files.writeString(pkg.resolve("helper.py"), "print('helper', __name__)\n");
        Launcher.Result r = Launcher.run(dir, Map.of(), "-m", "mpkg");
        assertEquals("init mpkg\nhelper mpkg.helper\nmain __main__ mpkg mpkg.__main__\n", r.stdoutText(), r.stderr());
    }

    @Test
    void dashMWithAMissingModuleIsRunpysError() throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("nomain"));
        Files.writeString(pkg.resolve("__init__.py"), "");
        Launcher.Result r = Launcher.run(dir, Map.of(), "-m", "no_such_mod");
        assertEquals(Launcher.script() + ": No module named no_such_mod\n", r.stderr());
        assertEquals(1, r.status());
        Launcher.Result p = Launcher.run(dir, Map.of(), "-m", "nomain");
        assertEquals(Launcher.script() + ": No module named nomain.__main__; 'nomain' is a package and cannot be"
                + " directly executed\n", p.stderr());
        assertEquals(1, p.status());
    }
}
