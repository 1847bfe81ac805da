package org.taipan.jit;

import java.util.ArrayList;
import java.util.List;
import org.taipan.jit.ir.Dependency;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Trace;

/**
 * The assumptions of a compiled trace ({@link IrOp#GUARD_NOT_INVALIDATED} constants), which the
 * JIT checks before entering it: a trace whose switch point was invalidated would only exit at
 * that guard on every entry, so it is thrown away and the loop recorded again.
 */
final class Dependencies {
    private Dependencies() {}

    /** The distinct dependencies of {@code t}'s (optimized) instructions, or null when there are none. */
    static Dependency[] of(Trace t) {
        List<Dependency> out = new ArrayList<>();
        for (Ins ins : t.ops) {
            if (ins.op == IrOp.GUARD_NOT_INVALIDATED && ins.aux instanceof Dependency d && !out.contains(d)) {
                out.add(d);
            }
        }
        return out.isEmpty() ? null : out.toArray(new Dependency[0]);
    }

    /** Whether any of {@code deps} (null: none) was invalidated. */
    static boolean anyInvalidated(Dependency[] deps) {
        return firstInvalidated(deps) != null;
    }

    /** The first invalidated dependency of {@code deps} (null: none), or null. */
    static Dependency firstInvalidated(Dependency[] deps) {
        if (deps != null) {
            for (Dependency d : deps) {
                if (d.invalidated()) {
                    return d;
                }
            }
        }
        return null;
    }
}
