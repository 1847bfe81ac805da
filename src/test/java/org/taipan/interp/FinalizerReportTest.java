package org.taipan.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taipan.cli.ProgramRunner;
import org.taipan.runtime.InterpreterOptions;

/**
 * Errors in finalizers are reported, not raised, as CPython's {@code PyErr_WriteUnraisable}:
 * "Exception ignored in: " and the object's repr, then the traceback. The differential
 * programs cannot check this default report because the repr carries an address.
 */
class FinalizerReportTest {
    private static final String PROGRAM = """
            import gc
            class Bad:
                def __del__(self):
                    raise ValueError("boom in del")
            b = Bad()
            del b
            gc.collect()
            def g():
                try:
                    yield 1
                finally:
                    raise KeyError("in finally")
            x = g()
            next(x)
            del x
            gc.collect()
            print("end")
            """;

    @Test
    void exceptionsInDelAndGeneratorCloseArePrintedAndIgnored() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ProgramRunner runner = new ProgramRunner(new InterpreterOptions(List.of("fin.py"),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, false, StandardCharsets.UTF_8),
                new PrintStream(err, false, StandardCharsets.UTF_8), Map.of()));
        int status = runner.runSource(ProgramRunner.utf8(PROGRAM), "fin.py");
        assertEquals(0, status);
        assertEquals("end\n", out.toString(StandardCharsets.UTF_8));
        String stderr = err.toString(StandardCharsets.UTF_8).replaceAll("0x[0-9a-f]+", "0xADDR");
        assertEquals("""
                Exception ignored in: <function Bad.__del__ at 0xADDR>
                Traceback (most recent call last):
                  File "fin.py", line 4, in __del__
                ValueError: boom in del
                Exception ignored in: <generator object g at 0xADDR>
                Traceback (most recent call last):
                  File "fin.py", line 12, in g
                KeyError: 'in finally'
                """, stderr);
    }
}
