package org.taipan.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.taipan.ast.Alias;
import org.taipan.ast.Arg;
import org.taipan.ast.Arguments;
import org.taipan.ast.BoolOperator;
import org.taipan.ast.CmpOperator;
import org.taipan.ast.Comprehension;
import org.taipan.ast.ConstantValue;
import org.taipan.ast.ExceptHandler;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprContext;
import org.taipan.ast.Keyword;
import org.taipan.ast.Mod;
import org.taipan.ast.Node;
import org.taipan.ast.Operator;
import org.taipan.ast.Pos;
import org.taipan.ast.Stmt;
import org.taipan.ast.WithItem;
import org.taipan.code.CodeObject;
import org.taipan.code.CodeObject.ConstTuple;
import org.taipan.code.Opcode;
import org.taipan.compile.CodeUnit.ScopeType;
import org.taipan.compile.FrameBlock.Kind;
import org.taipan.compile.Instr.Pseudo;
import org.taipan.parse.SyntaxErrorException;

/**
 * Code generation from the AST to the flow graph of each code object, following CPython
 * 3.11's {@code Python/compile.c} construct by construct (same instruction sequences, same
 * constant and name tables, same {@code co_varnames} order), except that loop back edges are
 * always an unconditional {@code JUMP_BACKWARD} and calls use CPython 3.12's LOAD_ATTR method
 * form. Raises {@link SyntaxErrorException} for the errors CPython's compiler (not its parser
 * or symbol table) reports.
 */
final class CodeGen {
    /** CPython's {@code STACK_USE_GUIDELINE}: bigger literals and calls are built incrementally. */
    static final int STACK_USE_GUIDELINE = 30;

    final String filename;
    final int optimize;
    final SymbolTable symtable;
    final ConstantFolder folder;
    CodeUnit u;
    private final ArrayDeque<CodeUnit> stack = new ArrayDeque<>();
    private final PatternCompiler patterns = new PatternCompiler(this);
    private boolean interactive;

    private final ScopeErrorReporter errors;
    /** Where SyntaxWarnings go ({@link CompileChecks}); set by {@link Compiler}. */
    org.taipan.parse.WarningSink warnings = org.taipan.parse.WarningSink.IGNORE;
    /** The {@code __future__} features in effect ({@code CO_FUTURE_*}), copied into every code object's flags. */
    int futureFlags;
    /** {@link Compiler#PYCF_ALLOW_TOP_LEVEL_AWAIT}: the module's code may await. */
    boolean topLevelAwait;
    /** An {@code async for} or {@code async with} at the top level (CPython sets the module's ste_coroutine). */
    private boolean topLevelAsync;

    /** CPython's {@code IS_TOP_LEVEL_AWAIT}: the flag is given and the code being made is the module's. */
    private boolean isTopLevelAwait() {
        return topLevelAwait && u.scope.type() == BlockType.MODULE;
    }

    /** The source's columns in UTF-8 bytes, for the code objects' positions (CPython's co_positions). */
    private final org.taipan.ast.Utf8Columns columns;

    CodeGen(String filename, String source, int optimize, SymbolTable symtable) {
        this.filename = filename;
        this.columns = new org.taipan.ast.Utf8Columns(source);
        this.errors = new ScopeErrorReporter(filename, source);
        this.optimize = optimize;
        this.symtable = symtable;
        this.folder = new ConstantFolder(optimize);
    }

    // ---------------------------------------------------------------- units

    CodeObject compileModule(Mod mod) {
        SymbolTableEntry top = symtable.top();
        enterScope(top, ScopeType.MODULE, "<module>", 1, mod);
        switch (mod) {
            case Mod.Module m -> {
                if (!m.body().isEmpty()) {
                    u.loc = m.body().get(0).pos();
                }
                body(m.body());
                u.loc = Pos.NONE;
                loadConst(ConstantValue.None.NONE);
                emit(Opcode.RETURN_VALUE);
            }
            case Mod.Interactive m -> {
                interactive = true;
                u.interactive = true;
                if (findAnn(m.body())) {
                    emit(Opcode.SETUP_ANNOTATIONS);
                }
                for (Stmt s : m.body()) {
                    stmt(s);
                }
                u.loc = Pos.NONE;
                loadConst(ConstantValue.None.NONE);
                emit(Opcode.RETURN_VALUE);
            }
            case Mod.Expression m -> {
                expr(m.body());
                emit(Opcode.RETURN_VALUE);
            }
        }
        return exitScope();
    }

    private void enterScope(SymbolTableEntry ste, ScopeType type, String name, int firstlineno, Node node) {
        CodeUnit nu = new CodeUnit(ste, type, name, firstlineno);
        if (u != null) {
            nu.privateName = u.privateName;
            stack.push(u);
        }
        nu.interactive = interactive && type == ScopeType.MODULE;
        u = nu;
        if (type == ScopeType.CLASS) {
            u.privateName = name;
        }
        setQualname();
        u.loc = node instanceof Mod ? Pos.NONE : new Pos(firstlineno, 0, firstlineno, 0);
    }

    private CodeObject exitScope() {
        u.flags |= codeFlags();
        CodeObject co = new Assembler(u, filename, columns).assemble();
        u = stack.isEmpty() ? null : stack.pop();
        return co;
    }

    private int codeFlags() {
        SymbolTableEntry ste = u.scope;
        int flags = 0;
        if (ste.type() == BlockType.FUNCTION) {
            flags |= CodeObject.CO_NEWLOCALS | CodeObject.CO_OPTIMIZED;
            if (ste.isNested()) {
                flags |= CodeObject.CO_NESTED;
            }
            if (ste.isGenerator() && !ste.isCoroutine()) {
                flags |= CodeObject.CO_GENERATOR;
            }
            if (!ste.isGenerator() && ste.isCoroutine()) {
                flags |= CodeObject.CO_COROUTINE;
            }
            if (ste.isGenerator() && ste.isCoroutine()) {
                flags |= CodeObject.CO_ASYNC_GENERATOR;
            }
            if (ste.hasVarargs()) {
                flags |= CodeObject.CO_VARARGS;
            }
            if (ste.hasVarkeywords()) {
                flags |= CodeObject.CO_VARKEYWORDS;
            }
        }
        if (isTopLevelAwait() && (ste.isCoroutine() || topLevelAsync) && !ste.isGenerator()) {
            flags |= CodeObject.CO_COROUTINE;
        }
        return flags | futureFlags;
    }

    /** CPython's {@code compiler_set_qualname}. */
    private void setQualname() {
        String base = null;
        if (!stack.isEmpty()) {
            CodeUnit parent = stack.peek();
            boolean forceGlobal = false;
            if (u.scopeType == ScopeType.FUNCTION || u.scopeType == ScopeType.ASYNC_FUNCTION
                    || u.scopeType == ScopeType.CLASS) {
                String mangled = Mangler.mangle(parent.privateName, u.name);
                if (parent.scope.scopeOf(mangled) == SymbolScope.GLOBAL_EXPLICIT) {
                    forceGlobal = true;
                }
            }
            if (!forceGlobal && parent.scopeType != ScopeType.MODULE) {
                if (parent.scopeType == ScopeType.FUNCTION || parent.scopeType == ScopeType.ASYNC_FUNCTION
                        || parent.scopeType == ScopeType.LAMBDA) {
                    base = parent.qualname + ".<locals>";
                } else {
                    base = parent.qualname;
                }
            }
        }
        u.qualname = base != null ? base + "." + u.name : u.name;
    }

    // ---------------------------------------------------------------- emission helpers

    void emit(Opcode op) {
        u.emit(op, 0, u.loc);
    }

    void emit(Opcode op, int oparg) {
        u.emit(op, oparg, u.loc);
    }

    void jump(Opcode op, BasicBlock target) {
        u.emitJump(op, target, u.loc);
    }

    void jump(BasicBlock target) {
        u.emitPseudo(Pseudo.JUMP, target, u.loc);
    }

    void pseudo(Pseudo p, BasicBlock target) {
        u.emitPseudo(p, target, u.loc);
    }

    BasicBlock newBlock() {
        return u.newBlock();
    }

    void useBlock(BasicBlock b) {
        u.useBlock(b);
    }

    void loadConst(Object value) {
        emit(Opcode.LOAD_CONST, u.addConst(value));
    }

    void emitName(Opcode op, String name) {
        emit(op, u.addName(mangle(name)));
    }

    String mangle(String name) {
        return Mangler.mangle(u.privateName, name);
    }

    /**
     * CPython's {@code compiler_warn}: a SyntaxWarning at the current location, or the SyntaxError
     * it becomes when the warning filters make it an error. {@code msg} null: nothing to warn.
     */
    void warn(String msg) {
        if (msg == null) {
            return;
        }
        Pos p = u.loc;
        SyntaxErrorException asError = error(msg, p);
        if (warnings.warn(new org.taipan.parse.WarningSink.Warning(
                org.taipan.parse.WarningSink.Category.SYNTAX_WARNING, msg, filename, p.line(), asError))) {
            throw asError;
        }
    }

    SyntaxErrorException error(String msg, Pos p) {
        if (p == null || p.line() <= 0) {
            p = u.loc;
        }
        return errors.at(msg, p);
    }

    // ---------------------------------------------------------------- names

    enum OpType { FAST, GLOBAL, DEREF, NAME }

