package org.taipan.jit.record;

import java.lang.reflect.Method;
import org.taipan.interp.TraceBuiltins;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
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
 * finishes the callees with it pending there). A builtin that may run Python code (an argument that
 * is not inert, a builtin that observes frames or streams, {@link FrameSafety}) is called through
 * the {@code InFrame} helper, {@link org.taipan.interp.RunsPython}: the loop frame's locals are
 * written and its {@code lasti} set first; inside an inlined call it runs with the inlined frames
 * made real ({@code exit.RealFrames}).
 */
final class BuiltinRecorder {
    private static final Method ONE = helper("one", 2), ONE_COUNTED = helper("oneCounted", 2),
            TWO = helper("two", 3), TWO_COUNTED = helper("twoCounted", 3), ONE_IN_FRAME = helper("oneInFrame", 4),
            TWO_IN_FRAME = helper("twoInFrame", 5);

    private final Recorder r;

    BuiltinRecorder(Recorder r) {
        this.r = r;
    }

    private static Method helper(String name, int arity) {
        return TraceHelpers.find(TraceBuiltins.class, name, arity);
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
        // runs no Python code now, and still none when the trace runs: the arguments' classes guarded below
        boolean inert = FrameSafety.builtinAllowed(bf, r.f.builtins) && FrameSafety.inert(x)
                && (argc == 1 || FrameSafety.inert(y));
        Ins vf = r.b.read(base + 1);
        if (vf.op != IrOp.CONST_REF || vf.aux != fn) {
            r.b.guard(IrOp.GUARD_IS, fn, vf);
        }
        Ins vx = r.b.read(base + 2), vy = argc == 2 ? r.b.read(base + 3) : null;
        if (inert) {
            FrameSafety.guardInert(r.b, vx, x);
            if (argc == 2) {
                FrameSafety.guardInert(r.b, vy, y);
            }
        }
        Ins result;
        if (argc == 1 && fn == builtin("abs") && x.getClass() == PyFloat.class) {
            result = r.b.emit(IrOp.BOX_FLOAT, null, r.b.emit(IrOp.FLOAT_ABS, null, r.unboxFloat(vx)));
        } else if (argc == 1 && x.getClass() == PyStr.class && ((PyStr) x).length() == 1 && fn == builtin("ord")) {
            // the code point of a character the trace took from a str, or of a one-character str whose length is guarded
            result = r.b.emit(IrOp.BOX_INT, null, r.resid.speculatedCodePoint(vx, x));
        } else if (argc == 1 && fn == builtin("chr") && Recorder.smallInt(x) && ((PyInt) x).longValue() >= 0
                && ((PyInt) x).longValue() <= Character.MAX_CODE_POINT) {
            // a character of a code point guarded in range (outside it tier 1 raises ValueError at the call)
            Ins cp = r.unboxInt(vx);
            r.b.guard(IrOp.GUARD_FALSE, null, r.b.emit(IrOp.INT_LT, null, cp, r.b.constantI64(0)));
            r.b.guard(IrOp.GUARD_TRUE, null, r.b.emit(IrOp.INT_LE, null, cp, r.b.constantI64(Character.MAX_CODE_POINT)));
            result = r.b.emit(IrOp.CHR, null, cp);
        } else if (inert) {
            Method m = argc == 1 ? (bf.countsRecursion() ? ONE_COUNTED : ONE) : (bf.countsRecursion() ? TWO_COUNTED : TWO);
            Ins cb = r.b.constant(body);
            // resumes at the call with its operands on the stack: tier 1 unwinds what it raises from there
            result = argc == 1 ? r.b.guard(IrOp.CALL_HELPER, m, cb, vx) : r.b.guard(IrOp.CALL_HELPER, m, cb, vx, vy);
        } else {
            // may run Python code (a __len__, an __index__, a key's __eq__): the InFrame form writes the locals first
            Ins at = r.b.constant(Integer.valueOf(i)), cb = r.b.constant(body);
            Ins counted = r.b.constant(Boolean.valueOf(bf.countsRecursion()));
            result = argc == 1 ? r.b.guard(IrOp.CALL_HELPER, ONE_IN_FRAME, at, cb, counted, vx)
                    : r.b.guard(IrOp.CALL_HELPER, TWO_IN_FRAME, at, cb, counted, vx, vy);
            r.f.lasti = i;
        }
        PyObject value;
        try {
            // inside inlined calls, with their frames pushed when it may run Python code (the trace makes them real too)
            java.util.function.Supplier<PyObject> call = () -> argc == 1
                    ? (bf.countsRecursion() ? TraceBuiltins.oneCounted(body, x) : TraceBuiltins.one(body, x))
                    : (bf.countsRecursion() ? TraceBuiltins.twoCounted(body, x, y) : TraceBuiltins.two(body, x, y));
            value = inert ? call.get() : r.calls().inFrames(i, call);
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
