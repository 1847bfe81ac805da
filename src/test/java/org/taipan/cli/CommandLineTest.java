package org.taipan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.taipan.cli.CommandLine.Action;
import org.taipan.cli.CommandLine.UsageException;

class CommandLineTest {
    private static CommandLine parse(String... argv) throws UsageException {
        return CommandLine.parse(argv);
    }

    @Test
    void scriptEndsTheOptionsAndKeepsItsArguments() throws UsageException {
        CommandLine line = parse("-X", "jit=off", "prog.py", "-c", "x");
        assertEquals(Action.RUN_FILE, line.action());
        assertEquals("prog.py", line.target());
        assertEquals(List.of("-c", "x"), line.args());
        assertEquals(Map.of("jit", "off"), line.xOptions());
    }

    @Test
    void commandTakesAttachedOrNextWord() throws UsageException {
        assertEquals("print(1)", parse("-c", "print(1)").target());
        CommandLine attached = parse("-cprint(2)", "a");
        assertEquals(Action.RUN_COMMAND, attached.action());
        assertEquals("print(2)", attached.target());
        assertEquals(List.of("a"), attached.args());
    }

    @Test
    void xOptionWithoutValueIsTrue() throws UsageException {
        // As sys._xoptions: python3 -Xa=b -Xc gives {'a': 'b', 'c': True}
        assertEquals(Map.of("a", "b", "c", "True"), parse("-Xa=b", "-Xc", "-c", "pass").xOptions());
    }

    @Test
    void warnOptionsKeepTheirOrderAndEnvironmentComesFirst() throws UsageException {
        CommandLine line = parse("-Werror", "-W", "ignore::DeprecationWarning", "x.py", "-W", "arg");
        assertEquals(List.of("error", "ignore::DeprecationWarning"), line.warnOptions());
        assertEquals(List.of("-W", "arg"), line.args()); // after the script: the program's own
        // CPython: -X dev's "default", then PYTHONWARNINGS (empty items dropped), then -W; no repeats
        assertEquals(List.of("default", "once", "error"),
                Main.warnOptions(parse("-X", "dev", "-W", "error", "-c", "pass"), "once,,error"));
        assertEquals(List.of("error"), Main.warnOptions(parse("-E", "-W", "error", "x.py"), "once"));
        assertEquals(List.of(), Main.warnOptions(parse("-I", "x.py"), "once"));
    }

    @Test
    void clusteredFlagsAndOptimizeLevel() throws UsageException {
        CommandLine line = parse("-uOO", "-B", "x.py");
        assertEquals(2, line.optimize());
        assertEquals(Action.RUN_FILE, line.action());
    }

    @Test
    void moduleAndStdinAndVersion() throws UsageException {
        CommandLine module = parse("-m", "dis", "f.py");
        assertEquals(Action.RUN_MODULE, module.action());
        assertEquals("dis", module.target());
        assertEquals(List.of("f.py"), module.args());
        assertEquals(Action.RUN_STDIN, parse("-", "a").action());
        assertEquals(Action.RUN_STDIN, parse().action());
        assertEquals(Action.VERSION, parse("-V").action());
        assertEquals(Action.VERSION, parse("--version").action());
        assertEquals(Action.HELP, parse("-h").action());
    }

    @Test
    void checkSyntaxTakesTheRestAsPaths() throws UsageException {
        CommandLine line = parse("--check-syntax", "a", "b.py");
        assertEquals(Action.CHECK_SYNTAX, line.action());
        assertEquals(List.of("a", "b.py"), line.args());
    }

    @Test
    void errorsUseCPythonsMessages() {
        assertEquals("Unknown option: -Z", assertThrows(UsageException.class, () -> parse("-Z")).getMessage());
        assertEquals("unknown option --foo", assertThrows(UsageException.class, () -> parse("--foo")).getMessage());
        assertEquals("Argument expected for the -c option",
                assertThrows(UsageException.class, () -> parse("-c")).getMessage());
        assertEquals("Argument expected for the -X option",
                assertThrows(UsageException.class, () -> parse("-X")).getMessage());
    }

    @Test
    void jitOptionsAreChecked() throws UsageException {
        assertEquals(Map.of("jit", "off", "jit-threshold", "1"), parse("-X", "jit=off", "-Xjit-threshold=1", "x.py").xOptions());
        assertEquals("-X jit: expected 'on' or 'off', not 'maybe'",
                assertThrows(UsageException.class, () -> parse("-X", "jit=maybe", "x.py")).getMessage());
        assertEquals("-X jit-threshold: expected a positive integer, not '0'",
                assertThrows(UsageException.class, () -> parse("-X", "jit-threshold=0", "x.py")).getMessage());
    }
}
