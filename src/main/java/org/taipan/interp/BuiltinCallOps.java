package org.taipan.interp;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.RecursionGuard;
import org.taipan.runtime.ThreadState;

/**
 * The bodies of the specialized calls of builtins with a fixed argument count (CPython 3.11's
 * CALL_NO_KW_LEN, _ISINSTANCE, _LIST_APPEND, _METHOD_DESCRIPTOR_NOARGS/_O/_FAST, _BUILTIN_O/_FAST):
 * the callee's identity (and for a method, self's class) checked against the inline cache,
 * then the builtin's array-free body called with the arguments straight from the stack.
 *
 * <p>Each method is one per instruction, and small: HotSpot inlines a method into the dispatch
 * loop only while it is short (and the loop's inlining budget lasts); a miss and everything
 * rare happen in separate methods ({@link #miss}). The argument count is the instruction's
 * ({@link CallSpecializer} chose the form for it), so the stack layout is fixed: the callable
 * or NULL at {@code sp - argc - 2}, then self or the callable, then the arguments.
 */
final class BuiltinCallOps {
    private BuiltinCallOps() {}

    /** CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS: {@code [descr, self]} becomes the result. */
    static int descrNoArgs(ThreadState ts, Frame f, int i, PyObject[] stack, int sp) {
        f.lasti = i;
        PyObject self = stack[sp - 1];
        if (f.code.caches[i] instanceof CallSpecializer.Descr c && stack[sp - 2] == c.descr() && c.accepts(self)) {
            PyObject r = c.descr().noArgs().call(self);
            stack[sp - 1] = null;
            stack[sp - 2] = r;
            return sp - 1;
        }
        return miss(ts, f, i, stack, sp, 0);
    }

    /** CALL_NO_KW_METHOD_DESCRIPTOR_O: {@code [descr, self, x]} becomes the result. */
    static int descrOneArg(ThreadState ts, Frame f, int i, PyObject[] stack, int sp) {
        f.lasti = i;
        PyObject self = stack[sp - 2];
        if (f.code.caches[i] instanceof CallSpecializer.Descr c && stack[sp - 3] == c.descr() && c.accepts(self)) {
            PyObject r = c.descr().oneArg().call(self, stack[sp - 1]);
            stack[sp - 1] = null;
            stack[sp - 2] = null;
            stack[sp - 3] = r;
            return sp - 2;
        }
        return miss(ts, f, i, stack, sp, 1);
    }

    /** CALL_NO_KW_METHOD_DESCRIPTOR_FAST: {@code [descr, self, x, y]} becomes the result. */
    static int descrTwoArgs(ThreadState ts, Frame f, int i, PyObject[] stack, int sp) {
        f.lasti = i;
        PyObject self = stack[sp - 3];
        if (f.code.caches[i] instanceof CallSpecializer.Descr c && stack[sp - 4] == c.descr() && c.accepts(self)) {
            PyObject r = c.descr().twoArgs().call(self, stack[sp - 2], stack[sp - 1]);
            clear(stack, sp, 3);
            stack[sp - 4] = r;
            return sp - 3;
        }
        return miss(ts, f, i, stack, sp, 2);
    }

    /**
     * CALL_NO_KW_BUILTIN_O: {@code [NULL, fn, x]} becomes {@code fn(x)}. A builtin whose CPython
     * counterpart is METH_O counts a recursion level around the call, as CPython's
     * CALL_NO_KW_BUILTIN_O does.
     */
    static int builtinOneArg(ThreadState ts, Frame f, int i, PyObject[] stack, int sp) {
        f.lasti = i;
        if (f.code.caches[i] instanceof CallSpecializer.BuiltinFn c && stack[sp - 2] == c.fn() && stack[sp - 3] == null) {
            PyObject r = c.counted() ? counted(ts, c.fn().oneArg(), stack[sp - 1]) : c.fn().oneArg().call(stack[sp - 1]);
            stack[sp - 1] = null;
            stack[sp - 2] = null;
            stack[sp - 3] = r;
            return sp - 2;
        }
        return miss(ts, f, i, stack, sp, 1);
    }

    /** CALL_NO_KW_BUILTIN_FAST: {@code [NULL, fn, x, y]} becomes {@code fn(x, y)}; counted as above. */
    static int builtinTwoArgs(ThreadState ts, Frame f, int i, PyObject[] stack, int sp) {
        f.lasti = i;
        if (f.code.caches[i] instanceof CallSpecializer.BuiltinFn c && stack[sp - 3] == c.fn() && stack[sp - 4] == null) {
            PyObject r = c.counted() ? counted(ts, c.fn().twoArgs(), stack[sp - 2], stack[sp - 1])
                    : c.fn().twoArgs().call(stack[sp - 2], stack[sp - 1]);
            clear(stack, sp, 3);
            stack[sp - 4] = r;
            return sp - 3;
        }
        return miss(ts, f, i, stack, sp, 2);
    }

