package org.taipan.code;

/**
 * The Taipan instruction set: CPython 3.11/3.12's opcodes, one enum entry per instruction,
 * each carrying what its operand means ({@link ArgKind}) and its stack effect. This enum is
 * the single definition every consumer reads (compiler, stack-depth pass, disassembler,
 * interpreter, later the specializer), in the spirit of CPython's {@code Python/bytecodes.c}.
 *
 * <h2>Encoding</h2>
 * A {@link CodeObject}'s code is an {@code int[]} with <em>one word per instruction</em>:
 * the opcode's {@link #ordinal()} in the low 8 bits and the oparg in the upper 24 bits
 * ({@link #encode}, {@link #opcodeOf}, {@link #opargOf}). Hence there is no
 * {@code EXTENDED_ARG}, no {@code CACHE} entries (inline caches live in side arrays indexed by
 * instruction), and jump opargs ({@link ArgKind#JUMP}) are <em>absolute instruction
 * indices</em>, not relative byte offsets. {@code lasti} values pushed by exception handlers
 * are instruction indices too.
 *
 * <h2>Calling convention (CPython 3.11/3.12)</h2>
 * A call site pushes two slots below the arguments: either {@code NULL, callable} (from
 * {@link #PUSH_NULL} or {@link #LOAD_GLOBAL} with its low bit set) or {@code method, self}
 * (from {@link #LOAD_ATTR} with its low bit set, when the attribute is a plain function found
 * on the type). {@code CALL argc} then sees {@code [a, b, arg1..argc]}: if {@code a} is NULL it
 * calls {@code b(arg1..argc)}, else {@code a(b, arg1..argc)}. A preceding {@code KW_NAMES k}
 * names the last {@code len(co_consts[k])} arguments as keywords (the names tuple is a
 * {@link CodeObject.ConstTuple} of strings); {@code argc} counts them too.
 *
 * <h2>Exceptions (CPython 3.11 zero-cost scheme)</h2>
 * No instruction sets up a try block at run time. When an instruction at index {@code i}
 * raises, the interpreter finds the {@link CodeObject.ExceptionTableEntry} covering {@code i},
 * pops the value stack down to the entry's {@code depth}, pushes {@code i} (as a Python int)
 * if {@code lasti} is set, pushes the exception and jumps to {@code target}. No entry: the
 * frame unwinds. The exception "being handled" ({@code sys.exc_info()}) is a per-thread
 * register saved and restored by {@link #PUSH_EXC_INFO} / {@link #POP_EXCEPT}.
 *
 * <h2>Generators</h2>
 * A generator's code starts with {@code RETURN_GENERATOR; POP_TOP}. Every resumption of a
 * suspended frame (the first one after RETURN_GENERATOR, and after every {@link #YIELD_VALUE})
 * pushes the sent value (None for {@code next()}), or raises the thrown exception at the
 * suspension point ({@code gen.throw()}, {@code close()} throws GeneratorExit there).
 * {@code yield from} / {@code await} compile to the 3.12 loop
 * <pre>
 *        (receiver on stack) LOAD_CONST None
 *   L1:  SEND L3
 *        YIELD_VALUE 1       ; exception table: -> L2, depth keeps receiver and value, no lasti
 *        JUMP_BACKWARD_NO_INTERRUPT L1
 *   L2:  CLEANUP_THROW       ; handler (lasti) for the YIELD_VALUE
 *   L3:  END_SEND
 * </pre>
 * {@code YIELD_VALUE}'s oparg is 1 when it yields on behalf of a delegate (the receiver is
 * then {@code stack[-2]}, CPython's {@code gi_yieldfrom}); {@code gen.throw(e)} on such a frame
 * first calls {@code receiver.throw(e)} (or {@code close()} for GeneratorExit) and, only if that
 * raises, raises the exception in the frame at the YIELD_VALUE (CPython 3.12
 * {@code _gen_throw}); StopIteration raised there reaches CLEANUP_THROW, which finishes the
 * loop with its value. The runtime converts a StopIteration escaping a generator's frame to
 * RuntimeError (PEP 479), as CPython 3.11's {@code gen_send_ex} does.
 *
 * <h2>Stack effects</h2>
 * Each entry's comment shows the stack before and after: {@code (a, b -- c)}, top on the
 * right. {@link #stackEffect(int, boolean)} gives the net change; for jumps that pop on one
 * path only, {@code jump} selects the taken path. Ops that never fall through
 * ({@link #isTerminator()}) still report the effect of their pops.
 */
public enum Opcode {
    /** {@code ( -- )} Does nothing. */
    NOP(ArgKind.NONE, 0),
    /** {@code (v -- )} */
    POP_TOP(ArgKind.NONE, -1),
    /** {@code ( -- NULL)} The NULL of the calling convention (a Java null slot). */
    PUSH_NULL(ArgKind.NONE, 1),
    /** {@code (x ... -- x ... x)} Pushes a copy of {@code stack[-oparg]} (oparg >= 1). */
    COPY(ArgKind.COUNT, 1),
    /** {@code (a ... b -- b ... a)} Swaps TOS with {@code stack[-oparg]} (oparg >= 2). */
    SWAP(ArgKind.COUNT, 0),

    /** {@code (v -- +v)} */
    UNARY_POSITIVE(ArgKind.NONE, 0),
    /** {@code (v -- -v)} */
    UNARY_NEGATIVE(ArgKind.NONE, 0),
    /** {@code (v -- not v)} Always a bool. */
    UNARY_NOT(ArgKind.NONE, 0),
    /** {@code (v -- ~v)} */
    UNARY_INVERT(ArgKind.NONE, 0),

