package org.taipan.compile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.ast.Node;
import org.taipan.ast.Pos;

/**
 * The symbol table of one block (module, class, function, lambda, comprehension): CPython
 * 3.11's {@code PySTEntryObject}. Built by {@link SymbolTableBuilder} (pass one fills the raw
 * flags) and completed by {@link SymbolTableAnalyzer} (pass two decides every name's
 * {@link SymbolScope}); read-only once {@link SymbolTable#build} returns.
 *
 * <p>Symbols are kept in the order CPython's dict has them (first mention in the source
 * walk), so {@link #symbols()} lists them as {@code _symtable} does.
 */
public final class SymbolTableEntry {
    private final BlockType type;
    private final String name;
    private final Node node;
    private final Pos pos;
    private final boolean nested;

    /** Raw flags during pass one; keys are mangled names. */
    final LinkedHashMap<String, Integer> rawFlags = new LinkedHashMap<>();
    /** Scope per name, filled by pass two. */
    final Map<String, SymbolScope> scopes = new LinkedHashMap<>();
    final List<String> parameters = new ArrayList<>();
    final List<SymbolTableEntry> children = new ArrayList<>();
    /** {@code global} / {@code nonlocal} statements (and walrus-implied ones), for error positions. */
    final List<Directive> directives = new ArrayList<>();

    boolean free;
    boolean childFree;
    boolean generator;
    boolean coroutine;
    ComprehensionKind comprehension = ComprehensionKind.NONE;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean needsClassClosure;
    boolean compIterTarget;
    int compIterExpr;

    private Map<String, Symbol> symbols;

    /** Where a {@code global}/{@code nonlocal} for a name was declared. */
    record Directive(String name, Pos pos) {}

    SymbolTableEntry(BlockType type, String name, Node node, Pos pos, boolean nested) {
        this.type = type;
        this.name = name;
        this.node = node;
        this.pos = pos;
        this.nested = nested;
    }

    /** Module, class, function or annotation block. */
    public BlockType type() {
        return type;
    }

    /**
     * The block's name: {@code "top"} for the module, the function or class name,
     * {@code "lambda"}, {@code "listcomp"}, {@code "setcomp"}, {@code "dictcomp"} or
     * {@code "genexpr"}.
     */
    public String name() {
        return name;
    }

    /** The AST node that opens the block (a {@code Mod}, {@code FunctionDef}, {@code Lambda}, ...). */
    public Node node() {
        return node;
    }

    /** The first line of the block (0 for the module, as CPython). */
    public int lineno() {
        return pos.line();
    }

    /** True for a block inside a function block (at any depth): CPython's {@code CO_NESTED}. */
    public boolean isNested() {
        return nested;
    }

    /** The nested blocks, in source order (annotation blocks excluded). */
    public List<SymbolTableEntry> children() {
        return Collections.unmodifiableList(children);
    }

    /** Every name of the block, in CPython's order, with its flags and scope. */
    public Map<String, Symbol> symbols() {
        if (symbols == null) {
            LinkedHashMap<String, Symbol> m = new LinkedHashMap<>();
            rawFlags.forEach((n, f) -> m.put(n, new Symbol(n, f, scopes.get(n))));
            symbols = Collections.unmodifiableMap(m);
        }
        return symbols;
    }

    /** The symbol for a mangled name, or null when the block never mentions it. */
    public Symbol lookup(String mangledName) {
        return symbols().get(mangledName);
    }

    /**
     * The scope of a mangled name, or null when the block never mentions it (CPython's
     * {@code _PyST_GetScope} returns 0 then; its compiler treats such a name by block type).
     */
    public SymbolScope scopeOf(String mangledName) {
        return scopes.get(mangledName);
    }

    /**
     * The parameter names in CPython's order: positional-only, ordinary, keyword-only,
     * {@code *args}, {@code **kwargs} ({@code ste_varnames}); {@code [".0"]} for a
     * comprehension. These are the first entries of {@code co_varnames}.
     */
    public List<String> parameterNames() {
        return Collections.unmodifiableList(parameters);
    }

