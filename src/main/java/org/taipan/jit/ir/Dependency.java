package org.taipan.jit.ir;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.SwitchPoint;

/**
 * The constant of a {@link IrOp#GUARD_NOT_INVALIDATED}: something the trace assumes about the
 * program (a global's binding, a class's attributes) that the runtime announces the end of by
 * invalidating {@link #switchPoint} ({@code PyDict.watchKey}, {@code PyType.versionSwitchPoint}).
 * {@link #guard} is {@code switchPoint.guardWithTest(true, false)}: a constant method handle that
 * C2 compiles to nothing while the switch point is valid, registering a dependency; invalidation
 * deoptimizes the compiled trace, after which the guard answers false and the trace exits. So the
 * check costs nothing per iteration, yet a change made mid-iteration (by code the trace calls) is
 * seen at the next guard.
 *
 * @param what        what is assumed, for the log ({@code global x}, {@code type C unchanged})
 * @param switchPoint the switch point the runtime invalidates
 * @param guard       {@code ()boolean}: true while the switch point is valid
 */
public record Dependency(String what, SwitchPoint switchPoint, MethodHandle guard) {
    private static final MethodHandle TRUE = MethodHandles.constant(boolean.class, true);
    private static final MethodHandle FALSE = MethodHandles.constant(boolean.class, false);

    /** The dependency on {@code switchPoint} (valid when created), described as {@code what}. */
    public static Dependency on(String what, SwitchPoint switchPoint) {
        return new Dependency(what, switchPoint, switchPoint.guardWithTest(TRUE, FALSE));
    }

    /**
     * Whether the assumption still holds, through {@link #guard}: what a compiled trace calls (a
     * record's final fields are trusted by C2, so from a constant dependency this folds to the
     * switch point's constant answer).
     */
    public boolean holds() {
        try {
            return (boolean) guard.invokeExact();
        } catch (Throwable t) {
            throw new AssertionError("a constant method handle threw", t);
        }
    }

    /** Whether the switch point was invalidated (a plain check, for the JIT before entering a trace). */
    public boolean invalidated() {
        return switchPoint.hasBeenInvalidated();
    }

    @Override
    public String toString() {
        return what;
    }
}