    /**
     * {@code (lhs, rhs -- res)} oparg is CPython's {@code NB_*} number ({@link BinaryOp}):
     * 0..12 the plain operators, 13..25 the in-place ones ({@code +=} tries {@code __iadd__}).
     */
    BINARY_OP(ArgKind.BINARY_OP, -1),
    /** {@code (lhs, rhs -- res)} oparg: 0 {@code <}, 1 {@code <=}, 2 {@code ==}, 3 {@code !=}, 4 {@code >}, 5 {@code >=} (CPython's cmp_op order). */
    COMPARE_OP(ArgKind.COMPARE, -1),
    /** {@code (lhs, rhs -- bool)} {@code is}; oparg 1 means {@code is not}. */
    IS_OP(ArgKind.INVERT, -1),
    /** {@code (item, container -- bool)} {@code in}; oparg 1 means {@code not in}. */
    CONTAINS_OP(ArgKind.INVERT, -1),
    /** {@code (container, key -- container[key])} */
    BINARY_SUBSCR(ArgKind.NONE, -1),
    /** {@code (value, container, key -- )} {@code container[key] = value}. */
    STORE_SUBSCR(ArgKind.NONE, -3),
    /** {@code (container, key -- )} {@code del container[key]}. */
    DELETE_SUBSCR(ArgKind.NONE, -2),
    /** {@code (start, stop -- slice)} if oparg is 2, {@code (start, stop, step -- slice)} if 3. */
    BUILD_SLICE(ArgKind.COUNT, 0),

    /** {@code ( -- co_consts[oparg])} */
    LOAD_CONST(ArgKind.CONST, 1),
    /** {@code ( -- v)} Name {@code co_names[oparg]} from locals mapping, then globals, then builtins; NameError. */
    LOAD_NAME(ArgKind.NAME, 1),
    /** {@code (v -- )} Into the locals mapping. */
    STORE_NAME(ArgKind.NAME, -1),
    /** {@code ( -- )} From the locals mapping; NameError if absent. */
    DELETE_NAME(ArgKind.NAME, 0),
    /**
     * {@code ( -- v)} or {@code ( -- NULL, v)} Global {@code co_names[oparg >> 1]} (globals then
     * builtins; NameError). If {@code oparg & 1}, a NULL is pushed first (call convention).
     */
    LOAD_GLOBAL(ArgKind.NAME_FLAG, 1),
    /** {@code (v -- )} */
    STORE_GLOBAL(ArgKind.NAME, -1),
    /** {@code ( -- )} NameError if absent. */
    DELETE_GLOBAL(ArgKind.NAME, 0),
    /** {@code ( -- v)} Fast local {@code oparg}; UnboundLocalError if unset. */
    LOAD_FAST(ArgKind.LOCAL, 1),
    /** {@code (v -- )} */
    STORE_FAST(ArgKind.LOCAL, -1),
    /** {@code ( -- )} UnboundLocalError if unset. */
    DELETE_FAST(ArgKind.LOCAL, 0),
    /**
     * {@code ( -- )} Replaces fast-locals slot {@code oparg} by a new cell holding its current
     * value (unset stays empty). Emitted at the start of a code object for every cell variable.
     */
    MAKE_CELL(ArgKind.DEREF, 0),
    /**
     * {@code ( -- )} Copies the function's closure tuple (oparg cells) into the last oparg
     * fast-locals slots. First instruction of a code object with free variables.
     */
    COPY_FREE_VARS(ArgKind.COUNT, 0),
    /** {@code ( -- cell)} The cell object in fast-locals slot {@code oparg} (to build a closure). */
    LOAD_CLOSURE(ArgKind.DEREF, 1),
    /**
     * {@code ( -- v)} Contents of the cell in slot {@code oparg}; NameError "free variable 'x'
     * referenced before assignment in enclosing scope" for a free, UnboundLocalError for a cell.
     */
    LOAD_DEREF(ArgKind.DEREF, 1),
    /**
     * {@code ( -- v)} Class bodies only: the name of slot {@code oparg} looked up in the locals
     * mapping first, then in the cell (CPython 3.11).
     */
    LOAD_CLASSDEREF(ArgKind.DEREF, 1),
    /** {@code (v -- )} */
    STORE_DEREF(ArgKind.DEREF, -1),
    /** {@code ( -- )} Empties the cell; error if already empty. */
    DELETE_DEREF(ArgKind.DEREF, 0),

    /**
     * {@code (obj -- v)} or {@code (obj -- meth|NULL, self|v)} Attribute {@code co_names[oparg >> 1]}.
     * If {@code oparg & 1} (a method call follows), pushes {@code method, obj} when the type
     * attribute is a plain function and obj has no instance attribute shadowing it, else
     * {@code NULL, getattr(obj, name)} (CPython 3.12's LOAD_ATTR method form).
     */
    LOAD_ATTR(ArgKind.NAME_FLAG, 0),
    /** {@code (value, obj -- )} {@code obj.name = value}. */
    STORE_ATTR(ArgKind.NAME, -2),
    /** {@code (obj -- )} */
    DELETE_ATTR(ArgKind.NAME, -1),

    /** {@code (NULL|meth, callable|self, args... -- result)} See the class comment; oparg = number of arguments. */
    CALL(ArgKind.COUNT, 0),
    /** {@code ( -- )} The next CALL's last {@code len(co_consts[oparg])} arguments are keywords with these names. */
    KW_NAMES(ArgKind.CONST, 0),
    /**
     * {@code (NULL|meth, callable|self, args -- result)} or with {@code oparg & 1}
     * {@code (..., args, kwargs_dict -- result)}; args is a tuple except for {@code f(*x)}, where
     * it is x itself (the interpreter makes a tuple of any other iterable, TypeError "argument
     * after * must be an iterable"), kwargs a dict. Same NULL/self convention as CALL.
     */
    CALL_FUNCTION_EX(ArgKind.FLAGS, 0),
    /**
     * {@code ([defaults], [kwdefaults], [annotations], [closure], code -- function)} The
     * optional operands are present when oparg has bit 0x01 (defaults tuple), 0x02 (kwdefaults
     * dict), 0x04 (annotations: a tuple of alternating name, value as CPython 3.11), 0x08
     * (closure: tuple of cells), pushed in that order. The function's {@code __qualname__} is
     * the code's {@code co_qualname}; {@code __module__} comes from the globals' {@code __name__}.
     */
    MAKE_FUNCTION(ArgKind.FLAGS, 0),
    /** {@code (v -- )} Returns v from the frame. */
    RETURN_VALUE(ArgKind.NONE, -1),

