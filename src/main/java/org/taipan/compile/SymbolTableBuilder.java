package org.taipan.compile;

import static org.taipan.compile.SymbolFlags.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.taipan.ast.Alias;
import org.taipan.ast.Arg;
import org.taipan.ast.Arguments;
import org.taipan.ast.Comprehension;
import org.taipan.ast.ExceptHandler;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprContext;
import org.taipan.ast.Keyword;
import org.taipan.ast.MatchCase;
import org.taipan.ast.Mod;
import org.taipan.ast.Node;
import org.taipan.ast.Pattern;
import org.taipan.ast.Pos;
import org.taipan.ast.Stmt;
import org.taipan.ast.WithItem;

/**
 * Pass one of the symbol tables: walks the AST once, opening a {@link SymbolTableEntry} per
 * block and recording for every name the facts of its use ({@link SymbolFlags}). Follows
 * CPython 3.11's {@code symtable_visit_*} functions ({@code Python/symtable.c}) in visiting
 * order, so names appear in the same order as in CPython's tables, and raises the same
 * pass-one SyntaxErrors at the same positions.
 *
 * <p>Where things are evaluated: default values, decorators, annotations (without the
 * {@code annotations} future), class bases and keywords and a comprehension's first iterable
 * belong to the enclosing block; parameters, the body and the other comprehension clauses to
 * the new block.
 */
final class SymbolTableBuilder {
    private static final String DUPLICATE_ARGUMENT = "duplicate argument '%s' in function definition";
    private static final String GLOBAL_PARAM = "name '%s' is parameter and global";
    private static final String NONLOCAL_PARAM = "name '%s' is parameter and nonlocal";
    private static final String GLOBAL_AFTER_ASSIGN = "name '%s' is assigned to before global declaration";
    private static final String NONLOCAL_AFTER_ASSIGN = "name '%s' is assigned to before nonlocal declaration";
    private static final String GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration";
    private static final String NONLOCAL_AFTER_USE = "name '%s' is used prior to nonlocal declaration";
    private static final String GLOBAL_ANNOT = "annotated name '%s' can't be global";
    private static final String NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal";
    private static final String IMPORT_STAR_WARNING = "import * only allowed at module level";
    private static final String NAMED_EXPR_COMP_IN_CLASS =
            "assignment expression within a comprehension cannot be used in a class body";
    private static final String NAMED_EXPR_COMP_CONFLICT =
            "assignment expression cannot rebind comprehension iteration variable '%s'";
    private static final String NAMED_EXPR_COMP_INNER_LOOP_CONFLICT =
            "comprehension inner loop cannot rebind assignment expression target '%s'";
    private static final String NAMED_EXPR_COMP_ITER_EXPR =
            "assignment expression cannot be used in a comprehension iterable expression";
    private static final String ANNOTATION_NOT_ALLOWED = "'%s' can not be used within an annotation";

    private final ScopeErrorReporter errors;
    private final boolean futureAnnotations;
    private final IdentityHashMap<Node, SymbolTableEntry> blocks = new IdentityHashMap<>();
    /** The open blocks, innermost last. */
    private final List<SymbolTableEntry> stack = new ArrayList<>();
    private SymbolTableEntry cur;
    private SymbolTableEntry top;
    /** Name of the innermost enclosing class, for mangling; null outside classes. */
    private String privateName;

    /** Statements and expressions entered, counted from the budget's start (symtable.c's {@code recursion_depth}). */
    private int recursionDepth;
    private final int recursionLimit;
    private final String filename;

    SymbolTableBuilder(ScopeErrorReporter errors, boolean futureAnnotations, String filename, RecursionBudget budget) {
        this.errors = errors;
        this.futureAnnotations = futureAnnotations;
        this.filename = filename;
        this.recursionDepth = budget.start();
        this.recursionLimit = budget.limit();
    }

    /** Counts one more level of statement or expression nesting; see {@link RecursionBudget}. */
    private void enterNode() {
        if (++recursionDepth > recursionLimit) {
            throw RecursionBudget.exceeded(filename);
        }
    }

    IdentityHashMap<Node, SymbolTableEntry> blocks() {
        return blocks;
    }

    SymbolTableEntry buildModule(Mod mod) {
        enterBlock("top", BlockType.MODULE, mod, new Pos(0, 0, 0, 0));
        top = cur;
        switch (mod) {
            case Mod.Module m -> visitStmts(m.body());
            case Mod.Interactive i -> visitStmts(i.body());
            case Mod.Expression e -> {
                // CPython's AST optimizer runs first and counts the module level too: an
                // expression alone nests one deeper there than in the symbol table.
                enterNode();
                visitExpr(e.body());
            }
        }
        exitBlock();
        return top;
    }

