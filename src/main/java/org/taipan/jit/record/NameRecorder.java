package org.taipan.jit.record;

import org.taipan.interp.GlobalBinding;
import org.taipan.jit.ir.DictSlot;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyCell;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The recorder's variables that do not live in fast locals: closure cells (LOAD_DEREF,
 * STORE_DEREF, LOAD_CLOSURE: CPython 3.11's {@code ceval.c} cases of the same names) and, at
 * module level where the frame's locals are its globals, LOAD_NAME / STORE_NAME through the
 * module dict (CPython's LOAD_NAME looks in locals, then globals, then builtins).
 *
 * <p>A cell's contents are read every time (another function sharing the cell may rebind it
 * mid-loop); an unbound one is a guard whose exit lets tier 1 raise the NameError. A module-level
 * name is read and written at its dense position in the module dict, guarded by the dict's key
 * version (no key added or deleted since recording); a name that falls through to the builtins is
 * tier 1's LOAD_GLOBAL_BUILTIN condition ({@link GlobalBinding}) and a constant. Anything else
 * (class bodies, {@code exec} with other locals, a name not bound yet) aborts.
 */
final class NameRecorder {
    private final Recorder r;

    NameRecorder(Recorder r) {
        this.r = r;
    }

    /** LOAD_DEREF {@code k}: {@code ( -- cell k's contents)}. */
    void loadDeref(int i, int k) {
        if (!(r.st[k] instanceof PyCell cell) || cell.value == null) {
            throw new RecordAbort("LOAD_DEREF of an empty cell", i);
        }
        Ins v = r.b.emit(IrOp.CELL_GET, null, r.b.read(k));
        // emptied mid-loop (`del x` elsewhere): tier 1 raises the NameError at this instruction
        r.b.guard(IrOp.GUARD_NOT_NULL, null, v);
        r.push(v, cell.value);
        r.ip = i + 1;
    }

    /** STORE_DEREF {@code k}: {@code (v -- )} into cell {@code k}. */
    void storeDeref(int i, int k) {
        r.pops(i, 1);
        if (!(r.st[k] instanceof PyCell cell)) {
            throw new RecordAbort("STORE_DEREF without a cell", i);
        }
        PyObject o = r.st[r.sp - 1];
        r.b.emit(IrOp.CELL_SET, null, r.b.read(k), r.b.read(r.sp - 1));
        cell.value = o;
        r.pop();
        r.ip = i + 1;
    }

    /** LOAD_CLOSURE {@code k}: {@code ( -- cell k)} (the cell itself, for MAKE_FUNCTION's closure tuple). */
    void loadClosure(int i, int k) {
        if (!(r.st[k] instanceof PyCell)) {
            throw new RecordAbort("LOAD_CLOSURE without a cell", i);
        }
        r.push(r.b.read(k), r.st[k]);
        r.ip = i + 1;
    }

    /** The module dict when the frame's locals are its globals (module level), else null. */
    private PyDict moduleDict() {
        return r.f.locals == r.f.globals && r.f.globals.getClass() == PyDict.class ? r.f.globals : null;
    }

    /** LOAD_NAME {@code name} at module level: the module dict's value, or a builtin's. */
    void loadName(int i, PyStr name) {
        PyDict d = moduleDict();
        if (d == null) {
            throw new RecordAbort("LOAD_NAME outside module level", i);
        }
        int pos = d.positionOf(name);
        if (pos >= 0) {
            DictSlot s = new DictSlot(d, d.keysVersion(), pos, name.toString());
            r.b.guard(IrOp.GUARD_DICT_KEYS, s);
            r.push(r.b.emit(IrOp.DICT_VALUE_AT, s), d.valueAtPosition(pos));
            r.ip = i + 1;
            return;
        }
        PyDict builtins = r.f.builtins;
        int bpos = builtins.getClass() == PyDict.class ? builtins.positionOf(name) : -1;
        if (bpos < 0) {
            throw new RecordAbort("LOAD_NAME of an unbound name", i);
        }
        // absent from the module (its keys unchanged) and the same object in the builtins: a constant
        GlobalBinding g = new GlobalBinding(d, d.keysVersion(), builtins, builtins.keysVersion(), bpos,
                builtins.valueAtPosition(bpos));
        r.b.guard(IrOp.GUARD_GLOBAL, g);
        r.push(r.b.constant(g.value()), g.value());
        r.ip = i + 1;
    }

    /** STORE_NAME {@code name} at module level, of a name the module already has: {@code (v -- )}. */
    void storeName(int i, PyStr name) {
        r.pops(i, 1);
        PyDict d = moduleDict();
        if (d == null) {
            throw new RecordAbort("STORE_NAME outside module level", i);
        }
        int pos = d.positionOf(name);
        if (pos < 0) {
            // a new key would change the dict's keys: left to tier 1 (the next iteration finds it)
            throw new RecordAbort("STORE_NAME of a new name", i);
        }
        DictSlot s = new DictSlot(d, d.keysVersion(), pos, name.toString());
        PyObject o = r.st[r.sp - 1];
        r.b.guard(IrOp.GUARD_DICT_KEYS, s);
        r.b.emit(IrOp.DICT_STORE_AT, s, r.b.read(r.sp - 1));
        d.setValueAtPosition(pos, o);
        r.pop();
        r.ip = i + 1;
    }
}
