package org.taipan.jit.log;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;
import org.taipan.code.Op;
import org.taipan.code.Opcode;
import org.taipan.jit.ir.Trace;
import org.taipan.jit.ir.TypeVersion;
import org.taipan.runtime.FloatRepr;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.StrRepr;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyInstance;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;
import org.taipan.runtime.Shape;

/**
 * Text for trace constants and guards in the log. Never runs Python code (no {@code repr}): the
 * log is written while the program runs, and a {@code __repr__} could change what it does.
 */
public final class Describe {
    private Describe() {}

    /**
     * An instruction's constant: a Java class as the Python type it implements ({@code int} for
     * {@code PyInt.class}), a type by name, a shape by its attribute names, a function by its
     * qualified name, a Java method by class and name, None/True/False, numbers and strings as
     * they are, other Python objects by their type.
     */
    static String constant(Object aux) {
        return switch (aux) {
            case null -> "null";
            case Class<?> c -> pythonTypeName(c);
            case PyType t -> "type " + t.name();
            case Shape s -> shape(s);
            case TypeVersion v -> "type " + v.type().name() + " v" + v.version();
            case org.taipan.jit.ir.Dependency d -> d.what();
            case PyFunction f -> "function " + f.qualname;
            case PyCode c -> "code " + c.code.qualname;
            case PyNone n -> "None";
            case PyBool b -> b == PyBool.TRUE ? "True" : "False";
            // exact builtin values are shown as Python would repr them (no Python code runs for these)
            case PyInt i when i.getClass() == PyInt.class -> "int " + i.bigValue();
            case PyFloat f when f.getClass() == PyFloat.class -> "float " + FloatRepr.repr(f.value());
            case PyStr str when str.getClass() == PyStr.class -> "str " + shorten(StrRepr.repr(str));
            case Number n -> n.toString();
            case String s -> s;
            case String[] names -> "keywords " + String.join(", ", names);
            case Enum<?> e -> e.name();
            case Method m -> m.getDeclaringClass().getSimpleName() + "." + m.getName();
            case MethodHandle h -> "method handle " + h.type();
            case org.taipan.jit.exit.HeldSlot h -> h.toString();
            case PyObject o -> o.type().name() + " object";
            default -> aux.getClass().getSimpleName();
        };
    }

    /**
     * Why a trace left through {@code exit}: the check that failed, in words, with what the trace
     * expected ({@code GUARD_CLASS expected int}); for an operation that raised, that it raised.
     */
    static String why(Ins exit) {
        IrOp op = exit.op;
        String detail = switch (op) {
            case GUARD_CLASS -> "expected " + constant(exit.aux);
            case GUARD_IS -> exit.aux instanceof PyBool b
                    ? "branch went the other way (condition " + (b == PyBool.TRUE ? "false)" : "true)")
                    : "expected the same object (" + constant(exit.aux) + ")";
            case GUARD_SHAPE -> "expected " + constant(exit.aux);
            case GUARD_DICT_LACKS -> "the instance dict has " + constant(exit.aux);
            case GUARD_TYPE_VERSION -> exit.aux instanceof TypeVersion v
                    ? "expected type " + v.type().name() + " unchanged (another type came, or the class or a base was modified)"
                    : "expected " + constant(exit.aux);
            case GUARD_TYPE -> "expected " + constant(exit.aux);
            case GUARD_NOT_INVALIDATED -> "assumption invalidated: " + exit.aux;
            case GUARD_SMALL_INT -> "int does not fit 64 bits";
            case GUARD_TRUE -> "branch went the other way (condition false)";
            case GUARD_FALSE -> "branch went the other way (condition true)";
            case GUARD_NO_OVERFLOW_ADD, GUARD_NO_OVERFLOW_SUB, GUARD_NO_OVERFLOW_MUL -> "int overflow";
            case GUARD_NONZERO_I64, GUARD_NONZERO_F64 -> "zero divisor";
            case GUARD_LIST_INDEX -> "list index out of range";
            case GUARD_NOT_NULL -> exit.aux instanceof String w ? w : "failed";
            case CALL_TRACE -> "the inner loop's trace left it elsewhere than the recording (tier 1 goes on there)";
            case GUARD_YIELD -> "the iteration yields (tier 1 returns the value to the generator's caller)";
            case GUARD_SPLIT -> "the loop body was too big for one trace (its bridge runs the rest of the iteration)";
            default -> byName(op);
        };
        String what = (op == IrOp.CALL_HELPER || op == IrOp.RESIDUAL) && exit.aux != null ? op + " " + constant(exit.aux) : op.toString();
        return what + " " + detail;
    }

