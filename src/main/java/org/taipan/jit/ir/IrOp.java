package org.taipan.jit.ir;

import static org.taipan.jit.ir.IrType.BOOL;
import static org.taipan.jit.ir.IrType.F64;
import static org.taipan.jit.ir.IrType.I64;
import static org.taipan.jit.ir.IrType.REF;
import static org.taipan.jit.ir.IrType.VOID;

/**
 * The trace IR's operations, one table (as LuaJIT's {@code lj_ir.h}): for each, the type of its
 * result, the types of its operands, and what the optimizer may do with it.
 * <ul>
 * <li>{@link #GUARD}: checks a condition and, when it fails, leaves the trace through its
 *     instruction's {@link Snapshot} (the instruction carries one); never has a result.</li>
 * <li>{@link #PURE}: no effect and a result that depends only on the operands (and the
 *     instruction's constant {@code aux}): common-subexpression elimination and dead-code
 *     removal apply.</li>
 * <li>{@link #ALLOC}: allocates a new object (a box, a tuple): allocation removal may keep it
 *     virtual and leave its allocation to the exits that need it.</li>
 * <li>{@link #EFFECT}: writes the heap or calls unknown code: neither removed nor reordered;
 *     loads of mutable state after it are not forwarded across it.</li>
 * <li>{@link #MAY_RAISE}: may throw a Python exception, which leaves the trace through the
 *     instruction's snapshot (the interpreter then unwinds from there, as tier 1 would have).</li>
 * </ul>
 * The template each operation stitches in (a static Java method, the same one tier 1 calls where
 * tier 1 has the operation) is the backend's table, {@code jit.emit.Templates}, keyed by this enum.
 * New operations are added here, with their flags, by whoever needs one; the optimizer relies on
 * the flags being true.
 */
public enum IrOp {
    // Trace entry and constants. aux: the slot index / the constant.
    /** The object in frame slot {@code aux} (fast local or stack entry) when the trace is entered. */
    SLOT(REF, 0, 0),
    /**
     * A bridge grown from an exit inside inlined calls: the object in slot {@code slot} of the frame
     * {@code frame} (0 the innermost) that the exit re-created and held for the bridge, when the
     * bridge is entered; aux is a {@code jit.exit.HeldSlot}. Like {@link #SLOT}, preamble only.
     */
    HELD_SLOT(REF, 0, 0),
    /** {@code aux} (a Long) as an unboxed int. */
    CONST_I64(I64, 0, IrOp.PURE),
    /** {@code aux} (a Double) as an unboxed float. */
    CONST_F64(F64, 0, IrOp.PURE),
    /** {@code aux}, any Java object (a Python object, a type, a shape): class data of the trace. */
    CONST_REF(REF, 0, IrOp.PURE),
    /** The loop's start: everything before runs once per entry (the preamble), everything after once per iteration. */
    LOOP(VOID, 0, 0),
    /**
     * A loop-carried value: operand 0 on entry to the first iteration, operand 1 (defined later in
     * the body: the one forward reference the IR allows) on every later one. Placed right after
     * {@link #LOOP}; both operands have this PHI's type.
     */
    PHI(null, 2, 0),
    /** The back edge: ends the body; control returns to {@link #LOOP} with every PHI taking its operand 1. */
    JUMP(VOID, 0, 0),

