package org.taipan.interp;

import org.taipan.code.CodeObject;
import org.taipan.code.Op;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyInstance;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.RecursionGuard;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyMethod;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * The bodies of the specialized {@code CALL} forms (CPython 3.11's {@code CALL_PY_EXACT_ARGS}
 * and friends). Each checks its cache's guards and falls back to the generic {@link Ops#call}
 * on a miss, so a miss behaves exactly as the unspecialized instruction.
 */
final class CallOps {
    private CallOps() {}

    /**
     * CALL_PY_EXACT_ARGS: a Python function (plain, from the LOAD_ATTR method form, or a bound
     * method object) whose positional parameters are filled by the arguments given plus its
     * positional defaults (CPython 3.11's CALL_PY_EXACT_ARGS and CALL_PY_WITH_DEFAULTS). The
     * arguments go from the caller's stack straight into the new frame's fast locals; keywords,
     * {@code *args} and {@code **kwargs} are never involved. The guard is the callee's parameter
     * shape ({@link CallSpecializer#binds}), not its identity, so a call site that sees several
     * such functions (a method overridden in subclasses) stays specialized. Recursion limit,
     * pending events, generators and closures are handled by the frame and {@link Eval#run}.
     *
     * Sets the frame's {@code lasti} to {@code i} first (the callee may look at its caller's line).
     *
     * @return the new stack depth (the callable's slots replaced by the result)
     */
    static int callPyExact(ThreadState ts, Frame fr, int i, PyObject[] stack, int sp, int argc, String[] kwnames) {
        fr.lasti = i;
        PyCode q = fr.code;
        if (kwnames == null) {
            int base = sp - argc - 2;
            PyObject a = stack[base];
            PyObject b = stack[base + 1];
            // The callee's code is read once (a field load less per check than fn.code.code).
            PyCode c;
            if (a == null) {
                if (b instanceof PyFunction fn && CallSpecializer.binds(fn, c = fn.code, argc)) {
                    Frame f = CallSpecializer.frameFor(fn, c, argc);
                    copyArgs(stack, base + 2, f.fast, 0, argc);
                    return finish(stack, sp, base, Eval.run(ts, f));
                }
                if (b instanceof PyMethod m && m.function instanceof PyFunction fn
                        && CallSpecializer.binds(fn, c = fn.code, argc + 1)) {
                    Frame f = CallSpecializer.frameFor(fn, c, argc + 1);
                    f.fast[0] = m.self;
                    copyArgs(stack, base + 2, f.fast, 1, argc);
                    return finish(stack, sp, base, Eval.run(ts, f));
                }
            } else if (a instanceof PyFunction fn && CallSpecializer.binds(fn, c = fn.code, argc + 1)) {
                Frame f = CallSpecializer.frameFor(fn, c, argc + 1);
                copyArgs(stack, base + 1, f.fast, 0, argc + 1);
                return finish(stack, sp, base, Eval.run(ts, f));
            }
        }
        Quickening.miss(q, i);
        return Ops.call(ts, stack, sp, argc, kwnames);
    }

    /**
     * CALL_PY_EXACT_ARGS_POP: {@link #callPyExact}, then the instruction after it ({@code next},
     * which the dispatch loop skips): a POP_TOP (a call statement) drops the result, a
     * STORE_FAST ({@code x = f(...)}) stores it into its local. For a STORE_FAST__LOAD_FAST only
     * its first word is skipped: the LOAD_FAST word after it runs next, on its own (quickening
     * changes only the first word of a pair). None of these can raise, and jumps to that
     * instruction from elsewhere still run it whole. An exception from the call leaves the
     * instruction unrun, as it would be.
     *
     * @return the new stack depth (the callable's slots popped)
     */
    static int callPyExactThen(ThreadState ts, Frame fr, int i, PyObject[] stack, int sp, int argc, int next) {
        sp = callPyExact(ts, fr, i, stack, sp, argc, null);
        PyObject r = stack[--sp];
        stack[sp] = null;
        if ((next & 0xFF) == Op.STORE_FAST || (next & 0xFF) == Op.STORE_FAST__LOAD_FAST) {
            stack[next >>> 8] = r;
        }
        return sp;
    }

