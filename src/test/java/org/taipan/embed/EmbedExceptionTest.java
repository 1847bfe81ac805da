package org.taipan.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** Python exceptions, SyntaxError and SystemExit as the Java host receives them. */
class EmbedExceptionTest {
    @Test
    void exceptionCarriesTypeMessageAndCPythonTraceback() {
        try (PythonInterpreter py = PythonInterpreter.create()) {
            py.exec("def inner(x):\n    return 1 / x\n\ndef outer():\n    return inner(0)\n");
            PythonException e = assertThrows(PythonException.class, () -> py.eval("outer()"));
            assertEquals("ZeroDivisionError", e.pythonType());
            assertEquals("division by zero", e.pythonMessage());
            assertEquals("ZeroDivisionError: division by zero", e.getMessage());
            assertEquals("""
                    Traceback (most recent call last):
                      File "<string>", line 1, in <module>
                      File "<string>", line 5, in outer
                      File "<string>", line 2, in inner
                    ZeroDivisionError: division by zero
                    """, e.tracebackText());
            assertEquals("ZeroDivisionError", e.exception().typeName());
            assertEquals(java.util.List.of("division by zero"), e.exception().getAttrValue("args"));
        }
    }

    @Test
    void chainedAndModuleQualifiedExceptions() {
        try (PythonInterpreter py = PythonInterpreter.create()) {
            PythonException e = assertThrows(PythonException.class, () -> py.exec("""
                    import json
                    try:
                        {}['k']
                    except KeyError as k:
                        raise ValueError('bad') from k
                    """));
            assertEquals("ValueError", e.pythonType());
            assertTrue(e.tracebackText().startsWith("Traceback (most recent call last):\n"), e.tracebackText());
            assertTrue(e.tracebackText().contains("KeyError: 'k'\n\nThe above exception was the direct cause"
                    + " of the following exception:\n\n"), e.tracebackText());
            PythonException j = assertThrows(PythonException.class, () -> py.eval("json.loads('[1,')"));
            assertEquals("json.decoder.JSONDecodeError", j.pythonType());
            assertEquals("Expecting value: line 1 column 4 (char 3)", j.pythonMessage());
        }
    }

    @Test
    void syntaxErrorIsAPythonException() {
        try (PythonInterpreter py = PythonInterpreter.create()) {
            PythonException e = assertThrows(PythonException.class, () -> py.exec("x = (1,\ny = 2\n"));
            assertEquals("SyntaxError", e.pythonType());
            assertEquals("""
                      File "<string>", line 1
                        x = (1,
                            ^
                    SyntaxError: '(' was never closed
                    """, e.tracebackText());
            PythonException s = assertThrows(PythonException.class, () -> py.eval("x = 1"));
            assertEquals("SyntaxError", s.pythonType());
            assertEquals(3L, py.eval("  1 + 2"));
        }
    }

    @Test
    void systemExitDoesNotEndTheJvm() {
        try (PythonInterpreter py = PythonInterpreter.create()) {
            PythonExit e = assertThrows(PythonExit.class, () -> py.exec("import sys\nsys.exit(3)"));
            assertEquals(3, e.exitCode());
            assertEquals(3L, e.code());
            assertEquals("SystemExit", e.pythonType());
            assertEquals(0, assertThrows(PythonExit.class, () -> py.exec("raise SystemExit")).exitCode());
            PythonExit m = assertThrows(PythonExit.class, () -> py.exec("sys.exit('failed: no input')"));
            assertEquals(1, m.exitCode());
            assertEquals("failed: no input", m.code());
            assertEquals(1, assertThrows(PythonExit.class, () -> py.exec("exit(1)")).exitCode());
            assertEquals(2L, py.eval("1 + 1"));
        }
    }

    @Test
    void exceptionHandledInPythonStaysInPython() {
        StringWriter out = new StringWriter();
        try (PythonInterpreter py = PythonInterpreter.builder().stdout(out).build()) {
            py.exec("try:\n    int('x')\nexcept ValueError as e:\n    print('caught', e)\n");
            assertEquals("caught invalid literal for int() with base 10: 'x'\n", out.toString());
        }
    }

    @Test
    void closedInterpreterRefusesCalls() {
        PythonInterpreter py = PythonInterpreter.create();
        PythonObject f = py.evalObject("len");
        py.close();
        assertTrue(py.isClosed());
        assertThrows(IllegalStateException.class, () -> py.eval("1"));
        assertThrows(IllegalStateException.class, () -> f.call("abc"));
        py.close();
        assertFalse(!py.isClosed());
    }
}