    /** {@code (v -- )} Jumps to {@code oparg} if v is falsy. */
    POP_JUMP_IF_FALSE(ArgKind.JUMP, -1),
    /** {@code (v -- )} Jumps if v is truthy. */
    POP_JUMP_IF_TRUE(ArgKind.JUMP, -1),
    /** {@code (v -- )} Jumps if v is None. */
    POP_JUMP_IF_NONE(ArgKind.JUMP, -1),
    /** {@code (v -- )} Jumps if v is not None. */
    POP_JUMP_IF_NOT_NONE(ArgKind.JUMP, -1),
    /** {@code (v -- v)} if jumping (v truthy), else {@code (v -- )}: the value of {@code a or b}. */
    JUMP_IF_TRUE_OR_POP(ArgKind.JUMP, 0),
    /** {@code (v -- v)} if jumping (v falsy), else {@code (v -- )}: the value of {@code a and b}. */
    JUMP_IF_FALSE_OR_POP(ArgKind.JUMP, 0),
    /** {@code ( -- )} Unconditional jump to a later instruction. */
    JUMP_FORWARD(ArgKind.JUMP, 0),
    /** {@code ( -- )} Unconditional jump to an earlier instruction: a loop back edge (counts for the JIT, checks interrupts). */
    JUMP_BACKWARD(ArgKind.JUMP, 0),
    /** {@code ( -- )} Backward jump that is not a loop (the SEND loop): no interrupt check, no hotness count. */
    JUMP_BACKWARD_NO_INTERRUPT(ArgKind.JUMP, 0),

    /** {@code (iterable -- iter(iterable))} */
    GET_ITER(ArgKind.NONE, 0),
    /**
     * {@code (iter -- iter, next)}; when the iterator is exhausted {@code (iter -- )} and jump to
     * {@code oparg} (CPython 3.11 form).
     */
    FOR_ITER(ArgKind.JUMP, 0),

    /** {@code (items... -- tuple)} oparg items. */
    BUILD_TUPLE(ArgKind.COUNT, 0),
    /** {@code (items... -- list)} */
    BUILD_LIST(ArgKind.COUNT, 0),
    /** {@code (items... -- set)} */
    BUILD_SET(ArgKind.COUNT, 0),
    /** {@code (k1, v1, ..., kn, vn -- dict)} oparg pairs. */
    BUILD_MAP(ArgKind.COUNT, 0),
    /** {@code (v1..vn, keys_tuple -- dict)} oparg values, keys from a constant tuple. */
    BUILD_CONST_KEY_MAP(ArgKind.COUNT, 0),
    /** {@code (s1..sn -- str)} Concatenates oparg strings. */
    BUILD_STRING(ArgKind.COUNT, 0),
    /** {@code (list, ..., v -- list, ...)} Appends v to the list at {@code stack[-oparg]} (after popping v). */
    LIST_APPEND(ArgKind.COUNT, -1),
    /** {@code (set, ..., v -- set, ...)} Adds v to the set at {@code stack[-oparg]} (after popping v). */
    SET_ADD(ArgKind.COUNT, -1),
    /** {@code (dict, ..., k, v -- dict, ...)} {@code dict[k] = v}, dict at {@code stack[-oparg]} after popping k, v. */
    MAP_ADD(ArgKind.COUNT, -2),
    /** {@code (list, ..., iterable -- list, ...)} {@code list.extend(iterable)}, list at {@code stack[-oparg]} after the pop. */
    LIST_EXTEND(ArgKind.COUNT, -1),
    /** {@code (set, ..., iterable -- set, ...)} */
    SET_UPDATE(ArgKind.COUNT, -1),
    /** {@code (dict, ..., mapping -- dict, ...)} {@code dict.update(mapping)}; TypeError "'x' object is not a mapping". */
    DICT_UPDATE(ArgKind.COUNT, -1),
    /**
     * {@code (callable, ..., dict, ..., mapping -- ...)} Like DICT_UPDATE for {@code f(**m)}:
     * duplicate keys raise "f() got multiple values for keyword argument 'k'" (the function is
     * found 2 slots below the dict: {@code stack[-oparg - 2]} after popping).
     */
    DICT_MERGE(ArgKind.COUNT, -1),
    /** {@code (list -- tuple)} */
    LIST_TO_TUPLE(ArgKind.NONE, 0),
    /** {@code (seq -- v_n ... v_1)} Unpacks exactly oparg items, first item on top. */
    UNPACK_SEQUENCE(ArgKind.COUNT, 0),
    /**
     * {@code (seq -- after..., list, before...)} Star unpacking: oparg = before | (after << 8);
     * pushes the items so that the first is on top, the starred part as a list.
     */
    UNPACK_EX(ArgKind.RAW, 0),
    /**
     * {@code (v -- str)} or {@code (v, spec -- str)} f-string field: {@code oparg & 3} is the
     * conversion (0 none, 1 str, 2 repr, 3 ascii); {@code oparg & 4} means a format spec is on
     * the stack. The result is {@code format(conv(v), spec)}.
     */
    FORMAT_VALUE(ArgKind.FLAGS, 0),

