package org.taipan.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.ast.Pos;
import org.taipan.code.Opcode;

/**
 * The compiler's state for one code object being built (CPython's {@code compiler_unit}):
 * the flow graph, the constant / name / variable tables and the frame-block stack.
 */
final class CodeUnit {
    /** CPython's {@code COMPILER_SCOPE_*}: which kind of code object is being built. */
    enum ScopeType { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    final SymbolTableEntry scope;
    final ScopeType scopeType;
    final String name;
    String qualname;
    final int firstlineno;
    /** Class name for private-name mangling, or null. */
    String privateName;
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    int flags;

    final Map<Object, Integer> consts = new LinkedHashMap<>();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    final List<String> cellvars = new ArrayList<>();
    final List<String> freevars = new ArrayList<>();
    private final Map<String, Integer> cellIndex = new HashMap<>();
    private final Map<String, Integer> freeIndex = new HashMap<>();

    final BasicBlock entry;
    BasicBlock current;
    private int blockCount;
    final List<BasicBlock> allBlocks = new ArrayList<>();
    final ArrayDeque<FrameBlock> fblocks = new ArrayDeque<>();
    Pos loc = Pos.NONE;
    /** Whether an expression in this unit is the SINGLE-mode statement being printed. */
    boolean interactive;
    /** Set inside the handler of an except* clause (break/continue/return are errors there). */
    int inExceptStar;

    CodeUnit(SymbolTableEntry scope, ScopeType scopeType, String name, int firstlineno) {
        this.scope = scope;
        this.scopeType = scopeType;
        this.name = name;
        this.firstlineno = firstlineno;
        this.entry = newBlock();
        this.current = entry;
        for (String p : scope.parameterNames()) {
            varnames.putIfAbsent(p, varnames.size());
        }
        for (String c : scope.cellvars()) {
            cellIndex.put(c, cellvars.size());
            cellvars.add(c);
        }
        for (String f : scope.freevars()) {
            freeIndex.put(f, freevars.size());
            freevars.add(f);
        }
    }

    BasicBlock newBlock() {
        BasicBlock b = new BasicBlock(blockCount++);
        allBlocks.add(b);
        return b;
    }

    /** Makes {@code b} the block being filled; it follows the current one in emission order. */
    void useBlock(BasicBlock b) {
        current.next = b;
        current = b;
    }

    void emit(Opcode op, int oparg, Pos pos) {
        current.instrs.add(new Instr(op, oparg, null, pos));
    }

    void emitJump(Opcode op, BasicBlock target, Pos pos) {
        current.instrs.add(new Instr(op, 0, target, pos));
    }

    void emitPseudo(Instr.Pseudo p, BasicBlock target, Pos pos) {
        current.instrs.add(new Instr(p, target, pos));
    }

    int addConst(Object value) {
        Object key = value instanceof org.taipan.code.CodeObject ? new IdentityKey(value) : value;
        Integer i = consts.get(key);
        if (i == null) {
            i = consts.size();
            consts.put(key, i);
        }
        return i;
    }

    int addName(String n) {
        return names.computeIfAbsent(n, k -> names.size());
    }

    int addVarname(String n) {
        return varnames.computeIfAbsent(n, k -> varnames.size());
    }

    /** Deref index before the assembler's fix-up: cells first, then frees. */
    int derefIndex(String n, boolean preferFree) {
        Integer f = freeIndex.get(n);
        Integer c = cellIndex.get(n);
        if (preferFree && f != null) {
            return cellvars.size() + f;
        }
        if (c != null) {
            return c;
        }
        if (f != null) {
            return cellvars.size() + f;
        }
        throw new IllegalStateException("no cell or free variable " + n + " in " + name);
    }

    Object[] constArray() {
        Object[] out = new Object[consts.size()];
        for (Map.Entry<Object, Integer> e : consts.entrySet()) {
            Object k = e.getKey();
            out[e.getValue()] = k instanceof IdentityKey ik ? ik.value : k;
        }
        return out;
    }

    /** Keeps code objects distinct in the constant table. */
    private record IdentityKey(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityKey k && k.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
