package org.taipan.interp;

import java.lang.invoke.MethodHandles;

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
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PySet;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTraceback;
import org.taipan.runtime.PyType;
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

    static {
        // C2 compiles a call to a class not yet initialized as an uncommon trap ("unloaded"): a
        // program whose first generator (or first Python call) comes after execute's C2 compile
        // would deoptimize and recompile the whole dispatch method there. Initializing the
        // classes its cases call (none has static state) costs nothing and removes those traps.
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (Class<?> c : new Class<?>[] {Adaptive.class, AttrOps.class, BuiltinCallOps.class, CallOps.class,
                Generators.class, Ops.class, RareOps.class, SpecializedOps.class}) {
            try {
                lookup.ensureInitialized(c);
            } catch (IllegalAccessException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

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
        PyCode fc = func.code;
        if (kwnames == null && CallSpecializer.binds(func, fc, args.length + 1)) {
            Frame f = CallSpecializer.frameFor(func, fc, args.length + 1);
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
        PyDict builtins = builtinsOf(ts, globals);
        Frame f = new Frame(code, null, globals, builtins, locals);
        return run(ts, f);
    }

    /**
     * Runs a code object with free variables from {@code exec(code, ..., closure=cells)}: the frame
     * belongs to a function made for it, whose closure COPY_FREE_VARS reads (CPython 3.11 makes one
     * in {@code PyEval_EvalCodeEx} for the same reason).
     */
    public static PyObject runCode(ThreadState ts, org.taipan.runtime.PyCode code, PyDict globals, PyObject locals,
            org.taipan.runtime.PyCell[] closure) {
        PyDict builtins = builtinsOf(ts, globals);
        PyFunction func = new PyFunction(ts.interpreter, code, globals, builtins, closure);
        Frame f = new Frame(code, func, globals, builtins, locals);
        return run(ts, f);
    }

    /** The builtins namespace {@code globals['__builtins__']} names: a module's dict, a dict, or the interpreter's. */
    private static PyDict builtinsOf(ThreadState ts, PyDict globals) {
        PyObject b = globals.getItem(PyStr.of("__builtins__"));
        return b instanceof org.taipan.runtime.PyModule m ? m.dict() : b instanceof PyDict d ? d
                : ts.interpreter.builtins();
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
        push(ts, f);
        try {
            if (ts.events.pending) {
                PendingEventHandler.handle(ts);
                // the flag stays set while a thread has a hook, so this is the traced path's only door
                if (ts.traceFunc != null || ts.profileFunc != null) {
                    return TraceHooks.run(ts, f);
                }
            }
            return loop(ts, f);
        } finally {
            pop(ts, f);
        }
    }

    /** Makes {@code f} the thread's running frame, counting one level of recursion. */
    static void push(ThreadState ts, Frame f) {
        if (++ts.depth > ts.interpreter.recursionLimit()) {
            ts.depth--;
            throw Errors.of(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
        }
        f.back = ts.frame;
        ts.frame = f;
    }

    /**
     * Makes {@code f}'s caller the running frame again. A finished function frame keeps its
     * {@code f_back} (a frame object captured by a traceback or {@code sys._getframe} still
     * names its caller, as in CPython); a generator's frame drops it while suspended, as
     * {@code gi_frame.f_back} is None then.
     */
    static void pop(ThreadState ts, Frame f) {
        ts.frame = f.back;
        if (f.generator != null) {
            f.back = null;
        }
        ts.depth--;
    }

    /**
     * Runs the pushed frame {@code f} from {@code f.ip} until it returns (or yields). At a loop
     * header the JIT may run the loop's trace or record it; an exception coming out of the JIT
     * was raised by the instruction at {@code f.ip} (value stack at {@code f.sp}) and unwinds
     * from there, exactly as if tier 1 had raised it.
     */
    static PyObject loop(ThreadState ts, Frame f) {
        if (f.generator != null && f.pendingThrow == null && ts.interpreter.jit() != null) {
            // a generator resumed at the back jump that ends its loop body (`for x in xs: yield
            // g(x)`, the sent value already taken by resumeWith): a traced loop runs from here
            // without a pass through the dispatch loop, one per item otherwise
            try {
                if (ts.interpreter.jit().resumeAtBackJump(ts, f) && atYield(f)) {
                    return yieldHere(f);
                }
            } catch (Throwable t) {
                f.ip = unwind(ts, f, t, f.ip);
            }
        }
        if (f.ip <= 1 && f.generator == null && ts.interpreter.jit() != null) {
            // a call beginning (at 1 after a closure's cells were copied, CallSpecializer.frameFor):
            // the function's entry trace runs it up to its return (or an exit)
            try {
                if (ts.interpreter.jit().atFunctionEntry(ts, f) && f.pendingThrow == null) {
                    // the trace ran the call up to its return: returned here, as the dispatch loop would
                    int w = f.instrs[f.ip];
                    if ((w & 0xFF) == Op.RETURN_VALUE) {
                        int sp = f.sp - 1;
                        PyObject v = f.stack[sp];
                        f.stack[sp] = null;
                        return returned(f, sp, f.ip, v);
                    } else if ((w & 0xFF) == Op.LOAD_CONST__RETURN_VALUE) {
                        return returned(f, f.sp, f.ip + 1, f.code.consts[w >>> 8]);
                    }
                }
            } catch (Throwable t) {
                f.ip = unwind(ts, f, t, f.ip);
            }
        }
        PyObject result;
        do {
            result = execute(ts, f);
            if (result == REENTER && ts.interpreter.jit() != null) {
                try {
                    ts.interpreter.jit().atLoopHeader(ts, f);
                } catch (Throwable t) {
                    f.ip = unwind(ts, f, t, f.ip);
                    continue;
                }
                if (f.generator != null && atYield(f)) {
                    // the trace ran to the generator's yield (GUARD_YIELD): yield without
                    // re-entering the dispatch loop for that one instruction
                    return yieldHere(f);
                }
            }
        } while (result == REENTER);
        return result;
    }

    /** Whether {@code f} is at a YIELD_VALUE with no exception to raise there. */
    private static boolean atYield(Frame f) {
        return f.pendingThrow == null && (f.code.instrs[f.ip] & 0xFF) == Op.YIELD_VALUE;
    }

    /** Runs the YIELD_VALUE at {@code f.ip} as the dispatch loop does: the yielded value, the frame suspended after it. */
    private static PyObject yieldHere(Frame f) {
        int sp = f.sp - 1;
        PyObject v = f.stack[sp];
        f.stack[sp] = null;
        f.sp = sp;
        f.lasti = f.ip;
        f.ip++;
        f.returned = false;
        return v;
    }

    /**
     * Finishes Python calls that tier 2 began inside its own frame (inlined calls, rebuilt by a
     * side exit or left by an aborted recording), innermost first: {@code chain[0]} is the
     * innermost callee, positioned to resume at its {@code ip} with its value stack at
     * {@code sp}; each {@code chain[k + 1]} is the caller of {@code chain[k]}, waiting in the
     * CALL at its {@code lasti} with the call's operands already popped ({@code sp} is where
     * the result goes) and resuming at {@code lasti + 1}. The outermost caller, the frame
     * tier 2 runs on, is not in the chain: it must be the thread's running frame, and it gets
     * the returned value (its CALL is also at its {@code lasti}).
     *
     * <p>A frame with a {@link Frame#callEnd} (an inlined {@code __init__} or operator dunder)
     * hands its caller {@link CallEnd#result} of its return value instead of the value itself,
     * raising there (at the caller's instruction) what that raises, and counts
     * {@link CallEnd#extraDepth} more recursion levels while it runs.
     *
     * <p>Each frame is pushed on the thread's frame stack while it runs (so {@code f_back},
     * tracebacks and the recursion depth are as if tier 1 had made the calls), and an exception
     * a callee raises unwinds through its caller from the caller's CALL, as tier 1 would.
     *
     * @param chain   the callee frames, innermost first; not empty
     * @param pending an exception to raise in {@code chain[0]} at its {@code ip} before running
     *                it (a trace op that raised inside an inlined frame), or null
     * @return what {@code chain[chain.length - 1]} returned
     * @throws PyException what the outermost callee raised, RecursionError included
     */
    public static PyObject finishCalls(ThreadState ts, Frame[] chain, Throwable pending) {
        Frame outer = chain[chain.length - 1];
        PyObject v = finish(ts, chain, chain.length - 1, pending);
        return outer.callEnd == null ? v : outer.callEnd.result(v);
    }

    private static PyObject finish(ThreadState ts, Frame[] chain, int k, Throwable pending) {
        Frame f = chain[k];
        // type.__call__'s own level around an __init__ (CallOps.callPyClass counts it too)
        int extra = f.callEnd == null ? 0 : f.callEnd.extraDepth();
        ts.depth += extra;
        try {
            push(ts, f);
        } catch (RuntimeException e) {
            ts.depth -= extra;
            throw e;
        }
        try {
            if (k > 0) {
                try {
                    Frame callee = chain[k - 1];
                    PyObject v = finish(ts, chain, k - 1, pending);
                    f.stack[f.sp++] = callee.callEnd == null ? v : callee.callEnd.result(v);
                    f.ip = f.lasti + 1;
                } catch (Throwable t) {
                    f.ip = unwind(ts, f, t, f.lasti);
                }
            } else if (pending != null) {
                f.ip = unwind(ts, f, pending, f.ip);
            }
            // a trace left at its guard because a thread set a hook (TraceHooks.unhooked): a callee
            // it had begun reports its 'call' now, and the frames go on stepped
            return ts.traceFunc == null && ts.profileFunc == null ? loop(ts, f) : TraceHooks.runAfterExit(ts, f);
        } finally {
            pop(ts, f);
            ts.depth -= extra;
        }
    }

    /**
     * What {@link #execute} returns when it leaves a frame in the middle of a loop only to be
     * called again ({@link #run} does), never a Python value. A loop that runs long in one
     * activation would otherwise stay in the code HotSpot had when the activation began (the
     * interpreter, C1, or C2 code a trap invalidated) until an on-stack-replacement compile of
     * the whole dispatch method arrives: re-entering takes the newest compiled code at the next
     * call, so C2 compiles execute once per profile instead of once normally and once for OSR.
     */
    static final PyObject REENTER = new PyObject() {
        @Override
        public PyType type() {
            throw new IllegalStateException("the dispatch loop's re-entry marker is not a Python object");
        }
    };

    /**
     * Taken backward jumps of one loop between two re-entries of {@link #execute}
     * ({@link #REENTER}): a power of two minus one. Small enough that a long loop reaches new
     * compiled code within microseconds and that the branch is taken while C2 profiles execute
     * (an untaken branch would become an uncommon trap), large enough that the call is noise.
     */
    public static final int REENTRY_MASK = 15;

    /**
     * The dispatch loop. Keep it small: HotSpot does not compile a method over 8,000 bytecodes,
     * and C2 counts this method's own size against the budget for everything it inlines into it
     * ({@code DesiredMethodLimit}, also 8,000), so each byte here is a byte less of inlined
     * specialized work. Rare instructions run out of line ({@link RareOps}), generic adaptive
     * ones too ({@link Adaptive}); few locals, so that the hot ones stay in registers.
     */
    static PyObject execute(ThreadState ts, Frame f) {
        // sp and stack first: the two most used locals take slots 2 and 3, whose loads and stores
        // are one-byte instructions (about 330 bytes of this method, which C2 counts against the
        // budget for what it inlines here).
        int sp = f.sp;
        final PyObject[] stack = f.stack;
        final PyCode q = f.code;
        final int[] code = f.instrs;
        int ip = f.ip;
        while (true) {
            try {
                if (f.pendingThrow != null) {
                    PyBaseException p = f.pendingThrow;
                    f.pendingThrow = null;
                    throw new PyException(p);
                }
                while (true) {
                    // The current instruction is always ip - 1 (also in the catch below): no
                    // loop-carried index besides ip, one register less for C2 to spill.
                    final int i = ip;
                    int word = code[ip++];
                    int oparg = word >>> 8;
                    switch (word & 0xFF) {
                        case Op.NOP -> { }
                        case Op.POP_TOP -> stack[--sp] = null;
                        case Op.PUSH_NULL -> stack[sp++] = null;
                        case Op.COPY -> { stack[sp] = stack[sp - oparg]; sp++; }
                        case Op.SWAP -> { PyObject t = stack[sp - 1]; stack[sp - 1] = stack[sp - oparg]; stack[sp - oparg] = t; }
                        case Op.UNARY_NEGATIVE -> { f.lasti = i; stack[sp - 1] = Abstract.negative(stack[sp - 1]); }
                        case Op.UNARY_NOT -> stack[sp - 1] = PyBool.of(!truth(f, i, stack[sp - 1]));
                        case Op.BINARY_OP -> { f.lasti = i; sp = Adaptive.binaryOp(q, i, stack, sp, oparg); }
                        case Op.BINARY_OP_INT -> sp = SpecializedOps.binaryInt(q, i, stack, sp, oparg);
                        case Op.BINARY_OP_FLOAT -> sp = SpecializedOps.binaryFloat(q, i, stack, sp, oparg);
                        case Op.BINARY_OP_ADD_INT -> sp = SpecializedOps.addInt(q, i, stack, sp, oparg);
                        case Op.BINARY_OP_SUBTRACT_INT -> sp = SpecializedOps.subtractInt(q, i, stack, sp, oparg);
                        case Op.BINARY_OP_MULTIPLY_INT -> sp = SpecializedOps.multiplyInt(q, i, stack, sp, oparg);
                        case Op.BINARY_OP_ADD_FLOAT -> sp = SpecializedOps.addFloat(q, i, stack, sp, oparg);
                        case Op.BINARY_OP_SUBTRACT_FLOAT -> sp = SpecializedOps.subtractFloat(q, i, stack, sp, oparg);
                        case Op.BINARY_OP_MULTIPLY_FLOAT -> sp = SpecializedOps.multiplyFloat(q, i, stack, sp, oparg);
                        case Op.BINARY_OP_ADD_UNICODE -> sp = SpecializedOps.addUnicode(q, i, stack, sp, oparg);
                        case Op.BINARY_OP_USER -> { PyObject b = stack[--sp]; stack[sp] = null; f.lasti = i; stack[sp - 1] = CallOps.binaryUser(ts, q, i, oparg, stack[sp - 1], b); }
                        case Op.COMPARE_OP -> { f.lasti = i; sp = Adaptive.compareOp(q, i, stack, sp, oparg); }
                        case Op.COMPARE_OP_INT -> sp = SpecializedOps.compareInt(q, i, stack, sp, oparg);
                        case Op.COMPARE_OP_FLOAT -> sp = SpecializedOps.compareFloat(q, i, stack, sp, oparg);
                        case Op.COMPARE_OP_STR -> sp = SpecializedOps.compareStr(q, i, stack, sp, oparg);
                        case Op.COMPARE_OP_INT_JUMP -> { int n = SpecializedOps.compareIntJump(q, i, code, ip, stack, sp, oparg); if (n >= 0) { ip = n; sp -= 2; } else { sp--; } }
                        case Op.COMPARE_OP_FLOAT_JUMP -> { int n = SpecializedOps.compareFloatJump(q, i, code, ip, stack, sp, oparg); if (n >= 0) { ip = n; sp -= 2; } else { sp--; } }
                        case Op.COMPARE_OP_STR_JUMP -> { int n = SpecializedOps.compareStrJump(q, i, code, ip, stack, sp, oparg); if (n >= 0) { ip = n; sp -= 2; } else { sp--; } }
                        // Not followed by a conditional jump (else they are IS_OP__POP_JUMP/CONTAINS_OP__POP_JUMP): rarer.
                        case Op.IS_OP -> sp = SpecializedOps.isOp(stack, sp, oparg);
                        case Op.CONTAINS_OP -> { f.lasti = i; sp = SpecializedOps.containsOp(stack, sp, oparg); }
                        case Op.BINARY_SUBSCR -> { f.lasti = i; sp = Adaptive.binarySubscr(q, i, stack, sp); }
                        case Op.BINARY_SUBSCR_LIST_INT -> sp = SpecializedOps.subscrListInt(q, i, stack, sp);
                        case Op.BINARY_SUBSCR_TUPLE_INT -> sp = SpecializedOps.subscrTupleInt(q, i, stack, sp);
                        case Op.BINARY_SUBSCR_STR_INT -> sp = SpecializedOps.subscrStrInt(q, i, stack, sp);
                        case Op.BINARY_SUBSCR_DICT -> { f.lasti = i; sp = SpecializedOps.subscrDict(q, i, stack, sp); }
                        case Op.STORE_SUBSCR -> { f.lasti = i; sp = Adaptive.storeSubscr(q, i, stack, sp); }
                        case Op.STORE_SUBSCR_LIST_INT -> sp = SpecializedOps.storeListInt(q, i, stack, sp);
                        case Op.STORE_SUBSCR_DICT -> { f.lasti = i; sp = SpecializedOps.storeDict(q, i, stack, sp); }
                        // a[k] op= v: COPY 2, COPY 2, BINARY_SUBSCR and SWAP 3, SWAP 2, STORE_SUBSCR; ip - 1 is the subscript's index.
                        case Op.COPY__COPY__BINARY_SUBSCR -> { ip += 2; f.lasti = ip - 1; sp = SpecializedOps.copySubscr(q, code, ip - 1, stack, sp); }
                        case Op.SWAP__SWAP__STORE_SUBSCR -> { ip += 2; f.lasti = ip - 1; sp = SpecializedOps.swapStoreSubscr(q, code, ip - 1, stack, sp); }
                        case Op.BUILD_SLICE -> sp = Ops.buildSlice(stack, sp, oparg);
                        case Op.LOAD_CONST -> stack[sp++] = q.consts[oparg];
                        case Op.LOAD_GLOBAL -> sp = Adaptive.loadGlobal(f, q, i, stack, sp, oparg);
                        // With a following COMPARE_OP_INT_JUMP in one dispatch (`if c == EMPTY:` against a module constant).
                        case Op.LOAD_GLOBAL_MODULE -> { sp = SpecializedOps.loadGlobalModule(f, q, i, stack, sp, oparg); if (((word = code[ip]) & 0xFF) == Op.COMPARE_OP_INT_JUMP) {
                            int n = SpecializedOps.compareIntJump(q, ip++, code, ip, stack, sp, word >>> 8); if (n >= 0) { ip = n; sp -= 2; } else { sp--; } } }
                        case Op.LOAD_GLOBAL_BUILTIN -> sp = SpecializedOps.loadGlobalBuiltin(f, q, i, stack, sp, oparg);
                        case Op.LOAD_FAST -> { PyObject v = stack[oparg]; stack[sp++] = v != null ? v : f.unboundLocal(oparg); }
                        case Op.STORE_FAST -> { stack[oparg] = stack[--sp]; stack[sp] = null; }
                        // Superinstructions: after the second fetch, ip - 1 is the second half's index (where it raises).
                        // With a following BINARY_SUBSCR_LIST_INT in one dispatch when it cannot raise or miss (`cells[q]`): ip then skips it.
                        case Op.LOAD_FAST__LOAD_FAST -> { PyObject v = stack[oparg]; stack[sp++] = v != null ? v : f.unboundLocal(oparg); oparg = code[ip++] >>> 8; v = stack[oparg]; stack[sp++] = v != null ? v : f.unboundLocal(oparg);
                            if ((code[ip] & 0xFF) == Op.BINARY_SUBSCR_LIST_INT) { int n = SpecializedOps.listItemInPair(stack, sp); sp += n; ip -= n; } }
                        case Op.LOAD_FAST__LOAD_CONST -> { PyObject v = stack[oparg]; stack[sp++] = v != null ? v : f.unboundLocal(oparg); stack[sp++] = q.consts[code[ip++] >>> 8]; }
                        case Op.LOAD_CONST__LOAD_FAST -> { stack[sp++] = q.consts[oparg]; oparg = code[ip++] >>> 8; PyObject v = stack[oparg]; stack[sp++] = v != null ? v : f.unboundLocal(oparg); }
                        case Op.STORE_FAST__LOAD_FAST -> { stack[oparg] = stack[sp - 1]; oparg = code[ip++] >>> 8; PyObject v = stack[oparg]; stack[sp - 1] = v != null ? v : f.unboundLocal(oparg); }
                        // The LOAD_ATTR/STORE_ATTR is specialized on its own: the pair runs it only in the forms it knows, then
                        // goes on while the next instruction is another LOAD_FAST(-led) one (`a.x * b.y`, `self.n + k`).
                        case Op.LOAD_FAST__LOAD_ATTR -> { do { PyObject v = stack[oparg]; stack[sp++] = v != null ? v : f.unboundLocal(oparg); int n = AttrOps.inPair(q, ip++, stack, sp, code[ip - 1]);
                            if (n < 0) { ip--; break; } sp = n; oparg = (word = code[ip]) >>> 8; } while (((word & 0xFF) == Op.LOAD_FAST__LOAD_ATTR || (word & 0xFF) == Op.LOAD_FAST) && ++ip > 0); }
                        // Test-and-branch pairs: the POP_JUMP_IF_FALSE/TRUE's opcode says which outcome jumps.
                        case Op.IS_OP__POP_JUMP, Op.CONTAINS_OP__POP_JUMP -> { f.lasti = i; ip = SpecializedOps.testAndBranch(word & 0xFF, code, ip, stack, sp, oparg); sp -= 2; }
                        case Op.STORE_FAST__STORE_FAST -> { stack[oparg] = stack[--sp]; stack[code[ip++] >>> 8] = stack[--sp]; stack[sp] = null; stack[sp + 1] = null; }
                        case Op.LOAD_CLOSURE -> stack[sp++] = stack[oparg];
                        case Op.LOAD_DEREF -> { PyObject v = ((PyCell) stack[oparg]).value; stack[sp++] = v != null ? v : Ops.unboundDeref(f, oparg); }
                        case Op.STORE_DEREF -> { ((PyCell) stack[oparg]).value = stack[--sp]; stack[sp] = null; }
                        case Op.LOAD_ATTR -> { f.lasti = i; sp = Adaptive.loadAttr(q, i, stack, sp, oparg); }
                        case Op.LOAD_ATTR_INSTANCE_VALUE -> sp = AttrOps.loadInstanceValue(q, i, stack, sp, oparg);
                        case Op.LOAD_ATTR_METHOD -> sp = AttrOps.loadMethod(q, i, stack, sp, oparg);
                        case Op.LOAD_ATTR_CLASS_VALUE -> sp = AttrOps.loadClassValue(q, i, stack, sp, oparg);
                        case Op.LOAD_ATTR_CLASS -> sp = AttrOps.loadClass(q, i, stack, sp, oparg);
                        case Op.LOAD_ATTR_MODULE -> sp = AttrOps.loadModule(q, i, stack, sp, oparg);
                        case Op.LOAD_ATTR_PROPERTY -> { f.lasti = i; sp = AttrOps.loadProperty(q, i, stack, sp, oparg); }
                        case Op.STORE_ATTR -> { f.lasti = i; sp = Adaptive.storeAttr(q, i, stack, sp, oparg); }
                        case Op.LOAD_ATTR_SLOT -> { f.lasti = i; sp = AttrOps.loadSlot(q, i, stack, sp, oparg); }
                        case Op.STORE_ATTR_SLOT -> { f.lasti = i; AttrOps.storeSlot(q, i, stack[sp - 1], oparg, stack[sp - 2]); stack[--sp] = null; stack[--sp] = null; }
                        case Op.STORE_ATTR_INSTANCE_VALUE, Op.STORE_ATTR_ADD_VALUE -> { AttrOps.storeValue(q, i, stack[sp - 1], oparg, stack[sp - 2]); stack[--sp] = null; stack[--sp] = null; }
                        case Op.CALL -> sp = Adaptive.call(ts, f, q, i, stack, sp, oparg, null);
                        case Op.CALL_PY_EXACT_ARGS -> sp = CallOps.callPyExact(ts, f, i, stack, sp, oparg, null);
                        case Op.CALL_PY_EXACT_ARGS_POP -> { sp = CallOps.callPyExactThen(ts, f, i, stack, sp, oparg, code[ip]); ip++; }
                        case Op.CALL_PY_CLASS -> sp = CallOps.callPyClass(ts, f, i, stack, sp, oparg, null);
                        case Op.CALL_NO_KW_TYPE_1, Op.CALL_NO_KW_METHOD_DESCRIPTOR, Op.CALL_NO_KW_BUILTIN -> sp = CallOps.callBuiltin(ts, f, i, word & 0xFF, stack, sp, oparg, null);
                        case Op.CALL_NO_KW_BUILTIN_CLASS -> sp = BuiltinCallOps.builtinClass(ts, f, i, stack, sp, oparg);
                        // Fixed argument counts: the helper knows the stack layout, so no oparg.
                        case Op.CALL_NO_KW_LEN -> sp = BuiltinCallOps.len(ts, f, i, stack, sp);
                        case Op.CALL_NO_KW_ISINSTANCE -> sp = BuiltinCallOps.isInstance(ts, f, i, stack, sp);
                        // Specialized only before a POP_TOP, which it does too (CPython 3.11's skip).
                        case Op.CALL_NO_KW_LIST_APPEND -> { sp = BuiltinCallOps.listAppend(ts, f, i, stack, sp); ip++; }
                        case Op.CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS -> sp = BuiltinCallOps.descrNoArgs(ts, f, i, stack, sp);
                        // A following POP_TOP runs here too (`seen.add(q)` as a statement).
                        case Op.CALL_NO_KW_METHOD_DESCRIPTOR_O -> { sp = BuiltinCallOps.descrOneArg(ts, f, i, stack, sp); if ((code[ip] & 0xFF) == Op.POP_TOP) { stack[--sp] = null; ip++; } }
                        case Op.CALL_NO_KW_METHOD_DESCRIPTOR_FAST -> sp = BuiltinCallOps.descrTwoArgs(ts, f, i, stack, sp);
                        case Op.CALL_NO_KW_BUILTIN_O -> sp = BuiltinCallOps.builtinOneArg(ts, f, i, stack, sp);
                        case Op.CALL_NO_KW_BUILTIN_FAST -> sp = BuiltinCallOps.builtinTwoArgs(ts, f, i, stack, sp);
                        case Op.CALL_PY_KW -> sp = CallOps.callPyKw(ts, f, i, stack, sp, oparg, null);
                        // Always right before its CALL: runs that CALL, with the names.
                        case Op.KW_NAMES -> sp = callWithKeywords(ts, f, q, ip++, stack, sp, oparg);
                        case Op.RETURN_VALUE -> { PyObject v = stack[--sp]; stack[sp] = null; return returned(f, sp, i, v); }
                        // LOAD_CONST + RETURN_VALUE (CPython 3.12's RETURN_CONST); a JUMP_FORWARD to a RETURN_VALUE (`return a if c else b`).
                        case Op.LOAD_CONST__RETURN_VALUE -> { return returned(f, sp, ip, q.consts[oparg]); }
                        case Op.JUMP_FORWARD__RETURN_VALUE -> { PyObject v = stack[--sp]; stack[sp] = null; return returned(f, sp, oparg, v); }
                        case Op.POP_JUMP_IF_FALSE -> { PyObject v = stack[--sp]; stack[sp] = null; if (v == PyBool.FALSE || v != PyBool.TRUE && !truth(f, i, v)) { ip = oparg; } }
                        case Op.POP_JUMP_IF_TRUE -> { PyObject v = stack[--sp]; stack[sp] = null; if (v == PyBool.TRUE || v != PyBool.FALSE && truth(f, i, v)) { ip = oparg; } }
                        case Op.POP_JUMP_IF_NONE -> { PyObject v = stack[--sp]; stack[sp] = null; if (v == PyNone.NONE) { ip = oparg; } }
                        case Op.POP_JUMP_IF_NOT_NONE -> { PyObject v = stack[--sp]; stack[sp] = null; if (v != PyNone.NONE) { ip = oparg; } }
                        case Op.JUMP_IF_TRUE_OR_POP -> { if (truth(f, i, stack[sp - 1])) { ip = oparg; } else { stack[--sp] = null; } }
                        case Op.JUMP_IF_FALSE_OR_POP -> { if (!truth(f, i, stack[sp - 1])) { ip = oparg; } else { stack[--sp] = null; } }
                        case Op.JUMP_FORWARD, Op.JUMP_BACKWARD_NO_INTERRUPT -> ip = oparg;
                        // A for loop's back edge also runs the loop's FOR_ITER_RANGE/SEQ + STORE_FAST when it can (SpecializedOps.loopBack).
                        case Op.JUMP_BACKWARD -> { if (backwardJump(ts, q, i)) { f.sp = sp; f.ip = oparg; return REENTER; } int r = SpecializedOps.loopBack(q, code, oparg, stack, sp); int m = r >> 31; ip = r ^ m; sp += m; }
                        case Op.GET_ITER -> { f.lasti = i; stack[sp - 1] = Abstract.iter(stack[sp - 1]); }
                        case Op.FOR_ITER -> { PyObject v = Adaptive.forIter(q, i, stack[sp - 1]); if (v != null) { stack[sp++] = v; } else { stack[--sp] = null; ip = oparg; } }
                        // The specialized FOR_ITERs store the item straight into the loop variable (CPython 3.11's FOR_ITER_RANGE).
                        // One case each (the same tail): which iterator kind runs is the switch's decision, not a branch C2 could prune and later trap on.
                        case Op.FOR_ITER_RANGE -> { PyObject v = SpecializedOps.forIterRange(q, i, stack[sp - 1]); if (v == null) { stack[--sp] = null; ip = oparg; } else if (((word = code[ip]) & 0xFF) == Op.STORE_FAST) { stack[word >>> 8] = v; ip++; } else { stack[sp++] = v; } }
                        case Op.FOR_ITER_SEQ -> { PyObject v = SpecializedOps.forIterSeq(q, i, stack[sp - 1]); if (v == null) { stack[--sp] = null; ip = oparg; } else if (((word = code[ip]) & 0xFF) == Op.STORE_FAST) { stack[word >>> 8] = v; ip++; } else { stack[sp++] = v; } }
                        case Op.FOR_ITER_GEN -> { PyObject v = Generators.forIterGen(ts, q, i, stack[sp - 1]); if (v == null) { stack[--sp] = null; ip = oparg; } else if (((word = code[ip]) & 0xFF) == Op.STORE_FAST) { stack[word >>> 8] = v; ip++; } else { stack[sp++] = v; } }
                        // Dict and enumerate iterators: the item's place and an unpacked pair's halves are SpecializedOps' decision, packed as ip | (sp change + 1) << 24.
                        case Op.FOR_ITER_DICT -> { int r = SpecializedOps.forIterDict(q, i, code, stack, sp, oparg); ip = r & 0xFFFFFF; sp += (r >>> 24) - 1; }
                        case Op.FOR_ITER_PAIRS -> { int r = SpecializedOps.forIterPairs(q, i, code, stack, sp, oparg); ip = r & 0xFFFFFF; sp += (r >>> 24) - 1; }
                        case Op.BUILD_TUPLE -> sp = Ops.buildTuple(stack, sp, oparg);
                        case Op.BUILD_LIST -> sp = Ops.buildList(stack, sp, oparg);
                        case Op.BUILD_MAP -> { f.lasti = i; sp = Ops.buildMap(stack, sp, oparg); }
                        case Op.BUILD_STRING -> sp = Ops.buildString(stack, sp, oparg);
                        case Op.LIST_APPEND -> sp = Ops.listAppend(stack, sp, oparg);
                        case Op.UNPACK_SEQUENCE -> sp = Adaptive.unpackSequence(q, i, stack, sp, oparg);
                        case Op.UNPACK_SEQUENCE_TUPLE -> sp = SpecializedOps.unpackTuple(q, i, stack, sp, oparg);
                        case Op.UNPACK_SEQUENCE_LIST -> sp = SpecializedOps.unpackList(q, i, stack, sp, oparg);
                        case Op.FORMAT_VALUE -> { f.lasti = i; sp = Ops.formatValue(stack, sp, oparg); }
                        case Op.RETURN_GENERATOR -> { f.sp = sp; f.ip = ip; f.lasti = i; f.returned = false; return Generators.create(ts, f); }
                        case Op.YIELD_VALUE -> { PyObject v = stack[--sp]; stack[sp] = null; f.sp = sp; f.ip = ip; f.lasti = i; f.returned = false; return v; }
                        case Op.SEND -> { if (Generators.send(ts, stack, sp)) { ip = oparg; } }
                        case Op.END_SEND -> { PyObject v = stack[--sp]; stack[sp] = null; stack[sp - 1] = v; }
                        // A traced frame's next instruction, or any instruction of code a traced frame runs (Stepper).
                        case Op.TRACE -> { f.sp = sp; f.ip = i; return Stepper.stop(ts, f); }
                        default -> sp = RareOps.execute(ts, f, i, word & 0xFF, oparg, sp);
                    }
                }
            } catch (Throwable t) {
                f.sp = sp;
                ip = unwind(ts, f, t, Math.max(ip - 1, 0));
                sp = f.sp;
            }
        }
    }

    /** Leaves a frame whose RETURN_VALUE at {@code lasti} returns {@code v} ({@code sp}: the depth after its pop). */
    private static PyObject returned(Frame f, int sp, int lasti, PyObject v) {
        f.sp = sp;
        f.ip = lasti + 1;
        f.lasti = lasti;
        f.returned = true;
        return v;
    }

    /**
     * The truth of {@code v} for a conditional jump or {@code not} at {@code i}: {@code lasti} set
     * first, as a {@code __bool__} or {@code __len__} it calls may read its caller's line
     * ({@code sys._getframe(1).f_lineno}, {@code warnings.warn(stacklevel=2)}).
     */
    private static boolean truth(Frame f, int i, PyObject v) {
        f.lasti = i;
        return Ops.isTrue(v);
    }

    /**
     * JUMP_BACKWARD's bookkeeping, out of the switch to keep {@link #execute} small: runs pending
     * events (a signal handler may raise KeyboardInterrupt, which then unwinds from the jump
     * itself, so ip must still point past it), counts the jump (the loop counter the tracing JIT will read) and says whether execute
     * should leave with {@link #REENTER} now.
     */
    private static boolean backwardJump(ThreadState ts, PyCode q, int i) {
        if (ts.events.pending) {
            PendingEventHandler.handle(ts);
        }
        return (++q.counters[i] & REENTRY_MASK) == 0;
    }

    /**
     * The CALL (any of its forms) at {@code i} of a call site with keyword arguments, right after
     * its KW_NAMES ({@code names}: the index of the names tuple): what the switch's CALL cases
     * do, with the names. Out of line so the dispatch method stays small.
     */
    private static int callWithKeywords(ThreadState ts, Frame f, PyCode q, int i, PyObject[] stack, int sp, int names) {
        String[] kwnames = q.kwnames(names);
        int word = q.instrs[i];
        if ((word & 0xFF) == Op.TRACE) {
            // code a hook armed (a profile function): the CALL as compiled, which the step runs with its KW_NAMES
            word = q.code.code[i];
        }
        int op = word & 0xFF, argc = word >>> 8;
        f.lasti = i;
        return switch (op) {
            case Op.CALL -> Adaptive.call(ts, f, q, i, stack, sp, argc, kwnames);
            case Op.CALL_PY_EXACT_ARGS -> CallOps.callPyExact(ts, f, i, stack, sp, argc, kwnames);
            case Op.CALL_PY_CLASS -> CallOps.callPyClass(ts, f, i, stack, sp, argc, kwnames);
            case Op.CALL_PY_KW -> CallOps.callPyKw(ts, f, i, stack, sp, argc, kwnames);
            case Op.CALL_NO_KW_LEN, Op.CALL_NO_KW_ISINSTANCE, Op.CALL_NO_KW_TYPE_1, Op.CALL_NO_KW_LIST_APPEND,
                 Op.CALL_NO_KW_METHOD_DESCRIPTOR, Op.CALL_NO_KW_BUILTIN, Op.CALL_NO_KW_BUILTIN_CLASS,
                 Op.CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS, Op.CALL_NO_KW_METHOD_DESCRIPTOR_O,
                 Op.CALL_NO_KW_METHOD_DESCRIPTOR_FAST, Op.CALL_NO_KW_BUILTIN_O, Op.CALL_NO_KW_BUILTIN_FAST ->
                    CallOps.callBuiltin(ts, f, i, op, stack, sp, argc, kwnames);
            default -> throw Errors.of(ExceptionTypes.SystemError, "KW_NAMES before " + Opcode.of(op));
        };
    }

    /**
     * Handles an exception thrown at instruction {@code i} of {@code f} (whose {@code sp} is
     * current): adds the traceback entry (unless the instruction re-raises), then finds the
     * handler in the exception table, trims the value stack to its depth and pushes what it
     * expects. Out of line so the dispatch method stays small.
     *
     * @return the handler's first instruction ({@code f.sp} is the new depth)
     * @throws PyException the exception, when no handler of this frame covers {@code i}
     */
    static int unwind(ThreadState ts, Frame f, Throwable t, int i) {
        if (t instanceof Stepper.Unwound u && u.frame == f) {
            // the stepped rest of this frame already unwound it (Stepper.stop)
            throw u.rethrow();
        }
        boolean reraise = false;
        if (t instanceof Reraise r && r.value == null) {
            // only hand-made code (types.CodeType) re-raises a NULL: CPython would crash
            t = org.taipan.runtime.Errors.of(org.taipan.runtime.ExceptionTypes.SystemError,
                    "re-raise of a missing exception");
        } else if (t instanceof Reraise r) {
            reraise = true;
            t = new PyException(r.value);
        }
        PyException e = ExceptionOps.asPyException(t);
        PyBaseException exc = e.value;
        CodeObject co = f.code.code;
        if (!reraise) {
            if (exc.traceback == null) {
                ExceptionOps.chainContext(exc, ts.handled);
            }
            exc.traceback = new PyTraceback(exc.traceback, f, i, co.lineOf(i));
        }
        if (f.stepping || f.fTrace != null) {
            // a traced frame: the profile function's 'c_exception', the trace function's 'exception'
            // (which may replace the exception, as CPython's call_exc_trace)
            e = TraceHooks.exceptionEvents(ts, f, i, e, !reraise);
            exc = e.value;
        }
        PyObject[] stack = f.stack;
        int sp = f.sp;
        CodeObject.ExceptionTableEntry h = co.handlerFor(i);
        if (h == null) {
            while (sp > f.stackBase) {
                stack[--sp] = null;
            }
            f.sp = sp;
            if (!reraise) {
                // a re-raise left f_lasti where CPython's RERAISE puts it (the instruction that first raised)
                f.lasti = i;
            }
            f.returned = true;
            throw e;
        }
        while (sp > f.stackBase + h.depth()) {
            stack[--sp] = null;
        }
        if (h.lasti()) {
            // a re-raise pushes the f_lasti it restored (CPython's exception_unwind pushes frame_lasti)
            stack[sp++] = PyInt.of(reraise ? f.lasti : i);
        }
        stack[sp++] = exc;
        f.sp = sp;
        return h.target();
    }
}