    // Guards (each carries a snapshot).
    /** Operand's Java class is exactly {@code aux} (a {@code Class}): PyInt.class, PyFloat.class, PyInstance.class, ... */
    GUARD_CLASS(VOID, 1, IrOp.GUARD, REF),
    /** Operand is the object {@code aux} (identity): a global's value, a function, None. */
    GUARD_IS(VOID, 1, IrOp.GUARD, REF),
    /**
     * Operand's Python type is {@code aux}'s type and that type's version tag is still {@code aux}'s
     * version ({@link TypeVersion}): no attribute of the class (or its bases) changed since recording.
     */
    GUARD_TYPE_VERSION(VOID, 1, IrOp.GUARD, REF),
    /**
     * A global or builtin still resolves as recorded ({@code aux} an {@code interp.GlobalBinding}:
     * the dicts' key versions tier 1's LOAD_GLOBAL cache checks, and the value at its position is
     * still the recorded object, which the trace then uses as a constant).
     */
    GUARD_GLOBAL(VOID, 0, IrOp.GUARD),
    /**
     * The function of {@code aux} (a {@link FunctionShape}) still has the code and the positional
     * defaults it had when the trace inlined a call of it.
     */
    GUARD_FUNCTION(VOID, 0, IrOp.GUARD),
    /**
     * Operand's Python type is exactly {@code aux} (a PyType; {@code __class__} assignment can
     * change it, so unlike {@link #GUARD_CLASS} it is no property of the value alone).
     */
    GUARD_TYPE(VOID, 1, IrOp.GUARD, REF),
    /**
     * The assumption {@code aux} (a {@link Dependency}: a global's binding, a class's version) still
     * holds. Costs nothing in compiled code (a switch point); stays at its place in the body, since
     * code the trace calls may invalidate it mid-iteration.
     */
    GUARD_NOT_INVALIDATED(VOID, 0, IrOp.GUARD),
    /** Operand (a PyInstance) has the shape {@code aux}. */
    GUARD_SHAPE(VOID, 1, IrOp.GUARD, REF),
    /**
     * Operand (an object with an instance dict: an io object, exception, function, builtin subclass
     * instance) has no instance attribute named {@code aux} (a PyStr), so the type's method or value
     * the trace uses is what tier 1 finds. Reads state any code may change: never hoisted or merged.
     */
    GUARD_DICT_LACKS(VOID, 1, IrOp.GUARD, REF),
    /** Operand (an exact PyInt) fits a long (is not in its big-integer form). */
    GUARD_SMALL_INT(VOID, 1, IrOp.GUARD, REF),
    GUARD_TRUE(VOID, 1, IrOp.GUARD, BOOL),
    GUARD_FALSE(VOID, 1, IrOp.GUARD, BOOL),
    /** Operands 0 + 1 did not overflow into operand 2 (their wrapped sum). */
    GUARD_NO_OVERFLOW_ADD(VOID, 3, IrOp.GUARD, I64, I64, I64),
    GUARD_NO_OVERFLOW_SUB(VOID, 3, IrOp.GUARD, I64, I64, I64),
    GUARD_NO_OVERFLOW_MUL(VOID, 3, IrOp.GUARD, I64, I64, I64),
    /** Operand is not zero (a divisor). */
    GUARD_NONZERO_I64(VOID, 1, IrOp.GUARD, I64),
    GUARD_NONZERO_F64(VOID, 1, IrOp.GUARD, F64),
    /** Operand 0 // operand 1 (and %) fits a long: not {@code Long.MIN_VALUE // -1}, which Python makes 2**63. */
    GUARD_NO_OVERFLOW_DIV(VOID, 2, IrOp.GUARD, I64, I64),
    /** Negating the operand fits a long: not {@code Long.MIN_VALUE}, whose negation Python makes 2**63. */
    GUARD_NO_OVERFLOW_NEG(VOID, 1, IrOp.GUARD, I64),
    /**
     * Operand is not null: a cell's contents, or a fast local read from the frame that may be
     * unbound there (an unbound variable is null; the exit lets tier 1 raise its NameError or
     * UnboundLocalError).
     */
    GUARD_NOT_NULL(VOID, 1, IrOp.GUARD, REF),
    /**
     * Always fails: the trace of a loop in a generator's body ends at the loop's YIELD_VALUE, and the
     * exit leaves the frame there for tier 1 to yield (jit.record.GeneratorRecorder).
     */
    GUARD_YIELD(VOID, 0, IrOp.GUARD),
    /**
     * Always fails: a loop body too big for one trace ends its trace (or bridge) here, and the
     * exit's bridge, grown on its first taking, records the rest of the iteration
     * (jit.record.Recorder's split; PyPy and LuaJIT stop a trace at their length cap the same way).
     */
    GUARD_SPLIT(VOID, 0, IrOp.GUARD),
    /** Operand is not negative (nor NaN): {@code math.sqrt}'s domain, whose ValueError tier 1 raises at the exit. */
    GUARD_NOT_NEGATIVE_F64(VOID, 1, IrOp.GUARD, F64),
    /** A namespace dict still has the keys it had at recording ({@code aux} a {@link DictSlot}): its positions still hold. */
    GUARD_DICT_KEYS(VOID, 0, IrOp.GUARD),
    /**
     * Operand 0 ** operand 1 is the float operand 2 in CPython ({@code PyFloat.powIsFloat}): not zero to
     * a negative power, not a negative base to a fractional power (a complex), not out of range.
     */
    GUARD_POW_FLOAT(VOID, 3, IrOp.GUARD, F64, F64, F64),
    /** 0 <= operand 1 < len(operand 0), operand 0 an exact list. */
    GUARD_LIST_INDEX(VOID, 2, IrOp.GUARD, REF, I64),
    /** Operand (an exact {@code PyRange.Iter}) has items left ({@code PyRange.Iter.hasNext}). */
    GUARD_RANGE_ITER_ACTIVE(VOID, 1, IrOp.GUARD, REF),

