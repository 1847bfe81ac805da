package org.taipan.jit.emit;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.IrType;

/**
 * The one table from IR operation to the code a trace stitches in for it: either a call of an
 * op template ({@link Templates}) or a few JVM instructions ({@code ladd} for INT_ADD). The code
 * expects the operands on the JVM stack in order (as their {@link IrType}s: long, double, int
 * for BOOL, Object), followed by the instruction's {@code aux} when {@link Entry#aux} says so,
 * and leaves the result (nothing for VOID; for a guard, an int that is non-zero when the guard
 * holds).
 *
 * <p>Operations that are not here (SLOT, CONST_*, LOOP, PHI, JUMP, CALL_HELPER) are structural:
 * the trace writer emits them itself.
 */
final class OpTable {
    private OpTable() {}

    /** What an instruction's {@code aux} contributes as a last operand. */
    enum Aux {
        /** Nothing. */
        NONE,
        /** The constant {@code aux} (a Class, object or Shape), loaded from the class data as an Object. */
        CONST,
        /** {@code aux} as an int (a value-array index). */
        INT
    }

    /** The code for one op. */
    record Entry(Consumer<CodeBuilder> code, Aux aux) {}

    static final ClassDesc TEMPLATES = ClassDesc.of(Templates.class.getName());

    private static final Map<IrOp, Entry> TABLE = new EnumMap<>(IrOp.class);

