package org.taipan.code;

/**
 * What kind of value each value-stack entry holds before every instruction of a code object,
 * for a debugger's jump ({@code frame.f_lineno = n}): CPython's {@code mark_stacks} in
 * Objects/frameobject.c, which decides whether a jump is legal and how many entries it pops.
 *
 * <p>A stack is one {@code long}: {@link #BITS} bits per entry, the top entry in the low bits,
 * the empty stack 0. Deeper than {@link #MAX_ENTRIES} it is {@link #OVERFLOWED}; an instruction
 * that no path reaches is {@link #UNINITIALIZED}. The encoding is CPython's on purpose: which
 * target a jump prefers among the instructions of a line, and which stacks count as
 * compatible, compare these numbers, and the messages a refused jump gives follow from them.
 *
 * <p>The walk follows Taipan's generic instructions (absolute jump targets, no caches) and
 * the exception table: a handler's stack is its range's first stack cut to the entry's depth,
 * then the lasti (if the entry pushes one) and the exception.
 */
public final class StackKinds {
    private StackKinds() {}

    /** An iterator a {@code for} (or {@code async for}) loop is running: jumping into its body is refused. */
    public static final int ITERATOR = 1;
    /** An exception a handler holds (the one caught, or the one handled before it): no jump supplies one. */
    public static final int EXCEPT = 2;
    /** Any other object. */
    public static final int OBJECT = 3;
    /** The NULL of the calling convention (or a value a method call may put in its place). */
    public static final int NULL = 4;
    /** The instruction index a re-raising handler pushes ({@code RERAISE} with an oparg reads it). */
    public static final int LASTI = 5;

    /** Bits per entry. */
    static final int BITS = 3;
    /** Entries a {@code long} holds. */
    static final int MAX_ENTRIES = 63 / BITS;
    /** A stack at least this large overflows when one more entry is pushed. */
    private static final long WILL_OVERFLOW = 1L << ((MAX_ENTRIES - 1) * BITS);
    /** The stack of an instruction no path reaches. */
    public static final long UNINITIALIZED = -2;
    /** A stack too deep to model. */
    public static final long OVERFLOWED = -1;

    static long push(long stack, int kind) {
        return stack >= WILL_OVERFLOW || stack < 0 ? OVERFLOWED : (stack << BITS) | kind;
    }

    /** The stack without its top entry (an arithmetic shift: a negative marker stays itself). */
    public static long pop(long stack) {
        return stack >> BITS;
    }

    /** The kind of the top entry (0 for the empty stack). */
    public static int top(long stack) {
        return (int) (stack & ((1 << BITS) - 1));
    }

    /** The stack cut to at most {@code level} entries, as an exception handler finds it. */
    static long popToLevel(long stack, int level) {
        if (level == 0) {
            return 0;
        }
        long levelMax = ((1L << BITS) - 1) << ((level - 1) * BITS);
        while (stack > levelMax) {
            stack = pop(stack);
        }
        return stack;
    }

    /**
     * The stack before each instruction of {@code co} ({@code co.code.length + 1} entries, the
     * last one past the end), {@link #UNINITIALIZED} where no path leads.
     */
    public static long[] of(CodeObject co) {
        int[] code = co.code;
        int len = code.length;
        long[] stacks = new long[len + 1];
        java.util.Arrays.fill(stacks, UNINITIALIZED);
        stacks[0] = 0;
        boolean todo = true;
        while (todo) {
            todo = false;
            for (int i = 0; i < len; i++) {
                long next = stacks[i];
                if (next == UNINITIALIZED) {
                    continue;
                }
                todo |= step(code[i], i, next, stacks);
            }
            // a handler's stack comes from the first instruction of the range it covers
            for (CodeObject.ExceptionTableEntry e : co.exceptionTable) {
                if (stacks[e.start()] != UNINITIALIZED && stacks[e.target()] == UNINITIALIZED) {
                    long s = popToLevel(stacks[e.start()], e.depth());
                    if (e.lasti()) {
                        s = push(s, LASTI);
                    }
                    stacks[e.target()] = push(s, EXCEPT);
                    todo = true;
                }
            }
        }
        return stacks;
    }

