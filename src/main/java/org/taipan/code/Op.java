package org.taipan.code;

/**
 * The opcode numbers as compile-time {@code int} constants, so that the interpreter can switch
 * on the low 8 bits of a code word directly (a {@code tableswitch}) instead of loading an
 * {@link Opcode} from an array and switching on the enum. Each constant is the ordinal of the
 * {@link Opcode} of the same name: {@link Opcode} stays the one definition of the instruction
 * set, and {@code OpTest} checks that every constant here equals its ordinal and that every
 * opcode has its constant (after adding an opcode, add its line here in the same order).
 */
public final class Op {
    private Op() {}

    public static final int NOP = 0;
    public static final int POP_TOP = 1;
    public static final int PUSH_NULL = 2;
    public static final int COPY = 3;
    public static final int SWAP = 4;
    public static final int UNARY_POSITIVE = 5;
    public static final int UNARY_NEGATIVE = 6;
    public static final int UNARY_NOT = 7;
    public static final int UNARY_INVERT = 8;
    public static final int BINARY_OP = 9;
    public static final int COMPARE_OP = 10;
    public static final int IS_OP = 11;
    public static final int CONTAINS_OP = 12;
    public static final int BINARY_SUBSCR = 13;
    public static final int STORE_SUBSCR = 14;
    public static final int DELETE_SUBSCR = 15;
    public static final int BUILD_SLICE = 16;
    public static final int LOAD_CONST = 17;
    public static final int LOAD_NAME = 18;
    public static final int STORE_NAME = 19;
    public static final int DELETE_NAME = 20;
    public static final int LOAD_GLOBAL = 21;
    public static final int STORE_GLOBAL = 22;
    public static final int DELETE_GLOBAL = 23;
    public static final int LOAD_FAST = 24;
    public static final int STORE_FAST = 25;
    public static final int DELETE_FAST = 26;
    public static final int MAKE_CELL = 27;
    public static final int COPY_FREE_VARS = 28;
    public static final int LOAD_CLOSURE = 29;
    public static final int LOAD_DEREF = 30;
    public static final int LOAD_CLASSDEREF = 31;
    public static final int STORE_DEREF = 32;
    public static final int DELETE_DEREF = 33;
    public static final int LOAD_ATTR = 34;
    public static final int STORE_ATTR = 35;
    public static final int DELETE_ATTR = 36;
    public static final int CALL = 37;
    public static final int KW_NAMES = 38;
    public static final int CALL_FUNCTION_EX = 39;
    public static final int MAKE_FUNCTION = 40;
    public static final int RETURN_VALUE = 41;
    public static final int POP_JUMP_IF_FALSE = 42;
    public static final int POP_JUMP_IF_TRUE = 43;
    public static final int POP_JUMP_IF_NONE = 44;
    public static final int POP_JUMP_IF_NOT_NONE = 45;
    public static final int JUMP_IF_TRUE_OR_POP = 46;
    public static final int JUMP_IF_FALSE_OR_POP = 47;
    public static final int JUMP_FORWARD = 48;
    public static final int JUMP_BACKWARD = 49;
    public static final int JUMP_BACKWARD_NO_INTERRUPT = 50;
    public static final int GET_ITER = 51;
    public static final int FOR_ITER = 52;
    public static final int BUILD_TUPLE = 53;
    public static final int BUILD_LIST = 54;
    public static final int BUILD_SET = 55;
    public static final int BUILD_MAP = 56;
    public static final int BUILD_CONST_KEY_MAP = 57;
    public static final int BUILD_STRING = 58;
    public static final int LIST_APPEND = 59;
    public static final int SET_ADD = 60;
    public static final int MAP_ADD = 61;
    public static final int LIST_EXTEND = 62;
    public static final int SET_UPDATE = 63;
    public static final int DICT_UPDATE = 64;
    public static final int DICT_MERGE = 65;
    public static final int LIST_TO_TUPLE = 66;
    public static final int UNPACK_SEQUENCE = 67;
    public static final int UNPACK_EX = 68;
    public static final int FORMAT_VALUE = 69;
    public static final int LOAD_BUILD_CLASS = 70;
    public static final int SETUP_ANNOTATIONS = 71;
    public static final int LOAD_LOCALS = 72;
    public static final int IMPORT_NAME = 73;
    public static final int IMPORT_FROM = 74;
    public static final int IMPORT_STAR = 75;
    public static final int PUSH_EXC_INFO = 76;
    public static final int POP_EXCEPT = 77;
    public static final int CHECK_EXC_MATCH = 78;
    public static final int CHECK_EG_MATCH = 79;
    public static final int PREP_RERAISE_STAR = 80;
    public static final int RERAISE = 81;
    public static final int RAISE_VARARGS = 82;
    public static final int LOAD_ASSERTION_ERROR = 83;
    public static final int BEFORE_WITH = 84;
    public static final int BEFORE_ASYNC_WITH = 85;
    public static final int WITH_EXCEPT_START = 86;
    public static final int RETURN_GENERATOR = 87;
    public static final int YIELD_VALUE = 88;
    public static final int ASYNC_GEN_WRAP = 89;
    public static final int SEND = 90;
    public static final int END_SEND = 91;
    public static final int CLEANUP_THROW = 92;
    public static final int GET_YIELD_FROM_ITER = 93;
    public static final int GET_AWAITABLE = 94;
    public static final int GET_AITER = 95;
    public static final int GET_ANEXT = 96;
    public static final int END_ASYNC_FOR = 97;
    public static final int MATCH_MAPPING = 98;
    public static final int MATCH_SEQUENCE = 99;
    public static final int MATCH_KEYS = 100;
    public static final int MATCH_CLASS = 101;
    public static final int GET_LEN = 102;
    public static final int PRINT_EXPR = 103;