    /**
     * Reasons for guards added to the IR after this class was written, by naming convention, so
     * that a new op reads sensibly before anyone adds a case for it.
     */
    private static String byName(IrOp op) {
        String name = op.name();
        if (name.endsWith("_ITER_ACTIVE")) {
            return "iterator exhausted";
        }
        if (name.startsWith("GUARD_NO_OVERFLOW")) {
            return "int overflow";
        }
        if (name.startsWith("GUARD_NONZERO")) {
            return "zero divisor";
        }
        return op.isGuard() ? "failed" : "raised an exception";
    }

    /**
     * As {@link #why(Ins)}, adding {@code (the loop ended)} when the exit is a branch of
     * {@code trace}'s own frame whose other way leaves the loop: the loop's condition turned
     * false or its iterator ran out, which every loop does once, not a failed speculation.
     */
    static String why(Ins exit, Trace trace) {
        String why = why(exit);
        return trace != null && endsLoop(exit, trace) ? why + " (the loop ended)" : why;
    }

    /**
     * Whether {@code exit} (of {@code trace}, a loop trace or a bridge) is a branch or iterator
     * guard of the trace's own frame whose other way leaves the loop, or any exit of that frame
     * resuming outside the loop: such an exit never gets a bridge (jit.Bridges) and is reported as
     * {@code (the loop ended)}.
     */
    public static boolean endsLoop(Ins exit, Trace trace) {
        // an exhausted str/dict iterator under enumerate or zip exits at the FOR_ITER (jit.record.EnumerateZipRecorder)
        boolean iterator = exit.op.name().endsWith("_ITER_ACTIVE")
                || exit.op == IrOp.GUARD_NOT_NULL && "iterator exhausted".equals(exit.aux);
        boolean branch = switch (exit.op) {
            case GUARD_TRUE, GUARD_FALSE -> true;
            case GUARD_IS -> exit.aux instanceof PyBool;
            default -> iterator;
        };
        Snapshot s = exit.snapshot;
        if (s == null || s.code() != trace.code || s.parent() != null || trace.isFunctionEntry()) {
            // (a function-entry trace and its bridges run no loop of their own code)
            return false;
        }
        int last = Places.backJumpOf(trace.code, trace.loopHeaderIp);
        if (s.ip() < trace.loopHeaderIp || last >= 0 && s.ip() > last) {
            // it resumes outside the loop: an exhausted iterator's or a returned generator's exit
            // (GeneratorRecorder) resumes past the loop
            return true;
        }
        if (!branch) {
            return false;
        }
        int[] words = trace.code.code.code;
        // the guard resumes at the branch itself, or at the comparison just before it
        for (int k = s.ip(); k <= s.ip() + 1 && k < words.length; k++) {
            int op = Opcode.opcodeOf(words[k]);
            boolean condition = op == Op.POP_JUMP_IF_FALSE || op == Op.POP_JUMP_IF_TRUE || op == Op.POP_JUMP_IF_NONE
                    || op == Op.POP_JUMP_IF_NOT_NONE || op == Op.JUMP_IF_FALSE_OR_POP || op == Op.JUMP_IF_TRUE_OR_POP;
            // a condition's guard resuming at the header's FOR_ITER was hoisted there (Licm): the
            // iterator is not what it checks
            if (iterator ? op == Op.FOR_ITER : condition) {
                int target = Opcode.opargOf(words[k]);
                // against the loop's last back jump: a bridge's own is not the loop's, and a loop
                // recorded through a `continue` closed at that earlier one (the code after it is still the loop)
                return target > last || target < trace.loopHeaderIp;
            }
        }
        return false;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /** Where tier 1 resumes after {@code exit}: its snapshot's innermost frame ({@code ?} without one). */
    static String where(Ins exit) {
        Snapshot s = exit.snapshot;
        if (s == null) {
            return "?";
        }
        String place = Places.of(s.code(), s.ip());
        return s.parent() == null ? place : place + " (inlined, " + s.depth() + " frames)";
    }

    private static String shape(Shape s) {
        StringBuilder b = new StringBuilder("shape(");
        for (int i = 0; i < s.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(s.nameAt(i));
        }
        return b.append(')').toString();
    }

    /**
     * The Python type a Java class implements: the name of its {@code public static final PyType TYPE}
     * when it has one (the runtime's builtin types do), "instance of a class" for {@link PyInstance},
     * else the Java class's simple name.
     */
    static String pythonTypeName(Class<?> c) {
        if (c == PyInstance.class) {
            return "an instance of a Python class";
        }
        try {
            Field f = c.getField("TYPE");
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == PyType.class && f.get(null) instanceof PyType t) {
                return t.name();
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no TYPE field: fall through to the Java name
        }
        return c.getSimpleName();
    }
}
