package org.taipan.interp;

import org.taipan.code.CodeObject;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.PyCell;
import org.taipan.runtime.PyBaseException;

/**
 * A Python frame: the state of one running code object as plain data, so that a later JIT can
 * rebuild it at a side exit. One array holds CPython 3.11's "localsplus" (locals, then cells,
 * then frees: {@link #fast}, indices below {@link #stackBase}) followed by the value stack
 * ({@link #stack}, the same array, from {@link #stackBase} to {@link #sp}), as CPython's
 * {@code _PyInterpreterFrame} does: a call allocates the frame and one array. {@link #ip} is the
 * next instruction and {@link #lasti} the one running (for tracebacks and {@code f_lineno}).
 */
public final class Frame extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("frame", PyType.OBJECT);

    static {
        TYPE.addAttr("f_code", new PyGetSetDescr(TYPE, "f_code", o -> ((Frame) o).code, null));
        TYPE.addAttr("f_globals", new PyGetSetDescr(TYPE, "f_globals", o -> ((Frame) o).globals, null));
        TYPE.addAttr("f_builtins", new PyGetSetDescr(TYPE, "f_builtins", o -> ((Frame) o).builtins, null));
        TYPE.addAttr("f_locals", new PyGetSetDescr(TYPE, "f_locals", o -> ((Frame) o).localsMapping(), null));
        TYPE.addAttr("f_lineno", new PyGetSetDescr(TYPE, "f_lineno", o -> PyInt.of(((Frame) o).lineno()),
                (o, v) -> LineJump.setLineno((Frame) o, v)));
        TYPE.addAttr("f_trace", new PyGetSetDescr(TYPE, "f_trace", o -> {
            PyObject t = ((Frame) o).fTrace;
            return t == null ? PyNone.NONE : t;
        }, (o, v) -> TraceHooks.setFrameTrace((Frame) o, v == null || v == PyNone.NONE ? null : v)));
        TYPE.addAttr("f_trace_lines", new PyGetSetDescr(TYPE, "f_trace_lines",
                o -> org.taipan.runtime.PyBool.of(((Frame) o).traceLines), (o, v) -> ((Frame) o).traceLines = boolAttr("f_trace_lines", v)));
        TYPE.addAttr("f_trace_opcodes", new PyGetSetDescr(TYPE, "f_trace_opcodes",
                o -> org.taipan.runtime.PyBool.of(((Frame) o).traceOpcodes), (o, v) -> ((Frame) o).traceOpcodes = boolAttr("f_trace_opcodes", v)));
        TYPE.addAttr("f_lasti", new PyGetSetDescr(TYPE, "f_lasti", o -> PyInt.of(((Frame) o).lastiOffset()), null));
        TYPE.addAttr("f_back", new PyGetSetDescr(TYPE, "f_back", o -> {
            Frame b = ((Frame) o).back;
            return b == null ? PyNone.NONE : b;
        }, null));
        TYPE.tp_repr = o -> {
            Frame f = (Frame) o;
            return PyStr.of("<frame at " + org.taipan.runtime.ObjectSlots.address(o) + ", file '" + f.code.code.filename
                    + "', line " + f.lineno() + ", code " + f.code.code.name + ">");
        };
        TYPE.addMethodNoArgs("clear", self -> {
            FrameClearing.clear((Frame) self);
            return PyNone.NONE;
        });
        TYPE.ready();
    }

    public final PyCode code;
    public final PyFunction function;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping of module and class bodies (null for optimized function frames). */
    public PyObject locals;
    /** Fast locals (indices 0 to {@link #stackBase} - 1), then the value stack: the same array as {@link #stack}. */
    public final PyObject[] fast;
    /** The value stack, from index {@link #stackBase}: the same array as {@link #fast}. */
    public final PyObject[] stack;
    /** Where the value stack starts in {@link #stack}: the code's {@code nlocalsplus}. */
    public final int stackBase;
    /** The value stack's depth as an index into {@link #stack} ({@link #stackBase} when empty). */
    public int sp;
    public int ip;
    public int lasti = -1;
    /** The calling frame while this one runs. */
    public Frame back;
    /** The generator (or coroutine) owning this frame, or null. */
    public PyObject generator;
    /**
     * Null for a plain call. Set on a frame whose call tier 2 began for an instruction that is
     * not a plain call (an inlined {@code __init__} or operator dunder, rebuilt by a side exit or
     * left by an aborted recording): {@link Eval#finishCalls} gives the caller
     * {@link CallEnd#result} of the returned value instead (jit contract: jit.ir.Snapshot).
     */
    public CallEnd callEnd;
    /** For a generator frame: the exception to raise at the suspension point on resumption. */
    PyBaseException pendingThrow;
    /** Set by the interpreter loop when the frame finished with RETURN_VALUE (rather than yielding). */
    boolean returned;
    /** The exception state saved by a generator frame between resumptions ({@code gi_exc_state}). */
    PyBaseException savedHandled;
    /** Whether {@link #savedHandled} is set: this suspended generator frame has an exception of its own being handled. */
    boolean hasSavedHandled;

    /**
     * The code words {@link Eval#execute} runs: the code object's {@code instrs}, except while
     * the frame is single-stepped for a trace or profile function ({@link #stepping}), when it is
     * the frame's own copy holding TRACE everywhere but at the next instruction ({@link Stepper}).
     */
    int[] instrs;
    /** Set while {@link Stepper} runs this frame one instruction at a time. */
    boolean stepping;
    /** The frame's local trace function ({@code f_trace}), or null. */
    PyObject fTrace;
    /** {@code f_trace_lines}: whether the local trace function gets 'line' events. */
    boolean traceLines = true;
    /** {@code f_trace_opcodes}: whether it gets an 'opcode' event before each instruction. */
    boolean traceOpcodes;
    /** The line {@code f_lineno} reports during a 'call' event (CPython's first RESUME), or {@link #NO_LINE}. */
    int traceLineno = NO_LINE;
    /** The event a hook is being told about this frame right now ({@link TraceHooks}), or null: where a jump may start. */
    Object hookEvent;
    /** Set when a generator suspended at a yield jumped ({@link LineJump}): its resumption drops the value sent. */
    boolean jumpedAtYield;
    /**
     * Set once a trace function moved this frame ({@code f_lineno}, {@link LineJump}): a jump can
     * skip an assignment, so a local may be unbound where every path of the bytecode binds it, and
     * compiled traces only check the locals the bytecode leaves maybe unbound; the JIT runs no
     * trace in such a frame.
     */
    public boolean lineJumped;
    /** The builtin a stepped CALL is calling, for the profile function's 'c_exception' (set around the call). */
    PyObject cCall;

    /** {@link #traceLineno} when no event overrides the running instruction's line. */
    static final int NO_LINE = Integer.MIN_VALUE;

    private static boolean boolAttr(String name, PyObject v) {
        if (!(v instanceof org.taipan.runtime.PyBool)) {
            throw Errors.typeError("attribute value type must be bool");
        }
        return v == org.taipan.runtime.PyBool.TRUE;
    }

    public Frame(PyCode code, PyFunction function, PyDict globals, PyDict builtins, PyObject locals) {
        this.code = code;
        this.function = function;
        this.globals = globals;
        this.builtins = builtins;
        // A function whose code has no fast locals (module code given to FunctionType) names
        // its globals as its locals, as CPython's _PyFunction_Vectorcall does.
        this.locals = locals == null && function != null && code.globalsAsLocals ? globals : locals;
        int n = code.nlocalsplus;
        this.fast = new PyObject[code.frameSize];
        this.stack = fast;
        this.stackBase = n;
        this.sp = n;
        this.instrs = code.instrs;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The line of the running instruction (CPython's {@code PyFrame_GetLineNumber}). */
    public int lineno() {
        if (traceLineno != NO_LINE) {
            return traceLineno;
        }
        int l = code.code.lineOf(Math.max(lasti, 0));
        return l < 0 ? code.code.firstlineno : l;
    }

    /**
     * {@code f_lasti}: the byte offset of the running instruction in {@code co_code} (CPython
     * 3.11's layout, {@code PyCode.layout}), or -1 before the first instruction ran.
     */
    public int lastiOffset() {
        return lasti < 0 || lasti >= code.code.code.length ? lasti * 2 : code.layout().offset(lasti);
    }

    /** {@code locals()}: the mapping, or a snapshot dict of the fast locals for function frames. */
    public PyObject localsMapping() {
        if (locals != null) {
            return locals;
        }
        // One dict per frame, refreshed on every call, as CPython's f_locals: names that are not
        // fast locals (stored by exec into it) stay in it.
        PyDict d = localsSnapshot;
        if (d == null) {
            d = localsSnapshot = new PyDict();
        }
        CodeObject c = code.code;
        for (int i = 0; i < stackBase; i++) {
            PyObject v = fast[i];
            if (v instanceof PyCell cell && (c.localsplusKinds[i] & (CodeObject.CO_FAST_CELL | CodeObject.CO_FAST_FREE)) != 0) {
                v = cell.value;
            }
            if (v != null) {
                d.setItem(code.localsplusNames[i], v);
            } else if (d.getItem(code.localsplusNames[i]) != null) {
                d.delItem(code.localsplusNames[i]);
            }
        }
        return d;
    }

    /**
     * After a trace or profile function ran: writes what it stored in {@code f_locals} back into
     * the fast locals (CPython's {@code PyFrame_LocalsToFast}, clear=0: a name missing from the
     * dict leaves its local alone), so that a debugger's assignment takes effect. Does nothing
     * unless {@code f_locals} of this function frame was read.
     */
    void localsToFast() {
        PyDict d = localsSnapshot;
        if (d == null || locals != null) {
            return;
        }
        CodeObject c = code.code;
        for (int i = 0; i < stackBase; i++) {
            PyObject v = d.getItem(code.localsplusNames[i]);
            if (v == null) {
                continue;
            }
            if ((c.localsplusKinds[i] & (CodeObject.CO_FAST_CELL | CodeObject.CO_FAST_FREE)) != 0) {
                if (fast[i] instanceof PyCell cell) {
                    cell.value = v;
                }
            } else {
                fast[i] = v;
            }
        }
    }

    /** Refreshes the {@code f_locals} snapshot if one was made (before a trace function runs, as CPython's {@code PyFrame_FastToLocals}). */
    void fastToLocals() {
        if (localsSnapshot != null && locals == null) {
            localsMapping();
        }
    }

    /** The dict {@link #localsMapping} returns for a function frame, made on first use. */
    private PyDict localsSnapshot;

    /** Raises "cannot access local variable" for an unbound fast local. */
    PyObject unboundLocal(int i) {
        throw Errors.of(org.taipan.runtime.ExceptionTypes.UnboundLocalError, "cannot access local variable '"
                + code.localsplusNames[i] + "' where it is not associated with a value");
    }
}