    /** Operand (an exact {@code SeqIterator}) is over a list and has an item left ({@code SeqIterator.listActive}). */
    GUARD_LIST_ITER_ACTIVE(VOID, 1, IrOp.GUARD, REF),
    /** Operand (an exact {@code SeqIterator}) is over a tuple and has an item left ({@code SeqIterator.tupleActive}). */
    GUARD_TUPLE_ITER_ACTIVE(VOID, 1, IrOp.GUARD, REF),
    /** Operand (an exact {@code SeqIterator}) is over a str and has a character left ({@code SeqIterator.strActive}). */
    GUARD_STR_ITER_ACTIVE(VOID, 1, IrOp.GUARD, REF),
    /** 0 <= operand 1 < len(operand 0) in code points, operand 0 an exact str. */
    GUARD_STR_INDEX(VOID, 2, IrOp.GUARD, REF, I64),
    /**
     * Operand is an exact {@code enumerate} object (no subclass instance) whose next
     * index and the one after are longs ({@code builtins.IteratorTypes.enumerateActive}): its
     * ENUM_INDEX may be stepped by one without an overflow check.
     */
    GUARD_ENUMERATE(VOID, 1, IrOp.GUARD, REF),
    /**
     * Operand (an exact {@code runtime.ReversedIterator}) is over a list and its position is an item
     * of it ({@code ReversedIterator.listActive}): {@code reversed(a_list)} has an item left.
     */
    GUARD_REVERSED_ITER_ACTIVE(VOID, 1, IrOp.GUARD, REF),
    /** Operand is an exact {@code zip} object of {@code aux} (an Integer) iterators. */
    GUARD_ZIP(VOID, 1, IrOp.GUARD, REF),
    /** 0 <= operand 1 < len(operand 0), operand 0 an exact tuple. */
    GUARD_TUPLE_INDEX(VOID, 2, IrOp.GUARD, REF, I64),
    /** Operand (an exact list or tuple) has exactly {@code aux} (an Integer) items: UNPACK_SEQUENCE's length check. */
    GUARD_LEN(VOID, 1, IrOp.GUARD, REF),

    // Boxing. A box is an allocation the optimizer removes when nothing but exits needs it.
    UNBOX_INT(I64, 1, IrOp.PURE, REF),
    UNBOX_FLOAT(F64, 1, IrOp.PURE, REF),
    BOX_INT(REF, 1, IrOp.PURE | IrOp.ALLOC, I64),
    BOX_FLOAT(REF, 1, IrOp.PURE | IrOp.ALLOC, F64),
    /** True or False. */
    BOX_BOOL(REF, 1, IrOp.PURE, BOOL),

