package org.taipan.interp;

import org.taipan.code.CodeObject;
import org.taipan.code.Opcode;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyMethodDescr;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyMethod;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * Chooses the specialized form of a {@code CALL} from the callable it sees now (CPython 3.11's
 * {@code _Py_Specialize_Call}), or backs off. Called before the generic call executes; it never
 * changes what that call does.
 */
final class CallSpecializer {
    private CallSpecializer() {}

    /** Flags under which a call cannot copy its arguments straight into the parameters. */
    private static final int NOT_SIMPLE = CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS;

    /**
     * @param stack the caller's value stack: callable-or-NULL, self-or-callable, then {@code argc} arguments
     * @param sp the stack depth (index just past the last argument)
     */
    static void call(PyCode q, int i, PyObject[] stack, int sp, int argc, String[] kwnames, PyDict builtins) {
        if (kwnames == null) {
            int base = sp - argc - 2;
            PyObject a = stack[base];
            PyObject b = stack[base + 1];
            if (callBuiltin(q, i, a, b, argc, builtins)) {
                return;
            }
            PyFunction fn = null;
            int nargs = argc;
            if (a == null) {
                if (b instanceof PyFunction g) {
                    fn = g;
                } else if (b instanceof PyMethod m && m.function instanceof PyFunction g) {
                    fn = g;
                    nargs = argc + 1;
                }
            } else if (a instanceof PyFunction g) {
                fn = g;
                nargs = argc + 1;
            }
            if (a == null && b instanceof PyType t) {
                int version = t.versionTag();
                PyFunction init = initOf(b, argc);
                if (init != null) {
                    q.caches[i] = new ClassInit(t, version, init);
                    Quickening.specialize(q, i, Opcode.CALL_PY_CLASS);
                    return;
                }
            }
            if (fn != null && binds(fn, nargs)) {
                // No cache: the specialized form re-checks the callee's parameter shape on every call.
                Quickening.specialize(q, i, nextConsumesResult(q, i) ? Opcode.CALL_PY_EXACT_ARGS_POP : Opcode.CALL_PY_EXACT_ARGS);
                return;
            }
        } else if (callKw(q, i, stack, sp, argc, kwnames)) {
            return;
        }
        Quickening.fail(q, i);
    }

    /**
     * Whether the instruction after the CALL at {@code i} is a POP_TOP (a call statement), which
     * the _POP forms and CALL_NO_KW_LIST_APPEND do themselves. Nothing jumps to that POP_TOP: it
     * ends the statement the call begins.
     */
    private static boolean nextIsPopTop(PyCode q, int i) {
        return i + 1 < q.instrs.length && (q.instrs[i + 1] & 0xFF) == org.taipan.code.Op.POP_TOP;
    }

    /**
     * Whether the instruction after the CALL at {@code i} is a POP_TOP, a STORE_FAST or the
     * first word of a STORE_FAST__LOAD_FAST, which CALL_PY_EXACT_ARGS_POP runs itself
     * ({@link CallOps#callPyExactThen}). Quickening combines instructions once, when the code
     * object is made, so that form cannot change under the call.
     */
    private static boolean nextConsumesResult(PyCode q, int i) {
        if (i + 1 >= q.instrs.length) {
            return false;
        }
        int op = q.instrs[i + 1] & 0xFF;
        return op == org.taipan.code.Op.POP_TOP || op == org.taipan.code.Op.STORE_FAST
                || op == org.taipan.code.Op.STORE_FAST__LOAD_FAST;
    }

    /** The cache of the builtin-call forms: the callee seen (identity-checked on every call). */
    record Builtin(PyObject callee) {}

    /**
     * The cache of CALL_NO_KW_BUILTIN for a bound builtin method ({@code append = lst.append}):
     * any bound builtin running the same body passes ({@link PyBuiltinFunction#body}).
     * Not the bound method itself: the cache lives as long as the code object, and CPython's
     * caches keep no object alive (its CALL_NO_KW_BUILTIN_* check the callable's kind only).
     */
    record BoundBuiltin(Object body) {
        boolean accepts(PyObject callee) {
            return callee instanceof PyBuiltinFunction bf && bf.body() == body && bf.isBoundMethod();
        }
    }

