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

    /**
     * {@code "prog.py:12 in f"} for instruction {@code ip} of {@code code} ({@code ?} for an
     * unknown line). An instruction of the prologue before a function's first line (MAKE_CELL,
     * COPY_FREE_VARS: where a function-entry recording starts) takes that first line; another
     * instruction without a line (the jump back that ends an {@code if} body in a loop, where an
     * exit may resume) takes the line of the nearest instruction before it that has one.
     */
    static String of(PyCode code, int ip) {
        int line = code.code.lineOf(ip);
        if (line < 0 && inPrologue(code, ip)) {
            for (int k = ip + 1; line < 0 && k < code.instrs.length; k++) {
                line = code.code.lineOf(k);
            }
        }
        for (int k = ip - 1; line < 0 && k >= 0; k--) {
            line = code.code.lineOf(k);
        }
        return code.code.filename + ":" + (line < 0 ? "?" : Integer.toString(line)) + " in " + code.code.qualname;
    }

    /** Whether no instruction up to {@code ip} has a line. */
    private static boolean inPrologue(PyCode code, int ip) {
        for (int k = 0; k <= ip; k++) {
            if (code.code.lineOf(k) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a recording event is about: {@code "loop at prog.py:4 in f"}, or {@code "function entry
     * at prog.py:9 in g"} for {@code headerIp} {@link org.taipan.jit.JitListener#FUNCTION_ENTRY}.
     */
    static String recorded(PyCode code, int headerIp) {
        return headerIp == org.taipan.jit.JitListener.FUNCTION_ENTRY ? "function entry at " + ofFunction(code)
                : "loop at " + of(code, headerIp);
    }

    /** {@code "prog.py:9 in g"} for the function of {@code code}, at its {@code def} line ({@code co_firstlineno}). */
    static String ofFunction(PyCode code) {
        return code.code.filename + ":" + code.code.firstlineno + " in " + code.code.qualname;
    }

    /** What a compiled trace is: {@code "loop at ..."}, {@code "bridge at ..."} or {@code "function entry at ..."} (where it starts). */
    static String traced(org.taipan.jit.ir.Trace t) {
        if (t.isFunctionEntry() && !t.isFunctionEntryBridge()) {
            return "function entry at " + ofFunction(t.code);
        }
        return (t.isFunctionEntry() ? "function-entry bridge" : t.isBridge() ? "bridge" : "loop") + " at " + of(t.code, t.headerIp);
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
