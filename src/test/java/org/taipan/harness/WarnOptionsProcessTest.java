package org.taipan.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -W}, {@code PYTHONWARNINGS}, {@code -E} and {@code -X dev} through real {@code ./taipan}
 * processes (the differential harness runs programs without a command line). Expected outputs are
 * CPython 3.11.7's for the same command.
 */
class WarnOptionsProcessTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void writePrograms() throws Exception {
        Files.writeString(dir.resolve("dep.py"), "import sys, warnings\nprint(sys.warnoptions, sys.flags.dev_mode)\n"
                + "warnings.warn(\"dep\", DeprecationWarning)\nprint(\"after\")\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("lit.py"), "x = 1\nprint(x is 1)\n", StandardCharsets.UTF_8);
    }

    private static final String DEP_TRACEBACK = "Traceback (most recent call last):\n"
            + "  File \"%s\", line 3, in <module>\n"
            + "    warnings.warn(\"dep\", DeprecationWarning)\n"
            + "DeprecationWarning: dep\n";

    @Test
    void commandLineFilterMakesTheWarningAnError() throws Exception {
        Launcher.Result r = Launcher.run(dir, Map.of(), "-W", "error::DeprecationWarning", "dep.py");
        assertEquals("['error::DeprecationWarning'] False\n", r.stdoutText());
        assertEquals(DEP_TRACEBACK.formatted(dir.resolve("dep.py")), r.stderr());
        assertEquals(1, r.status());
    }

    @Test
    void environmentFiltersAreIgnoredWithE() throws Exception {
        Map<String, String> env = Map.of("PYTHONWARNINGS", "error::DeprecationWarning");
        Launcher.Result r = Launcher.run(dir, env, "-X", "dev", "dep.py");
        assertEquals("['default', 'error::DeprecationWarning'] True\n", r.stdoutText());
        assertEquals(1, r.status());
        Launcher.Result ignored = Launcher.run(dir, env, "-E", "dep.py");
        assertEquals("[] False\nafter\n", ignored.stdoutText());
        assertEquals(dir.resolve("dep.py") + ":3: DeprecationWarning: dep\n"
                + "  warnings.warn(\"dep\", DeprecationWarning)\n", ignored.stderr());
        assertEquals(0, ignored.status());
    }

    @Test
    void compilerWarningsFollowTheFilters() throws Exception {
        Launcher.Result quiet = Launcher.run(dir, Map.of(), "-W", "ignore", "lit.py");
        assertEquals("True\n", quiet.stdoutText());
        assertEquals("", quiet.stderr());
        Launcher.Result error = Launcher.run(dir, Map.of(), "-W", "error", "lit.py");
        assertEquals("", error.stdoutText());
        assertEquals("  File \"" + dir.resolve("lit.py") + "\", line 2\n"
                + "    print(x is 1)\n"
                + "          ^^^^^^\n"
                + "SyntaxError: \"is\" with a literal. Did you mean \"==\"?\n", error.stderr());
        assertEquals(1, error.status());
    }
}