    /**
     * The cache of the CALL_NO_KW_METHOD_DESCRIPTOR forms: the descriptor, and the Java class
     * and type of the self it was checked against. {@code exact} when every object of that Java
     * class has that type (a builtin value such as an exact str or list), so the class check
     * alone re-checks self; otherwise the type is compared too.
     */
    record Descr(PyMethodDescr descr, Class<?> selfClass, PyType selfType, boolean exact) {
        /** Whether {@code self} is of the class (and type) the descriptor was checked against. */
        boolean accepts(PyObject self) {
            return self.getClass() == selfClass && (exact || self.type() == selfType);
        }

        static Descr of(PyMethodDescr d, PyObject self) {
            Class<?> c = self.getClass();
            return new Descr(d, c, self.type(), EXACT_CLASSES.contains(c));
        }
    }

    /**
     * Java classes whose every instance is of one builtin type that never changes (a user
     * subclass's instances are of the nested {@code Sub} class): set covers set and frozenset,
     * whose method descriptors are separate objects, so the descriptor identity tells them apart.
     */
    static final java.util.Set<Class<?>> EXACT_CLASSES = java.util.Set.of(PyStr.class, PyList.class,
            PyDict.class, PyTuple.class, PyInt.class, PyFloat.class, org.taipan.runtime.PySet.class,
            org.taipan.runtime.PyBytes.class, org.taipan.runtime.PyByteArray.class);

    /**
     * The cache of CALL_NO_KW_BUILTIN_O/_FAST: the builtin function (identity-checked on every
     * call) and whether a call of it counts a recursion level ({@link PyBuiltinFunction#countsRecursion}).
     */
    record BuiltinFn(PyBuiltinFunction fn, boolean counted) {}

    private static final PyStr LEN = PyStr.of("len");
    private static final PyStr ISINSTANCE = PyStr.of("isinstance");
    /** {@code list.append}: builtin types never change, so the descriptor is fixed for the process. */
    static final PyObject LIST_APPEND = PyList.TYPE.lookup(PyStr.of("append"));

    /**
     * The builtin forms (CPython 3.11's CALL_NO_KW_LEN, _ISINSTANCE, _TYPE_1, _LIST_APPEND,
     * _METHOD_DESCRIPTOR_*, CALL_BUILTIN_*): chosen by the identity of the callee, which the
     * specialized instruction re-checks.
     *
     * @return whether the instruction was specialized
     */
    private static boolean callBuiltin(PyCode q, int i, PyObject a, PyObject b, int argc, PyDict builtins) {
        Opcode op = null;
        Object cache = null;
        if (a == null && b instanceof PyBuiltinFunction bf && bf.isMethodWrapper()) {
            // each access makes a new method-wrapper, so the identity check would always miss,
            // and the cache would keep its object alive (super().__init__(): the instance made)
            return false;
        } else if (a == null && b instanceof PyBuiltinFunction bf) {
            PyObject len = builtins == null ? null : builtins.getItem(LEN);
            PyObject isinstance = builtins == null ? null : builtins.getItem(ISINSTANCE);
            op = bf == len && argc == 1 ? Opcode.CALL_NO_KW_LEN
                    : bf == isinstance && argc == 2 ? Opcode.CALL_NO_KW_ISINSTANCE : Opcode.CALL_NO_KW_BUILTIN;
            cache = op == Opcode.CALL_NO_KW_BUILTIN && bf.isBoundMethod() ? new BoundBuiltin(bf.body()) : new Builtin(bf);
            if (op == Opcode.CALL_NO_KW_BUILTIN && (argc == 1 ? bf.oneArg() : argc == 2 ? bf.twoArgs() : null) != null) {
                op = argc == 1 ? Opcode.CALL_NO_KW_BUILTIN_O : Opcode.CALL_NO_KW_BUILTIN_FAST;
                cache = new BuiltinFn(bf, bf.countsRecursion());
            }
        } else if (a == null && b == PyType.TYPE && argc == 1) {
            op = Opcode.CALL_NO_KW_TYPE_1;
            cache = new Builtin(b);
        } else if (a == null && TypeCalls.handles(b, argc)) {
            op = Opcode.CALL_NO_KW_BUILTIN_CLASS;
            cache = new Builtin(b);
        } else if (a == LIST_APPEND && argc == 1 && b instanceof PyList && nextIsPopTop(q, i)) {
            op = Opcode.CALL_NO_KW_LIST_APPEND;
        } else if (a instanceof PyMethodDescr m && b.type().isSubtypeOf(m.owner())) {
            op = argc == 0 && m.noArgs() != null ? Opcode.CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS
                    : argc == 1 && m.oneArg() != null ? Opcode.CALL_NO_KW_METHOD_DESCRIPTOR_O
                    : argc == 2 && m.twoArgs() != null ? Opcode.CALL_NO_KW_METHOD_DESCRIPTOR_FAST
                    : Opcode.CALL_NO_KW_METHOD_DESCRIPTOR;
            cache = Descr.of(m, b);
        }
        if (op == null) {
            return false;
        }
        q.caches[i] = cache;
        Quickening.specialize(q, i, op);
        return true;
    }