    /** {@code ( -- builtins.__build_class__)} */
    LOAD_BUILD_CLASS(ArgKind.NONE, 1),
    /** {@code ( -- )} Creates {@code __annotations__ = {}} in the locals mapping if absent. */
    SETUP_ANNOTATIONS(ArgKind.NONE, 0),
    /** {@code ( -- v)} Pushes the locals mapping (unused by the 3.11 code shape; kept for 3.12 class bodies). */
    LOAD_LOCALS(ArgKind.NONE, 1),

    /** {@code (level, fromlist -- module)} {@code __import__(co_names[oparg], globals, locals, fromlist, level)}. */
    IMPORT_NAME(ArgKind.NAME, -1),
    /** {@code (module -- module, attr)} attribute {@code co_names[oparg]} or submodule; ImportError "cannot import name". */
    IMPORT_FROM(ArgKind.NAME, 1),
    /** {@code (module -- )} {@code from module import *} into the locals mapping. */
    IMPORT_STAR(ArgKind.NONE, -1),

    /** {@code (exc -- prev_exc, exc)} Saves the handled-exception register, sets it to exc. */
    PUSH_EXC_INFO(ArgKind.NONE, 1),
    /** {@code (prev_exc -- )} Restores the handled-exception register. */
    POP_EXCEPT(ArgKind.NONE, -1),
    /** {@code (exc, type -- exc, bool)} {@code isinstance(exc, type)}-style except match (TypeError if type is not an exception class or tuple of them). */
    CHECK_EXC_MATCH(ArgKind.NONE, 0),
    /**
     * {@code (exc, type -- rest, match)} except* split of an exception group: match is None when
     * nothing matched (then rest is exc); a naked matching exception is wrapped in an
     * ExceptionGroup. Sets the handled-exception register to match when it is not None.
     */
    CHECK_EG_MATCH(ArgKind.NONE, 0),
    /** {@code (orig, list -- exc_or_None)} Combines the raised / re-raised exceptions of an except* statement (CPython's {@code _PyExc_PrepReraiseStar}). */
    PREP_RERAISE_STAR(ArgKind.NONE, -1),
    /**
     * {@code (exc -- )} Re-raises exc without adding a traceback entry. If oparg is non-zero,
     * {@code stack[-1 - oparg]} (before the pop) is an int lasti that becomes the frame's current
     * instruction for the traceback.
     */
    RERAISE(ArgKind.COUNT, -1),
    /** {@code (exc, cause -- )} oparg 0: re-raise the handled exception; 1: raise exc; 2: raise exc from cause. */
    RAISE_VARARGS(ArgKind.COUNT, 0),
    /** {@code ( -- AssertionError)} The class, pushed by {@code assert} before an optional message and CALL / RAISE. */
    LOAD_ASSERTION_ERROR(ArgKind.NONE, 1),

    /** {@code (mgr -- exit, enter_result)} Looks up {@code __exit__} (bound) and calls {@code __enter__}. */
    BEFORE_WITH(ArgKind.NONE, 1),
    /** {@code (mgr -- aexit, aenter_awaitable)} */
    BEFORE_ASYNC_WITH(ArgKind.NONE, 1),
    /**
     * {@code (exit, lasti, prev_exc, exc -- exit, lasti, prev_exc, exc, res)} Calls
     * {@code exit(type(exc), exc, exc.__traceback__)}.
     */
    WITH_EXCEPT_START(ArgKind.NONE, 1),

    /**
     * {@code ( -- sent)} First instruction of a generator / coroutine / async generator code:
     * creates the generator for the current frame and returns it. The frame continues at the
     * next instruction on the first resumption, with the sent value pushed.
     */
    RETURN_GENERATOR(ArgKind.NONE, 1),
    /** {@code (v -- sent)} Suspends the frame yielding v; oparg 1 marks delegation (see the class comment). */
    YIELD_VALUE(ArgKind.FLAGS, 0),
    /** {@code (v -- wrapped)} Async generators: wraps a yielded value so the awaiting machinery hands it to the consumer. */
    ASYNC_GEN_WRAP(ArgKind.NONE, 0),
    /**
     * {@code (receiver, v -- receiver, yielded)} Sends v into receiver ({@code next()} when v is
     * None and receiver is an iterator, else {@code receiver.send(v)}). If the receiver returns
     * (StopIteration), {@code (receiver, v -- receiver, retval)} and jump to oparg.
     */
    SEND(ArgKind.JUMP, 0),
    /** {@code (receiver, value -- value)} */
    END_SEND(ArgKind.NONE, -1),
    /**
     * {@code (receiver, last_sent, exc -- None, value)} Handler of a delegating YIELD_VALUE:
     * if exc is StopIteration pushes its value (then continues), else re-raises exc.
     */
    CLEANUP_THROW(ArgKind.NONE, -1),
    /** {@code (iterable -- iter)} {@code iter()} unless it is a generator or (in a coroutine context) a coroutine. */
    GET_YIELD_FROM_ITER(ArgKind.NONE, 0),
    /**
     * {@code (v -- awaitable_iter)} For {@code await}; oparg 0 plain await, 1 after
     * {@code __aenter__}, 2 after {@code __aexit__} (only changes the error message).
     */
    GET_AWAITABLE(ArgKind.RAW, 0),
    /** {@code (aiterable -- aiter)} {@code aiterable.__aiter__()}. */
    GET_AITER(ArgKind.NONE, 0),
    /** {@code (aiter -- aiter, awaitable)} {@code aiter.__anext__()} made awaitable. */
    GET_ANEXT(ArgKind.NONE, 1),
    /** {@code (aiter, exc -- )} Handler of an async for: StopAsyncIteration ends the loop, others are re-raised. */
    END_ASYNC_FOR(ArgKind.NONE, -2),

