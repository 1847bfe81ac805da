package org.taipan.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code os.scandir} iterators dropped unfinished give their descriptors back, as CPython's do
 * when their last reference goes: under a descriptor limit of 300, thousands of them still work.
 * A process of its own, since the limit belongs to the whole JVM (the differential programs share
 * one).
 */
class ScanDirProcessTest {
    @Test
    void droppedIteratorsDoNotExhaustDescriptors(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("f"), "");
        Launcher.Result r = Launcher.run(dir, Map.of(), "-c", """
                import os, resource
                soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
                resource.setrlimit(resource.RLIMIT_NOFILE, (300, hard))
                for i in range(3000):
                    for entry in os.scandir("."):
                        break
                held = [os.scandir(".") for i in range(20)]
                print("done", len(held))
                """);
        assertEquals("done 20\n", r.stdoutText(), r.stderr());
    }
}
