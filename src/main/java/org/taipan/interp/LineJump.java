package org.taipan.interp;

import org.taipan.code.CodeObject;
import org.taipan.code.Op;
import org.taipan.code.StackKinds;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * {@code frame.f_lineno = n} from a trace function: a debugger's jump ("set next statement"),
 * CPython 3.11's {@code frame_setlineno}. Only the frame whose 'line' event is being reported
 * may jump (or a generator at the 'return' event of its yield); the frame then goes on at the
 * first instruction of line {@code n} (or of the first line after it that has code) whose
 * value stack the current one can be cut down to ({@link StackKinds}): the entries the target
 * does not have (a left {@code for} loop's iterator, a left {@code with} block's exit, a left
 * handler's exceptions) are popped, and nothing else runs (no {@code __exit__}, no
 * {@code finally}).
 *
 * <p>Every refusal raises ValueError with CPython's message; the first failing check decides:
 * the value's type, the event, the trace function, the range of lines, the stacks.
 */
final class LineJump {
    private LineJump() {}

    /**
     * Moves {@code f} to line {@code value}.
     *
     * @throws org.taipan.runtime.PyException AttributeError to delete; ValueError for a value
     *         that is not an exact int, a jump from elsewhere than a 'line' event of the frame's
     *         trace function, a line outside the code, or a target whose stack does not fit
     */
    static void setLineno(Frame f, PyObject value) {
        if (value == null) {
            throw Errors.of(ExceptionTypes.AttributeError, "cannot delete attribute");
        }
        if (!(value instanceof PyInt) || value.type() != PyInt.TYPE) {
            throw valueError("lineno must be an integer");
        }
        boolean suspended = checkEvent(f);
        if (f.fTrace == null) {
            throw valueError("f_lineno can only be set by a trace function");
        }
        PyInt n = (PyInt) value;
        if (!n.fitsLong() || n.longValue() != (int) n.longValue()) {
            throw valueError("lineno out of range");
        }
        int requested = (int) n.longValue();
        CodeObject co = f.code.code;
        if (requested < co.firstlineno) {
            throw valueError("line " + requested + " comes before the current code block");
        }
        int[] starts = lineStarts(co);
        int line = firstLineNotBefore(starts, requested);
        int resume = suspended ? -1 : resumeLine(co);
        if (resume >= requested && (line < 0 || resume < line)) {
            line = resume;
        }
        if (line < 0) {
            throw valueError("line " + requested + " comes after the current code block");
        }
        long[] stacks = StackKinds.of(co);
        long start = stacks[f.lasti];
        long best = StackKinds.OVERFLOWED;
        int bestAt = 0;
        boolean found = false;
        String refusal = "cannot find bytecode for specified line";
        boolean explained = false;
        // first CPython's RESUME, the def line's first instruction (none here), with an empty stack
        for (int i = suspended ? 0 : RESUME; i < starts.length; i++) {
            long target;
            if (i == RESUME) {
                if (resume != line) {
                    continue;
                }
                target = 0;
            } else if (starts[i] != line) {
                continue;
            } else {
                target = stacks[i];
            }
            if (StackKinds.compatible(start, target)) {
                found = true;
                if (target > best) {
                    best = target;
                    bestAt = i;
                }
            } else if (!found && !explained) {
                if (start == StackKinds.OVERFLOWED) {
                    refusal = "stack to deep to analyze";
                } else if (start == StackKinds.UNINITIALIZED) {
                    refusal = "can't jump from unreachable code";
                } else {
                    refusal = StackKinds.explainIncompatible(target);
                    explained = true;
                }
            }
        }
        if (!found) {
            throw valueError(refusal);
        }
        if (suspended) {
            // the yield has taken its value off the stack
            start = StackKinds.pop(start);
        }
        ThreadState ts = ThreadState.current();
        for (; start > best; start = StackKinds.pop(start)) {
            PyObject v = f.stack[--f.sp];
            f.stack[f.sp] = null;
            if (StackKinds.top(start) == StackKinds.EXCEPT) {
                // leaving a handler restores the exception handled around it, as POP_EXCEPT would
                ts.handled = v == PyNone.NONE ? ts.outerHandled : (PyBaseException) v;
            }
        }
        f.lineJumped = true;
        if (bestAt == RESUME) {
            // at CPython's RESUME: the def line until the next event, which is the 'line' of the first statement
            f.ip = f.lasti = TraceHooks.firstTraceable(co);
            f.traceLineno = co.firstlineno;
            return;
        }
        f.traceLineno = Frame.NO_LINE;
        f.lasti = bestAt;
        f.ip = bestAt;
        f.jumpedAtYield = suspended;
    }

