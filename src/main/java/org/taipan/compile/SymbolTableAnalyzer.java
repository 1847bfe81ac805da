package org.taipan.compile;

import static org.taipan.compile.SymbolFlags.*;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.taipan.parse.SyntaxErrorException;

/**
 * Pass two of the symbol tables: decides the {@link SymbolScope} of every name, top-down,
 * as CPython 3.11's {@code analyze_block} ({@code Python/symtable.c}).
 *
 * <p>Each block receives from its parent the names bound in enclosing function blocks
 * ({@code bound}) and the names known to be global ({@code global}). A name bound in the
 * block is local; a name only used is free if an enclosing function binds it, else global
 * (implicitly). Free names reported back by children turn a local into a cell. Class blocks
 * are transparent: their names are invisible to nested functions, and a method's free name
 * that the class binds is marked {@link SymbolFlags#DEF_FREE_CLASS}. A method's use of
 * {@code __class__} (or {@code super}) is free and satisfied by the class's implicit cell.
 */
final class SymbolTableAnalyzer {
    private final ScopeErrorReporter errors;

    SymbolTableAnalyzer(ScopeErrorReporter errors) {
        this.errors = errors;
    }

    void analyze(SymbolTableEntry top) {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    /**
     * @param bound  names bound by enclosing function blocks; null for the module
     * @param free   receives the block's unresolved free names
     * @param global names declared or known global above
     */
    private void analyzeBlock(SymbolTableEntry ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();

        if (ste.type() == BlockType.CLASS) {
            // What the class's children see is decided before the class's own names are.
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.rawFlags.entrySet()) {
            analyzeName(ste, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (ste.type() != BlockType.CLASS) {
            if (ste.type() == BlockType.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }

        Set<String> allFree = new HashSet<>();
        for (SymbolTableEntry child : ste.children) {
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.free || child.childFree) {
                ste.childFree = true;
            }
        }
        newFree.addAll(allFree);

        if (ste.type() == BlockType.FUNCTION) {
            analyzeCells(ste, newFree);
        } else if (ste.type() == BlockType.CLASS) {
            if (newFree.remove("__class__")) {
                ste.needsClassClosure = true;
            }
        }
        updateSymbols(ste, bound, newFree);
        free.addAll(newFree);
    }

    private void analyzeName(SymbolTableEntry ste, String name, int flags, Set<String> bound, Set<String> local,
                             Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            ste.scopes.put(name, SymbolScope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            ste.scopes.put(name, SymbolScope.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            ste.scopes.put(name, SymbolScope.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            ste.scopes.put(name, SymbolScope.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (ste.isNested()) {
            ste.free = true;
        }
        ste.scopes.put(name, SymbolScope.GLOBAL_IMPLICIT);
    }

    /** A local that a child uses freely must live in a cell; it is then no longer free above. */
    private static void analyzeCells(SymbolTableEntry ste, Set<String> free) {
        for (Map.Entry<String, SymbolScope> e : ste.scopes.entrySet()) {
            if (e.getValue() == SymbolScope.LOCAL && free.contains(e.getKey())) {
                e.setValue(SymbolScope.CELL);
                free.remove(e.getKey());
            }
        }
    }

    /**
     * Adds the children's unresolved free names to the block: a name the block already has
     * stays (marked {@code DEF_FREE_CLASS} in a class that binds or globals it); a name some
     * enclosing function binds becomes free here too, so the closure can pass through.
     */
    private static void updateSymbols(SymbolTableEntry ste, Set<String> bound, Set<String> free) {
        boolean isClass = ste.type() == BlockType.CLASS;
        for (String name : free.stream().sorted().toList()) {
            Integer flags = ste.rawFlags.get(name);
            if (flags != null) {
                if (isClass && (flags & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    ste.rawFlags.put(name, flags | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            ste.rawFlags.put(name, 0);
            ste.scopes.put(name, SymbolScope.FREE);
        }
    }

    private SyntaxErrorException errorAtDirective(SymbolTableEntry ste, String name, String msg) {
        for (SymbolTableEntry.Directive d : ste.directives) {
            if (d.name().equals(name)) {
                return errors.at(msg, d.pos());
            }
        }
        return errors.at(msg, new org.taipan.ast.Pos(ste.lineno(), 0, ste.lineno(), 0));
    }
}
