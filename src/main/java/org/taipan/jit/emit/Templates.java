package org.taipan.jit.emit;

import org.taipan.builtins.IteratorTypes;

import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInstance;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyRange;
import org.taipan.runtime.ReversedIterator;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PySlice;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.SeqIterator;
import org.taipan.runtime.PyDict;

/**
 * The op templates: for each IR operation that is more than one or two JVM instructions, the
 * small static method a compiled trace calls (short enough that HotSpot always inlines it, so
 * after C2 a template costs what its body costs). Where tier 1 has the same operation the
 * template calls tier 1's definition, so the tiers cannot disagree. Which IR op uses which
 * template (or which bytecodes) is decided in one place, {@link OpTable}.
 *
 * <p>Operands typed {@code Object} are references the trace guarded before (an exact class, a
 * shape, an index in range): the casts here are what C2 then proves redundant.
 */
public final class Templates {
    private Templates() {}

    /** NEW_TUPLE: a tuple owning {@code items} (a fresh array the trace filled); {@code ()} itself when empty. */
    public static Object newTuple(PyObject[] items) {
        return PyTuple.of(items);
    }

    // Guards: true when the guard holds.

    /** GUARD_CLASS: {@code o}'s Java class is exactly {@code cls} (never a subclass: their semantics differ). */
    public static boolean classIs(Object o, Object cls) {
        return o != null && o.getClass() == cls;
    }

    /** GUARD_IS: {@code o} is the object {@code expected}. */
    public static boolean same(Object o, Object expected) {
        return o == expected;
    }

    /** GUARD_NONZERO_I64: a divisor that is not zero. */
    public static boolean nonZero(long v) {
        return v != 0;
    }

    /** GUARD_NONZERO_F64: a divisor that is not zero (nor minus zero). */
    public static boolean nonZero(double v) {
        return v != 0.0;
    }

    /** GUARD_SMALL_INT: {@code o} (an exact int) is in its long form. */
    public static boolean fitsLong(Object o) {
        return ((PyInt) o).fitsLong();
    }

    /** GUARD_GLOBAL: the global or builtin {@code binding} (an interp.GlobalBinding) still resolves as recorded. */
    public static boolean globalHolds(Object binding) {
        return ((org.taipan.interp.GlobalBinding) binding).holds();
    }

    /** GUARD_FUNCTION: the inlined function still has its recorded code and defaults ({@code shape} a jit.ir.FunctionShape). */
    public static boolean functionHolds(Object shape) {
        return ((org.taipan.jit.ir.FunctionShape) shape).holds();
    }

    /** GUARD_TYPE_VERSION: {@code o}'s type is the recorded one at the recorded version tag ({@code tv} a TypeVersion). */
    public static boolean hasTypeVersion(Object o, Object tv) {
        return ((org.taipan.jit.ir.TypeVersion) tv).holdsFor(o);
    }

    /**
     * GUARD_TYPE: {@code o}'s Python type is exactly {@code type} (a PyType). An instance of a
     * Python class (what the guard meets in loop bodies: others are hoisted) has its type in a
     * field, read without the virtual {@code type()} call, whose one type profile every trace
     * shares (polymorphic in C2 as soon as two traces guard different kinds of objects; never
     * inlined by C1).
     */
    public static boolean typeIs(Object o, Object type) {
        if (o instanceof PyInstance p) {
            return p.type() == type;
        }
        return otherTypeIs(o, type);
    }

    // out of line so that typeIs stays within C1's 35-byte inlining limit
    private static boolean otherTypeIs(Object o, Object type) {
        return o instanceof PyObject p && p.type() == type;
    }

    /**
     * GUARD_NOT_INVALIDATED: the {@code dependency} (a jit.ir.Dependency, a trace constant) still
     * holds; after C2 inlines this, nothing is left but the switch point's deoptimization dependency.
     */
    public static boolean notInvalidated(Object dependency) {
        return ((org.taipan.jit.ir.Dependency) dependency).holds();
    }

    /** GUARD_DICT_LACKS: {@code o}'s instance dict has no {@code name} (tier 1's LOAD_ATTR cache test). */
    public static boolean dictLacks(Object o, Object name) {
        return ObjectSlots.instanceDictLacks((PyObject) o, (PyStr) name);
    }

