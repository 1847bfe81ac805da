package org.taipan.jit.opt;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taipan.jit.ir.Dependency;
import org.taipan.jit.ir.FunctionShape;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Trace;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInstance;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyType;

/**
 * Guard elimination by type propagation: one forward walk that records what the instructions so
 * far prove about each value, and drops a guard that checks something already proved.
 * <ul>
 * <li>exact class: from {@code GUARD_CLASS}, {@code GUARD_IS} (the object's class),
 *     {@code CONST_REF}, {@code BOX_INT} (PyInt), {@code BOX_FLOAT} (PyFloat), {@code BOX_BOOL} (PyBool),
 *     {@code CHR} (PyStr);</li>
 * <li>fits a long: from {@code GUARD_SMALL_INT} and {@code BOX_INT};</li>
 * <li>identity: from {@code GUARD_IS}; truth: from {@code GUARD_TRUE}/{@code GUARD_FALSE};
 *     non-zero: from {@code GUARD_NONZERO_*};</li>
 * <li>Python type: from {@code GUARD_TYPE} and {@code NEW_INSTANCE} (which also gives the class's
 *     root shape; {@code ADDSLOT} gives its instance the next shape), forgotten like shapes;</li>
 * <li>a dependency's switch point ({@code GUARD_NOT_INVALIDATED}) or a function's code and defaults
 *     ({@code GUARD_FUNCTION}) checked: forgotten at LOOP and at every EFFECT op that may run code
 *     (all but {@link #RUNS_NO_CODE});</li>
 * <li>shape: from {@code GUARD_SHAPE}, forgotten at {@link IrOp#LOOP} and at every EFFECT op that
 *     may add attributes (all but {@link #SHAPE_PRESERVING}); a list index in bounds: from
 *     {@code GUARD_LIST_INDEX} of the same list and index values, forgotten likewise (none of
 *     those ops changes a list's length: {@code LIST_SETITEM} replaces an item).</li>
 * </ul>
 * Soundness: every fact except shape is a property of an SSA value, which never changes once
 * defined (a Java object's class never changes; PyInt and PyFloat are immutable), and the fact's
 * source executes before the dropped guard on every path through the trace (a trace is one path;
 * the preamble runs before every iteration). A shape can change by an effect, so its fact lives only
 * from its guard to the next such effect within one pass through the straight-line code.
 */
final class GuardElim {
    private GuardElim() {
    }

    /**
     * EFFECT ops that cannot change an instance's shape (a SETSLOT writes an existing slot) nor
     * shorten a list (LIST_APPEND only lengthens one: an index in bounds stays in bounds).
     */
    static final Set<String> SHAPE_PRESERVING = Set.of("SETSLOT", "SETMEMBER", "LIST_SETITEM", "RANGE_ITER_NEXT", "LIST_ITER_NEXT",
            "TUPLE_ITER_NEXT", "CELL_SET", "DICT_STORE_AT", "LIST_APPEND", "ENUM_SET_INDEX", "REVERSED_LIST_NEXT", "STR_ITER_NEXT");

    /**
     * EFFECT ops that run no Python code and store nothing a dependency or function guard watches
     * (module dicts, classes, functions): a GUARD_NOT_INVALIDATED or GUARD_FUNCTION checked before
     * one still holds after it. DICT_STORE_AT is not one (a global's switch point).
     */
    static final Set<String> RUNS_NO_CODE = Set.of("SETSLOT", "SETMEMBER", "ADDSLOT", "LIST_SETITEM", "RANGE_ITER_NEXT",
            "LIST_ITER_NEXT", "TUPLE_ITER_NEXT", "CELL_SET", "ENUM_SET_INDEX", "REVERSED_LIST_NEXT", "STR_ITER_NEXT");

    private static Object[] functionParts(FunctionShape f) {
        return new Object[] {f.function(), f.code(), f.defaults()};
    }

