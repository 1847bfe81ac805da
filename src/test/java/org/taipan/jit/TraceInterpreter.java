package org.taipan.jit;

import java.util.List;
import org.taipan.interp.Frame;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;
import org.taipan.jit.ir.Trace;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyRange;
import org.taipan.runtime.ThreadState;

/**
 * A reference backend for tests: runs a trace's IR directly, one instruction at a time, with the
 * meaning IrOp's table gives each op, and leaves through a failing guard's snapshot (boxing
 * unboxed values). What the recorder emits is checked against tier 1 with it before any real
 * backend exists: a program must print the same with the JIT forced on through this as with
 * the JIT off. Handles the ops the recorder emits; anything else fails the test loudly.
 */
final class TraceInterpreter implements CompiledTrace {
    /** Iterations per run before returning -1 at the header (the real backend's budget). */
    private static final int BUDGET = 1000;

    private final Trace t;
    private final List<Ins> ops;
    private final int loop;
    int exits;
    int iterations;

    TraceInterpreter(Trace t) {
        t.verify();
        this.t = t;
        this.ops = t.ops;
        this.loop = t.loopIndex();
        t.renumber();
    }

    @Override
    public int run(ThreadState ts, Frame f) {
        Object[] v = new Object[ops.size()];
        int exit = 0;
        for (int n = 0; n < ops.size(); n++) {
            Ins ins = ops.get(n);
            if (ins.op == IrOp.PHI) {
                v[n] = v[ins.arg(0).id];
                continue;
            }
            if (ins.op == IrOp.LOOP) {
                continue;
            }
            if (ins.op == IrOp.CALL_TRACE) {
                // the frame written as at an exit, the inner trace run; leaving elsewhere returns with the frame as it is
                leave(ts, f, ins.snapshot, v);
                f.sp = ins.snapshot.sp();
                if (!org.taipan.jit.InnerLoops.runFromHeader(ts, f, ins.aux)) {
                    exits++;
                    return exit;
                }
                exit++;
                continue;
            }
            if (ins.op.mayRaise() && !ins.op.isGuard()) {
                // a raising op: the frame is written at its instruction, then the exception goes on (as the backend's catchInto)
                boolean real = ins.op == IrOp.CALL_HELPER && ins.snapshot.parent() != null
                        && ins.aux instanceof java.lang.reflect.Method m && m.isAnnotationPresent(org.taipan.interp.RunsPython.class);
                Frame[] chain = real ? pushFrames(ts, f, ins.snapshot, v) : null;
                try {
                    v[n] = eval(ins, v, f);
                } catch (RuntimeException | StackOverflowError e) {
                    exits++;
                    if (ins.snapshot.parent() != null) {
                        // raised inside inlined calls: unwound there by tier 1 (as InlinedExits.leave with it pending)
                        if (real) {
                            popFrames(ts, chain);
                        }
                        leave(ts, f, ins.snapshot, v, e, chain);
                        return exit;
                    }
                    leave(ts, f, ins.snapshot, v);
                    throw e;
                }
                if (real) {
                    popFrames(ts, chain);
                }
                exit++;
                continue;
            }
            if (ins.op.needsSnapshot()) {
                if (!holds(ins, v)) {
                    exits++;
                    leave(ts, f, ins.snapshot, v);
                    return exit;
                }
                exit++;
                continue;
            }
            if (ins.op == IrOp.JUMP) {
                iterations++;
                Object[] next = v.clone();
                int p = loop + 1;
                for (; ops.get(p).op == IrOp.PHI; p++) {
                    next[p] = v[ops.get(p).arg(1).id];
                }
                v = next;
                if (iterations % BUDGET == 0) {
                    backAtHeader(f, v);
                    return -1;
                }
                n = p - 1; // the PHIs just took their values: the body starts after them
                exit = countGuardsBefore(loop);
                continue;
            }
            v[n] = eval(ins, v, f);
        }
        throw new IllegalStateException("trace fell off its end");
    }

    private int countGuardsBefore(int end) {
        int c = 0;
        for (int k = 0; k < end; k++) {
            if (ops.get(k).op.needsSnapshot()) {
                c++;
            }
        }
        return c;
    }

    private static Object a(Ins ins, int k, Object[] v) {
        return v[ins.arg(k).id];
    }

    private static long l(Ins ins, int k, Object[] v) {
        return (Long) a(ins, k, v);
    }

