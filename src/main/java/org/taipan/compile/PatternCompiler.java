package org.taipan.compile;

import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.ConstantValue;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprContext;
import org.taipan.ast.MatchCase;
import org.taipan.ast.Pattern;
import org.taipan.ast.Pos;
import org.taipan.ast.Stmt;
import org.taipan.code.CodeObject.ConstTuple;
import org.taipan.code.Opcode;

/**
 * Compiles {@code match} statements as CPython 3.11's {@code compiler_match} and
 * {@code compiler_pattern_*}: the subject stays on the stack, each pattern leaves the values
 * it captures on the stack (stored only once the whole pattern matched), and a failed test
 * jumps to the "fail_pop" block that pops exactly what is on the stack at that point.
 */
final class PatternCompiler {
    private final CodeGen g;

    /** CPython's {@code pattern_context}. */
    private static final class Ctx {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<BasicBlock> failPop = new ArrayList<>();
        int onTop;
    }

    PatternCompiler(CodeGen g) {
        this.g = g;
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    private static boolean isWildcardStar(Pattern p) {
        return p instanceof Pattern.MatchStar s && s.name() == null;
    }

    void match(Stmt.Match s) {
        g.expr(s.subject());
        BasicBlock end = g.newBlock();
        List<MatchCase> cases = s.cases();
        int n = cases.size();
        boolean hasDefault = isWildcard(cases.get(n - 1).pattern()) && n > 1;
        for (int i = 0; i < n - (hasDefault ? 1 : 0); i++) {
            MatchCase m = cases.get(i);
            g.u.loc = m.pattern().pos();
            boolean last = i == n - (hasDefault ? 1 : 0) - 1;
            if (!last) {
                g.emit(Opcode.COPY, 1);
            }
            Ctx pc = new Ctx();
            pc.allowIrrefutable = m.guard() != null || i == n - 1;
            pattern(m.pattern(), pc);
            for (String name : pc.stores) {
                g.nameOp(name, ExprContext.STORE);
            }
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                g.jumpIf(m.guard(), pc.failPop.get(0), false);
            }
            if (!last) {
                g.emit(Opcode.POP_TOP);
            }
            g.stmts(m.body());
            // no line of its own: reached from an if inside the body that was not taken, it must not
            // report the if body's last line (CPython traces nothing there)
            g.u.loc = Pos.NONE;
            g.jump(end);
            g.u.loc = m.pattern().pos();
            emitAndResetFailPop(pc);
        }
        if (hasDefault) {
            MatchCase m = cases.get(n - 1);
            g.u.loc = m.pattern().pos();
            if (n == 1) {
                g.emit(Opcode.POP_TOP);
            } else {
                g.emit(Opcode.NOP);
            }
            if (m.guard() != null) {
                g.jumpIf(m.guard(), end, false);
            }
            g.stmts(m.body());
        }
        g.useBlock(end);
    }

    private void ensureFailPop(Ctx pc, int n) {
        while (pc.failPop.size() < n + 1) {
            pc.failPop.add(g.newBlock());
        }
    }

    private void jumpToFailPop(Ctx pc, Opcode op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        if (op == null) {
            g.jump(pc.failPop.get(pops));
            g.useBlock(g.newBlock());
        } else {
            g.jump(op, pc.failPop.get(pops));
        }
    }

