package org.taipan.jit.record;

import java.lang.invoke.SwitchPoint;
import org.taipan.interp.GlobalBinding;
import org.taipan.jit.ir.Dependency;
import org.taipan.jit.ir.DictSlot;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.TypeVersion;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.Shape;

/**
 * The guards by which a trace assumes the program's names and classes stay as recorded: where
 * the runtime can announce a change (a watched dict key, a type's version switch point) a
 * {@link IrOp#GUARD_NOT_INVALIDATED} that costs nothing per iteration; where it cannot or the key
 * or type changes too often to be worth it ({@code PyDict.watchKey} / {@code PyType.versionSwitchPoint}
 * answer null), the checked guards tier 1's caches test ({@link IrOp#GUARD_GLOBAL},
 * {@link IrOp#GUARD_TYPE_VERSION}). Either way the recorder may then use the recorded object
 * (a global's value, a class attribute) as a constant. For the recorder's handlers (globals,
 * module attributes, attribute and method lookups through a type).
 */
final class Speculation {
    private Speculation() {}

    /**
     * A LOAD_GLOBAL_MODULE/BUILTIN of {@code name} that resolves through {@code g}: for a module
     * global, its key in the globals; for a builtin, its absence from the globals and its key in
     * the builtins. Returns the IR value of the global: the recorded object as a constant, except
     * for a module global rebound too often to speculate on, which is read from its position in
     * the globals on every use ({@link IrOp#DICT_VALUE_AT} under {@link IrOp#GUARD_DICT_KEYS}), so
     * a loop that rebinds it every iteration still runs in its trace.
     */
    static Ins global(TraceBuilder b, GlobalBinding g, PyStr name) {
        SwitchPoint inGlobals = g.globals().watchKey(name);
        SwitchPoint inBuiltins = g.builtins() == null ? null : g.builtins().watchKey(name);
        String n = name.toString();
        // holds() re-reads the binding now that it is watched: nothing can have slipped in between
        if (inGlobals == null || (g.builtins() != null && inBuiltins == null) || !g.holds()) {
            if (g.builtins() == null && g.holds()) {
                DictSlot s = new DictSlot(g.globals(), g.globals().keysVersion(), g.position(), n);
                b.guard(IrOp.GUARD_DICT_KEYS, s);
                return b.emit(IrOp.DICT_VALUE_AT, s);
            }
            b.guard(IrOp.GUARD_GLOBAL, g);
            return b.constant(g.value());
        }
        if (g.builtins() == null) {
            b.guard(IrOp.GUARD_NOT_INVALIDATED, Dependency.on("global " + n, inGlobals));
        } else {
            b.guard(IrOp.GUARD_NOT_INVALIDATED, Dependency.on("no global " + n, inGlobals));
            b.guard(IrOp.GUARD_NOT_INVALIDATED, Dependency.on("builtin " + n, inBuiltins));
        }
        return b.constant(g.value());
    }

    /**
     * {@code key} of {@code dict} (a module's namespace) is bound as now, e.g. for a module
     * attribute used as a constant; false (nothing emitted) when the key is too volatile, and the
     * caller then guards the value itself.
     */
    static boolean dictKey(TraceBuilder b, PyDict dict, PyStr key, String what) {
        SwitchPoint sp = dict.watchKey(key);
        if (sp == null) {
            return false;
        }
        b.guard(IrOp.GUARD_NOT_INVALIDATED, Dependency.on(what, sp));
        return true;
    }

    /**
     * The value {@code v} (of Python type {@code type} now) still has that type, and the type is
     * at its current version (no attribute of it or a base changed): a {@link IrOp#GUARD_TYPE}
     * and the type's switch point, or {@link IrOp#GUARD_TYPE_VERSION} when the type is modified
     * too often.
     */
    /**
     * After {@link #typeVersion}: the guard that no instance attribute of {@code v} shadows the type
     * attribute {@code name}, as {@code AttrCacheProbe.cachedTypeAttr} said ({@code shadow}): none,
     * the instance's shape, or its instance dict lacking the name ({@link Shape#OF_DICT}).
     */
    static void unshadowed(TraceBuilder b, Shape shadow, PyStr name, Ins v) {
        if (shadow == Shape.OF_DICT) {
            b.guard(IrOp.GUARD_DICT_LACKS, name, v);
        } else if (shadow != null) {
            b.guard(IrOp.GUARD_SHAPE, shadow, v);
        }
    }

    static void typeVersion(TraceBuilder b, PyType type, Ins v) {
        int version = type.versionTag();
        SwitchPoint sp = type.versionSwitchPoint(version);
        if (sp == null) {
            b.guard(IrOp.GUARD_TYPE_VERSION, new TypeVersion(type, version), v);
            return;
        }
        b.guard(IrOp.GUARD_TYPE, type, v);
        b.guard(IrOp.GUARD_NOT_INVALIDATED, Dependency.on("type " + type.name() + " unchanged", sp));
    }
}
