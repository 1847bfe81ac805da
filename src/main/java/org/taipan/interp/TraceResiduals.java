package org.taipan.interp;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * Tier 1's implementations of single instructions, as public static methods a compiled trace
 * calls (IR {@code RESIDUAL}) for operations it does not open up: the same value functions the
 * dispatch loop uses, on boxed operands whose exact classes the trace has guarded (so no Python
 * code runs inside). Parameters are {@code Object} because a trace passes its references untyped;
 * a {@code long} parameter takes an unboxed int of the trace. Each raises what tier 1 raises at
 * that instruction (the trace leaves through the instruction's snapshot and the exception unwinds
 * from there).
 */
public final class TraceResiduals {
    private TraceResiduals() {}

    /**
     * BINARY_OP {@code nb} (an {@code Integer}: {@code Abstract.NB_*}, in-place forms included) on
     * {@code a} and {@code b}: {@code Abstract.binaryOp} (CPython's {@code binary_op1}).
     */
    public static PyObject binary(Object nb, Object a, Object b) {
        return Abstract.binaryOp((Integer) nb, (PyObject) a, (PyObject) b);
    }

    /**
     * Whether {@code f} (a builtin function or method) is bound to an object ({@code __self__}
     * set: a method such as a lock's {@code __exit__}), as a bool; runs no code. The frame
     * builtins ({@code locals}, {@code exec}) are never bound.
     */
    public static PyObject boundBuiltin(Object f) {
        return PyBool.of(((org.taipan.runtime.PyBuiltinFunction) f).self() != null);
    }

    /**
     * Whether the builtin {@code f} is a bound method that runs {@code body} ({@link
     * org.taipan.runtime.PyBuiltinFunction#body}: the same for every binding of one method); a
     * field read that runs no code.
     */
    public static PyObject boundBuiltinRuns(Object f, Object body) {
        var bf = (org.taipan.runtime.PyBuiltinFunction) f;
        return PyBool.of(bf.self() != null && bf.body() == body);
    }

    /**
     * MAKE_CELL in a function-entry trace's own frame: a new cell holding {@code v} (an argument)
     * or empty ({@code v} null: a local not bound yet), as {@link RareOps} makes it; runs no code.
     */
    public static PyObject newCell(Object v) {
        return new org.taipan.runtime.PyCell((PyObject) v);
    }

    /** The function of the bound method {@code m} (a {@code PyMethod}); a field read that runs no code. */
    public static PyObject methodFunction(Object m) {
        return ((org.taipan.runtime.PyMethod) m).function;
    }

    /**
     * Whether {@code f} is a function of code {@code q} with {@code n} (an {@code Integer})
     * positional defaults, whose globals and builtins are {@code g} and {@code b}, as a bool: what a
     * trace checks instead of the identity of a function it inlined when each call of the function
     * around it makes another function object of that code (closures of one code differ in their
     * cells and defaults, which the trace reads from {@code f}: {@link #functionCell},
     * {@link #functionDefault}). Field reads; runs no code.
     */
    public static PyObject functionOfCode(Object f, Object q, Object g, Object b, Object n) {
        return PyBool.of(f instanceof org.taipan.runtime.PyFunction fn && fn.code == q
                && (fn.defaults == null ? 0 : fn.defaults.size()) == (Integer) n && fn.globals == g && fn.builtins == b);
    }

    /**
     * Positional default {@code j} (an {@code Integer}) of {@code f} (a function whose code and
     * number of defaults the trace checked with {@link #functionOfCode}); a field read that runs no code.
     */
    public static PyObject functionDefault(Object f, Object j) {
        return ((org.taipan.runtime.PyFunction) f).defaults.get((Integer) j);
    }

    /**
     * Cell {@code j} (an {@code Integer}) of the closure of {@code f} (a function whose code the
     * trace checked with {@link #functionOfCode}, so the cell exists); a field read that runs no code.
     */
    public static PyObject functionCell(Object f, Object j) {
        return ((org.taipan.runtime.PyFunction) f).closure[(Integer) j];
    }

    /** The object the bound method {@code m} (a {@code PyMethod}) is bound to; a field read that runs no code. */
    public static PyObject methodSelf(Object m) {
        return ((org.taipan.runtime.PyMethod) m).self;
    }

