package org.taipan.runtime;

import java.util.ArrayList;
import java.util.List;
import org.taipan.code.CPythonBytecode;
import org.taipan.code.CPythonBytecodeReader;
import org.taipan.code.CodeObject;
import org.taipan.code.Opcode;

/**
 * Code objects made from Python values: {@code types.CodeType(...)} (CPython 3.11's
 * {@code code_new}) and {@code code.replace(...)} ({@code code_replace}). The instructions
 * arrive in CPython 3.11's {@code co_code} layout, as Taipan shows them
 * ({@link CPythonBytecode}), and are read back by {@link CPythonBytecodeReader}; the location
 * and exception tables are read against that layout. What comes back is what was given:
 * {@code co_code}, the tables and {@code co_stacksize} read back as passed, while the code runs
 * with the stack depth its instructions need.
 *
 * <p>CPython accepts any bytes and trusts them; Taipan accepts them too (a code object may be
 * made only to be looked at, as {@code test_code} does), but one whose instructions it could
 * not read or check is refused when it is about to run: made into a function, assigned to
 * {@code __code__}, or passed to {@code exec}/{@code eval} ({@link PyCode#checkRunnable()}).
 */
final class CodeConstruction {
    private CodeConstruction() {}

    /** The fields of a code object as {@code types.CodeType} takes them, in its order. */
    record Fields(int argcount, int posonlyargcount, int kwonlyargcount, int nlocals, int stacksize, int flags,
                  byte[] code, PyObject[] consts, String[] names, String[] varnames, String filename, String name,
                  String qualname, int firstlineno, byte[] linetable, byte[] exceptiontable, String[] freevars,
                  String[] cellvars) {}

