package org.taipan.interp;

import org.taipan.builtins.IteratorTypes;
import org.taipan.code.Opcode;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.DictIterator;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyRange;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.SeqIterator;

/**
 * Chooses the specialized form of an adaptive instruction from the operands it sees now
 * (CPython 3.11's {@code _Py_Specialize_*} functions), stores its cache and rewrites the
 * instruction through {@link Quickening}, or backs off. Called by the interpreter when an
 * adaptive counter runs out, before it executes the generic instruction; it never changes what
 * that execution does.
 */
final class Specializer {
    private Specializer() {}

    /** The operator without its in-place flag: exact ints, floats and strs have no in-place slots. */
    static int plain(int nb) {
        return nb >= Abstract.NB_INPLACE ? nb - Abstract.NB_INPLACE : nb;
    }

    static void binaryOp(PyCode q, int i, int nb, PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        int op = plain(nb);
        if (ca == PyInt.class && cb == PyInt.class) {
            Opcode fixed = op == Abstract.NB_ADD ? Opcode.BINARY_OP_ADD_INT : op == Abstract.NB_SUBTRACT
                    ? Opcode.BINARY_OP_SUBTRACT_INT : op == Abstract.NB_MULTIPLY ? Opcode.BINARY_OP_MULTIPLY_INT : null;
            if (fixed != null) {
                Quickening.specialize(q, i, fixed);
                return;
            }
            if (SpecializedOps.hasIntFastPath(op)) {
                Quickening.specialize(q, i, Opcode.BINARY_OP_INT);
                return;
            }
        } else if (ca == PyFloat.class && cb == PyFloat.class
                && (op == Abstract.NB_ADD || op == Abstract.NB_SUBTRACT || op == Abstract.NB_MULTIPLY)) {
            Quickening.specialize(q, i, op == Abstract.NB_ADD ? Opcode.BINARY_OP_ADD_FLOAT
                    : op == Abstract.NB_SUBTRACT ? Opcode.BINARY_OP_SUBTRACT_FLOAT : Opcode.BINARY_OP_MULTIPLY_FLOAT);
            return;
        } else if ((ca == PyFloat.class || ca == PyInt.class) && (cb == PyFloat.class || cb == PyInt.class)) {
            if (SpecializedOps.hasFloatFastPath(op)) {
                Quickening.specialize(q, i, Opcode.BINARY_OP_FLOAT);
                return;
            }
        } else if (ca == PyStr.class && cb == PyStr.class && op == Abstract.NB_ADD) {
            Quickening.specialize(q, i, Opcode.BINARY_OP_ADD_UNICODE);
            return;
        } else if (CallSpecializer.binaryUser(q, i, nb, a, b)) {
            return;
        }
        Quickening.fail(q, i);
    }

    static void compareOp(PyCode q, int i, PyObject a, PyObject b) {
        Class<?> ca = a.getClass();
        boolean jump = i + 1 < q.instrs.length && (Opcode.opcodeOf(q.instrs[i + 1]) == Opcode.POP_JUMP_IF_FALSE.ordinal()
                || Opcode.opcodeOf(q.instrs[i + 1]) == Opcode.POP_JUMP_IF_TRUE.ordinal());
        if (ca == b.getClass()) {
            if (ca == PyInt.class) {
                Quickening.specialize(q, i, jump ? Opcode.COMPARE_OP_INT_JUMP : Opcode.COMPARE_OP_INT);
                return;
            } else if (ca == PyFloat.class) {
                Quickening.specialize(q, i, jump ? Opcode.COMPARE_OP_FLOAT_JUMP : Opcode.COMPARE_OP_FLOAT);
                return;
            } else if (ca == PyStr.class) {
                Quickening.specialize(q, i, jump ? Opcode.COMPARE_OP_STR_JUMP : Opcode.COMPARE_OP_STR);
                return;
            }
        }
        Quickening.fail(q, i);
    }

