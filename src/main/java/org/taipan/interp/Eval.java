package org.taipan.interp;

import org.taipan.code.CodeObject;
import org.taipan.code.Op;
import org.taipan.code.Opcode;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyCell;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PySet;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTraceback;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.ThreadState;

/**
 * The tier-1 interpreter: one dispatch method ({@link #execute}) over a frame's bytecode, one
 * short case per instruction, the work of bigger instructions in {@link Ops}. Python calls are
 * Java calls of {@link #run}; the Python recursion depth is counted there. Exceptions unwind
 * through the code object's exception table (CPython 3.11's zero-cost scheme), adding one
 * traceback entry per frame they leave or are caught in.
 */
public final class Eval {
    private Eval() {}

    /** Calls a Python function: binds the arguments into a new frame and runs it. */
    public static PyObject callFunction(PyFunction func, PyObject[] args, String[] kwnames) {
        return callFunction(ThreadState.current(), func, args, kwnames);
    }

    /** {@link #callFunction(PyFunction, PyObject[], String[])} on the thread {@code ts} (the caller's). */
    static PyObject callFunction(ThreadState ts, PyFunction func, PyObject[] args, String[] kwnames) {
        Frame f = new Frame(func.code, func, func.globals, func.builtins, null);
        ArgBinder.bind(func, f.fast, args, kwnames);
        return run(ts, f);
    }

    /**
     * Calls a Python function as a method: {@code func(self, *args)} with keywords named by the
     * last {@code kwnames.length} arguments. When the call fills exactly the positional
     * parameters, {@code self} and the arguments go straight into the new frame (no joined
     * array, no {@link ArgBinder}).
     */
    public static PyObject callMethod(PyFunction func, PyObject self, PyObject[] args, String[] kwnames) {
        if (kwnames == null && CallSpecializer.binds(func, args.length + 1)) {
            Frame f = CallSpecializer.frameFor(func, args.length + 1);
            f.fast[0] = self;
            System.arraycopy(args, 0, f.fast, 1, args.length);
            return run(ThreadState.current(), f);
        }
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return callFunction(func, all, kwnames);
    }

    /** Runs module-level code with {@code globals} as its namespace. */
    public static PyObject runModule(ThreadState ts, org.taipan.runtime.PyCode code, PyDict globals, PyDict builtins) {
        Frame f = new Frame(code, null, globals, builtins, globals);
        return run(ts, f);
    }

    /** Runs code (from {@code exec}, {@code eval}) with the given namespaces. */
    public static PyObject runCode(ThreadState ts, org.taipan.runtime.PyCode code, PyDict globals, PyObject locals) {
        PyObject b = globals.getItem(PyStr.of("__builtins__"));
        PyDict builtins = b instanceof org.taipan.runtime.PyModule m ? m.dict() : b instanceof PyDict d ? d
                : ts.interpreter.builtins();
        Frame f = new Frame(code, null, globals, builtins, locals);
        return run(ts, f);
    }

    /** Runs a class body ({@code __build_class__}): the function's code with {@code ns} as its locals. */
    public static PyObject runClassBody(PyFunction func, PyObject ns) {
        Frame f = new Frame(func.code, func, func.globals, func.builtins, ns);
        return run(ThreadState.current(), f);
    }