    /**
     * CALL_PY_KW: for calls of {@code code} with these keyword names (the KW_NAMES array, compared
     * by identity), {@code slots[k]} is the parameter that keyword {@code k} fills; every slot is
     * at least {@code minSlot}, so positional arguments below it never collide with a keyword.
     */
    record KwCall(CodeObject code, String[] kwnames, int[] slots, int minSlot) {}

    /** The Python function a CALL's stack holds and how many implicit leading arguments (self) it gets, or null. */
    static PyFunction kwCallee(PyObject a, PyObject b) {
        if (a == null) {
            return b instanceof PyFunction g ? g : b instanceof PyMethod m && m.function instanceof PyFunction g ? g : null;
        }
        return a instanceof PyFunction g ? g : null;
    }

    private static boolean callKw(PyCode q, int i, PyObject[] stack, int sp, int argc, String[] kwnames) {
        int base = sp - argc - 2;
        PyFunction fn = kwCallee(stack[base], stack[base + 1]);
        if (fn == null) {
            return false;
        }
        CodeObject co = fn.code.code;
        if ((co.flags & NOT_SIMPLE) != 0) {
            return false;
        }
        int total = co.argcount + co.kwonlyargcount;
        int[] slots = new int[kwnames.length];
        int min = total;
        for (int k = 0; k < kwnames.length; k++) {
            int j = -1;
            for (int p = co.posonlyargcount; p < total; p++) {
                if (co.varnames[p].equals(kwnames[k])) {
                    j = p;
                    break;
                }
            }
            if (j < 0) {
                return false;
            }
            slots[k] = j;
            min = Math.min(min, j);
        }
        q.caches[i] = new KwCall(co, kwnames, slots, min);
        Quickening.specialize(q, i, Opcode.CALL_PY_KW);
        return true;
    }

    /** BINARY_OP_USER: the left operand's class (at {@code version}) and the Python dunder its slot calls. */
    record UserBinary(PyType type, int version, PyFunction fn) {}

