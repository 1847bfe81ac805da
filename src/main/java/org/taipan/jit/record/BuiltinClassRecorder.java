package org.taipan.jit.record;

import java.lang.reflect.Method;
import org.taipan.interp.TraceBuiltins;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;

/**
 * The recorder's CALL_NO_KW_BUILTIN_CLASS, {@code [NULL, cls, args]} of 0 to 2 arguments
 * (CPython 3.11's CALL_NO_KW_BUILTIN_CLASS / _STR_1 / _TUPLE_1): {@code int(x)}, {@code float(x)},
 * {@code str(x)}, {@code tuple(x)}, {@code range(a, b)}, {@code list()}. The class's identity is
 * guarded (a constant after LOAD_GLOBAL's speculation). Typed forms where the answer needs no call:
 * {@code int(i)}, {@code float(f)}, {@code str(s)} of an exact value are that value (the same
 * object, as in CPython), {@code float(i)} of a small int is INT_TO_FLOAT. Everything else is a
 * CALL_HELPER of {@link TraceBuiltins#make1} and its siblings: tier 1's answer, else the ordinary
 * type call. That call may run Python code ({@code __int__}, {@code __index__}, a generator given to
 * {@code list}); unless the arguments are inert ({@link FrameSafety}, their classes guarded) it is
 * the {@code InFrame} helper, {@link org.taipan.interp.RunsPython} (the loop frame's locals written
 * first; inside an inlined call, with the inlined frames made real: {@code exit.RealFrames}).
 */
final class BuiltinClassRecorder {
    private static final Method[] MAKE = {
        DescriptorCallRecorder.helper(TraceBuiltins.class, "make0", 1),
        DescriptorCallRecorder.helper(TraceBuiltins.class, "make1", 2),
        DescriptorCallRecorder.helper(TraceBuiltins.class, "make2", 3)};
    private static final Method[] MAKE_IN_FRAME = {
        DescriptorCallRecorder.helper(TraceBuiltins.class, "make0InFrame", 2),
        DescriptorCallRecorder.helper(TraceBuiltins.class, "make1InFrame", 3),
        DescriptorCallRecorder.helper(TraceBuiltins.class, "make2InFrame", 4)};

    /** The classes tier 1's form answers for ({@code TypeCalls.handles}): builtin, immutable. */
    private static final java.util.Set<PyObject> CLASSES = java.util.Set.of(PyInt.TYPE, PyFloat.TYPE, PyStr.TYPE,
            PyTuple.TYPE, org.taipan.runtime.PyRange.TYPE, org.taipan.runtime.PySet.TYPE, PyList.TYPE,
            org.taipan.runtime.PyDict.TYPE);

    private final Recorder r;

    BuiltinClassRecorder(Recorder r) {
        this.r = r;
    }

    void call(int i, int argc) {
        r.pops(i, argc + 2);
        int base = r.sp - argc - 2;
        PyObject[] st = r.st;
        PyObject t = st[base + 1];
        if (st[base] != null || argc > 2 || !CLASSES.contains(t)) {
            throw new RecordAbort("builtin class call of another class", i);
        }
        PyObject[] args = new PyObject[argc];
        System.arraycopy(st, base + 2, args, 0, argc);
        // runs no Python code now, and still none when the trace runs: the arguments' classes guarded below
        boolean inert = runsNoPython(t, args);
        Ins vt = r.b.read(base + 1);
        if (vt.op != IrOp.CONST_REF || vt.aux != t) {
            r.b.guard(IrOp.GUARD_IS, t, vt);
        }
        Ins[] vargs = new Ins[argc];
        for (int k = 0; k < argc; k++) {
            vargs[k] = r.b.read(base + 2 + k);
            if (inert) {
                r.b.guard(IrOp.GUARD_CLASS, args[k].getClass(), vargs[k]);
            }
        }
        Ins result = argc == 1 ? typed(t, args[0], vargs[0]) : null;
        PyObject value;
        if (result != null) {
            value = argc == 1 && t == PyFloat.TYPE && args[0].getClass() == PyInt.class
                    ? new PyFloat(((PyInt) args[0]).doubleValue()) : args[0];
        } else {
            int first = inert ? 0 : 1;
            Ins[] ops = new Ins[argc + 1 + first];
            if (!inert) {
                // the InFrame form sets the loop frame's lasti: the Python code it runs sees the line
                ops[0] = r.b.constant(Integer.valueOf(i));
            }
            ops[first] = vt;
            System.arraycopy(vargs, 0, ops, first + 1, argc);
            // resumes at the call with its operands on the stack: tier 1 unwinds what it raises from there
            result = r.b.guard(IrOp.CALL_HELPER, inert ? MAKE[argc] : MAKE_IN_FRAME[argc], ops);
            r.f.lasti = i;
            try {
                // inside inlined calls, with their frames pushed (the trace makes them real too)
                value = r.calls().inFrames(i, () -> argc == 0 ? TraceBuiltins.make0(t) : argc == 1 ? TraceBuiltins.make1(t, args[0])
                        : TraceBuiltins.make2(t, args[0], args[1]));
            } catch (PyException | StackOverflowError e) {
                // it ran: tier 1 must not run it again, but raise what it raised at this call
                throw new RecordAbort("builtin class call raised while recording", i, e);
            }
        }
        r.replace(argc + 2, result, value);
        r.ip = i + 1;
    }

    /** The typed form of {@code t(x)} (x's class guarded), or null for the helper. */
    private Ins typed(PyObject t, PyObject x, Ins vx) {
        Class<?> c = x.getClass();
        if (t == PyInt.TYPE && c == PyInt.class || t == PyFloat.TYPE && c == PyFloat.class
                || t == PyStr.TYPE && c == PyStr.class || t == PyTuple.TYPE && c == PyTuple.class) {
            r.b.guard(IrOp.GUARD_CLASS, c, vx);
            return vx;
        }
        if (t == PyFloat.TYPE && Recorder.smallInt(x)) {
            return r.b.emit(IrOp.BOX_FLOAT, null, r.b.emit(IrOp.INT_TO_FLOAT, null, r.unboxInt(vx)));
        }
        return null;
    }

    /**
     * Whether {@code t(args)} runs no Python code: inert arguments, or an exact list or tuple
     * copied by {@code tuple()} or {@code list()} (no element is looked at).
     */
    private static boolean runsNoPython(PyObject t, PyObject[] args) {
        for (PyObject a : args) {
            boolean sequence = (t == PyTuple.TYPE || t == PyList.TYPE)
                    && (a.getClass() == PyList.class || a.getClass() == PyTuple.class);
            if (!FrameSafety.inert(a) && !sequence) {
                return false;
            }
        }
        return true;
    }
}
