package org.taipan.jit.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * What generated code may name at one point of a program: variables by the type they always hold
 * (so every generated expression is well typed and every name is bound before use), the loop
 * variables in force, and what kind of function body is being written.
 */
final class Scope {
    /** Int variables the code may rebind. */
    final List<String> ints = new ArrayList<>();
    /** Int names only read here (loop counters, globals not declared {@code global}). */
    final List<String> readInts = new ArrayList<>();
    /** Float variables the code may rebind. */
    final List<String> floats = new ArrayList<>();
    /** Float names only read here. */
    final List<String> readFloats = new ArrayList<>();
    /** Non-empty lists of ints (never shrunk below three elements). */
    final List<String> lists = new ArrayList<>();
    /** Dicts with the stable keys {@link ProgramGenerator#STABLE_KEYS} always present. */
    final List<String> dicts = new ArrayList<>();
    /** Instances of C0 or C1 (their class may be swapped between the two). */
    final List<String> objs = new ArrayList<>();
    /** The {@code for} loop counters in force, innermost last. */
    final List<String> loopCounters = new ArrayList<>();

    /** True in a main function's (or the module's) body, false in a helper function. */
    final boolean main;
    /** The module-level functions {@code f<k>} this code may call (index at least this). */
    final int firstCallable;
    /** Calls this code may still make: helpers make at most one, so call chains cannot fan out. */
    int callBudget = Integer.MAX_VALUE;
    /** Nesting depth of loops around the current statement. */
    int loopDepth;
    /** True when {@code t0}, {@code msgs}, {@code objs}, {@code g0}, {@code add}, {@code inc}, {@code p} exist. */
    boolean hasExtras;

    Scope(boolean main, int firstCallable) {
        this.main = main;
        this.firstCallable = firstCallable;
    }

    /** Every int name readable here. */
    List<String> allInts() {
        List<String> all = new ArrayList<>(ints);
        all.addAll(readInts);
        all.addAll(loopCounters);
        return all;
    }

    /** Every float name readable here. */
    List<String> allFloats() {
        List<String> all = new ArrayList<>(floats);
        all.addAll(readFloats);
        return all;
    }

    /** The innermost loop counter, or null outside loops. */
    String counter() {
        return loopCounters.isEmpty() ? null : loopCounters.getLast();
    }
}
