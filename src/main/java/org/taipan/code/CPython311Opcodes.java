package org.taipan.code;

import java.util.HashMap;
import java.util.Map;

/**
 * CPython 3.11's instruction numbers: the opcode byte of each instruction in {@code co_code}
 * (Lib/opcode.py's {@code opmap}), the number of inline {@code CACHE} code units that follow it
 * ({@code _inline_cache_entries}), and, for a specialized instruction, the number the
 * {@code dis} module gives it ({@code dis._all_opname}: the unused numbers below 181 in order,
 * taken by {@code opcode._specialized_instructions}) with the instruction it specializes.
 * {@link CPythonBytecode} writes Taipan's instructions with these numbers so that the
 * {@code dis} module, {@code modulefinder} and other readers of {@code co_code} work unchanged.
 */
final class CPython311Opcodes {
    /** Instructions numbered from here on take an argument byte ({@code HAVE_ARGUMENT}). */
    static final int HAVE_ARGUMENT = 90;
    /** An inline cache code unit. */
    static final int CACHE = 0;
    static final int NOP = 9;
    static final int EXTENDED_ARG = 144;
    static final int RESUME = 151;
    static final int PRECALL = 166;
    /** The first number that neither 3.11 nor its {@code dis} module gives a name ({@code '<181>'}). */
    static final int FIRST_UNNAMED = 181;
    /**
     * Taipan's instructions that 3.11 does not have (CPython 3.12's), numbered from
     * {@link #FIRST_UNNAMED} in this order.
     */
    static final java.util.List<Opcode> UNNAMED = java.util.List.of(Opcode.CLEANUP_THROW, Opcode.LOAD_LOCALS, Opcode.END_SEND);