    /**
     * BINARY_OP on an instance of a Python class whose operator slot calls a Python dunder that
     * takes (self, other), with a right operand of the same class or of a builtin type (so no
     * reflected dunder of a subclass must be tried first).
     *
     * @return whether the instruction was specialized
     */
    static boolean binaryUser(PyCode q, int i, int nb, PyObject v, PyObject w) {
        PyType tv = v.type(), tw = w.type();
        if (!tv.isHeapType() || tw != tv && tw.isHeapType()) {
            return false;
        }
        int version = tv.versionTag();
        String name = org.taipan.runtime.Abstract.userBinaryDunder(nb, tv);
        if (name != null && tv.lookup(name) instanceof PyFunction fn && binds(fn, 2)) {
            q.caches[i] = new UserBinary(tv, version, fn);
            Quickening.specialize(q, i, Opcode.BINARY_OP_USER);
            return true;
        }
        return false;
    }

    /**
     * The {@code __init__} to run for {@code callee(argc positional arguments)} when that call is
     * exactly "allocate a plain instance with object.__new__, then run a simple Python
     * {@code __init__}": a class whose metaclass is {@code type}, without {@code __new__} or
     * {@code __del__}; null otherwise.
     */
    static PyFunction initOf(PyObject callee, int argc) {
        if (callee instanceof PyType t && t.type() == PyType.TYPE && t.isHeapType() && ObjectSlots.usesObjectNew(t)
                && t.tp_finalize == null && t.lookup(INIT) instanceof PyFunction init && binds(init, argc + 1)) {
            return init;
        }
        return null;
    }

    private static final PyStr INIT = PyStr.of("__init__");

    /**
     * The cache of CALL_PY_CLASS: the class seen, its version tag then, and the {@code __init__}
     * {@link #initOf} found. While the tag is unchanged (no change to the namespace or bases of
     * the class or of a base: {@code __init__}, {@code __new__}, {@code __del__},
     * {@code __abstractmethods__} included) and its metaclass is still {@code type}, that answer
     * stands without a lookup; the {@code __init__}'s parameters are still re-checked per call
     * ({@code __code__} and {@code __defaults__} can change without touching the class).
     */
    record ClassInit(PyType type, int version, PyFunction init) {}

    /**
     * True when {@code nargs} positional arguments, completed by {@code fn}'s positional
     * defaults, fill exactly its parameters (CPython 3.11's {@code CALL_PY_WITH_DEFAULTS} shape).
     */
    static boolean binds(PyFunction fn, int nargs) {
        return binds(fn, fn.code, nargs);
    }

    /** {@link #binds(PyFunction, int)} with {@code fn}'s code {@code q} already at hand. */
    static boolean binds(PyFunction fn, PyCode q, int nargs) {
        int argcount = q.simpleArgcount;
        // -1 (not simple) is below every nargs >= 0.
        return nargs == argcount
                || nargs < argcount && fn.defaults != null && nargs >= argcount - fn.defaults.size();
    }

    /**
     * A new frame for {@code fn} with its missing trailing positional parameters (from
     * {@code nargs} on) set from its defaults; the caller stores the {@code nargs} arguments.
     * Only when {@link #binds} holds.
     */
    static Frame frameFor(PyFunction fn, int nargs) {
        return frameFor(fn, fn.code, nargs);
    }

    /**
     * {@link #frameFor(PyFunction, int)} with {@code fn}'s code {@code q} (for which {@link #binds}
     * held). A closure's cells are copied here and the frame starts after the COPY_FREE_VARS
     * that would copy them (an instruction that runs out of line, {@link RareOps}); it cannot
     * raise, and nothing jumps back to a code object's first instruction.
     */
    static Frame frameFor(PyFunction fn, PyCode q, int nargs) {
        Frame f = new Frame(q, fn, fn.globals, fn.builtins, null);
        int nfree = q.leadingCopyFreeVars;
        if (nfree != 0) {
            System.arraycopy(fn.closure, 0, f.fast, q.nlocalsplus - nfree, nfree);
            f.ip = 1;
        }
        int argcount = q.simpleArgcount;
        if (nargs < argcount) {
            PyTuple d = fn.defaults;
            int m = argcount - d.size();
            for (int k = nargs; k < argcount; k++) {
                f.fast[k] = d.get(k - m);
            }
        }
        return f;
    }
}
