package org.taipan.runtime;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.taipan.ast.ConstantValue;
import org.taipan.builtins.InternedStrings;
import org.taipan.code.CPythonBytecode;
import org.taipan.code.CodeObject;

/**
 * A code object as the runtime sees it: the compiler's {@link CodeObject} plus its constants
 * converted once into Python objects and its names into {@link PyStr}s.
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("code", PyType.OBJECT);

    static {
        TYPE.tp_repr = o -> {
            CodeObject c = ((PyCode) o).code;
            return PyStr.of("<code object " + c.name + " at " + ObjectSlots.address(o) + ", file \"" + c.filename
                    + "\", line " + c.firstlineno + ">");
        };
        TYPE.addAttr("co_name", new PyGetSetDescr(TYPE, "co_name", o -> PyStr.of(((PyCode) o).code.name), null));
        TYPE.addAttr("co_qualname", new PyGetSetDescr(TYPE, "co_qualname", o -> PyStr.of(((PyCode) o).code.qualname), null));
        TYPE.addAttr("co_filename", new PyGetSetDescr(TYPE, "co_filename", o -> PyStr.of(((PyCode) o).code.filename), null));
        TYPE.addAttr("co_firstlineno", new PyGetSetDescr(TYPE, "co_firstlineno",
                o -> PyInt.of(((PyCode) o).code.firstlineno), null));
        TYPE.addAttr("co_argcount", new PyGetSetDescr(TYPE, "co_argcount", o -> PyInt.of(((PyCode) o).code.argcount), null));
        TYPE.addAttr("co_posonlyargcount", new PyGetSetDescr(TYPE, "co_posonlyargcount",
                o -> PyInt.of(((PyCode) o).code.posonlyargcount), null));
        TYPE.addAttr("co_kwonlyargcount", new PyGetSetDescr(TYPE, "co_kwonlyargcount",
                o -> PyInt.of(((PyCode) o).code.kwonlyargcount), null));
        TYPE.addAttr("co_flags", new PyGetSetDescr(TYPE, "co_flags", o -> PyInt.of(((PyCode) o).code.flags), null));
        TYPE.addAttr("co_nlocals", new PyGetSetDescr(TYPE, "co_nlocals", o -> PyInt.of(((PyCode) o).code.nlocals), null));
        TYPE.addAttr("co_stacksize", new PyGetSetDescr(TYPE, "co_stacksize", o -> PyInt.of(((PyCode) o).stacksize()), null));
        // As CPython 3.11: co_varnames, co_cellvars and co_freevars a new tuple on each read (of the
        // code's interned names; get_localsplus_names), co_names and co_consts the code's own
        TYPE.addAttr("co_varnames", new PyGetSetDescr(TYPE, "co_varnames", o -> ((PyCode) o).strs(((PyCode) o).code.varnames), null));
        TYPE.addAttr("co_cellvars", new PyGetSetDescr(TYPE, "co_cellvars", o -> ((PyCode) o).strs(((PyCode) o).code.cellvars), null));
        TYPE.addAttr("co_freevars", new PyGetSetDescr(TYPE, "co_freevars", o -> ((PyCode) o).strs(((PyCode) o).code.freevars), null));
        TYPE.addAttr("co_names", new PyGetSetDescr(TYPE, "co_names", o -> ((PyCode) o).tuples()[0], null));
        TYPE.addAttr("co_consts", new PyGetSetDescr(TYPE, "co_consts", o -> ((PyCode) o).tuples()[1], null));
        TYPE.addMethod("replace", (self, a, k) -> ((PyCode) self).replace(a, k));
        TYPE.tp_new = (t, a, k) -> CodeReplacement.construct(a, k);
        TYPE.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyCode y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(CodeEquality.equal((PyCode) a, y) == (op == CompareOp.EQ));
        };
        TYPE.tp_hash = o -> CodeEquality.hash((PyCode) o);
        // co_code and the tables and offsets that index it are CPython 3.11's layout of the
        // instructions (code.CPythonBytecode): tb_lasti / 2 indexes co_positions, one entry per
        // code unit, as traceback.py's _get_code_position reads it; columns count UTF-8 bytes.
        // Under -X no_debug_ranges the columns are None, as CPython's code compiled without them.
        TYPE.addAttr("co_code", new PyGetSetDescr(TYPE, "co_code", o -> PyBytes.of(((PyCode) o).codeBytes()), null));
        TYPE.addAttr("_co_code_adaptive", new PyGetSetDescr(TYPE, "_co_code_adaptive",
                o -> PyBytes.of(((PyCode) o).layout().adaptive(((PyCode) o).instrs)), null));
        TYPE.addAttr("co_exceptiontable", new PyGetSetDescr(TYPE, "co_exceptiontable",
                o -> PyBytes.of(((PyCode) o).exceptionTableBytes()), null));
        TYPE.addAttr("co_lnotab", new PyGetSetDescr(TYPE, "co_lnotab",
                o -> PyBytes.of(CPythonBytecode.lnotab(((PyCode) o).lineTable(), ((PyCode) o).code.firstlineno)), null));
        TYPE.addAttr("co_linetable", new PyGetSetDescr(TYPE, "co_linetable", o -> PyBytes.of(((PyCode) o).lineTable()), null));
        // the name of fast-locals slot i, as CPython 3.11's code._varname_from_oparg (dis uses it)
        TYPE.addMethod("_varname_from_oparg", (self, a, k) -> {
            PyObject oparg = Args.oneArg("_varname_from_oparg", a, k);
            PyStr[] names = ((PyCode) self).localsplusNames;
            int i = Args.cInt(oparg);
            if (i < 0 || i >= names.length) {
                throw Errors.of(ExceptionTypes.IndexError, "tuple index out of range");
            }
            return names[i];
        });
        // co_positions and co_lines walk the location table, as CPython's do: one position per
        // code unit it covers, one line range per entry
        TYPE.addMethodNoArgs("co_positions", self -> {
            PyCode c = (PyCode) self;
            boolean ranges = Interpreter.debugRangesShown();
            java.util.List<PyObject> r = new java.util.ArrayList<>();
            for (int[] e : CPythonBytecode.lineEntries(c.lineTable(), c.code.firstlineno)) {
                PyObject p = PyTuple.of(orNone(e[2]), orNone(e[3]), ranges ? orNone(e[4]) : PyNone.NONE,
                        ranges ? orNone(e[5]) : PyNone.NONE);
                for (int u = 0; u < e[1]; u++) {
                    r.add(p);
                }
            }
            return Abstract.iter(new PyList(r.toArray(new PyObject[0])));
        });
        TYPE.addMethodNoArgs("co_lines", self -> {
            PyCode c = (PyCode) self;
            java.util.List<PyObject> r = new java.util.ArrayList<>();
            for (int[] e : CPythonBytecode.lineEntries(c.lineTable(), c.code.firstlineno)) {
                r.add(PyTuple.of(PyInt.of(2L * e[0]), PyInt.of(2L * (e[0] + e[1])), orNone(e[2])));
            }
            return Abstract.iter(new PyList(r.toArray(new PyObject[0])));
        });
        TYPE.ready();
    }

    private static PyObject orNone(int v) {
        return v < 0 ? PyNone.NONE : PyInt.of(v);
    }

    /**
     * {@code co_names} and {@code co_consts}, made on first use and kept (a benign race: two
     * threads may each make them once).
     */
    private PyTuple[] tuples() {
        PyTuple[] t = attrTuples;
        if (t == null) {
            t = new PyTuple[] {PyTuple.of(names.clone()), PyTuple.of(consts.clone())};
            attrTuples = t;
        }
        return t;
    }

    /**
     * The instructions as CPython 3.11 lays them out ({@code co_code} and the byte offsets of
     * {@code f_lasti}, {@code tb_lasti}, {@code co_lines}), made on first use and kept (a benign race).
     */
    public CPythonBytecode layout() {
        CPythonBytecode l = layout;
        if (l == null) {
            l = new CPythonBytecode(code);
            layout = l;
        }
        return l;
    }

    /** {@link #layout}, once made. */
    private CPythonBytecode layout;

    /** {@link #tuples}, once made. */
    private PyTuple[] attrTuples;

    /**
     * A new tuple of the strs of fast-locals names {@code a} (one of {@code code.varnames},
     * {@code cellvars}, {@code freevars}): the interned strs of {@link #localsplusNames}, matched
     * once per array and kept ({@link #localNameStrs}).
     */
    private PyTuple strs(String[] a) {
        PyStr[][] made = localNameStrs;
        if (made == null) {
            made = new PyStr[3][];
            localNameStrs = made;
        }
        int which = a == code.varnames ? 0 : a == code.cellvars ? 1 : 2;
        PyStr[] items = made[which];
        if (items == null) {
            java.util.Map<String, PyStr> byName = new HashMap<>();
            for (int k = 0; k < localsplusNames.length; k++) {
                byName.putIfAbsent(code.localsplusNames[k], localsplusNames[k]);
            }
            items = new PyStr[a.length];
            for (int i = 0; i < a.length; i++) {
                PyStr s = byName.get(a[i]);
                items[i] = s != null ? s : PyStr.of(a[i]);
            }
            made[which] = items;
        }
        return PyTuple.of((PyObject[]) items.clone());
    }

    /** The items of {@code co_varnames}, {@code co_cellvars} and {@code co_freevars}, once matched ({@link #strs}). */
    private PyStr[][] localNameStrs;

    public final CodeObject code;
    /** {@code co_consts} as Python objects. */
    public final PyObject[] consts;
    /** {@code co_names} as Python strings. */
    public final PyStr[] names;
    /** The names of the fast-locals slots as Python strings (for errors and {@code locals()}). */
    public final PyStr[] localsplusNames;
    /** The {@code co_name} and {@code co_qualname} as Python strings. */
    public final PyStr name, qualname;

    /**
     * What a call reads on every Python-to-Python call, copied here so that it is one load
     * from this object instead of a second hop through {@link #code}: the fast-locals count
     * ({@code nlocalsplus}, where a frame's value stack starts), the length of a frame's array
     * (locals, the value stack and two spare slots), and the positional parameter count when
     * the parameters are positional only in shape (no keyword-only, no {@code *args} or
     * {@code **kwargs}), else -1.
     */
    public final int nlocalsplus, frameSize, simpleArgcount;

    /**
     * The operand of the COPY_FREE_VARS that begins this code (the number of free variables of
     * a closure's code), or 0 when it does not begin with one: a call that makes the frame can
     * copy the closure itself and start at the next instruction.
     */
    public final int leadingCopyFreeVars;

    /**
     * Whether this code has no fast locals ({@code CO_OPTIMIZED} unset: module or class-body
     * code): called as a function it runs with its globals as its locals, as CPython's
     * {@code _PyFunction_Vectorcall} passes them.
     */
    public final boolean globalsAsLocals;

    /** KW_NAMES operands converted to Java strings, by constant index (filled on first use). */
    private final String[][] kwnamesCache;

    /**
     * The quickened instructions (PEP 659): a copy of {@code code.code} that the interpreter
     * executes and rewrites in place, replacing a generic instruction by a specialized form of
     * the same oparg ({@code Opcode.isSpecialized}) and back. Same length and indices as the
     * original, which the disassembler and {@code co_code} keep showing. Written by
     * {@code interp/Quickening} only, one whole {@code int} at a time (a benign race when
     * several threads run this code).
     */
    public final int[] instrs;
    /**
     * Per instruction: for a generic (adaptive) instruction, executions left before the next
     * specialization attempt; for a specialized one, misses left before it deoptimizes; for
     * {@code JUMP_BACKWARD}, the number of times the jump was taken (the tracing JIT's loop
     * counter). See {@code interp/Quickening}.
     */
    public final int[] counters;
    /** Per instruction: the exponent of the current back-off of its adaptive counter. */
    public final byte[] backoff;
    /**
     * Per instruction: the inline cache of a specialized instruction (an immutable object the
     * specializer stores before it writes the specialized opcode), or null.
     */
    public final Object[] caches;

    /**
     * For generator code: whether an abandoned suspended generator of it must be closed
     * (0 not yet known, 1 no, 2 yes); the interpreter's generator factory computes it once.
     */
    public byte generatorCloses;

    /** The tracing JIT's per-loop state of this code object ({@code jit.Jit}), null until a loop of it gets hot. */
    public org.taipan.jit.LoopTable jitLoops;
    /** The tracing JIT's state of this code's function entry ({@code jit.FunctionEntries}), null until tier 1 first calls it with the JIT on. */
    public org.taipan.jit.EntryState jitEntry;
    /**
     * Set by the tracing JIT when an identity guard on a function of this code kept failing because
     * another function object of the same code arrived (a closure or nested {@code def} made anew
     * by each call of the function around it): traces then inline a plain call of such a function
     * behind a check of its code, globals and number of defaults, reading its cells and defaults
     * from it, instead of behind its identity (a bound method of one is called, not inlined).
     */
    public boolean jitFunctionsVary;

    /** The names tuple at {@code consts[i]} (a KW_NAMES operand) as Java strings. */
    public String[] kwnames(int i) {
        String[] r = kwnamesCache[i];
        if (r == null) {
            PyObject[] items = ((PyTuple) consts[i]).array();
            r = new String[items.length];
            for (int j = 0; j < r.length; j++) {
                r[j] = items[j].toString();
            }
            kwnamesCache[i] = r;
        }
        return r;
    }

    /**
     * The code object of {@code code} and, made with it, those of the functions and classes
     * nested in it: one compilation unit, whose equal constants are one object each and whose
     * names ({@code co_names}) and name-like str constants are interned, as CPython's compiler and
     * {@code _PyCode_New} leave them ({@code merge_consts_recursive}, {@code intern_strings},
     * {@code intern_string_constants}): so two functions of one module returning {@code "abc"}
     * or {@code 1.5} return the same object, and {@code sys.intern("ab" + "c")} is that constant.
     */
    public PyCode(CodeObject code) {
        this(code, new Unit(InternedStrings.ofRunningInterpreter()), null);
    }

    /**
     * What the code objects of one compilation unit share while they are made: its constants so
     * far (by {@link #mergeKey}) and the running interpreter's interned strings (null: none runs).
     */
    private record Unit(InternedStrings interned, Map<Object, PyObject> merged) {
        Unit(InternedStrings interned) {
            this(interned, new HashMap<>());
        }

        PyStr intern(String s) {
            PyStr str = PyStr.of(s);
            return interned == null ? str : interned.canonical(str);
        }
    }

    /** {@code givenConsts}: the Python constants a code object made from Python holds (null: convert {@code code}'s). */
    private PyCode(CodeObject code, Unit unit, PyObject[] givenConsts) {
        this.kwnamesCache = new String[code.consts.length][];
        this.code = code;
        this.consts = new PyObject[code.consts.length];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = givenConsts != null ? givenConsts[i] : constant(code.consts[i], unit);
        }
        this.names = new PyStr[code.names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = unit.intern(code.names[i]);
        }
        this.localsplusNames = new PyStr[code.localsplusNames.length];
        for (int i = 0; i < localsplusNames.length; i++) {
            // interned, as _PyCode_New's intern_strings leaves co_localsplusnames
            localsplusNames[i] = unit.intern(code.localsplusNames[i]);
        }
        this.name = PyStr.of(code.name);
        this.qualname = PyStr.of(code.qualname);
        int n = code.code.length;
        this.instrs = org.taipan.interp.Quickening.combine(code.code.clone());
        this.counters = new int[n];
        java.util.Arrays.fill(counters, 1);
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null && ts.interpreter.jit() != null) {
            ts.interpreter.jit().prime(this);
        }
        this.backoff = new byte[n];
        this.caches = new Object[n];
        this.nlocalsplus = code.nlocalsplus();
        this.frameSize = nlocalsplus + code.stacksize + 2;
        this.leadingCopyFreeVars = n > 0 && (code.code[0] & 0xFF) == org.taipan.code.Op.COPY_FREE_VARS ? code.code[0] >>> 8 : 0;
        this.globalsAsLocals = (code.flags & CodeObject.CO_OPTIMIZED) == 0;
        this.simpleArgcount = code.kwonlyargcount == 0
                && (code.flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0 ? code.argcount : -1;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject replace(PyObject[] a, String[] k) {
        return CodeReplacement.replace(this, a, k);
    }

    /**
     * A code object made from Python values ({@link CodeConstruction}): {@code code} with the
     * given constants, the given bytes, tables and stack size to read back, and the reason it
     * must not run (null: it may).
     */
    static PyCode constructed(CodeObject code, PyObject[] consts, CodeConstruction.Fields given,
                              org.taipan.code.CPythonBytecodeReader.Read read) {
        PyCode r = new PyCode(code, new Unit(InternedStrings.ofRunningInterpreter()), consts);
        r.givenCode = given.code().clone();
        r.givenLineTable = given.linetable().clone();
        r.givenExceptionTable = given.exceptiontable().clone();
        r.declaredStacksize = given.stacksize();
        r.problem = read.problem();
        // offsets (f_lasti, co_lines, co_positions) count in the bytes it was made from
        r.layout = read.layout(r.givenCode, code);
        return r;
    }

    /** A copy of this code with new scalar fields and tables already read, keeping what was given for it. */
    PyCode withFields(CodeObject c, byte[] lineTable) {
        PyCode r = new PyCode(c, new Unit(InternedStrings.ofRunningInterpreter()), givenCode != null ? consts : null);
        r.givenCode = givenCode;
        r.givenLineTable = lineTable != null ? lineTable : givenLineTable;
        r.givenExceptionTable = givenExceptionTable;
        r.declaredStacksize = declaredStacksize;
        r.problem = problem;
        r.layout = layout().withSource(c);
        return r;
    }

    /**
     * The {@code co_code}, {@code co_linetable} and {@code co_exceptiontable} this code was made
     * from or given by {@code code.replace()} (null: none; they read back as given, as in
     * CPython), and its declared {@code co_stacksize} (-1: the one it runs with).
     */
    private byte[] givenCode, givenLineTable, givenExceptionTable;
    private int declaredStacksize = -1;
    /** Why this code, made from bytes Taipan could not read or check, must not run; null when it may. */
    private String problem;

    /** {@code co_stacksize}: as declared when the code was made from Python, else the depth it runs with. */
    int stacksize() {
        return declaredStacksize >= 0 ? declaredStacksize : code.stacksize;
    }

    /** {@code co_linetable}: as given when the code was made or replaced from Python, else made from its positions. */
    byte[] lineTable() {
        return givenLineTable != null ? givenLineTable.clone() : layout().lineTable();
    }

    /** {@code co_exceptiontable}: as given when the code was made or replaced from Python, else made from its table. */
    byte[] exceptionTableBytes() {
        return givenExceptionTable != null ? givenExceptionTable.clone() : layout().exceptionTable();
    }

    /** {@code co_code}: the bytes this code was made from, or its instructions in CPython 3.11's layout. */
    byte[] codeBytes() {
        return givenCode != null ? givenCode.clone() : layout().code();
    }

    /**
     * Refuses to run a code object whose instructions Taipan could not read or check (made by
     * {@code types.CodeType} or {@code code.replace} from foreign or damaged bytes). Called where
     * code becomes runnable: functions made of it, {@code __code__} assignment, exec and eval.
     *
     * @throws PyException ValueError naming what is wrong
     */
    public void checkRunnable() {
        if (problem != null) {
            throw Errors.valueError("code object %s cannot run: %s", qualname, problem);
        }
    }

    /**
     * {@link #constant(Object)} within a compilation unit: a constant equal to one converted
     * before (same type and value, so {@code 1}, {@code 1.0} and {@code True} stay apart, as do
     * {@code 0.0} and {@code -0.0}) is that object; the items of tuples too.
     */
    private static PyObject constant(Object c, Unit unit) {
        if (c instanceof CodeObject co) {
            return new PyCode(co, unit, null);
        }
        Object key = mergeKey(c);
        if (key == null) {
            return constant(c);
        }
        PyObject seen = unit.merged().get(key);
        if (seen != null) {
            return seen;
        }
        PyObject v;
        if (c instanceof CodeObject.ConstTuple t) {
            PyObject[] items = new PyObject[t.items().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = constant(t.items().get(i), unit);
            }
            v = PyTuple.of(items);
        } else if (c instanceof String s && isNameLike(s)) {
            v = unit.intern(s);
        } else {
            v = constant(c);
        }
        unit.merged().put(key, v);
        return v;
    }

    /**
     * A key equal for equal constants of one type, or null for one not merged (None, the bools and
     * Ellipsis are single objects anyway; a frozenset keeps the order its construction gives it).
     * Floats and imaginary numbers are keyed by their bits, so that {@code 0.0} and {@code -0.0},
     * and NaNs of either sign, stay apart; a tuple by its items' keys; strs and bytes held as
     * arrays by their contents. (Tests rather than a pattern switch: every program makes code
     * objects, and each pattern switch a run reaches first costs it a class spun at run time.)
     */
    private static Object mergeKey(Object c) {
        if (c instanceof String || c instanceof Long || c instanceof Integer || c instanceof BigInteger) {
            return c;
        }
        if (c instanceof Double d) {
            return new FloatKey(Double.doubleToRawLongBits(d));
        }
        if (c instanceof ConstantValue.Imaginary im) {
            return new ImaginaryKey(Double.doubleToRawLongBits(im.imag()));
        }
        if (c instanceof ConstantValue.Str s) {
            return java.nio.IntBuffer.wrap(s.codePoints());
        }
        if (c instanceof ConstantValue.Bytes b) {
            return java.nio.ByteBuffer.wrap(b.bytes());
        }
        if (c instanceof CodeObject.ConstTuple t) {
            java.util.List<Object> keys = new java.util.ArrayList<>(t.items().size());
            for (Object item : t.items()) {
                Object k = mergeKey(item);
                keys.add(k != null ? k : item == null ? ConstantValue.None.class : item);
            }
            return new TupleKey(keys);
        }
        return null;
    }

    private record FloatKey(long bits) {}

    private record ImaginaryKey(long bits) {}

    private record TupleKey(java.util.List<Object> items) {}

    /** CPython's {@code all_name_chars}: only ASCII letters, digits and underscores (the empty str too). */
    private static boolean isNameLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Converts a compile-time constant ({@link CodeObject}'s contract) into a Python object.
     *
     * @throws IllegalArgumentException for a value that is not a constant
     */
    public static PyObject constant(Object c) {
        if (c instanceof String s) {
            return PyStr.of(s);
        }
        if (c instanceof Long l) {
            return PyInt.of(l);
        }
        if (c instanceof Integer i) {
            return PyInt.of(i);
        }
        if (c instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (c instanceof Double d) {
            return new PyFloat(d);
        }
        if (c instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (c instanceof ConstantValue.None || c == null) {
            return PyNone.NONE;
        }
        if (c instanceof ConstantValue.Ellipsis) {
            return PyEllipsis.ELLIPSIS;
        }
        if (c instanceof ConstantValue.Imaginary im) {
            return new PyComplex(0.0, im.imag());
        }
        if (c instanceof ConstantValue.Str s) {
            return PyStr.ofCodePoints(s.codePoints().clone());
        }
        if (c instanceof ConstantValue.Bytes b) {
            return PyBytes.ofCopy(b.bytes().clone()); // a literal of one byte is the shared object, as in CPython
        }
        if (c instanceof CodeObject.ConstTuple t) {
            PyObject[] items = new PyObject[t.items().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = constant(t.items().get(i));
            }
            return PyTuple.of(items);
        }
        if (c instanceof CodeObject.ConstFrozenset f) {
            PySet first = new PySet(true);
            for (Object o : f.items()) {
                first.add(constant(o));
            }
            // CPython's compiler makes the frozenset from the items, then again from that set's
            // elements in its order when it merges constants (merge_consts_recursive), so a
            // constant set display iterates in the second table's order: do the same
            PySet merged = new PySet(true);
            for (PyObject x : first.toArray()) {
                merged.add(x);
            }
            return merged;
        }
        if (c instanceof CodeObject co) {
            return new PyCode(co);
        }
        throw new IllegalArgumentException("not a constant: " + c.getClass().getName());
    }
}
