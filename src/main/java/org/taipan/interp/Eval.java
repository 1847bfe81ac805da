package org.taipan.interp;

import org.taipan.code.CodeObject;
import org.taipan.code.Opcode;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyBool;
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

    private static final Opcode[] OPCODES = Opcode.values();

    /** Calls a Python function: binds the arguments into a new frame and runs it. */
    public static PyObject callFunction(PyFunction func, PyObject[] args, String[] kwnames) {
        ThreadState ts = ThreadState.current();
        Frame f = new Frame(func.code, func, func.globals, func.builtins, null);
        ArgBinder.bind(func, f.fast, args, kwnames);
        return run(ts, f);
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
        final CodeObject co = f.code.code;
        final int[] code = co.code;
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
                    switch (OPCODES[word & 0xFF]) {
                        case NOP -> { }
                        case POP_TOP -> stack[--sp] = null;
                        case PUSH_NULL -> stack[sp++] = null;
                        case COPY -> { stack[sp] = stack[sp - oparg]; sp++; }
                        case SWAP -> { PyObject t = stack[sp - 1]; stack[sp - 1] = stack[sp - oparg]; stack[sp - oparg] = t; }
                        case UNARY_POSITIVE -> stack[sp - 1] = Abstract.positive(stack[sp - 1]);
                        case UNARY_NEGATIVE -> stack[sp - 1] = Abstract.negative(stack[sp - 1]);
                        case UNARY_NOT -> stack[sp - 1] = PyBool.of(!Abstract.isTrue(stack[sp - 1]));
                        case UNARY_INVERT -> stack[sp - 1] = Abstract.invert(stack[sp - 1]);
                        case BINARY_OP -> { PyObject b = stack[--sp]; stack[sp] = null; stack[sp - 1] = Ops.binaryOp(oparg, stack[sp - 1], b); }
                        case COMPARE_OP -> { PyObject b = stack[--sp]; stack[sp] = null; stack[sp - 1] = Ops.compare(oparg, stack[sp - 1], b); }
                        case IS_OP -> { PyObject b = stack[--sp]; stack[sp] = null; stack[sp - 1] = PyBool.of((stack[sp - 1] == b) ^ (oparg == 1)); }
                        case CONTAINS_OP -> { PyObject b = stack[--sp]; stack[sp] = null; stack[sp - 1] = PyBool.of(Abstract.contains(b, stack[sp - 1]) ^ (oparg == 1)); }
                        case BINARY_SUBSCR -> { PyObject k = stack[--sp]; stack[sp] = null; stack[sp - 1] = Ops.subscript(stack[sp - 1], k); }
                        case STORE_SUBSCR -> { Abstract.setItem(stack[sp - 2], stack[sp - 1], stack[sp - 3]); sp = clear(stack, sp, 3); }
                        case DELETE_SUBSCR -> { Abstract.delItem(stack[sp - 2], stack[sp - 1]); sp = clear(stack, sp, 2); }
                        case BUILD_SLICE -> sp = Ops.buildSlice(stack, sp, oparg);
                        case LOAD_CONST -> stack[sp++] = consts[oparg];
                        case LOAD_NAME -> stack[sp++] = Ops.loadName(f, names[oparg]);
                        case STORE_NAME -> { Abstract.setItem(f.locals, names[oparg], stack[--sp]); stack[sp] = null; }
                        case DELETE_NAME -> Ops.deleteName(f, names[oparg]);
                        case LOAD_GLOBAL -> { if ((oparg & 1) != 0) { stack[sp++] = null; } stack[sp++] = Ops.loadGlobal(f, names[oparg >> 1]); }
                        case STORE_GLOBAL -> { f.globals.setItem(names[oparg], stack[--sp]); stack[sp] = null; }
                        case DELETE_GLOBAL -> Ops.deleteGlobal(f, names[oparg]);
                        case LOAD_FAST -> { PyObject v = fast[oparg]; stack[sp++] = v != null ? v : f.unboundLocal(oparg); }
                        case STORE_FAST -> { fast[oparg] = stack[--sp]; stack[sp] = null; }
                        case DELETE_FAST -> { if (fast[oparg] == null) { f.unboundLocal(oparg); } fast[oparg] = null; }
                        case MAKE_CELL -> fast[oparg] = new PyCell(fast[oparg]);
                        case COPY_FREE_VARS -> System.arraycopy(f.function.closure, 0, fast, fast.length - oparg, oparg);
                        case LOAD_CLOSURE -> stack[sp++] = fast[oparg];
                        case LOAD_DEREF -> { PyObject v = ((PyCell) fast[oparg]).value; stack[sp++] = v != null ? v : Ops.unboundDeref(f, oparg); }
                        case LOAD_CLASSDEREF -> stack[sp++] = Ops.loadClassDeref(f, oparg);
                        case STORE_DEREF -> { ((PyCell) fast[oparg]).value = stack[--sp]; stack[sp] = null; }
                        case DELETE_DEREF -> Ops.deleteDeref(f, oparg);
                        case LOAD_ATTR -> sp = Ops.loadAttr(stack, sp, names[oparg >> 1], (oparg & 1) != 0);
                        case STORE_ATTR -> { Abstract.setAttr(stack[sp - 1], names[oparg], stack[sp - 2]); sp = clear(stack, sp, 2); }
                        case DELETE_ATTR -> { Abstract.delAttr(stack[sp - 1], names[oparg]); stack[--sp] = null; }
                        case CALL -> { f.lasti = i; sp = Ops.call(ts, stack, sp, oparg, kwnames); kwnames = null; }
                        case KW_NAMES -> kwnames = f.code.kwnames(oparg);
                        case CALL_FUNCTION_EX -> { f.lasti = i; sp = Ops.callEx(stack, sp, (oparg & 1) != 0); }
                        case MAKE_FUNCTION -> sp = Ops.makeFunction(ts, f, stack, sp, oparg);
                        case RETURN_VALUE -> { PyObject v = stack[--sp]; stack[sp] = null; f.sp = sp; f.ip = ip; f.lasti = i; f.returned = true; return v; }
                        case POP_JUMP_IF_FALSE -> { PyObject v = stack[--sp]; stack[sp] = null; if (v == PyBool.FALSE || v != PyBool.TRUE && !Abstract.isTrue(v)) { ip = oparg; } }
                        case POP_JUMP_IF_TRUE -> { PyObject v = stack[--sp]; stack[sp] = null; if (v == PyBool.TRUE || v != PyBool.FALSE && Abstract.isTrue(v)) { ip = oparg; } }
                        case POP_JUMP_IF_NONE -> { PyObject v = stack[--sp]; stack[sp] = null; if (v == PyNone.NONE) { ip = oparg; } }
                        case POP_JUMP_IF_NOT_NONE -> { PyObject v = stack[--sp]; stack[sp] = null; if (v != PyNone.NONE) { ip = oparg; } }
                        case JUMP_IF_TRUE_OR_POP -> { if (Abstract.isTrue(stack[sp - 1])) { ip = oparg; } else { stack[--sp] = null; } }
                        case JUMP_IF_FALSE_OR_POP -> { if (!Abstract.isTrue(stack[sp - 1])) { ip = oparg; } else { stack[--sp] = null; } }
                        case JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT -> ip = oparg;
                        case JUMP_BACKWARD -> { ip = oparg; if (ts.events.pending) { PendingEventHandler.handle(ts); } }
                        case GET_ITER -> stack[sp - 1] = Abstract.iter(stack[sp - 1]);
                        case FOR_ITER -> { PyObject v = Ops.forIter(stack[sp - 1]); if (v != null) { stack[sp++] = v; } else { stack[--sp] = null; ip = oparg; } }
                        case BUILD_TUPLE -> sp = Ops.buildTuple(stack, sp, oparg);
                        case BUILD_LIST -> sp = Ops.buildList(stack, sp, oparg);
                        case BUILD_SET -> sp = Ops.buildSet(stack, sp, oparg);
                        case BUILD_MAP -> sp = Ops.buildMap(stack, sp, oparg);
                        case BUILD_CONST_KEY_MAP -> sp = Ops.buildConstKeyMap(stack, sp, oparg);
                        case BUILD_STRING -> sp = Ops.buildString(stack, sp, oparg);
                        case LIST_APPEND -> { PyObject v = stack[--sp]; stack[sp] = null; ((PyList) stack[sp - oparg]).append(v); }
                        case SET_ADD -> { PyObject v = stack[--sp]; stack[sp] = null; ((PySet) stack[sp - oparg]).add(v); }
                        case MAP_ADD -> { ((PyDict) stack[sp - 2 - oparg]).setItem(stack[sp - 2], stack[sp - 1]); sp = clear(stack, sp, 2); }
                        case LIST_EXTEND -> { Ops.listExtend((PyList) stack[sp - 1 - oparg], stack[sp - 1]); stack[--sp] = null; }
                        case SET_UPDATE -> { ((PySet) stack[sp - 1 - oparg]).update(stack[sp - 1]); stack[--sp] = null; }
                        case DICT_UPDATE -> { Ops.dictUpdate((PyDict) stack[sp - 1 - oparg], stack[sp - 1]); stack[--sp] = null; }
                        case DICT_MERGE -> { Ops.dictMerge(stack[sp - 1 - oparg - 2], (PyDict) stack[sp - 1 - oparg], stack[sp - 1]); stack[--sp] = null; }
                        case LIST_TO_TUPLE -> stack[sp - 1] = new PyTuple(((PyList) stack[sp - 1]).toArray());
                        case UNPACK_SEQUENCE -> sp = Ops.unpackSequence(stack, sp, oparg);
                        case UNPACK_EX -> sp = Ops.unpackEx(stack, sp, oparg & 0xFF, oparg >> 8);
                        case FORMAT_VALUE -> sp = Ops.formatValue(stack, sp, oparg);
                        case LOAD_BUILD_CLASS -> stack[sp++] = Ops.loadBuildClass(f);
                        case SETUP_ANNOTATIONS -> Ops.setupAnnotations(f);
                        case LOAD_LOCALS -> stack[sp++] = f.locals;
                        case IMPORT_NAME -> { f.lasti = i; sp = Ops.importName(ts, f, stack, sp, names[oparg]); }
                        case IMPORT_FROM -> { PyObject m = stack[sp - 1]; stack[sp++] = Ops.importFrom(ts, m, names[oparg]); }
                        case IMPORT_STAR -> { Ops.importStar(f, stack[sp - 1]); stack[--sp] = null; }
                        case PUSH_EXC_INFO -> { PyObject e = stack[sp - 1]; stack[sp - 1] = ts.handled == null ? PyNone.NONE : ts.handled; stack[sp++] = e; ts.handled = (PyBaseException) e; }
                        case POP_EXCEPT -> { PyObject p = stack[--sp]; stack[sp] = null; ts.handled = p == PyNone.NONE ? ts.outerHandled : (PyBaseException) p; }
                        case CHECK_EXC_MATCH -> { PyObject t = stack[sp - 1]; stack[sp - 1] = PyBool.of(ExceptionOps.matches(stack[sp - 2], t)); }
                        case CHECK_EG_MATCH -> sp = ExceptionOps.checkEgMatch(ts, stack, sp);
                        case PREP_RERAISE_STAR -> sp = ExceptionOps.prepReraiseStar(stack, sp);
                        case RERAISE -> { PyObject e = stack[--sp]; if (oparg != 0) { f.lasti = ((PyInt) stack[sp - oparg]).intValue(); } reraise = true; throw new PyException((PyBaseException) e); }
                        case RAISE_VARARGS -> throw ExceptionOps.raise(ts, stack, sp, oparg);
                        case LOAD_ASSERTION_ERROR -> stack[sp++] = ExceptionTypes.AssertionError;
                        case BEFORE_WITH -> sp = Ops.beforeWith(stack, sp);
                        case WITH_EXCEPT_START -> { stack[sp] = ExceptionOps.withExceptStart(stack[sp - 4], stack[sp - 1]); sp++; }
                        case RETURN_GENERATOR -> { f.sp = sp; f.ip = ip; f.lasti = i; f.returned = false; return Generators.create(ts, f); }
                        case YIELD_VALUE -> { PyObject v = stack[--sp]; stack[sp] = null; f.sp = sp; f.ip = ip; f.lasti = i; f.returned = false; return v; }
                        case SEND -> { if (Generators.send(stack, sp)) { ip = oparg; } }
                        case END_SEND -> { PyObject v = stack[--sp]; stack[sp] = null; stack[sp - 1] = v; }
                        case CLEANUP_THROW -> { PyObject e = stack[--sp]; stack[sp] = null; if (!Generators.cleanupThrow(stack, sp, e)) { reraise = true; throw new PyException((PyBaseException) e); } }
                        case GET_YIELD_FROM_ITER -> stack[sp - 1] = Generators.yieldFromIter(f, stack[sp - 1]);
                        case GET_AWAITABLE -> stack[sp - 1] = Generators.getAwaitable(stack[sp - 1], oparg);
                        case GET_AITER -> stack[sp - 1] = Generators.getAIter(stack[sp - 1]);
                        case GET_ANEXT -> { stack[sp] = Generators.getANext(stack[sp - 1]); sp++; }
                        case END_ASYNC_FOR -> { PyObject e = stack[--sp]; stack[sp] = null; if (!Generators.endAsyncFor(e)) { reraise = true; throw new PyException((PyBaseException) e); } stack[--sp] = null; }
                        case BEFORE_ASYNC_WITH -> sp = Generators.beforeAsyncWith(stack, sp);
                        case ASYNC_GEN_WRAP -> stack[sp - 1] = Generators.asyncGenWrap(stack[sp - 1]);
                        case MATCH_MAPPING -> { stack[sp] = PyBool.of(Ops.isMapping(stack[sp - 1])); sp++; }
                        case MATCH_SEQUENCE -> { stack[sp] = PyBool.of(Ops.isSequence(stack[sp - 1])); sp++; }
                        case MATCH_KEYS -> { stack[sp] = Ops.matchKeys(stack[sp - 2], stack[sp - 1]); sp++; }
                        case MATCH_CLASS -> sp = Ops.matchClass(stack, sp, oparg);
                        case GET_LEN -> { stack[sp] = PyInt.of(Abstract.length(stack[sp - 1])); sp++; }
                        case PRINT_EXPR -> { Ops.printExpr(ts, stack[--sp]); stack[sp] = null; }
                        default -> throw Errors.of(ExceptionTypes.SystemError, "unsupported opcode " + OPCODES[word & 0xFF]);
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
                    while (sp > 0) {
                        stack[--sp] = null;
                    }
                    f.sp = 0;
                    f.lasti = i;
                    f.returned = true;
                    throw e;
                }
                while (sp > h.depth()) {
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