    /**
     * CALL_PY_CLASS: {@code C(args)} for a plain Python class whose {@code __init__} takes
     * exactly the arguments given ({@link CallSpecializer#initOf}; while the class is the one
     * cached and its version tag unchanged, the cached {@code __init__} without a lookup, else
     * re-checked; the {@code __init__}'s parameters every call):
     * the instance is allocated directly and the arguments go from the caller's stack into
     * {@code __init__}'s frame. As {@code type.__call__} on a class, the call counts one extra
     * level of recursion depth, and a non-None result of {@code __init__} is a TypeError.
     *
     * @return the new stack depth (the callable's slots replaced by the instance)
     */
    static int callPyClass(ThreadState ts, Frame fr, int i, PyObject[] stack, int sp, int argc, String[] kwnames) {
        fr.lasti = i;
        PyCode q = fr.code;
        int base = sp - argc - 2;
        PyFunction init = null;
        if (kwnames == null && stack[base] == null) {
            PyObject callee = stack[base + 1];
            if (q.caches[i] instanceof CallSpecializer.ClassInit c && callee == c.type()
                    && c.type().versionTag() == c.version() && c.type().type() == PyType.TYPE) {
                init = c.init();
            } else {
                // Another class at this site: still this form when it qualifies (no lookup saved).
                init = CallSpecializer.initOf(callee, argc);
            }
        }
        PyCode ic;
        if (init != null && CallSpecializer.binds(init, ic = init.code, argc + 1)) {
            PyType t = (PyType) stack[base + 1];
            if (++ts.depth > ts.interpreter.recursionLimit()) {
                ts.depth--;
                throw Errors.of(ExceptionTypes.RecursionError, "maximum recursion depth exceeded" + RecursionGuard.CALL);
            }
            PyObject self;
            try {
                self = new PyInstance(t);
                Frame f = CallSpecializer.frameFor(init, ic, argc + 1);
                f.fast[0] = self;
                copyArgs(stack, base + 2, f.fast, 1, argc);
                PyObject r = Eval.run(ts, f);
                if (r != PyNone.NONE) {
                    throw Errors.typeError("__init__() should return None, not '%s'", r.type().name());
                }
            } finally {
                ts.depth--;
            }
            return finish(stack, sp, base, self);
        }
        Quickening.miss(q, i);
        return Ops.call(ts, stack, sp, argc, kwnames);
    }

    /**
     * The builtin call forms chosen by {@link CallSpecializer} whose argument count varies
     * ({@code op} is the instruction's opcode; the fixed-count forms are {@link BuiltinCallOps},
     * and reach here only after a KW_NAMES, as misses): each checks that the callee is still the one cached (and for a method descriptor
     * that self's type is the one checked then), does the builtin's work without an argument
     * array where it can, and otherwise takes the generic call after counting a miss.
     *
     * @return the new stack depth (the callable's slots replaced by the result)
     */
    static int callBuiltin(ThreadState ts, Frame fr, int i, int op, PyObject[] stack, int sp, int argc, String[] kwnames) {
        fr.lasti = i;
        PyCode q = fr.code;
        int base = sp - argc - 2;
        PyObject a = stack[base];
        PyObject b = stack[base + 1];
        if (kwnames == null) {
            Object cache = q.caches[i];
            switch (op) {
                case Op.CALL_NO_KW_TYPE_1 -> {
                    if (a == null && b == PyType.TYPE) {
                        return finish(stack, sp, base, stack[base + 2].type());
                    }
                }
                case Op.CALL_NO_KW_METHOD_DESCRIPTOR -> {
                    if (cache instanceof CallSpecializer.Descr c && a == c.descr() && c.accepts(b)) {
                        PyObject[] args = new PyObject[argc];
                        System.arraycopy(stack, base + 2, args, 0, argc);
                        return finish(stack, sp, base, c.descr().callChecked(b, args, null));
                    }
                }
                case Op.CALL_NO_KW_BUILTIN -> {
                    if (a == null && (cache instanceof CallSpecializer.Builtin c ? b == c.callee()
                            : cache instanceof CallSpecializer.BoundBuiltin bb && bb.accepts(b))) {
                        PyObject[] args = new PyObject[argc];
                        System.arraycopy(stack, base + 2, args, 0, argc);
                        return finish(stack, sp, base, Ops.callObject(b, args, null));
                    }
                }
                default -> { }
            }
        }
        Quickening.miss(q, i);
        return Ops.call(ts, stack, sp, argc, kwnames);
    }