    /** {@code type(o)} (CALL_NO_KW_TYPE_1): the object's Python type, a field read that runs no code. */
    public static PyObject typeOf(Object o) {
        return ((PyObject) o).type();
    }

    /**
     * The value under {@code name} (an exact str) in the instance dict of {@code o} (a
     * {@code HasDict} object whose type's generic attribute lookup reads that dict first: the trace
     * guarded the type and that it has no data descriptor of the name), or null when the dict has
     * no such entry (the trace then leaves, and tier 1's LOAD_ATTR looks further).
     */
    public static PyObject instanceDictValue(Object o, Object name) {
        PyDict d = o instanceof HasDict hd ? hd.dictIfMade() : null;
        return d == null ? null : d.getItem((PyStr) name);
    }

    /** {@code a + b} on two exact strs (BINARY_OP_ADD_UNICODE, CPython's {@code PyUnicode_Concat}). */
    public static PyObject strConcat(Object a, Object b) {
        return ((PyStr) a).concat((PyStr) b);
    }

    /**
     * {@code s[k]} of an exact str and an int index (BINARY_SUBSCR_STR_INT): the one-character
     * string (tier 1's shared 1-char strings below U+0100); IndexError "string index out of range"
     * through tier 1's generic subscript, so the message is the same.
     */
    public static PyObject strItem(Object s, long k) {
        PyStr str = (PyStr) s;
        int n = str.length();
        long j = k < 0 ? k + n : k;
        if (j >= 0 && j < n) {
            return PyStr.ofCodePoint(str.codePointAt((int) j));
        }
        return Ops.subscript(str, PyInt.of(k));
    }

    /** {@code o[k]}: tier 1's generic subscript ({@code PyObject_GetItem}), for a str sliced by a slice of ints. */
    public static PyObject getItem(Object o, Object k) {
        return Ops.subscript((PyObject) o, (PyObject) k);
    }

    /** {@code a >> b} on two exact ints ({@code PyInt.shiftRight}; ValueError for a negative count). */
    public static PyObject rshift(Object a, Object b) {
        return PyInt.shiftRight((PyInt) a, (PyInt) b);
    }

    /** {@code a << b} on two exact ints ({@code PyInt.shiftLeft}; ValueError, OverflowError as tier 1). */
    public static PyObject lshift(Object a, Object b) {
        return PyInt.shiftLeft((PyInt) a, (PyInt) b);
    }

    /** COMPARE_OP {@code op} (an {@code Integer}, cmp_op order) of {@code a} and {@code b}: CPython's {@code PyObject_RichCompare}. */
    public static PyObject compare(Object op, Object a, Object b) {
        return Ops.compare((Integer) op, (PyObject) a, (PyObject) b);
    }

    /** {@code a == b} of two exact strs, as a bool (COMPARE_OP_STR's equality test). */
    public static PyObject strEq(Object a, Object b) {
        return PyBool.of(a == b || a.equals(b));
    }

    /** {@code a != b} of two exact strs, as a bool. */
    public static PyObject strNe(Object a, Object b) {
        return PyBool.of(a != b && !a.equals(b));
    }

    /** {@code a <op> b} (an {@code Integer}: 0 {@code <}, 1 {@code <=}, 4 {@code >}, 5 {@code >=}) of two exact strs, by code point order. */
    public static PyObject strOrder(Object op, Object a, Object b) {
        return PyBool.of(CompareOp.of((Integer) op).test(((PyStr) a).compareTo((PyStr) b)));
    }

    /** {@code item in container} as a bool (CONTAINS_OP 0; CPython's {@code PySequence_Contains}). */
    public static PyObject contains(Object container, Object item) {
        return PyBool.of(Abstract.contains((PyObject) container, (PyObject) item));
    }

    /**
     * The next item of an iterator whose {@code tp_iternext} runs no Python code (FOR_ITER's
     * call of it), or null when it is exhausted; raises what the iterator raises (a dict changed
     * size during iteration).
     */
    public static PyObject next(Object it) {
        return Ops.forIter((PyObject) it);
    }