    private static double d(Ins ins, int k, Object[] v) {
        return (Double) a(ins, k, v);
    }

    private static boolean holds(Ins g, Object[] v) {
        return switch (g.op) {
            case GUARD_CLASS -> a(g, 0, v).getClass() == g.aux;
            case GUARD_IS -> a(g, 0, v) == g.aux;
            case GUARD_SMALL_INT -> ((PyInt) a(g, 0, v)).fitsLong();
            case GUARD_TRUE -> (Boolean) a(g, 0, v);
            case GUARD_FALSE -> !(Boolean) a(g, 0, v);
            case GUARD_NO_OVERFLOW_ADD -> ((l(g, 0, v) ^ l(g, 2, v)) & (l(g, 1, v) ^ l(g, 2, v))) >= 0;
            case GUARD_NO_OVERFLOW_SUB -> ((l(g, 0, v) ^ l(g, 1, v)) & (l(g, 0, v) ^ l(g, 2, v))) >= 0;
            case GUARD_NO_OVERFLOW_MUL -> Math.multiplyHigh(l(g, 0, v), l(g, 1, v)) == (l(g, 2, v) >> 63);
            case GUARD_NONZERO_I64 -> l(g, 0, v) != 0;
            case GUARD_NONZERO_F64 -> d(g, 0, v) != 0.0;
            case GUARD_LIST_INDEX -> l(g, 1, v) >= 0 && l(g, 1, v) < ((PyList) a(g, 0, v)).size();
            case GUARD_GLOBAL -> ((org.taipan.interp.GlobalBinding) g.aux).holds();
            case GUARD_FUNCTION -> ((org.taipan.jit.ir.FunctionShape) g.aux).holds();
            case GUARD_TYPE_VERSION -> ((org.taipan.jit.ir.TypeVersion) g.aux).holdsFor(a(g, 0, v));
            case GUARD_TYPE -> a(g, 0, v) instanceof org.taipan.runtime.PyObject p && p.type() == g.aux;
            case GUARD_NOT_INVALIDATED -> ((org.taipan.jit.ir.Dependency) g.aux).holds();
            case GUARD_SHAPE -> a(g, 0, v) instanceof org.taipan.runtime.PyInstance p && p.shape() == g.aux;
            case GUARD_DICT_LACKS -> org.taipan.runtime.ObjectSlots.instanceDictLacks(
                    (org.taipan.runtime.PyObject) a(g, 0, v), (org.taipan.runtime.PyStr) g.aux);
            case GUARD_RANGE_ITER_ACTIVE -> ((PyRange.Iter) a(g, 0, v)).hasNext();
            case GUARD_LIST_ITER_ACTIVE -> ((org.taipan.runtime.SeqIterator) a(g, 0, v)).listActive();
            case GUARD_ENUMERATE -> org.taipan.builtins.IteratorTypes.enumerateActive(a(g, 0, v));
            case GUARD_REVERSED_ITER_ACTIVE -> ((org.taipan.runtime.ReversedIterator) a(g, 0, v)).listActive();
            case GUARD_ZIP -> org.taipan.builtins.IteratorTypes.zipActive(a(g, 0, v), (Integer) g.aux);
            case GUARD_TUPLE_ITER_ACTIVE -> ((org.taipan.runtime.SeqIterator) a(g, 0, v)).tupleActive();
            case GUARD_TUPLE_INDEX -> l(g, 1, v) >= 0 && l(g, 1, v) < ((org.taipan.runtime.PyTuple) a(g, 0, v)).size();
            case GUARD_STR_ITER_ACTIVE -> ((org.taipan.runtime.SeqIterator) a(g, 0, v)).strActive();
            case GUARD_STR_INDEX -> org.taipan.jit.emit.Templates.strIndexOk(a(g, 0, v), l(g, 1, v));
            case GUARD_LEN -> org.taipan.jit.emit.Templates.len(a(g, 0, v)) == (Integer) g.aux;
            case GUARD_NO_OVERFLOW_DIV -> l(g, 0, v) != Long.MIN_VALUE || l(g, 1, v) != -1;
            case GUARD_NO_OVERFLOW_NEG -> l(g, 0, v) != Long.MIN_VALUE;
            case GUARD_NOT_NULL -> a(g, 0, v) != null;
            case GUARD_YIELD, GUARD_SPLIT -> false;
            case GUARD_POW_FLOAT -> powIsFloat(d(g, 0, v), d(g, 1, v), d(g, 2, v));
            case GUARD_DICT_KEYS -> ((org.taipan.jit.ir.DictSlot) g.aux).dict().keysVersion() == ((org.taipan.jit.ir.DictSlot) g.aux).keysVersion();
            case GUARD_NOT_NEGATIVE_F64 -> !(d(g, 0, v) < 0.0);
            default -> throw new IllegalStateException("no test semantics for " + g);
        };
    }

