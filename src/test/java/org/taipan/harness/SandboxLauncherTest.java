package org.taipan.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./taipan -X permissions=...}: the sandbox from the command line, as a real process. */
class SandboxLauncherTest {
    @Test
    void scriptRunsSandboxedWithItsOwnDirectoryImportable(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("helper.py"), "NAME = 'helper'\n");
        Files.writeString(dir.resolve("main.py"), """
                import json, helper
                print(json.dumps([helper.NAME]))
                open('/etc/passwd')
                """);
        Launcher.Result r = Launcher.run(dir, Map.of(), "-X", "permissions=none", "main.py");
        assertEquals(1, r.status(), r.stderr());
        assertEquals("[\"helper\"]\n", r.stdoutText());
        assertTrue(r.stderr().endsWith("PermissionError: sandboxed interpreter: open('/etc/passwd') needs the"
                + " FILE_SYSTEM permission\n"), r.stderr());
    }

    @Test
    void listedPermissionsOnly(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("data.txt"), "payload");
        Launcher.Result r = Launcher.run(dir, Map.of(), "-X", "permissions=file_system", "-c",
                "print(open(" + "'" + data + "'" + ").read())\nimport os\nos.system('true')");
        assertEquals(1, r.status(), r.stderr());
        assertEquals("payload\n", r.stdoutText());
        assertTrue(r.stderr().endsWith("PermissionError: sandboxed interpreter: os.system() needs the PROCESS"
                + " permission\n"), r.stderr());
    }
}
