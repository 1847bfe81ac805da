package org.taipan.jit.opt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.Trace;

/**
 * Common-subexpression elimination of PURE, non-allocating instructions: a second instruction with
 * the same op, the same constant and the same operands is replaced by the first.
 *
 * <p>Soundness: a PURE op's result depends only on its operands and constant, and the first
 * instruction comes before the second on the trace's one path (an instruction of the preamble
 * before every instruction of the body). Allocating ops (boxes) are left alone: merging two boxes
 * would make {@code is} true of objects CPython keeps apart. Constants are compared by value for
 * numbers ({@code Long}, {@code Double} by bits, {@code Integer} slot indices) and by identity
 * otherwise, so two distinct Python constants never merge.
 */
final class Cse {
    private Cse() {
    }

    private record Key(Object op, Object aux, List<Ins> args) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key k) || k.op != op || k.args.size() != args.size()) {
                return false;
            }
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i) != k.args.get(i)) {
                    return false;
                }
            }
            return aux instanceof Number ? aux.equals(k.aux) : aux == k.aux;
        }

        @Override
        public int hashCode() {
            int h = op.hashCode();
            for (Ins a : args) {
                h = h * 31 + System.identityHashCode(a);
            }
            return h * 31 + (aux instanceof Number ? aux.hashCode() : System.identityHashCode(aux));
        }
    }

    /** Merges duplicates in {@code t}; returns how many instructions were removed. */
    static int run(Trace t) {
        Map<Key, Ins> seen = new HashMap<>();
        List<Ins> out = new ArrayList<>(t.ops.size());
        int removed = 0;
        for (Ins ins : new ArrayList<>(t.ops)) {
            if (ins.op.isPure() && !ins.op.allocates()) {
                Key k = new Key(ins.op, ins.aux, Arrays.asList(ins.args.clone()));
                Ins first = seen.putIfAbsent(k, ins);
                if (first != null) {
                    Rewrite.replaceUses(t, ins, first);
                    removed++;
                    continue;
                }
            }
            out.add(ins);
        }
        t.replaceOps(out);
        return removed;
    }
}