    /** The oracle for GUARD_POW_FLOAT: tier 1's float pow gives the float {@code r} without raising. */
    private static boolean powIsFloat(double x, double y, double r) {
        try {
            return PyFloat.arithmetic(org.taipan.runtime.Abstract.NB_POWER, x, y) instanceof PyFloat p
                    && Double.compare(p.value(), r) == 0;
        } catch (org.taipan.runtime.PyException e) {
            return false;
        }
    }

    /** CALL_HELPER with a {@code java.lang.reflect.Method} target: what it raises comes out as itself. */
    private static Object callHelper(Ins ins, Object[] v, ThreadState ts) {
        java.lang.reflect.Method m = (java.lang.reflect.Method) ins.aux;
        // a helper taking the thread first gets the trace's own, as the backend passes it
        int first = m.getParameterCount() > ins.args.length ? 1 : 0;
        Object[] args = new Object[ins.args.length + first];
        if (first == 1) {
            args[0] = ts;
        }
        for (int k = 0; k < ins.args.length; k++) {
            args[first + k] = v[ins.arg(k).id];
        }
        try {
            return ((java.lang.reflect.Method) ins.aux).invoke(null, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw (Error) e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object eval(Ins ins, Object[] v, Frame f) {
        return switch (ins.op) {
            case SLOT -> f.stack[ins.auxInt()];
            case FRAME_SLOT -> f.stack[ins.auxInt()];
            case CONST_I64, CONST_F64, CONST_REF -> ins.aux;
            case UNBOX_INT -> ((PyInt) a(ins, 0, v)).longValue();
            case UNBOX_FLOAT -> ((PyFloat) a(ins, 0, v)).value();
            case BOX_INT -> PyInt.of(l(ins, 0, v));
            case BOX_FLOAT -> new PyFloat(d(ins, 0, v));
            case BOX_BOOL -> PyBool.of((Boolean) a(ins, 0, v));
            case INT_ADD -> l(ins, 0, v) + l(ins, 1, v);
            case INT_SUB -> l(ins, 0, v) - l(ins, 1, v);
            case INT_MUL -> l(ins, 0, v) * l(ins, 1, v);
            case INT_MOD -> Math.floorMod(l(ins, 0, v), l(ins, 1, v));
            case INT_FLOORDIV -> Math.floorDiv(l(ins, 0, v), l(ins, 1, v));
            case INT_AND -> l(ins, 0, v) & l(ins, 1, v);
            case INT_OR -> l(ins, 0, v) | l(ins, 1, v);
            case INT_XOR -> l(ins, 0, v) ^ l(ins, 1, v);
            case INT_RSHIFT -> l(ins, 0, v) >> Math.min(l(ins, 1, v), 63);
            case INT_NEG -> -l(ins, 0, v);
            case INT_LT -> l(ins, 0, v) < l(ins, 1, v);
            case INT_LE -> l(ins, 0, v) <= l(ins, 1, v);
            case INT_EQ -> l(ins, 0, v) == l(ins, 1, v);
            case INT_NE -> l(ins, 0, v) != l(ins, 1, v);
            case INT_GT -> l(ins, 0, v) > l(ins, 1, v);
            case INT_GE -> l(ins, 0, v) >= l(ins, 1, v);
            case INT_TO_FLOAT -> (double) l(ins, 0, v);
            case FLOAT_ADD -> d(ins, 0, v) + d(ins, 1, v);
            case FLOAT_SUB -> d(ins, 0, v) - d(ins, 1, v);
            case FLOAT_MUL -> d(ins, 0, v) * d(ins, 1, v);
            case FLOAT_DIV -> d(ins, 0, v) / d(ins, 1, v);
            case FLOAT_NEG -> -d(ins, 0, v);
            case FLOAT_LT -> d(ins, 0, v) < d(ins, 1, v);
            case FLOAT_LE -> d(ins, 0, v) <= d(ins, 1, v);
            case FLOAT_EQ -> d(ins, 0, v) == d(ins, 1, v);
            case FLOAT_NE -> d(ins, 0, v) != d(ins, 1, v);
            case FLOAT_GT -> d(ins, 0, v) > d(ins, 1, v);
            case FLOAT_GE -> d(ins, 0, v) >= d(ins, 1, v);
            case LIST_GETITEM -> ((PyList) a(ins, 0, v)).get((int) l(ins, 1, v));
            case LIST_SETITEM -> {
                ((PyList) a(ins, 0, v)).set((int) l(ins, 1, v), (PyObject) a(ins, 2, v));
                yield null;
            }
            case GETSLOT -> ((org.taipan.runtime.PyInstance) a(ins, 0, v)).valueAt(ins.auxInt());
            case SETSLOT -> {
                ((org.taipan.runtime.PyInstance) a(ins, 0, v)).setValueAt(ins.auxInt(), (PyObject) a(ins, 1, v));
                yield null;
            }
            case REF_IS -> a(ins, 0, v) == a(ins, 1, v);
            case RANGE_ITER_NEXT -> ((PyRange.Iter) a(ins, 0, v)).nextLong();
            case LIST_ITER_NEXT -> ((org.taipan.runtime.SeqIterator) a(ins, 0, v)).listNext();
            case TUPLE_ITER_NEXT -> ((org.taipan.runtime.SeqIterator) a(ins, 0, v)).tupleNext();
            case REVERSED_LIST_NEXT -> ((org.taipan.runtime.ReversedIterator) a(ins, 0, v)).listNext();
            case ITER_SOURCE -> org.taipan.builtins.IteratorTypes.source(a(ins, 0, v), (Integer) ins.aux);
            case ENUM_INDEX -> org.taipan.builtins.IteratorTypes.enumerateIndex(a(ins, 0, v));
            case ENUM_SET_INDEX -> {
                org.taipan.builtins.IteratorTypes.setEnumerateIndex(a(ins, 0, v), l(ins, 1, v));
                yield null;
            }
            case TUPLE_GETITEM -> ((org.taipan.runtime.PyTuple) a(ins, 0, v)).get((int) l(ins, 1, v));
            case STR_ITER_NEXT -> org.taipan.jit.emit.Templates.strIterNext(a(ins, 0, v));
            case STR_CODE_POINT -> org.taipan.jit.emit.Templates.strCodePoint(a(ins, 0, v), l(ins, 1, v));
            case CHR -> org.taipan.jit.emit.Templates.chr(l(ins, 0, v));
            case STR_HAS_CODE_POINT -> org.taipan.jit.emit.Templates.strHasCodePoint(a(ins, 0, v), l(ins, 1, v));
            case CHAR_IS -> org.taipan.jit.emit.Templates.charIs(l(ins, 0, v), (Integer) ins.aux);
            case NEW_TUPLE -> {
                PyObject[] items = new PyObject[ins.args.length];
                for (int k = 0; k < items.length; k++) {
                    items[k] = box(a(ins, k, v));
                }
                yield org.taipan.runtime.PyTuple.of(items);
            }
            case LEN -> org.taipan.jit.emit.Templates.len(a(ins, 0, v));
            case SEQ_ITER -> org.taipan.jit.emit.Templates.seqIter(a(ins, 0, v));
            case NEW_SLICE -> new org.taipan.runtime.PySlice((PyObject) a(ins, 0, v), (PyObject) a(ins, 1, v), (PyObject) a(ins, 2, v));
            case SEQ_GETSLICE -> org.taipan.runtime.Abstract.getItem((PyObject) a(ins, 0, v), (PyObject) a(ins, 1, v));
            case LIST_SETSLICE -> {
                org.taipan.runtime.Abstract.setItem((PyObject) a(ins, 0, v), (PyObject) a(ins, 1, v), (PyObject) a(ins, 2, v));
                yield null;
            }
            case NEW_LIST -> new PyList();
            case NEW_INSTANCE -> org.taipan.jit.emit.Templates.newInstance(ins.aux);
            case ADDSLOT -> {
                org.taipan.jit.emit.Templates.addSlot(a(ins, 0, v), a(ins, 1, v), ins.aux);
                yield null;
            }
            case DICT_GETITEM -> org.taipan.jit.emit.Templates.dictGet(a(ins, 0, v), a(ins, 1, v));
            case DICT_SETITEM -> {
                org.taipan.jit.emit.Templates.dictSet(a(ins, 0, v), a(ins, 1, v), a(ins, 2, v));
                yield null;
            }
            case CONTAINS -> org.taipan.jit.emit.Templates.contains(a(ins, 0, v), a(ins, 1, v));
            case LIST_EXTEND -> {
                org.taipan.jit.emit.Templates.listExtend(a(ins, 0, v), a(ins, 1, v));
                yield null;
            }
            case TUPLE_OF_LIST -> org.taipan.runtime.PyTuple.of(((PyList) a(ins, 0, v)).toArray());
            case LIST_APPEND -> {
                ((PyList) a(ins, 0, v)).append((PyObject) a(ins, 1, v));
                yield null;
            }
            // the oracle for the number ops is tier 1's object arithmetic on the boxed operands
            case FLOAT_FLOORDIV -> ((PyFloat) PyFloat.arithmetic(org.taipan.runtime.Abstract.NB_FLOOR_DIVIDE, d(ins, 0, v), d(ins, 1, v))).value();
            case FLOAT_MOD -> ((PyFloat) PyFloat.arithmetic(org.taipan.runtime.Abstract.NB_REMAINDER, d(ins, 0, v), d(ins, 1, v))).value();
            case FLOAT_ABS -> Math.abs(d(ins, 0, v));
            case FLOAT_POW -> PyFloat.arithmetic(org.taipan.runtime.Abstract.NB_POWER, d(ins, 0, v), d(ins, 1, v)) instanceof PyFloat p
                    ? p.value() : Double.NaN;
            case FLOAT_SQRT -> Math.sqrt(d(ins, 0, v));
            case INT_FLOAT_CMP -> org.taipan.runtime.Abstract.richCompare(PyInt.of(l(ins, 0, v)), new PyFloat(d(ins, 1, v)),
                    org.taipan.runtime.CompareOp.of(ins.auxInt())) == PyBool.TRUE;
            case BOOL_NOT -> !(Boolean) a(ins, 0, v);
            case CALL_HELPER, RESIDUAL -> callHelper(ins, v, ThreadState.current());
            case DICT_VALUE_AT -> ((org.taipan.jit.ir.DictSlot) ins.aux).dict().valueAtPosition(((org.taipan.jit.ir.DictSlot) ins.aux).position());
            case DICT_STORE_AT -> {
                org.taipan.jit.ir.DictSlot d = (org.taipan.jit.ir.DictSlot) ins.aux;
                d.dict().setValueAtPosition(d.position(), (PyObject) a(ins, 0, v));
                yield null;
            }
            case BOOL_TO_INT -> (Boolean) a(ins, 0, v) ? 1L : 0L;
            case CELL_GET -> ((org.taipan.runtime.PyCell) a(ins, 0, v)).value;
            case CELL_SET -> {
                ((org.taipan.runtime.PyCell) a(ins, 0, v)).value = (PyObject) a(ins, 1, v);
                yield null;
            }
            default -> throw new IllegalStateException("no test semantics for " + ins);
        };
    }

    private static PyObject box(Object o) {
        if (o instanceof Long x) {
            return PyInt.of(x);
        }
        if (o instanceof Double x) {
            return new PyFloat(x);
        }
        if (o instanceof Boolean x) {
            return PyBool.of(x);
        }
        return (PyObject) o;
    }

    /**
     * Writes the snapshot's frame back: changed slots, the stack cleared above its depth, sp and
     * ip. For a snapshot inside inlined calls: the callee frames are re-created from their
     * snapshots (every slot given; null is empty), the loop's frame left in its CALL, and the
     * calls finished by tier 1 ({@code Eval.finishCalls}); the result is pushed on the loop's
     * frame, which resumes after the CALL, or what they raised is rethrown with the loop's frame
     * at the CALL.
     */
    private static void leave(ThreadState ts, Frame f, Snapshot s, Object[] v) {
        leave(ts, f, s, v, null, null);
    }

    /**
     * A RunsPython helper inside inlined calls: their frames made as an exit makes them and pushed
     * on the thread for the call (the real backend's RealFrames), innermost first.
     */
    private static Frame[] pushFrames(ThreadState ts, Frame f, Snapshot s, Object[] v) {
        Frame[] chain = frames(s, v);
        Snapshot root = s;
        while (root.parent() != null) {
            root = root.parent();
        }
        Ins[] slots = root.slots();
        for (int k = 0; k < Math.min(slots.length, f.code.nlocalsplus); k++) {
            if (slots[k] != null) {
                f.stack[k] = box(v[slots[k].id]);
            }
        }
        f.lasti = root.ip();
        for (int k = chain.length - 1; k >= 0; k--) {
            chain[k].back = ts.frame;
            ts.frame = chain[k];
            ts.depth += chain[k].callEnd == null ? 1 : 1 + chain[k].callEnd.extraDepth();
        }
        return chain;
    }

    private static void popFrames(ThreadState ts, Frame[] chain) {
        for (Frame c : chain) {
            ts.frame = c.back;
            ts.depth -= c.callEnd == null ? 1 : 1 + c.callEnd.extraDepth();
        }
    }

    private static Frame[] frames(Snapshot s, Object[] v) {
        int n = s.depth() - 1;
        Frame[] chain = new Frame[n];
        Snapshot root = s;
        for (int k = 0; k < n; k++, root = root.parent()) {
            PyFunction fn = root.function();
            Frame c = new Frame(root.code(), fn, fn.globals, fn.builtins, null);
            Ins[] slots = root.slots();
            for (int j = 0; j < slots.length; j++) {
                c.stack[j] = slots[j] == null ? null : box(v[slots[j].id]);
            }
            c.sp = root.sp();
            c.ip = root.ip();
            org.taipan.jit.exit.InlinedExits.markCall(c, root);
            if (k > 0) {
                c.lasti = root.ip();
            }
            chain[k] = c;
        }
        return chain;
    }

    private static void leave(ThreadState ts, Frame f, Snapshot s, Object[] v, Throwable pending, Frame[] made) {
        if (s.parent() == null) {
            writeBack(f, s, v);
            f.ip = s.ip();
            return;
        }
        if (made != null) {
            Snapshot root = s;
            while (root.parent() != null) {
                root = root.parent();
            }
            writeBack(f, root, v);
            f.lasti = root.ip();
            f.ip = root.ip();
            f.sp = root.sp();
            PyObject r = org.taipan.interp.Eval.finishCalls(ts, made, pending);
            f.stack[f.sp++] = r;
            f.ip = root.ip() + 1;
            return;
        }
        int n = s.depth() - 1;
        Frame[] chain = new Frame[n];
        Snapshot root = s;
        for (int k = 0; k < n; k++, root = root.parent()) {
            PyFunction fn = root.function();
            Frame c = new Frame(fn.code, fn, fn.globals, fn.builtins, null);
            Ins[] slots = root.slots();
            for (int j = 0; j < slots.length; j++) {
                c.stack[j] = slots[j] == null ? null : box(v[slots[j].id]);
            }
            c.sp = root.sp();
            c.ip = root.ip();
            org.taipan.jit.exit.InlinedExits.markCall(c, root);
            if (k > 0) {
                c.lasti = root.ip();
            }
            chain[k] = c;
        }
        for (int k = 1; k < n; k++) {
            // a caller's snapshot ip is its waiting CALL
            chain[k].lasti = chain[k].ip;
        }
        writeBack(f, root, v);
        f.lasti = root.ip();
        f.ip = root.ip();
        f.sp = root.sp();
        PyObject r = org.taipan.interp.Eval.finishCalls(ts, chain, pending);
        f.stack[f.sp++] = r;
        f.ip = root.ip() + 1;
    }

    private static void writeBack(Frame f, Snapshot s, Object[] v) {
        Ins[] slots = s.slots();
        for (int k = 0; k < slots.length; k++) {
            if (slots[k] != null) {
                f.stack[k] = box(v[slots[k].id]);
            }
        }
        for (int k = s.sp(); k < f.stack.length; k++) {
            f.stack[k] = null;
        }
        f.sp = s.sp();
    }

    /** The frame at the header after a full iteration: each PHI's slot holds the PHI's value. */
    private void backAtHeader(Frame f, Object[] v) {
        for (int p = loop + 1; ops.get(p).op == IrOp.PHI; p++) {
            Ins phi = ops.get(p);
            f.stack[phi.arg(0).auxInt()] = box(v[p]);
        }
        f.sp = t.entrySp;
        f.ip = t.headerIp;
    }
}
