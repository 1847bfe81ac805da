package org.taipan.compile;

import java.util.List;
import org.taipan.code.Opcode;

/**
 * Parallel assignment without a tuple, as CPython 3.11's flow-graph optimizer does it: in
 * {@code a, b = b, a} and {@code a, b, c = c, a, b} the right-hand tuple is built only to be
 * unpacked at once, so {@code BUILD_TUPLE n; UNPACK_SEQUENCE n} (n = 2 or 3) becomes
 * {@code SWAP n} (the unpacked items are the built ones in reverse order: exactly what SWAP
 * leaves for n up to 3). A {@code SWAP n} followed by n {@code STORE_FAST}s into distinct locals
 * on one line then disappears too ({@code apply_static_swaps}): exchanging the first and the
 * n-th store gives every local the same value. Neither rewrite can change what a program sees:
 * the removed instructions cannot raise for the tuple they built, and stores of one line in
 * another order are not observable.
 */
final class SwapPeephole {
    private SwapPeephole() {}

    /** Rewrites every block of {@code u} in place. */
    static void run(CodeUnit u) {
        for (BasicBlock b : u.allBlocks) {
            List<Instr> in = b.instrs;
            for (int i = 0; i + 1 < in.size(); i++) {
                Instr build = in.get(i), unpack = in.get(i + 1);
                if (build.op == Opcode.BUILD_TUPLE && unpack.op == Opcode.UNPACK_SEQUENCE
                        && build.oparg == unpack.oparg && (build.oparg == 2 || build.oparg == 3)) {
                    int n = build.oparg;
                    in.remove(i);
                    unpack.op = Opcode.SWAP;
                    unpack.oparg = n;
                    if (storesDistinctOnOneLine(in, i + 1, n)) {
                        in.remove(i);
                        Instr first = in.get(i);
                        in.set(i, in.get(i + n - 1));
                        in.set(i + n - 1, first);
                    }
                }
            }
        }
    }

    /** Whether {@code in[from .. from + n)} are STORE_FASTs into n different locals, all on one line. */
    private static boolean storesDistinctOnOneLine(List<Instr> in, int from, int n) {
        if (from + n > in.size()) {
            return false;
        }
        Instr first = in.get(from);
        for (int k = from; k < from + n; k++) {
            Instr s = in.get(k);
            if (s.op != Opcode.STORE_FAST || s.pseudo != null || s.pos == null || first.pos == null
                    || s.pos.line() != first.pos.line()) {
                return false;
            }
            for (int j = from; j < k; j++) {
                if (in.get(j).oparg == s.oparg) {
                    return false;
                }
            }
        }
        return true;
    }
}