    /**
     * {@code number NAME [caches] [<GENERIC]}, comma separated: every named 3.11 number, its
     * inline cache units when it has any, and the generic instruction of a specialized one.
     */
    private static final String TABLE = """
            0 CACHE, 1 POP_TOP, 2 PUSH_NULL, 3 BINARY_OP_ADAPTIVE <BINARY_OP,
            4 BINARY_OP_ADD_FLOAT <BINARY_OP, 5 BINARY_OP_ADD_INT <BINARY_OP,
            6 BINARY_OP_ADD_UNICODE <BINARY_OP, 7 BINARY_OP_INPLACE_ADD_UNICODE <BINARY_OP,
            8 BINARY_OP_MULTIPLY_FLOAT <BINARY_OP, 9 NOP, 10 UNARY_POSITIVE, 11 UNARY_NEGATIVE,
            12 UNARY_NOT, 13 BINARY_OP_MULTIPLY_INT <BINARY_OP, 14 BINARY_OP_SUBTRACT_FLOAT <BINARY_OP,
            15 UNARY_INVERT, 16 BINARY_OP_SUBTRACT_INT <BINARY_OP,
            17 BINARY_SUBSCR_ADAPTIVE <BINARY_SUBSCR, 18 BINARY_SUBSCR_DICT <BINARY_SUBSCR,
            19 BINARY_SUBSCR_GETITEM <BINARY_SUBSCR, 20 BINARY_SUBSCR_LIST_INT <BINARY_SUBSCR,
            21 BINARY_SUBSCR_TUPLE_INT <BINARY_SUBSCR, 22 CALL_ADAPTIVE <CALL, 23 CALL_PY_EXACT_ARGS <CALL,
            24 CALL_PY_WITH_DEFAULTS <CALL, 25 BINARY_SUBSCR 4, 26 COMPARE_OP_ADAPTIVE <COMPARE_OP,
            27 COMPARE_OP_FLOAT_JUMP <COMPARE_OP, 28 COMPARE_OP_INT_JUMP <COMPARE_OP,
            29 COMPARE_OP_STR_JUMP <COMPARE_OP, 30 GET_LEN, 31 MATCH_MAPPING, 32 MATCH_SEQUENCE,
            33 MATCH_KEYS, 34 EXTENDED_ARG_QUICK <EXTENDED_ARG, 35 PUSH_EXC_INFO, 36 CHECK_EXC_MATCH,
            37 CHECK_EG_MATCH, 38 JUMP_BACKWARD_QUICK <JUMP_BACKWARD, 39 LOAD_ATTR_ADAPTIVE <LOAD_ATTR,
            40 LOAD_ATTR_INSTANCE_VALUE <LOAD_ATTR, 41 LOAD_ATTR_MODULE <LOAD_ATTR,
            42 LOAD_ATTR_SLOT <LOAD_ATTR, 43 LOAD_ATTR_WITH_HINT <LOAD_ATTR,
            44 LOAD_CONST__LOAD_FAST <LOAD_CONST, 45 LOAD_FAST__LOAD_CONST <LOAD_FAST,
            46 LOAD_FAST__LOAD_FAST <LOAD_FAST, 47 LOAD_GLOBAL_ADAPTIVE <LOAD_GLOBAL,
            48 LOAD_GLOBAL_BUILTIN <LOAD_GLOBAL, 49 WITH_EXCEPT_START, 50 GET_AITER, 51 GET_ANEXT,
            52 BEFORE_ASYNC_WITH, 53 BEFORE_WITH, 54 END_ASYNC_FOR, 55 LOAD_GLOBAL_MODULE <LOAD_GLOBAL,
            56 LOAD_METHOD_ADAPTIVE <LOAD_METHOD, 57 LOAD_METHOD_CLASS <LOAD_METHOD,
            58 LOAD_METHOD_MODULE <LOAD_METHOD, 59 LOAD_METHOD_NO_DICT <LOAD_METHOD, 60 STORE_SUBSCR 1,
            61 DELETE_SUBSCR, 62 LOAD_METHOD_WITH_DICT <LOAD_METHOD,
            63 LOAD_METHOD_WITH_VALUES <LOAD_METHOD, 64 PRECALL_ADAPTIVE <PRECALL,
            65 PRECALL_BOUND_METHOD <PRECALL, 66 PRECALL_BUILTIN_CLASS <PRECALL,
            67 PRECALL_BUILTIN_FAST_WITH_KEYWORDS <PRECALL, 68 GET_ITER, 69 GET_YIELD_FROM_ITER,
            70 PRINT_EXPR, 71 LOAD_BUILD_CLASS, 72 PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS <PRECALL,
            73 PRECALL_NO_KW_BUILTIN_FAST <PRECALL, 74 LOAD_ASSERTION_ERROR, 75 RETURN_GENERATOR,
            76 PRECALL_NO_KW_BUILTIN_O <PRECALL, 77 PRECALL_NO_KW_ISINSTANCE <PRECALL,
            78 PRECALL_NO_KW_LEN <PRECALL, 79 PRECALL_NO_KW_LIST_APPEND <PRECALL,
            80 PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST <PRECALL,
            81 PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS <PRECALL, 82 LIST_TO_TUPLE, 83 RETURN_VALUE,
            84 IMPORT_STAR, 85 SETUP_ANNOTATIONS, 86 YIELD_VALUE, 87 ASYNC_GEN_WRAP, 88 PREP_RERAISE_STAR,
            89 POP_EXCEPT, 90 STORE_NAME, 91 DELETE_NAME, 92 UNPACK_SEQUENCE 1, 93 FOR_ITER, 94 UNPACK_EX,
            95 STORE_ATTR 4, 96 DELETE_ATTR, 97 STORE_GLOBAL, 98 DELETE_GLOBAL, 99 SWAP, 100 LOAD_CONST,
            101 LOAD_NAME, 102 BUILD_TUPLE, 103 BUILD_LIST, 104 BUILD_SET, 105 BUILD_MAP, 106 LOAD_ATTR 4,
            107 COMPARE_OP 2, 108 IMPORT_NAME, 109 IMPORT_FROM, 110 JUMP_FORWARD, 111 JUMP_IF_FALSE_OR_POP,
            112 JUMP_IF_TRUE_OR_POP, 113 PRECALL_NO_KW_METHOD_DESCRIPTOR_O <PRECALL,
            114 POP_JUMP_FORWARD_IF_FALSE, 115 POP_JUMP_FORWARD_IF_TRUE, 116 LOAD_GLOBAL 5, 117 IS_OP,
            118 CONTAINS_OP, 119 RERAISE, 120 COPY, 121 PRECALL_NO_KW_STR_1 <PRECALL, 122 BINARY_OP 1,
            123 SEND, 124 LOAD_FAST, 125 STORE_FAST, 126 DELETE_FAST, 127 PRECALL_NO_KW_TUPLE_1 <PRECALL,
            128 POP_JUMP_FORWARD_IF_NOT_NONE, 129 POP_JUMP_FORWARD_IF_NONE, 130 RAISE_VARARGS,
            131 GET_AWAITABLE, 132 MAKE_FUNCTION, 133 BUILD_SLICE, 134 JUMP_BACKWARD_NO_INTERRUPT,
            135 MAKE_CELL, 136 LOAD_CLOSURE, 137 LOAD_DEREF, 138 STORE_DEREF, 139 DELETE_DEREF,
            140 JUMP_BACKWARD, 141 PRECALL_NO_KW_TYPE_1 <PRECALL, 142 CALL_FUNCTION_EX,
            143 PRECALL_PYFUNC <PRECALL, 144 EXTENDED_ARG, 145 LIST_APPEND, 146 SET_ADD, 147 MAP_ADD,
            148 LOAD_CLASSDEREF, 149 COPY_FREE_VARS, 150 RESUME_QUICK <RESUME, 151 RESUME, 152 MATCH_CLASS,
            153 STORE_ATTR_ADAPTIVE <STORE_ATTR, 154 STORE_ATTR_INSTANCE_VALUE <STORE_ATTR,
            155 FORMAT_VALUE, 156 BUILD_CONST_KEY_MAP, 157 BUILD_STRING, 158 STORE_ATTR_SLOT <STORE_ATTR,
            159 STORE_ATTR_WITH_HINT <STORE_ATTR, 160 LOAD_METHOD 10,
            161 STORE_FAST__LOAD_FAST <STORE_FAST, 162 LIST_EXTEND, 163 SET_UPDATE, 164 DICT_MERGE,
            165 DICT_UPDATE, 166 PRECALL 1, 167 STORE_FAST__STORE_FAST <STORE_FAST,
            168 STORE_SUBSCR_ADAPTIVE <STORE_SUBSCR, 169 STORE_SUBSCR_DICT <STORE_SUBSCR,
            170 STORE_SUBSCR_LIST_INT <STORE_SUBSCR, 171 CALL 4, 172 KW_NAMES,
            173 POP_JUMP_BACKWARD_IF_NOT_NONE, 174 POP_JUMP_BACKWARD_IF_NONE,
            175 POP_JUMP_BACKWARD_IF_FALSE, 176 POP_JUMP_BACKWARD_IF_TRUE,
            177 UNPACK_SEQUENCE_ADAPTIVE <UNPACK_SEQUENCE, 178 UNPACK_SEQUENCE_LIST <UNPACK_SEQUENCE,
            179 UNPACK_SEQUENCE_TUPLE <UNPACK_SEQUENCE, 180 UNPACK_SEQUENCE_TWO_TUPLE <UNPACK_SEQUENCE,
            """;