    /** CPython's {@code compiler_nameop}. */
    void nameOp(String name, ExprContext ctx) {
        if (ctx != ExprContext.LOAD && name.equals("__debug__")) {
            throw error("cannot " + (ctx == ExprContext.STORE ? "assign to" : "delete") + " __debug__", u.loc);
        }
        String mangled = mangle(name);
        SymbolScope scope = u.scope.scopeOf(mangled);
        boolean function = u.scope.type() == BlockType.FUNCTION;
        OpType optype = OpType.NAME;
        boolean preferFree = false;
        if (scope != null) {
            switch (scope) {
                case FREE -> {
                    optype = OpType.DEREF;
                    preferFree = true;
                }
                case CELL -> optype = OpType.DEREF;
                case LOCAL -> optype = function ? OpType.FAST : OpType.NAME;
                case GLOBAL_IMPLICIT -> optype = function ? OpType.GLOBAL : OpType.NAME;
                case GLOBAL_EXPLICIT -> optype = OpType.GLOBAL;
            }
        }
        switch (optype) {
            case DEREF -> {
                int idx = u.derefIndex(mangled, preferFree);
                Opcode op = switch (ctx) {
                    case LOAD -> u.scope.type() == BlockType.CLASS ? Opcode.LOAD_CLASSDEREF : Opcode.LOAD_DEREF;
                    case STORE -> Opcode.STORE_DEREF;
                    case DEL -> Opcode.DELETE_DEREF;
                };
                emit(op, idx);
            }
            case FAST -> {
                int idx = u.addVarname(mangled);
                emit(switch (ctx) {
                    case LOAD -> Opcode.LOAD_FAST;
                    case STORE -> Opcode.STORE_FAST;
                    case DEL -> Opcode.DELETE_FAST;
                }, idx);
            }
            case GLOBAL -> {
                int idx = u.addName(mangled);
                switch (ctx) {
                    case LOAD -> emit(Opcode.LOAD_GLOBAL, idx << 1);
                    case STORE -> emit(Opcode.STORE_GLOBAL, idx);
                    case DEL -> emit(Opcode.DELETE_GLOBAL, idx);
                }
            }
            case NAME -> {
                int idx = u.addName(mangled);
                emit(switch (ctx) {
                    case LOAD -> Opcode.LOAD_NAME;
                    case STORE -> Opcode.STORE_NAME;
                    case DEL -> Opcode.DELETE_NAME;
                }, idx);
            }
        }
    }

    /** Whether a load of {@code name} compiles to LOAD_GLOBAL (so it can push the call's NULL itself). */
    private boolean isGlobalLoad(String name) {
        SymbolScope scope = u.scope.scopeOf(mangle(name));
        boolean function = u.scope.type() == BlockType.FUNCTION;
        return scope == SymbolScope.GLOBAL_EXPLICIT || (function && scope == SymbolScope.GLOBAL_IMPLICIT);
    }

    // ---------------------------------------------------------------- statements

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt es
                && es.value() instanceof Expr.Constant c && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /** CPython's {@code compiler_body}: module and class bodies. */
    private void body(List<Stmt> stmts) {
        if (findAnn(stmts)) {
            emit(Opcode.SETUP_ANNOTATIONS);
        }
        int i = 0;
        if (optimize < 2 && docstring(stmts) != null) {
            i = 1;
            Stmt.ExprStmt st = (Stmt.ExprStmt) stmts.get(0);
            u.loc = st.pos();
            expr(st.value());
            u.loc = Pos.NONE;
            nameOp("__doc__", ExprContext.STORE);
        }
        for (; i < stmts.size(); i++) {
            stmt(stmts.get(i));
        }
    }