    // Unboxed int arithmetic: wrapping (an overflow guard follows where Python would grow the int).
    INT_ADD(I64, 2, IrOp.PURE, I64, I64),
    INT_SUB(I64, 2, IrOp.PURE, I64, I64),
    INT_MUL(I64, 2, IrOp.PURE, I64, I64),
    /** Python's floor division and modulo (rounding towards minus infinity); divisor non-zero. */
    INT_FLOORDIV(I64, 2, IrOp.PURE, I64, I64),
    INT_MOD(I64, 2, IrOp.PURE, I64, I64),
    INT_AND(I64, 2, IrOp.PURE, I64, I64),
    INT_OR(I64, 2, IrOp.PURE, I64, I64),
    INT_XOR(I64, 2, IrOp.PURE, I64, I64),
    INT_NEG(I64, 1, IrOp.PURE, I64),
    /** Python's {@code a >> b} for {@code b >= 0} (guarded before): an arithmetic shift, counts past 63 giving the sign. */
    INT_RSHIFT(I64, 2, IrOp.PURE, I64, I64),
    INT_LT(BOOL, 2, IrOp.PURE, I64, I64),
    INT_LE(BOOL, 2, IrOp.PURE, I64, I64),
    INT_EQ(BOOL, 2, IrOp.PURE, I64, I64),
    INT_NE(BOOL, 2, IrOp.PURE, I64, I64),
    INT_GT(BOOL, 2, IrOp.PURE, I64, I64),
    INT_GE(BOOL, 2, IrOp.PURE, I64, I64),
    INT_TO_FLOAT(F64, 1, IrOp.PURE, I64),

    // Unboxed float arithmetic (IEEE, as CPython's float ops; division by zero is guarded before).
    FLOAT_ADD(F64, 2, IrOp.PURE, F64, F64),
    FLOAT_SUB(F64, 2, IrOp.PURE, F64, F64),
    FLOAT_MUL(F64, 2, IrOp.PURE, F64, F64),
    FLOAT_DIV(F64, 2, IrOp.PURE, F64, F64),
    FLOAT_NEG(F64, 1, IrOp.PURE, F64),
    /** Python's float {@code //} (CPython's {@code float_floor_div}); divisor non-zero (guarded before). */
    FLOAT_FLOORDIV(F64, 2, IrOp.PURE, F64, F64),
    /** Python's float {@code %}, the sign of the divisor (CPython's {@code float_rem}); divisor non-zero. */
    FLOAT_MOD(F64, 2, IrOp.PURE, F64, F64),
    /** Python's float {@code **} ({@code PyFloat.powValue}); a {@link #GUARD_POW_FLOAT} after it checks CPython gives that float. */
    FLOAT_POW(F64, 2, IrOp.PURE, F64, F64),
    /** {@code abs} of a float. */
    FLOAT_ABS(F64, 1, IrOp.PURE, F64),
    /** {@code math.sqrt} of a float not negative (guarded before): {@link Math#sqrt}, correctly rounded as C's sqrt. */
    FLOAT_SQRT(F64, 1, IrOp.PURE, F64),
    /**
     * Exact comparison of an int (operand 0) with a float (operand 1), as CPython's
     * {@code float_richcompare} for an int operand: no rounding of the int. {@code aux}: the
     * comparison (an Integer, COMPARE_OP's 0..5 = {@code < <= == != > >=}); false for a NaN (but {@code !=}).
     */
    INT_FLOAT_CMP(BOOL, 2, IrOp.PURE, I64, F64),
    /** A bool as an int (True is 1): a bool operand of int arithmetic. */
    BOOL_TO_INT(I64, 1, IrOp.PURE, BOOL),
    /** Logical negation of a bool ({@code not}). */
    BOOL_NOT(BOOL, 1, IrOp.PURE, BOOL),
    FLOAT_LT(BOOL, 2, IrOp.PURE, F64, F64),
    FLOAT_LE(BOOL, 2, IrOp.PURE, F64, F64),
    FLOAT_EQ(BOOL, 2, IrOp.PURE, F64, F64),
    FLOAT_NE(BOOL, 2, IrOp.PURE, F64, F64),
    FLOAT_GT(BOOL, 2, IrOp.PURE, F64, F64),
    FLOAT_GE(BOOL, 2, IrOp.PURE, F64, F64),

