package org.taipan.modules.symtable;

import java.util.Map;
import org.taipan.compile.BlockType;
import org.taipan.compile.Symbol;
import org.taipan.compile.SymbolFlags;
import org.taipan.compile.SymbolScope;
import org.taipan.compile.SymbolTableEntry;
import org.taipan.parse.Mode;
import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The builtin module {@code _symtable} (CPython's {@code Modules/symtablemodule.c}), which the
 * standard library's {@code symtable} module wraps: {@code symtable(source, filename, mode)} gives
 * the module's block of the compiler's own symbol table ({@link org.taipan.compile.SymbolTable}) as
 * {@code symtable entry} objects, and the constants that decode each name's flags.
 */
public final class SymtableModule {
    private SymtableModule() {}

    /** {@code symtable entry}: one block (CPython's {@code PySTEntryObject}), read-only. */
    public static final PyType ENTRY = PyType.builtinFinal("symtable entry", PyType.OBJECT);

    static {
        ENTRY.tp_repr = o -> {
            Entry e = (Entry) o;
            return PyStr.of("<symtable entry " + e.ste.name() + "(" + e.id + "), line " + e.ste.lineno() + ">");
        };
        attr("id", e -> PyInt.of(e.id));
        attr("name", e -> PyStr.of(e.ste.name()));
        attr("symbols", Entry::symbols);
        attr("varnames", e -> {
            PyList l = new PyList();
            e.ste.parameterNames().forEach(n -> l.append(PyStr.of(n)));
            return l;
        });
        attr("children", e -> {
            PyList l = new PyList();
            e.children().forEach(l::append);
            return l;
        });
        attr("nested", e -> PyInt.of(e.ste.isNested() ? 1 : 0));
        attr("type", e -> PyInt.of(e.ste.type().code));
        attr("lineno", e -> PyInt.of(e.ste.lineno()));
        ENTRY.ready();
    }

    private static void attr(String name, java.util.function.Function<Entry, PyObject> get) {
        ENTRY.addAttr(name, new PyGetSetDescr(ENTRY, name, o -> get.apply((Entry) o), null));
    }

    /** A block of a symbol table, numbered by its identity as CPython numbers it by its AST node's address. */
    static final class Entry extends PyObject {
        final SymbolTableEntry ste;
        final long id;

        /** The child blocks' entries, made once: symtable.py finds a block's table again by its entry. */
        private java.util.List<Entry> children;

        Entry(SymbolTableEntry ste) {
            this.ste = ste;
            this.id = System.identityHashCode(ste);
        }

        java.util.List<Entry> children() {
            if (children == null) {
                children = ste.children().stream().map(Entry::new).toList();
            }
            return children;
        }

        @Override
        public PyType type() {
            return ENTRY;
        }

        /** {@code symbols}: each name (mangled) to its flags with its scope at {@code SCOPE_OFF}. */
        PyDict symbols() {
            PyDict d = new PyDict();
            for (Map.Entry<String, Symbol> s : ste.symbols().entrySet()) {
                d.setItem(PyStr.of(s.getKey()), PyInt.of(s.getValue().rawFlags()));
            }
            return d;
        }
    }

    /** Builds the module. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_symtable", true);
        m.set("symtable", new PyBuiltinFunction("symtable", (a, k) -> {
            Args.noKeywords("_symtable.symtable", k);
            Args.check("symtable", a, k, 3, 3);
            return symtable(interp, a[0], a[1], a[2]);
        }));
        int[] values = {SymbolFlags.USE, SymbolFlags.DEF_GLOBAL, SymbolFlags.DEF_NONLOCAL, SymbolFlags.DEF_LOCAL,
            SymbolFlags.DEF_PARAM, SymbolFlags.DEF_FREE, SymbolFlags.DEF_FREE_CLASS, SymbolFlags.DEF_IMPORT,
            SymbolFlags.DEF_BOUND, SymbolFlags.DEF_ANNOT, BlockType.FUNCTION.code, BlockType.CLASS.code,
            BlockType.MODULE.code, SymbolScope.LOCAL.code, SymbolScope.GLOBAL_EXPLICIT.code,
            SymbolScope.GLOBAL_IMPLICIT.code, SymbolScope.FREE.code, SymbolScope.CELL.code,
            SymbolFlags.SCOPE_OFFSET, SCOPE_MASK};
        String[] names = {"USE", "DEF_GLOBAL", "DEF_NONLOCAL", "DEF_LOCAL", "DEF_PARAM", "DEF_FREE", "DEF_FREE_CLASS",
            "DEF_IMPORT", "DEF_BOUND", "DEF_ANNOT", "TYPE_FUNCTION", "TYPE_CLASS", "TYPE_MODULE", "LOCAL",
            "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL", "SCOPE_OFF", "SCOPE_MASK"};
        for (int i = 0; i < names.length; i++) {
            m.set(names[i], PyInt.of(values[i]));
        }
        return m;
    }

    /** CPython's {@code SCOPE_MASK}: the definition bits that decide a scope. */
    private static final int SCOPE_MASK = SymbolFlags.DEF_GLOBAL | SymbolFlags.DEF_LOCAL | SymbolFlags.DEF_PARAM
            | SymbolFlags.DEF_NONLOCAL;

    /**
     * {@code _symtable.symtable(source, filename, startstr)}: the module block of {@code source}
     * parsed in mode {@code startstr}.
     *
     * @throws org.taipan.runtime.PyException ValueError "symtable() arg 3 must be 'exec' or 'eval'
     *     or 'single'"; SyntaxError for bad source; TypeError for a source that is not str or bytes
     */
    static PyObject symtable(Interpreter interp, PyObject source, PyObject filename, PyObject startstr) {
        String text = org.taipan.builtins.CodeFunctions.sourceText(source,
                "symtable() arg 1 must be a string or bytes object");
        String file = org.taipan.modules.posix.PosixPaths.fsDecoder(filename).toString();
        if (!(startstr instanceof PyStr s)) {
            throw Errors.typeError("symtable() argument 'startstr' must be str, not %s", startstr.type().name());
        }
        Mode mode = switch (s.toString()) {
            case "exec" -> Mode.EXEC;
            case "eval" -> Mode.EVAL;
            case "single" -> Mode.SINGLE;
            default -> throw Errors.valueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'");
        };
        org.taipan.ast.Mod mod = interp.parse(text, file, mode, true, 0);
        try {
            return new Entry(org.taipan.compile.Compiler.symbolTable(mod, file, text).top());
        } catch (org.taipan.parse.SyntaxErrorException e) {
            throw org.taipan.runtime.SyntaxErrors.toPython(e);
        }
    }
}