    /** Whether a body holds an annotated assignment outside nested scopes (CPython's {@code find_ann}). */
    static boolean findAnn(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            boolean r = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> findAnn(f.body()) || findAnn(f.orelse());
                case Stmt.AsyncFor f -> findAnn(f.body()) || findAnn(f.orelse());
                case Stmt.While w -> findAnn(w.body()) || findAnn(w.orelse());
                case Stmt.If f -> findAnn(f.body()) || findAnn(f.orelse());
                case Stmt.With w -> findAnn(w.body());
                case Stmt.AsyncWith w -> findAnn(w.body());
                case Stmt.Try t -> findAnn(t.body()) || findAnn(t.orelse()) || findAnn(t.finalbody())
                        || t.handlers().stream().anyMatch(h -> findAnn(h.body()));
                case Stmt.TryStar t -> findAnn(t.body()) || findAnn(t.orelse()) || findAnn(t.finalbody())
                        || t.handlers().stream().anyMatch(h -> findAnn(h.body()));
                case Stmt.Match m -> m.cases().stream().anyMatch(c -> findAnn(c.body()));
                default -> false;
            };
            if (r) {
                return true;
            }
        }
        return false;
    }

    void stmts(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s);
        }
    }

    void stmt(Stmt s) {
        u.loc = s.pos();
        switch (s) {
            case Stmt.FunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false);
            case Stmt.AsyncFunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
                    true);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) {
                    expr(t);
                }
            }
            case Stmt.Assign a -> {
                expr(a.value());
                for (int i = 0; i < a.targets().size(); i++) {
                    if (i < a.targets().size() - 1) {
                        emit(Opcode.COPY, 1);
                    }
                    expr(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> forStmt(f);
            case Stmt.AsyncFor f -> asyncFor(f);
            case Stmt.While w -> whileStmt(w);
            case Stmt.If i -> ifStmt(i);
            case Stmt.With w -> with(w, w.items(), w.body(), 0, false);
            case Stmt.AsyncWith w -> {
                if (isTopLevelAwait()) {
                    topLevelAsync = true;
                } else if (u.scopeType != ScopeType.ASYNC_FUNCTION) {
                    throw error("'async with' outside async function", s.pos());
                }
                with(w, w.items(), w.body(), 0, true);
            }
            case Stmt.Match m -> patterns.match(m);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    expr(r.exc());
                    n++;
                    if (r.cause() != null) {
                        expr(r.cause());
                        n++;
                    }
                }
                emit(Opcode.RAISE_VARARGS, n);
            }
            case Stmt.Try t -> {
                if (!t.finalbody().isEmpty()) {
                    tryFinally(t.body(), t.handlers(), t.orelse(), t.finalbody(), false);
                } else {
                    tryExcept(t.body(), t.handlers(), t.orelse());
                }
            }
            case Stmt.TryStar t -> {
                if (!t.finalbody().isEmpty()) {
                    tryFinally(t.body(), t.handlers(), t.orelse(), t.finalbody(), true);
                } else {
                    tryStarExcept(t.body(), t.handlers(), t.orelse());
                }
            }
            case Stmt.Assert a -> assertStmt(a);
            case Stmt.Import i -> importStmt(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.ExprStmt e -> exprStmt(e);
            case Stmt.Pass p -> emit(Opcode.NOP);
            case Stmt.Break b -> breakStmt(b);
            case Stmt.Continue c -> continueStmt(c);
        }
    }

    private void exprStmt(Stmt.ExprStmt e) {
        if (u.interactive) {
            expr(e.value());
            emit(Opcode.PRINT_EXPR);
            return;
        }
        if (e.value() instanceof Expr.Constant) {
            emit(Opcode.NOP);
            return;
        }
        expr(e.value());
        emit(Opcode.POP_TOP);
    }

    private void assertStmt(Stmt.Assert a) {
        warn(CompileChecks.assertion(folder.fold(a.test())));
        if (optimize > 0) {
            return;
        }
        BasicBlock end = newBlock();
        jumpIf(a.test(), end, true);
        // CPython 3.11's raise has the position of the last comparison its compiler_jump_if
        // compiled (through not, and/or, if-else), which stays set after it; else the statement's,
        // whose caret line covers the whole line and is left out of tracebacks
        Expr compare = lastJumpIfCompare(a.test());
        u.loc = compare != null ? compare.pos() : a.pos();
        emit(Opcode.LOAD_ASSERTION_ERROR);
        if (a.msg() != null) {
            expr(a.msg());
            emit(Opcode.CALL, 0);
        }
        emit(Opcode.RAISE_VARARGS, 1);
        u.loc = a.pos();
        useBlock(end);
    }

    /** The last comparison CPython 3.11's {@code compiler_jump_if} reaches in {@code test}, or null. */
    private static Expr lastJumpIfCompare(Expr test) {
        return switch (test) {
            case Expr.Compare c -> c;
            case Expr.UnaryOp u when u.op() == org.taipan.ast.UnaryOperator.NOT -> lastJumpIfCompare(u.operand());
            case Expr.BoolOp b -> {
                Expr last = null;
                for (Expr v : b.values()) {
                    Expr found = lastJumpIfCompare(v);
                    last = found != null ? found : last;
                }
                yield last;
            }
            case Expr.IfExp i -> {
                Expr last = null;
                for (Expr v : new Expr[] {i.test(), i.body(), i.orelse()}) {
                    Expr found = lastJumpIfCompare(v);
                    last = found != null ? found : last;
                }
                yield last;
            }
            default -> null;
        };
    }

    private void importStmt(Stmt.Import imp) {
        for (Alias a : imp.names()) {
            u.loc = imp.pos();
            loadConst(0L);
            loadConst(ConstantValue.None.NONE);
            emit(Opcode.IMPORT_NAME, u.addName(mangle(a.name())));
            if (a.asname() != null) {
                importAs(a.name(), a.asname());
            } else {
                int dot = a.name().indexOf('.');
                nameOp(dot >= 0 ? a.name().substring(0, dot) : a.name(), ExprContext.STORE);
            }
        }
    }

    private void importAs(String name, String asname) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            nameOp(asname, ExprContext.STORE);
            return;
        }
        while (true) {
            int pos = dot + 1;
            dot = name.indexOf('.', pos);
            String attr = name.substring(pos, dot >= 0 ? dot : name.length());
            emit(Opcode.IMPORT_FROM, u.addName(mangle(attr)));
            if (dot < 0) {
                break;
            }
            emit(Opcode.SWAP, 2);
            emit(Opcode.POP_TOP);
        }
        nameOp(asname, ExprContext.STORE);
        emit(Opcode.POP_TOP);
    }

    private void importFrom(Stmt.ImportFrom imp) {
        if ("__future__".equals(imp.module())) {
            checkFuture(imp);
        }
        loadConst((long) imp.level());
        List<Object> names = new ArrayList<>();
        for (Alias a : imp.names()) {
            names.add(a.name());
        }
        loadConst(new ConstTuple(names));
        emit(Opcode.IMPORT_NAME, u.addName(mangle(imp.module() == null ? "" : imp.module())));
        for (Alias a : imp.names()) {
            if (a.name().equals("*")) {
                emit(Opcode.IMPORT_STAR);
                return;
            }
            emit(Opcode.IMPORT_FROM, u.addName(mangle(a.name())));
            nameOp(a.asname() != null ? a.asname() : a.name(), ExprContext.STORE);
        }
        emit(Opcode.POP_TOP);
    }

    /** The line of the module's last leading future import, 0 for none ({@link FutureScanner.Result#lastLine}). */
    int futureLastLine;

    /**
     * CPython's check in {@code compiler_from_import}: a future import on a line after the
     * leading ones (in any scope) is misplaced; the leading ones were checked by {@link FutureScanner}.
     */
    private void checkFuture(Stmt.ImportFrom imp) {
        if (imp.pos().line() > futureLastLine) {
            throw error("from __future__ imports must occur at the beginning of the file", imp.pos());
        }
    }

    private void returnStmt(Stmt.Return r) {
        if (u.scope.type() != BlockType.FUNCTION) {
            throw error("'return' outside function", r.pos());
        }
        if (r.value() != null && u.scope.isCoroutine() && u.scope.isGenerator()) {
            throw error("'return' with value in async generator", r.pos());
        }
        Expr value = r.value() == null ? null : folder.fold(r.value());
        boolean preserveTos = value != null && !(value instanceof Expr.Constant);
        boolean leavesLine = unwindingLeavesLine(false);
        // CPython's NOPs: the statement's lines are traced before a finally body or __exit__ runs
        // (CPython emits them always; where nothing is unwound they repeat the next line and go)
        if (preserveTos) {
            expr(value);
        } else if (value != null && (leavesLine || value.pos().line() != r.pos().line())) {
            u.loc = value.pos();
            emit(Opcode.NOP);
        }
        if (value == null ? leavesLine : value.pos().line() != r.pos().line()) {
            u.loc = r.pos();
            emit(Opcode.NOP);
        }
        unwindFblockStack(preserveTos, null);
        if (!leavesLine) {
            u.loc = r.pos();
        }
        if (value == null) {
            loadConst(ConstantValue.None.NONE);
        } else if (!preserveTos) {
            loadConst(((Expr.Constant) value).value());
        }
        emit(Opcode.RETURN_VALUE);
    }

    private void breakStmt(Stmt.Break b) {
        FrameBlock[] loop = new FrameBlock[1];
        boolean leavesLine = lineBeforeUnwinding(b.pos(), true);
        unwindFblockStack(false, loop);
        if (loop[0] == null) {
            throw error("'break' outside loop", b.pos());
        }
        if (!leavesLine) {
            u.loc = b.pos();
        }
        unwindFblock(loop[0], false);
        jump(loop[0].exit());
    }

    private void continueStmt(Stmt.Continue c) {
        FrameBlock[] loop = new FrameBlock[1];
        boolean leavesLine = lineBeforeUnwinding(c.pos(), true);
        unwindFblockStack(false, loop);
        if (loop[0] == null) {
            throw error("'continue' not properly in loop", c.pos());
        }
        if (!leavesLine) {
            u.loc = c.pos();
        }
        jump(loop[0].block());
    }

    /**
     * Before a break or continue is unwound: when the unwinding runs code of other lines
     * ({@link #unwindingLeavesLine}), the statement's own line first, as CPython's NOP, and what
     * follows the unwinding has no line of its own (the finally body's last line, propagated).
     */
    private boolean lineBeforeUnwinding(Pos pos, boolean toLoop) {
        boolean leaves = unwindingLeavesLine(toLoop);
        if (leaves) {
            u.loc = pos;
            emit(Opcode.NOP);
        }
        return leaves;
    }

    /**
     * Whether unwinding the frame blocks (down to the innermost loop when {@code toLoop}) runs a
     * finally body or an {@code __exit__}, after which CPython's instructions have no line
     * ({@code compiler_unwind_fblock}'s UNSET_LOC).
     */
    private boolean unwindingLeavesLine(boolean toLoop) {
        for (FrameBlock f : u.fblocks) {
            switch (f.kind()) {
                case WHILE_LOOP, FOR_LOOP -> {
                    if (toLoop) {
                        return false;
                    }
                }
                case FINALLY_TRY, WITH, ASYNC_WITH -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    /** CPython's {@code CO_MAXBLOCKS}: how deeply loops, try and with blocks may nest in one code object. */
    static final int MAX_STATIC_BLOCKS = 20;

    void pushFblock(Kind kind, BasicBlock block, BasicBlock exit, Object datum) {
        if (u.fblocks.size() >= MAX_STATIC_BLOCKS) {
            throw error("too many statically nested blocks", u.loc);
        }
        u.fblocks.push(new FrameBlock(kind, block, exit, datum, u.loc));
    }

    void popFblock(Kind kind) {
        FrameBlock f = u.fblocks.pop();
        assert f.kind() == kind;
    }

    /** CPython's {@code compiler_unwind_fblock}: undo one block before leaving it by return/break/continue. */
    private void unwindFblock(FrameBlock info, boolean preserveTos) {
        switch (info.kind()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR -> { }
            case FOR_LOOP -> {
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                emit(Opcode.POP_TOP);
            }
            case TRY_EXCEPT -> pseudo(Pseudo.POP_BLOCK, null);
            case FINALLY_TRY -> {
                pseudo(Pseudo.POP_BLOCK, null);
                if (preserveTos) {
                    pushFblock(Kind.POP_VALUE, null, null, null);
                }
                @SuppressWarnings("unchecked")
                List<Stmt> fin = (List<Stmt>) info.datum();
                Pos saved = u.loc;
                stmts(fin);
                u.loc = saved;
                if (preserveTos) {
                    popFblock(Kind.POP_VALUE);
                }
                u.loc = Pos.NONE;
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                emit(Opcode.POP_TOP);
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                pseudo(Pseudo.POP_BLOCK, null);
                emit(Opcode.POP_EXCEPT);
            }
            case WITH, ASYNC_WITH -> {
                u.loc = info.pos();
                pseudo(Pseudo.POP_BLOCK, null);
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                callExitWithNones();
                if (info.kind() == Kind.ASYNC_WITH) {
                    emit(Opcode.GET_AWAITABLE, 2);
                    loadConst(ConstantValue.None.NONE);
                    yieldFrom(true);
                }
                emit(Opcode.POP_TOP);
                u.loc = Pos.NONE;
            }
            case HANDLER_CLEANUP -> {
                if (info.datum() != null) {
                    pseudo(Pseudo.POP_BLOCK, null);
                }
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                pseudo(Pseudo.POP_BLOCK, null);
                emit(Opcode.POP_EXCEPT);
                if (info.datum() != null) {
                    loadConst(ConstantValue.None.NONE);
                    nameOp((String) info.datum(), ExprContext.STORE);
                    nameOp((String) info.datum(), ExprContext.DEL);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                emit(Opcode.POP_TOP);
            }
        }
    }

    /** CPython's {@code compiler_unwind_fblock_stack}; {@code loop[0]} receives the innermost loop if asked. */
    private void unwindFblockStack(boolean preserveTos, FrameBlock[] loop) {
        if (u.fblocks.isEmpty()) {
            return;
        }
        FrameBlock top = u.fblocks.peek();
        if (top.kind() == Kind.EXCEPTION_GROUP_HANDLER) {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block", u.loc);
        }
        if (loop != null && (top.kind() == Kind.WHILE_LOOP || top.kind() == Kind.FOR_LOOP)) {
            loop[0] = top;
            return;
        }
        u.fblocks.pop();
        unwindFblock(top, preserveTos);
        unwindFblockStack(preserveTos, loop);
        u.fblocks.push(top);
    }

    private void callExitWithNones() {
        loadConst(ConstantValue.None.NONE);
        loadConst(ConstantValue.None.NONE);
        loadConst(ConstantValue.None.NONE);
        emit(Opcode.CALL, 2);
    }

    private void ifStmt(Stmt.If s) {
        BasicBlock end = newBlock();
        BasicBlock next = s.orelse().isEmpty() ? end : newBlock();
        jumpIf(s.test(), next, false);
        stmts(s.body());
        if (!s.orelse().isEmpty()) {
            // artificial (CPython's ADDOP_JUMP_NOLINE): a return it leads to takes the body's line
            u.loc = Pos.NONE;
            jump(end);
            useBlock(next);
            stmts(s.orelse());
        }
        useBlock(end);
    }

    private void whileStmt(Stmt.While s) {
        BasicBlock loop = newBlock();
        BasicBlock body = newBlock();
        BasicBlock anchor = newBlock();
        BasicBlock exit = newBlock();
        useBlock(loop);
        pushFblock(Kind.WHILE_LOOP, loop, exit, null);
        jumpIf(s.test(), anchor, false);
        useBlock(body);
        stmts(s.body());
        // artificial, as CPython's: it takes the body's last line, so it reports no 'line' of its own
        u.loc = Pos.NONE;
        jump(loop);
        popFblock(Kind.WHILE_LOOP);
        useBlock(anchor);
        stmts(s.orelse());
        useBlock(exit);
    }

    private void forStmt(Stmt.For s) {
        BasicBlock start = newBlock();
        BasicBlock body = newBlock();
        BasicBlock cleanup = newBlock();
        BasicBlock end = newBlock();
        pushFblock(Kind.FOR_LOOP, start, end, null);
        expr(folder.foldIter(s.iter()));
        emit(Opcode.GET_ITER);
        useBlock(start);
        jump(Opcode.FOR_ITER, cleanup);
        useBlock(body);
        expr(s.target());
        stmts(s.body());
        // artificial, as CPython's: it takes the body's last line, so it reports no 'line' of its own
        u.loc = Pos.NONE;
        jump(start);
        useBlock(cleanup);
        popFblock(Kind.FOR_LOOP);
        stmts(s.orelse());
        useBlock(end);
    }

    private void asyncFor(Stmt.AsyncFor s) {
        if (isTopLevelAwait()) {
            topLevelAsync = true;
        } else if (u.scopeType != ScopeType.ASYNC_FUNCTION) {
            throw error("'async for' outside async function", s.pos());
        }
        BasicBlock start = newBlock();
        BasicBlock except = newBlock();
        BasicBlock end = newBlock();
        expr(s.iter());
        emit(Opcode.GET_AITER);
        useBlock(start);
        pushFblock(Kind.FOR_LOOP, start, end, null);
        pseudo(Pseudo.SETUP_FINALLY, except);
        emit(Opcode.GET_ANEXT);
        loadConst(ConstantValue.None.NONE);
        yieldFrom(true);
        pseudo(Pseudo.POP_BLOCK, null);
        expr(s.target());
        stmts(s.body());
        // artificial, as CPython's: it takes the body's last line, so it reports no 'line' of its own
        u.loc = Pos.NONE;
        jump(start);
        popFblock(Kind.FOR_LOOP);
        useBlock(except);
        u.loc = s.iter().pos();
        emit(Opcode.END_ASYNC_FOR);
        stmts(s.orelse());
        useBlock(end);
    }

    private void tryFinally(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                            boolean star) {
        BasicBlock bodyBlock = newBlock();
        BasicBlock end = newBlock();
        BasicBlock exit = newBlock();
        BasicBlock cleanup = newBlock();
        pseudo(Pseudo.SETUP_FINALLY, end);
        useBlock(bodyBlock);
        pushFblock(Kind.FINALLY_TRY, bodyBlock, end, finalbody);
        if (!handlers.isEmpty()) {
            if (star) {
                tryStarExcept(body, handlers, orelse);
            } else {
                tryExcept(body, handlers, orelse);
            }
        } else {
            stmts(body);
        }
        pseudo(Pseudo.POP_BLOCK, null);
        popFblock(Kind.FINALLY_TRY);
        stmts(finalbody);
        jump(exit);
        useBlock(end);
        u.loc = Pos.NONE;
        pseudo(Pseudo.SETUP_CLEANUP, cleanup);
        emit(Opcode.PUSH_EXC_INFO);
        pushFblock(Kind.FINALLY_END, end, null, null);
        stmts(finalbody);
        popFblock(Kind.FINALLY_END);
        u.loc = Pos.NONE;
        emit(Opcode.RERAISE, 0);
        useBlock(cleanup);
        popExceptAndReraise();
        useBlock(exit);
    }

    void popExceptAndReraise() {
        emit(Opcode.COPY, 3);
        emit(Opcode.POP_EXCEPT);
        emit(Opcode.RERAISE, 1);
    }

    /** {@code name = None; del name}: how CPython unbinds an {@code except ... as name} target. */
    private void clearHandlerName(String name) {
        loadConst(ConstantValue.None.NONE);
        nameOp(name, ExprContext.STORE);
        nameOp(name, ExprContext.DEL);
    }

    private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        BasicBlock bodyBlock = newBlock();
        BasicBlock except = newBlock();
        BasicBlock end = newBlock();
        BasicBlock cleanup = newBlock();
        pseudo(Pseudo.SETUP_FINALLY, except);
        useBlock(bodyBlock);
        pushFblock(Kind.TRY_EXCEPT, bodyBlock, null, null);
        stmts(body);
        popFblock(Kind.TRY_EXCEPT);
        pseudo(Pseudo.POP_BLOCK, null);
        stmts(orelse);
        u.loc = Pos.NONE;
        jump(end);
        int n = handlers.size();
        useBlock(except);
        u.loc = Pos.NONE;
        pseudo(Pseudo.SETUP_CLEANUP, cleanup);
        emit(Opcode.PUSH_EXC_INFO);
        pushFblock(Kind.EXCEPTION_HANDLER, null, null, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler h = handlers.get(i);
            u.loc = h.pos();
            if (h.type() == null && i < n - 1) {
                throw error("default 'except:' must be last", h.pos());
            }
            except = newBlock();
            if (h.type() != null) {
                expr(h.type());
                emit(Opcode.CHECK_EXC_MATCH);
                jump(Opcode.POP_JUMP_IF_FALSE, except);
            }
            if (h.name() != null) {
                BasicBlock cleanupEnd = newBlock();
                BasicBlock cleanupBody = newBlock();
                nameOp(h.name(), ExprContext.STORE);
                pseudo(Pseudo.SETUP_CLEANUP, cleanupEnd);
                useBlock(cleanupBody);
                pushFblock(Kind.HANDLER_CLEANUP, cleanupBody, null, h.name());
                stmts(h.body());
                popFblock(Kind.HANDLER_CLEANUP);
                u.loc = Pos.NONE;
                pseudo(Pseudo.POP_BLOCK, null);
                pseudo(Pseudo.POP_BLOCK, null);
                emit(Opcode.POP_EXCEPT);
                clearHandlerName(h.name());
                jump(end);
                useBlock(cleanupEnd);
                u.loc = Pos.NONE;
                clearHandlerName(h.name());
                emit(Opcode.RERAISE, 1);
            } else {
                BasicBlock cleanupBody = newBlock();
                emit(Opcode.POP_TOP);
                useBlock(cleanupBody);
                pushFblock(Kind.HANDLER_CLEANUP, cleanupBody, null, null);
                stmts(h.body());
                popFblock(Kind.HANDLER_CLEANUP);
                u.loc = Pos.NONE;
                pseudo(Pseudo.POP_BLOCK, null);
                emit(Opcode.POP_EXCEPT);
                jump(end);
            }
            useBlock(except);
        }
        // reached only from the last handler's failed match: CPython's line propagation gives the
        // re-raise that jump's location, which f_lineno shows after the exception leaves
        u.loc = handlers.get(n - 1).type() != null ? handlers.get(n - 1).pos() : Pos.NONE;
        popFblock(Kind.EXCEPTION_HANDLER);
        emit(Opcode.RERAISE, 0);
        u.loc = Pos.NONE;
        useBlock(cleanup);
        popExceptAndReraise();
        useBlock(end);
    }

    private void tryStarExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        BasicBlock bodyBlock = newBlock();
        BasicBlock except = newBlock();
        BasicBlock orelseBlock = newBlock();
        BasicBlock end = newBlock();
        BasicBlock cleanup = newBlock();
        BasicBlock reraiseStar = newBlock();
        pseudo(Pseudo.SETUP_FINALLY, except);
        useBlock(bodyBlock);
        pushFblock(Kind.TRY_EXCEPT, bodyBlock, null, null);
        stmts(body);
        popFblock(Kind.TRY_EXCEPT);
        pseudo(Pseudo.POP_BLOCK, null);
        jump(orelseBlock);
        int n = handlers.size();
        useBlock(except);
        u.loc = Pos.NONE;
        pseudo(Pseudo.SETUP_CLEANUP, cleanup);
        emit(Opcode.PUSH_EXC_INFO);
        pushFblock(Kind.EXCEPTION_GROUP_HANDLER, null, null, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler h = handlers.get(i);
            u.loc = h.pos();
            except = newBlock();
            BasicBlock exceptWithError = newBlock();
            BasicBlock noMatch = newBlock();
            if (i == 0) {
                emit(Opcode.COPY, 1);
                emit(Opcode.BUILD_LIST, 0);
                emit(Opcode.SWAP, 2);
            }
            if (h.type() != null) {
                expr(h.type());
                emit(Opcode.CHECK_EG_MATCH);
                emit(Opcode.COPY, 1);
                jump(Opcode.POP_JUMP_IF_NONE, noMatch);
            }
            BasicBlock cleanupEnd = newBlock();
            BasicBlock cleanupBody = newBlock();
            if (h.name() != null) {
                nameOp(h.name(), ExprContext.STORE);
            } else {
                emit(Opcode.POP_TOP);
            }
            pseudo(Pseudo.SETUP_CLEANUP, cleanupEnd);
            useBlock(cleanupBody);
            pushFblock(Kind.HANDLER_CLEANUP, cleanupBody, null, h.name());
            stmts(h.body());
            popFblock(Kind.HANDLER_CLEANUP);
            pseudo(Pseudo.POP_BLOCK, null);
            if (h.name() != null) {
                clearHandlerName(h.name());
            }
            jump(except);
            useBlock(cleanupEnd);
            u.loc = Pos.NONE;
            if (h.name() != null) {
                clearHandlerName(h.name());
            }
            emit(Opcode.LIST_APPEND, 3);
            emit(Opcode.POP_TOP);
            jump(exceptWithError);
            useBlock(except);
            emit(Opcode.NOP);
            jump(exceptWithError);
            useBlock(noMatch);
            emit(Opcode.POP_TOP);
            useBlock(exceptWithError);
            if (i == n - 1) {
                emit(Opcode.LIST_APPEND, 1);
                jump(reraiseStar);
            }
        }
        u.loc = Pos.NONE;
        popFblock(Kind.EXCEPTION_GROUP_HANDLER);
        BasicBlock reraise = newBlock();
        useBlock(reraiseStar);
        emit(Opcode.PREP_RERAISE_STAR);
        emit(Opcode.COPY, 1);
        jump(Opcode.POP_JUMP_IF_NOT_NONE, reraise);
        emit(Opcode.POP_TOP);
        pseudo(Pseudo.POP_BLOCK, null);
        emit(Opcode.POP_EXCEPT);
        jump(end);
        useBlock(reraise);
        pseudo(Pseudo.POP_BLOCK, null);
        emit(Opcode.SWAP, 2);
        emit(Opcode.POP_EXCEPT);
        emit(Opcode.RERAISE, 0);
        useBlock(cleanup);
        popExceptAndReraise();
        useBlock(orelseBlock);
        stmts(orelse);
        useBlock(end);
    }

    private void with(Stmt s, List<WithItem> items, List<Stmt> body, int pos, boolean async) {
        WithItem item = items.get(pos);
        BasicBlock block = newBlock();
        BasicBlock fin = newBlock();
        BasicBlock exit = newBlock();
        BasicBlock cleanup = newBlock();
        expr(item.contextExpr());
        u.loc = s.pos();
        if (async) {
            emit(Opcode.BEFORE_ASYNC_WITH);
            emit(Opcode.GET_AWAITABLE, 1);
            loadConst(ConstantValue.None.NONE);
            yieldFrom(true);
        } else {
            emit(Opcode.BEFORE_WITH);
        }
        pseudo(Pseudo.SETUP_WITH, fin);
        useBlock(block);
        pushFblock(async ? Kind.ASYNC_WITH : Kind.WITH, block, fin, s);
        if (item.optionalVars() != null) {
            expr(item.optionalVars());
        } else {
            emit(Opcode.POP_TOP);
        }
        if (pos + 1 == items.size()) {
            stmts(body);
        } else {
            with(s, items, body, pos + 1, async);
        }
        popFblock(async ? Kind.ASYNC_WITH : Kind.WITH);
        u.loc = s.pos();
        pseudo(Pseudo.POP_BLOCK, null);
        callExitWithNones();
        if (async) {
            emit(Opcode.GET_AWAITABLE, 2);
            loadConst(ConstantValue.None.NONE);
            yieldFrom(true);
        }
        emit(Opcode.POP_TOP);
        jump(exit);
        useBlock(fin);
        pseudo(Pseudo.SETUP_CLEANUP, cleanup);
        emit(Opcode.PUSH_EXC_INFO);
        emit(Opcode.WITH_EXCEPT_START);
        if (async) {
            emit(Opcode.GET_AWAITABLE, 2);
            loadConst(ConstantValue.None.NONE);
            yieldFrom(true);
        }
        withExceptFinish(cleanup);
        useBlock(exit);
    }

    private void withExceptFinish(BasicBlock cleanup) {
        u.loc = Pos.NONE;
        BasicBlock exit = newBlock();
        jump(Opcode.POP_JUMP_IF_TRUE, exit);
        emit(Opcode.RERAISE, 2);
        useBlock(cleanup);
        popExceptAndReraise();
        useBlock(exit);
        emit(Opcode.POP_TOP);
        pseudo(Pseudo.POP_BLOCK, null);
        emit(Opcode.POP_EXCEPT);
        emit(Opcode.POP_TOP);
        emit(Opcode.POP_TOP);
    }

    private void augAssign(Stmt.AugAssign a) {
        Expr t = a.target();
        Opcode.BinaryOp op = Opcode.BinaryOp.of(binaryOp(a.op()).ordinal() + Opcode.BinaryOp.INPLACE_ADD.ordinal());
        switch (t) {
            case Expr.Attribute at -> {
                expr(at.value());
                emit(Opcode.COPY, 1);
                u.loc = at.pos();
                emit(Opcode.LOAD_ATTR, u.addName(mangle(at.attr())) << 1);
            }
            case Expr.Subscript s -> {
                expr(s.value());
                sliceOrIndex(s.slice());
                emit(Opcode.COPY, 2);
                emit(Opcode.COPY, 2);
                u.loc = s.pos();
                emit(Opcode.BINARY_SUBSCR);
            }
            case Expr.Name n -> {
                u.loc = n.pos();
                nameOp(n.id(), ExprContext.LOAD);
            }
            default -> throw error("illegal expression for augmented assignment", t.pos());
        }
        expr(a.value());
        u.loc = a.pos();
        emit(Opcode.BINARY_OP, op.ordinal());
        u.loc = t.pos();
        switch (t) {
            case Expr.Attribute at -> {
                emit(Opcode.SWAP, 2);
                emit(Opcode.STORE_ATTR, u.addName(mangle(at.attr())));
            }
            case Expr.Subscript s -> {
                emit(Opcode.SWAP, 3);
                emit(Opcode.SWAP, 2);
                emit(Opcode.STORE_SUBSCR);
            }
            case Expr.Name n -> nameOp(n.id(), ExprContext.STORE);
            default -> { }
        }
    }

    private boolean annotationsEvaluated() {
        return !symtable.futureAnnotations()
                && (u.scopeType == ScopeType.MODULE || u.scopeType == ScopeType.CLASS);
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.value() != null) {
            expr(a.value());
            expr(a.target());
        }
        switch (a.target()) {
            case Expr.Name n -> {
                // CPython's forbidden_name, at the statement (the target's own visit, with a value, came first)
                if (n.id().equals("__debug__")) {
                    throw error("cannot assign to __debug__", a.pos());
                }
                if (a.simple() && (u.scopeType == ScopeType.MODULE || u.scopeType == ScopeType.CLASS)) {
                    u.loc = a.pos();
                    if (symtable.futureAnnotations()) {
                        loadConst(AstUnparser.unparse(a.annotation()));
                    } else {
                        expr(a.annotation());
                    }
                    u.loc = a.pos();
                    emit(Opcode.LOAD_NAME, u.addName("__annotations__"));
                    loadConst(mangle(n.id()));
                    emit(Opcode.STORE_SUBSCR);
                }
            }
            case Expr.Attribute at -> {
                if (at.attr().equals("__debug__")) {
                    throw error("cannot assign to __debug__", a.pos());
                }
                if (a.value() == null) {
                    expr(at.value());
                    emit(Opcode.POP_TOP);
                }
            }
            case Expr.Subscript s -> {
                if (a.value() == null) {
                    expr(s.value());
                    emit(Opcode.POP_TOP);
                    checkAnnSubscr(s.slice());
                }
            }
            default -> throw error("invalid node type for annotated assignment", a.pos());
        }
        if (!a.simple() && annotationsEvaluated()) {
            expr(a.annotation());
            emit(Opcode.POP_TOP);
        }
    }

    private void checkAnnSubscr(Expr e) {
        switch (e) {
            case Expr.Slice s -> {
                for (Expr x : new Expr[] {s.lower(), s.upper(), s.step()}) {
                    if (x != null) {
                        expr(x);
                        emit(Opcode.POP_TOP);
                    }
                }
            }
            case Expr.Tuple t -> t.elts().forEach(this::checkAnnSubscr);
            default -> {
                expr(e);
                emit(Opcode.POP_TOP);
            }
        }
    }

    // ---------------------------------------------------------------- functions and classes

    private void decorators(List<Expr> decs) {
        for (Expr d : decs) {
            expr(d);
        }
    }

    private void applyDecorators(List<Expr> decs) {
        for (int i = decs.size() - 1; i >= 0; i--) {
            u.loc = decs.get(i).pos();
            emit(Opcode.CALL, 0);
        }
    }

    /** Pushes defaults and keyword defaults; returns the MAKE_FUNCTION flag bits for them. */
    private int defaultArguments(Arguments args) {
        checkDebugArgs(args);
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            starunpack(args.defaults(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
            flags |= 0x01;
        }
        boolean anyKw = false;
        for (Expr d : args.kwDefaults()) {
            anyKw |= d != null;
        }
        if (anyKw) {
            List<Object> keys = new ArrayList<>();
            for (int i = 0; i < args.kwonlyargs().size(); i++) {
                Expr d = args.kwDefaults().get(i);
                if (d != null) {
                    keys.add(mangle(args.kwonlyargs().get(i).arg()));
                    expr(d);
                }
            }
            loadConst(new ConstTuple(keys));
            emit(Opcode.BUILD_CONST_KEY_MAP, keys.size());
            flags |= 0x02;
        }
        return flags;
    }

    /** CPython's {@code compiler_check_debug_args}: no parameter may be named {@code __debug__}. */
    private void checkDebugArgs(Arguments args) {
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        for (Arg a : all) {
            if (a.arg().equals("__debug__")) {
                throw error("cannot assign to __debug__", u.loc);
            }
        }
    }

    /** Pushes the annotations tuple (name, value pairs); returns the flag 0x04 if any. */
    private int annotations(Arguments args, Expr returns, Pos loc) {
        int[] count = {0};
        argAnnotations(args.args(), count);
        argAnnotations(args.posonlyargs(), count);
        if (args.vararg() != null && args.vararg().annotation() != null) {
            argAnnotation(args.vararg().arg(), args.vararg().annotation(), count);
        }
        argAnnotations(args.kwonlyargs(), count);
        if (args.kwarg() != null && args.kwarg().annotation() != null) {
            argAnnotation(args.kwarg().arg(), args.kwarg().annotation(), count);
        }
        if (returns != null) {
            argAnnotation("return", returns, count);
        }
        if (count[0] > 0) {
            u.loc = loc;
            emit(Opcode.BUILD_TUPLE, count[0] * 2);
            return 0x04;
        }
        return 0;
    }

    private void argAnnotations(List<Arg> args, int[] count) {
        for (Arg a : args) {
            if (a.annotation() != null) {
                argAnnotation(a.arg(), a.annotation(), count);
            }
        }
    }

    private void argAnnotation(String name, Expr ann, int[] count) {
        loadConst(mangle(name));
        if (symtable.futureAnnotations()) {
            loadConst(AstUnparser.unparse(ann));
        } else if (ann instanceof Expr.Starred st) {
            // PEP 646 *args: *Ts evaluates to the unpacked iterator's single item
            expr(st.value());
            emit(Opcode.UNPACK_SEQUENCE, 1);
        } else {
            expr(ann);
        }
        count[0]++;
    }

    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decs, Expr returns,
                          boolean async) {
        decorators(decs);
        int firstlineno = decs.isEmpty() ? s.pos().line() : decs.get(0).pos().line();
        u.loc = s.pos();
        int funcflags = defaultArguments(args);
        funcflags |= annotations(args, returns, s.pos());
        SymbolTableEntry ste = symtable.lookup(s);
        enterScope(ste, async ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION, name, firstlineno, s);
        String doc = optimize < 2 ? docstring(body) : null;
        u.addConst(doc != null ? doc : ConstantValue.None.NONE);
        setArgCounts(args);
        for (int i = doc != null ? 1 : 0; i < body.size(); i++) {
            stmt(body.get(i));
        }
        u.loc = Pos.NONE;
        loadConst(ConstantValue.None.NONE);
        emit(Opcode.RETURN_VALUE);
        CodeObject co = exitScope();
        u.loc = s.pos();
        makeClosure(co, funcflags);
        applyDecorators(decs);
        u.loc = s.pos();
        nameOp(name, ExprContext.STORE);
    }

    private void setArgCounts(Arguments args) {
        u.argcount = args.posonlyargs().size() + args.args().size();
        u.posonlyargcount = args.posonlyargs().size();
        u.kwonlyargcount = args.kwonlyargs().size();
    }

    /** CPython's {@code compiler_make_closure}: pushes the closure tuple if needed, then MAKE_FUNCTION. */
    void makeClosure(CodeObject co, int flags) {
        if (co.freevars.length > 0) {
            for (String name : co.freevars) {
                boolean cell = (u.scopeType == ScopeType.CLASS && name.equals("__class__"))
                        || u.scope.scopeOf(name) == SymbolScope.CELL;
                emit(Opcode.LOAD_CLOSURE, u.derefIndex(name, !cell));
            }
            emit(Opcode.BUILD_TUPLE, co.freevars.length);
            flags |= 0x08;
        }
        loadConst(co);
        emit(Opcode.MAKE_FUNCTION, flags);
    }

    private void classDef(Stmt.ClassDef s) {
        decorators(s.decoratorList());
        int firstlineno = s.decoratorList().isEmpty() ? s.pos().line() : s.decoratorList().get(0).pos().line();
        SymbolTableEntry ste = symtable.lookup(s);
        enterScope(ste, ScopeType.CLASS, s.name(), firstlineno, s);
        u.loc = s.pos();
        emit(Opcode.LOAD_NAME, u.addName("__name__"));
        emit(Opcode.STORE_NAME, u.addName("__module__"));
        loadConst(u.qualname);
        emit(Opcode.STORE_NAME, u.addName("__qualname__"));
        body(s.body());
        u.loc = Pos.NONE;
        if (ste.needsClassClosure()) {
            emit(Opcode.LOAD_CLOSURE, u.derefIndex("__class__", false));
            emit(Opcode.COPY, 1);
            emit(Opcode.STORE_NAME, u.addName("__classcell__"));
        } else {
            loadConst(ConstantValue.None.NONE);
        }
        emit(Opcode.RETURN_VALUE);
        CodeObject co = exitScope();
        u.loc = s.pos();
        emit(Opcode.PUSH_NULL);
        emit(Opcode.LOAD_BUILD_CLASS);
        makeClosure(co, 0);
        loadConst(s.name());
        callHelper(2, s.bases(), s.keywords());
        applyDecorators(s.decoratorList());
        u.loc = s.pos();
        nameOp(s.name(), ExprContext.STORE);
    }

    private void lambda(Expr.Lambda e) {
        int funcflags = defaultArguments(e.args());
        SymbolTableEntry ste = symtable.lookup(e);
        enterScope(ste, ScopeType.LAMBDA, "<lambda>", e.pos().line(), e);
        u.addConst(ConstantValue.None.NONE);
        setArgCounts(e.args());
        u.loc = e.body().pos();
        expr(e.body());
        // a generator lambda returns its body's value too (StopIteration.value), as CPython 3.11's
        // compiler_lambda does; only the line of that return differs: none
        if (ste.isGenerator()) {
            u.loc = Pos.NONE;
        }
        emit(Opcode.RETURN_VALUE);
        CodeObject co = exitScope();
        u.loc = e.pos();
        makeClosure(co, funcflags);
    }

    // ---------------------------------------------------------------- expressions

    void expr(Expr e0) {
        Pos saved = u.loc;
        Expr e = folder.fold(e0);
        u.loc = e.pos();
        expr1(e);
        u.loc = saved;
    }

    private void expr1(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> boolOp(b);
            case Expr.NamedExpr n -> {
                expr(n.value());
                emit(Opcode.COPY, 1);
                expr(n.target());
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
                emit(Opcode.BINARY_OP, binaryOp(b.op()).ordinal());
            }
            case Expr.UnaryOp un -> {
                expr(un.operand());
                emit(switch (un.op()) {
                    case INVERT -> Opcode.UNARY_INVERT;
                    case NOT -> Opcode.UNARY_NOT;
                    case UADD -> Opcode.UNARY_POSITIVE;
                    case USUB -> Opcode.UNARY_NEGATIVE;
                });
            }
            case Expr.Lambda l -> lambda(l);
            case Expr.IfExp i -> {
                BasicBlock end = newBlock();
                BasicBlock next = newBlock();
                jumpIf(i.test(), next, false);
                expr(i.body());
                jump(end);
                useBlock(next);
                expr(i.orelse());
                useBlock(end);
            }
            case Expr.Dict d -> dict(d);
            case Expr.Set s -> starunpack(s.elts(), 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, false);
            case Expr.ListComp c -> comprehension(c, "<listcomp>", c.generators(), c.elt(), null, Opcode.BUILD_LIST);
            case Expr.SetComp c -> comprehension(c, "<setcomp>", c.generators(), c.elt(), null, Opcode.BUILD_SET);
            case Expr.DictComp c -> comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value(),
                    Opcode.BUILD_MAP);
            case Expr.GeneratorExp c -> comprehension(c, "<genexpr>", c.generators(), c.elt(), null, null);
            case Expr.Await a -> {
                if (!isTopLevelAwait()) {
                    if (u.scope.type() != BlockType.FUNCTION) {
                        throw error("'await' outside function", e.pos());
                    }
                    if (u.scopeType != ScopeType.ASYNC_FUNCTION && u.scopeType != ScopeType.COMPREHENSION) {
                        throw error("'await' outside async function", e.pos());
                    }
                }
                expr(a.value());
                emit(Opcode.GET_AWAITABLE, 0);
                loadConst(ConstantValue.None.NONE);
                yieldFrom(true);
            }
            case Expr.Yield y -> {
                if (u.scope.type() != BlockType.FUNCTION) {
                    throw error("'yield' outside function", e.pos());
                }
                if (y.value() != null) {
                    expr(y.value());
                } else {
                    loadConst(ConstantValue.None.NONE);
                }
                emitYield();
            }
            case Expr.YieldFrom y -> {
                if (u.scope.type() != BlockType.FUNCTION) {
                    throw error("'yield' outside function", e.pos());
                }
                if (u.scopeType == ScopeType.ASYNC_FUNCTION) {
                    throw error("'yield from' inside async function", e.pos());
                }
                expr(y.value());
                emit(Opcode.GET_YIELD_FROM_ITER);
                loadConst(ConstantValue.None.NONE);
                yieldFrom(false);
            }
            case Expr.Compare c -> compare(c);
            case Expr.Call c -> call(c);
            case Expr.FormattedValue f -> formattedValue(f);
            case Expr.JoinedStr j -> joinedStr(j);
            case Expr.Constant c -> loadConst(c.value());
            case Expr.Attribute a -> {
                if (a.ctx() == ExprContext.STORE && a.attr().equals("__debug__")) {
                    throw error("cannot assign to __debug__", a.pos());
                }
                expr(a.value());
                u.loc = matchAttr(a.pos(), a);
                int idx = u.addName(mangle(a.attr()));
                switch (a.ctx()) {
                    case LOAD -> emit(Opcode.LOAD_ATTR, idx << 1);
                    case STORE -> emit(Opcode.STORE_ATTR, idx);
                    case DEL -> emit(Opcode.DELETE_ATTR, idx);
                }
            }
            case Expr.Subscript s -> {
                if (s.ctx() == ExprContext.LOAD) {
                    warn(CompileChecks.subscripter(folder.fold(s.value())));
                    warn(CompileChecks.index(folder.fold(s.value()), folder.fold(s.slice())));
                }
                expr(s.value());
                sliceOrIndex(s.slice());
                u.loc = s.pos();
                emit(switch (s.ctx()) {
                    case LOAD -> Opcode.BINARY_SUBSCR;
                    case STORE -> Opcode.STORE_SUBSCR;
                    case DEL -> Opcode.DELETE_SUBSCR;
                });
            }
            case Expr.Starred s -> {
                if (s.ctx() == ExprContext.STORE) {
                    throw error("starred assignment target must be in a list or tuple", s.pos());
                }
                throw error("can't use starred expression here", s.pos());
            }
            case Expr.Name n -> nameOp(n.id(), n.ctx());
            case Expr.ListExpr l -> {
                switch (l.ctx()) {
                    case STORE -> assignmentHelper(l.elts());
                    case LOAD -> starunpack(l.elts(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND,
                            false);
                    case DEL -> l.elts().forEach(this::expr);
                }
            }
            case Expr.Tuple t -> {
                switch (t.ctx()) {
                    case STORE -> assignmentHelper(t.elts());
                    case LOAD -> starunpack(t.elts(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND,
                            true);
                    case DEL -> t.elts().forEach(this::expr);
                }
            }
            case Expr.Slice s -> slice(s);
        }
    }

    private void sliceOrIndex(Expr e) {
        if (e instanceof Expr.Slice s) {
            Pos saved = u.loc;
            u.loc = s.pos();
            slice(s);
            u.loc = saved;
        } else {
            expr(e);
        }
    }

    private void slice(Expr.Slice s) {
        int n = 2;
        if (s.lower() != null) {
            expr(s.lower());
        } else {
            loadConst(ConstantValue.None.NONE);
        }
        if (s.upper() != null) {
            expr(s.upper());
        } else {
            loadConst(ConstantValue.None.NONE);
        }
        if (s.step() != null) {
            n++;
            expr(s.step());
        }
        emit(Opcode.BUILD_SLICE, n);
    }

    static Opcode.BinaryOp binaryOp(Operator op) {
        return switch (op) {
            case ADD -> Opcode.BinaryOp.ADD;
            case SUB -> Opcode.BinaryOp.SUBTRACT;
            case MULT -> Opcode.BinaryOp.MULTIPLY;
            case MAT_MULT -> Opcode.BinaryOp.MATRIX_MULTIPLY;
            case DIV -> Opcode.BinaryOp.TRUE_DIVIDE;
            case MOD -> Opcode.BinaryOp.REMAINDER;
            case POW -> Opcode.BinaryOp.POWER;
            case LSHIFT -> Opcode.BinaryOp.LSHIFT;
            case RSHIFT -> Opcode.BinaryOp.RSHIFT;
            case BIT_OR -> Opcode.BinaryOp.OR;
            case BIT_XOR -> Opcode.BinaryOp.XOR;
            case BIT_AND -> Opcode.BinaryOp.AND;
            case FLOOR_DIV -> Opcode.BinaryOp.FLOOR_DIVIDE;
        };
    }

    private void emitYield() {
        if (u.scope.isGenerator() && u.scope.isCoroutine()) {
            emit(Opcode.ASYNC_GEN_WRAP);
        }
        emit(Opcode.YIELD_VALUE, 0);
    }

    /** The SEND loop of {@code yield from} / {@code await} (CPython 3.12's {@code compiler_add_yield_from}). */
    void yieldFrom(boolean await) {
        BasicBlock send = newBlock();
        BasicBlock fail = newBlock();
        BasicBlock exit = newBlock();
        useBlock(send);
        jump(Opcode.SEND, exit);
        pseudo(Pseudo.SETUP_FINALLY, fail);
        emit(Opcode.YIELD_VALUE, 1);
        pseudo(Pseudo.POP_BLOCK, null);
        u.emitPseudo(Pseudo.JUMP_NO_INTERRUPT, send, u.loc);
        useBlock(fail);
        emit(Opcode.CLEANUP_THROW);
        useBlock(exit);
        emit(Opcode.END_SEND);
    }

    private void boolOp(Expr.BoolOp b) {
        Opcode op = b.op() == BoolOperator.AND ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
        BasicBlock end = newBlock();
        List<Expr> vs = b.values();
        for (int i = 0; i < vs.size() - 1; i++) {
            expr(vs.get(i));
            jump(op, end);
            useBlock(newBlock());
        }
        expr(vs.get(vs.size() - 1));
        useBlock(end);
    }

    private void addCompare(CmpOperator op) {
        switch (op) {
            case EQ -> emit(Opcode.COMPARE_OP, 2);
            case NOT_EQ -> emit(Opcode.COMPARE_OP, 3);
            case LT -> emit(Opcode.COMPARE_OP, 0);
            case LT_E -> emit(Opcode.COMPARE_OP, 1);
            case GT -> emit(Opcode.COMPARE_OP, 4);
            case GT_E -> emit(Opcode.COMPARE_OP, 5);
            case IS -> emit(Opcode.IS_OP, 0);
            case IS_NOT -> emit(Opcode.IS_OP, 1);
            case IN -> emit(Opcode.CONTAINS_OP, 0);
            case NOT_IN -> emit(Opcode.CONTAINS_OP, 1);
        }
    }

    /** CPython's {@code fold_compare}: the right operand of a final {@code in} / {@code not in} folds like an iterable. */
    private Expr comparator(Expr.Compare c, int i) {
        Expr e = c.comparators().get(i);
        CmpOperator op = c.ops().get(i);
        if (i == c.ops().size() - 1 && (op == CmpOperator.IN || op == CmpOperator.NOT_IN)) {
            return folder.foldIter(e);
        }
        return e;
    }

    private void compare(Expr.Compare c) {
        checkCompare(c);
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(comparator(c, 0));
            u.loc = c.pos();
            addCompare(c.ops().get(0));
            return;
        }
        BasicBlock cleanup = newBlock();
        for (int i = 0; i < n - 1; i++) {
            expr(comparator(c, i));
            u.loc = c.pos();
            emit(Opcode.SWAP, 2);
            emit(Opcode.COPY, 2);
            addCompare(c.ops().get(i));
            jump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
            useBlock(newBlock());
        }
        expr(comparator(c, n - 1));
        u.loc = c.pos();
        addCompare(c.ops().get(n - 1));
        BasicBlock end = newBlock();
        jump(end);
        useBlock(cleanup);
        emit(Opcode.SWAP, 2);
        emit(Opcode.POP_TOP);
        useBlock(end);
    }

    /** CPython's {@code check_compare}, on the folded operands. */
    private void checkCompare(Expr.Compare c) {
        List<Expr> folded = new ArrayList<>(c.comparators().size());
        for (int i = 0; i < c.comparators().size(); i++) {
            folded.add(folder.fold(comparator(c, i)));
        }
        warn(CompileChecks.compare(folder.fold(c.left()), c.ops(), folded));
    }

    /** CPython's {@code compiler_jump_if}: jump to {@code next} when {@code e}'s truth equals {@code cond}. */
    void jumpIf(Expr e0, BasicBlock next, boolean cond) {
        Expr e = folder.fold(e0);
        switch (e) {
            case Expr.UnaryOp un when un.op() == org.taipan.ast.UnaryOperator.NOT -> {
                jumpIf(un.operand(), next, !cond);
                return;
            }
            case Expr.BoolOp b -> {
                boolean cond2 = b.op() == BoolOperator.OR;
                BasicBlock next2 = next;
                if (cond2 != cond) {
                    next2 = newBlock();
                }
                List<Expr> vs = b.values();
                for (int i = 0; i < vs.size() - 1; i++) {
                    jumpIf(vs.get(i), next2, cond2);
                }
                jumpIf(vs.get(vs.size() - 1), next, cond);
                if (next2 != next) {
                    useBlock(next2);
                }
                return;
            }
            case Expr.IfExp i -> {
                BasicBlock end = newBlock();
                BasicBlock next2 = newBlock();
                jumpIf(i.test(), next2, false);
                jumpIf(i.body(), next, cond);
                jump(end);
                useBlock(next2);
                jumpIf(i.orelse(), next, cond);
                useBlock(end);
                return;
            }
            case Expr.Compare c when c.ops().size() > 1 -> {
                Pos saved = u.loc;
                u.loc = c.pos();
                checkCompare(c);
                int n = c.ops().size();
                BasicBlock cleanup = newBlock();
                expr(c.left());
                for (int i = 0; i < n - 1; i++) {
                    expr(comparator(c, i));
                    u.loc = c.pos();
                    emit(Opcode.SWAP, 2);
                    emit(Opcode.COPY, 2);
                    addCompare(c.ops().get(i));
                    jump(Opcode.POP_JUMP_IF_FALSE, cleanup);
                }
                expr(comparator(c, n - 1));
                u.loc = c.pos();
                addCompare(c.ops().get(n - 1));
                jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next);
                BasicBlock end = newBlock();
                jump(end);
                useBlock(cleanup);
                emit(Opcode.POP_TOP);
                if (!cond) {
                    jump(next);
                }
                useBlock(end);
                u.loc = saved;
                return;
            }
            case Expr.Constant c -> {
                if (ConstantFolder.truthy(c.value()) == cond) {
                    jump(next);
                    useBlock(newBlock());
                } else {
                    // `while 1:`, `if True:`: the test's line stays traceable, as CPython's folded test
                    emit(Opcode.NOP);
                }
                return;
            }
            default -> { }
        }
        expr(e);
        jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next);
        useBlock(newBlock());
    }

    /** CPython's {@code starunpack_helper}: lists, tuples, sets and call argument tuples. */
    void starunpack(List<Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && allConstant(elts)) {
            List<Object> vals = new ArrayList<>();
            for (Expr x : elts) {
                vals.add(((Expr.Constant) folder.fold(x)).value());
            }
            if (build == Opcode.BUILD_SET) {
                Object fs = ConstantFolder.frozenset(vals);
                if (fs != null) {
                    for (int i = 0; i < pushed; i++) {
                        // pushed items only happen for tuples (calls); sets never have a prefix
                        throw new IllegalStateException("set with prefix");
                    }
                    emit(Opcode.BUILD_SET, 0);
                    loadConst(fs);
                    emit(Opcode.SET_UPDATE, 1);
                    return;
                }
            } else {
                ConstTuple t = new ConstTuple(vals);
                if (tuple && pushed == 0) {
                    loadConst(t);
                    return;
                }
                emit(build, pushed);
                loadConst(t);
                emit(extend, 1);
                if (tuple) {
                    emit(Opcode.LIST_TO_TUPLE);
                }
                return;
            }
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (Expr x : elts) {
            if (x instanceof Expr.Starred) {
                seenStar = true;
                break;
            }
        }
        if (!seenStar && !big) {
            for (Expr x : elts) {
                expr(x);
            }
            emit(tuple ? Opcode.BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean sequenceBuilt = false;
        if (big) {
            emit(build, pushed);
            sequenceBuilt = true;
        }
        for (int i = 0; i < n; i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred st) {
                if (!sequenceBuilt) {
                    emit(build, i + pushed);
                    sequenceBuilt = true;
                }
                expr(st.value());
                emit(extend, 1);
            } else {
                expr(x);
                if (sequenceBuilt) {
                    emit(add, 1);
                }
            }
        }
        if (tuple) {
            emit(Opcode.LIST_TO_TUPLE);
        }
    }

    private boolean allConstant(List<Expr> elts) {
        for (Expr x : elts) {
            if (!(folder.fold(x) instanceof Expr.Constant)) {
                return false;
            }
        }
        return true;
    }

    /** CPython's {@code unpack_helper} plus the stores of {@code assignment_helper}. */
    private void assignmentHelper(List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred) {
                if (seenStar) {
                    throw error("multiple starred expressions in assignment", u.loc);
                }
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error("too many expressions in star-unpacking assignment", u.loc);
                }
                emit(Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) {
            emit(Opcode.UNPACK_SEQUENCE, n);
        }
        for (Expr x : elts) {
            expr(x instanceof Expr.Starred st ? st.value() : x);
        }
    }

    private void dict(Expr.Dict d) {
        int n = d.values().size();
        int elements = 0;
        boolean haveDict = false;
        for (int i = 0; i < n; i++) {
            Expr key = d.keys().get(i);
            if (key == null) {
                if (elements > 0) {
                    subdict(d, i - elements, i);
                    if (haveDict) {
                        emit(Opcode.DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    emit(Opcode.BUILD_MAP, 0);
                    haveDict = true;
                }
                expr(d.values().get(i));
                emit(Opcode.DICT_UPDATE, 1);
            } else {
                if (elements * 2 > STACK_USE_GUIDELINE) {
                    subdict(d, i - elements, i + 1);
                    if (haveDict) {
                        emit(Opcode.DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                } else {
                    elements++;
                }
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n);
            if (haveDict) {
                emit(Opcode.DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            emit(Opcode.BUILD_MAP, 0);
        }
    }

    /** CPython's {@code compiler_subdict}: keys/values {@code [begin, end)} into one new dict. */
    private void subdict(Expr.Dict d, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big && allConstant(d.keys().subList(begin, end))) {
            List<Object> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                expr(d.values().get(i));
                keys.add(((Expr.Constant) folder.fold(d.keys().get(i))).value());
            }
            loadConst(new ConstTuple(keys));
            emit(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            emit(Opcode.BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            expr(d.keys().get(i));
            expr(d.values().get(i));
            if (big) {
                emit(Opcode.MAP_ADD, 1);
            }
        }
        if (!big) {
            emit(Opcode.BUILD_MAP, n);
        }
    }

    private void formattedValue(Expr.FormattedValue f) {
        expr(f.value());
        int oparg = switch (f.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (f.formatSpec() != null) {
            expr(f.formatSpec());
            oparg |= 4;
        }
        u.loc = f.pos();
        emit(Opcode.FORMAT_VALUE, oparg);
    }

    private void joinedStr(Expr.JoinedStr j) {
        List<Expr> values = j.values();
        if (values.size() > STACK_USE_GUIDELINE) {
            loadConst("");
            emit(Opcode.LOAD_ATTR, (u.addName("join") << 1) | 1);
            emit(Opcode.BUILD_LIST, 0);
            for (Expr v : values) {
                expr(v);
                emit(Opcode.LIST_APPEND, 1);
            }
            emit(Opcode.CALL, 1);
        } else {
            for (Expr v : values) {
                expr(v);
            }
            if (values.size() != 1) {
                emit(Opcode.BUILD_STRING, values.size());
            }
        }
    }

    // ---------------------------------------------------------------- calls

    private void validateKeywords(List<Keyword> kws) {
        for (int i = 0; i < kws.size(); i++) {
            String a = kws.get(i).arg();
            if (a == null) {
                continue;
            }
            if (a.equals("__debug__")) {
                throw error("cannot assign to __debug__", u.loc);
            }
            for (int j = i + 1; j < kws.size(); j++) {
                if (a.equals(kws.get(j).arg())) {
                    throw error("keyword argument repeated: " + a, kws.get(j).pos());
                }
            }
        }
    }

    private void call(Expr.Call c) {
        validateKeywords(c.keywords());
        if (maybeOptimizeMethodCall(c)) {
            return;
        }
        warn(CompileChecks.caller(folder.fold(c.func())));
        if (c.func() instanceof Expr.Name n && isGlobalLoad(n.id())) {
            u.loc = n.pos();
            emit(Opcode.LOAD_GLOBAL, (u.addName(mangle(n.id())) << 1) | 1);
        } else {
            u.loc = c.func().pos();
            emit(Opcode.PUSH_NULL);
            expr(c.func());
        }
        u.loc = c.pos();
        callHelper(0, c.args(), c.keywords());
    }

    private boolean maybeOptimizeMethodCall(Expr.Call c) {
        if (!(c.func() instanceof Expr.Attribute meth) || meth.ctx() != ExprContext.LOAD) {
            return false;
        }
        if (c.args().size() + c.keywords().size() >= STACK_USE_GUIDELINE) {
            return false;
        }
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                return false;
            }
        }
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                return false;
            }
        }
        expr(meth.value());
        u.loc = matchAttr(meth.pos(), meth);
        emit(Opcode.LOAD_ATTR, (u.addName(mangle(meth.attr())) << 1) | 1);
        for (Expr a : c.args()) {
            expr(a);
        }
        int nkw = c.keywords().size();
        if (nkw > 0) {
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
        }
        u.loc = matchAttr(c.pos(), meth);
        if (nkw > 0) {
            kwNames(c.keywords());
        }
        emit(Opcode.CALL, c.args().size() + nkw);
        return true;
    }

    /**
     * CPython 3.11's {@code update_start_location_to_match_attr}: when the attribute name is on a
     * later line than where {@code loc} starts (a call or access chained over lines), the
     * instruction starts at the name on its line, so a traceback shows {@code ).m()}, not the
     * first line of the whole expression; the end of {@code loc} is kept.
     */
    private static Pos matchAttr(Pos loc, Expr.Attribute attr) {
        Pos a = attr.pos();
        if (loc.line() == a.endLine()) {
            return loc;
        }
        int len = attr.attr().codePointCount(0, attr.attr().length());
        if (len > a.endCol()) {
            return new Pos(a.endLine(), -1, loc.endLine(), -1);
        }
        return new Pos(a.endLine(), a.endCol() - len, loc.endLine(), loc.endCol());
    }

    private void kwNames(List<Keyword> kws) {
        List<Object> names = new ArrayList<>();
        for (Keyword k : kws) {
            names.add(k.arg());
        }
        emit(Opcode.KW_NAMES, u.addConst(new ConstTuple(names)));
    }

    /** CPython's {@code compiler_call_helper}: arguments after {@code nPrefix} already-pushed ones. */
    void callHelper(int nPrefix, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        Pos callLoc = u.loc;
        boolean ex = args.size() + keywords.size() + nPrefix > STACK_USE_GUIDELINE;
        for (Expr a : args) {
            if (a instanceof Expr.Starred) {
                ex = true;
            }
        }
        for (Keyword k : keywords) {
            if (k.arg() == null) {
                ex = true;
            }
        }
        if (!ex) {
            for (Expr a : args) {
                expr(a);
            }
            for (Keyword k : keywords) {
                expr(k.value());
            }
            u.loc = callLoc;
            if (!keywords.isEmpty()) {
                kwNames(keywords);
            }
            emit(Opcode.CALL, nPrefix + args.size() + keywords.size());
            return;
        }
        if (nPrefix == 0 && args.size() == 1 && args.get(0) instanceof Expr.Starred st) {
            expr(st.value());
        } else {
            starunpack(args, nPrefix, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        }
        int nk = keywords.size();
        if (nk > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nk; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(keywords, i - nseen, i);
                        if (haveDict) {
                            emit(Opcode.DICT_MERGE, 1);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        emit(Opcode.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    expr(kw.value());
                    emit(Opcode.DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(keywords, nk - nseen, nk);
                if (haveDict) {
                    emit(Opcode.DICT_MERGE, 1);
                }
            }
        }
        u.loc = callLoc;
        emit(Opcode.CALL_FUNCTION_EX, nk > 0 ? 1 : 0);
    }

    private void subkwargs(List<Keyword> kws, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            List<Object> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                expr(kws.get(i).value());
                keys.add(kws.get(i).arg());
            }
            loadConst(new ConstTuple(keys));
            emit(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            emit(Opcode.BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            loadConst(kws.get(i).arg());
            expr(kws.get(i).value());
            if (big) {
                emit(Opcode.MAP_ADD, 1);
            }
        }
        if (!big) {
            emit(Opcode.BUILD_MAP, n);
        }
    }

    // ---------------------------------------------------------------- comprehensions

    private void comprehension(Expr e, String name, List<Comprehension> generators, Expr elt, Expr val,
                               Opcode build) {
        SymbolTableEntry ste = symtable.lookup(e);
        boolean isAsyncGenerator = ste.isCoroutine();
        Comprehension outermost = generators.get(0);
        ScopeType parentType = u.scopeType;
        boolean topLevel = isTopLevelAwait();
        enterScope(ste, ScopeType.COMPREHENSION, name, e.pos().line(), e);
        u.loc = e.pos();
        if (topLevel && isAsyncGenerator) {
            // compiler_comprehension: an asynchronous generator expression makes the module's code a coroutine too
            topLevelAsync = true;
        }
        if (isAsyncGenerator && build != null && parentType != ScopeType.ASYNC_FUNCTION
                && parentType != ScopeType.COMPREHENSION && !topLevel) {
            throw error("asynchronous comprehension outside of an asynchronous function", e.pos());
        }
        u.argcount = 1;
        if (build != null) {
            emit(build, 0);
        }
        comprehensionGenerator(generators, 0, 0, elt, val, build, e);
        if (build != null) {
            emit(Opcode.RETURN_VALUE);
        } else {
            loadConst(ConstantValue.None.NONE);
            emit(Opcode.RETURN_VALUE);
        }
        CodeObject co = exitScope();
        u.loc = e.pos();
        makeClosure(co, 0);
        expr(outermost.iter());
        u.loc = e.pos();
        emit(outermost.isAsync() ? Opcode.GET_AITER : Opcode.GET_ITER);
        emit(Opcode.CALL, 0);
        if (isAsyncGenerator && build != null) {
            emit(Opcode.GET_AWAITABLE, 0);
            loadConst(ConstantValue.None.NONE);
            yieldFrom(true);
        }
    }

    private void comprehensionGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                                        Opcode build, Expr e) {
        if (gens.get(index).isAsync()) {
            asyncComprehensionGenerator(gens, index, depth, elt, val, build, e);
        } else {
            syncComprehensionGenerator(gens, index, depth, elt, val, build, e);
        }
    }

    private void syncComprehensionGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                                            Opcode build, Expr e) {
        BasicBlock start = newBlock();
        BasicBlock ifCleanup = newBlock();
        BasicBlock anchor = newBlock();
        Comprehension gen = gens.get(index);
        if (index == 0) {
            emit(Opcode.LOAD_FAST, 0);
        } else {
            Expr it = gen.iter();
            List<Expr> single = it instanceof Expr.ListExpr l ? l.elts() : it instanceof Expr.Tuple t ? t.elts() : null;
            if (single != null && single.size() == 1 && !(single.get(0) instanceof Expr.Starred)) {
                expr(single.get(0));
                start = null;
            } else {
                expr(folder.foldIter(it));
                emit(Opcode.GET_ITER);
            }
        }
        if (start != null) {
            depth++;
            useBlock(start);
            jump(Opcode.FOR_ITER, anchor);
        }
        expr(gen.target());
        for (Expr cond : gen.ifs()) {
            jumpIf(cond, ifCleanup, false);
        }
        comprehensionBody(gens, index, depth, elt, val, build, e);
        useBlock(ifCleanup);
        if (start != null) {
            jump(start);
            useBlock(anchor);
        }
    }

    private void comprehensionBody(List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                                   Opcode build, Expr e) {
        if (index + 1 < gens.size()) {
            comprehensionGenerator(gens, index + 1, depth, elt, val, build, e);
            return;
        }
        if (build == null) {
            expr(elt);
            emitYield();
            emit(Opcode.POP_TOP);
        } else if (build == Opcode.BUILD_LIST) {
            expr(elt);
            emit(Opcode.LIST_APPEND, depth + 1);
        } else if (build == Opcode.BUILD_SET) {
            expr(elt);
            emit(Opcode.SET_ADD, depth + 1);
        } else {
            expr(elt);
            expr(val);
            emit(Opcode.MAP_ADD, depth + 1);
        }
    }

    private void asyncComprehensionGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                                             Opcode build, Expr e) {
        BasicBlock start = newBlock();
        BasicBlock except = newBlock();
        BasicBlock ifCleanup = newBlock();
        Comprehension gen = gens.get(index);
        if (index == 0) {
            emit(Opcode.LOAD_FAST, 0);
        } else {
            expr(gen.iter());
            emit(Opcode.GET_AITER);
        }
        useBlock(start);
        pushFblock(Kind.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
        pseudo(Pseudo.SETUP_FINALLY, except);
        emit(Opcode.GET_ANEXT);
        loadConst(ConstantValue.None.NONE);
        yieldFrom(true);
        pseudo(Pseudo.POP_BLOCK, null);
        expr(gen.target());
        for (Expr cond : gen.ifs()) {
            jumpIf(cond, ifCleanup, false);
        }
        depth++;
        comprehensionBody(gens, index, depth, elt, val, build, e);
        useBlock(ifCleanup);
        jump(start);
        popFblock(Kind.ASYNC_COMPREHENSION_GENERATOR);
        useBlock(except);
        emit(Opcode.END_ASYNC_FOR);
    }
}