    /** CALL_NO_KW_LEN: {@code [NULL, len, x]}; CPython's CALL_NO_KW_LEN counts no recursion level. */
    static int len(ThreadState ts, Frame f, int i, PyObject[] stack, int sp) {
        f.lasti = i;
        if (f.code.caches[i] instanceof CallSpecializer.Builtin c && stack[sp - 2] == c.callee() && stack[sp - 3] == null) {
            PyObject r = PyInt.of(Abstract.length(stack[sp - 1]));
            stack[sp - 1] = null;
            stack[sp - 2] = null;
            stack[sp - 3] = r;
            return sp - 2;
        }
        return miss(ts, f, i, stack, sp, 1);
    }

    /** CALL_NO_KW_ISINSTANCE: {@code [NULL, isinstance, x, cls]}. */
    static int isInstance(ThreadState ts, Frame f, int i, PyObject[] stack, int sp) {
        f.lasti = i;
        if (f.code.caches[i] instanceof CallSpecializer.Builtin c && stack[sp - 3] == c.callee() && stack[sp - 4] == null) {
            PyObject r = PyBool.of(Abstract.isInstance(stack[sp - 2], stack[sp - 1]));
            clear(stack, sp, 3);
            stack[sp - 4] = r;
            return sp - 3;
        }
        return miss(ts, f, i, stack, sp, 2);
    }

    /**
     * CALL_NO_KW_LIST_APPEND and the POP_TOP after it (the specializer checked it is there, and
     * the case skips it): {@code [list.append, lst, x]} is popped, as CPython 3.11's form does.
     */
    static int listAppend(ThreadState ts, Frame f, int i, PyObject[] stack, int sp) {
        if (stack[sp - 3] == CallSpecializer.LIST_APPEND && stack[sp - 2] instanceof PyList l) {
            l.append(stack[sp - 1]);
            stack[sp - 1] = null;
            stack[sp - 2] = null;
            stack[sp - 3] = null;
            return sp - 3;
        }
        f.lasti = i;
        sp = miss(ts, f, i, stack, sp, 1);
        stack[--sp] = null;
        return sp;
    }

    /**
     * CALL_NO_KW_BUILTIN_CLASS: {@code [NULL, cls, args...]} with {@code argc} (0 to 2)
     * arguments; when {@link TypeCalls} has no answer for these values, the ordinary type call
     * (not a miss: the class is still the one cached).
     */
    static int builtinClass(ThreadState ts, Frame f, int i, PyObject[] stack, int sp, int argc) {
        f.lasti = i;
        int base = sp - argc - 2;
        PyObject t = stack[base + 1];
        if (f.code.caches[i] instanceof CallSpecializer.Builtin c && t == c.callee() && stack[base] == null) {
            PyObject r = argc == 1 ? TypeCalls.make1(t, stack[sp - 1])
                    : argc == 0 ? TypeCalls.make0(t) : TypeCalls.make2(t, stack[sp - 2], stack[sp - 1]);
            if (r != null) {
                clear(stack, sp, argc + 1);
                stack[base] = r;
                return base + 1;
            }
            return Ops.call(ts, stack, sp, argc, null);
        }
        return miss(ts, f, i, stack, sp, argc);
    }

    /** Clears the {@code n} stack slots below {@code sp}. */
    private static void clear(PyObject[] stack, int sp, int n) {
        for (int k = 1; k <= n; k++) {
            stack[sp - k] = null;
        }
    }

    /** A guard failed: counts the miss and makes the generic call. */
    private static int miss(ThreadState ts, Frame f, int i, PyObject[] stack, int sp, int argc) {
        Quickening.miss(f.code, i);
        return Ops.call(ts, stack, sp, argc, null);
    }

    private static PyObject counted(ThreadState ts, PyBuiltinFunction.OneArg body, PyObject x) {
        enter(ts);
        try {
            return body.call(x);
        } finally {
            ts.depth--;
        }
    }

    private static PyObject counted(ThreadState ts, PyBuiltinFunction.TwoArgs body, PyObject x, PyObject y) {
        enter(ts);
        try {
            return body.call(x, y);
        } finally {
            ts.depth--;
        }
    }

    /** {@link RecursionGuard#enter} on the caller's thread state. */
    private static void enter(ThreadState ts) {
        if (++ts.depth > ts.interpreter.recursionLimit()) {
            ts.depth--;
            throw Errors.of(ExceptionTypes.RecursionError, "maximum recursion depth exceeded" + RecursionGuard.CALL);
        }
    }
}