    static {
        bytecodes(IrOp.INT_ADD, CodeBuilder::ladd);
        bytecodes(IrOp.INT_SUB, CodeBuilder::lsub);
        bytecodes(IrOp.INT_MUL, CodeBuilder::lmul);
        bytecodes(IrOp.INT_AND, CodeBuilder::land);
        bytecodes(IrOp.INT_OR, CodeBuilder::lor);
        bytecodes(IrOp.INT_XOR, CodeBuilder::lxor);
        bytecodes(IrOp.INT_NEG, CodeBuilder::lneg);
        bytecodes(IrOp.INT_TO_FLOAT, CodeBuilder::l2d);
        bytecodes(IrOp.FLOAT_ADD, CodeBuilder::dadd);
        bytecodes(IrOp.FLOAT_SUB, CodeBuilder::dsub);
        bytecodes(IrOp.FLOAT_MUL, CodeBuilder::dmul);
        bytecodes(IrOp.FLOAT_DIV, CodeBuilder::ddiv);
        bytecodes(IrOp.FLOAT_NEG, CodeBuilder::dneg);

        template(IrOp.GUARD_CLASS, "classIs", Aux.CONST);
        template(IrOp.GUARD_IS, "same", Aux.CONST);
        template(IrOp.GUARD_SHAPE, "hasShape", Aux.CONST);
        template(IrOp.GUARD_DICT_LACKS, "dictLacks", Aux.CONST);
        template(IrOp.GUARD_TYPE_VERSION, "hasTypeVersion", Aux.CONST);
        template(IrOp.GUARD_GLOBAL, "globalHolds", Aux.CONST);
        template(IrOp.GUARD_FUNCTION, "functionHolds", Aux.CONST);
        template(IrOp.GUARD_TYPE, "typeIs", Aux.CONST);
        template(IrOp.GUARD_NOT_INVALIDATED, "notInvalidated", Aux.CONST);
        template(IrOp.GUARD_SMALL_INT, "fitsLong", Aux.NONE);
        // GUARD_TRUE: the operand itself is the condition; GUARD_FALSE negates it.
        bytecodes(IrOp.GUARD_TRUE, cb -> { });
        bytecodes(IrOp.GUARD_FALSE, cb -> cb.iconst_1().ixor());
        template(IrOp.GUARD_NO_OVERFLOW_ADD, "addFits", Aux.NONE);
        template(IrOp.GUARD_NO_OVERFLOW_SUB, "subFits", Aux.NONE);
        template(IrOp.GUARD_NO_OVERFLOW_MUL, "mulFits", Aux.NONE);
        template(IrOp.GUARD_NO_OVERFLOW_DIV, "divFits", Aux.NONE);
        template(IrOp.GUARD_NO_OVERFLOW_NEG, "negFits", Aux.NONE);
        template(IrOp.GUARD_NONZERO_I64, "nonZero", Aux.NONE);
        template(IrOp.GUARD_NONZERO_F64, "nonZero", Aux.NONE);
        template(IrOp.GUARD_LIST_INDEX, "listIndexOk", Aux.NONE);
        template(IrOp.GUARD_RANGE_ITER_ACTIVE, "rangeActive", Aux.NONE);
        template(IrOp.GUARD_NOT_NULL, "notNull", Aux.NONE);
        template(IrOp.GUARD_YIELD, "continuesPastYield", Aux.NONE);
        template(IrOp.GUARD_SPLIT, "continuesPastSplit", Aux.NONE);
        template(IrOp.GUARD_NOT_NEGATIVE_F64, "notNegative", Aux.NONE);
        template(IrOp.FLOAT_FLOORDIV, "floatFloorDiv", Aux.NONE);
        template(IrOp.FLOAT_MOD, "floatMod", Aux.NONE);
        template(IrOp.FLOAT_ABS, "floatAbs", Aux.NONE);
        template(IrOp.FLOAT_POW, "floatPow", Aux.NONE);
        template(IrOp.GUARD_POW_FLOAT, "powIsFloat", Aux.NONE);
        template(IrOp.FLOAT_SQRT, "floatSqrt", Aux.NONE);
        template(IrOp.INT_FLOAT_CMP, "intFloatCompare", Aux.INT);
        bytecodes(IrOp.BOOL_NOT, cb -> cb.iconst_1().ixor());
        bytecodes(IrOp.BOOL_TO_INT, CodeBuilder::i2l);
        template(IrOp.CELL_GET, "cellGet", Aux.NONE);
        template(IrOp.CELL_SET, "cellSet", Aux.NONE);
        template(IrOp.GUARD_DICT_KEYS, "dictKeysHold", Aux.CONST);
        template(IrOp.DICT_VALUE_AT, "dictValueAt", Aux.CONST);
        template(IrOp.DICT_STORE_AT, "dictStoreAt", Aux.CONST);

        template(IrOp.GUARD_LIST_ITER_ACTIVE, "listIterActive", Aux.NONE);
        template(IrOp.GUARD_TUPLE_ITER_ACTIVE, "tupleIterActive", Aux.NONE);
        template(IrOp.GUARD_TUPLE_INDEX, "tupleIndexOk", Aux.NONE);
        template(IrOp.GUARD_STR_ITER_ACTIVE, "strIterActive", Aux.NONE);
        template(IrOp.GUARD_STR_INDEX, "strIndexOk", Aux.NONE);
        template(IrOp.GUARD_LEN, "hasLen", Aux.INT);
        template(IrOp.GUARD_ENUMERATE, "enumerateActive", Aux.NONE);
        template(IrOp.GUARD_ZIP, "zipActive", Aux.INT);
        template(IrOp.GUARD_REVERSED_ITER_ACTIVE, "reversedListActive", Aux.NONE);

        template(IrOp.UNBOX_INT, "unboxInt", Aux.NONE);
        template(IrOp.UNBOX_FLOAT, "unboxFloat", Aux.NONE);
        template(IrOp.BOX_INT, "boxInt", Aux.NONE);
        template(IrOp.BOX_FLOAT, "boxFloat", Aux.NONE);
        template(IrOp.BOX_BOOL, "boxBool", Aux.NONE);

        template(IrOp.INT_FLOORDIV, "floorDiv", Aux.NONE);
        template(IrOp.INT_MOD, "floorMod", Aux.NONE);
        template(IrOp.INT_RSHIFT, "rshift", Aux.NONE);
        template(IrOp.INT_LT, "intLt", Aux.NONE);
        template(IrOp.INT_LE, "intLe", Aux.NONE);
        template(IrOp.INT_EQ, "intEq", Aux.NONE);
        template(IrOp.INT_NE, "intNe", Aux.NONE);
        template(IrOp.INT_GT, "intGt", Aux.NONE);
        template(IrOp.INT_GE, "intGe", Aux.NONE);
        template(IrOp.FLOAT_LT, "floatLt", Aux.NONE);
        template(IrOp.FLOAT_LE, "floatLe", Aux.NONE);
        template(IrOp.FLOAT_EQ, "floatEq", Aux.NONE);
        template(IrOp.FLOAT_NE, "floatNe", Aux.NONE);
        template(IrOp.FLOAT_GT, "floatGt", Aux.NONE);
        template(IrOp.FLOAT_GE, "floatGe", Aux.NONE);
        template(IrOp.REF_IS, "same", Aux.NONE);

        template(IrOp.GETSLOT, "getSlot", Aux.INT);
        template(IrOp.SETSLOT, "setSlot", Aux.INT);
        template(IrOp.ADDSLOT, "addSlot", Aux.CONST);
        template(IrOp.GETMEMBER, "getMember", Aux.INT);
        template(IrOp.SETMEMBER, "setMember", Aux.INT);
        template(IrOp.GUARD_SLOT_FLOAT, "slotIsFloat", Aux.INT);
        template(IrOp.GETSLOT_F64, "getSlotF64", Aux.INT);
        template(IrOp.SETSLOT_F64, "setSlotF64", Aux.INT);
        template(IrOp.ADDSLOT_F64, "addSlotF64", Aux.CONST);
        template(IrOp.SLOT_VALUE, "getSlot", Aux.INT);
        template(IrOp.NEW_INSTANCE, "newInstance", Aux.CONST);
        template(IrOp.LIST_GETITEM, "listGet", Aux.NONE);
        template(IrOp.LIST_SETITEM, "listSet", Aux.NONE);
        template(IrOp.RANGE_ITER_NEXT, "rangeNext", Aux.NONE);
        template(IrOp.LIST_ITER_NEXT, "listIterNext", Aux.NONE);
        template(IrOp.TUPLE_ITER_NEXT, "tupleIterNext", Aux.NONE);
        template(IrOp.ITER_SOURCE, "iterSource", Aux.INT);
        template(IrOp.REVERSED_LIST_NEXT, "reversedListNext", Aux.NONE);
        template(IrOp.ENUM_INDEX, "enumerateIndex", Aux.NONE);
        template(IrOp.ENUM_SET_INDEX, "setEnumerateIndex", Aux.NONE);
        template(IrOp.TUPLE_GETITEM, "tupleGet", Aux.NONE);
        template(IrOp.STR_ITER_NEXT, "strIterNext", Aux.NONE);
        template(IrOp.STR_CODE_POINT, "strCodePoint", Aux.NONE);
        template(IrOp.CHR, "chr", Aux.NONE);
        template(IrOp.STR_HAS_CODE_POINT, "strHasCodePoint", Aux.NONE);
        template(IrOp.CHAR_IS, "charIs", Aux.INT);
        template(IrOp.LEN, "len", Aux.NONE);
        template(IrOp.NEW_SLICE, "newSlice", Aux.NONE);
        template(IrOp.SEQ_GETSLICE, "getSlice", Aux.NONE);
        template(IrOp.LIST_SETSLICE, "setSlice", Aux.NONE);
        template(IrOp.LIST_APPEND, "listAppend", Aux.NONE);
        template(IrOp.NEW_LIST, "newList", Aux.NONE);
        template(IrOp.SEQ_ITER, "seqIter", Aux.NONE);
        template(IrOp.DICT_GETITEM, "dictGet", Aux.NONE);
        template(IrOp.DICT_SETITEM, "dictSet", Aux.NONE);
        template(IrOp.CONTAINS, "contains", Aux.NONE);
        template(IrOp.LIST_EXTEND, "listExtend", Aux.NONE);
        template(IrOp.TUPLE_OF_LIST, "tupleOfList", Aux.NONE);
    }

