package org.taipan.interp;

import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * Calls a trace makes without opening them up (IR {@code CALL_HELPER}), for the JIT's recorder:
 * tier 1's generic CALL of {@code [NULL, callable, args]} ({@code Ops.callObject}, what every
 * specialized CALL form falls back to and agrees with), such as a class instantiation. Only used
 * in the loop's own frame, which is then the thread's running frame: each helper first sets that
 * frame's {@code lasti} to the CALL, as tier 1's CALL does, so the callee sees its caller's line
 * ({@code f_lineno}, warnings, tracebacks) as tier 1 shows it.
 *
 * <p>Parameters are {@code Object} (the trace passes untyped references) but the first: {@code ts},
 * the running thread's state, which the trace passes itself ({@code jit.emit.TraceWriter}); {@code at}
 * is the CALL's instruction index (an {@code Integer}), {@code callable} and the arguments are
 * Python objects.
 *
 * @throws org.taipan.runtime.PyException whatever the call raises
 */
public final class TraceCalls {
    private TraceCalls() {}

    /**
     * Sets the running frame's {@code lasti} to {@code at} (an instruction index, an
     * {@code Integer}) before a helper runs code that may read its line, as tier 1's CALL does.
     * {@code ts} is the trace's own (its {@code run} parameter): no thread-local look-up per call.
     */
    static void mark(ThreadState ts, Object at) {
        ts.frame.lasti = (Integer) at;
    }

    private static PyObject call(ThreadState ts, Object at, Object callable, PyObject[] args) {
        mark(ts, at);
        return Ops.callObject((PyObject) callable, args, null);
    }

    /** {@code callable()}. */
    @RunsPython
    public static PyObject call0(ThreadState ts, Object at, Object callable) {
        return call(ts, at, callable, new PyObject[0]);
    }

    /** {@code callable(a)}. */
    @RunsPython
    public static PyObject call1(ThreadState ts, Object at, Object callable, Object a) {
        return call(ts, at, callable, new PyObject[] {(PyObject) a});
    }

    /** {@code callable(a, b)}. */
    @RunsPython
    public static PyObject call2(ThreadState ts, Object at, Object callable, Object a, Object b) {
        return call(ts, at, callable, new PyObject[] {(PyObject) a, (PyObject) b});
    }

    /** {@code callable(a, b, c)}. */
    @RunsPython
    public static PyObject call3(ThreadState ts, Object at, Object callable, Object a, Object b, Object c) {
        return call(ts, at, callable, new PyObject[] {(PyObject) a, (PyObject) b, (PyObject) c});
    }

    /** {@code callable(a, b, c, d)}: a method of three arguments and its self, or a function of four. */
    @RunsPython
    public static PyObject call4(ThreadState ts, Object at, Object callable, Object a, Object b, Object c, Object d) {
        return call(ts, at, callable, new PyObject[] {(PyObject) a, (PyObject) b, (PyObject) c, (PyObject) d});
    }

    /** {@code callable(a, b, c, d, e)}. */
    @RunsPython
    public static PyObject call5(ThreadState ts, Object at, Object callable, Object a, Object b, Object c, Object d, Object e) {
        return call(ts, at, callable, new PyObject[] {(PyObject) a, (PyObject) b, (PyObject) c, (PyObject) d, (PyObject) e});
    }

    /**
     * {@code callable(*args)} for a call of more arguments than the fixed-arity helpers take:
     * {@code args} is a tuple the trace built of them (its NEW_TUPLE), in order.
     */
    @RunsPython
    public static PyObject callSpread(ThreadState ts, Object at, Object callable, Object args) {
        return call(ts, at, callable, ((org.taipan.runtime.PyTuple) args).array().clone());
    }