    /** GUARD_SHAPE: {@code o} is an instance whose attributes live in values of shape {@code s}. */
    public static boolean hasShape(Object o, Object s) {
        return o instanceof PyInstance p && p.shape() == s;
    }

    /** GUARD_NO_OVERFLOW_ADD: {@code r}, the wrapped {@code a + b}, is the true sum (as tier 1's addInt tests). */
    public static boolean addFits(long a, long b, long r) {
        return ((a ^ r) & (b ^ r)) >= 0;
    }

    /** GUARD_NO_OVERFLOW_SUB: {@code r}, the wrapped {@code a - b}, is the true difference. */
    public static boolean subFits(long a, long b, long r) {
        return ((a ^ b) & (a ^ r)) >= 0;
    }

    /** GUARD_NO_OVERFLOW_MUL: {@code r}, the wrapped {@code a * b}, is the true product (the high half is r's sign). */
    public static boolean mulFits(long a, long b, long r) {
        return Math.multiplyHigh(a, b) == (r >> 63);
    }

    /** GUARD_NO_OVERFLOW_DIV: {@code a // b} is a long (the one exception: {@code MIN_VALUE // -1}). */
    public static boolean divFits(long a, long b) {
        return a != Long.MIN_VALUE || b != -1;
    }

    /** GUARD_NO_OVERFLOW_NEG: {@code -a} is a long. */
    public static boolean negFits(long a) {
        return a != Long.MIN_VALUE;
    }

    /** GUARD_LIST_INDEX: {@code 0 <= i < len(list)}, {@code list} an exact list. */
    public static boolean listIndexOk(Object list, long i) {
        return i >= 0 && i < ((PyList) list).size();
    }

    /** GUARD_RANGE_ITER_ACTIVE: the range iterator {@code it} has an item left. */
    public static boolean rangeActive(Object it) {
        return ((PyRange.Iter) it).hasNext();
    }

    /** GUARD_LIST_ITER_ACTIVE: the sequence iterator {@code it} is over a list and has an item left. */
    public static boolean listIterActive(Object it) {
        return ((SeqIterator) it).listActive();
    }

    /** GUARD_TUPLE_ITER_ACTIVE: the sequence iterator {@code it} is over a tuple and has an item left. */
    public static boolean tupleIterActive(Object it) {
        return ((SeqIterator) it).tupleActive();
    }

    /** GUARD_STR_ITER_ACTIVE: the sequence iterator {@code it} is over a str and has a character left. */
    public static boolean strIterActive(Object it) {
        return ((SeqIterator) it).strActive();
    }

    /** GUARD_STR_INDEX: {@code 0 <= i < len(s)} in code points, {@code s} an exact str. */
    public static boolean strIndexOk(Object s, long i) {
        return i >= 0 && i < ((PyStr) s).length();
    }

    /** GUARD_TUPLE_INDEX: {@code 0 <= i < len(t)}, {@code t} an exact tuple. */
    public static boolean tupleIndexOk(Object t, long i) {
        return i >= 0 && i < ((PyTuple) t).size();
    }

    /** GUARD_LEN: the exact list or tuple {@code o} has {@code n} items. */
    public static boolean hasLen(Object o, int n) {
        return (o instanceof PyTuple t ? t.size() : ((PyList) o).size()) == n;
    }

    /** GUARD_YIELD: never (the trace's iteration ends at a yield, which tier 1 runs from the exit). */
    public static boolean continuesPastYield() {
        return false;
    }

    /** GUARD_SPLIT: never (the trace of a body too big for one ends here; a bridge runs the rest). */
    public static boolean continuesPastSplit() {
        return false;
    }

    /** GUARD_NOT_NULL: a cell's contents are bound. */
    public static boolean notNull(Object o) {
        return o != null;
    }

    /** GUARD_NOT_NEGATIVE_F64: {@code v} is in {@code math.sqrt}'s domain (not below zero; a NaN passes, as sqrt(nan) is nan). */
    public static boolean notNegative(double v) {
        return !(v < 0.0);
    }

