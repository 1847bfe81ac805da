package org.taipan.jit.ir;

import org.taipan.runtime.PyType;

/**
 * The constant of a {@link IrOp#GUARD_TYPE_VERSION}: a type and the version tag it had when the
 * trace was recorded ({@code PyType.versionTag}, which changes whenever the type or a base is
 * modified), as tier 1's attribute caches check it.
 *
 * @param type    the expected Python type of the operand
 * @param version its version tag at recording
 */
public record TypeVersion(PyType type, int version) {
    /** Whether {@code o}'s type is {@link #type} and still at {@link #version}. */
    public boolean holdsFor(Object o) {
        return o instanceof org.taipan.runtime.PyObject p && p.type() == type && type.versionTag() == version;
    }

    @Override
    public String toString() {
        return type.name() + " v" + version;
    }
}
