package org.taipan.interp;

import org.taipan.code.Op;
import org.taipan.code.Opcode;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyCell;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PySet;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.ThreadState;

/**
 * The instructions that are seldom inside a hot loop (module and class bodies, imports, with,
 * except, pattern matching, async, comprehension building, deletion...), executed out of line
 * for {@link Eval#execute}. They live here because HotSpot's C2 counts the dispatch method's
 * own bytecode against the budget for everything it inlines into it ({@code DesiredMethodLimit},
 * 8,000 bytes): every byte a rare case spends in the switch is a byte the hot cases cannot
 * inline.
 *
 * <p>None of these instructions jumps or returns (those stay in the switch); they may raise,
 * and the exception unwinds through the caller's handler at the instruction being executed, as
 * if the case had run inline; RERAISE, CLEANUP_THROW and END_ASYNC_FOR re-raise with {@link Reraise}.
 */
final class RareOps {
    private RareOps() {}

    /**
     * Executes one instruction of frame {@code f} at index {@code i}.
     *
     * @param op the opcode ({@link Op}), not one the dispatch switch handles itself
     * @param sp the value stack's depth (an absolute index into {@code f.stack})
     * @return the new depth
     * @throws org.taipan.runtime.PyException whatever the instruction raises; SystemError for an
     *     opcode no interpreter case handles
     */
    static int execute(ThreadState ts, Frame f, int i, int op, int oparg, int sp) {
        final PyObject[] stack = f.stack;
        final PyObject[] fast = f.fast;
        final PyStr[] names = f.code.names;
        switch (op) {
            case Op.UNARY_POSITIVE -> { f.lasti = i; stack[sp - 1] = Abstract.positive(stack[sp - 1]); }
            case Op.UNARY_INVERT -> { f.lasti = i; stack[sp - 1] = Abstract.invert(stack[sp - 1]); }
            case Op.DELETE_SUBSCR -> { f.lasti = i; Abstract.delItem(stack[sp - 2], stack[sp - 1]); sp = clear(stack, sp, 2); }
            case Op.LOAD_NAME -> stack[sp++] = Ops.loadName(f, names[oparg]);
            case Op.STORE_NAME -> { Abstract.setItem(f.locals, names[oparg], stack[--sp]); stack[sp] = null; }
            case Op.DELETE_NAME -> Ops.deleteName(f, names[oparg]);
            case Op.STORE_GLOBAL -> { f.globals.setItem(names[oparg], stack[--sp]); stack[sp] = null; }
            case Op.DELETE_GLOBAL -> Ops.deleteGlobal(f, names[oparg]);
            case Op.DELETE_FAST -> { if (fast[oparg] == null) { f.unboundLocal(oparg); } fast[oparg] = null; }
            case Op.MAKE_CELL -> fast[oparg] = new PyCell(fast[oparg]);
            case Op.COPY_FREE_VARS -> System.arraycopy(f.function.closure, 0, fast, f.stackBase - oparg, oparg);
            case Op.LOAD_CLASSDEREF -> stack[sp++] = Ops.loadClassDeref(f, oparg);
            case Op.DELETE_DEREF -> Ops.deleteDeref(f, oparg);
            case Op.DELETE_ATTR -> { f.lasti = i; Abstract.delAttr(stack[sp - 1], names[oparg]); stack[--sp] = null; }
            case Op.CALL_FUNCTION_EX -> { f.lasti = i; sp = Ops.callEx(stack, sp, (oparg & 1) != 0); }
            case Op.MAKE_FUNCTION -> sp = Ops.makeFunction(ts, f, stack, sp, oparg);
            case Op.BUILD_SET -> { f.lasti = i; sp = Ops.buildSet(stack, sp, oparg); }
            case Op.BUILD_CONST_KEY_MAP -> { f.lasti = i; sp = Ops.buildConstKeyMap(stack, sp, oparg); }
            case Op.SET_ADD -> { f.lasti = i; PyObject v = stack[--sp]; stack[sp] = null; ((PySet) stack[sp - oparg]).add(v); }
            case Op.MAP_ADD -> { f.lasti = i; ((PyDict) stack[sp - 2 - oparg]).setItem(stack[sp - 2], stack[sp - 1]); sp = clear(stack, sp, 2); }
            case Op.LIST_EXTEND -> { Ops.listExtend((PyList) stack[sp - 1 - oparg], stack[sp - 1]); stack[--sp] = null; }
            case Op.SET_UPDATE -> { f.lasti = i; ((PySet) stack[sp - 1 - oparg]).update(stack[sp - 1]); stack[--sp] = null; }
            case Op.DICT_UPDATE -> { f.lasti = i; Ops.dictUpdate((PyDict) stack[sp - 1 - oparg], stack[sp - 1]); stack[--sp] = null; }
            case Op.DICT_MERGE -> { f.lasti = i; Ops.dictMerge(stack[sp - 1 - oparg - 2], (PyDict) stack[sp - 1 - oparg], stack[sp - 1]); stack[--sp] = null; }
            case Op.LIST_TO_TUPLE -> stack[sp - 1] = new PyTuple(((PyList) stack[sp - 1]).toArray());
            case Op.UNPACK_EX -> sp = Ops.unpackEx(stack, sp, oparg & 0xFF, oparg >> 8);
            case Op.LOAD_BUILD_CLASS -> stack[sp++] = Ops.loadBuildClass(f);
            case Op.SETUP_ANNOTATIONS -> Ops.setupAnnotations(f);
            case Op.LOAD_LOCALS -> stack[sp++] = f.locals;
            case Op.IMPORT_NAME -> { f.lasti = i; sp = Ops.importName(ts, f, stack, sp, names[oparg]); }
            case Op.IMPORT_FROM -> { PyObject m = stack[sp - 1]; stack[sp++] = Ops.importFrom(ts, m, names[oparg]); }
            case Op.IMPORT_STAR -> { Ops.importStar(f, stack[sp - 1]); stack[--sp] = null; }
            // An exception the frame only sees through a generator's caller is not its own: None is
            // saved, so POP_EXCEPT goes back to whatever the caller handles at that later time.
            case Op.PUSH_EXC_INFO -> { PyObject e = stack[sp - 1]; stack[sp - 1] = ts.handled == null || !ts.handledOwn ? PyNone.NONE : ts.handled; stack[sp++] = e; ts.handled = (PyBaseException) e; ts.handledOwn = true; }
            case Op.POP_EXCEPT -> { PyObject p = stack[--sp]; stack[sp] = null; boolean own = p != PyNone.NONE; ts.handled = own ? (PyBaseException) p : ts.outerHandled; ts.handledOwn = own; }
            case Op.CHECK_EXC_MATCH -> { PyObject t = stack[sp - 1]; stack[sp - 1] = PyBool.of(ExceptionOps.matches(stack[sp - 2], t)); }
            case Op.CHECK_EG_MATCH -> sp = ExceptionOps.checkEgMatch(ts, stack, sp);
            case Op.PREP_RERAISE_STAR -> sp = ExceptionOps.prepReraiseStar(stack, sp);
            // a bare `raise` re-raises: no traceback entry, as CPython's do_raise going to exception_unwind
            case Op.RAISE_VARARGS -> { if (oparg == 0 && ts.handled != null) { f.lasti = i; throw new Reraise(ts.handled); } throw ExceptionOps.raise(ts, stack, sp, oparg); }
            case Op.LOAD_ASSERTION_ERROR -> stack[sp++] = ExceptionTypes.AssertionError;
            case Op.BEFORE_WITH -> { f.lasti = i; sp = Ops.beforeWith(stack, sp); }
            case Op.WITH_EXCEPT_START -> { stack[sp] = ExceptionOps.withExceptStart(stack[sp - 4], stack[sp - 1]); sp++; }
            case Op.GET_YIELD_FROM_ITER -> stack[sp - 1] = Generators.yieldFromIter(f, stack[sp - 1]);
            case Op.GET_AWAITABLE -> stack[sp - 1] = Generators.getAwaitable(stack[sp - 1], oparg);
            case Op.GET_AITER -> stack[sp - 1] = Generators.getAIter(stack[sp - 1]);
            case Op.GET_ANEXT -> { stack[sp] = Generators.getANext(stack[sp - 1]); sp++; }
            case Op.BEFORE_ASYNC_WITH -> sp = Generators.beforeAsyncWith(stack, sp);
            case Op.ASYNC_GEN_WRAP -> stack[sp - 1] = Generators.asyncGenWrap(stack[sp - 1]);
            case Op.MATCH_MAPPING -> { stack[sp] = PyBool.of(Ops.isMapping(stack[sp - 1])); sp++; }
            case Op.MATCH_SEQUENCE -> { stack[sp] = PyBool.of(Ops.isSequence(stack[sp - 1])); sp++; }
            case Op.MATCH_KEYS -> { stack[sp] = Ops.matchKeys(stack[sp - 2], stack[sp - 1]); sp++; }
            case Op.MATCH_CLASS -> sp = Ops.matchClass(stack, sp, oparg);
            case Op.GET_LEN -> { stack[sp] = PyInt.of(Abstract.length(stack[sp - 1])); sp++; }
            // They re-raise (no traceback entry for this frame): see Reraise.
            case Op.RERAISE -> { PyObject e = stack[--sp]; f.lasti = oparg != 0 ? ((PyInt) stack[sp - oparg]).intValue() : i; throw new Reraise((PyBaseException) e); }
            case Op.CLEANUP_THROW -> { PyObject e = stack[--sp]; stack[sp] = null; if (!Generators.cleanupThrow(stack, sp, e)) { f.lasti = i; throw new Reraise((PyBaseException) e); } }
            case Op.END_ASYNC_FOR -> { PyObject e = stack[--sp]; stack[sp] = null; if (!Generators.endAsyncFor(e)) { f.lasti = i; throw new Reraise((PyBaseException) e); } stack[--sp] = null; }
            case Op.PRINT_EXPR -> { Ops.printExpr(ts, stack[--sp]); stack[sp] = null; }
            default -> throw Errors.of(ExceptionTypes.SystemError, "unsupported opcode " + Opcode.of(op));
        }
        return sp;
    }

    /** Pops and clears {@code n} stack slots. */
    private static int clear(PyObject[] stack, int sp, int n) {
        for (int k = 0; k < n; k++) {
            stack[--sp] = null;
        }
        return sp;
    }
}