    // Objects. aux: the value-array index.
    /** The value at index {@code aux} of a PyInstance (its shape guarded before). */
    GETSLOT(REF, 1, 0, REF),
    /** Stores operand 1 at index {@code aux} of a PyInstance (shape guarded before). */
    SETSLOT(VOID, 2, IrOp.EFFECT, REF, REF),
    /**
     * Appends operand 1 to the values of a PyInstance whose shape was guarded to be the parent
     * of {@code aux} (a {@code runtime.Shape}) and moves it to shape {@code aux}
     * ({@code PyInstance.addValue}: STORE_ATTR_ADD_VALUE's shape transition).
     */
    ADDSLOT(VOID, 2, IrOp.EFFECT, REF, REF),
    /**
     * The {@code __slots__} member at index {@code aux} of a PyInstance whose type was guarded
     * ({@code PyInstance.memberAt}); null while the member is unset, which a GUARD_NOT_NULL after it
     * leaves to tier 1 (AttributeError).
     */
    GETMEMBER(REF, 1, 0, REF),
    /** Stores operand 1 into the {@code __slots__} member at index {@code aux} of a PyInstance whose type was guarded. */
    SETMEMBER(VOID, 2, IrOp.EFFECT, REF, REF),
    // Unboxed float attributes (opt.FloatSlots makes these late, after the passes that know
    // GETSLOT/SETSLOT/ADDSLOT; runtime.PyInstance keeps a raw double where the value array has null).
    /** Index {@code aux} of a PyInstance (shape guarded before) holds an exact float, raw or boxed. */
    GUARD_SLOT_FLOAT(VOID, 1, IrOp.GUARD, REF),
    /** The number of the float at index {@code aux} of a PyInstance (GUARD_SLOT_FLOAT before); allocates nothing. */
    GETSLOT_F64(F64, 1, 0, REF),
    /** SETSLOT of a float kept raw: no box is made ({@code PyInstance.setDoubleAt}). */
    SETSLOT_F64(VOID, 2, IrOp.EFFECT, REF, F64),
    /** ADDSLOT of a float kept raw ({@code PyInstance.addDouble}); {@code aux} is the next shape. */
    ADDSLOT_F64(VOID, 2, IrOp.EFFECT, REF, F64),
    /**
     * Never in a trace's ops: a snapshot entry only, the value at index {@code aux} of a PyInstance
     * read by the exit ({@code PyInstance.valueAt}, which boxes a raw double once). FloatSlots puts
     * it where a GETSLOT it removed was named and nothing could have written that index since, so
     * the exit reads the object the GETSLOT would have. Flagged PURE | ALLOC so the verifier and
     * the backend treat it as a virtual value the exit computes.
     */
    SLOT_VALUE(REF, 1, IrOp.PURE | IrOp.ALLOC, REF),
    /**
     * Never in a trace's ops: a snapshot entry only, an instance the trace did not allocate
     * (opt.VirtualInstances), which the exit makes: class and shapes from {@code aux} (an
     * {@link InstanceLayout}), operand i the value of attribute i (a REF or an F64 the exit boxes).
     */
    VIRTUAL_INSTANCE(REF, -1, IrOp.PURE | IrOp.ALLOC),
    /**
     * A new instance of the class {@code aux} (a PyType whose instances use object.__new__) with no
     * attributes: what tier 1's CALL_PY_CLASS allocates before running {@code __init__}. ALLOC
     * and not PURE (two are never merged: each is a distinct object); opt.VirtualInstances keeps
     * one only exits need out of the trace ({@link #VIRTUAL_INSTANCE}).
     */
    NEW_INSTANCE(REF, 0, IrOp.ALLOC),
    /** Item operand 1 of an exact list (index guarded before). */
    LIST_GETITEM(REF, 2, 0, REF, I64),
    LIST_SETITEM(VOID, 3, IrOp.EFFECT, REF, I64, REF),
    /**
     * Advances operand 0 (an exact {@code PyRange.Iter} with items left, guarded before) and
     * returns the item it passed ({@code PyRange.Iter.nextLong}): FOR_ITER_RANGE's step.
     */
    RANGE_ITER_NEXT(I64, 1, IrOp.EFFECT, REF),
    /** Advances operand 0 (a list iterator that GUARD_LIST_ITER_ACTIVE accepted) and returns the item it passed. */
    LIST_ITER_NEXT(REF, 1, IrOp.EFFECT, REF),
    /** Advances operand 0 (a tuple iterator that GUARD_TUPLE_ITER_ACTIVE accepted) and returns the item it passed. */
    TUPLE_ITER_NEXT(REF, 1, IrOp.EFFECT, REF),
    /**
     * The iterator an enumerate object (GUARD_ENUMERATE before; {@code aux} 0) draws from, or iterator
     * {@code aux} (an Integer) of a zip object (GUARD_ZIP before). Never changes for one object, but
     * not PURE: it is only defined after the guard.
     */
    ITER_SOURCE(REF, 1, 0, REF),
    /** Advances operand 0 (a reverse list iterator that GUARD_REVERSED_ITER_ACTIVE accepted) and returns the item it passed. */
    REVERSED_LIST_NEXT(REF, 1, IrOp.EFFECT, REF),
    /** The next index of an enumerate object (GUARD_ENUMERATE before). Not PURE: ENUM_SET_INDEX changes it. */
    ENUM_INDEX(I64, 1, 0, REF),
    /** Sets the next index of an enumerate object (GUARD_ENUMERATE before) to operand 1. */
    ENUM_SET_INDEX(VOID, 2, IrOp.EFFECT, REF, I64),
    /**
     * A new exact tuple of the operands (any number, each a REF): BUILD_TUPLE. An allocation the
     * optimizer keeps virtual when only exits need the tuple ({@code opt.VirtualTuples}): such a
     * snapshot entry is not an instruction of the trace, and the exit allocates it from its
     * operands' values. Never shared between two executions (not CSE'd or hoisted: identity).
     */
    NEW_TUPLE(REF, -1, IrOp.PURE | IrOp.ALLOC),
    /** Item operand 1 of an exact tuple (index guarded before); tuples never change, so it is pure. */
    TUPLE_GETITEM(REF, 2, IrOp.PURE, REF, I64),
    /** The code point at index operand 1 of an exact str (index guarded before, GUARD_STR_INDEX); strs never change, so it is pure. */
    STR_CODE_POINT(I64, 2, IrOp.PURE, REF, I64),
    /**
     * The one-character str of code point operand 0 (0 to 0x10FFFF), as tier 1 makes it
     * ({@code PyStr.ofCodePoint}: Latin-1 characters are shared objects, as CPython's): what
     * {@code s[i]} and iterating a str give. Comparisons, {@code in} and {@code ord()} of such a
     * character read the code point instead (the recorder sees this op as the value's source).
     * ALLOC: beyond Latin-1 each is a new object, as CPython's, so two are never merged into one
     * ({@code chr(i) is chr(i)} is False for such a code point).
     */
    CHR(REF, 1, IrOp.PURE | IrOp.ALLOC, I64),
    /**
     * What str method {@code aux} (an Integer, {@code StrMethods.charPredicate}: isdigit, isalpha,
     * isspace, ...) returns for the one-character str of code point operand 0.
     */
    CHAR_IS(BOOL, 1, IrOp.PURE, I64),
    /** Whether the exact str operand 0 contains code point operand 1 ({@code ch in s} for a one-character {@code ch}). */
    STR_HAS_CODE_POINT(BOOL, 2, IrOp.PURE, REF, I64),
    /** Advances operand 0 (a str iterator that GUARD_STR_ITER_ACTIVE accepted) and returns the code point it passed. */
    STR_ITER_NEXT(I64, 1, IrOp.EFFECT, REF),
    /**
     * {@code len(operand)} of an exact list, tuple, str (code points), dict or set (class guarded before).
     * Not pure: a list's, dict's or set's length changes.
     */
    LEN(I64, 1, 0, REF),
    /** The contents of a cell (operand 0, a {@code PyCell}); null when unbound. Not PURE: a store to the cell changes it. */
    CELL_GET(REF, 1, 0, REF),
    /** Stores operand 1 in the cell operand 0 (STORE_DEREF). */
    CELL_SET(VOID, 2, IrOp.EFFECT, REF, REF),
    /** {@code slice(operand 0, operand 1, operand 2)}, each None or an exact int (guarded before): BUILD_SLICE. */
    NEW_SLICE(REF, 3, IrOp.PURE | IrOp.ALLOC, REF, REF, REF),
    /**
     * {@code operand 0[operand 1]}: a new list or tuple, operand 0 an exact list or tuple and operand 1
     * a {@link #NEW_SLICE} of the trace (nothing that runs Python code). Not pure: a list changes.
     * Raises ValueError for a zero step (its snapshot is the subscript's).
     */
    SEQ_GETSLICE(REF, 2, IrOp.ALLOC | IrOp.MAY_RAISE, REF, REF),
    /**
     * {@code operand 0[operand 1] = operand 2}: operand 0 an exact list, operand 1 a {@link #NEW_SLICE}
     * of the trace, operand 2 an exact list or tuple; raises ValueError for an extended slice of
     * another length (CPython's {@code list_ass_subscript}).
     */
    LIST_SETSLICE(VOID, 3, IrOp.EFFECT | IrOp.MAY_RAISE, REF, REF, REF),
    /** Appends operand 1 to the list operand 0 (an exact list, guarded before): {@code list.append}. */
    LIST_APPEND(VOID, 2, IrOp.EFFECT, REF, REF),
    /** Appends the items of operand 1 (an exact tuple or list, guarded before) to the list operand 0 (LIST_EXTEND of a display). */
    LIST_EXTEND(VOID, 2, IrOp.EFFECT, REF, REF),
    /**
     * {@code operand 0[operand 1]} of an exact dict by an exact str or int key (classes guarded before):
     * tier 1's BINARY_SUBSCR_DICT; raises KeyError when the key is missing. EFFECT: a colliding key
     * of a user class may run its {@code __eq__}.
     */
    DICT_GETITEM(REF, 2, IrOp.EFFECT | IrOp.MAY_RAISE, REF, REF),
    /** {@code operand 0[operand 1] = operand 2} on an exact dict by an exact str or int key: STORE_SUBSCR_DICT. */
    DICT_SETITEM(VOID, 3, IrOp.EFFECT | IrOp.MAY_RAISE, REF, REF, REF),
    /**
     * {@code operand 1 in operand 0} ({@code Abstract.contains}): operand 0 an exact dict, set,
     * list or tuple, operand 1 an exact str, int or float (classes guarded before). EFFECT and
     * MAY_RAISE: an item's {@code __eq__} may be Python code.
     */
    CONTAINS(BOOL, 2, IrOp.EFFECT | IrOp.MAY_RAISE, REF, REF),
    /** A new empty list (BUILD_LIST: followed by a LIST_APPEND per item). */
    NEW_LIST(REF, 0, IrOp.ALLOC),
    /**
     * A new iterator over operand 0, an exact list, tuple, str or range (its class guarded before), as
     * GET_ITER makes it: the {@code for} loop of an inlined call that the trace unrolls. Runs no code.
     */
    SEQ_ITER(REF, 1, IrOp.ALLOC, REF),
    /** A new tuple of the items of operand 0, a list the trace built and no one else sees (BUILD_TUPLE). */
    TUPLE_OF_LIST(REF, 1, IrOp.ALLOC, REF),
    /** The value at {@code aux}'s position (a {@link DictSlot}, its keys guarded before): LOAD_NAME at module level. Not PURE. */
    DICT_VALUE_AT(REF, 0, 0),
    /** Stores operand 0 at {@code aux}'s position (a {@link DictSlot}, keys guarded before): STORE_NAME of an existing name. */
    DICT_STORE_AT(VOID, 1, IrOp.EFFECT, REF),
    /** Identity comparison of two references ({@code is}). */
    REF_IS(BOOL, 2, IrOp.PURE, REF, REF),