    // Values.

    /** FLOAT_FLOORDIV: Python's float {@code a // b} ({@code b != 0}), tier 1's definition. */
    public static double floatFloorDiv(double a, double b) {
        return PyFloat.floorDivValue(a, b);
    }

    /** FLOAT_MOD: Python's float {@code a % b} ({@code b != 0}), tier 1's definition. */
    public static double floatMod(double a, double b) {
        return PyFloat.modValue(a, b);
    }

    /** FLOAT_POW: Python's float {@code a ** b} where it is a float (guarded after), tier 1's branches. */
    public static double floatPow(double a, double b) {
        return PyFloat.powValue(a, b);
    }

    /** GUARD_POW_FLOAT: {@code a ** b} is the float {@code r} in CPython (no exception, no complex). */
    public static boolean powIsFloat(double a, double b, double r) {
        return PyFloat.powIsFloat(a, b, r);
    }

    /** FLOAT_ABS. */
    public static double floatAbs(double a) {
        return Math.abs(a);
    }

    /** FLOAT_SQRT ({@code a} not negative): IEEE's correctly rounded square root, as C's {@code sqrt}. */
    public static double floatSqrt(double a) {
        return Math.sqrt(a);
    }

    /**
     * INT_FLOAT_CMP: {@code a <op> b} compared exactly (CPython's {@code float_richcompare} with an
     * int operand never rounds the int): {@code op} 0..5 is {@code < <= == != > >=}; a NaN
     * compares unequal to everything.
     */
    public static boolean intFloatCompare(long a, double b, int op) {
        if (b != b) {
            return op == 3;
        }
        int c;
        if (b >= 0x1p63) {
            c = -1;
        } else if (b < -0x1p63) {
            c = 1;
        } else {
            // b's integral part is a long; b minus it is exact (no rounding in either step)
            long t = (long) b;
            if (a != t) {
                c = a < t ? -1 : 1;
            } else {
                double frac = b - (double) t;
                c = frac > 0 ? -1 : frac < 0 ? 1 : 0;
            }
        }
        return switch (op) {
            case 0 -> c < 0;
            case 1 -> c <= 0;
            case 2 -> c == 0;
            case 3 -> c != 0;
            case 4 -> c > 0;
            default -> c >= 0;
        };
    }

    /** GUARD_DICT_KEYS: the namespace of {@code slot} (a jit.ir.DictSlot) has its recorded keys. */
    public static boolean dictKeysHold(Object slot) {
        return ((org.taipan.jit.ir.DictSlot) slot).holds();
    }

    /** DICT_VALUE_AT: the value at {@code slot}'s position (keys guarded). */
    public static Object dictValueAt(Object slot) {
        return ((org.taipan.jit.ir.DictSlot) slot).value();
    }

    /** DICT_STORE_AT: STORE_NAME of an existing key, at {@code slot}'s position (keys guarded): what {@code PyDict.setItem} does for a present key. */
    public static void dictStoreAt(Object v, Object slot) {
        org.taipan.jit.ir.DictSlot d = (org.taipan.jit.ir.DictSlot) slot;
        d.dict().setValueAtPosition(d.position(), (PyObject) v);
    }

    /** CELL_GET: the contents of a cell (null when unbound). */
    public static Object cellGet(Object cell) {
        return ((org.taipan.runtime.PyCell) cell).value;
    }

    /** CELL_SET: STORE_DEREF's store. */
    public static void cellSet(Object cell, Object v) {
        ((org.taipan.runtime.PyCell) cell).value = (PyObject) v;
    }

    /** UNBOX_INT: the long value of an exact int in its long form. */
    public static long unboxInt(Object o) {
        return ((PyInt) o).longValue();
    }

    /** UNBOX_FLOAT: the value of an exact float. */
    public static double unboxFloat(Object o) {
        return ((PyFloat) o).value();
    }

    /** INT_FLOORDIV: Python's {@code a // b} rounding towards minus infinity ({@code b != 0}), as tier 1's {@code PyInt.floorDiv}. */
    public static long floorDiv(long a, long b) {
        return Math.floorDiv(a, b);
    }

