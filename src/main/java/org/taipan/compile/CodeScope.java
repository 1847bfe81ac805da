package org.taipan.compile;

import java.util.List;
import org.taipan.ast.Node;

/**
 * What code generation needs to know about one scope (function, class, module, lambda,
 * comprehension): the view of the symbol table the compiler reads. Implemented over
 * {@link SymbolTable}'s results.
 */
interface CodeScope {
    enum Kind { MODULE, FUNCTION, CLASS }

    /** How a name is resolved in this scope (CPython's {@code _PyST_GetScope} values). */
    enum NameScope { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, UNKNOWN }

    Kind kind();

    /** The scope of a (mangled) name; UNKNOWN when the name does not occur in this scope. */
    NameScope scopeOf(String name);

    /** A class scope's name that is free in a nested scope as well as used in the class (DEF_FREE_CLASS). */
    boolean isFreeClass(String name);

    /** Parameter names in CPython's {@code co_varnames} order. */
    List<String> params();

    /** Cell variables, in CPython's order (sorted), including {@code __class__} when needed. */
    List<String> cellvars();

    /** Free variables, in CPython's order (sorted). */
    List<String> freevars();

    boolean isGenerator();

    boolean isCoroutine();

    boolean isNested();

    /** A class body whose methods use {@code __class__} or {@code super}. */
    boolean needsClassClosure();

    /** The scope of a nested block introduced by {@code node} (FunctionDef, Lambda, ClassDef, comprehension). */
    CodeScope child(Node node);
}