    /**
     * The next item of {@code leaf}, a plain iterator (as {@link #next}) under the enumerate and zip
     * objects of {@code root} (FOR_ITER's iterator); when it is exhausted, ends those objects as
     * their {@code tp_iternext} would have ({@code IteratorTypes.endAt}: a strict zip may raise
     * ValueError) and returns null.
     */
    public static PyObject nextOrEnd(Object root, Object leaf) {
        PyObject v = Ops.forIter((PyObject) leaf);
        if (v == null) {
            org.taipan.builtins.IteratorTypes.endAt((PyObject) root, (PyObject) leaf);
        }
        return v;
    }

    /**
     * FOR_ITER's end on a range, list, tuple or str iterator (the trace guarded the class): True
     * when the iterator has no item left, after doing to it what tier 1's FOR_ITER does then (a
     * sequence iterator lets go of its sequence); False, leaving it untouched, when an item is left.
     * Runs no Python code.
     */
    public static PyObject forIterEnd(Object it) {
        if (it instanceof org.taipan.runtime.PyRange.Iter r) {
            return PyBool.of(!r.hasNext());
        }
        org.taipan.runtime.SeqIterator s = (org.taipan.runtime.SeqIterator) it;
        if (!s.exhaustedQuietly()) {
            return PyBool.FALSE;
        }
        s.next();
        return PyBool.TRUE;
    }

    /**
     * FORMAT_VALUE {@code flags} (an {@code Integer}: conversion in bits 0-1, bit 2 = a spec
     * follows) of {@code v} without a spec: tier 1's {@code Ops.formatValue}.
     */
    public static PyObject format(Object flags, Object v) {
        // formatValue clears the slot above its operand, as on the frame's stack
        PyObject[] stack = {(PyObject) v, null};
        Ops.formatValue(stack, 1, (Integer) flags);
        return stack[0];
    }

    /** FORMAT_VALUE {@code flags} of {@code v} with the format spec {@code spec} (an exact str). */
    public static PyObject formatSpec(Object flags, Object v, Object spec) {
        PyObject[] stack = {(PyObject) v, (PyObject) spec};
        Ops.formatValue(stack, 2, (Integer) flags);
        return stack[0];
    }

    /** BUILD_STRING 2 of exact strs (CPython's {@code _PyUnicode_JoinArray}). */
    public static PyObject join2(Object a, Object b) {
        return join((PyObject) a, (PyObject) b);
    }

    /** BUILD_STRING 3. */
    public static PyObject join3(Object a, Object b, Object c) {
        return join((PyObject) a, (PyObject) b, (PyObject) c);
    }

    /** BUILD_STRING 4. */
    public static PyObject join4(Object a, Object b, Object c, Object d) {
        return join((PyObject) a, (PyObject) b, (PyObject) c, (PyObject) d);
    }

    /** BUILD_STRING 5. */
    public static PyObject join5(Object a, Object b, Object c, Object d, Object e) {
        return join((PyObject) a, (PyObject) b, (PyObject) c, (PyObject) d, (PyObject) e);
    }

    /**
     * One stack-only instruction without control flow, as tier 1 runs it: {@code what} (an
     * {@code Integer}) is the opcode in bits 0-7 and its oparg above; the operands are the values
     * the instruction pops, bottom first; the result is what it leaves on top. For BUILD_SET,
     * BUILD_MAP, BUILD_CONST_KEY_MAP (the keys tuple the last operand), BUILD_STRING and LIST_TO_TUPLE.
     *
     * @throws IllegalStateException for an opcode this does not run (a recorder bug)
     */
    public static PyObject stack0(Object what) {
        return stackOp((Integer) what);
    }

    /** {@link #stack0} with one operand. */
    public static PyObject stack1(Object what, Object a) {
        return stackOp((Integer) what, (PyObject) a);
    }

    /** {@link #stack0} with two operands. */
    public static PyObject stack2(Object what, Object a, Object b) {
        return stackOp((Integer) what, (PyObject) a, (PyObject) b);
    }

    /** {@link #stack0} with three operands. */
    public static PyObject stack3(Object what, Object a, Object b, Object c) {
        return stackOp((Integer) what, (PyObject) a, (PyObject) b, (PyObject) c);
    }

    /** {@link #stack0} with four operands. */
    public static PyObject stack4(Object what, Object a, Object b, Object c, Object d) {
        return stackOp((Integer) what, (PyObject) a, (PyObject) b, (PyObject) c, (PyObject) d);
    }