    /**
     * Names of scope {@link SymbolScope#LOCAL} that are not parameters, in symbol order.
     * CPython's compiler does not use this order for {@code co_varnames}: it appends a local
     * when codegen first emits a {@code *_FAST} for it ({@code a = b; b = 1} gives
     * {@code ('b', 'a')}). Useful as the set of fast locals.
     */
    public List<String> localNames() {
        List<String> out = new ArrayList<>();
        scopes.forEach((n, s) -> {
            if (s == SymbolScope.LOCAL && !parameters.contains(n)) {
                out.add(n);
            }
        });
        return out;
    }

    /**
     * {@code co_cellvars}: names of scope {@link SymbolScope#CELL}, sorted by code point (as
     * CPython's {@code dictbytype}), parameters included; for a class that needs it, just
     * {@code ["__class__"]}.
     */
    public List<String> cellvars() {
        List<String> out = new ArrayList<>();
        scopes.forEach((n, s) -> {
            if (s == SymbolScope.CELL) {
                out.add(n);
            }
        });
        if (needsClassClosure) {
            out.add("__class__");
        }
        Collections.sort(out, SymbolTableEntry::compareCodePoints);
        return out;
    }

    /**
     * {@code co_freevars}: names of scope {@link SymbolScope#FREE}, plus (in a class) names
     * flagged {@link SymbolFlags#DEF_FREE_CLASS}, sorted by code point.
     */
    public List<String> freevars() {
        List<String> out = new ArrayList<>();
        rawFlags.forEach((n, f) -> {
            if (scopes.get(n) == SymbolScope.FREE || (f & SymbolFlags.DEF_FREE_CLASS) != 0) {
                out.add(n);
            }
        });
        Collections.sort(out, SymbolTableEntry::compareCodePoints);
        return out;
    }

    /** Contains {@code yield} / {@code yield from}, or is a generator expression. */
    public boolean isGenerator() {
        return generator;
    }

    /**
     * {@code async def}, or contains {@code await} / {@code async for} / an async
     * comprehension. CPython's code flags: generator and coroutine is {@code CO_ASYNC_GENERATOR},
     * coroutine alone {@code CO_COROUTINE}, generator alone {@code CO_GENERATOR}.
     */
    public boolean isCoroutine() {
        return coroutine;
    }

    /** Both generator and coroutine. */
    public boolean isAsyncGenerator() {
        return generator && coroutine;
    }

    /** Which comprehension this block is, or {@link ComprehensionKind#NONE}. */
    public ComprehensionKind comprehensionKind() {
        return comprehension;
    }

    /** Has {@code *args}. */
    public boolean hasVarargs() {
        return varargs;
    }

    /** Has {@code **kwargs}. */
    public boolean hasVarkeywords() {
        return varkeywords;
    }

    /** Contains {@code return value}. */
    public boolean returnsValue() {
        return returnsValue;
    }

    /** The block has free variables. */
    public boolean hasFreeVariables() {
        return free;
    }

    /** A nested block has free variables. */
    public boolean hasChildFree() {
        return childFree;
    }

    /**
     * For a class block: some method uses {@code super} or {@code __class__}, so the class body
     * creates a {@code __class__} cell and stores it as {@code __classcell__} in its namespace.
     */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    /** For a function block: it reads the implicit {@code __class__} cell of its class. */
    public boolean usesClassCell() {
        return type == BlockType.FUNCTION && scopes.get("__class__") == SymbolScope.FREE;
    }

    /** Function-like blocks use fast locals ({@code CO_OPTIMIZED | CO_NEWLOCALS}). */
    public boolean isFunction() {
        return type == BlockType.FUNCTION;
    }

    @Override
    public String toString() {
        return "<symtable entry " + name + ", line " + pos.line() + ">";
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