    /**
     * {@code a <cmp> b} of a COMPARE_OP whose operands are not builtin scalars (their rich
     * comparison may run Python code): tier 1's generic comparison ({@code Abstract.richCompare},
     * CPython's {@code PyObject_RichCompare}), after setting {@code lasti} to {@code at}.
     *
     * @param cmp the comparison, an {@code Integer} 0..5 ({@code CompareOp}: <, <=, ==, !=, >, >=)
     * @throws org.taipan.runtime.PyException what the comparison raises (TypeError when neither
     *         operand supports it)
     */
    @RunsPython
    public static PyObject compare(ThreadState ts, Object at, Object cmp, Object a, Object b) {
        mark(ts, at);
        return org.taipan.runtime.Abstract.richCompare((PyObject) a, (PyObject) b, org.taipan.runtime.CompareOp.of((Integer) cmp));
    }

    /** While recording: {@link #compare} with the running frame's {@code lasti} set to {@code at}. */
    public static PyObject compareRecorded(int at, int cmp, PyObject a, PyObject b) {
        return compare(ThreadState.current(), at, cmp, a, b);
    }

    /**
     * {@code o.name} of a LOAD_ATTR tier 1 left generic (a data descriptor of a type, a
     * {@code __getattr__}, a module-level object of a builtin type): {@code Abstract.getAttr}, as
     * tier 1's generic LOAD_ATTR, after setting {@code lasti} to {@code at}.
     *
     * @param name a {@code PyStr}
     * @throws org.taipan.runtime.PyException AttributeError, or what a descriptor or
     *         {@code __getattr__} raises
     */
    @RunsPython
    public static PyObject loadAttr(ThreadState ts, Object at, Object o, Object name) {
        mark(ts, at);
        return org.taipan.runtime.Abstract.getAttr((PyObject) o, (org.taipan.runtime.PyStr) name);
    }

    /** While recording: {@link #loadAttr} with the running frame's {@code lasti} set to {@code at}. */
    public static PyObject loadAttrRecorded(int at, PyObject o, org.taipan.runtime.PyStr name) {
        return loadAttr(ThreadState.current(), at, o, name);
    }

    /**
     * {@code o.name = v} of a STORE_ATTR tier 1 left generic: {@code Abstract.setAttr}, after
     * setting {@code lasti} to {@code at}; answers None (a CALL_HELPER has a result).
     *
     * @param name a {@code PyStr}
     * @throws org.taipan.runtime.PyException AttributeError, TypeError, or what a descriptor or
     *         {@code __setattr__} raises
     */
    @RunsPython
    public static PyObject storeAttr(ThreadState ts, Object at, Object o, Object name, Object v) {
        mark(ts, at);
        org.taipan.runtime.Abstract.setAttr((PyObject) o, (org.taipan.runtime.PyStr) name, (PyObject) v);
        return org.taipan.runtime.PyNone.NONE;
    }

    /** While recording: {@link #storeAttr} with the running frame's {@code lasti} set to {@code at}. */
    public static PyObject storeAttrRecorded(int at, PyObject o, org.taipan.runtime.PyStr name, PyObject v) {
        return storeAttr(ThreadState.current(), at, o, name, v);
    }

    /**
     * {@code del o.name}: {@code Abstract.delAttr}, as tier 1's DELETE_ATTR, after setting
     * {@code lasti} to {@code at}; answers None.
     *
     * @param name a {@code PyStr}
     * @throws org.taipan.runtime.PyException AttributeError, or what a descriptor's
     *         {@code __delete__} or a {@code __delattr__} raises
     */
    @RunsPython
    public static PyObject delAttr(ThreadState ts, Object at, Object o, Object name) {
        mark(ts, at);
        org.taipan.runtime.Abstract.delAttr((PyObject) o, (org.taipan.runtime.PyStr) name);
        return org.taipan.runtime.PyNone.NONE;
    }

    /** While recording: {@link #delAttr}. */
    public static PyObject delAttrRecorded(int at, PyObject o, org.taipan.runtime.PyStr name) {
        return delAttr(ThreadState.current(), at, o, name);
    }