    /** {@link #stack0} with five operands. */
    public static PyObject stack5(Object what, Object a, Object b, Object c, Object d, Object e) {
        return stackOp((Integer) what, (PyObject) a, (PyObject) b, (PyObject) c, (PyObject) d, (PyObject) e);
    }

    /** {@link #stack0} with 6 operands. */
    public static PyObject stack6(Object what, Object a, Object b, Object c, Object d, Object e, Object f) {
        return stackOp((Integer) what, (PyObject) a, (PyObject) b, (PyObject) c, (PyObject) d, (PyObject) e, (PyObject) f);
    }

    /** {@link #stack0} with 7 operands. */
    public static PyObject stack7(Object what, Object a, Object b, Object c, Object d, Object e, Object f, Object g) {
        return stackOp((Integer) what, (PyObject) a, (PyObject) b, (PyObject) c, (PyObject) d, (PyObject) e, (PyObject) f, (PyObject) g);
    }

    /** {@link #stack0} with 8 operands. */
    public static PyObject stack8(Object what, Object a, Object b, Object c, Object d, Object e, Object f, Object g, Object h) {
        return stackOp((Integer) what, (PyObject) a, (PyObject) b, (PyObject) c, (PyObject) d, (PyObject) e, (PyObject) f, (PyObject) g, (PyObject) h);
    }

    /** {@link #stack0} on an operand array (used while recording); the array is overwritten. */
    public static PyObject stackOp(int what, PyObject... operands) {
        int op = what & 0xFF, oparg = what >>> 8, n = operands.length;
        PyObject[] stack = java.util.Arrays.copyOf(operands, n + 1);
        int sp = switch (op) {
            case org.taipan.code.Op.BUILD_SET -> Ops.buildSet(stack, n, oparg);
            case org.taipan.code.Op.BUILD_MAP -> Ops.buildMap(stack, n, oparg);
            case org.taipan.code.Op.BUILD_CONST_KEY_MAP -> Ops.buildConstKeyMap(stack, n, oparg);
            case org.taipan.code.Op.BUILD_STRING -> Ops.buildString(stack, n, oparg);
            case org.taipan.code.Op.LIST_TO_TUPLE -> {
                stack[0] = new org.taipan.runtime.PyTuple(((org.taipan.runtime.PyList) stack[0]).toArray());
                yield 1;
            }
            default -> throw new IllegalStateException("not a residual stack op: " + op);
        };
        return stack[sp - 1];
    }

    /**
     * UNPACK_EX {@code counts} (an {@code Integer}: the oparg, names before the star in bits 0-7,
     * after it above) of an exact list or tuple: what tier 1 pushes, bottom first, as a tuple
     * (the last names' values, the starred list, the first names' values); ValueError when too short.
     */
    public static PyObject unpackEx(Object counts, Object seq) {
        int oparg = (Integer) counts, before = oparg & 0xFF, after = oparg >> 8;
        PyObject[] stack = new PyObject[before + after + 2];
        stack[0] = (PyObject) seq;
        int sp = Ops.unpackEx(stack, 1, before, after);
        return new org.taipan.runtime.PyTuple(java.util.Arrays.copyOf(stack, sp));
    }

    /**
     * MAP_ADD: {@code d[key] = value} into a comprehension's exact dict (the key of a type whose hash
     * runs no Python code; a colliding user key already in the dict may run its {@code __eq__}).
     */
    public static PyObject mapAdd(Object d, Object key, Object value) {
        ((org.taipan.runtime.PyDict) d).setItem((PyObject) key, (PyObject) value);
        return null;
    }

    /** SET_ADD: {@code s.add(v)} into a comprehension's exact set (as {@link #mapAdd} for its items). */
    public static PyObject setAdd(Object s, Object v) {
        ((org.taipan.runtime.PySet) s).add((PyObject) v);
        return null;
    }

    /** BUILD_STRING of {@code parts} (exact strs; the array is overwritten): their concatenation, as tier 1's {@code Ops.buildString}. */
    public static PyObject join(PyObject... parts) {
        int n = Ops.buildString(parts, parts.length, parts.length);
        return parts[n - 1];
    }
}
