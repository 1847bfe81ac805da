package org.taipan.jit.log;

import org.taipan.code.Op;
import org.taipan.code.Opcode;
import org.taipan.runtime.PyCode;

/**
 * Where a loop or an instruction is, as a person reads it: {@code file:line in function}. The
 * line comes from the code object's line table (CPython's {@code PyCode_Addr2Line}).
 */
final class Places {
    private Places() {}

    /** {@code "prog.py:12 in f"} for instruction {@code ip} of {@code code} ({@code ?} for an unknown line). */
    static String of(PyCode code, int ip) {
        int line = code.code.lineOf(ip);
        return code.code.filename + ":" + (line < 0 ? "?" : Integer.toString(line)) + " in " + code.code.qualname;
    }

    /**
     * The {@code JUMP_BACKWARD} that closes the loop whose header is {@code headerIp} (the last
     * one jumping there: a {@code continue} adds earlier ones), or -1 when there is none.
     */
    static int backJumpOf(PyCode code, int headerIp) {
        int[] all = backJumpsOf(code, headerIp);
        return all.length == 0 ? -1 : all[all.length - 1];
    }

    /** Every {@code JUMP_BACKWARD} to {@code headerIp} (a {@code continue} adds one), in code order. */
    static int[] backJumpsOf(PyCode code, int headerIp) {
        return java.util.stream.IntStream.range(headerIp + 1, code.code.code.length)
                .filter(i -> Opcode.opcodeOf(code.code.code[i]) == Op.JUMP_BACKWARD
                        && Opcode.opargOf(code.code.code[i]) == headerIp)
                .toArray();
    }
}
