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
        assertEquals(List.of("default", "once", "error"), StartupConfig.warnOptions(
                parse("-X", "dev", "-W", "error", "-c", "pass"), Map.of("PYTHONWARNINGS", "once,,error")));
        assertEquals(List.of("error"), StartupConfig.warnOptions(parse("-E", "-W", "error", "x.py"),
                Map.of("PYTHONWARNINGS", "once")));
        assertEquals(List.of(), StartupConfig.warnOptions(parse("-I", "x.py"), Map.of("PYTHONWARNINGS", "once")));
        // PYTHONDEVMODE is development mode too
        assertEquals(List.of("default"), StartupConfig.warnOptions(parse("x.py"), Map.of("PYTHONDEVMODE", "1")));
    }

    @Test
    void clusteredFlagsAndOptimizeLevel() throws UsageException {
        CommandLine line = parse("-uOO", "-B", "-vOv", "x.py", "-v");
        assertEquals(3, line.optimize()); // CPython counts past 2: sys.flags.optimize is 3
        assertEquals(2, line.count('v'));
        assertEquals(1, line.count('u'));
        assertEquals(Action.RUN_FILE, line.action());
        assertEquals(List.of("-v"), line.args());
    }

    @Test
    void versionAndHelpAsCpythonOrdersThem() throws UsageException {
        // -V waits for the whole option list (errors win; -c ends it); -h and --help act at once
        assertEquals(Action.VERSION, parse("-Vc", "pass").action());
        assertEquals(2, parse("-VV").count('V'));
        assertEquals("Unknown option: -Z", assertThrows(UsageException.class, () -> parse("-V", "-Z")).getMessage());
        assertEquals(Action.HELP, parse("-h", "-Z").action());
        assertEquals(Action.HELP, parse("--help", "--foo").action());
        assertEquals(Action.HELP_ENV, parse("--help-env").action());
        assertEquals(Action.RUN_FILE, parse("--", "-c").action());
        assertEquals("-c", parse("--", "-c").target());
        assertEquals("-J is reserved for Jython", assertThrows(UsageException.class, () -> parse("-J")).getMessage());
    }

    @Test
    void environmentFlagsFollowPyGetEnvFlag() throws UsageException {
        var env = Map.of("PYTHONOPTIMIZE", "x", "PYTHONVERBOSE", "3", "PYTHONDEBUG", "-2", "PYTHONUNBUFFERED", "");
        var o = StartupConfig.read(parse("-c", "pass"), env, List.of("taipan"));
        assertEquals(1, StartupConfig.optimize(parse("-c", "pass"), env)); // not a number: 1
        assertEquals(2, StartupConfig.optimize(parse("-OO", "-c", "pass"), env)); // the larger wins
        assertEquals(3, o.verbose());
        assertEquals(1, o.debug()); // negative: 1
        assertEquals(false, o.unbuffered()); // empty: unset
        var isolated = StartupConfig.read(parse("-I", "-c", "pass"), env, List.of("taipan"));
        assertEquals(0, isolated.verbose());
        assertEquals(true, isolated.safePath());
        assertEquals(1, isolated.noUserSite());
        assertEquals(0, StartupConfig.optimize(parse("-I", "-c", "pass"), env));
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