    /** {@code o[k]}: {@code Abstract.getItem}, after setting {@code lasti} to {@code at}. */
    @RunsPython
    public static PyObject getItem(ThreadState ts, Object at, Object o, Object k) {
        mark(ts, at);
        return org.taipan.runtime.Abstract.getItem((PyObject) o, (PyObject) k);
    }

    /** While recording: {@link #getItem}. */
    public static PyObject getItemRecorded(int at, PyObject o, PyObject k) {
        return getItem(ThreadState.current(), at, o, k);
    }

    /**
     * CALL_FUNCTION_EX, {@code f(*args, **kwargs)}: tier 1's call ({@code Ops.callEx}: {@code a}
     * the callable and {@code b} its self, or {@code a} null and {@code b} the callable; {@code kw}
     * a dict or null), after setting {@code lasti} to {@code at}.
     *
     * @throws org.taipan.runtime.PyException TypeError for arguments that are not iterable or
     *     keywords that are not strs, and what the call raises
     */
    @RunsPython
    public static PyObject callEx(ThreadState ts, Object at, Object a, Object b, Object args, Object kw) {
        mark(ts, at);
        return Ops.callEx((PyObject) a, (PyObject) b, (PyObject) args, (org.taipan.runtime.PyDict) kw);
    }

    /** While recording: {@link #callEx}. */
    public static PyObject callExRecorded(int at, PyObject a, PyObject b, PyObject args, PyObject kw) {
        return callEx(ThreadState.current(), at, a, b, args, kw);
    }

    /**
     * DICT_MERGE, the {@code **m} of a call: {@code m}'s items added to the call's keyword dict
     * {@code d} ({@code Ops.dictMerge}: CPython's {@code _PyDict_MergeEx} with its errors naming
     * {@code func}), after setting {@code lasti} to {@code at}; answers None.
     *
     * @throws org.taipan.runtime.PyException TypeError for a non-mapping, a non-str key or a
     *     keyword given twice, and what {@code m.keys()} or its subscript raise
     */
    @RunsPython
    public static PyObject dictMerge(ThreadState ts, Object at, Object func, Object d, Object m) {
        mark(ts, at);
        Ops.dictMerge((PyObject) func, (org.taipan.runtime.PyDict) d, (PyObject) m);
        return org.taipan.runtime.PyNone.NONE;
    }

    /** While recording: {@link #dictMerge}. */
    public static PyObject dictMergeRecorded(int at, PyObject func, PyObject d, PyObject m) {
        return dictMerge(ThreadState.current(), at, func, d, m);
    }

    /**
     * DICT_UPDATE, the {@code **m} of a dict display: {@code m}'s items into {@code d}
     * ({@code Ops.dictUpdate}), after setting {@code lasti} to {@code at}; answers None.
     *
     * @throws org.taipan.runtime.PyException TypeError for a non-mapping, and what its
     *     {@code keys()}, subscript or the keys' hashing raise
     */
    @RunsPython
    public static PyObject dictUpdate(ThreadState ts, Object at, Object d, Object m) {
        mark(ts, at);
        Ops.dictUpdate((org.taipan.runtime.PyDict) d, (PyObject) m);
        return org.taipan.runtime.PyNone.NONE;
    }

    /** While recording: {@link #dictUpdate}. */
    public static PyObject dictUpdateRecorded(int at, PyObject d, PyObject m) {
        return dictUpdate(ThreadState.current(), at, d, m);
    }

    /** {@code o[k] = v}: {@code Abstract.setItem}, after setting {@code lasti} to {@code at}; answers None. */
    @RunsPython
    public static PyObject setItem(ThreadState ts, Object at, Object o, Object k, Object v) {
        mark(ts, at);
        org.taipan.runtime.Abstract.setItem((PyObject) o, (PyObject) k, (PyObject) v);
        return org.taipan.runtime.PyNone.NONE;
    }

    /** While recording: {@link #setItem}. */
    public static PyObject setItemRecorded(int at, PyObject o, PyObject k, PyObject v) {
        return setItem(ThreadState.current(), at, o, k, v);
    }