    /** The entry for {@code op}, or null when the op is structural or has no template yet. */
    static Entry of(IrOp op) {
        return TABLE.get(op);
    }

    private static void bytecodes(IrOp op, Consumer<CodeBuilder> code) {
        TABLE.put(op, new Entry(code, Aux.NONE));
    }

    private static void template(IrOp op, String name, Aux aux) {
        List<ClassDesc> params = new ArrayList<>();
        for (int i = 0; i < op.arity(); i++) {
            params.add(jvmType(op.operand(i)));
        }
        switch (aux) {
            case CONST -> params.add(CD_Object);
            case INT -> params.add(CD_int);
            case NONE -> { }
        }
        ClassDesc result = op.isGuard() ? CD_boolean : jvmType(op.result());
        MethodTypeDesc type = MethodTypeDesc.of(result, params);
        TABLE.put(op, new Entry(cb -> cb.invokestatic(TEMPLATES, name, type), aux));
    }

    /** The JVM type of a value of {@code t}: how the trace keeps it in a local and passes it to templates. */
    static ClassDesc jvmType(IrType t) {
        return switch (t) {
            case I64 -> CD_long;
            case F64 -> CD_double;
            case BOOL -> CD_boolean;
            case REF -> CD_Object;
            case VOID -> CD_void;
        };
    }
}
