package org.taipan.jit.record;

import java.lang.reflect.Method;
import org.taipan.interp.TraceBuiltins;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The recorder's calls of builtin functions: CALL_NO_KW_BUILTIN_O /
 * _FAST (CPython 3.11's CALL_NO_KW_BUILTIN_O / _FAST: {@code [NULL, fn, args]}) become a guard on
 * the callee's identity (a shadowed or rebound builtin exits; after LOAD_GLOBAL's constant it
 * folds away) and a CALL_HELPER of the builtin's array-free body through {@link TraceBuiltins}
 * ({@code abs} of a float: FLOAT_ABS).
 *
 * <p>A builtin runs while recording: if it raises, recording stops with the exception raised at
 * the call ({@link RecordAbort#raised}), as tier 1 would have (inside an inlined call, tier 1
 * finishes the callees with it pending there). Inside an inlined call only builtins that observe
 * no frame, on inert arguments, are recorded ({@link FrameSafety#builtinAllowed}).
 */
final class BuiltinRecorder {
    private static final Method ONE = helper("one", 2), ONE_COUNTED = helper("oneCounted", 2),
            TWO = helper("two", 3), TWO_COUNTED = helper("twoCounted", 3);

    private final Recorder r;

    BuiltinRecorder(Recorder r) {
        this.r = r;
    }

    private static Method helper(String name, int arity) {
        Class<?>[] params = new Class<?>[arity];
        java.util.Arrays.fill(params, Object.class);
        try {
            return TraceBuiltins.class.getMethod(name, params);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CALL_NO_KW_BUILTIN_O ({@code argc} 1) or _FAST (2) at {@code i}: {@code [NULL, fn, args] -- result}. */
    void call(int i, int argc) {
        r.pops(i, argc + 2);
        int base = r.sp - argc - 2;
        PyObject nul = r.st[base], fn = r.st[base + 1];
        if (nul != null || !(fn instanceof PyBuiltinFunction bf)) {
            throw new RecordAbort("builtin call of a bound builtin", i);
        }
        Object body = argc == 1 ? bf.oneArg() : bf.twoArgs();
        if (body == null) {
            throw new RecordAbort("builtin call without a fixed-arity body", i);
        }
        PyObject x = r.st[base + 2], y = argc == 2 ? r.st[base + 3] : null;
        boolean inlined = r.inlineDepth() > 0;
        if (inlined && (!FrameSafety.builtinAllowed(bf, r.f.builtins) || !FrameSafety.inert(x)
                || argc == 2 && !FrameSafety.inert(y))) {
            throw new RecordAbort("builtin call inside an inlined call", i);
        }
        Ins vf = r.b.read(base + 1);
        if (vf.op != IrOp.CONST_REF || vf.aux != fn) {
            r.b.guard(IrOp.GUARD_IS, fn, vf);
        }
        Ins vx = r.b.read(base + 2), vy = argc == 2 ? r.b.read(base + 3) : null;
        if (inlined) {
            // still no Python code when the trace runs: the arguments keep their classes
            FrameSafety.guardInert(r.b, vx, x);
            if (argc == 2) {
                FrameSafety.guardInert(r.b, vy, y);
            }
        }
        Ins result;
        if (argc == 1 && fn == builtin("abs") && x.getClass() == PyFloat.class) {
            result = r.b.emit(IrOp.BOX_FLOAT, null, r.b.emit(IrOp.FLOAT_ABS, null, r.unboxFloat(vx)));
        } else {
            Method m = argc == 1 ? (bf.countsRecursion() ? ONE_COUNTED : ONE) : (bf.countsRecursion() ? TWO_COUNTED : TWO);
            Ins cb = r.b.constant(body);
            // resumes at the call with its operands on the stack: tier 1 unwinds what it raises from there
            result = argc == 1 ? r.b.guard(IrOp.CALL_HELPER, m, cb, vx) : r.b.guard(IrOp.CALL_HELPER, m, cb, vx, vy);
        }
        PyObject value;
        try {
            value = argc == 1 ? (bf.countsRecursion() ? TraceBuiltins.oneCounted(body, x) : TraceBuiltins.one(body, x))
                    : (bf.countsRecursion() ? TraceBuiltins.twoCounted(body, x, y) : TraceBuiltins.two(body, x, y));
        } catch (PyException | StackOverflowError e) {
            // it ran: tier 1 must not run it again, but raise what it raised at this call
            throw new RecordAbort("builtin raised while recording", i, e);
        }
        r.replace(argc + 2, result, value);
        r.ip = i + 1;
    }

    /** The builtin {@code name} of the frame's builtins, or null. */
    private PyObject builtin(String name) {
        PyDict d = r.f.builtins;
        return d == null ? null : d.getItem(PyStr.of(name));
    }
}
