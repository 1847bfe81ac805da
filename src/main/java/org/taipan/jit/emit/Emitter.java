package org.taipan.jit.emit;

import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.constant.ClassDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.taipan.jit.CompiledTrace;
import org.taipan.jit.exit.ExitPoint;
import org.taipan.jit.ir.Trace;

/**
 * The tier-2 backend's entry: turns an optimized {@link Trace} into JVM code, one hidden class per
 * trace (defined with its constants as class data, unloadable once the trace is dropped; nothing
 * is patched in place, a new trace is a new class). See {@link TraceWriter} for the code's shape.
 */
public final class Emitter {
    /**
     * Full loop iterations one call of {@code run} does before it returns -1 with the frame at the
     * loop header: bounded so that HotSpot compiles a trace class by invocation counts (the
     * launcher turns on-stack replacement off for C2), and so that pending events are seen.
     */
    public static final int DEFAULT_BUDGET = 1000;

    /**
     * HotSpot's {@code HugeMethodLimit}: a method with more bytecode than this is never compiled
     * (it would stay in the JVM's interpreter, slower than tier 1), so a longer trace is refused.
     */
    static final int MAX_RUN_BYTES = 8000;

    /** Which traces get exit blocks as methods of their own ({@link ExitGroups}). */
    enum ExitMethods {
        /** None: a trace whose run is over {@link #MAX_RUN_BYTES} in every inline form is refused. */
        OFF,
        /** Those whose run is over the limit in every inline form. */
        OVER_LIMIT,
        /** Every trace (for running the tests over that form). */
        ALWAYS
    }

    /**
     * {@code -Dtaipan.jit.exitMethods=off|over-limit|always}; off when unset. Not on by default:
     * unpack_sequence's outer loop (6.4 KB of run with exit methods) ran its whole 1,000,000
     * iterations in C1's profiled code while C2 spent seconds on it, 2.8x the CPU of leaving the
     * loop to tier 1 (see docs/ARCHITECTURE.md).
     */
    static final ExitMethods EXIT_METHODS = switch (System.getProperty("taipan.jit.exitMethods", "off")) {
        case "always" -> ExitMethods.ALWAYS;
        case "over-limit" -> ExitMethods.OVER_LIMIT;
        default -> ExitMethods.OFF;
    };

    /**
     * Trace length (IR ops) above which even the first form is measured without stack maps before
     * it is written in full. A probe saves a refused form its stack maps (about a tenth of a
     * write near the size limit, more for a much bigger method) and costs a fitting one a second
     * write, so it pays only where most first forms do not fit: in the benchmarks all first
     * forms of up to 150 ops fit, 5 of 9 of 159-202 ops (6-12 KB of {@code run}), none of the
     * longer ones (213 and 227 ops: 15 and 33 KB).
     */
    static final int PROBE_OPS = 200;

    private Emitter() {}

    private static byte[] write(TraceWriter w) {
        return write(w, true);
    }

    private static byte[] write(TraceWriter w, boolean stackMaps) {
        try {
            return w.write(ClassDesc.of(Emitter.class.getPackageName() + ".Trace"), stackMaps);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // The class file API's refusals (a method over 64 KB, a stack map it cannot build):
            // the loop stays in tier 1, which is always correct.
            throw new UnsupportedOperationException("class file not built", e);
        }
    }

    /** The bytecode length of the generated {@code run} method. */
    private static int runLength(byte[] bytes) {
        for (MethodModel m : ClassFile.of().parse(bytes).methods()) {
            if (m.methodName().equalsString("run")) {
                return m.findAttribute(Attributes.code()).map(CodeAttribute::codeLength).orElse(0);
            }
        }
        return 0;
    }

    /** {@link #compile(Trace, int)} with {@link #DEFAULT_BUDGET}. */
    public static CompiledTrace compile(Trace t) {
        return compile(t, DEFAULT_BUDGET);
    }

    /**
     * Compiles {@code t} (verified, as {@link Trace#verify} checks).
     *
     * @param budget iterations per {@code run} before it leaves at the loop header through the
     *               snapshot of the trace's JUMP (when the recorder gave it one); 0 = no budget
     * @return the compiled trace, a {@link TraceCode}
     * @throws UnsupportedOperationException with the reason, when the trace holds what this backend
     *         cannot compile yet (an op without template, an inlined snapshot without its function, a
     *         run method HotSpot would not compile: over {@link #MAX_RUN_BYTES}): the JIT
     *         reports it as an abort
     */
    public static CompiledTrace compile(Trace t, int budget) {
        return compile(t, budget, EXIT_METHODS);
    }