    // ---- blocks ------------------------------------------------------------------------------

    private void enterBlock(String name, BlockType type, Node key, Pos pos) {
        boolean nested = cur != null && (cur.isNested() || cur.type() == BlockType.FUNCTION);
        SymbolTableEntry e = new SymbolTableEntry(type, name, key, pos, nested);
        if (cur != null) {
            // A block opened inside a comprehension's iterable (a lambda, another comprehension)
            // is still inside it: `:=` there is rejected too, as CPython's ste_new does.
            e.compIterExpr = cur.compIterExpr;
        }
        if (type != BlockType.ANNOTATION) {
            blocks.put(key, e);
            if (cur != null) {
                cur.children.add(e);
            }
        }
        stack.add(e);
        cur = e;
    }

    private void exitBlock() {
        stack.removeLast();
        cur = stack.isEmpty() ? null : stack.getLast();
    }

    // ---- recording names ---------------------------------------------------------------------

    private void addDef(String name, int flag, Pos pos) {
        addDef(name, flag, cur, pos);
    }

    private void addDef(String name, int flag, SymbolTableEntry ste, Pos pos) {
        String mangled = Mangler.mangle(privateName, name);
        Integer old = ste.rawFlags.get(mangled);
        int val;
        if (old != null) {
            if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
                throw errors.at(DUPLICATE_ARGUMENT.formatted(name), pos);
            }
            val = old | flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw errors.at(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT.formatted(name), pos);
            }
            val |= DEF_COMP_ITER;
        }
        ste.rawFlags.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.parameters.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            // A global declaration anywhere is also a fact about the module's namespace.
            top.rawFlags.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    private int lookup(String name) {
        return cur.rawFlags.getOrDefault(Mangler.mangle(privateName, name), 0);
    }

    private void recordDirective(String name, Pos pos) {
        cur.directives.add(new SymbolTableEntry.Directive(Mangler.mangle(privateName, name), pos));
    }

    // ---- statements --------------------------------------------------------------------------

    private void visitStmts(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            visitStmt(s);
        }
    }

    // An error abandons the whole table, so the depth needs no restoring on the way out.
    private void visitStmt(Stmt s) {
        enterNode();
        visitStmtNode(s);
        recursionDepth--;
    }

    private void visitStmtNode(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f ->
                    visitFunction(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false);
            case Stmt.AsyncFunctionDef f ->
                    visitFunction(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), true);
            case Stmt.ClassDef c -> {
                addDef(c.name(), DEF_LOCAL, c.pos());
                visitExprs(c.bases());
                visitKeywords(c.keywords());
                visitExprs(c.decoratorList());
                enterBlock(c.name(), BlockType.CLASS, c, c.pos());
                String saved = privateName;
                privateName = c.name();
                visitStmts(c.body());
                privateName = saved;
                exitBlock();
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    visitExpr(r.value());
                    cur.returnsValue = true;
                }
            }
            case Stmt.Delete d -> visitExprs(d.targets());
            case Stmt.Assign a -> {
                visitExprs(a.targets());
                visitExpr(a.value());
            }
            case Stmt.AugAssign a -> {
                visitExpr(a.target());
                visitExpr(a.value());
            }
            case Stmt.AnnAssign a -> visitAnnAssign(a);
            case Stmt.For f -> {
                visitExpr(f.target());
                visitExpr(f.iter());
                visitStmts(f.body());
                visitStmts(f.orelse());
            }
            case Stmt.AsyncFor f -> {
                visitExpr(f.target());
                visitExpr(f.iter());
                visitStmts(f.body());
                visitStmts(f.orelse());
            }
            case Stmt.While w -> {
                visitExpr(w.test());
                visitStmts(w.body());
                visitStmts(w.orelse());
            }
            case Stmt.If i -> {
                visitExpr(i.test());
                visitStmts(i.body());
                visitStmts(i.orelse());
            }
            case Stmt.With w -> {
                visitWithItems(w.items());
                visitStmts(w.body());
            }
            case Stmt.AsyncWith w -> {
                visitWithItems(w.items());
                visitStmts(w.body());
            }
            case Stmt.Match m -> {
                visitExpr(m.subject());
                for (MatchCase c : m.cases()) {
                    visitPattern(c.pattern());
                    if (c.guard() != null) {
                        visitExpr(c.guard());
                    }
                    visitStmts(c.body());
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    visitExpr(r.exc());
                    if (r.cause() != null) {
                        visitExpr(r.cause());
                    }
                }
            }
            case Stmt.Try t -> visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.TryStar t -> visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.Assert a -> {
                visitExpr(a.test());
                if (a.msg() != null) {
                    visitExpr(a.msg());
                }
            }
            case Stmt.Import i -> visitAliases(i.names());
            case Stmt.ImportFrom i -> visitAliases(i.names());
            case Stmt.Global g -> visitDeclaration(g.names(), g.pos(), true);
            case Stmt.Nonlocal n -> visitDeclaration(n.names(), n.pos(), false);
            case Stmt.ExprStmt e -> visitExpr(e.value());
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    private void visitFunction(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                               Expr returns, boolean async) {
        addDef(name, DEF_LOCAL, s.pos());
        visitExprs(args.defaults());
        visitExprsWithNull(args.kwDefaults());
        visitAnnotations(s, args, returns);
        visitExprs(decorators);
        enterBlock(name, BlockType.FUNCTION, s, s.pos());
        if (async) {
            cur.coroutine = true;
        }
        visitArguments(args);
        visitStmts(body);
        exitBlock();
    }

    private void visitAnnAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name n) {
            int flags = lookup(n.id());
            if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top && a.simple()) {
                String msg = (flags & DEF_GLOBAL) != 0 ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
                throw errors.at(msg.formatted(n.id()), a.pos());
            }
            if (a.simple()) {
                addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n.pos());
            }
            if (a.value() != null) {
                addDef(n.id(), DEF_LOCAL, n.pos());
            }
        } else {
            visitExpr(a.target());
        }
        visitAnnotation(a.annotation());
        if (a.value() != null) {
            visitExpr(a.value());
        }
    }

    private void visitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        visitStmts(body);
        visitStmts(orelse);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                visitExpr(h.type());
            }
            if (h.name() != null) {
                addDef(h.name(), DEF_LOCAL, h.pos());
            }
            visitStmts(h.body());
        }
        visitStmts(finalbody);
    }

    private void visitWithItems(List<WithItem> items) {
        for (WithItem w : items) {
            visitExpr(w.contextExpr());
            if (w.optionalVars() != null) {
                visitExpr(w.optionalVars());
            }
        }
    }

    private void visitAliases(List<Alias> names) {
        for (Alias a : names) {
            String name = a.asname() != null ? a.asname() : a.name();
            if (name.equals("*")) {
                if (cur.type() != BlockType.MODULE) {
                    throw errors.at(IMPORT_STAR_WARNING, a.pos());
                }
                continue;
            }
            int dot = name.indexOf('.');
            addDef(dot >= 0 ? name.substring(0, dot) : name, DEF_IMPORT, a.pos());
        }
    }

    private void visitDeclaration(List<String> names, Pos pos, boolean global) {
        for (String name : names) {
            int flags = lookup(name);
            if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((flags & DEF_PARAM) != 0) {
                    msg = global ? GLOBAL_PARAM : NONLOCAL_PARAM;
                } else if ((flags & USE) != 0) {
                    msg = global ? GLOBAL_AFTER_USE : NONLOCAL_AFTER_USE;
                } else if ((flags & DEF_ANNOT) != 0) {
                    msg = global ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
                } else {
                    msg = global ? GLOBAL_AFTER_ASSIGN : NONLOCAL_AFTER_ASSIGN;
                }
                throw errors.at(msg.formatted(name), pos);
            }
            addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, pos);
            recordDirective(name, pos);
        }
    }

    // ---- parameters and annotations ----------------------------------------------------------

    private void visitArguments(Arguments a) {
        visitParams(a.posonlyargs());
        visitParams(a.args());
        visitParams(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, a.vararg().pos());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg().pos());
            cur.varkeywords = true;
        }
    }

    private void visitParams(List<Arg> params) {
        for (Arg p : params) {
            addDef(p.arg(), DEF_PARAM, p.pos());
        }
    }

    /** A function's parameter and return annotations; CPython visits *args's before **kwargs's before keyword-only ones. */
    private void visitAnnotations(Stmt function, Arguments a, Expr returns) {
        if (futureAnnotations) {
            enterBlock("_annotation", BlockType.ANNOTATION, function, function.pos());
        }
        visitArgAnnotations(a.posonlyargs());
        visitArgAnnotations(a.args());
        if (a.vararg() != null && a.vararg().annotation() != null) {
            visitExpr(a.vararg().annotation());
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            visitExpr(a.kwarg().annotation());
        }
        visitArgAnnotations(a.kwonlyargs());
        if (futureAnnotations) {
            exitBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    private void visitArgAnnotations(List<Arg> params) {
        for (Arg p : params) {
            if (p.annotation() != null) {
                visitExpr(p.annotation());
            }
        }
    }

    private void visitAnnotation(Expr annotation) {
        if (futureAnnotations) {
            enterBlock("_annotation", BlockType.ANNOTATION, annotation, annotation.pos());
        }
        visitExpr(annotation);
        if (futureAnnotations) {
            exitBlock();
        }
    }

    // ---- expressions -------------------------------------------------------------------------

    private void visitExprs(List<Expr> exprs) {
        for (Expr e : exprs) {
            visitExpr(e);
        }
    }

    private void visitExprsWithNull(List<Expr> exprs) {
        for (Expr e : exprs) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    private void visitKeywords(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            visitExpr(k.value());
        }
    }

    private void visitExpr(Expr e) {
        enterNode();
        visitExprNode(e);
        recursionDepth--;
    }

    private void visitExprNode(Expr e) {
        switch (e) {
            case Expr.NamedExpr n -> {
                raiseIfAnnotationBlock("named expression", e);
                visitNamedExpr(n);
            }
            case Expr.BoolOp b -> visitExprs(b.values());
            case Expr.BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
            }
            case Expr.UnaryOp u -> visitExpr(u.operand());
            case Expr.Lambda l -> {
                visitExprs(l.args().defaults());
                visitExprsWithNull(l.args().kwDefaults());
                enterBlock("lambda", BlockType.FUNCTION, l, l.pos());
                visitArguments(l.args());
                visitExpr(l.body());
                exitBlock();
            }
            case Expr.IfExp i -> {
                visitExpr(i.test());
                visitExpr(i.body());
                visitExpr(i.orelse());
            }
            case Expr.Dict d -> {
                visitExprsWithNull(d.keys());
                visitExprs(d.values());
            }
            case Expr.Set s -> visitExprs(s.elts());
            case Expr.GeneratorExp g ->
                    visitComprehension(g, "genexpr", ComprehensionKind.GENERATOR, g.generators(), g.elt(), null);
            case Expr.ListComp l ->
                    visitComprehension(l, "listcomp", ComprehensionKind.LIST, l.generators(), l.elt(), null);
            case Expr.SetComp s ->
                    visitComprehension(s, "setcomp", ComprehensionKind.SET, s.generators(), s.elt(), null);
            case Expr.DictComp d ->
                    visitComprehension(d, "dictcomp", ComprehensionKind.DICT, d.generators(), d.key(), d.value());
            case Expr.Yield y -> {
                raiseIfAnnotationBlock("yield expression", e);
                if (y.value() != null) {
                    visitExpr(y.value());
                }
                markGenerator(e);
            }
            case Expr.YieldFrom y -> {
                raiseIfAnnotationBlock("yield expression", e);
                visitExpr(y.value());
                markGenerator(e);
            }
            case Expr.Await a -> {
                raiseIfAnnotationBlock("await expression", e);
                visitExpr(a.value());
                cur.coroutine = true;
            }
            case Expr.Compare c -> {
                visitExpr(c.left());
                visitExprs(c.comparators());
            }
            case Expr.Call c -> {
                visitExpr(c.func());
                visitExprs(c.args());
                visitKeywords(c.keywords());
            }
            case Expr.FormattedValue f -> {
                visitExpr(f.value());
                if (f.formatSpec() != null) {
                    visitExpr(f.formatSpec());
                }
            }
            case Expr.JoinedStr j -> visitExprs(j.values());
            case Expr.Constant c -> { }
            case Expr.Attribute a -> visitExpr(a.value());
            case Expr.Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
            }
            case Expr.Starred s -> visitExpr(s.value());
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    visitExpr(s.lower());
                }
                if (s.upper() != null) {
                    visitExpr(s.upper());
                }
                if (s.step() != null) {
                    visitExpr(s.step());
                }
            }
            case Expr.Name n -> {
                addDef(n.id(), n.ctx() == ExprContext.LOAD ? USE : DEF_LOCAL, n.pos());
                // A bare `super()` needs the implicit __class__ cell of the enclosing class.
                if (n.ctx() == ExprContext.LOAD && cur.type() == BlockType.FUNCTION && n.id().equals("super")) {
                    addDef("__class__", USE, n.pos());
                }
            }
            case Expr.ListExpr l -> visitExprs(l.elts());
            case Expr.Tuple t -> visitExprs(t.elts());
        }
    }

    private void markGenerator(Expr e) {
        cur.generator = true;
        if (cur.comprehension != ComprehensionKind.NONE) {
            throw errors.at("'yield' inside " + cur.comprehension.description(), e.pos());
        }
    }

    private void raiseIfAnnotationBlock(String what, Expr e) {
        if (cur.type() == BlockType.ANNOTATION) {
            throw errors.at(ANNOTATION_NOT_ALLOWED.formatted(what), e.pos());
        }
    }

    private void visitNamedExpr(Expr.NamedExpr e) {
        if (cur.compIterExpr > 0) {
            throw errors.at(NAMED_EXPR_COMP_ITER_EXPR, e.pos());
        }
        if (cur.comprehension != ComprehensionKind.NONE) {
            extendNamedExprScope((Expr.Name) e.target());
        }
        visitExpr(e.value());
        visitExpr(e.target());
    }

    /**
     * A {@code :=} inside a comprehension binds in the nearest enclosing function or module
     * block: the comprehension gets an implicit {@code nonlocal} (or {@code global}) for the
     * target. CPython's {@code symtable_extend_namedexpr_scope}.
     */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        Pos pos = target.pos();
        for (int i = stack.size() - 1; i >= 0; i--) {
            SymbolTableEntry ste = stack.get(i);
            if (ste.comprehension != ComprehensionKind.NONE) {
                int flags = ste.rawFlags.getOrDefault(name, 0);
                if ((flags & DEF_COMP_ITER) != 0) {
                    throw errors.at(NAMED_EXPR_COMP_CONFLICT.formatted(name), pos);
                }
                continue;
            }
            switch (ste.type()) {
                case FUNCTION -> {
                    int flags = ste.rawFlags.getOrDefault(name, 0);
                    addDef(name, (flags & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, pos);
                    recordDirective(name, pos);
                    addDef(name, DEF_LOCAL, ste, pos);
                    return;
                }
                case MODULE -> {
                    addDef(name, DEF_GLOBAL, pos);
                    recordDirective(name, pos);
                    addDef(name, DEF_GLOBAL, ste, pos);
                    return;
                }
                case CLASS -> throw errors.at(NAMED_EXPR_COMP_IN_CLASS, pos);
                case ANNOTATION -> { }
            }
        }
        throw new IllegalStateException("comprehension outside any module block");
    }

    private void visitComprehension(Expr e, String scopeName, ComprehensionKind kind, List<Comprehension> generators,
                                    Expr elt, Expr value) {
        boolean isGenerator = kind == ComprehensionKind.GENERATOR;
        Comprehension outermost = generators.getFirst();
        // The first iterable is evaluated in the enclosing block and passed in as `.0`.
        cur.compIterExpr++;
        visitExpr(outermost.iter());
        cur.compIterExpr--;
        enterBlock(scopeName, BlockType.FUNCTION, e, e.pos());
        cur.comprehension = kind;
        if (outermost.isAsync()) {
            cur.coroutine = true;
        }
        addDef(".0", DEF_PARAM, e.pos());
        cur.compIterTarget = true;
        visitExpr(outermost.target());
        cur.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension c = generators.get(i);
            cur.compIterTarget = true;
            visitExpr(c.target());
            cur.compIterTarget = false;
            cur.compIterExpr++;
            visitExpr(c.iter());
            cur.compIterExpr--;
            visitExprs(c.ifs());
            if (c.isAsync()) {
                cur.coroutine = true;
            }
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        cur.generator = isGenerator;
        // An await inside a list/set/dict comprehension makes the enclosing block async too.
        boolean isAsync = cur.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) {
            cur.coroutine = true;
        }
    }

    // ---- patterns ----------------------------------------------------------------------------

    private void visitPattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> visitExpr(v.value());
            case Pattern.MatchSingleton s -> { }
            case Pattern.MatchSequence s -> visitPatterns(s.patterns());
            case Pattern.MatchStar s -> {
                if (s.name() != null) {
                    addDef(s.name(), DEF_LOCAL, s.pos());
                }
            }
            case Pattern.MatchMapping m -> {
                visitExprs(m.keys());
                visitPatterns(m.patterns());
                if (m.rest() != null) {
                    addDef(m.rest(), DEF_LOCAL, m.pos());
                }
            }
            case Pattern.MatchClass c -> {
                visitExpr(c.cls());
                visitPatterns(c.patterns());
                visitPatterns(c.kwdPatterns());
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) {
                    visitPattern(a.pattern());
                }
                if (a.name() != null) {
                    addDef(a.name(), DEF_LOCAL, a.pos());
                }
            }
            case Pattern.MatchOr o -> visitPatterns(o.patterns());
        }
    }

    private void visitPatterns(List<Pattern> patterns) {
        for (Pattern p : patterns) {
            visitPattern(p);
        }
    }
}