    /**
     * A code object with {@code f}'s fields, CPython 3.11's checks applied first: the
     * constructor's own ({@code code_new}, when {@code constructor}), then
     * {@code _PyCode_Validate}'s, then {@code PyCode_NewWithPosOnlyArgs}'s.
     *
     * @throws PyException ValueError for a negative count (constructor), code of odd length, too
     *         few variable names for the arguments or {@code co_nlocals} other than their number;
     *         SystemError for more positional-only arguments than arguments, a negative stack
     *         size or negative flags
     */
    static PyCode make(Fields f, boolean constructor) {
        if (constructor) {
            if (f.argcount() < 0) {
                throw Errors.valueError("code: argcount must not be negative");
            }
            if (f.posonlyargcount() < 0) {
                throw Errors.valueError("code: posonlyargcount must not be negative");
            }
            if (f.kwonlyargcount() < 0) {
                throw Errors.valueError("code: kwonlyargcount must not be negative");
            }
            if (f.nlocals() < 0) {
                throw Errors.valueError("code: nlocals must not be negative");
            }
        }
        if (f.argcount() < f.posonlyargcount() || f.posonlyargcount() < 0 || f.kwonlyargcount() < 0
                || f.stacksize() < 0 || f.flags() < 0) {
            // PyErr_BadInternalCall's message names the line of _PyCode_Validate that raised it
            throw Errors.of(ExceptionTypes.SystemError, "Objects/codeobject.c:250: bad argument to internal function");
        }
        if (f.code().length % 2 != 0) {
            throw Errors.valueError("code: co_code is malformed");
        }
        int totalArgs = f.argcount() + f.kwonlyargcount() + ((f.flags() & CodeObject.CO_VARARGS) != 0 ? 1 : 0)
                + ((f.flags() & CodeObject.CO_VARKEYWORDS) != 0 ? 1 : 0);
        if (totalArgs > f.varnames().length) {
            throw Errors.valueError("code: co_varnames is too small");
        }
        if (f.nlocals() != f.varnames().length) {
            throw Errors.valueError("code: co_nlocals != len(co_varnames)");
        }
        // fast locals as CPython 3.11 lays them out: the variable names (a cell among them
        // shares its slot), then the other cells, then the free variables
        List<String> plusNames = new ArrayList<>(List.of(f.varnames()));
        List<Byte> plusKinds = new ArrayList<>();
        List<String> cells = List.of(f.cellvars());
        for (String v : f.varnames()) {
            plusKinds.add((byte) (CodeObject.CO_FAST_LOCAL | (cells.contains(v) ? CodeObject.CO_FAST_CELL : 0)));
        }
        for (String c : f.cellvars()) {
            if (!plusNames.contains(c)) {
                plusNames.add(c);
                plusKinds.add(CodeObject.CO_FAST_CELL);
            }
        }
        for (String v : f.freevars()) {
            plusNames.add(v);
            plusKinds.add(CodeObject.CO_FAST_FREE);
        }
        byte[] kinds = new byte[plusKinds.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = plusKinds.get(i);
        }
        CPythonBytecodeReader.Read read = CPythonBytecodeReader.read(f.code(), f.consts().length, f.names().length, kinds);
        String problem = read.problem() != null ? read.problem() : checkKeywordNames(read.code(), f.consts());
        Object[] javaConsts = new Object[f.consts().length];
        for (int i = 0; i < javaConsts.length; i++) {
            javaConsts[i] = javaConstant(f.consts()[i]);
        }
        int n = read.code().length;
        int[] none = new int[n];
        java.util.Arrays.fill(none, -1);
        CodeObject provisional = codeObject(f, read.code(), plusNames, kinds, javaConsts, Math.max(1, f.stacksize()),
                new CodeObject.ExceptionTableEntry[0], none, none, none, none);
        CPythonBytecode layout = read.layout(f.code(), provisional);
        CodeObject.ExceptionTableEntry[] handlers = new CodeObject.ExceptionTableEntry[0];
        try {
            handlers = layout.exceptionTableFrom(f.exceptiontable());
        } catch (IllegalArgumentException e) {
            problem = problem != null ? problem : "its exception table: " + e.getMessage();
        }
        int depth = f.stacksize();
        if (problem == null) {
            try {
                depth = Math.max(depth, CPythonBytecodeReader.stackDepth(read.code(), handlers));
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        int[][] positions = layout.positionsFrom(f.linetable(), f.firstlineno());
        CodeObject c = codeObject(f, read.code(), plusNames, kinds, javaConsts, Math.max(1, depth), handlers,
                positions[0], positions[1], positions[2], positions[3]);
        if (n == 0 && problem == null) {
            problem = "it has no instructions";
        }
        return PyCode.constructed(c, f.consts(), f, read.withProblem(problem));
    }

    private static CodeObject codeObject(Fields f, int[] code, List<String> plusNames, byte[] kinds, Object[] consts,
                                         int stacksize, CodeObject.ExceptionTableEntry[] handlers, int[] lines,
                                         int[] endLines, int[] cols, int[] endCols) {
        return new CodeObject(f.name(), f.qualname(), f.filename(), f.firstlineno(), f.argcount(), f.posonlyargcount(),
                f.kwonlyargcount(), f.flags(), stacksize, f.varnames(), f.cellvars(), f.freevars(), f.names(), consts,
                plusNames.toArray(new String[0]), kinds, code, handlers, lines, endLines, cols, endCols);
    }

    /** Why a {@code KW_NAMES} names something other than a tuple of strs or is not followed by a CALL, or null. */
    private static String checkKeywordNames(int[] code, PyObject[] consts) {
        for (int i = 0; i < code.length; i++) {
            int w = code[i];
            if (Opcode.of(Opcode.opcodeOf(w)) == Opcode.KW_NAMES) {
                if (i + 1 >= code.length || Opcode.of(Opcode.opcodeOf(code[i + 1])) != Opcode.CALL) {
                    return "KW_NAMES is not followed by a CALL";
                }
                PyObject names = consts[Opcode.opargOf(w)];
                if (!(names instanceof PyTuple t)) {
                    return "KW_NAMES names a constant that is not a tuple";
                }
                for (PyObject s : t.array()) {
                    if (!(s instanceof PyStr)) {
                        return "KW_NAMES names a tuple holding a non-str";
                    }
                }
            }
        }
        return null;
    }

    /**
     * The compiler's form of constant {@code v} ({@link CodeObject#consts}), for marshal and the
     * code cache; a value the compiler never makes (an arbitrary object, a complex with a real
     * part) stays the object itself, which marshal then refuses.
     */
    static Object javaConstant(PyObject v) {
        PyType t = v.type();
        if (v == PyNone.NONE) {
            return org.taipan.ast.ConstantValue.None.NONE;
        }
        if (v == PyEllipsis.ELLIPSIS) {
            return org.taipan.ast.ConstantValue.Ellipsis.ELLIPSIS;
        }
        if (v instanceof PyBool b) {
            return b.value();
        }
        if (t == PyInt.TYPE) {
            PyInt i = (PyInt) v;
            return i.fitsLong() ? (Object) i.longValue() : (Object) i.bigValue();
        }
        if (t == PyFloat.TYPE) {
            return ((PyFloat) v).value();
        }
        if (t == PyComplex.TYPE && Double.doubleToRawLongBits(((PyComplex) v).real) == 0) {
            return new org.taipan.ast.ConstantValue.Imaginary(((PyComplex) v).imag);
        }
        if (t == PyStr.TYPE) {
            PyStr str = (PyStr) v;
            return str.hasLoneSurrogate() ? new org.taipan.ast.ConstantValue.Str(str.codePoints()) : str.toString();
        }
        if (t == PyBytes.TYPE) {
            return new org.taipan.ast.ConstantValue.Bytes(((PyBytes) v).bytes().clone());
        }
        if (v instanceof PyCode c) {
            return c.code;
        }
        if (t == PyTuple.TYPE || t == PySet.FROZENSET) {
            PyObject[] items = t == PyTuple.TYPE ? ((PyTuple) v).array() : ((PySet) v).toArray();
            List<Object> out = new ArrayList<>(items.length);
            for (PyObject item : items) {
                Object k = javaConstant(item);
                if (k instanceof PyObject) {
                    return v;
                }
                out.add(k);
            }
            return t == PyTuple.TYPE ? new CodeObject.ConstTuple(out) : new CodeObject.ConstFrozenset(out);
        }
        return v;
    }
}