    // specialized (quickened) forms
    public static final int BINARY_OP_INT = 104;
    public static final int BINARY_OP_FLOAT = 105;
    public static final int BINARY_OP_ADD_UNICODE = 106;
    public static final int COMPARE_OP_INT = 107;
    public static final int COMPARE_OP_FLOAT = 108;
    public static final int COMPARE_OP_STR = 109;
    public static final int BINARY_SUBSCR_LIST_INT = 110;
    public static final int BINARY_SUBSCR_TUPLE_INT = 111;
    public static final int BINARY_SUBSCR_STR_INT = 112;
    public static final int BINARY_SUBSCR_DICT = 113;
    public static final int STORE_SUBSCR_LIST_INT = 114;
    public static final int STORE_SUBSCR_DICT = 115;
    public static final int UNPACK_SEQUENCE_TUPLE = 116;
    public static final int UNPACK_SEQUENCE_LIST = 117;
    public static final int FOR_ITER_RANGE = 118;
    public static final int FOR_ITER_SEQ = 119;
    public static final int LOAD_GLOBAL_MODULE = 120;
    public static final int LOAD_GLOBAL_BUILTIN = 121;
    public static final int BINARY_OP_ADD_INT = 122;
    public static final int BINARY_OP_SUBTRACT_INT = 123;
    public static final int BINARY_OP_MULTIPLY_INT = 124;
    public static final int BINARY_OP_ADD_FLOAT = 125;
    public static final int BINARY_OP_SUBTRACT_FLOAT = 126;
    public static final int BINARY_OP_MULTIPLY_FLOAT = 127;
    public static final int LOAD_ATTR_INSTANCE_VALUE = 128;
    public static final int LOAD_ATTR_METHOD = 129;
    public static final int LOAD_ATTR_CLASS_VALUE = 130;
    public static final int LOAD_ATTR_CLASS = 131;
    public static final int LOAD_ATTR_MODULE = 132;
    public static final int LOAD_ATTR_PROPERTY = 133;
    public static final int STORE_ATTR_INSTANCE_VALUE = 134;
    public static final int STORE_ATTR_ADD_VALUE = 135;
    public static final int COMPARE_OP_INT_JUMP = 136;
    public static final int COMPARE_OP_FLOAT_JUMP = 137;
    public static final int COMPARE_OP_STR_JUMP = 138;
}
