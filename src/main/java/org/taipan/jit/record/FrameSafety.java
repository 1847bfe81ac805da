package org.taipan.jit.record;

import java.util.Set;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyMethodDescr;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * Which builtin calls a trace may make as a plain helper, one that observes no frame. Inside an
 * INLINED call the inlined frames do not exist as real frames while the trace runs: a call that
 * passes the rule below runs as it is, any other runs with them made real for its length
 * ({@code exit.RealFrames}: a frame per level and the snapshot's values boxed, each call). A call
 * passes when it can observe no frame: it runs no Python code (no user {@code __eq__}, {@code __index__}, {@code write}
 * method of a replaced {@code sys.stdout}, codec search function) and does not look at its
 * caller's frame ({@code locals()}, {@code eval}, {@code sys._getframe}). The recorder's rule:
 * the receiver and every argument are <em>inert</em> (an exact str, bytes, int, float, bool or
 * None: their methods are Java code throughout), guarded by class so that it still holds when the
 * trace runs; and the callee is not one of {@link #FRAME_OBSERVING} (for functions of modules,
 * only {@link #SAFE_MODULES}). What an allowed call raises is unwound in the inlined frame by the
 * exit of its CALL_HELPER, as tier 1 would raise it there.
 *
 * <p>In the loop's own frame the same rule picks the helper's form: a call that passes it is a
 * plain CALL_HELPER, any other is the {@link org.taipan.interp.RunsPython} form, before which the
 * trace writes the frame's changed locals (the Python code it runs may read them).
 */
final class FrameSafety {
    private FrameSafety() {}

    /**
     * Functions of {@code builtins} that read or run code in their caller's frame, or call out
     * to objects outside their arguments (the streams, the import system, the debugger): never
     * called from an inlined frame.
     */
    static final Set<String> FRAME_OBSERVING = Set.of("locals", "globals", "vars", "dir", "eval", "exec",
            "compile", "__import__", "__build_class__", "breakpoint", "print", "input", "open", "help",
            "exit", "quit");

    /**
     * Modules besides {@code builtins} whose functions, given inert arguments, run only Java code
     * ({@code _operator}'s are the operators themselves: {@code random.randrange} calls
     * {@code operator.index} on each argument).
     */
    static final Set<String> SAFE_MODULES = Set.of("math", "cmath", "_operator");

    /** Methods of an exact list that run no Python code whatever their (inert) arguments; append whatever it appends. */
    private static final Set<String> LIST_METHODS = Set.of("append", "pop", "copy", "clear", "reverse", "__len__");

    /** Methods of an exact dict that take no argument and run no Python code. */
    private static final Set<String> DICT_METHODS = Set.of("keys", "values", "items", "copy", "clear", "__len__");

    /** Methods of str/bytes that may run Python code even on inert arguments (the codec registry). */
    private static final Set<String> CODEC_METHODS = Set.of("encode", "decode");

    /**
     * Methods of {@code _random.Random} that run only Java code on inert arguments, called bound
     * ({@code random.random()} is the module's hidden instance's method; {@code randrange} calls
     * {@code self.getrandbits(k)} from inlined frames).
     */
    private static final Set<String> RANDOM_METHODS = Set.of("random", "getrandbits");

    /**
     * Whether the bound builtin method {@code m}, which the trace does not hold as a constant, may
     * be called with {@code args} as a plain helper from an inlined frame: one of {@link
     * #RANDOM_METHODS} bound to a random generator, every argument inert. The caller guards that
     * the object called later runs the same body ({@code PyBuiltinFunction.body}) and the
     * arguments' classes.
     */
    static boolean boundAllowed(PyBuiltinFunction m, PyObject[] args) {
        return allInert(args) && m.self() instanceof org.taipan.modules.random.PyRandom && RANDOM_METHODS.contains(m.name());
    }

    /** Whether every one of {@code args} is {@link #inert}. */
    static boolean allInert(PyObject[] args) {
        for (PyObject a : args) {
            if (!inert(a)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code o} is an exact str, bytes, int, float, bool or None. */
    static boolean inert(PyObject o) {
        Class<?> c = o == null ? null : o.getClass();
        return c == PyStr.class || c == PyInt.class || c == PyFloat.class || c == PyBool.class
                || c == PyNone.class || c == PyBytes.class;
    }

    /** Guards that {@code v} (holding {@link #inert} {@code o} now) keeps {@code o}'s exact class. */
    static void guardInert(TraceBuilder b, Ins v, PyObject o) {
        b.guard(IrOp.GUARD_CLASS, o.getClass(), v);
    }

    /**
     * Whether the builtin function {@code fn} may be called from an inlined frame with inert
     * arguments: one of the frame's {@code builtins} (by identity) not in {@link #FRAME_OBSERVING},
     * or a function of a {@link #SAFE_MODULES} module.
     */
    static boolean builtinAllowed(PyBuiltinFunction fn, PyDict builtins) {
        String module = fn.self() instanceof PyModule m ? m.name() : fn.self() == null ? "builtins" : null;
        if ("builtins".equals(module)) {
            return builtins != null && !FRAME_OBSERVING.contains(fn.name()) && builtins.getItem(PyStr.of(fn.name())) == fn;
        }
        return module != null && SAFE_MODULES.contains(module);
    }

    /**
     * Whether the method descriptor {@code d} may be called on {@code self} with {@code args} from
     * an inlined frame: on an inert receiver with inert arguments (but no codec method), or one of
     * the list and dict methods that run no Python code.
     */
    static boolean descriptorAllowed(PyMethodDescr d, PyObject self, PyObject[] args) {
        boolean inertArgs = true;
        for (PyObject a : args) {
            inertArgs &= inert(a);
        }
        Class<?> c = self.getClass();
        if (c == PyList.class) {
            return d.name().equals("append") || inertArgs && LIST_METHODS.contains(d.name());
        }
        if (c == PyDict.class) {
            return args.length == 0 && DICT_METHODS.contains(d.name());
        }
        return inert(self) && inertArgs && (!CODEC_METHODS.contains(d.name()) || javaCodec(args));
    }

    /**
     * Whether a codec method's positional arguments (encoding, then errors) are strs naming a
     * codec and a handler that run only Java code ({@link org.taipan.runtime.Codecs#convertsInJava}:
     * {@code os.environ}'s {@code key.encode(encoding, 'surrogateescape')}). The caller guards each
     * by identity ({@link #guardCodecArgument}): another str there may name a registry codec.
     */
    private static boolean javaCodec(PyObject[] args) {
        if (args.length > 2) {
            return false;
        }
        for (PyObject a : args) {
            if (a == null || a.getClass() != PyStr.class) {
                return false;
            }
        }
        return org.taipan.runtime.Codecs.convertsInJava(args.length > 0 ? args[0].toString() : null,
                args.length > 1 ? args[1].toString() : null);
    }

    /** Whether the arguments of a call of {@code d} {@link #descriptorAllowed} must each keep their identity. */
    static boolean codecMethod(PyMethodDescr d) {
        return CODEC_METHODS.contains(d.name());
    }

    /** Guards that {@code v} (holding {@code o} now) still holds that very object: a codec method's encoding or errors name. */
    static void guardCodecArgument(TraceBuilder b, Ins v, PyObject o) {
        if (v.op != IrOp.CONST_REF || v.aux != o) {
            b.guard(IrOp.GUARD_IS, o, v);
        }
    }
}
