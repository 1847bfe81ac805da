package org.taipan.interp;

import org.taipan.builtins.IteratorTypes;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.DictIterator;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.ThreadState;
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
 * The bodies of the specialized instructions ({@code Opcode.isSpecialized}): each checks its
 * guards (exact classes: a user subclass of a builtin type never takes a fast path, its dunders
 * may differ), does the fast work, and on a guard failure records a miss
 * ({@link Quickening#miss}) and does what the generic instruction does. A fast path whose
 * operands pass the guards but fall outside it (an index out of range, a zero divisor) takes the
 * generic path without a miss, which raises the error CPython raises. These static methods are
 * also the operations the tracing JIT's templates will name (one definition per operation).
 */
public final class SpecializedOps {
    private SpecializedOps() {}

    /** Whether BINARY_OP_INT has a fast path for this (plain) operator. */
    static boolean hasIntFastPath(int op) {
        return op == Abstract.NB_ADD || op == Abstract.NB_SUBTRACT || op == Abstract.NB_MULTIPLY
                || op == Abstract.NB_FLOOR_DIVIDE || op == Abstract.NB_REMAINDER || op == Abstract.NB_TRUE_DIVIDE
                || op == Abstract.NB_AND || op == Abstract.NB_OR || op == Abstract.NB_XOR
                || op == Abstract.NB_LSHIFT || op == Abstract.NB_RSHIFT;
    }

    /** Whether BINARY_OP_FLOAT has a fast path for this (plain) operator. */
    static boolean hasFloatFastPath(int op) {
        return op == Abstract.NB_ADD || op == Abstract.NB_SUBTRACT || op == Abstract.NB_MULTIPLY
                || op == Abstract.NB_TRUE_DIVIDE || op == Abstract.NB_POWER || op == Abstract.NB_FLOOR_DIVIDE
                || op == Abstract.NB_REMAINDER;
    }

    /** BINARY_OP_INT: {@code a op b} on two exact ints ({@code // % / & | ^ << >>}; + - * have their own forms). */
    public static PyObject binaryInt(PyCode q, int i, int nb, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            switch (Specializer.plain(nb)) {
                case Abstract.NB_ADD -> {
                    return PyInt.add(x, y);
                }
                case Abstract.NB_SUBTRACT -> {
                    return PyInt.sub(x, y);
                }
                case Abstract.NB_MULTIPLY -> {
                    return PyInt.mul(x, y);
                }
                case Abstract.NB_FLOOR_DIVIDE -> {
                    return PyInt.floorDiv(x, y);
                }
                case Abstract.NB_REMAINDER -> {
                    return PyInt.mod(x, y);
                }
                case Abstract.NB_TRUE_DIVIDE -> {
                    return new PyFloat(PyInt.trueDiv(x, y));
                }
                case Abstract.NB_AND -> {
                    return PyInt.bitAnd(x, y);
                }
                case Abstract.NB_OR -> {
                    return PyInt.bitOr(x, y);
                }
                case Abstract.NB_XOR -> {
                    return PyInt.bitXor(x, y);
                }
                case Abstract.NB_LSHIFT -> {
                    return PyInt.shiftLeft(x, y);
                }
                case Abstract.NB_RSHIFT -> {
                    return PyInt.shiftRight(x, y);
                }
                default -> {
                    return Ops.binaryOp(nb, a, b);
                }
            }
        }
        Quickening.miss(q, i);
        return Ops.binaryOp(nb, a, b);
    }

    /** BINARY_OP_ADD_INT: {@code a + b} on two exact ints, in a long unless it overflows. */
    public static PyObject addInt(PyCode q, int i, int nb, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            if (x.fitsLong() && y.fitsLong()) {
                long u = x.longValue(), v = y.longValue(), r = u + v;
                if (((u ^ r) & (v ^ r)) >= 0) {
                    return PyInt.of(r);
                }
            }
            return PyInt.add(x, y);
        }
        Quickening.miss(q, i);
        return Ops.binaryOp(nb, a, b);
    }

    /** BINARY_OP_SUBTRACT_INT: {@code a - b} on two exact ints, in a long unless it overflows. */
    public static PyObject subtractInt(PyCode q, int i, int nb, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            if (x.fitsLong() && y.fitsLong()) {
                long u = x.longValue(), v = y.longValue(), r = u - v;
                if (((u ^ v) & (u ^ r)) >= 0) {
                    return PyInt.of(r);
                }
            }
            return PyInt.sub(x, y);
        }
        Quickening.miss(q, i);
        return Ops.binaryOp(nb, a, b);
    }

    /** BINARY_OP_MULTIPLY_INT: {@code a * b} on two exact ints ({@code PyInt.mul} checks the 128-bit product). */
    public static PyObject multiplyInt(PyCode q, int i, int nb, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return PyInt.mul((PyInt) a, (PyInt) b);
        }
        Quickening.miss(q, i);
        return Ops.binaryOp(nb, a, b);
    }

    /** BINARY_OP_ADD_FLOAT: {@code a + b} on two exact floats. */
    public static PyObject addFloat(PyCode q, int i, int nb, PyObject a, PyObject b) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return new PyFloat(((PyFloat) a).value() + ((PyFloat) b).value());
        }
        Quickening.miss(q, i);
        return Ops.binaryOp(nb, a, b);
    }

    /** BINARY_OP_SUBTRACT_FLOAT: {@code a - b} on two exact floats. */
    public static PyObject subtractFloat(PyCode q, int i, int nb, PyObject a, PyObject b) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return new PyFloat(((PyFloat) a).value() - ((PyFloat) b).value());
        }
        Quickening.miss(q, i);
        return Ops.binaryOp(nb, a, b);
    }

    /** BINARY_OP_MULTIPLY_FLOAT: {@code a * b} on two exact floats. */
    public static PyObject multiplyFloat(PyCode q, int i, int nb, PyObject a, PyObject b) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return new PyFloat(((PyFloat) a).value() * ((PyFloat) b).value());
        }
        Quickening.miss(q, i);
        return Ops.binaryOp(nb, a, b);
    }

    /**
     * BINARY_OP_FLOAT: {@code a op b} where one operand is an exact float and the other an exact
     * float or an exact int that fits a long (converted with round-to-nearest, as CPython's
     * {@code PyLong_AsDouble}).
     */
    public static PyObject binaryFloat(PyCode q, int i, int nb, PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if ((ca == PyFloat.class || cb == PyFloat.class) && (ca == PyFloat.class || isSmallInt(a))
                && (cb == PyFloat.class || isSmallInt(b))) {
            double x = ca == PyFloat.class ? ((PyFloat) a).value() : ((PyInt) a).longValue();
            double y = cb == PyFloat.class ? ((PyFloat) b).value() : ((PyInt) b).longValue();
            switch (Specializer.plain(nb)) {
                case Abstract.NB_ADD -> {
                    return new PyFloat(x + y);
                }
                case Abstract.NB_SUBTRACT -> {
                    return new PyFloat(x - y);
                }
                case Abstract.NB_MULTIPLY -> {
                    return new PyFloat(x * y);
                }
                case Abstract.NB_TRUE_DIVIDE -> {
                    if (y != 0.0) {
                        return new PyFloat(x / y);
                    }
                }
                case Abstract.NB_POWER, Abstract.NB_FLOOR_DIVIDE, Abstract.NB_REMAINDER -> {
                    // What float.__pow__/__floordiv__/__mod__ (or the reflected form for an
                    // int left operand) computes on the converted values.
                    return PyFloat.arithmetic(Specializer.plain(nb), x, y);
                }
                default -> { }
            }
            return Ops.binaryOp(nb, a, b);
        }
        Quickening.miss(q, i);
        return Ops.binaryOp(nb, a, b);
    }

    private static boolean isSmallInt(PyObject o) {
        return o.getClass() == PyInt.class && ((PyInt) o).fitsLong();
    }

    /** BINARY_OP_ADD_UNICODE: {@code a + b} on two exact strs. */
    public static PyObject addUnicode(PyCode q, int i, int nb, PyObject a, PyObject b) {
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return ((PyStr) a).concat((PyStr) b);
        }
        Quickening.miss(q, i);
        return Ops.binaryOp(nb, a, b);
    }

    /** COMPARE_OP_INT on two exact ints. */
    public static PyObject compareInt(PyCode q, int i, int op, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return PyBool.of(test(op, PyInt.compare((PyInt) a, (PyInt) b)));
        }
        Quickening.miss(q, i);
        return Ops.compare(op, a, b);
    }

    /** COMPARE_OP_FLOAT on two exact floats (IEEE comparisons: NaN is unordered, as in CPython). */
    public static PyObject compareFloat(PyCode q, int i, int op, PyObject a, PyObject b) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            double x = ((PyFloat) a).value(), y = ((PyFloat) b).value();
            boolean r = switch (op) {
                case 0 -> x < y;
                case 1 -> x <= y;
                case 2 -> x == y;
                case 3 -> x != y;
                case 4 -> x > y;
                default -> x >= y;
            };
            return PyBool.of(r);
        }
        Quickening.miss(q, i);
        return Ops.compare(op, a, b);
    }

    /** COMPARE_OP_STR on two exact strs (code point order). */
    public static PyObject compareStr(PyCode q, int i, int op, PyObject a, PyObject b) {
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            PyStr x = (PyStr) a, y = (PyStr) b;
            if (op == 2 || op == 3) {
                return PyBool.of((x == y || x.equals(y)) == (op == 2));
            }
            return PyBool.of(test(op, x.compareTo(y)));
        }
        Quickening.miss(q, i);
        return Ops.compare(op, a, b);
    }

    /**
     * COMPARE_OP_INT_JUMP: 1 or 0 for the comparison of two exact ints, or -1 after recording a
     * miss (the caller then runs the generic compare and the jump instruction).
     */
    public static int compareIntJump(PyCode q, int i, int op, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return testBit(op, PyInt.compare((PyInt) a, (PyInt) b));
        }
        Quickening.miss(q, i);
        return -1;
    }

    /** COMPARE_OP_FLOAT_JUMP: as {@link #compareIntJump} for two exact floats. */
    public static int compareFloatJump(PyCode q, int i, int op, PyObject a, PyObject b) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            double x = ((PyFloat) a).value(), y = ((PyFloat) b).value();
            boolean r = switch (op) {
                case 0 -> x < y;
                case 1 -> x <= y;
                case 2 -> x == y;
                case 3 -> x != y;
                case 4 -> x > y;
                default -> x >= y;
            };
            return r ? 1 : 0;
        }
        Quickening.miss(q, i);
        return -1;
    }

    /** COMPARE_OP_STR_JUMP: as {@link #compareIntJump} for two exact strs. */
    public static int compareStrJump(PyCode q, int i, int op, PyObject a, PyObject b) {
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            PyStr x = (PyStr) a, y = (PyStr) b;
            if (op == 2 || op == 3) {
                return (x == y || x.equals(y)) == (op == 2) ? 1 : 0;
            }
            return testBit(op, x.compareTo(y));
        }
        Quickening.miss(q, i);
        return -1;
    }

    /**
     * The next instruction index after a fused compare at {@code ip - 1} whose result is
     * {@code r} (1 true, 0 false): the POP_JUMP_IF_FALSE/TRUE at {@code ip} is executed here.
     */
    public static int branch(int[] code, int ip, int r) {
        // Arithmetic, no branch: whether the jump is taken is data, and a branch C2 had seen
        // go one way only would deoptimize the dispatch loop the first time it went the other.
        int w = code[ip];
        int onTrue = ((w & 0xFF) ^ org.taipan.code.Op.POP_JUMP_IF_TRUE) - 1 >>> 31;
        int take = r ^ onTrue ^ 1;
        return ip + 1 + take * ((w >>> 8) - ip - 1);
    }

    /**
     * IS_OP__POP_JUMP or CONTAINS_OP__POP_JUMP ({@code op}) at {@code ip - 1} with its {@code invert}
     * oparg: pops both operands and returns the next instruction index, the POP_JUMP_IF_FALSE/TRUE
     * at {@code ip} executed here. Raises what {@code in} raises (the operands still on the stack).
     */
    static int testAndBranch(int op, int[] code, int ip, PyObject[] stack, int sp, int invert) {
        PyObject a = stack[sp - 2], b = stack[sp - 1];
        boolean r = (op == org.taipan.code.Op.IS_OP__POP_JUMP ? a == b : Abstract.contains(b, a)) ^ (invert == 1);
        stack[sp - 1] = null;
        stack[sp - 2] = null;
        return branch(code, ip, r ? 1 : 0);
    }

    /**
     * IS_OP not fused with a jump: {@code (a, b -- a is b)}, negated when {@code invert} is 1
     * ({@code is not}). Separate from {@link #containsOp} so that the switch, not a branch
     * inlined from here, tells them apart (a branch C2 saw only one way is a trap later).
     */
    static int isOp(PyObject[] stack, int sp, int invert) {
        boolean r = (stack[sp - 2] == stack[sp - 1]) ^ (invert == 1);
        stack[sp - 1] = null;
        stack[sp - 2] = r ? PyBool.TRUE : PyBool.FALSE;
        return sp - 1;
    }

    /**
     * CONTAINS_OP not fused with a jump: {@code (a, b -- a in b)}, negated when {@code invert}
     * is 1 ({@code not in}). Raises what {@code b.__contains__} or its iteration raises
     * (CPython's PySequence_Contains), the operands still on the stack.
     */
    static int containsOp(PyObject[] stack, int sp, int invert) {
        boolean r = Abstract.contains(stack[sp - 1], stack[sp - 2]) ^ (invert == 1);
        stack[sp - 1] = null;
        stack[sp - 2] = r ? PyBool.TRUE : PyBool.FALSE;
        return sp - 1;
    }

    /**
     * For each comparison (cmp_op order: {@code < <= == != > >=}) three bits, which of the
     * three-way results -1, 0, 1 satisfy it: comparison {@code op}'s bit for {@code c} is bit
     * {@code 3 * op + signum(c) + 1}.
     */
    private static final int CMP_TABLE = 0b001 | 0b011 << 3 | 0b010 << 6 | 0b101 << 9 | 0b100 << 12 | 0b110 << 15;

    /**
     * 1 when a three-way comparison result {@code c} satisfies comparison {@code op} (0..5, cmp_op
     * order), else 0. Without a branch: a switch on the operator would be shared by every
     * comparison site, and the first operator C2's profile had not seen would deoptimize the
     * dispatch loop it is inlined into.
     */
    private static int testBit(int op, int c) {
        return CMP_TABLE >>> (3 * op + Integer.signum(c) + 1) & 1;
    }

    /** {@link #testBit} as a boolean. */
    private static boolean test(int op, int c) {
        return testBit(op, c) != 0;
    }

    /** The index {@code k} (an exact int) normalized against {@code size}, or -1 when out of range. */
    private static int index(PyObject k, int size) {
        PyInt key = (PyInt) k;
        if (!key.fitsLong()) {
            return -1;
        }
        // Without a branch on the sign: a program's first negative index (`stones[-1]`) taking a
        // branch no profile had seen trapped the dispatch loop's C2 code, inlined here, and had
        // it compiled again (go, 0.7 s into its run). One unsigned test covers both bounds.
        long n = key.longValue();
        n += size & (n >> 63);
        return Long.compareUnsigned(n, size) < 0 ? (int) n : -1;
    }

    /** BINARY_SUBSCR_LIST_INT: {@code list[int]}. */
    public static PyObject subscrListInt(PyCode q, int i, PyObject o, PyObject k) {
        if (o.getClass() == PyList.class && k.getClass() == PyInt.class) {
            PyList l = (PyList) o;
            int n = index(k, l.size());
            if (n >= 0) {
                return l.get(n);
            }
        } else {
            Quickening.miss(q, i);
        }
        return Ops.subscript(o, k);
    }

    /** BINARY_SUBSCR_TUPLE_INT: {@code tuple[int]}. */
    public static PyObject subscrTupleInt(PyCode q, int i, PyObject o, PyObject k) {
        if (o.getClass() == PyTuple.class && k.getClass() == PyInt.class) {
            PyTuple t = (PyTuple) o;
            int n = index(k, t.size());
            if (n >= 0) {
                return t.get(n);
            }
        } else {
            Quickening.miss(q, i);
        }
        return Ops.subscript(o, k);
    }

    /** BINARY_SUBSCR_STR_INT: {@code str[int]}, the one-character string. */
    public static PyObject subscrStrInt(PyCode q, int i, PyObject o, PyObject k) {
        if (o.getClass() == PyStr.class && k.getClass() == PyInt.class) {
            PyStr s = (PyStr) o;
            int n = index(k, s.length());
            if (n >= 0) {
                return PyStr.ofCodePoint(s.codePointAt(n));
            }
        } else {
            Quickening.miss(q, i);
        }
        return Ops.subscript(o, k);
    }

    /** BINARY_SUBSCR_DICT: {@code dict[key]} on an exact dict (no {@code __missing__} to consult). */
    public static PyObject subscrDict(PyCode q, int i, PyObject o, PyObject k) {
        if (o.getClass() == PyDict.class) {
            PyObject v = ((PyDict) o).getItem(k);
            if (v != null) {
                return v;
            }
        } else {
            Quickening.miss(q, i);
        }
        return Ops.subscript(o, k);
    }

    /** STORE_SUBSCR_LIST_INT: {@code list[int] = v}. */
    public static void storeListInt(PyCode q, int i, PyObject o, PyObject k, PyObject v) {
        if (o.getClass() == PyList.class && k.getClass() == PyInt.class) {
            PyList l = (PyList) o;
            int n = index(k, l.size());
            if (n >= 0) {
                l.set(n, v);
                return;
            }
        } else {
            Quickening.miss(q, i);
        }
        Abstract.setItem(o, k, v);
    }

    /** STORE_SUBSCR_DICT: {@code dict[key] = v} on an exact dict. */
    public static void storeDict(PyCode q, int i, PyObject o, PyObject k, PyObject v) {
        if (o.getClass() == PyDict.class) {
            ((PyDict) o).setItem(k, v);
            return;
        }
        Quickening.miss(q, i);
        Abstract.setItem(o, k, v);
    }

    /** UNPACK_SEQUENCE_TUPLE: pops an exact tuple of {@code n} items and pushes them, last first. */
    public static int unpackTuple(PyCode q, int i, PyObject[] stack, int sp, int n) {
        PyObject seq = stack[sp - 1];
        if (seq.getClass() == PyTuple.class && ((PyTuple) seq).size() == n) {
            stack[--sp] = null;
            return push(stack, sp, ((PyTuple) seq).array(), n);
        }
        Quickening.miss(q, i);
        return Ops.unpackSequence(stack, sp, n);
    }

    /** UNPACK_SEQUENCE_LIST: pops an exact list of {@code n} items and pushes them, last first. */
    public static int unpackList(PyCode q, int i, PyObject[] stack, int sp, int n) {
        PyObject seq = stack[sp - 1];
        if (seq.getClass() == PyList.class && ((PyList) seq).size() == n) {
            PyList l = (PyList) seq;
            stack[--sp] = null;
            for (int k = n - 1; k >= 0; k--) {
                stack[sp++] = l.get(k);
            }
            return sp;
        }
        Quickening.miss(q, i);
        return Ops.unpackSequence(stack, sp, n);
    }

    private static int push(PyObject[] stack, int sp, PyObject[] items, int n) {
        for (int k = n - 1; k >= 0; k--) {
            stack[sp++] = items[k];
        }
        return sp;
    }

    /** FOR_ITER_RANGE: the next int of a range iterator, or null when exhausted. */
    public static PyObject forIterRange(PyCode q, int i, PyObject it) {
        if (it.getClass() == PyRange.Iter.class) {
            return ((PyRange.Iter) it).next();
        }
        return forIterMissed(q, i, it);
    }

    /**
     * FOR_ITER_SEQ: the next item of a list, tuple or str iterator, or null when exhausted. An
     * iterator over an object's {@code __getitem__} is a miss: that runs Python code, which needs
     * the frame's lasti at this instruction.
     */
    public static PyObject forIterSeq(PyCode q, int i, PyObject it) {
        if (it.getClass() == SeqIterator.class && ((SeqIterator) it).overBuiltinSequence()) {
            return ((SeqIterator) it).next();
        }
        return forIterMissed(q, i, it);
    }

    /**
     * FOR_ITER_DICT at {@code i} with the iterator on top of {@code stack[0..sp)}: the next key or
     * value goes where FOR_ITER_SEQ puts an item (into the STORE_FAST after it, or pushed); an item
     * of {@code items()} about to be unpacked into two targets is pushed as value then key and
     * the UNPACK_SEQUENCE skipped. Another iterator takes the generic path (a miss).
     *
     * @param target the loop's end, FOR_ITER's oparg
     * @return where execution continues and how the stack moved, as {@link #forIterResult} packs them
     * @throws PyException RuntimeError when the dict changed during the iteration
     */
    static int forIterDict(PyCode q, int i, int[] code, PyObject[] stack, int sp, int target) {
        PyObject it = stack[sp - 1];
        if (it.getClass() != DictIterator.class) {
            return forIterResult(forIterMissed(q, i, it), i, code, stack, sp, target);
        }
        DictIterator d = (DictIterator) it;
        if (!d.yieldsItems()) {
            return forIterResult(d.next(), i, code, stack, sp, target);
        }
        int p = d.advance();
        if (p < 0 || !unpacksPair(code[i + 1])) {
            return forIterResult(p < 0 ? null : PyTuple.of(d.keyAt(p), d.valueAt(p)), i, code, stack, sp, target);
        }
        stack[sp] = d.valueAt(p);
        stack[sp + 1] = d.keyAt(p);
        return (i + 2) | 3 << 24;
    }

    /**
     * FOR_ITER_PAIRS at {@code i}: the next {@code (index, item)} of an exact enumerate over a
     * range, list, tuple or str iterator, or the next pair of an exact zip of two such iterators
     * (no Python code runs), its two halves pushed (second, then first) when an UNPACK_SEQUENCE of
     * two follows, which is then skipped; anything else takes the generic path. Arguments and
     * result as {@link #forIterDict}.
     *
     * @throws PyException ValueError from a strict zip whose iterators differ in length
     */
    static int forIterPairs(PyCode q, int i, int[] code, PyObject[] stack, int sp, int target) {
        PyObject it = stack[sp - 1];
        PyObject first, second;
        PyObject[] zipped;
        Object src;
        if (IteratorTypes.enumerateActive(it) && IteratorTypes.stepsWithoutCode(src = IteratorTypes.source(it, 0))) {
            second = step(src);
            if (second == null) {
                return forIterResult(null, i, code, stack, sp, target);
            }
            long index = IteratorTypes.enumerateIndex(it);
            IteratorTypes.setEnumerateIndex(it, index + 1);
            first = PyInt.of(index);
        } else if ((zipped = IteratorTypes.zipOfTwoSequences(it)) != null) {
            first = step(zipped[0]);
            second = first == null ? null : step(zipped[1]);
            if (second == null) {
                IteratorTypes.zipEnd(it, first == null ? 0 : 1);
                return forIterResult(null, i, code, stack, sp, target);
            }
        } else {
            return forIterResult(forIterMissed(q, i, it), i, code, stack, sp, target);
        }
        if (!unpacksPair(code[i + 1])) {
            return forIterResult(PyTuple.of(first, second), i, code, stack, sp, target);
        }
        stack[sp] = second;
        stack[sp + 1] = first;
        return (i + 2) | 3 << 24;
    }

    /** The next item of a range or sequence iterator, null when exhausted. */
    private static PyObject step(Object it) {
        return it instanceof SeqIterator s ? s.next() : ((PyRange.Iter) it).next();
    }

    /** Whether the code word is an UNPACK_SEQUENCE of two (in any form). */
    private static boolean unpacksPair(int word) {
        int op = word & 0xFF;
        return (op == org.taipan.code.Op.UNPACK_SEQUENCE || op == org.taipan.code.Op.UNPACK_SEQUENCE_TUPLE) && word >>> 8 == 2;
    }

    /** A specialized FOR_ITER's miss: the generic FOR_ITER's step (see {@link Adaptive#forIter}). */
    private static PyObject forIterMissed(PyCode q, int i, PyObject it) {
        Quickening.miss(q, i);
        ThreadState.current().frame.lasti = i;
        return Ops.forIter(it);
    }

    /**
     * FOR_ITER's end for the item {@code v} (null: exhausted), packed for Eval: the next
     * instruction index in the low 24 bits, the change of the stack pointer plus one in the
     * bits above. An item goes into the STORE_FAST right after FOR_ITER (skipped), or is pushed;
     * an exhausted iterator is popped and the loop left for {@code target}.
     */
    private static int forIterResult(PyObject v, int i, int[] code, PyObject[] stack, int sp, int target) {
        if (v == null) {
            stack[sp - 1] = null;
            return target;
        }
        int w = code[i + 1];
        if ((w & 0xFF) == org.taipan.code.Op.STORE_FAST) {
            stack[w >>> 8] = v;
            return (i + 2) | 1 << 24;
        }
        stack[sp] = v;
        return (i + 1) | 2 << 24;
    }

    /**
     * Where a JUMP_BACKWARD to {@code target} continues. When the target is a FOR_ITER_RANGE or
     * FOR_ITER_SEQ followed by STORE_FAST and the iterator on top of the stack is of its kind (a
     * range iterator; a list, tuple or str iterator, whose step runs no Python code), runs that
     * pair here (one dispatch per iteration instead of three): stores the next item and
     * returns the index after the STORE_FAST, or, when the iterator is exhausted, pops it and
     * returns {@code ~exit} (negative: the caller lowers sp). Otherwise returns {@code target}
     * and the FOR_ITER runs on its own, so anything that could raise (a miss, another iterator)
     * raises at the FOR_ITER's own index, under its own exception-table entry.
     */
    static int loopBack(PyCode q, int[] code, int target, PyObject[] stack, int sp) {
        int w = code[target], op = w & 0xFF, store;
        if ((op == org.taipan.code.Op.FOR_ITER_RANGE || op == org.taipan.code.Op.FOR_ITER_SEQ)
                && ((store = code[target + 1]) & 0xFF) == org.taipan.code.Op.STORE_FAST) {
            PyObject it = stack[sp - 1];
            PyObject v;
            if (it.getClass() == PyRange.Iter.class && op == org.taipan.code.Op.FOR_ITER_RANGE) {
                v = ((PyRange.Iter) it).next();
            } else if (it.getClass() == SeqIterator.class && op == org.taipan.code.Op.FOR_ITER_SEQ
                    && ((SeqIterator) it).overBuiltinSequence()) {
                // not over an object's __getitem__: that Python code would run with the frame's
                // lasti at this JUMP_BACKWARD (its caller's f_lineno, a traceback's line)
                v = ((SeqIterator) it).next();
            } else {
                return target;
            }
            if (v == null) {
                stack[sp - 1] = null;
                return ~(w >>> 8);
            }
            stack[store >>> 8] = v;
            return target + 2;
        }
        return target;
    }

    /**
     * LOAD_GLOBAL_MODULE: the cached global's current value while the globals' keys are unchanged.
     * {@code oparg} is the instruction's argument (name index {@code << 1}); the name is read on a
     * miss only, so the hit path does not load it.
     */
    public static PyObject loadGlobalModule(Frame f, PyCode q, int i, int oparg) {
        PyDict g = f.globals;
        if (q.caches[i] instanceof Specializer.GlobalCache c && c.globals() == g && g.keysVersion() == c.globalsVersion()) {
            return g.valueAtPosition(c.position());
        }
        Quickening.miss(q, i);
        return Ops.loadGlobal(f, q.names[oparg >> 1]);
    }

    /** LOAD_GLOBAL_BUILTIN: the cached builtin while neither the globals' nor the builtins' keys changed ({@code oparg} as in loadGlobalModule). */
    public static PyObject loadGlobalBuiltin(Frame f, PyCode q, int i, int oparg) {
        PyDict g = f.globals, b = f.builtins;
        if (q.caches[i] instanceof Specializer.GlobalCache c && c.globals() == g && g.keysVersion() == c.globalsVersion()
                && c.builtins() == b && b.keysVersion() == c.builtinsVersion()) {
            return b.valueAtPosition(c.position());
        }
        Quickening.miss(q, i);
        return Ops.loadGlobal(f, q.names[oparg >> 1]);
    }

    // ---------------------------------------------------------------- stack forms
    // What the dispatch loop calls: pop the operands from the frame's value stack ({@code sp} an
    // absolute index into it), push the result, return the new depth. Small, so C2 inlines them
    // and the value forms above into Eval.execute.

    /** binaryInt on the stack: {@code (a, b -- result)}. */
    static int binaryInt(PyCode q, int i, PyObject[] stack, int sp, int nb) {
        PyObject b = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = binaryInt(q, i, nb, stack[sp - 1], b);
        return sp;
    }

    /** binaryFloat on the stack: {@code (a, b -- result)}. */
    static int binaryFloat(PyCode q, int i, PyObject[] stack, int sp, int nb) {
        PyObject b = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = binaryFloat(q, i, nb, stack[sp - 1], b);
        return sp;
    }

    /** addInt on the stack: {@code (a, b -- result)}. */
    static int addInt(PyCode q, int i, PyObject[] stack, int sp, int nb) {
        PyObject b = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = addInt(q, i, nb, stack[sp - 1], b);
        return sp;
    }

    /** subtractInt on the stack: {@code (a, b -- result)}. */
    static int subtractInt(PyCode q, int i, PyObject[] stack, int sp, int nb) {
        PyObject b = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = subtractInt(q, i, nb, stack[sp - 1], b);
        return sp;
    }

    /** multiplyInt on the stack: {@code (a, b -- result)}. */
    static int multiplyInt(PyCode q, int i, PyObject[] stack, int sp, int nb) {
        PyObject b = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = multiplyInt(q, i, nb, stack[sp - 1], b);
        return sp;
    }

    /** addFloat on the stack: {@code (a, b -- result)}. */
    static int addFloat(PyCode q, int i, PyObject[] stack, int sp, int nb) {
        PyObject b = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = addFloat(q, i, nb, stack[sp - 1], b);
        return sp;
    }

    /** subtractFloat on the stack: {@code (a, b -- result)}. */
    static int subtractFloat(PyCode q, int i, PyObject[] stack, int sp, int nb) {
        PyObject b = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = subtractFloat(q, i, nb, stack[sp - 1], b);
        return sp;
    }

    /** multiplyFloat on the stack: {@code (a, b -- result)}. */
    static int multiplyFloat(PyCode q, int i, PyObject[] stack, int sp, int nb) {
        PyObject b = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = multiplyFloat(q, i, nb, stack[sp - 1], b);
        return sp;
    }

    /** addUnicode on the stack: {@code (a, b -- result)}. */
    static int addUnicode(PyCode q, int i, PyObject[] stack, int sp, int nb) {
        PyObject b = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = addUnicode(q, i, nb, stack[sp - 1], b);
        return sp;
    }

    /** compareInt on the stack: {@code (a, b -- result)}. */
    static int compareInt(PyCode q, int i, PyObject[] stack, int sp, int op) {
        PyObject b = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = compareInt(q, i, op, stack[sp - 1], b);
        return sp;
    }

    /** compareFloat on the stack: {@code (a, b -- result)}. */
    static int compareFloat(PyCode q, int i, PyObject[] stack, int sp, int op) {
        PyObject b = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = compareFloat(q, i, op, stack[sp - 1], b);
        return sp;
    }

    /** compareStr on the stack: {@code (a, b -- result)}. */
    static int compareStr(PyCode q, int i, PyObject[] stack, int sp, int op) {
        PyObject b = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = compareStr(q, i, op, stack[sp - 1], b);
        return sp;
    }

    /** subscrListInt on the stack: {@code (o, k -- o[k])}. */
    static int subscrListInt(PyCode q, int i, PyObject[] stack, int sp) {
        PyObject k = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = subscrListInt(q, i, stack[sp - 1], k);
        return sp;
    }

    /**
     * The BINARY_SUBSCR_LIST_INT right after a LOAD_FAST__LOAD_FAST, run by the pair when it can
     * neither raise nor miss (an exact list, an exact int in range): {@code (o, k -- o[k])}.
     *
     * @return -1 when it ran (the depth and the pair's skip of the instruction, both one), else 0
     *     (nothing done: the instruction runs on its own, raising or counting a miss at its own index)
     */
    static int listItemInPair(PyObject[] stack, int sp) {
        PyObject o = stack[sp - 2], k = stack[sp - 1];
        if (o.getClass() == PyList.class && k.getClass() == PyInt.class) {
            int n = index(k, ((PyList) o).size());
            if (n >= 0) {
                stack[sp - 2] = ((PyList) o).get(n);
                stack[sp - 1] = null;
                return -1;
            }
        }
        return 0;
    }

    /** subscrTupleInt on the stack: {@code (o, k -- o[k])}. */
    static int subscrTupleInt(PyCode q, int i, PyObject[] stack, int sp) {
        PyObject k = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = subscrTupleInt(q, i, stack[sp - 1], k);
        return sp;
    }

    /** subscrStrInt on the stack: {@code (o, k -- o[k])}. */
    static int subscrStrInt(PyCode q, int i, PyObject[] stack, int sp) {
        PyObject k = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = subscrStrInt(q, i, stack[sp - 1], k);
        return sp;
    }

    /** subscrDict on the stack: {@code (o, k -- o[k])}. */
    static int subscrDict(PyCode q, int i, PyObject[] stack, int sp) {
        PyObject k = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = subscrDict(q, i, stack[sp - 1], k);
        return sp;
    }

    /** storeListInt on the stack: {@code (v, o, k -- )}. */
    static int storeListInt(PyCode q, int i, PyObject[] stack, int sp) {
        storeListInt(q, i, stack[sp - 2], stack[sp - 1], stack[sp - 3]);
        stack[--sp] = null;
        stack[--sp] = null;
        stack[--sp] = null;
        return sp;
    }

    /** storeDict on the stack: {@code (v, o, k -- )}. */
    static int storeDict(PyCode q, int i, PyObject[] stack, int sp) {
        storeDict(q, i, stack[sp - 2], stack[sp - 1], stack[sp - 3]);
        stack[--sp] = null;
        stack[--sp] = null;
        stack[--sp] = null;
        return sp;
    }

    /** loadGlobalModule on the stack: {@code ( -- [NULL], v)}. */
    static int loadGlobalModule(Frame f, PyCode q, int i, PyObject[] stack, int sp, int oparg) {
        PyObject v = loadGlobalModule(f, q, i, oparg);
        // Branch-free push of the NULL a call needs (oparg & 1): a branch here would be shared by
        // every LOAD_GLOBAL site, and the first site of the other kind after C2 compiled the
        // dispatch loop would deoptimize it. The slot at sp is above the stack's top, so null.
        stack[sp] = null;
        sp += oparg & 1;
        stack[sp] = v;
        return sp + 1;
    }

    /** loadGlobalBuiltin on the stack: {@code ( -- [NULL], v)}. */
    static int loadGlobalBuiltin(Frame f, PyCode q, int i, PyObject[] stack, int sp, int oparg) {
        PyObject v = loadGlobalBuiltin(f, q, i, oparg);
        // Branch-free, as in loadGlobalModule.
        stack[sp] = null;
        sp += oparg & 1;
        stack[sp] = v;
        return sp + 1;
    }

    /**
     * COMPARE_OP_INT_JUMP, COMPARE_OP_FLOAT_JUMP and COMPARE_OP_STR_JUMP on the stack with their
     * POP_JUMP_IF_FALSE/TRUE at {@code ip}: pop both operands and return the next instruction
     * index; on a miss, push the generic comparison's result instead (depth one less) and return
     * -1, the jump then runs by itself.
     */
    static int compareIntJump(PyCode q, int i, int[] code, int ip, PyObject[] stack, int sp, int op) {
        return jumpOrPush(compareIntJump(q, i, op, stack[sp - 2], stack[sp - 1]), code, ip, stack, sp, op);
    }

    /** See {@link #compareIntJump(PyCode, int, int[], int, PyObject[], int, int)}. */
    static int compareFloatJump(PyCode q, int i, int[] code, int ip, PyObject[] stack, int sp, int op) {
        return jumpOrPush(compareFloatJump(q, i, op, stack[sp - 2], stack[sp - 1]), code, ip, stack, sp, op);
    }

    /** See {@link #compareIntJump(PyCode, int, int[], int, PyObject[], int, int)}. */
    static int compareStrJump(PyCode q, int i, int[] code, int ip, PyObject[] stack, int sp, int op) {
        return jumpOrPush(compareStrJump(q, i, op, stack[sp - 2], stack[sp - 1]), code, ip, stack, sp, op);
    }

    /**
     * COPY__COPY__BINARY_SUBSCR, {@code (o, k -- o, k, o[k])}: the two copies, then the
     * BINARY_SUBSCR at {@code j} as its current form would run it (so its own specialization and
     * miss counting go on as if it ran alone). The caller has set ip past {@code j}, so an error
     * is raised at the BINARY_SUBSCR.
     */
    static int copySubscr(PyCode q, int[] code, int j, PyObject[] stack, int sp) {
        PyObject o = stack[sp - 2], k = stack[sp - 1];
        int form = code[j] & 0xFF;
        PyObject v;
        if (form == org.taipan.code.Op.BINARY_SUBSCR_LIST_INT) {
            v = subscrListInt(q, j, o, k);
        } else if (form == org.taipan.code.Op.BINARY_SUBSCR_DICT) {
            v = subscrDict(q, j, o, k);
        } else if (form == org.taipan.code.Op.BINARY_SUBSCR) {
            stack[sp] = o;
            stack[sp + 1] = k;
            return Adaptive.binarySubscr(q, j, stack, sp + 2);
        } else {
            v = Ops.subscript(o, k);
        }
        stack[sp] = v;
        return sp + 1;
    }

    /**
     * SWAP__SWAP__STORE_SUBSCR, {@code (o, k, v -- )}: {@code o[k] = v} as the STORE_SUBSCR at
     * {@code j} would run it in its current form, after the two swaps (see {@link #copySubscr}).
     */
    static int swapStoreSubscr(PyCode q, int[] code, int j, PyObject[] stack, int sp) {
        PyObject o = stack[sp - 3], k = stack[sp - 2], v = stack[sp - 1];
        int form = code[j] & 0xFF;
        if (form == org.taipan.code.Op.STORE_SUBSCR_LIST_INT) {
            storeListInt(q, j, o, k, v);
        } else if (form == org.taipan.code.Op.STORE_SUBSCR_DICT) {
            storeDict(q, j, o, k, v);
        } else if (form == org.taipan.code.Op.STORE_SUBSCR) {
            stack[sp - 3] = v;
            stack[sp - 2] = o;
            stack[sp - 1] = k;
            return Adaptive.storeSubscr(q, j, stack, sp);
        } else {
            Abstract.setItem(o, k, v);
        }
        stack[sp - 1] = null;
        stack[sp - 2] = null;
        stack[sp - 3] = null;
        return sp - 3;
    }

    /** The outcome {@code r} of a fused compare-and-jump (negative: a miss), applied to the stack. */
    private static int jumpOrPush(int r, int[] code, int ip, PyObject[] stack, int sp, int op) {
        if (r < 0) {
            Ops.compareOnStack(stack, sp, op);
            return -1;
        }
        stack[sp - 1] = null;
        stack[sp - 2] = null;
        return branch(code, ip, r);
    }
}