    /**
     * Sets the stacks that instruction {@code word} at {@code i}, entered with {@code stack},
     * leads to.
     *
     * @return whether it reached an earlier instruction not yet reached (another pass is due)
     */
    private static boolean step(int word, int i, long stack, long[] stacks) {
        Opcode op = Opcode.of(Opcode.opcodeOf(word));
        int oparg = Opcode.opargOf(word);
        switch (op) {
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                long popped = pop(stack);
                stacks[i + 1] = popped;
                return reach(stacks, i, oparg, popped);
            }
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                stacks[i + 1] = pop(stack);
                return reach(stacks, i, oparg, stack);
            }
            case JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT -> {
                return reach(stacks, i, oparg, stack);
            }
            case SEND -> {
                // (receiver, v -- receiver, yielded), or (receiver, v -- receiver, result) at the target
                stacks[i + 1] = stack;
                return reach(stacks, i, oparg, stack);
            }
            case FOR_ITER -> {
                stacks[i + 1] = push(stack, OBJECT);
                return reach(stacks, i, oparg, pop(stack));
            }
            case GET_ITER, GET_AITER -> stacks[i + 1] = push(pop(stack), ITERATOR);
            case PUSH_EXC_INFO -> stacks[i + 1] = push(stack, EXCEPT);
            case RETURN_VALUE, RAISE_VARARGS, RERAISE -> {
                // the end of a block: nothing follows
            }
            case PUSH_NULL -> stacks[i + 1] = push(stack, NULL);
            case LOAD_GLOBAL -> stacks[i + 1] = push((oparg & 1) != 0 ? push(stack, NULL) : stack, OBJECT);
            case LOAD_ATTR -> stacks[i + 1] = (oparg & 1) != 0 ? push(push(pop(stack), NULL), OBJECT) : stack;
            default -> {
                int delta = op.stackEffect(oparg, false);
                long s = stack;
                for (; delta < 0; delta++) {
                    s = pop(s);
                }
                for (; delta > 0; delta--) {
                    s = push(s, OBJECT);
                }
                stacks[i + 1] = s;
            }
        }
        return false;
    }

    /** A jump from {@code i} to {@code target} with {@code stack}; true when it is a first backward arrival. */
    private static boolean reach(long[] stacks, int i, int target, long stack) {
        boolean again = target < i && stacks[target] == UNINITIALIZED;
        stacks[target] = stack;
        return again;
    }

    /**
     * Whether a frame with stack {@code from} may continue at an instruction expecting {@code to}
     * once the entries {@code to} lacks are popped: the rest must agree kind by kind (any value
     * but NULL stands for an object; anything may stand for a NULL).
     */
    public static boolean compatible(long from, long to) {
        if (from < 0 || to < 0) {
            return false;
        }
        while (from > to) {
            from = pop(from);
        }
        while (from != 0) {
            if (!compatibleKind(top(from), top(to))) {
                return false;
            }
            from = pop(from);
            to = pop(to);
        }
        return to == 0;
    }

    private static boolean compatibleKind(int from, int to) {
        if (to == 0) {
            return false;
        }
        if (to == OBJECT) {
            return from != NULL;
        }
        return to == NULL || from == to;
    }

    /** Why a jump to an instruction expecting {@code to} is refused (CPython 3.11's messages). */
    public static String explainIncompatible(long to) {
        if (to == OVERFLOWED) {
            return "stack is too deep to analyze";
        }
        if (to == UNINITIALIZED) {
            return "can't jump into an exception handler, or code may be unreachable";
        }
        return switch (top(to)) {
            case EXCEPT -> "can't jump into an 'except' block as there's no exception";
            case LASTI -> "can't jump into a re-raising block as there's no location";
            case ITERATOR -> "can't jump into the body of a for loop";
            default -> "incompatible stacks";
        };
    }
}