    /** {@code (subject -- subject, bool)} Is subject a mapping (Py_TPFLAGS_MAPPING)? */
    MATCH_MAPPING(ArgKind.NONE, 1),
    /** {@code (subject -- subject, bool)} Is subject a sequence (Py_TPFLAGS_SEQUENCE)? */
    MATCH_SEQUENCE(ArgKind.NONE, 1),
    /** {@code (subject, keys_tuple -- subject, keys_tuple, values_tuple_or_None)} */
    MATCH_KEYS(ArgKind.NONE, 1),
    /**
     * {@code (subject, cls, kw_names_tuple -- attrs_tuple_or_None)} Class pattern with oparg
     * positional sub-patterns ({@code __match_args__}); None when it does not match.
     */
    MATCH_CLASS(ArgKind.COUNT, -2),
    /** {@code (v -- v, len(v))} */
    GET_LEN(ArgKind.NONE, 1),

    /** {@code (v -- )} SINGLE mode: {@code sys.displayhook(v)}. */
    PRINT_EXPR(ArgKind.NONE, -1),

    // ------------------------------------------------------------ specialized (quickened) forms
    // Never emitted by the compiler: the interpreter rewrites a generic instruction into one of
    // these in the code object's quickened copy ({@code PyCode.instrs}); the oparg is the generic
    // instruction's, the stack effect too. See {@code interp/Specializer}.

