package org.taipan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taipan.cli.CommandLine.UsageException;

/** {@code -X jit-log=FILE} and {@code -X jit-stats} on the command line: accepted values and usage errors. */
class JitToolOptionsTest {
    @Test
    void goodValuesReachTheXOptions() throws UsageException {
        assertEquals(Map.of("jit-log", "out.log", "jit-stats", "True"),
                CommandLine.parse(new String[] {"-X", "jit-log=out.log", "-Xjit-stats", "x.py"}).xOptions());
        assertEquals(Map.of("jit-log", "-", "jit-stats", "off"),
                CommandLine.parse(new String[] {"-X", "jit-log=-", "-X", "jit-stats=off", "x.py"}).xOptions());
    }

    @Test
    void badValuesAreUsageErrors() {
        assertEquals("-X jit-log: expected a file name (or - for stderr), as in -X jit-log=jit.log",
                assertThrows(UsageException.class, () -> CommandLine.parse(new String[] {"-X", "jit-log", "x.py"})).getMessage());
        assertEquals("-X jit-log: expected a file name (or - for stderr), as in -X jit-log=jit.log",
                assertThrows(UsageException.class, () -> CommandLine.parse(new String[] {"-X", "jit-log=", "x.py"})).getMessage());
        assertEquals("-X jit-stats: expected no value, 'on' or 'off', not 'yes'",
                assertThrows(UsageException.class, () -> CommandLine.parse(new String[] {"-X", "jit-stats=yes", "x.py"})).getMessage());
    }
}