    /** {@code del o[k]}: {@code Abstract.delItem}, after setting {@code lasti} to {@code at}; answers None. */
    @RunsPython
    public static PyObject delItem(ThreadState ts, Object at, Object o, Object k) {
        mark(ts, at);
        org.taipan.runtime.Abstract.delItem((PyObject) o, (PyObject) k);
        return org.taipan.runtime.PyNone.NONE;
    }

    /** While recording: {@link #delItem}. */
    public static PyObject delItemRecorded(int at, PyObject o, PyObject k) {
        return delItem(ThreadState.current(), at, o, k);
    }

    /**
     * {@code x in c} (or {@code x not in c} when {@code invert} is 1, an {@code Integer}):
     * {@code Abstract.contains} as a bool, after setting {@code lasti} to {@code at}.
     */
    @RunsPython
    public static PyObject contains(ThreadState ts, Object at, Object x, Object c, Object invert) {
        mark(ts, at);
        boolean in = org.taipan.runtime.Abstract.contains((PyObject) c, (PyObject) x);
        return org.taipan.runtime.PyBool.of(in ^ ((Integer) invert == 1));
    }

    /** While recording: {@link #contains}. */
    public static PyObject containsRecorded(int at, PyObject x, PyObject c, int invert) {
        return contains(ThreadState.current(), at, x, c, invert);
    }

    /**
     * A global by name as tier 1's generic LOAD_GLOBAL reads it: {@code globals}, then
     * {@code builtins} (both {@code PyDict}s, a subclass's {@code __missing__} consulted), else
     * NameError ({@code name} a {@code PyStr}). A key's {@code __eq__} or a mapping's
     * {@code __getitem__} may run Python code, so this is a {@link RunsPython} helper too.
     */
    @RunsPython
    public static PyObject loadGlobal(ThreadState ts, Object at, Object globals, Object builtins, Object name) {
        mark(ts, at);
        return Ops.loadGlobal((org.taipan.runtime.PyDict) globals, (org.taipan.runtime.PyDict) builtins,
                (org.taipan.runtime.PyStr) name);
    }

    /** While recording: {@link #loadGlobal}. */
    public static PyObject loadGlobalRecorded(int at, org.taipan.runtime.PyDict globals, org.taipan.runtime.PyDict builtins,
                                              org.taipan.runtime.PyStr name) {
        return loadGlobal(ThreadState.current(), at, globals, builtins, name);
    }

    /**
     * {@code callable(*args, **kw)} of a call site with keywords (KW_NAMES then CALL): {@code args}
     * is a tuple of the positional arguments then the keyword values, {@code kwnames} (a
     * {@code String[]}, the site's names) names the last {@code kwnames.length} of them, as tier
     * 1's CALL with keyword names passes them ({@code Ops.callObject}).
     */
    @RunsPython
    public static PyObject callKw(ThreadState ts, Object at, Object callable, Object kwnames, Object args) {
        mark(ts, at);
        return Ops.callObject((PyObject) callable, ((org.taipan.runtime.PyTuple) args).array().clone(), (String[]) kwnames);
    }

    /** While recording: {@link #callKw} of {@code args[from], ..., args[from + n - 1]}. */
    public static PyObject callKwRecorded(int at, PyObject callable, PyObject[] args, int from, int n, String[] kwnames) {
        mark(ThreadState.current(), at);
        return Ops.callObject(callable, java.util.Arrays.copyOfRange(args, from, from + n), kwnames);
    }

    /**
     * {@code a <op> b} of a BINARY_OP_USER the trace does not open up (its dunder nested past the
     * inlining depth, with a loop or cells): tier 1's generic operator ({@code Ops.binaryOp},
     * CPython's {@code binary_op1} then the reflected dunder), after setting the running frame's
     * {@code lasti} to {@code at} as tier 1's BINARY_OP_USER does.
     *
     * @param nb the operator, an {@code Integer} ({@code Abstract.NB_*}, in-place forms included)
     * @throws org.taipan.runtime.PyException what the dunder raises, or TypeError when neither
     *         operand supports the operator
     */
    @RunsPython
    public static PyObject binaryOp(ThreadState ts, Object at, Object nb, Object a, Object b) {
        mark(ts, at);
        return Ops.binaryOp((Integer) nb, (PyObject) a, (PyObject) b);
    }