    /** BINARY_OP on two exact ints (long fast path, BigInteger on overflow). */
    BINARY_OP_INT(BINARY_OP),
    /** BINARY_OP on exact floats, or an exact float with an exact int (either side). */
    BINARY_OP_FLOAT(BINARY_OP),
    /** {@code +} / {@code +=} on two exact strs. */
    BINARY_OP_ADD_UNICODE(BINARY_OP),
    /** COMPARE_OP on two exact ints. */
    COMPARE_OP_INT(COMPARE_OP),
    /** COMPARE_OP on two exact floats. */
    COMPARE_OP_FLOAT(COMPARE_OP),
    /** COMPARE_OP on two exact strs. */
    COMPARE_OP_STR(COMPARE_OP),
    /** BINARY_SUBSCR exact list by exact int. */
    BINARY_SUBSCR_LIST_INT(BINARY_SUBSCR),
    /** BINARY_SUBSCR exact tuple by exact int. */
    BINARY_SUBSCR_TUPLE_INT(BINARY_SUBSCR),
    /** BINARY_SUBSCR exact str by exact int. */
    BINARY_SUBSCR_STR_INT(BINARY_SUBSCR),
    /** BINARY_SUBSCR of an exact dict. */
    BINARY_SUBSCR_DICT(BINARY_SUBSCR),
    /** STORE_SUBSCR into an exact list by exact int. */
    STORE_SUBSCR_LIST_INT(STORE_SUBSCR),
    /** STORE_SUBSCR into an exact dict. */
    STORE_SUBSCR_DICT(STORE_SUBSCR),
    /** UNPACK_SEQUENCE of an exact tuple of the expected length. */
    UNPACK_SEQUENCE_TUPLE(UNPACK_SEQUENCE),
    /** UNPACK_SEQUENCE of an exact list of the expected length. */
    UNPACK_SEQUENCE_LIST(UNPACK_SEQUENCE),
    /** FOR_ITER over a range iterator. */
    FOR_ITER_RANGE(FOR_ITER),
    /** FOR_ITER over a list, tuple or str iterator (the runtime's {@code SeqIterator}). */
    FOR_ITER_SEQ(FOR_ITER),
    /** LOAD_GLOBAL found in the module globals (cached dict entry position, keys version checked). */
    LOAD_GLOBAL_MODULE(LOAD_GLOBAL),
    /** LOAD_GLOBAL found in the builtins (globals and builtins keys versions checked). */
    LOAD_GLOBAL_BUILTIN(LOAD_GLOBAL),
    /** {@code +} / {@code +=} on two exact ints (long fast path, {@code Math.addExact}). */
    BINARY_OP_ADD_INT(BINARY_OP),
    /** {@code -} / {@code -=} on two exact ints. */
    BINARY_OP_SUBTRACT_INT(BINARY_OP),
    /** {@code *} / {@code *=} on two exact ints. */
    BINARY_OP_MULTIPLY_INT(BINARY_OP),
    /** {@code +} / {@code +=} on two exact floats. */
    BINARY_OP_ADD_FLOAT(BINARY_OP),
    /** {@code -} / {@code -=} on two exact floats. */
    BINARY_OP_SUBTRACT_FLOAT(BINARY_OP),
    /** {@code *} / {@code *=} on two exact floats. */
    BINARY_OP_MULTIPLY_FLOAT(BINARY_OP),
    /** LOAD_ATTR of an instance attribute held in the shape's value array (type version and shape checked). */
    LOAD_ATTR_INSTANCE_VALUE(LOAD_ATTR),
    /** LOAD_ATTR method form: a function or method descriptor found on the type, pushed unbound with self. */
    LOAD_ATTR_METHOD(LOAD_ATTR),
    /** LOAD_ATTR of a plain (non-descriptor) class attribute, read through an instance whose shape lacks the name. */
    LOAD_ATTR_CLASS_VALUE(LOAD_ATTR),
    /** LOAD_ATTR on a class ({@code C.name}) finding a plain value or function in its MRO (type version checked). */
    LOAD_ATTR_CLASS(LOAD_ATTR),
    /** LOAD_ATTR on a module: its dict entry by keys version and position. */
    LOAD_ATTR_MODULE(LOAD_ATTR),
    /** LOAD_ATTR of a {@code property} on the type: calls its getter. */
    LOAD_ATTR_PROPERTY(LOAD_ATTR),
    /** STORE_ATTR to an existing slot of the instance's shape. */
    STORE_ATTR_INSTANCE_VALUE(STORE_ATTR),
    /** STORE_ATTR adding an attribute: the cached shape transition. */
    STORE_ATTR_ADD_VALUE(STORE_ATTR),
    /**
     * COMPARE_OP on two exact ints followed by POP_JUMP_IF_FALSE/TRUE: compares and takes that
     * jump itself, skipping it (CPython 3.11's COMPARE_OP_INT_JUMP); on a miss it pushes the
     * generic result and lets the jump instruction run.
     */
    COMPARE_OP_INT_JUMP(COMPARE_OP),
    /** COMPARE_OP_INT_JUMP's float form. */
    COMPARE_OP_FLOAT_JUMP(COMPARE_OP),
    /** COMPARE_OP_INT_JUMP's str form. */
    COMPARE_OP_STR_JUMP(COMPARE_OP),
    CALL_PY_EXACT_ARGS(CALL),
    CALL_PY_CLASS(CALL),
    /** {@code len(x)} with the builtin {@code len}: no argument array, no builtin dispatch. */
    CALL_NO_KW_LEN(CALL),
    /** {@code isinstance(x, cls)} with the builtin {@code isinstance}. */
    CALL_NO_KW_ISINSTANCE(CALL),
    /** {@code type(x)} with one argument. */
    CALL_NO_KW_TYPE_1(CALL),
    /** {@code lst.append(x)} on a list (the LOAD_ATTR method form). */
    CALL_NO_KW_LIST_APPEND(CALL),
    /** A builtin type's method ({@code method_descriptor}) called in the method form, self's type checked once. */
    CALL_NO_KW_METHOD_DESCRIPTOR(CALL),
    /** A builtin function ({@code builtin_function_or_method}) without keywords. */
    CALL_NO_KW_BUILTIN(CALL),
    /** FOR_ITER over a plain generator: resumes its frame directly (CPython 3.12's FOR_ITER_GEN). */
    FOR_ITER_GEN(FOR_ITER),
    /** A binary operator whose left operand's class defines it in Python ({@code Vector.__add__}): the dunder's frame is run directly. */
    BINARY_OP_USER(BINARY_OP),
    /** A Python function called with keywords (KW_NAMES) whose names map to its parameters as cached: no argument array, no name search. */
    CALL_PY_KW(CALL),
    /**
     * A builtin class called with up to two arguments whose result needs no Python code for
     * exact builtin values: {@code int(x)}, {@code float(x)}, {@code str(x)}, {@code tuple(x)},
     * {@code range(n)}, {@code range(a, b)}, {@code set()}, {@code list()}, {@code dict()}.
     */
    CALL_NO_KW_BUILTIN_CLASS(CALL),
    // Superinstructions (CPython 3.11's): two instructions in one dispatch, made once per code
    // object by Quickening.combine. The second instruction stays intact in the array (a jump may
    // target it); the pair reads only its oparg. Stack effect and generic form: the first's.
    /** LOAD_FAST, then the next instruction's LOAD_FAST. */
    LOAD_FAST__LOAD_FAST(LOAD_FAST),
    /** LOAD_FAST, then the next instruction's LOAD_CONST. */
    LOAD_FAST__LOAD_CONST(LOAD_FAST),
    /** LOAD_CONST, then the next instruction's LOAD_FAST. */
    LOAD_CONST__LOAD_FAST(LOAD_CONST),
    /** STORE_FAST, then the next instruction's LOAD_FAST. */
    STORE_FAST__LOAD_FAST(STORE_FAST),
    /** STORE_FAST, then the next instruction's STORE_FAST. */
    STORE_FAST__STORE_FAST(STORE_FAST),
    /**
     * LOAD_FAST, then the next instruction (a LOAD_ATTR or a STORE_ATTR) when it is in the
     * LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_METHOD or STORE_ATTR_INSTANCE_VALUE/ADD_VALUE form
     * ({@code self.x}, {@code self.m(...)}, {@code self.x = v}: the most frequent pairs in the
     * object-heavy benchmarks); any other form of it is dispatched on its own.
     */
    LOAD_FAST__LOAD_ATTR(LOAD_FAST),
    /**
     * A builtin type's method without arguments ({@code s.lower()}) whose descriptor has an
     * array-free body: the descriptor and self's class checked, then the body called directly
     * (CPython 3.11's CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS).
     */
    CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS(CALL),
    /** As CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS with one argument ({@code s.add(x)}; CPython's _O). */
    CALL_NO_KW_METHOD_DESCRIPTOR_O(CALL),
    /** As CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS with two arguments ({@code d.get(k, 0)}). */
    CALL_NO_KW_METHOD_DESCRIPTOR_FAST(CALL),
    /** A builtin function with an array-free one-argument body ({@code ord(c)}; CPython's CALL_NO_KW_BUILTIN_O). */
    CALL_NO_KW_BUILTIN_O(CALL),
    /** A builtin function with an array-free two-argument body ({@code max(a, b)}). */
    CALL_NO_KW_BUILTIN_FAST(CALL),
    /** IS_OP, then the next instruction's POP_JUMP_IF_FALSE/TRUE: no bool pushed and popped. */
    IS_OP__POP_JUMP(IS_OP),
    /** CONTAINS_OP, then the next instruction's POP_JUMP_IF_FALSE/TRUE. */
    CONTAINS_OP__POP_JUMP(CONTAINS_OP),
    /**
     * CALL_PY_EXACT_ARGS whose next instruction is a POP_TOP (a call statement) or a plain
     * STORE_FAST ({@code x = f(...)}): does that instruction too and skips it, one dispatch less
     * per call.
     */
    CALL_PY_EXACT_ARGS_POP(CALL),
    /**
     * COPY 2, then the next instruction's COPY 2 and the BINARY_SUBSCR after it, in whatever
     * form that is: the load half of an augmented subscript assignment ({@code a[k] += v}),
     * {@code (o, k -- o, k, o[k])} in one dispatch.
     */
    COPY__COPY__BINARY_SUBSCR(COPY),
    /**
     * SWAP 3, then the next instruction's SWAP 2 and the STORE_SUBSCR after it, in whatever form
     * that is: the store half of an augmented subscript assignment, {@code (o, k, v -- )}.
     */
    SWAP__SWAP__STORE_SUBSCR(SWAP),
    /** LOAD_CONST, then the next instruction's RETURN_VALUE (CPython 3.12's RETURN_CONST). */
    LOAD_CONST__RETURN_VALUE(LOAD_CONST),
    /**
     * A JUMP_FORWARD whose target is a RETURN_VALUE ({@code return a if c else b}): returns as
     * that RETURN_VALUE does, with it as the frame's last instruction.
     */
    JUMP_FORWARD__RETURN_VALUE(JUMP_FORWARD),
    /**
     * Never compiled nor quickened: the word a traced frame's private copy of its code holds at
     * every instruction but the one it runs next, and that a code object running in a frame
     * {@code sys.settrace} must reach holds everywhere (interp.TraceHooks), so that the dispatch
     * loop stops there for the trace function; the oparg is the replaced instruction's.
     */
    TRACE(ArgKind.NONE, 0),
    /**
     * LOAD_ATTR of a {@code __slots__} member of an instance ({@code runtime.PyMemberDescr}): the
     * instance's member array at the descriptor's index, type version checked; an unset member
     * takes the generic path (AttributeError).
     */
    LOAD_ATTR_SLOT(LOAD_ATTR),
    /** STORE_ATTR to a {@code __slots__} member of an instance: its member array, type version checked. */
    STORE_ATTR_SLOT(STORE_ATTR),
    /**
     * FOR_ITER over a dict's key, value or item iterator (the runtime's {@code DictIterator}); an
     * item unpacked at once ({@code for k, v in d.items()}) is pushed as its two halves, the
     * UNPACK_SEQUENCE skipped, so no tuple is made.
     */
    FOR_ITER_DICT(FOR_ITER),
    /**
     * FOR_ITER over an exact {@code enumerate} of a range, list, tuple or str iterator, or an
     * exact {@code zip} of two such iterators; as FOR_ITER_DICT, a pair unpacked at once is
     * pushed as its two halves.
     */
    FOR_ITER_PAIRS(FOR_ITER);

