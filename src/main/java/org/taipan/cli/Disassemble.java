package org.taipan.cli;

import java.io.PrintStream;

/**
 * {@code taipan -m dis FILE}: compiles FILE and prints its bytecode, as {@code python3 -m dis FILE}
 * does (CPython's {@code Lib/dis.py} {@code _test}).
 */
final class Disassemble {
    private Disassemble() {}

    /** @return the exit status */
    static int run(CommandLine line, PrintStream stdout, PrintStream stderr) {
        stderr.println(ProgramRunner.PROGRAM_NAME + ": -m dis: the disassembler (org.taipan.code.Disassembler) is not written yet");
        return 1;
    }
}
