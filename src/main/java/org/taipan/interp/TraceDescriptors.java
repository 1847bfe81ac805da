package org.taipan.interp;

import org.taipan.runtime.PyMethodDescr;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * The bodies of method-descriptor calls for the JIT's CALL_HELPER (CPython 3.11's
 * CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS / _O / _FAST and CALL_NO_KW_METHOD_DESCRIPTOR,
 * {@code method_vectorcall_NOARGS} / {@code _O} / {@code _FASTCALL}): the descriptor's array-free
 * body, or its full body with an argument array, called on a {@code self} the trace has guarded
 * to be of the class (and type) tier 1's {@link CallSpecializer.Descr} cache accepts. No
 * recursion level is counted, as tier 1's descriptor forms count none.
 *
 * <p>Two forms of each. The plain one is for calls the recorder has shown to run no Python code
 * (receiver and arguments of builtin classes whose methods are Java throughout, guarded so): it
 * may be called from an inlined frame. The {@code InFrame} one is for everything else (a key's
 * {@code __eq__} in {@code list.index}, a generator consumed by {@code str.join}): it is
 * {@link RunsPython}, so the trace writes its frame's changed locals first; its first two
 * parameters are the trace's own {@code ts} and {@code at}, the CALL's instruction index (an
 * {@code Integer}) in the loop's own frame, the thread's running frame then, whose {@code lasti}
 * it sets as tier 1's CALL does, so the Python code sees its caller's line. The recorder never
 * emits it inside an inlined call.
 *
 * <p>Parameters but {@code ts} are {@code Object} because a compiled trace passes its references untyped.
 *
 * @throws org.taipan.runtime.PyException whatever the method raises
 */
public final class TraceDescriptors {
    private TraceDescriptors() {}

    /** {@code self.m()} for a descriptor whose no-argument body is {@code body}. */
    public static PyObject noArgs(Object body, Object self) {
        return ((PyMethodDescr.NoArgs) body).call((PyObject) self);
    }

    /** {@code self.m(x)} for a descriptor whose one-argument body is {@code body}. */
    public static PyObject oneArg(Object body, Object self, Object x) {
        return ((PyMethodDescr.OneArg) body).call((PyObject) self, (PyObject) x);
    }

    /** {@code self.m(x, y)} for a descriptor whose two-argument body is {@code body}. */
    public static PyObject twoArgs(Object body, Object self, Object x, Object y) {
        return ((PyMethodDescr.TwoArgs) body).call((PyObject) self, (PyObject) x, (PyObject) y);
    }

    /** {@code self.m()} through the descriptor's full body. */
    public static PyObject call0(Object descr, Object self) {
        return ((PyMethodDescr) descr).callChecked((PyObject) self, new PyObject[0], null);
    }

    /** {@code self.m(a)} through the descriptor's full body. */
    public static PyObject call1(Object descr, Object self, Object a) {
        return ((PyMethodDescr) descr).callChecked((PyObject) self, new PyObject[] {(PyObject) a}, null);
    }

    /** {@code self.m(a, b)} through the descriptor's full body. */
    public static PyObject call2(Object descr, Object self, Object a, Object b) {
        return ((PyMethodDescr) descr).callChecked((PyObject) self, new PyObject[] {(PyObject) a, (PyObject) b}, null);
    }

    /** {@code self.m(a, b, c)} through the descriptor's full body. */
    public static PyObject call3(Object descr, Object self, Object a, Object b, Object c) {
        return ((PyMethodDescr) descr).callChecked((PyObject) self,
                new PyObject[] {(PyObject) a, (PyObject) b, (PyObject) c}, null);
    }

    /** {@link #noArgs} where Python code may run. */
    @RunsPython
    public static PyObject noArgsInFrame(ThreadState ts, Object at, Object body, Object self) {
        TraceCalls.mark(ts, at);
        return noArgs(body, self);
    }

    /** {@link #oneArg} where Python code may run. */
    @RunsPython
    public static PyObject oneArgInFrame(ThreadState ts, Object at, Object body, Object self, Object x) {
        TraceCalls.mark(ts, at);
        return oneArg(body, self, x);
    }

    /** {@link #twoArgs} where Python code may run. */
    @RunsPython
    public static PyObject twoArgsInFrame(ThreadState ts, Object at, Object body, Object self, Object x, Object y) {
        TraceCalls.mark(ts, at);
        return twoArgs(body, self, x, y);
    }

    /** {@link #call0} where Python code may run. */
    @RunsPython
    public static PyObject call0InFrame(ThreadState ts, Object at, Object descr, Object self) {
        TraceCalls.mark(ts, at);
        return call0(descr, self);
    }

    /** {@link #call1} where Python code may run. */
    @RunsPython
    public static PyObject call1InFrame(ThreadState ts, Object at, Object descr, Object self, Object a) {
        TraceCalls.mark(ts, at);
        return call1(descr, self, a);
    }

    /** {@link #call2} where Python code may run. */
    @RunsPython
    public static PyObject call2InFrame(ThreadState ts, Object at, Object descr, Object self, Object a, Object b) {
        TraceCalls.mark(ts, at);
        return call2(descr, self, a, b);
    }

    /** {@link #call3} where Python code may run. */
    @RunsPython
    public static PyObject call3InFrame(ThreadState ts, Object at, Object descr, Object self, Object a, Object b, Object c) {
        TraceCalls.mark(ts, at);
        return call3(descr, self, a, b, c);
    }

    /**
     * Whether every object of Java class {@code c} is of one builtin type that never changes (exact
     * str, list, dict, tuple, int, float, set/frozenset, bytes, bytearray), so that a class guard
     * alone re-checks what tier 1's descriptor cache checks.
     */
    public static boolean exactClass(Class<?> c) {
        return CallSpecializer.EXACT_CLASSES.contains(c);
    }
}
