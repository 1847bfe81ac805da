package org.taipan.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link StdlibLocator} finds the standard library: TAIPAN_STDLIB, PYTHONHOME, python3.11 (cached), system locations. */
class StdlibLocatorTest {
    @TempDir
    Path dir;

    private Path fakeStdlib(String name) throws Exception {
        Path lib = Files.createDirectories(dir.resolve(name));
        Files.writeString(lib.resolve("os.py"), "");
        return lib;
    }

    @Test
    void taipanStdlibWinsAndIsCheckedForOsPy() throws Exception {
        Path lib = fakeStdlib("lib");
        StdlibLocator.Location l = StdlibLocator.find(Map.of("TAIPAN_STDLIB", lib.toString()), new String[0]);
        assertEquals(lib, l.dir());
        assertTrue(l.valid());
        assertNull(l.problem());
        StdlibLocator.Location bad = StdlibLocator.find(Map.of("TAIPAN_STDLIB", dir.resolve("x").toString()), new String[0]);
        assertFalse(bad.valid());
        assertTrue(bad.problem().contains("no os.py"), bad.problem());
    }

    @Test
    void pythonHomeGivesPrefixLibAfterTaipanStdlib() throws Exception {
        Path lib = fakeStdlib("home/lib/python3.11");
        String home = dir.resolve("home").toString();
        StdlibLocator.Location l = StdlibLocator.find(Map.of("PYTHONHOME", home + ":/elsewhere"), new String[0]);
        assertEquals(lib, l.dir());
        assertTrue(l.valid());
        Path other = fakeStdlib("other");
        assertEquals(other, StdlibLocator.find(Map.of("PYTHONHOME", home, "TAIPAN_STDLIB", other.toString()),
                new String[0]).dir());
        StdlibLocator.Location bad = StdlibLocator.find(Map.of("PYTHONHOME", dir.resolve("x").toString()), new String[0]);
        assertFalse(bad.valid());
        assertTrue(bad.problem().startsWith("PYTHONHOME makes it "), bad.problem());
        // an empty prefix (":exec_prefix") names no library: the search goes on
        Path system = fakeStdlib("system");
        assertEquals(system, StdlibLocator.find(Map.of("PYTHONHOME", ":" + home, "PATH", dir.toString()),
                new String[] {system.toString()}).dir());
    }

    @Test
    void noneFoundSaysWhatWasTried() {
        StdlibLocator.Location l = StdlibLocator.find(Map.of("PATH", dir.toString()),
                new String[] {dir.resolve("nope").toString()});
        assertFalse(l.found());
        assertTrue(l.problem().startsWith("Taipan found no CPython 3.11 standard library (no TAIPAN_STDLIB, no python3.11"
                + " on PATH"), l.problem());
        assertTrue(l.problem().endsWith("set TAIPAN_STDLIB to its directory, e.g. /usr/lib/python3.11"), l.problem());
    }

    @Test
    void systemLocationIsUsedWithoutPython() throws Exception {
        Path lib = fakeStdlib("sys311");
        StdlibLocator.Location l = StdlibLocator.find(Map.of("PATH", dir.toString()),
                new String[] {dir.resolve("nope").toString(), lib.toString()});
        assertEquals(lib, l.dir());
    }

    @Test
    void pythonIsAskedOnceAndItsAnswerCached() throws Exception {
        Path lib = fakeStdlib("pylib");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path count = dir.resolve("count");
        Path python = bin.resolve("python3.11");
        // A stand-in python3.11 that counts its runs and prints the stdlib directory.
        Files.writeString(python, "#!/bin/sh\necho run >> '" + count + "'\necho '" + lib + "'\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwx------"));
        Map<String, String> env = Map.of("PATH", bin.toString(), "XDG_CACHE_HOME", dir.resolve("cache").toString());
        assertEquals(lib, StdlibLocator.find(env, new String[0]).dir());
        assertEquals(lib, StdlibLocator.find(env, new String[0]).dir());
        assertEquals(List.of("run"), Files.readAllLines(count));
        assertTrue(Files.readString(dir.resolve("cache/taipan/stdlib-location")).contains(python.toString()));
    }
}