    /** Drops the redundant guards of {@code t}; returns how many. */
    static int run(Trace t) {
        Map<Ins, Class<?>> cls = new IdentityHashMap<>();
        Map<Ins, Object> shape = new IdentityHashMap<>();
        Map<Ins, Object> same = new IdentityHashMap<>();
        Set<List<Object>> inBounds = new java.util.HashSet<>();
        Set<Ins> small = newSet(), isTrue = newSet(), isFalse = newSet(), nonZero = newSet();
        // Python type (a value's __class__, changed only by code that runs) and the dependencies
        // and function shapes checked since the last op that could run code
        Map<Ins, Object> pyType = new IdentityHashMap<>();
        Set<Object> checked = new java.util.HashSet<>();
        List<Ins> out = new ArrayList<>(t.ops.size());
        int dropped = 0;
        for (Ins ins : t.ops) {
            Ins v = ins.args.length > 0 ? ins.args[0] : null;
            boolean redundant = switch (ins.op) {
                case GUARD_CLASS -> cls.get(v) == ins.aux;
                case GUARD_SMALL_INT -> small.contains(v);
                case GUARD_IS -> same.containsKey(v) && same.get(v) == ins.aux;
                case GUARD_SHAPE -> shape.containsKey(v) && shape.get(v) == ins.aux;
                case GUARD_TRUE -> isTrue.contains(v);
                case GUARD_FALSE -> isFalse.contains(v);
                case GUARD_NONZERO_I64, GUARD_NONZERO_F64 -> nonZero.contains(v);
                // a value of known class is an object (GUARD_CLASS fails on null; boxes, constants)
                case GUARD_NOT_NULL -> cls.containsKey(v);
                case GUARD_LIST_INDEX -> inBounds.contains(IdentityPair.of(ins.args));
                case GUARD_TYPE -> pyType.containsKey(v) && pyType.get(v) == ins.aux;
                case GUARD_NOT_INVALIDATED -> !checked.add(((Dependency) ins.aux).switchPoint());
                case GUARD_FUNCTION -> !checked.add(IdentityPair.of(functionParts((FunctionShape) ins.aux)));
                default -> false;
            };
            if (redundant) {
                dropped++;
                continue;
            }
            out.add(ins);
            switch (ins.op) {
                case GUARD_CLASS -> cls.put(v, (Class<?>) ins.aux);
                case GUARD_SMALL_INT -> small.add(v);
                case GUARD_IS -> {
                    same.put(v, ins.aux);
                    if (ins.aux != null) {
                        cls.put(v, ins.aux.getClass());
                    }
                }
                case GUARD_SHAPE -> shape.put(v, ins.aux);
                case GUARD_TYPE -> pyType.put(v, ins.aux);
                case NEW_INSTANCE -> {
                    // an object.__new__ instance: its class and the class's root shape
                    cls.put(ins, PyInstance.class);
                    pyType.put(ins, ins.aux);
                    shape.put(ins, ((PyType) ins.aux).rootShape());
                }
                case SEQ_ITER -> {
                    // GET_ITER of a list, tuple or str makes a SeqIterator, of a range a range iterator
                    Class<?> seq = cls.get(ins.args[0]);
                    if (seq == org.taipan.runtime.PyRange.class) {
                        cls.put(ins, org.taipan.runtime.PyRange.Iter.class);
                    } else if (seq == org.taipan.runtime.PyList.class || seq == org.taipan.runtime.PyTuple.class
                            || seq == org.taipan.runtime.PyStr.class) {
                        cls.put(ins, org.taipan.runtime.SeqIterator.class);
                    }
                }
                case ADDSLOT -> {
                    // moves only its own instance to the next shape; runs no code
                    shape.put(v, ins.aux);
                }
                case GUARD_LIST_INDEX -> inBounds.add(IdentityPair.of(ins.args));
                case GUARD_TRUE -> isTrue.add(v);
                case GUARD_FALSE -> isFalse.add(v);
                case GUARD_NONZERO_I64, GUARD_NONZERO_F64 -> nonZero.add(v);
                case CONST_REF -> {
                    if (ins.aux != null) {
                        cls.put(ins, ins.aux.getClass());
                        same.put(ins, ins.aux);
                        if (ins.aux instanceof PyInt i && i.getClass() == PyInt.class && i.fitsLong()) {
                            small.add(ins);
                        }
                    }
                }
                case BOX_INT -> {
                    cls.put(ins, PyInt.class);
                    small.add(ins);
                }
                case BOX_FLOAT -> cls.put(ins, PyFloat.class);
                case BOX_BOOL -> cls.put(ins, PyBool.class);
                case CHR -> cls.put(ins, org.taipan.runtime.PyStr.class);
                case CONST_I64 -> {
                    if ((Long) ins.aux != 0) {
                        nonZero.add(ins);
                    }
                }
                case CONST_F64 -> {
                    if ((Double) ins.aux != 0.0) {
                        nonZero.add(ins);
                    }
                }
                case LOOP -> {
                    shape.clear();
                    inBounds.clear();
                    pyType.clear();
                    checked.clear();
                }
                default -> {
                    if (ins.op.hasEffect() && !SHAPE_PRESERVING.contains(ins.op.name())) {
                        shape.clear();
                        inBounds.clear();
                        // code that may run here can assign __class__, rebind a global or a
                        // function's __code__, modify a class
                        pyType.clear();
                        checked.clear();
                    } else if (ins.op.hasEffect() && !RUNS_NO_CODE.contains(ins.op.name())) {
                        checked.clear();
                    }
                }
            }
        }
        t.replaceOps(out);
        return dropped;
    }

    /** A list of instructions compared by identity, as a set key. */
    private static final class IdentityPair extends java.util.AbstractList<Object> {
        private final Object[] items;

        private IdentityPair(Object[] items) {
            this.items = items.clone();
        }

        static IdentityPair of(Object[] items) {
            return new IdentityPair(items);
        }

        @Override
        public Object get(int i) {
            return items[i];
        }

        @Override
        public int size() {
            return items.length;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof IdentityPair p) || p.items.length != items.length) {
                return false;
            }
            for (int i = 0; i < items.length; i++) {
                if (items[i] != p.items[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (Object i : items) {
                h = h * 31 + System.identityHashCode(i);
            }
            return h;
        }
    }

    private static Set<Ins> newSet() {
        return java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