    /** While recording: {@link #binaryOp} with the running frame's {@code lasti} set to {@code at}. */
    public static PyObject binaryOpRecorded(int at, int nb, PyObject a, PyObject b) {
        return binaryOp(ThreadState.current(), at, nb, a, b);
    }

    /**
     * A unary operator on what the recorder's typed forms do not take (a big int, a bool, a
     * {@code Fraction}, a class's {@code __neg__} or {@code __bool__}): tier 1's own operation
     * after setting {@code lasti} to {@code at}. CPython's {@code PyNumber_Negative},
     * {@code PyNumber_Positive}, {@code PyNumber_Invert} and {@code PyObject_Not}.
     *
     * @param op the instruction, an {@code Integer}: {@code Op.UNARY_NEGATIVE}, {@code UNARY_POSITIVE},
     *           {@code UNARY_INVERT} or {@code UNARY_NOT}
     * @throws org.taipan.runtime.PyException TypeError ("bad operand type for unary -: 'str'"), or
     *         what the dunder raises
     */
    @RunsPython
    public static PyObject unary(ThreadState ts, Object at, Object op, Object v) {
        mark(ts, at);
        PyObject x = (PyObject) v;
        return switch ((Integer) op) {
            case org.taipan.code.Op.UNARY_NEGATIVE -> org.taipan.runtime.Abstract.negative(x);
            case org.taipan.code.Op.UNARY_POSITIVE -> org.taipan.runtime.Abstract.positive(x);
            case org.taipan.code.Op.UNARY_INVERT -> org.taipan.runtime.Abstract.invert(x);
            default -> org.taipan.runtime.PyBool.of(!Ops.isTrue(x));
        };
    }

    /** While recording: {@link #unary} with the running frame's {@code lasti} set to {@code at}. */
    public static PyObject unaryRecorded(int at, int op, PyObject v) {
        return unary(ThreadState.current(), at, op, v);
    }

    /**
     * BEFORE_WITH's first half ({@code Ops.withExit}): the context manager's bound
     * {@code __exit__}, after setting {@code lasti} to {@code at}.
     *
     * @throws org.taipan.runtime.PyException TypeError when {@code mgr} is no context manager, or
     *         what a custom {@code __exit__} descriptor's {@code __get__} raises
     */
    @RunsPython
    public static PyObject withExit(ThreadState ts, Object at, Object mgr) {
        mark(ts, at);
        return Ops.withExit((PyObject) mgr);
    }

    /** While recording: {@link #withExit}. */
    public static PyObject withExitRecorded(int at, PyObject mgr) {
        return withExit(ThreadState.current(), at, mgr);
    }

    /**
     * BEFORE_WITH's second half ({@code Ops.withEnter}): {@code mgr.__enter__()}, after setting
     * {@code lasti} to {@code at}.
     *
     * @throws org.taipan.runtime.PyException what {@code __enter__} raises
     */
    @RunsPython
    public static PyObject withEnter(ThreadState ts, Object at, Object mgr) {
        mark(ts, at);
        return Ops.withEnter((PyObject) mgr);
    }

    /** While recording: {@link #withEnter}. */
    public static PyObject withEnterRecorded(int at, PyObject mgr) {
        return withEnter(ThreadState.current(), at, mgr);
    }

    /**
     * While recording: {@code callable(args[from], ..., args[from + n - 1])} as the helper of
     * {@code n} arguments does it (the recorder runs the call it records through this).
     */
    public static PyObject callRecorded(int at, PyObject callable, PyObject[] args, int from, int n) {
        return call(ThreadState.current(), at, callable, java.util.Arrays.copyOfRange(args, from, from + n));
    }
}