    private record Entry(int number, int caches, String generic) {}

    private static final Map<String, Entry> BY_NAME = new HashMap<>();
    private static final String[] NAMES = new String[256];
    private static final int[] CACHES = new int[256];

    static {
        for (String item : TABLE.split(",")) {
            String[] f = item.strip().split(" ");
            if (f.length < 2) {
                continue;
            }
            int number = Integer.parseInt(f[0]);
            int caches = 0;
            String generic = null;
            for (int i = 2; i < f.length; i++) {
                if (f[i].startsWith("<")) {
                    generic = f[i].substring(1);
                } else {
                    caches = Integer.parseInt(f[i]);
                }
            }
            BY_NAME.put(f[1], new Entry(number, caches, generic));
            NAMES[number] = generic != null ? generic : f[1];
            CACHES[number] = caches;
        }
    }

    private CPython311Opcodes() {}

    /** The 3.11 number of the generic instruction {@code name}, or -1 when 3.11 has none of that name. */
    static int generic(String name) {
        Entry e = BY_NAME.get(name);
        return e == null || e.generic() != null ? -1 : e.number();
    }

    /**
     * The number {@code dis} shows for the specialized instruction {@code name} of generic
     * instruction {@code genericName}, or -1 when 3.11 has no such specialization of it.
     */
    static int specialized(String name, String genericName) {
        Entry e = BY_NAME.get(name);
        return e != null && genericName.equals(e.generic()) ? e.number() : -1;
    }

    /** The name of the generic instruction that {@code number} is or specializes, or null for an unnamed number. */
    static String genericName(int number) {
        return NAMES[number];
    }

    /** The inline cache code units after generic instruction {@code number} (0 to 10). */
    static int caches(int number) {
        return CACHES[number];
    }
}