    /**
     * Runs the compiled trace of an inner loop (aux: the JIT's {@code jit.InnerCall}) on the frame:
     * the frame is first written as this instruction's snapshot says (the inner loop's header), then
     * the inner trace runs until it leaves. Passes when the frame is then where the recording saw it
     * after the inner loop; otherwise the frame is left as the inner trace wrote it and the trace
     * returns this exit's number without writing the frame again. Every slot the inner loop may
     * write is read back with {@link #FRAME_SLOT} after it. Flagged as a call (EFFECT | MAY_RAISE, not
     * GUARD): the inner loop runs any code, so no fact and no load crosses it.
     */
    CALL_TRACE(VOID, 0, IrOp.EFFECT | IrOp.MAY_RAISE),
    /** The object in frame slot {@code aux} now (after a {@link #CALL_TRACE} wrote the frame). Not PURE. */
    FRAME_SLOT(REF, 0, 0),

    /**
     * A call of a tier-1 helper that the trace does not open up: {@code aux} names it (the backend
     * decides how: a {@code java.lang.invoke.MethodHandle} constant or a direct static call), the
     * operands are its arguments, the result a REF. May run any Python code.
     */
    CALL_HELPER(REF, -1, IrOp.EFFECT | IrOp.MAY_RAISE),
    /**
     * A residual instruction: tier 1's own implementation of one instruction, {@code aux} a public
     * static {@code java.lang.reflect.Method} (of {@code interp.TraceResiduals}) called on the
     * operands (boxed references, or I64 where the method takes a {@code long}), the result a
     * REF (null only where the method says so, e.g. an exhausted iterator). Unlike
     * {@link #CALL_HELPER} it runs no Python code and writes nothing other trace ops read (no
     * list item, instance slot, dict or cell): the recorder emits it only after guarding its
     * operands' exact classes. It may raise (its snapshot is the instruction's: the exception
     * unwinds there as tier 1's would), so it is not PURE and never removed or moved.
     */
    RESIDUAL(REF, -1, IrOp.MAY_RAISE);

