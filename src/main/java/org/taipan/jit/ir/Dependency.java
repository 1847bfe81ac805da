package org.taipan.jit.ir;

import java.lang.invoke.SwitchPoint;

/**
 * The constant of a {@link IrOp#GUARD_NOT_INVALIDATED}: something the trace assumes about the
 * program (a global's binding, a class's attributes) that the runtime announces the end of by
 * invalidating {@link #switchPoint} ({@code PyDict.watchKey}, {@code PyType.versionSwitchPoint}).
 *
 * <p>The guard is a plain read, {@link SwitchPoint#hasBeenInvalidated}: the switch point's
 * {@code MutableCallSite} target compared with its "valid" handle. In a trace class the dependency
 * is a class-data constant, a record's fields and the switch point's are trusted finals, and C2
 * folds the {@code CallSite.target} of a constant call site, registering a dependency that
 * invalidation ({@code MutableCallSite.syncAll}) deoptimizes: the check costs nothing per
 * iteration, yet a change made mid-iteration (by code the trace calls) is seen at the next guard.
 * Before C2, C1 and the interpreter pay three loads and a compare. (The guard used to invoke
 * {@code switchPoint.guardWithTest(true, false)}: the same after C2, but C1 left that call and its
 * lambda forms out of line, 4-7% of wordcount's samples while its traces waited for C2.)
 *
 * @param what        what is assumed, for the log ({@code global x}, {@code type C unchanged})
 * @param switchPoint the switch point the runtime invalidates
 */
public record Dependency(String what, SwitchPoint switchPoint) {
    /** The dependency on {@code switchPoint} (valid when created), described as {@code what}. */
    public static Dependency on(String what, SwitchPoint switchPoint) {
        return new Dependency(what, switchPoint);
    }

    /** Whether the assumption still holds: what a compiled trace's GUARD_NOT_INVALIDATED calls. */
    public boolean holds() {
        return !switchPoint.hasBeenInvalidated();
    }

    /** Whether the switch point was invalidated (for the JIT before entering a trace). */
    public boolean invalidated() {
        return switchPoint.hasBeenInvalidated();
    }

    @Override
    public String toString() {
        return what;
    }
}