    /**
     * Compiles a trace tree ({@link TraceTree}) into one class: the root trace's code with each
     * branch's bridge written at the exit it grew from (the direct form with links; the root's
     * exit points are reused, so its {@code run} answers the same exit numbers as the root's class).
     *
     * @return the tree's class, a {@link TraceCode} whose exit points are the root's
     * @throws UnsupportedOperationException when a branch cannot be written inline, or the tree's
     *         {@code run} would pass {@link #MAX_RUN_BYTES} (then the root's class keeps running)
     */
    public static CompiledTrace compileTree(TraceTree tree) {
        // as compile: a tree that may not fit is measured without stack maps first; a small one
        // is written once, in full
        boolean probe = tree.ops() > PROBE_OPS;
        TraceWriter w = new TraceWriter(tree, DEFAULT_BUDGET);
        byte[] bytes = write(w, !probe);
        if (runLength(bytes) > MAX_RUN_BYTES) {
            throw new UnsupportedOperationException("trace tree too big");
        }
        if (probe) {
            w = new TraceWriter(tree, DEFAULT_BUDGET);
            bytes = write(w);
        }
        return define(w, bytes);
    }

    /** A writer of {@code t}'s class in form 0-4 (see {@link #compile(Trace, int, ExitMethods)}); one writes one class. */
    private static TraceWriter writer(Trace t, int budget, int form) {
        return new TraceWriter(t, budget, form <= 1 || form == 4, form != 3, form == 4, form >= 1 && form <= 3);
    }

    /** {@link #compile(Trace, int)} with exit methods as {@code exitMethods} says. */
    static CompiledTrace compile(Trace t, int budget, ExitMethods exitMethods) {
        // exit blocks that store into the frame themselves are larger: then the same with guards
        // of one snapshot sharing their block (only where needed: sharing merges the paths of
        // exits C2 would otherwise compile apart, see docs/ARCHITECTURE.md), then the compact
        // form, then the smallest, whose exits are not linked to bridges (they reach them through
        // the JIT), then exit blocks as methods of their own, run keeping only the hot path
        int first = exitMethods == ExitMethods.ALWAYS ? 4 : 0, last = exitMethods == ExitMethods.OFF ? 3 : 4;
        TraceWriter w = null;
        byte[] bytes = null;
        int firstLength = 0;
        for (int form = first; form <= last; form++) {
            // a trace that may not fit is measured first without stack maps, and the class that is
            // defined is written again in full: each refused form cost a whole stack-map analysis
            boolean probe = form > first || t.ops.size() > PROBE_OPS;
            boolean fits;
            try {
                w = writer(t, budget, form);
                bytes = write(w, !probe);
                int length = runLength(bytes);
                if (firstLength == 0) {
                    firstLength = length;
                }
                fits = length <= MAX_RUN_BYTES;
                if (fits && probe) {
                    w = writer(t, budget, form);
                    bytes = write(w);
                }
            } catch (UnsupportedOperationException e) {
                if (form == last) {
                    throw e;
                }
                continue;
            }
            if (fits) {
                break;
            }
            if (form == last) {
                throw new org.taipan.jit.TraceTooBig(firstLength, MAX_RUN_BYTES);
            }
        }
        return define(w, bytes);
    }

    /** Defines the class {@code w} wrote as {@code bytes} and makes its one instance. */
    private static CompiledTrace define(TraceWriter w, byte[] bytes) {
        MethodHandles.Lookup here = MethodHandles.lookup();
        try {
            MethodHandles.Lookup defined = here.defineHiddenClassWithClassData(bytes, w.classData(), true);
            return (CompiledTrace) defined.findConstructor(defined.lookupClass(),
                            MethodType.methodType(void.class, List.class, ExitPoint.class))
                    .invoke(w.exits(), w.budgetExit());
        } catch (LinkageError e) {
            // A VerifyError or ClassFormatError is a backend bug; tier 1 runs the loop correctly meanwhile.
            throw new UnsupportedOperationException("trace class rejected by the JVM", e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("trace class not defined", e);
        }
    }
}