    /** What an instruction's oparg means. */
    public enum ArgKind {
        /** No operand (oparg is 0). */
        NONE,
        /** Index into {@code co_consts}. */
        CONST,
        /** Index into {@code co_names}. */
        NAME,
        /** {@code (index into co_names) << 1 | flag}. */
        NAME_FLAG,
        /** Index into the fast locals ({@code co_varnames} part). */
        LOCAL,
        /** Index into the fast locals of a cell or free variable ({@code co_localsplusnames}). */
        DEREF,
        /** Absolute instruction index. */
        JUMP,
        /** A count or stack distance (see the instruction). */
        COUNT,
        /** Bit flags (see the instruction). */
        FLAGS,
        /** {@link BinaryOp} ordinal. */
        BINARY_OP,
        /** Comparison number (0..5). */
        COMPARE,
        /** 0 or 1 (negated form). */
        INVERT,
        /** Another encoding, described on the instruction. */
        RAW
    }

    /**
     * The operators of {@link #BINARY_OP} in CPython's {@code NB_*} order; the oparg is the
     * ordinal. Entries from {@link #INPLACE_ADD} on are the augmented-assignment forms.
     */
    public enum BinaryOp {
        ADD("+"), AND("&"), FLOOR_DIVIDE("//"), LSHIFT("<<"), MATRIX_MULTIPLY("@"), MULTIPLY("*"),
        REMAINDER("%"), OR("|"), POWER("**"), RSHIFT(">>"), SUBTRACT("-"), TRUE_DIVIDE("/"), XOR("^"),
        INPLACE_ADD("+="), INPLACE_AND("&="), INPLACE_FLOOR_DIVIDE("//="), INPLACE_LSHIFT("<<="),
        INPLACE_MATRIX_MULTIPLY("@="), INPLACE_MULTIPLY("*="), INPLACE_REMAINDER("%="), INPLACE_OR("|="),
        INPLACE_POWER("**="), INPLACE_RSHIFT(">>="), INPLACE_SUBTRACT("-="), INPLACE_TRUE_DIVIDE("/="),
        INPLACE_XOR("^=");

        /** Source spelling, as in CPython's error messages ("unsupported operand type(s) for +="). */
        public final String symbol;

        private static final BinaryOp[] VALUES = values();

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        /** Whether this is an augmented-assignment form. */
        public boolean isInplace() {
            return ordinal() >= INPLACE_ADD.ordinal();
        }

        /** The plain operator of an in-place one (itself for a plain one). */
        public BinaryOp plain() {
            return isInplace() ? VALUES[ordinal() - INPLACE_ADD.ordinal()] : this;
        }

        /** The operator for an oparg. */
        public static BinaryOp of(int oparg) {
            return VALUES[oparg];
        }
    }

