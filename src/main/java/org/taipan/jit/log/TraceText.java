package org.taipan.jit.log;

import java.util.Locale;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrType;
import org.taipan.jit.ir.Trace;

/**
 * A trace as the JIT log prints it, and the counts the log reports about it. Unlike
 * {@link Trace#toString()}, constants are named as Python knows them ({@code [int]} for
 * {@code PyInt.class}) and every exit carries its number (the backend's: guards and raising
 * operations numbered from 0 in trace order) and the place where tier 1 resumes. The recorder
 * passes {@code TraceText.of(trace)} as the {@code recorded} text of
 * {@link org.taipan.jit.JitListener#compiled}, built only when a listener is installed.
 */
public final class TraceText {
    /** Column at which an instruction's exit comment starts. */
    private static final int EXIT_COLUMN = 48;

    private TraceText() {}

    /**
     * The instructions of {@code trace}, one per line, unindented, each line ending in
     * {@code \n}: {@code "i64 %6 = INT_ADD %4 %5"}, and for an exit
     * {@code "%7 = GUARD_NO_OVERFLOW_ADD %4 %5 %6   ; exit 1 -> prog.py:6 in f snap(...)"}.
     */
    public static String of(Trace trace) {
        StringBuilder b = new StringBuilder();
        int exit = 0;
        for (Ins i : trace.ops) {
            StringBuilder line = new StringBuilder(instruction(i));
            if (i.op.needsSnapshot()) {
                line.append(" ".repeat(Math.max(1, EXIT_COLUMN - line.length())))
                        .append("; exit ").append(exit++).append(" -> ").append(Describe.where(i));
                if (i.snapshot != null) {
                    line.append(' ').append(i.snapshot);
                }
            }
            b.append(line).append('\n');
        }
        return b.toString();
    }

    /** {@code "i64 %7 = INT_ADD %3 %5"}, {@code "%8 = GUARD_CLASS [int] %2"}: constants described, not Java's toString. */
    static String instruction(Ins i) {
        StringBuilder b = new StringBuilder();
        if (i.type != IrType.VOID) {
            b.append(i.type.name().toLowerCase(Locale.ROOT)).append(' ');
        }
        b.append('%').append(i.id).append(" = ").append(i.op);
        if (i.aux != null) {
            b.append(" [").append(Describe.constant(i.aux)).append(']');
        }
        for (Ins a : i.args) {
            b.append(a == null ? " null" : " %" + a.id);
        }
        return b.toString();
    }

    /** Number of exits: guards and operations that may raise. */
    public static int exits(Trace trace) {
        int n = 0;
        for (Ins i : trace.ops) {
            if (i.op.needsSnapshot()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Number of allocating operations (boxes, tuples: {@code IrOp.ALLOC}) in the loop body, after
     * {@code LOOP}: what runs every iteration. The recorder's count minus the optimizer's is the
     * log's "allocations removed" (an allocation kept only for exits is not in the body any more).
     */
    public static int allocations(Trace trace) {
        int loop = trace.loopIndex();
        int n = 0;
        for (int k = Math.max(loop, 0); k < trace.ops.size(); k++) {
            if (trace.ops.get(k).op.allocates()) {
                n++;
            }
        }
        return n;
    }
}
