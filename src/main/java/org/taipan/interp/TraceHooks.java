package org.taipan.interp;

import java.lang.invoke.SwitchPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.taipan.code.CodeObject;
import org.taipan.code.Op;
import org.taipan.runtime.Callables;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PendingEvents;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.ThreadState;

/**
 * {@code sys.settrace} and {@code sys.setprofile}: the events a thread's trace and profile
 * functions get, in CPython 3.11's order (Python/ceval.c's {@code call_trace},
 * {@code maybe_call_line_trace}, {@code call_exc_trace}; Python/sysmodule.c's
 * {@code trace_trampoline} and {@code profile_trampoline}).
 *
 * <p>How frames reach here without the untraced path paying for it: while any thread has a hook,
 * the interpreter's pending-events flag stays set ({@code PendingEvents.hooked}), so every frame
 * entry ({@link Eval#run}) passes through the handler and then {@link #run}, which runs the
 * frame one instruction at a time ({@link Stepper}). A frame already running when it must start
 * reporting (its {@code f_trace} set by a debugger's {@code set_trace}) cannot be reached that
 * way: its code object's shared words are replaced by TRACE ("armed"), so that its dispatch
 * loop stops at its next instruction and goes on stepped; the words come back (generic, to be
 * quickened again) when no thread of the interpreter has a hook any more (the armed set is
 * the interpreter's, {@code PendingEvents.armedCodes}).
 */
public final class TraceHooks {
    private TraceHooks() {}

    static final PyStr CALL = PyStr.of("call"), LINE = PyStr.of("line"), RETURN = PyStr.of("return"),
            EXCEPTION = PyStr.of("exception"), OPCODE = PyStr.of("opcode"), C_CALL = PyStr.of("c_call"),
            C_RETURN = PyStr.of("c_return"), C_EXCEPTION = PyStr.of("c_exception");

    /**
     * Invalidated when a thread sets a hook while none had one, or the recursion limit is lowered
     * ({@link #frameEntryChanged}): compiled traces guard on it at their entry, at each inlined
     * call's entry and after each call ({@code jit.record.Recorder}), so none runs on past the
     * point where events would be due or an inlined call would pass the new limit; replaced by a
     * fresh one at each invalidation.
     */
    private static volatile SwitchPoint unhooked = new SwitchPoint();

    /** Guards the replacement of {@link #unhooked}. */
    private static final Object UNHOOKED_LOCK = new Object();

    /**
     * The switch point a compiled trace assumes valid: since it was recorded no thread set a hook
     * and the recursion limit was not lowered (either makes tier 1 owe work at a frame's entry).
     */
    public static SwitchPoint unhooked() {
        return unhooked;
    }

    /**
     * Invalidates {@link #unhooked()} (a hook was set, or {@code sys.setrecursionlimit} lowered the
     * limit the inlined calls of compiled traces were checked against): such traces leave at their
     * next guard of it and are recorded again.
     */
    public static void frameEntryChanged() {
        synchronized (UNHOOKED_LOCK) {
            SwitchPoint old = unhooked;
            unhooked = new SwitchPoint();
            SwitchPoint.invalidateAll(new SwitchPoint[] {old});
        }
    }

    /**
     * {@code sys.settrace(func)} on thread {@code ts}: {@code func} (null for None) gets a 'call'
     * event for each new frame, and its result becomes the frame's local trace function. Frames
     * already running that have an {@code f_trace} start reporting at their next instruction.
     */
    public static void setTrace(ThreadState ts, PyObject func) {
        boolean before = hooked(ts);
        ts.traceFunc = func == PyNone.NONE ? null : func;
        changed(ts, before);
        if (ts.traceFunc != null) {
            for (Frame f = ts.frame; f != null; f = f.back) {
                if (f.fTrace != null) {
                    arm(ts, f);
                }
            }
        }
    }

