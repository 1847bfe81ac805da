package org.taipan.interp;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyRange;
import org.taipan.runtime.SeqIterator;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.ThreadState;

/**
 * The generic (adaptive) instructions of the specialized families, out of line: each counts its
 * executions down ({@link PyCode#counters}), asks the family's specializer for a specialized form
 * when the counter runs out (see {@link Quickening}), then does the generic work. A site runs
 * its generic form a couple of times before it specializes, and again only after failed
 * attempts, so these bodies are seldom hot; keeping them (and the specializers they call) out of
 * {@link Eval#execute} leaves C2's inlining budget for that method to the specialized forms.
 *
 * <p>Stack conventions as in the dispatch loop: {@code sp} is an absolute index into
 * {@code stack} (the frame's array), each method returns the new depth.
 */
final class Adaptive {
    private Adaptive() {}

    /** BINARY_OP: {@code (a, b -- a op b)}, oparg {@code nb}. */
    static int binaryOp(PyCode q, int i, PyObject[] stack, int sp, int nb) {
        PyObject b = stack[--sp];
        stack[sp] = null;
        if (--q.counters[i] < 0) {
            Specializer.binaryOp(q, i, nb, stack[sp - 1], b);
        }
        stack[sp - 1] = Ops.binaryOp(nb, stack[sp - 1], b);
        return sp;
    }

    /** COMPARE_OP: {@code (a, b -- a op b)}. */
    static int compareOp(PyCode q, int i, PyObject[] stack, int sp, int op) {
        if (--q.counters[i] < 0) {
            Specializer.compareOp(q, i, stack[sp - 2], stack[sp - 1]);
        }
        return Ops.compareOnStack(stack, sp, op);
    }

    /** BINARY_SUBSCR: {@code (o, k -- o[k])}. */
    static int binarySubscr(PyCode q, int i, PyObject[] stack, int sp) {
        PyObject k = stack[--sp];
        stack[sp] = null;
        if (--q.counters[i] < 0) {
            Specializer.binarySubscr(q, i, stack[sp - 1], k);
        }
        stack[sp - 1] = Ops.subscript(stack[sp - 1], k);
        return sp;
    }

    /** STORE_SUBSCR: {@code (v, o, k -- )}. */
    static int storeSubscr(PyCode q, int i, PyObject[] stack, int sp) {
        if (--q.counters[i] < 0) {
            Specializer.storeSubscr(q, i, stack[sp - 2], stack[sp - 1]);
        }
        Abstract.setItem(stack[sp - 2], stack[sp - 1], stack[sp - 3]);
        stack[--sp] = null;
        stack[--sp] = null;
        stack[--sp] = null;
        return sp;
    }

    /** LOAD_GLOBAL: {@code ( -- [NULL], v)}. */
    static int loadGlobal(Frame f, PyCode q, int i, PyObject[] stack, int sp, int oparg) {
        if ((oparg & 1) != 0) {
            stack[sp++] = null;
        }
        PyStr name = q.names[oparg >> 1];
        if (--q.counters[i] < 0) {
            Specializer.loadGlobal(f, q, i, name);
        }
        stack[sp++] = Ops.loadGlobal(f, name);
        return sp;
    }

    /** LOAD_ATTR: {@code (o -- v)} or the method form {@code (o -- meth|NULL, self|v)}. */
    static int loadAttr(PyCode q, int i, PyObject[] stack, int sp, int oparg) {
        PyStr name = q.names[oparg >> 1];
        boolean method = (oparg & 1) != 0;
        if (--q.counters[i] < 0) {
            AttrSpecializer.loadAttr(q, i, stack[sp - 1], name, method);
        }
        return Ops.loadAttr(stack, sp, name, method);
    }

    /** STORE_ATTR: {@code (v, o -- )}. */
    static int storeAttr(PyCode q, int i, PyObject[] stack, int sp, int oparg) {
        PyStr name = q.names[oparg];
        if (--q.counters[i] < 0) {
            AttrSpecializer.storeAttr(q, i, stack[sp - 1], name);
        }
        Abstract.setAttr(stack[sp - 1], name, stack[sp - 2]);
        stack[--sp] = null;
        stack[--sp] = null;
        return sp;
    }

    /** CALL: {@code (NULL|meth, callable|self, args... -- result)} with keyword names or null. */
    static int call(ThreadState ts, Frame f, PyCode q, int i, PyObject[] stack, int sp, int argc, String[] kwnames) {
        f.lasti = i;
        if (--q.counters[i] < 0) {
            CallSpecializer.call(q, i, stack, sp, argc, kwnames, f.builtins);
        }
        return Ops.call(ts, stack, sp, argc, kwnames);
    }

    /** FOR_ITER's next item of {@code it}, or null when it is exhausted. */
    static PyObject forIter(PyCode q, int i, PyObject it) {
        if (--q.counters[i] < 0) {
            Specializer.forIter(q, i, it);
        }
        if (!(it instanceof PyRange.Iter) && !(it instanceof SeqIterator s && s.overBuiltinSequence())) {
            // a generator's or class's __next__, or an object's __getitem__, may look at its caller's
            // line (sys._getframe(1).f_lineno) or raise: the frame is at this FOR_ITER
            ThreadState.current().frame.lasti = i;
        }
        return Ops.forIter(it);
    }

    /** UNPACK_SEQUENCE: {@code (seq -- v_n ... v_1)}. */
    static int unpackSequence(PyCode q, int i, PyObject[] stack, int sp, int n) {
        if (--q.counters[i] < 0) {
            Specializer.unpackSequence(q, i, n, stack[sp - 1]);
        }
        return Ops.unpackSequence(stack, sp, n);
    }
}
