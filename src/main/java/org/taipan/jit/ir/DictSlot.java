package org.taipan.jit.ir;

import org.taipan.runtime.PyDict;

/**
 * The constant of {@link IrOp#GUARD_DICT_KEYS}, {@link IrOp#DICT_VALUE_AT} and
 * {@link IrOp#DICT_STORE_AT}: one key of a namespace dict (a module's globals, read and written by
 * LOAD_NAME / STORE_NAME at module level), found once at recording at a dense position that
 * stays valid while the dict's key version is the recorded one ({@link PyDict#keysVersion}: no
 * key added or deleted; overwriting a value keeps it).
 *
 * @param dict        the namespace
 * @param keysVersion its key version at recording
 * @param position    the key's dense position ({@link PyDict#positionOf})
 * @param name        the key, for the log
 */
public record DictSlot(PyDict dict, int keysVersion, int position, String name) {
    /** Whether the dict still has the recorded keys (so {@link #position} still holds {@link #name}). */
    public boolean holds() {
        return dict.keysVersion() == keysVersion;
    }

    /** The value now at the position (valid while {@link #holds}). */
    public Object value() {
        return dict.valueAtPosition(position);
    }

    @Override
    public String toString() {
        return "name '" + name + "' position " + position;
    }
}