    private void emitAndResetFailPop(Ctx pc) {
        if (pc.failPop.isEmpty()) {
            return;
        }
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            g.useBlock(pc.failPop.get(i));
            g.emit(Opcode.POP_TOP);
        }
        g.useBlock(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    private void rotate(int count) {
        while (count > 1) {
            g.emit(Opcode.SWAP, count--);
        }
    }

    private void storeName(String name, Ctx pc) {
        if (name == null) {
            g.emit(Opcode.POP_TOP);
            return;
        }
        if (name.equals("__debug__")) {
            throw g.error("cannot assign to __debug__", g.u.loc);
        }
        if (pc.stores.contains(name)) {
            throw g.error("multiple assignments to name '" + name + "' in pattern", g.u.loc);
        }
        rotate(pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    private void subpattern(Pattern p, Ctx pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void pattern(Pattern p, Ctx pc) {
        g.u.loc = p.pos();
        switch (p) {
            case Pattern.MatchValue v -> value(v, pc);
            case Pattern.MatchSingleton s -> {
                g.loadConst(s.value());
                g.emit(Opcode.IS_OP, 0);
                jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSequence s -> sequence(s, pc);
            case Pattern.MatchMapping m -> mapping(m, pc);
            case Pattern.MatchClass c -> classPattern(c, pc);
            case Pattern.MatchStar s -> storeName(s.name(), pc);
            case Pattern.MatchAs a -> as(a, pc);
            case Pattern.MatchOr o -> or(o, pc);
        }
    }

    /** Constants and attribute lookups; numeric literals such as {@code -1} or {@code 1+2j} also arrive as operations. */
    private boolean isValueExpr(Expr e) {
        Expr f = g.folder.fold(e);
        return f instanceof Expr.Constant || f instanceof Expr.Attribute || f instanceof Expr.BinOp
                || f instanceof Expr.UnaryOp;
    }

    private void value(Pattern.MatchValue v, Ctx pc) {
        if (!isValueExpr(v.value())) {
            throw g.error("patterns may only match literals and attribute lookups", g.u.loc);
        }
        g.expr(v.value());
        g.emit(Opcode.COMPARE_OP, 2);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
    }

    private void as(Pattern.MatchAs a, Ctx pc) {
        if (a.pattern() == null) {
            if (!pc.allowIrrefutable) {
                if (a.name() != null) {
                    throw g.error("name capture '" + a.name() + "' makes remaining patterns unreachable", g.u.loc);
                }
                throw g.error("wildcard makes remaining patterns unreachable", g.u.loc);
            }
            storeName(a.name(), pc);
            return;
        }
        pc.onTop++;
        g.emit(Opcode.COPY, 1);
        pattern(a.pattern(), pc);
        pc.onTop--;
        storeName(a.name(), pc);
    }

    private void sequence(Pattern.MatchSequence s, Ctx pc) {
        List<Pattern> patterns = s.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern q = patterns.get(i);
            if (q instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw g.error("multiple starred names in sequence pattern", g.u.loc);
                }
                starWildcard = isWildcardStar(q);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(q);
        }
        pc.onTop++;
        g.emit(Opcode.MATCH_SEQUENCE);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        if (star < 0) {
            g.emit(Opcode.GET_LEN);
            g.loadConst((long) size);
            g.emit(Opcode.COMPARE_OP, 2);
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            g.emit(Opcode.GET_LEN);
            g.loadConst((long) (size - 1));
            g.emit(Opcode.COMPARE_OP, 5);
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            g.emit(Opcode.POP_TOP);
        } else if (starWildcard) {
            sequenceSubscr(patterns, star, pc);
        } else {
            sequenceUnpack(patterns, pc);
        }
    }

    private void sequenceUnpack(List<Pattern> patterns, Ctx pc) {
        int n = patterns.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (patterns.get(i) instanceof Pattern.MatchStar) {
                if (seenStar) {
                    throw g.error("multiple starred expressions in sequence pattern", g.u.loc);
                }
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw g.error("too many expressions in star-unpacking sequence pattern", g.u.loc);
                }
                g.emit(Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) {
            g.emit(Opcode.UNPACK_SEQUENCE, n);
        }
        pc.onTop += n;
        for (Pattern q : patterns) {
            pc.onTop--;
            subpattern(q, pc);
        }
    }

    private void sequenceSubscr(List<Pattern> patterns, int star, Ctx pc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern q = patterns.get(i);
            if (isWildcard(q) || i == star) {
                continue;
            }
            g.emit(Opcode.COPY, 1);
            if (i < star) {
                g.loadConst((long) i);
            } else {
                g.emit(Opcode.GET_LEN);
                g.loadConst((long) (size - i));
                g.emit(Opcode.BINARY_OP, Opcode.BinaryOp.SUBTRACT.ordinal());
            }
            g.emit(Opcode.BINARY_SUBSCR);
            subpattern(q, pc);
        }
        pc.onTop--;
        g.emit(Opcode.POP_TOP);
    }

    private void mapping(Pattern.MatchMapping m, Ctx pc) {
        List<Expr> keys = m.keys();
        int size = keys.size();
        String starTarget = m.rest();
        pc.onTop++;
        g.emit(Opcode.MATCH_MAPPING);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        if (size == 0 && starTarget == null) {
            pc.onTop--;
            g.emit(Opcode.POP_TOP);
            return;
        }
        if (size > 0) {
            g.emit(Opcode.GET_LEN);
            g.loadConst((long) size);
            g.emit(Opcode.COMPARE_OP, 5);
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        }
        List<Object> seen = new ArrayList<>();
        Pos mapLoc = g.u.loc;
        for (Expr key : keys) {
            Expr k = g.folder.fold(key);
            if (k instanceof Expr.Constant c) {
                Object sk = ConstantFolder.setKeyOf(c.value());
                if (sk != null && seen.contains(sk)) {
                    throw g.error("mapping pattern checks duplicate key (" + AstUnparser.unparse(new Expr.Constant(c.value(), null, c.pos())) + ")", mapLoc);
                }
                seen.add(sk);
            } else if (!(k instanceof Expr.Attribute) && !(k instanceof Expr.BinOp) && !(k instanceof Expr.UnaryOp)) {
                throw g.error("mapping pattern keys may only match literals and attribute lookups", mapLoc);
            }
            g.expr(key);
        }
        g.emit(Opcode.BUILD_TUPLE, size);
        g.emit(Opcode.MATCH_KEYS);
        pc.onTop += 2;
        g.emit(Opcode.COPY, 1);
        g.loadConst(ConstantValue.None.NONE);
        g.emit(Opcode.IS_OP, 1);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        g.emit(Opcode.UNPACK_SEQUENCE, size);
        pc.onTop += size - 1;
        for (Pattern q : m.patterns()) {
            pc.onTop--;
            subpattern(q, pc);
        }
        pc.onTop -= 2;
        if (starTarget != null) {
            g.emit(Opcode.BUILD_MAP, 0);
            g.emit(Opcode.SWAP, 3);
            g.emit(Opcode.DICT_UPDATE, 2);
            g.emit(Opcode.UNPACK_SEQUENCE, size);
            int k = size;
            while (k > 0) {
                g.emit(Opcode.COPY, 1 + k--);
                g.emit(Opcode.SWAP, 2);
                g.emit(Opcode.DELETE_SUBSCR);
            }
            storeName(starTarget, pc);
        } else {
            g.emit(Opcode.POP_TOP);
            g.emit(Opcode.POP_TOP);
        }
    }

    private void classPattern(Pattern.MatchClass c, Ctx pc) {
        List<Pattern> patterns = c.patterns();
        List<String> attrs = c.kwdAttrs();
        List<Pattern> kwdPatterns = c.kwdPatterns();
        int nargs = patterns.size();
        int nattrs = attrs.size();
        if (nattrs > 0) {
            for (int i = 0; i < nattrs; i++) {
                String attr = attrs.get(i);
                g.u.loc = kwdPatterns.get(i).pos();
                if (attr.equals("__debug__")) {
                    throw g.error("cannot assign to __debug__", g.u.loc);
                }
                for (int j = i + 1; j < nattrs; j++) {
                    if (attr.equals(attrs.get(j))) {
                        g.u.loc = kwdPatterns.get(j).pos();
                        throw g.error("attribute name repeated in class pattern: " + attr, g.u.loc);
                    }
                }
            }
            g.u.loc = c.pos();
        }
        g.expr(c.cls());
        g.loadConst(new ConstTuple(new ArrayList<>(attrs)));
        g.emit(Opcode.MATCH_CLASS, nargs);
        g.emit(Opcode.COPY, 1);
        g.loadConst(ConstantValue.None.NONE);
        g.emit(Opcode.IS_OP, 1);
        pc.onTop++;
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        g.emit(Opcode.UNPACK_SEQUENCE, nargs + nattrs);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern q = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (isWildcard(q)) {
                g.emit(Opcode.POP_TOP);
                continue;
            }
            subpattern(q, pc);
        }
    }

    private void or(Pattern.MatchOr o, Ctx pc) {
        BasicBlock end = g.newBlock();
        int size = o.patterns().size();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<BasicBlock> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = o.patterns().get(i);
            g.u.loc = alt.pos();
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == size - 1 && oldAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            g.emit(Opcode.COPY, 1);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw g.error("alternative patterns bind different names", g.u.loc);
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) {
                        throw g.error("alternative patterns bind different names", g.u.loc);
                    }
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) {
                            rotate(icontrol + 1);
                        }
                    }
                }
            }
            g.jump(end);
            emitAndResetFailPop(pc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        g.emit(Opcode.POP_TOP);
        jumpToFailPop(pc, null);
        g.useBlock(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) {
                throw g.error("multiple assignments to name '" + name + "' in pattern", g.u.loc);
            }
            pc.stores.add(name);
        }
        g.emit(Opcode.POP_TOP);
    }
}
