package org.taipan.interp;

import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyObject;

/**
 * What a trace assumes about one LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN (the constant of the
 * JIT's GUARD_GLOBAL): tier 1's inline-cache condition (the globals' keys unchanged, and for a
 * builtin the builtins' keys too) and that the value at the cached position is still
 * {@link #value}, so the trace may use that object as a constant.
 *
 * @param globals         the frame's globals
 * @param globalsVersion  their key version when recorded
 * @param builtins        the builtins dict for a builtin, else null
 * @param builtinsVersion its key version when recorded
 * @param position        the entry's position in the dict the value comes from
 * @param value           the value when recorded
 */
public record GlobalBinding(PyDict globals, int globalsVersion, PyDict builtins, int builtinsVersion, int position,
                            PyObject value) {
    /**
     * The binding LOAD_GLOBAL_MODULE/BUILTIN at {@code i} of {@code q} reads now through its
     * inline cache (the same test as {@code SpecializedOps.loadGlobalModule/Builtin}), or null
     * when the cache does not apply (tier 1 would miss).
     */
    public static GlobalBinding probe(Frame f, PyCode q, int i, boolean builtin) {
        if (!(q.caches[i] instanceof Specializer.GlobalCache c) || c.globals() != f.globals
                || f.globals.keysVersion() != c.globalsVersion()) {
            return null;
        }
        if (builtin) {
            if (c.builtins() != f.builtins || f.builtins.keysVersion() != c.builtinsVersion()) {
                return null;
            }
            PyObject v = f.builtins.valueAtPosition(c.position());
            return v == null ? null : new GlobalBinding(f.globals, c.globalsVersion(), f.builtins, c.builtinsVersion(), c.position(), v);
        }
        PyObject v = f.globals.valueAtPosition(c.position());
        return v == null ? null : new GlobalBinding(f.globals, c.globalsVersion(), null, 0, c.position(), v);
    }

    /** Whether the binding still holds: the key versions as recorded and the same value at the position. */
    public boolean holds() {
        if (globals.keysVersion() != globalsVersion) {
            return false;
        }
        if (builtins != null) {
            return builtins.keysVersion() == builtinsVersion && builtins.valueAtPosition(position) == value;
        }
        return globals.valueAtPosition(position) == value;
    }

    @Override
    public String toString() {
        return "global " + (builtins != null ? "builtin " : "") + "position " + position;
    }
}