    /**
     * Runs (or resumes) a frame on the calling thread.
     *
     * @throws PyException RecursionError beyond {@code sys.getrecursionlimit()}
     */
    public static PyObject run(ThreadState ts, Frame f) {
        if (++ts.depth > ts.interpreter.recursionLimit()) {
            ts.depth--;
            throw Errors.of(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
        }
        f.back = ts.frame;
        ts.frame = f;
        try {
            if (ts.events.pending) {
                PendingEventHandler.handle(ts);
            }
            return execute(ts, f);
        } finally {
            ts.frame = f.back;
            f.back = null;
            ts.depth--;
        }
    }

    /** The dispatch loop. Keep each case short: HotSpot does not compile a method over 8000 bytecodes. */
    static PyObject execute(ThreadState ts, Frame f) {
        final PyCode q = f.code;
        final CodeObject co = q.code;
        final int[] code = q.instrs;
        final int[] counters = q.counters;
        final PyObject[] consts = f.code.consts;
        final PyStr[] names = f.code.names;
        final PyObject[] fast = f.fast;
        final PyObject[] stack = f.stack;
        int sp = f.sp;
        int ip = f.ip;
        int i = ip;
        String[] kwnames = null;
        boolean reraise = false;
        while (true) {
            try {
                if (f.pendingThrow != null) {
                    PyBaseException p = f.pendingThrow;
                    f.pendingThrow = null;
                    i = Math.max(ip - 1, 0);
                    throw new PyException(p);
                }
                while (true) {
                    i = ip;
                    int word = code[ip++];
                    int oparg = word >>> 8;
                    switch (word & 0xFF) {
                        case Op.NOP -> { }
                        case Op.POP_TOP -> stack[--sp] = null;
                        case Op.PUSH_NULL -> stack[sp++] = null;
                        case Op.COPY -> { stack[sp] = stack[sp - oparg]; sp++; }
                        case Op.SWAP -> { PyObject t = stack[sp - 1]; stack[sp - 1] = stack[sp - oparg]; stack[sp - oparg] = t; }
                        case Op.UNARY_POSITIVE -> stack[sp - 1] = Abstract.positive(stack[sp - 1]);
                        case Op.UNARY_NEGATIVE -> stack[sp - 1] = Abstract.negative(stack[sp - 1]);
                        case Op.UNARY_NOT -> stack[sp - 1] = PyBool.of(!Ops.isTrue(stack[sp - 1]));
                        case Op.UNARY_INVERT -> stack[sp - 1] = Abstract.invert(stack[sp - 1]);
                        case Op.BINARY_OP -> { PyObject b = stack[--sp]; stack[sp] = null; if (--counters[i] < 0) { Specializer.binaryOp(q, i, oparg, stack[sp - 1], b); } stack[sp - 1] = Ops.binaryOp(oparg, stack[sp - 1], b); }
                        case Op.BINARY_OP_INT -> { PyObject b = stack[--sp]; stack[sp] = null; stack[sp - 1] = SpecializedOps.binaryInt(q, i, oparg, stack[sp - 1], b); }
                        case Op.BINARY_OP_FLOAT -> { PyObject b = stack[--sp]; stack[sp] = null; stack[sp - 1] = SpecializedOps.binaryFloat(q, i, oparg, stack[sp - 1], b); }
                        case Op.BINARY_OP_ADD_INT -> { PyObject b = stack[--sp]; stack[sp] = null; stack[sp - 1] = SpecializedOps.addInt(q, i, oparg, stack[sp - 1], b); }
                        case Op.BINARY_OP_SUBTRACT_INT -> { PyObject b = stack[--sp]; stack[sp] = null; stack[sp - 1] = SpecializedOps.subtractInt(q, i, oparg, stack[sp - 1], b); }
                        case Op.BINARY_OP_MULTIPLY_INT -> { PyObject b = stack[--sp]; stack[sp] = null; stack[sp - 1] = SpecializedOps.multiplyInt(q, i, oparg, stack[sp - 1], b); }
                        case Op.BINARY_OP_ADD_FLOAT -> { PyObject b = stack[--sp]; stack[sp] = null; stack[sp - 1] = SpecializedOps.addFloat(q, i, oparg, stack[sp - 1], b); }
                        case Op.BINARY_OP_SUBTRACT_FLOAT -> { PyObject b = stack[--sp]; stack[sp] = null; stack[sp - 1] = SpecializedOps.subtractFloat(q, i, oparg, stack[sp - 1], b); }
                        case Op.BINARY_OP_MULTIPLY_FLOAT -> { PyObject b = stack[--sp]; stack[sp] = null; stack[sp - 1] = SpecializedOps.multiplyFloat(q, i, oparg, stack[sp - 1], b); }
                        case Op.BINARY_OP_ADD_UNICODE -> { PyObject b = stack[--sp]; stack[sp] = null; stack[sp - 1] = SpecializedOps.addUnicode(q, i, oparg, stack[sp - 1], b); }
                        case Op.BINARY_OP_USER -> { PyObject b = stack[--sp]; stack[sp] = null; f.lasti = i; stack[sp - 1] = CallOps.binaryUser(ts, q, i, oparg, stack[sp - 1], b); }
                        case Op.COMPARE_OP -> { PyObject b = stack[--sp]; stack[sp] = null; if (--counters[i] < 0) { Specializer.compareOp(q, i, stack[sp - 1], b); } stack[sp - 1] = Ops.compare(oparg, stack[sp - 1], b); }
                        case Op.COMPARE_OP_INT -> { PyObject b = stack[--sp]; stack[sp] = null; stack[sp - 1] = SpecializedOps.compareInt(q, i, oparg, stack[sp - 1], b); }
                        case Op.COMPARE_OP_FLOAT -> { PyObject b = stack[--sp]; stack[sp] = null; stack[sp - 1] = SpecializedOps.compareFloat(q, i, oparg, stack[sp - 1], b); }
                        case Op.COMPARE_OP_INT_JUMP -> { int r = SpecializedOps.compareIntJump(q, i, oparg, stack[sp - 2], stack[sp - 1]); if (r >= 0) { sp = clear(stack, sp, 2); ip = SpecializedOps.branch(code, ip, r); } else { sp = Ops.compareOnStack(stack, sp, oparg); } }
                        case Op.COMPARE_OP_FLOAT_JUMP -> { int r = SpecializedOps.compareFloatJump(q, i, oparg, stack[sp - 2], stack[sp - 1]); if (r >= 0) { sp = clear(stack, sp, 2); ip = SpecializedOps.branch(code, ip, r); } else { sp = Ops.compareOnStack(stack, sp, oparg); } }
                        case Op.COMPARE_OP_STR_JUMP -> { int r = SpecializedOps.compareStrJump(q, i, oparg, stack[sp - 2], stack[sp - 1]); if (r >= 0) { sp = clear(stack, sp, 2); ip = SpecializedOps.branch(code, ip, r); } else { sp = Ops.compareOnStack(stack, sp, oparg); } }
                        case Op.COMPARE_OP_STR -> { PyObject b = stack[--sp]; stack[sp] = null; stack[sp - 1] = SpecializedOps.compareStr(q, i, oparg, stack[sp - 1], b); }
                        case Op.IS_OP -> { PyObject b = stack[--sp]; stack[sp] = null; stack[sp - 1] = PyBool.of((stack[sp - 1] == b) ^ (oparg == 1)); }
                        case Op.CONTAINS_OP -> { PyObject b = stack[--sp]; stack[sp] = null; stack[sp - 1] = PyBool.of(Abstract.contains(b, stack[sp - 1]) ^ (oparg == 1)); }
                        case Op.BINARY_SUBSCR -> { PyObject k = stack[--sp]; stack[sp] = null; if (--counters[i] < 0) { Specializer.binarySubscr(q, i, stack[sp - 1], k); } stack[sp - 1] = Ops.subscript(stack[sp - 1], k); }
                        case Op.BINARY_SUBSCR_LIST_INT -> { PyObject k = stack[--sp]; stack[sp] = null; stack[sp - 1] = SpecializedOps.subscrListInt(q, i, stack[sp - 1], k); }
                        case Op.BINARY_SUBSCR_TUPLE_INT -> { PyObject k = stack[--sp]; stack[sp] = null; stack[sp - 1] = SpecializedOps.subscrTupleInt(q, i, stack[sp - 1], k); }
                        case Op.BINARY_SUBSCR_STR_INT -> { PyObject k = stack[--sp]; stack[sp] = null; stack[sp - 1] = SpecializedOps.subscrStrInt(q, i, stack[sp - 1], k); }
                        case Op.BINARY_SUBSCR_DICT -> { PyObject k = stack[--sp]; stack[sp] = null; stack[sp - 1] = SpecializedOps.subscrDict(q, i, stack[sp - 1], k); }
                        case Op.STORE_SUBSCR -> { if (--counters[i] < 0) { Specializer.storeSubscr(q, i, stack[sp - 2], stack[sp - 1]); } Abstract.setItem(stack[sp - 2], stack[sp - 1], stack[sp - 3]); sp = clear(stack, sp, 3); }
                        case Op.STORE_SUBSCR_LIST_INT -> { SpecializedOps.storeListInt(q, i, stack[sp - 2], stack[sp - 1], stack[sp - 3]); sp = clear(stack, sp, 3); }
                        case Op.STORE_SUBSCR_DICT -> { SpecializedOps.storeDict(q, i, stack[sp - 2], stack[sp - 1], stack[sp - 3]); sp = clear(stack, sp, 3); }
                        case Op.DELETE_SUBSCR -> { Abstract.delItem(stack[sp - 2], stack[sp - 1]); sp = clear(stack, sp, 2); }
                        case Op.BUILD_SLICE -> sp = Ops.buildSlice(stack, sp, oparg);
                        case Op.LOAD_CONST -> stack[sp++] = consts[oparg];
                        case Op.LOAD_NAME -> stack[sp++] = Ops.loadName(f, names[oparg]);
                        case Op.STORE_NAME -> { Abstract.setItem(f.locals, names[oparg], stack[--sp]); stack[sp] = null; }
                        case Op.DELETE_NAME -> Ops.deleteName(f, names[oparg]);
                        case Op.LOAD_GLOBAL -> { if ((oparg & 1) != 0) { stack[sp++] = null; } if (--counters[i] < 0) { Specializer.loadGlobal(f, q, i, names[oparg >> 1]); } stack[sp++] = Ops.loadGlobal(f, names[oparg >> 1]); }
                        case Op.LOAD_GLOBAL_MODULE -> { if ((oparg & 1) != 0) { stack[sp++] = null; } stack[sp++] = SpecializedOps.loadGlobalModule(f, q, i, names[oparg >> 1]); }
                        case Op.LOAD_GLOBAL_BUILTIN -> { if ((oparg & 1) != 0) { stack[sp++] = null; } stack[sp++] = SpecializedOps.loadGlobalBuiltin(f, q, i, names[oparg >> 1]); }
                        case Op.STORE_GLOBAL -> { f.globals.setItem(names[oparg], stack[--sp]); stack[sp] = null; }
                        case Op.DELETE_GLOBAL -> Ops.deleteGlobal(f, names[oparg]);
                        case Op.LOAD_FAST -> { PyObject v = fast[oparg]; stack[sp++] = v != null ? v : f.unboundLocal(oparg); }
                        case Op.STORE_FAST -> { fast[oparg] = stack[--sp]; stack[sp] = null; }
                        case Op.DELETE_FAST -> { if (fast[oparg] == null) { f.unboundLocal(oparg); } fast[oparg] = null; }
                        case Op.MAKE_CELL -> fast[oparg] = new PyCell(fast[oparg]);
                        case Op.COPY_FREE_VARS -> System.arraycopy(f.function.closure, 0, fast, f.stackBase - oparg, oparg);
                        case Op.LOAD_CLOSURE -> stack[sp++] = fast[oparg];
                        case Op.LOAD_DEREF -> { PyObject v = ((PyCell) fast[oparg]).value; stack[sp++] = v != null ? v : Ops.unboundDeref(f, oparg); }
                        case Op.LOAD_CLASSDEREF -> stack[sp++] = Ops.loadClassDeref(f, oparg);
                        case Op.STORE_DEREF -> { ((PyCell) fast[oparg]).value = stack[--sp]; stack[sp] = null; }
                        case Op.DELETE_DEREF -> Ops.deleteDeref(f, oparg);
                        case Op.LOAD_ATTR -> { if (--counters[i] < 0) { AttrSpecializer.loadAttr(q, i, stack[sp - 1], names[oparg >> 1], (oparg & 1) != 0); } sp = Ops.loadAttr(stack, sp, names[oparg >> 1], (oparg & 1) != 0); }
                        case Op.LOAD_ATTR_INSTANCE_VALUE -> sp = AttrOps.loadInstanceValue(q, i, stack, sp, names[oparg >> 1], (oparg & 1) != 0);
                        case Op.LOAD_ATTR_METHOD -> sp = AttrOps.loadMethod(q, i, stack, sp, names[oparg >> 1], (oparg & 1) != 0);
                        case Op.LOAD_ATTR_CLASS_VALUE -> sp = AttrOps.loadClassValue(q, i, stack, sp, names[oparg >> 1], (oparg & 1) != 0);
                        case Op.LOAD_ATTR_CLASS -> sp = AttrOps.loadClass(q, i, stack, sp, names[oparg >> 1], (oparg & 1) != 0);
                        case Op.LOAD_ATTR_MODULE -> sp = AttrOps.loadModule(q, i, stack, sp, names[oparg >> 1], (oparg & 1) != 0);
                        case Op.LOAD_ATTR_PROPERTY -> sp = AttrOps.loadProperty(q, i, stack, sp, names[oparg >> 1], (oparg & 1) != 0);
                        case Op.STORE_ATTR -> { if (--counters[i] < 0) { AttrSpecializer.storeAttr(q, i, stack[sp - 1], names[oparg]); } Abstract.setAttr(stack[sp - 1], names[oparg], stack[sp - 2]); sp = clear(stack, sp, 2); }
                        case Op.STORE_ATTR_INSTANCE_VALUE, Op.STORE_ATTR_ADD_VALUE -> { AttrOps.storeValue(q, i, stack[sp - 1], names[oparg], stack[sp - 2]); sp = clear(stack, sp, 2); }
                        case Op.DELETE_ATTR -> { Abstract.delAttr(stack[sp - 1], names[oparg]); stack[--sp] = null; }
                        case Op.CALL -> { f.lasti = i; if (--counters[i] < 0) { CallSpecializer.call(q, i, stack, sp, oparg, kwnames, f.builtins); } sp = Ops.call(ts, stack, sp, oparg, kwnames); kwnames = null; }
                        case Op.CALL_PY_EXACT_ARGS -> { f.lasti = i; sp = CallOps.callPyExact(ts, q, i, stack, sp, oparg, kwnames); kwnames = null; }
                        case Op.CALL_PY_CLASS -> { f.lasti = i; sp = CallOps.callPyClass(ts, q, i, stack, sp, oparg, kwnames); kwnames = null; }
                        case Op.CALL_NO_KW_LEN, Op.CALL_NO_KW_ISINSTANCE, Op.CALL_NO_KW_TYPE_1, Op.CALL_NO_KW_LIST_APPEND,
                             Op.CALL_NO_KW_METHOD_DESCRIPTOR, Op.CALL_NO_KW_BUILTIN, Op.CALL_NO_KW_BUILTIN_CLASS_1 -> { f.lasti = i; sp = CallOps.callBuiltin(ts, q, i, word & 0xFF, stack, sp, oparg, kwnames); kwnames = null; }
                        case Op.CALL_PY_KW -> { f.lasti = i; sp = CallOps.callPyKw(ts, q, i, stack, sp, oparg, kwnames); kwnames = null; }
                        case Op.KW_NAMES -> kwnames = f.code.kwnames(oparg);
                        case Op.CALL_FUNCTION_EX -> { f.lasti = i; sp = Ops.callEx(stack, sp, (oparg & 1) != 0); }
                        case Op.MAKE_FUNCTION -> sp = Ops.makeFunction(ts, f, stack, sp, oparg);
                        case Op.RETURN_VALUE -> { PyObject v = stack[--sp]; stack[sp] = null; f.sp = sp; f.ip = ip; f.lasti = i; f.returned = true; return v; }
                        case Op.POP_JUMP_IF_FALSE -> { PyObject v = stack[--sp]; stack[sp] = null; if (v == PyBool.FALSE || v != PyBool.TRUE && !Ops.isTrue(v)) { ip = oparg; } }
                        case Op.POP_JUMP_IF_TRUE -> { PyObject v = stack[--sp]; stack[sp] = null; if (v == PyBool.TRUE || v != PyBool.FALSE && Ops.isTrue(v)) { ip = oparg; } }
                        case Op.POP_JUMP_IF_NONE -> { PyObject v = stack[--sp]; stack[sp] = null; if (v == PyNone.NONE) { ip = oparg; } }
                        case Op.POP_JUMP_IF_NOT_NONE -> { PyObject v = stack[--sp]; stack[sp] = null; if (v != PyNone.NONE) { ip = oparg; } }
                        case Op.JUMP_IF_TRUE_OR_POP -> { if (Ops.isTrue(stack[sp - 1])) { ip = oparg; } else { stack[--sp] = null; } }
                        case Op.JUMP_IF_FALSE_OR_POP -> { if (!Ops.isTrue(stack[sp - 1])) { ip = oparg; } else { stack[--sp] = null; } }
                        case Op.JUMP_FORWARD, Op.JUMP_BACKWARD_NO_INTERRUPT -> ip = oparg;
                        case Op.JUMP_BACKWARD -> { ip = oparg; counters[i]++; if (ts.events.pending) { PendingEventHandler.handle(ts); } }
                        case Op.GET_ITER -> stack[sp - 1] = Abstract.iter(stack[sp - 1]);
                        case Op.FOR_ITER -> { if (--counters[i] < 0) { Specializer.forIter(q, i, stack[sp - 1]); } PyObject v = Ops.forIter(stack[sp - 1]); if (v != null) { stack[sp++] = v; } else { stack[--sp] = null; ip = oparg; } }
                        case Op.FOR_ITER_RANGE -> { PyObject v = SpecializedOps.forIterRange(q, i, stack[sp - 1]); if (v != null) { stack[sp++] = v; } else { stack[--sp] = null; ip = oparg; } }
                        case Op.FOR_ITER_SEQ -> { PyObject v = SpecializedOps.forIterSeq(q, i, stack[sp - 1]); if (v != null) { stack[sp++] = v; } else { stack[--sp] = null; ip = oparg; } }
                        case Op.FOR_ITER_GEN -> { PyObject v = Generators.forIterGen(ts, q, i, stack[sp - 1]); if (v != null) { stack[sp++] = v; } else { stack[--sp] = null; ip = oparg; } }
                        case Op.BUILD_TUPLE -> sp = Ops.buildTuple(stack, sp, oparg);
                        case Op.BUILD_LIST -> sp = Ops.buildList(stack, sp, oparg);
                        case Op.BUILD_SET -> sp = Ops.buildSet(stack, sp, oparg);
                        case Op.BUILD_MAP -> sp = Ops.buildMap(stack, sp, oparg);
                        case Op.BUILD_CONST_KEY_MAP -> sp = Ops.buildConstKeyMap(stack, sp, oparg);
                        case Op.BUILD_STRING -> sp = Ops.buildString(stack, sp, oparg);
                        case Op.LIST_APPEND -> { PyObject v = stack[--sp]; stack[sp] = null; ((PyList) stack[sp - oparg]).append(v); }
                        case Op.SET_ADD -> { PyObject v = stack[--sp]; stack[sp] = null; ((PySet) stack[sp - oparg]).add(v); }
                        case Op.MAP_ADD -> { ((PyDict) stack[sp - 2 - oparg]).setItem(stack[sp - 2], stack[sp - 1]); sp = clear(stack, sp, 2); }
                        case Op.LIST_EXTEND -> { Ops.listExtend((PyList) stack[sp - 1 - oparg], stack[sp - 1]); stack[--sp] = null; }
                        case Op.SET_UPDATE -> { ((PySet) stack[sp - 1 - oparg]).update(stack[sp - 1]); stack[--sp] = null; }
                        case Op.DICT_UPDATE -> { Ops.dictUpdate((PyDict) stack[sp - 1 - oparg], stack[sp - 1]); stack[--sp] = null; }
                        case Op.DICT_MERGE -> { Ops.dictMerge(stack[sp - 1 - oparg - 2], (PyDict) stack[sp - 1 - oparg], stack[sp - 1]); stack[--sp] = null; }
                        case Op.LIST_TO_TUPLE -> stack[sp - 1] = new PyTuple(((PyList) stack[sp - 1]).toArray());
                        case Op.UNPACK_SEQUENCE -> { if (--counters[i] < 0) { Specializer.unpackSequence(q, i, oparg, stack[sp - 1]); } sp = Ops.unpackSequence(stack, sp, oparg); }
                        case Op.UNPACK_SEQUENCE_TUPLE -> sp = SpecializedOps.unpackTuple(q, i, stack, sp, oparg);
                        case Op.UNPACK_SEQUENCE_LIST -> sp = SpecializedOps.unpackList(q, i, stack, sp, oparg);
                        case Op.UNPACK_EX -> sp = Ops.unpackEx(stack, sp, oparg & 0xFF, oparg >> 8);
                        case Op.FORMAT_VALUE -> sp = Ops.formatValue(stack, sp, oparg);
                        case Op.LOAD_BUILD_CLASS -> stack[sp++] = Ops.loadBuildClass(f);
                        case Op.SETUP_ANNOTATIONS -> Ops.setupAnnotations(f);
                        case Op.LOAD_LOCALS -> stack[sp++] = f.locals;
                        case Op.IMPORT_NAME -> { f.lasti = i; sp = Ops.importName(ts, f, stack, sp, names[oparg]); }
                        case Op.IMPORT_FROM -> { PyObject m = stack[sp - 1]; stack[sp++] = Ops.importFrom(ts, m, names[oparg]); }
                        case Op.IMPORT_STAR -> { Ops.importStar(f, stack[sp - 1]); stack[--sp] = null; }
                        case Op.PUSH_EXC_INFO -> { PyObject e = stack[sp - 1]; stack[sp - 1] = ts.handled == null ? PyNone.NONE : ts.handled; stack[sp++] = e; ts.handled = (PyBaseException) e; }
                        case Op.POP_EXCEPT -> { PyObject p = stack[--sp]; stack[sp] = null; ts.handled = p == PyNone.NONE ? ts.outerHandled : (PyBaseException) p; }
                        case Op.CHECK_EXC_MATCH -> { PyObject t = stack[sp - 1]; stack[sp - 1] = PyBool.of(ExceptionOps.matches(stack[sp - 2], t)); }
                        case Op.CHECK_EG_MATCH -> sp = ExceptionOps.checkEgMatch(ts, stack, sp);
                        case Op.PREP_RERAISE_STAR -> sp = ExceptionOps.prepReraiseStar(stack, sp);
                        case Op.RERAISE -> { PyObject e = stack[--sp]; if (oparg != 0) { f.lasti = ((PyInt) stack[sp - oparg]).intValue(); } reraise = true; throw new PyException((PyBaseException) e); }
                        case Op.RAISE_VARARGS -> throw ExceptionOps.raise(ts, stack, sp, oparg);
                        case Op.LOAD_ASSERTION_ERROR -> stack[sp++] = ExceptionTypes.AssertionError;
                        case Op.BEFORE_WITH -> sp = Ops.beforeWith(stack, sp);
                        case Op.WITH_EXCEPT_START -> { stack[sp] = ExceptionOps.withExceptStart(stack[sp - 4], stack[sp - 1]); sp++; }
                        case Op.RETURN_GENERATOR -> { f.sp = sp; f.ip = ip; f.lasti = i; f.returned = false; return Generators.create(ts, f); }
                        case Op.YIELD_VALUE -> { PyObject v = stack[--sp]; stack[sp] = null; f.sp = sp; f.ip = ip; f.lasti = i; f.returned = false; return v; }
                        case Op.SEND -> { if (Generators.send(stack, sp)) { ip = oparg; } }
                        case Op.END_SEND -> { PyObject v = stack[--sp]; stack[sp] = null; stack[sp - 1] = v; }
                        case Op.CLEANUP_THROW -> { PyObject e = stack[--sp]; stack[sp] = null; if (!Generators.cleanupThrow(stack, sp, e)) { reraise = true; throw new PyException((PyBaseException) e); } }
                        case Op.GET_YIELD_FROM_ITER -> stack[sp - 1] = Generators.yieldFromIter(f, stack[sp - 1]);
                        case Op.GET_AWAITABLE -> stack[sp - 1] = Generators.getAwaitable(stack[sp - 1], oparg);
                        case Op.GET_AITER -> stack[sp - 1] = Generators.getAIter(stack[sp - 1]);
                        case Op.GET_ANEXT -> { stack[sp] = Generators.getANext(stack[sp - 1]); sp++; }
                        case Op.END_ASYNC_FOR -> { PyObject e = stack[--sp]; stack[sp] = null; if (!Generators.endAsyncFor(e)) { reraise = true; throw new PyException((PyBaseException) e); } stack[--sp] = null; }
                        case Op.BEFORE_ASYNC_WITH -> sp = Generators.beforeAsyncWith(stack, sp);
                        case Op.ASYNC_GEN_WRAP -> stack[sp - 1] = Generators.asyncGenWrap(stack[sp - 1]);
                        case Op.MATCH_MAPPING -> { stack[sp] = PyBool.of(Ops.isMapping(stack[sp - 1])); sp++; }
                        case Op.MATCH_SEQUENCE -> { stack[sp] = PyBool.of(Ops.isSequence(stack[sp - 1])); sp++; }
                        case Op.MATCH_KEYS -> { stack[sp] = Ops.matchKeys(stack[sp - 2], stack[sp - 1]); sp++; }
                        case Op.MATCH_CLASS -> sp = Ops.matchClass(stack, sp, oparg);
                        case Op.GET_LEN -> { stack[sp] = PyInt.of(Abstract.length(stack[sp - 1])); sp++; }
                        case Op.PRINT_EXPR -> { Ops.printExpr(ts, stack[--sp]); stack[sp] = null; }
                        default -> throw Errors.of(ExceptionTypes.SystemError, "unsupported opcode " + Opcode.of(word & 0xFF));
                    }
                }
            } catch (Throwable t) {
                PyException e = ExceptionOps.asPyException(t);
                PyBaseException exc = e.value;
                if (!reraise) {
                    if (exc.traceback == null) {
                        ExceptionOps.chainContext(exc, ts.handled);
                    }
                    exc.traceback = new PyTraceback(exc.traceback, f, i, co.lineOf(i));
                }
                reraise = false;
                kwnames = null;
                CodeObject.ExceptionTableEntry h = co.handlerFor(i);
                if (h == null) {
                    while (sp > f.stackBase) {
                        stack[--sp] = null;
                    }
                    f.sp = sp;
                    f.lasti = i;
                    f.returned = true;
                    throw e;
                }
                while (sp > f.stackBase + h.depth()) {
                    stack[--sp] = null;
                }
                if (h.lasti()) {
                    stack[sp++] = PyInt.of(i);
                }
                stack[sp++] = exc;
                ip = h.target();
            }
        }
    }

    /** Pops and clears {@code n} stack slots. */
    private static int clear(PyObject[] stack, int sp, int n) {
        for (int k = 0; k < n; k++) {
            stack[--sp] = null;
        }
        return sp;
    }
}
