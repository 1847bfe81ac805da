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
 * <p>Parameters are {@code Object} because a compiled trace passes its references untyped. The
 * first, {@code at}, is the CALL's instruction index (an {@code Integer}) when the call is made in
 * the loop's own frame, which is then the thread's running frame: its {@code lasti} is set first,
 * as tier 1's CALL does, so Python code the method runs (a key's {@code __eq__}) sees its caller's
 * line; null inside an inlined call, where the recorder allows only calls that run no Python code.
 *
 * @throws org.taipan.runtime.PyException whatever the method raises
 */
public final class TraceDescriptors {
    private TraceDescriptors() {}

    private static void mark(Object at) {
        if (at != null) {
            ThreadState.current().frame.lasti = (Integer) at;
        }
    }

    /** {@code self.m()} for a descriptor whose no-argument body is {@code body}. */
    public static PyObject noArgs(Object at, Object body, Object self) {
        mark(at);
        return ((PyMethodDescr.NoArgs) body).call((PyObject) self);
    }

    /** {@code self.m(x)} for a descriptor whose one-argument body is {@code body}. */
    public static PyObject oneArg(Object at, Object body, Object self, Object x) {
        mark(at);
        return ((PyMethodDescr.OneArg) body).call((PyObject) self, (PyObject) x);
    }

    /** {@code self.m(x, y)} for a descriptor whose two-argument body is {@code body}. */
    public static PyObject twoArgs(Object at, Object body, Object self, Object x, Object y) {
        mark(at);
        return ((PyMethodDescr.TwoArgs) body).call((PyObject) self, (PyObject) x, (PyObject) y);
    }

    /** {@code self.m()} through the descriptor's full body. */
    public static PyObject call0(Object at, Object descr, Object self) {
        mark(at);
        return ((PyMethodDescr) descr).callChecked((PyObject) self, new PyObject[0], null);
    }

    /** {@code self.m(a)} through the descriptor's full body. */
    public static PyObject call1(Object at, Object descr, Object self, Object a) {
        mark(at);
        return ((PyMethodDescr) descr).callChecked((PyObject) self, new PyObject[] {(PyObject) a}, null);
    }

    /** {@code self.m(a, b)} through the descriptor's full body. */
    public static PyObject call2(Object at, Object descr, Object self, Object a, Object b) {
        mark(at);
        return ((PyMethodDescr) descr).callChecked((PyObject) self, new PyObject[] {(PyObject) a, (PyObject) b}, null);
    }

    /** {@code self.m(a, b, c)} through the descriptor's full body. */
    public static PyObject call3(Object at, Object descr, Object self, Object a, Object b, Object c) {
        mark(at);
        return ((PyMethodDescr) descr).callChecked((PyObject) self,
                new PyObject[] {(PyObject) a, (PyObject) b, (PyObject) c}, null);
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