    /** Flag bits. */
    public static final int GUARD = 1, PURE = 2, ALLOC = 4, EFFECT = 8, MAY_RAISE = 16;

    private final IrType result;
    private final int arity;
    private final int flags;
    private final IrType[] operands;

    IrOp(IrType result, int arity, int flags, IrType... operands) {
        this.result = result;
        this.arity = arity;
        this.flags = flags;
        this.operands = operands;
    }

    /** The result type, or null when it is the type of the operands (PHI). */
    public IrType result() {
        return result;
    }

    /** Number of operands, or -1 for any number ({@link #CALL_HELPER}, {@link #RESIDUAL}, {@link #NEW_TUPLE}). */
    public int arity() {
        return arity;
    }

    /** The declared type of operand {@code i}, or null when not fixed (PHI, CALL_HELPER). */
    public IrType operand(int i) {
        return i < operands.length ? operands[i] : null;
    }

    public boolean isGuard() {
        return (flags & GUARD) != 0;
    }

    public boolean isPure() {
        return (flags & PURE) != 0;
    }

    public boolean allocates() {
        return (flags & ALLOC) != 0;
    }

    public boolean hasEffect() {
        return (flags & EFFECT) != 0;
    }

    public boolean mayRaise() {
        return (flags & MAY_RAISE) != 0;
    }

    /** Whether an instruction of this op needs a snapshot (guards and ops that may raise). */
    public boolean needsSnapshot() {
        return (flags & (GUARD | MAY_RAISE)) != 0;
    }
}