    /** {@code sys.setprofile(func)} on thread {@code ts} (null for None). */
    public static void setProfile(ThreadState ts, PyObject func) {
        boolean before = hooked(ts);
        ts.profileFunc = func == PyNone.NONE ? null : func;
        changed(ts, before);
        if (ts.profileFunc != null) {
            // every running frame reports its builtin calls and its return
            for (Frame f = ts.frame; f != null; f = f.back) {
                arm(ts, f);
            }
        }
    }

    /** Drops the hooks of a thread that ends. */
    public static void clear(ThreadState ts) {
        setTrace(ts, null);
        setProfile(ts, null);
    }

    /** Whether thread {@code ts} has a trace or profile function now (the recorder stops at one set while it records). */
    public static boolean hooked(ThreadState ts) {
        return ts.traceFunc != null || ts.profileFunc != null;
    }

    private static void changed(ThreadState ts, boolean before) {
        boolean after = hooked(ts);
        if (!before && after) {
            frameEntryChanged();
            ts.events.hookAdded();
        } else if (before && !after && ts.events.hookRemoved()) {
            disarmAll(ts.events);
        }
    }

    /** {@code frame.f_trace = fn}: a running frame of a traced thread starts reporting at its next instruction. */
    static void setFrameTrace(Frame f, PyObject fn) {
        f.fTrace = fn;
        ThreadState ts = ThreadState.currentOrNull();
        if (fn != null && ts != null && ts.traceFunc != null) {
            for (Frame g = ts.frame; g != null; g = g.back) {
                if (g == f) {
                    arm(ts, f);
                    break;
                }
            }
        }
    }

    /**
     * Makes running frame {@code f} of thread {@code ts} go on stepped from its next instruction
     * (see the class comment). The armed code objects are the interpreter's
     * ({@link PendingEvents#armedCodes}): another interpreter of the JVM whose last hook goes
     * away must not give this one's running frames their plain words back.
     */
    private static void arm(ThreadState ts, Frame f) {
        if (f.stepping) {
            return;
        }
        PyCode q = f.code;
        Set<PyCode> armed = ts.events.armedCodes;
        synchronized (armed) {
            if (armed.add(q)) {
                int[] base = q.code.code;
                int[] words = q.instrs;
                for (int k = 0; k < words.length; k++) {
                    words[k] = (base[k] & ~0xFF) | Op.TRACE;
                }
            }
        }
    }

    /** Whether {@code q}'s shared words are TRACE, armed by a thread of {@code ts}'s interpreter. */
    static boolean armed(ThreadState ts, PyCode q) {
        Set<PyCode> armed = ts.events.armedCodes;
        synchronized (armed) {
            return armed.contains(q);
        }
    }

    /**
     * No thread of the interpreter whose events are {@code events} has a hook: its armed code
     * objects get their words back, generic (quickening makes them specialized again).
     */
    private static void disarmAll(PendingEvents events) {
        List<PyCode> codes;
        Set<PyCode> armed = events.armedCodes;
        synchronized (armed) {
            codes = new ArrayList<>(armed);
            armed.clear();
        }
        for (PyCode q : codes) {
            int[] w = Quickening.combine(q.code.code.clone());
            System.arraycopy(w, 0, q.instrs, 0, w.length);
        }
    }

    /**
     * The index of a code's first instruction that reports events: past the prologue that
     * CPython puts before its first RESUME (COPY_FREE_VARS, MAKE_CELL, and a generator's
     * RETURN_GENERATOR and POP_TOP; CPython's {@code _co_firsttraceable}).
     */
    static int firstTraceable(CodeObject co) {
        int[] w = co.code;
        int k = 0;
        while (k < w.length && ((w[k] & 0xFF) == Op.COPY_FREE_VARS || (w[k] & 0xFF) == Op.MAKE_CELL)) {
            k++;
        }
        if (k < w.length && (w[k] & 0xFF) == Op.RETURN_GENERATOR) {
            k += 2;
        }
        return k;
    }