    /** The candidate standing for CPython's RESUME, which Taipan's code has no instruction for. */
    private static final int RESUME = -1;

    /**
     * The line of CPython's RESUME: a function's, class body's or comprehension's def line; a
     * module's RESUME has line 0, before any line a jump may name.
     */
    private static int resumeLine(CodeObject co) {
        return (co.flags & CodeObject.CO_OPTIMIZED) == 0 && co.name.equals("<module>") ? 0 : co.firstlineno;
    }

    /**
     * Refuses a jump from anything but the 'line' event of {@code f}'s trace function (or the
     * 'return' event of a generator's yield, which CPython allows too, unless the generator has
     * neither fast locals nor values on its stack: CPython's {@code _PyFrame_GetState} then says
     * the frame is cleared).
     *
     * @return whether the frame is a generator suspended at a yield
     */
    private static boolean checkEvent(Frame f) {
        Object event = f.hookEvent;
        if (event == null) {
            // not reported to a hook right now: CPython's check would read a stale event
            throw valueError("f_lineno can only be set by a trace function");
        }
        if (event == TraceHooks.LINE) {
            return false;
        }
        if (event == TraceHooks.CALL) {
            throw valueError("can't jump from the 'call' trace event of a new frame");
        }
        // CPython reads a frame whose stack top is 0 (no locals, cells or frees, and nothing
        // on the stack under the yielded value) as cleared, and refuses its jump too.
        if (event == TraceHooks.RETURN && f.generator != null && !f.returned && f.sp >= f.stackBase && f.sp > 0
                && f.lasti >= 0 && (f.code.code.code[f.lasti] & 0xFF) == org.taipan.code.Op.YIELD_VALUE) {
            return true;
        }
        throw valueError("can only jump from a 'line' trace event");
    }

    /**
     * The line each instruction starts, or -1 (CPython's {@code marklines}): an instruction
     * starts a line when its line differs from the last line seen before it, instructions
     * without a line skipped. The last line before the first is that of CPython's RESUME; the
     * prologue before it (cells, a generator's start) is no target. A small exit block that
     * an unconditional jump reaches (a {@code return None} after an except body) counts as
     * following the jump: CPython copies it there ({@code extend_block}), where it starts no
     * line of its own.
     */
    private static int[] lineStarts(CodeObject co) {
        int[] code = co.code;
        int len = code.length;
        int first = TraceHooks.firstTraceable(co);
        // the line in effect after each instruction, in address order
        int[] after = new int[len];
        int last = resumeLine(co);
        for (int i = 0; i < len; i++) {
            if (i >= first && co.lineOf(i) != -1) {
                last = co.lineOf(i);
            }
            after[i] = last;
        }
        int[] inlinedAfter = new int[len];
        java.util.Arrays.fill(inlinedAfter, -1);
        for (int k = first; k < len; k++) {
            int op = code[k] & 0xFF;
            if (op == Op.JUMP_FORWARD || op == Op.JUMP_BACKWARD) {
                int t = code[k] >>> 8;
                if (t > first && isSmallExit(code, t) && !fallsThrough(code[t - 1] & 0xFF)) {
                    inlinedAfter[t] = k;
                }
            }
        }
        int[] starts = new int[len];
        java.util.Arrays.fill(starts, -1);
        last = resumeLine(co);
        for (int i = first; i < len; i++) {
            if (inlinedAfter[i] >= 0) {
                last = after[inlinedAfter[i]];
            }
            int l = co.lineOf(i);
            if (l != -1 && l != last) {
                starts[i] = l;
            }
            if (l != -1) {
                last = l;
            }
        }
        return starts;
    }

    /** Whether the instructions from {@code t} end the frame within CPython's copy limit (4) and without a jump. */
    private static boolean isSmallExit(int[] code, int t) {
        for (int k = t; k < code.length && k < t + 4; k++) {
            int op = code[k] & 0xFF;
            if (op == Op.RETURN_VALUE || op == Op.RERAISE || op == Op.RAISE_VARARGS) {
                return true;
            }
            if (org.taipan.code.Opcode.of(op).hasJump()) {
                return false;
            }
        }
        return false;
    }

    private static boolean fallsThrough(int op) {
        return !org.taipan.code.Opcode.of(op).isTerminator();
    }

    /** The smallest line started at or after {@code line}, or -1. */
    private static int firstLineNotBefore(int[] starts, int line) {
        int best = Integer.MAX_VALUE;
        for (int l : starts) {
            if (l >= line && l < best) {
                best = l;
            }
        }
        return best == Integer.MAX_VALUE ? -1 : best;
    }

    private static RuntimeException valueError(String message) {
        return Errors.of(ExceptionTypes.ValueError, message);
    }
}