    /** INT_RSHIFT: Python's {@code a >> b} for {@code b >= 0}, as tier 1's {@code PyInt.shiftRight} on longs. */
    public static long rshift(long a, long b) {
        return a >> Math.min(b, 63);
    }

    /** INT_MOD: Python's {@code a % b}, the sign of {@code b} ({@code b != 0}), as tier 1's {@code PyInt.mod}. */
    public static long floorMod(long a, long b) {
        return Math.floorMod(a, b);
    }

    public static boolean intLt(long a, long b) {
        return a < b;
    }

    public static boolean intLe(long a, long b) {
        return a <= b;
    }

    public static boolean intEq(long a, long b) {
        return a == b;
    }

    public static boolean intNe(long a, long b) {
        return a != b;
    }

    public static boolean intGt(long a, long b) {
        return a > b;
    }

    public static boolean intGe(long a, long b) {
        return a >= b;
    }

    /** FLOAT_LT and the other float comparisons: IEEE, false when either is a NaN (but NE: true), as CPython's float_richcompare. */
    public static boolean floatLt(double a, double b) {
        return a < b;
    }

    public static boolean floatLe(double a, double b) {
        return a <= b;
    }

    public static boolean floatEq(double a, double b) {
        return a == b;
    }

    public static boolean floatNe(double a, double b) {
        return a != b;
    }

    public static boolean floatGt(double a, double b) {
        return a > b;
    }

    public static boolean floatGe(double a, double b) {
        return a >= b;
    }

    // Heap.

    /** GETSLOT: value {@code index} of an instance whose shape was guarded. */
    public static Object getSlot(Object o, int index) {
        return ((PyInstance) o).valueAt(index);
    }

    /** SETSLOT: stores {@code v} at value {@code index} of an instance whose shape was guarded. */
    public static void setSlot(Object o, Object v, int index) {
        ((PyInstance) o).setValueAt(index, (PyObject) v);
    }

    /** GETMEMBER: the {@code __slots__} member {@code index} of an instance whose type was guarded, or null while unset. */
    public static Object getMember(Object o, int index) {
        return ((PyInstance) o).memberAt(index);
    }

    /** SETMEMBER: stores {@code v} into the {@code __slots__} member {@code index} of an instance whose type was guarded. */
    public static void setMember(Object o, Object v, int index) {
        ((PyInstance) o).setMemberAt(index, (PyObject) v);
    }

    /** ADDSLOT: appends {@code v} to an instance of the guarded parent shape of {@code next}, which it takes. */
    public static void addSlot(Object o, Object v, Object next) {
        ((PyInstance) o).addValue((org.taipan.runtime.Shape) next, (PyObject) v);
    }

    /** GUARD_SLOT_FLOAT: value {@code index} of an instance whose shape was guarded is an exact float. */
    public static boolean slotIsFloat(Object o, int index) {
        return ((PyInstance) o).isFloatAt(index);
    }

    /** GETSLOT_F64: the number of float value {@code index} (GUARD_SLOT_FLOAT before). */
    public static double getSlotF64(Object o, int index) {
        return ((PyInstance) o).floatAt(index);
    }

    /** SETSLOT_F64: stores float {@code d} raw at value {@code index} of an instance whose shape was guarded. */
    public static void setSlotF64(Object o, double d, int index) {
        ((PyInstance) o).setDoubleAt(index, d);
    }

    /** ADDSLOT_F64: appends float {@code d} raw to an instance of the guarded parent shape of {@code next}. */
    public static void addSlotF64(Object o, double d, Object next) {
        ((PyInstance) o).addDouble((org.taipan.runtime.Shape) next, d);
    }

    /** NEW_INSTANCE: an attribute-less instance of the class {@code type}, as CALL_PY_CLASS allocates it. */
    public static Object newInstance(Object type) {
        return new PyInstance((org.taipan.runtime.PyType) type);
    }