    /**
     * BINARY_OP_USER: {@code v <op> w} where {@code v}'s class (unchanged since specialization)
     * implements the operator with a Python dunder: its frame is run directly with (v, w), as
     * the class's slot would. A NotImplemented answer continues the operator protocol where the
     * slot would have ({@link Abstract#binaryOpAfterLeft}); the dunder is never called twice.
     */
    static PyObject binaryUser(ThreadState ts, PyCode q, int i, int nb, PyObject v, PyObject w) {
        if (q.caches[i] instanceof CallSpecializer.UserBinary c) {
            PyType tv = v.type();
            PyType tw = w.type();
            PyFunction fn = c.fn();
            PyCode fc;
            if (tv == c.type() && tv.versionTag() == c.version() && (tw == tv || !tw.isHeapType())
                    && CallSpecializer.binds(fn, fc = fn.code, 2)) {
                Frame f = CallSpecializer.frameFor(fn, fc, 2);
                f.fast[0] = v;
                f.fast[1] = w;
                PyObject r = Eval.run(ts, f);
                return r != org.taipan.runtime.PyNotImplemented.NOT_IMPLEMENTED ? r : Abstract.binaryOpAfterLeft(nb, v, w);
            }
        }
        Quickening.miss(q, i);
        return Ops.binaryOp(nb, v, w);
    }

    /**
     * CALL_PY_KW: a Python function (plain, method form or bound method) called with keywords
     * whose names the cache maps to parameters for the callee's code: positional arguments and
     * keyword values go from the stack straight into the new frame, missing parameters take
     * their defaults. Anything else (another code or keyword set, a collision, a parameter with
     * neither value nor default) takes the generic call, which raises CPython's errors.
     *
     * @return the new stack depth (the callable's slots replaced by the result)
     */
    static int callPyKw(ThreadState ts, Frame fr, int i, PyObject[] stack, int sp, int argc, String[] kwnames) {
        fr.lasti = i;
        PyCode q = fr.code;
        int base = sp - argc - 2;
        PyObject a = stack[base];
        PyObject b = stack[base + 1];
        PyFunction fn = CallSpecializer.kwCallee(a, b);
        if (fn != null && q.caches[i] instanceof CallSpecializer.KwCall c && fn.code.code == c.code() && kwnames == c.kwnames()) {
            PyObject self = a != null ? b : b instanceof PyMethod m ? m.self : null;
            int nkw = kwnames.length;
            int npos = argc - nkw + (self != null ? 1 : 0);
            Frame f = bindKw(fn, c, self, stack, base + 2, npos, argc - nkw);
            if (f != null) {
                return finish(stack, sp, base, Eval.run(ts, f));
            }
        }
        Quickening.miss(q, i);
        return Ops.call(ts, stack, sp, argc, kwnames);
    }

    /**
     * The frame for a CALL_PY_KW call, or null when the generic binder must run (and raise):
     * {@code npos} positional arguments in all ({@code self}, if not null, then {@code given}
     * from {@code stack[from]}), then the keyword values.
     */
    private static Frame bindKw(PyFunction fn, CallSpecializer.KwCall c, PyObject self, PyObject[] stack, int from,
                                int npos, int given) {
        CodeObject co = c.code();
        int argcount = co.argcount;
        if (npos > c.minSlot() || npos > argcount) {
            return null;
        }
        Frame f = new Frame(fn.code, fn, fn.globals, fn.builtins, null);
        PyObject[] fast = f.fast;
        int at = 0;
        if (self != null) {
            fast[at++] = self;
        }
        System.arraycopy(stack, from, fast, at, given);
        int[] slots = c.slots();
        for (int k = 0; k < slots.length; k++) {
            fast[slots[k]] = stack[from + given + k];
        }
        PyTuple defaults = fn.defaults;
        int firstDefault = argcount - (defaults == null ? 0 : defaults.size());
        for (int p = npos; p < argcount; p++) {
            if (fast[p] == null) {
                if (p < firstDefault) {
                    return null;
                }
                fast[p] = defaults.get(p - firstDefault);
            }
        }
        int total = argcount + co.kwonlyargcount;
        for (int p = argcount; p < total; p++) {
            if (fast[p] == null) {
                PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getItem(fn.code.localsplusNames[p]);
                if (d == null) {
                    return null;
                }
                fast[p] = d;
            }
        }
        return f;
    }

    /**
     * Copies a call's {@code n} arguments from the caller's stack into the new frame's locals: a
     * plain loop, because calls pass a few arguments and System.arraycopy of an unknown length
     * is a call to a stub with its own set-up.
     */
    static void copyArgs(PyObject[] stack, int from, PyObject[] fast, int to, int n) {
        for (int k = 0; k < n; k++) {
            fast[to + k] = stack[from + k];
        }
    }

    /** Clears the call's stack slots above {@code base} and leaves the result at {@code base}. */
    private static int finish(PyObject[] stack, int sp, int base, PyObject r) {
        for (int k = sp - 1; k > base; k--) {
            stack[k] = null;
        }
        stack[base] = r;
        return base + 1;
    }
}