    /**
     * Runs pushed frame {@code f} on a thread with a hook: the 'call' event, the frame stepped,
     * the 'return' event. A generator function's first run, which only makes the generator,
     * reports nothing (each resumption does), nor does a frame a hook itself runs.
     */
    static PyObject run(ThreadState ts, Frame f) {
        CodeObject co = f.code.code;
        if (ts.inHook || f.lasti < 0 && (co.flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE
                | CodeObject.CO_ASYNC_GENERATOR)) != 0) {
            return Eval.loop(ts, f);
        }
        boolean fresh = f.lasti < firstTraceable(co);
        // CPython reports a 'call' at the code's RESUME: its first line (0 for a module), or the
        // line of the yield a generator resumes at
        f.traceLineno = !fresh ? co.lineOf(f.lasti)
                : (co.flags & CodeObject.CO_OPTIMIZED) == 0 && co.name.equals("<module>") ? 0 : co.firstlineno;
        try {
            if (ts.traceFunc != null) {
                trace(ts, f, CALL, PyNone.NONE);
            }
            if (ts.profileFunc != null) {
                profile(ts, f, CALL, PyNone.NONE);
            }
        } finally {
            f.traceLineno = Frame.NO_LINE;
        }
        return Stepper.runStepped(ts, f, fresh ? -1 : f.lasti);
    }

    /**
     * Runs a frame that tier 2 began (an inlined call a side exit re-created) on a thread that
     * has a hook: a frame not yet past its start reports its 'call' ({@link #run}), one in the
     * middle goes on stepped.
     */
    static PyObject runAfterExit(ThreadState ts, Frame f) {
        if (ts.inHook) {
            return Eval.loop(ts, f);
        }
        if (f.lasti < 0) {
            return run(ts, f);
        }
        return Stepper.runStepped(ts, f, f.lasti);
    }

    /** The 'return' event of {@code f}: {@code v} returned or yielded, or null when an exception leaves the frame. */
    static void returnEvent(ThreadState ts, Frame f, PyObject v) {
        if (ts.inHook) {
            return;
        }
        PyObject arg = v == null ? PyNone.NONE : v;
        if (ts.traceFunc != null && f.fTrace != null) {
            trace(ts, f, RETURN, arg);
        }
        if (ts.profileFunc != null) {
            profile(ts, f, RETURN, arg);
        }
    }

    /**
     * The events before instruction {@code j} of stepped frame {@code f}, {@code prev} the one
     * that ran last (-1: none since the frame began): 'line' when {@code j} starts a new line
     * or a backward jump lands on it (CPython's {@code maybe_call_line_trace}), then 'opcode'
     * when {@code f_trace_opcodes} is set.
     */
    static void lineEvents(ThreadState ts, Frame f, int prev, int j) {
        if (ts.traceFunc == null || ts.inHook || f.fTrace == null) {
            return;
        }
        f.lasti = j;
        if (f.traceLines) {
            CodeObject co = f.code.code;
            int line = co.lineOf(j);
            boolean report = line >= 0 && (prev < 0 || line != co.lineOf(prev)
                    || j < prev && (co.code[j] & 0xFF) != Op.SEND);
            if (report) {
                trace(ts, f, LINE, PyNone.NONE);
            }
        }
        if (f.traceOpcodes && f.fTrace != null && ts.traceFunc != null) {
            trace(ts, f, OPCODE, PyNone.NONE);
        }
    }

    /** The profile function's 'c_call' of builtin {@code fn}. */
    static void cCall(ThreadState ts, Frame f, int j, PyObject fn) {
        f.lasti = j;
        profile(ts, f, C_CALL, fn);
    }

    /** The profile function's 'c_return' of builtin {@code fn}. */
    static void cReturn(ThreadState ts, Frame f, PyObject fn) {
        if (ts.profileFunc != null && !ts.inHook) {
            profile(ts, f, C_RETURN, fn);
        }
    }

    /**
     * For {@link Eval#unwind} of a stepped frame, exception {@code e} at instruction {@code i}:
     * the profile function's 'c_exception' when a builtin the frame called raised it, then,
     * unless the instruction re-raises ({@code report} false), the trace function's
     * 'exception' with {@code (type, value, traceback)}. An exception a hook raises replaces
     * {@code e}.
     *
     * @return the exception to unwind with
     */
    static PyException exceptionEvents(ThreadState ts, Frame f, int i, PyException e, boolean report) {
        PyObject callee = f.cCall;
        f.cCall = null;
        if (ts.inHook) {
            return e;
        }
        if (report) {
            f.lasti = i;
        }
        if (callee != null && ts.profileFunc != null) {
            try {
                profile(ts, f, C_EXCEPTION, callee);
            } catch (PyException raised) {
                e = raised;
            }
        }
        if (report && ts.traceFunc != null && f.fTrace != null) {
            PyBaseException v = e.value;
            PyObject tb = v.traceback == null ? PyNone.NONE : v.traceback;
            try {
                trace(ts, f, EXCEPTION, PyTuple.of(v.type(), v, tb));
            } catch (PyException raised) {
                e = raised;
            }
        }
        return e;
    }

    /**
     * The 'exception' event CPython 3.11 reports when a FOR_ITER or SEND of a traced frame at
     * {@code j} ends its iteration by a StopIteration ({@code exc}) that the instruction absorbs.
     */
    static void stopIteration(ThreadState ts, Frame f, int j, PyBaseException exc) {
        if (ts.traceFunc == null || ts.inHook || f.fTrace == null) {
            return;
        }
        f.lasti = j;
        trace(ts, f, EXCEPTION, PyTuple.of(exc.type(), exc, exc.traceback == null ? PyNone.NONE : exc.traceback));
    }

    /** Whether the frame's local trace function would see an 'exception' event now. */
    static boolean tracesExceptions(ThreadState ts, Frame f) {
        return ts.traceFunc != null && !ts.inHook && f.fTrace != null;
    }

    /**
     * CPython's {@code trace_trampoline}: 'call' goes to the thread's trace function, the other
     * events to the frame's; a result other than None becomes the frame's local trace function.
     * A trace function that raises is removed ({@code sys.settrace(None)}, and the frame's
     * {@code f_trace} cleared) and its exception propagates.
     */
    private static void trace(ThreadState ts, Frame f, PyStr event, PyObject arg) {
        PyObject fn = event == CALL ? ts.traceFunc : f.fTrace;
        if (fn == null) {
            return;
        }
        PyObject r;
        try {
            r = invoke(ts, f, fn, event, arg);
        } catch (PyException e) {
            setTrace(ts, null);
            f.fTrace = null;
            throw e;
        }
        if (r != PyNone.NONE) {
            f.fTrace = r;
        }
    }

    /** CPython's {@code profile_trampoline}: the result is ignored; a profile function that raises is removed. */
    private static void profile(ThreadState ts, Frame f, PyStr event, PyObject arg) {
        PyObject fn = ts.profileFunc;
        try {
            invoke(ts, f, fn, event, arg);
        } catch (PyException e) {
            setProfile(ts, null);
            throw e;
        }
    }

    /** Calls hook {@code fn(frame, event, arg)} with events off, the frame's {@code f_locals} in step with its fast locals. */
    private static PyObject invoke(ThreadState ts, Frame f, PyObject fn, PyStr event, PyObject arg) {
        ts.inHook = true;
        Object outer = f.hookEvent;
        f.hookEvent = event;
        try {
            f.fastToLocals();
            return Callables.call(fn, f, event, arg);
        } finally {
            f.hookEvent = outer;
            ts.inHook = false;
            f.localsToFast();
        }
    }
}