    /**
     * VIRTUAL_INSTANCE at an exit: the instance the trace kept virtual, built as its NEW_INSTANCE
     * ADDSLOTs and SETMEMBERs would have ({@code layout} a jit.ir.InstanceLayout, {@code values} the
     * attributes' objects in index order, then the members').
     */
    public static Object virtualInstance(Object layout, Object[] values) {
        org.taipan.jit.ir.InstanceLayout l = (org.taipan.jit.ir.InstanceLayout) layout;
        PyInstance p = new PyInstance(l.type());
        int n = l.shapes().size();
        for (int i = 0; i < n; i++) {
            p.addValue(l.shapes().get(i), (PyObject) values[i]);
        }
        for (int k = 0; k < l.members().size(); k++) {
            p.setMemberAt(l.members().get(k), (PyObject) values[n + k]);
        }
        return p;
    }

    /** LIST_GETITEM: item {@code i} of an exact list, {@code i} in range. */
    public static Object listGet(Object list, long i) {
        return ((PyList) list).get((int) i);
    }

    /** LIST_SETITEM: stores {@code v} at item {@code i} of an exact list, {@code i} in range. */
    public static void listSet(Object list, long i, Object v) {
        ((PyList) list).set((int) i, (PyObject) v);
    }

    /** RANGE_ITER_NEXT: advances a range iterator with an item left and returns the item. */
    public static long rangeNext(Object it) {
        return ((PyRange.Iter) it).nextLong();
    }

    /** LIST_ITER_NEXT: the next item of a list iterator whose guard held. */
    public static Object listIterNext(Object it) {
        return ((SeqIterator) it).listNext();
    }

    /** TUPLE_ITER_NEXT: the next item of a tuple iterator whose guard held. */
    public static Object tupleIterNext(Object it) {
        return ((SeqIterator) it).tupleNext();
    }

    /** STR_ITER_NEXT: the code point of the next character of a str iterator whose guard held. */
    public static long strIterNext(Object it) {
        return ((SeqIterator) it).strNextCodePoint();
    }

    /** STR_CODE_POINT: the code point at index {@code i} of an exact str, {@code i} in range. */
    public static long strCodePoint(Object s, long i) {
        return ((PyStr) s).codePointAt((int) i);
    }

    /** CHR: the one-character str of code point {@code cp}, as tier 1 makes it (Latin-1 ones shared). */
    public static Object chr(long cp) {
        return PyStr.ofCodePoint((int) cp);
    }

    /** CHAR_IS: what str method number {@code kind} (isdigit, isalpha, ...) says of the character {@code cp}. */
    public static boolean charIs(long cp, int kind) {
        return org.taipan.runtime.StrMethods.charIs(kind, (int) cp);
    }

    /** STR_HAS_CODE_POINT: whether code point {@code cp} occurs in the exact str {@code s}. */
    public static boolean strHasCodePoint(Object s, long cp) {
        return ((PyStr) s).hasCodePoint((int) cp);
    }

    /** GUARD_ENUMERATE: an exact enumerate object whose index steps as a long. */
    public static boolean enumerateActive(Object it) {
        return IteratorTypes.enumerateActive(it);
    }

    /** GUARD_ZIP: an exact zip object of {@code n} iterators. */
    public static boolean zipActive(Object it, int n) {
        return IteratorTypes.zipActive(it, n);
    }

    /** GUARD_REVERSED_ITER_ACTIVE: the reverse iterator {@code it} is over a list and has an item left. */
    public static boolean reversedListActive(Object it) {
        return ((ReversedIterator) it).listActive();
    }

    /** REVERSED_LIST_NEXT: the next item of a reverse list iterator whose guard held. */
    public static Object reversedListNext(Object it) {
        return ((ReversedIterator) it).listNext();
    }

    /** ITER_SOURCE: an enumerate object's source ({@code k} 0) or a zip object's iterator {@code k}. */
    public static Object iterSource(Object it, int k) {
        return IteratorTypes.source(it, k);
    }

    /** ENUM_INDEX: the next index of an enumerate object whose guard held. */
    public static long enumerateIndex(Object it) {
        return IteratorTypes.enumerateIndex(it);
    }

    /** ENUM_SET_INDEX: sets the next index of an enumerate object whose guard held. */
    public static void setEnumerateIndex(Object it, long index) {
        IteratorTypes.setEnumerateIndex(it, index);
    }