    /** Comparison symbols by COMPARE_OP oparg. */
    public static final String[] COMPARE_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};

    private static final Opcode[] VALUES = values();

    /** What the oparg means. */
    public final ArgKind argKind;
    private final int baseEffect;

    /** The generic instruction a specialized one stands for (null for a generic instruction). */
    private final Opcode base;

    Opcode(ArgKind argKind, int baseEffect) {
        this.argKind = argKind;
        this.baseEffect = baseEffect;
        this.base = null;
    }

    Opcode(Opcode base) {
        this.argKind = base.argKind;
        this.baseEffect = base.baseEffect;
        this.base = base;
    }

    /** The generic instruction: itself, or the one a specialized (quickened) form replaces. */
    public Opcode generic() {
        return base == null ? this : base;
    }

    /** Whether this is a specialized form, found only in quickened code, never emitted by the compiler. */
    public boolean isSpecialized() {
        return base != null;
    }

    /** The opcode with this ordinal (the low 8 bits of a code word). */
    public static Opcode of(int ordinal) {
        return VALUES[ordinal];
    }

    /** One code word: ordinal in the low 8 bits, oparg (0 .. 2^24-1) above. */
    public static int encode(Opcode op, int oparg) {
        if (oparg < 0 || oparg > 0xFFFFFF) {
            throw new IllegalArgumentException("oparg out of range: " + oparg);
        }
        return op.ordinal() | (oparg << 8);
    }

    /** The opcode ordinal of a code word. */
    public static int opcodeOf(int word) {
        return word & 0xFF;
    }

    /** The oparg of a code word (0 .. 2^24-1). */
    public static int opargOf(int word) {
        return word >>> 8;
    }

    /** Whether the oparg is an instruction index to jump to. */
    public boolean hasJump() {
        return argKind == ArgKind.JUMP;
    }

    /** Whether control never continues with the next instruction. */
    public boolean isTerminator() {
        return switch (this) {
            case RETURN_VALUE, RERAISE, RAISE_VARARGS, JUMP_FORWARD, JUMP_BACKWARD,
                 JUMP_BACKWARD_NO_INTERRUPT -> true;
            default -> false;
        };
    }

    /** Whether the instruction is an unconditional jump. */
    public boolean isUnconditionalJump() {
        return this == JUMP_FORWARD || this == JUMP_BACKWARD || this == JUMP_BACKWARD_NO_INTERRUPT;
    }

    /**
     * How many stack entries this generic instruction with {@code oparg} reads: what it pops,
     * and for those that peek below (COPY, LIST_APPEND, DICT_MERGE's function), how deep; -1 for
     * an argument no compiler emits (COPY 0, SWAP 1, RAISE_VARARGS 3). The left side of each
     * entry's stack comment (CPython's {@code _PyOpcode_num_popped}); {@link #stackEffect} is the
     * net change.
     */
    public int inputs(int oparg) {
        return switch (this) {
            case NOP, PUSH_NULL, LOAD_CONST, LOAD_NAME, DELETE_NAME, LOAD_GLOBAL, DELETE_GLOBAL, LOAD_FAST,
                 DELETE_FAST, MAKE_CELL, COPY_FREE_VARS, LOAD_CLOSURE, LOAD_DEREF, LOAD_CLASSDEREF, DELETE_DEREF,
                 KW_NAMES, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, LOAD_BUILD_CLASS,
                 SETUP_ANNOTATIONS, LOAD_LOCALS, LOAD_ASSERTION_ERROR, RETURN_GENERATOR -> 0;
            case BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, BINARY_SUBSCR, DELETE_SUBSCR, STORE_ATTR, IMPORT_NAME,
                 CHECK_EXC_MATCH, CHECK_EG_MATCH, PREP_RERAISE_STAR, SEND, END_SEND, END_ASYNC_FOR, MATCH_KEYS -> 2;
            case STORE_SUBSCR, CLEANUP_THROW, MATCH_CLASS -> 3;
            case WITH_EXCEPT_START -> 4;
            case RERAISE -> 1 + (oparg != 0 ? oparg : 0);
            case FORMAT_VALUE -> (oparg & 0x04) != 0 ? 2 : 1;
            case BUILD_SLICE -> oparg == 2 || oparg == 3 ? oparg : -1;
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> oparg;
            case BUILD_MAP -> 2 * oparg;
            case BUILD_CONST_KEY_MAP -> oparg + 1;
            case CALL -> oparg + 2;
            case CALL_FUNCTION_EX -> 3 + (oparg & 1);
            case MAKE_FUNCTION -> 1 + Integer.bitCount(oparg & 0x0F);
            case RAISE_VARARGS -> oparg <= 2 ? oparg : -1;
            case COPY -> oparg >= 1 ? oparg : -1;
            case SWAP -> oparg >= 2 ? oparg : -1;
            case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE -> oparg + 1;
            case MAP_ADD -> oparg + 2;
            case DICT_MERGE -> oparg + 3;
            default -> 1; // every other instruction takes one operand (its stack comment above)
        };
    }

    /**
     * Net change of the value-stack depth (CPython's {@code stack_effect}).
     *
     * @param jump for a jump instruction, the effect when the jump is taken; ignored otherwise
     */
    public int stackEffect(int oparg, boolean jump) {
        if (base != null) {
            return base.stackEffect(oparg, jump);
        }
        return switch (this) {
            case BUILD_SLICE -> oparg == 3 ? -2 : -1;
            case LOAD_GLOBAL -> 1 + (oparg & 1);
            case LOAD_ATTR -> oparg & 1;
            case CALL -> -oparg - 1;
            case CALL_FUNCTION_EX -> -2 - (oparg & 1);
            case MAKE_FUNCTION -> -Integer.bitCount(oparg & 0x0F);
            case JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP -> jump ? 0 : -1;
            case FOR_ITER -> jump ? -1 : 1;
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - oparg;
            case BUILD_MAP -> 1 - 2 * oparg;
            case BUILD_CONST_KEY_MAP -> -oparg;
            case UNPACK_SEQUENCE -> oparg - 1;
            case UNPACK_EX -> (oparg & 0xFF) + (oparg >> 8);
            case FORMAT_VALUE -> (oparg & 4) != 0 ? -1 : 0;
            case RAISE_VARARGS -> -oparg;
            default -> baseEffect;
        };
    }
}