    static void binarySubscr(PyCode q, int i, PyObject o, PyObject k) {
        Class<?> co = o.getClass();
        boolean intKey = k.getClass() == PyInt.class;
        if (co == PyList.class && intKey) {
            Quickening.specialize(q, i, Opcode.BINARY_SUBSCR_LIST_INT);
        } else if (co == PyTuple.class && intKey) {
            Quickening.specialize(q, i, Opcode.BINARY_SUBSCR_TUPLE_INT);
        } else if (co == PyStr.class && intKey) {
            Quickening.specialize(q, i, Opcode.BINARY_SUBSCR_STR_INT);
        } else if (co == PyDict.class) {
            Quickening.specialize(q, i, Opcode.BINARY_SUBSCR_DICT);
        } else {
            Quickening.fail(q, i);
        }
    }

    static void storeSubscr(PyCode q, int i, PyObject o, PyObject k) {
        Class<?> co = o.getClass();
        if (co == PyList.class && k.getClass() == PyInt.class) {
            Quickening.specialize(q, i, Opcode.STORE_SUBSCR_LIST_INT);
        } else if (co == PyDict.class) {
            Quickening.specialize(q, i, Opcode.STORE_SUBSCR_DICT);
        } else {
            Quickening.fail(q, i);
        }
    }

    static void unpackSequence(PyCode q, int i, int n, PyObject seq) {
        if (seq.getClass() == PyTuple.class && ((PyTuple) seq).size() == n) {
            Quickening.specialize(q, i, Opcode.UNPACK_SEQUENCE_TUPLE);
        } else if (seq.getClass() == PyList.class && ((PyList) seq).size() == n) {
            Quickening.specialize(q, i, Opcode.UNPACK_SEQUENCE_LIST);
        } else {
            Quickening.fail(q, i);
        }
    }

    static void forIter(PyCode q, int i, PyObject it) {
        if (it.getClass() == PyRange.Iter.class) {
            Quickening.specialize(q, i, Opcode.FOR_ITER_RANGE);
        } else if (it.getClass() == SeqIterator.class && ((SeqIterator) it).overBuiltinSequence()) {
            Quickening.specialize(q, i, Opcode.FOR_ITER_SEQ);
        } else if (it.getClass() == PyGenerator.class && ((PyGenerator) it).isGenerator()) {
            Quickening.specialize(q, i, Opcode.FOR_ITER_GEN);
        } else if (it.getClass() == DictIterator.class) {
            Quickening.specialize(q, i, Opcode.FOR_ITER_DICT);
        } else if (IteratorTypes.enumerateActive(it) && IteratorTypes.stepsWithoutCode(IteratorTypes.source(it, 0))
                || IteratorTypes.zipOfTwoSequences(it) != null) {
            Quickening.specialize(q, i, Opcode.FOR_ITER_PAIRS);
        } else {
            Quickening.fail(q, i);
        }
    }

    /**
     * LOAD_GLOBAL: caches where the name is found, the globals' keys version (and the builtins'
     * when the name is a builtin: a later global of that name must shadow it) and the dense
     * position of the entry, whose current value the specialized form reads.
     */
    static void loadGlobal(Frame f, PyCode q, int i, PyStr name) {
        PyDict g = f.globals, b = f.builtins;
        if (g == null || g.getClass() != PyDict.class) {
            Quickening.fail(q, i);
            return;
        }
        int gv = g.keysVersion();
        int pos = g.positionOf(name);
        if (pos >= 0) {
            q.caches[i] = new GlobalCache(g, gv, null, 0, pos);
            Quickening.specialize(q, i, Opcode.LOAD_GLOBAL_MODULE);
            return;
        }
        if (b == null || b.getClass() != PyDict.class) {
            Quickening.fail(q, i);
            return;
        }
        int bv = b.keysVersion();
        pos = b.positionOf(name);
        if (pos < 0) {
            Quickening.fail(q, i);
            return;
        }
        q.caches[i] = new GlobalCache(g, gv, b, bv, pos);
        Quickening.specialize(q, i, Opcode.LOAD_GLOBAL_BUILTIN);
    }

    /**
     * The inline cache of LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN: the dicts it was found with
     * (builtins null for a module global), their keys versions then, and the entry's position in
     * the dict that holds it. Immutable, so a thread that sees it sees all of it.
     */
    record GlobalCache(PyDict globals, int globalsVersion, PyDict builtins, int builtinsVersion, int position) {}
}