    /** TUPLE_GETITEM: item {@code i} of an exact tuple, {@code i} in range. */
    public static Object tupleGet(Object t, long i) {
        return ((PyTuple) t).get((int) i);
    }

    /** LEN: {@code len(o)} of an exact list, tuple, str, dict or set (frozenset too), as their {@code sq_length}/{@code mp_length}. */
    public static long len(Object o) {
        if (o instanceof PyList l) {
            return l.size();
        }
        if (o instanceof PyTuple t) {
            return t.size();
        }
        if (o instanceof org.taipan.runtime.PySet s) {
            return s.size();
        }
        return o instanceof PyStr s ? s.length() : ((PyDict) o).size();
    }

    /** NEW_SLICE: {@code slice(start, stop, step)}, as BUILD_SLICE makes it. */
    public static Object newSlice(Object start, Object stop, Object step) {
        return new PySlice((PyObject) start, (PyObject) stop, (PyObject) step);
    }

    /** SEQ_GETSLICE: a slice of an exact list or tuple, through the type's {@code mp_subscript} as tier 1. */
    public static Object getSlice(Object seq, Object slice) {
        return org.taipan.runtime.Abstract.getItem((PyObject) seq, (PyObject) slice);
    }

    /** LIST_SETSLICE: slice assignment into an exact list, through its {@code mp_ass_subscript} as tier 1 (may raise ValueError). */
    public static void setSlice(Object list, Object slice, Object v) {
        org.taipan.runtime.Abstract.setItem((PyObject) list, (PyObject) slice, (PyObject) v);
    }

    /** LIST_APPEND: {@code list.append(v)} on an exact list. */
    public static void listAppend(Object list, Object v) {
        ((PyList) list).append((PyObject) v);
    }

    /** LIST_EXTEND: appends the items of an exact tuple or list {@code seq} (another object than {@code list}) to {@code list}. */
    public static void listExtend(Object list, Object seq) {
        PyList l = (PyList) list;
        if (seq instanceof PyTuple t) {
            for (int k = 0, n = t.size(); k < n; k++) {
                l.append(t.get(k));
            }
        } else {
            PyList s = (PyList) seq;
            for (int k = 0, n = s.size(); k < n; k++) {
                l.append(s.get(k));
            }
        }
    }

    /** DICT_GETITEM: {@code d[k]} of an exact dict, KeyError when missing (tier 1's BINARY_SUBSCR_DICT). */
    public static Object dictGet(Object d, Object k) {
        PyObject v = ((PyDict) d).getItem((PyObject) k);
        return v != null ? v : org.taipan.runtime.Abstract.getItem((PyObject) d, (PyObject) k);
    }

    /** DICT_SETITEM: {@code d[k] = v} on an exact dict (tier 1's STORE_SUBSCR_DICT). */
    public static void dictSet(Object d, Object k, Object v) {
        ((PyDict) d).setItem((PyObject) k, (PyObject) v);
    }

    /** CONTAINS: {@code x in c}, as tier 1's CONTAINS_OP. */
    public static boolean contains(Object c, Object x) {
        return org.taipan.runtime.Abstract.contains((PyObject) c, (PyObject) x);
    }

    /** NEW_LIST: a new empty list. */
    public static Object newList() {
        return new PyList();
    }

    /** SEQ_ITER: a new iterator over an exact list, tuple, str or range (GET_ITER's). */
    public static Object seqIter(Object seq) {
        return org.taipan.runtime.Abstract.iter((PyObject) seq);
    }

    /** TUPLE_OF_LIST: a tuple of a list's items ({@code ()} itself when empty, as {@code PyTuple.of}). */
    public static Object tupleOfList(Object list) {
        return PyTuple.of(((PyList) list).toArray());
    }

    // Boxes.

    /** BOX_INT, as tier 1 boxes (small ints shared). */
    public static Object boxInt(long v) {
        return PyInt.of(v);
    }

    /** BOX_FLOAT. */
    public static Object boxFloat(double v) {
        return PyFloat.of(v);
    }

    /** BOX_BOOL: True or False. */
    public static Object boxBool(boolean v) {
        return org.taipan.runtime.PyBool.of(v);
    }
}
