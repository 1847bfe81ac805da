package org.taipan.code;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads code in CPython 3.11's {@code co_code} layout back into Taipan's instructions, for
 * {@code types.CodeType(...)} and {@code code.replace(co_code=...)} (what {@code cloudpickle}
 * and {@code copyreg}-style code rebuilding do). The inverse of {@link CPythonBytecode}:
 * {@code EXTENDED_ARG} units join their instruction, {@code CACHE} units are skipped, relative
 * jumps become absolute instruction indices, {@code LOAD_METHOD} becomes {@code LOAD_ATTR} with
 * its method bit, 3.11's {@code RESUME} and {@code PRECALL} units join the instruction they
 * belong to (the body's first one, the yield before them, the {@code CALL} after them: Taipan's
 * {@code CALL} does what {@code PRECALL} prepares), and a specialized number reads as its
 * generic instruction.
 *
 * <p>Unlike CPython, which trusts its bytecode, every instruction is checked before Taipan
 * runs it: an unknown opcode, an operand outside its table, or a jump into the middle of an
 * instruction or past the end is reported ({@link Read#problem()}), as is, by
 * {@link #stackDepth}, a stack that runs below empty or code that runs off its end.
 */
public final class CPythonBytecodeReader {
    private CPythonBytecodeReader() {}

    /**
     * Code read back: Taipan's instruction words (a NOP for an instruction that could not be
     * read); per instruction in the bytes read, the offset of its first unit (one more entry:
     * their length), of where jumps enter it and of its opcode; the instruction the body's
     * RESUME precedes (-1: none); and why the code must not run (null: it may).
     */
    public record Read(int[] code, int[] starts, int[] entries, int[] ops, int resumed, String problem) {
        /** The layout of the bytes these instructions were read from, to read their tables against. */
        public CPythonBytecode layout(byte[] bytes, CodeObject code) {
            return new CPythonBytecode(bytes, starts, entries, ops, resumed, code);
        }

        /** This reading with another verdict on whether the code may run. */
        public Read withProblem(String why) {
            return new Read(code, starts, entries, ops, resumed, why);
        }
    }

    /**
     * Reads {@code bytes}, of even length.
     *
     * @param consts the size of {@code co_consts}, which CONST operands index
     * @param names the size of {@code co_names}
     * @param kinds the {@code CO_FAST_*} kinds of the fast locals, cells and free variables
     */
    public static Read read(byte[] bytes, int consts, int names, byte[] kinds) {
        List<int[]> instrs = new ArrayList<>(); // {start, entry, opcode offset, 3.11 number, argument}
        int extended = 0, start = 0, entry = 0, resumed = -1;
        boolean prefixed = false;
        for (int at = 0; at < bytes.length; at += 2) {
            int number = bytes[at] & 0xFF;
            int arg = extended << 8 | bytes[at + 1] & 0xFF;
            String name = CPython311Opcodes.genericName(number);
            if (number == CPython311Opcodes.EXTENDED_ARG) {
                extended = arg & 0xFFFFFF; // CPython lets a fourth prefix push the top bits out
                prefixed = true;
                continue;
            }
            if (number == CPython311Opcodes.RESUME && !prefixed) {
                int last = instrs.size() - 1;
                if ((arg & 0xFF) != 0 && last >= 0 && instrs.get(last)[3] == CPython311Opcodes.generic("YIELD_VALUE")) {
                    start = entry = at + 2; // the resumption after a yield: the yield's last unit
                } else {
                    if (resumed < 0 && at == entry) {
                        resumed = instrs.size();
                        entry = at + 2; // jumps to the body's first instruction land past its RESUME
                    }
                    extended = 0;
                }
                continue;
            }
            if ("PRECALL".equals(name)) {
                // what Taipan's CALL does itself: a unit (and its cache) of the CALL after it
                at += 2 * cachesOf(number);
                extended = 0;
                prefixed = false;
                continue;
            }
            if (number == CPython311Opcodes.CACHE && !prefixed) {
                continue; // a stray cache unit: part of the instruction after it
            }
            instrs.add(new int[] {start, entry, at, number, arg});
            extended = 0;
            prefixed = false;
            start = entry = at + 2 + 2 * cachesOf(number);
            at += 2 * cachesOf(number);
        }
        String problem = prefixed ? "EXTENDED_ARG at the end of the code" : null;
        int n = instrs.size();
        int[] starts = new int[n + 1];
        int[] entries = new int[n + 1];
        int[] ops = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = instrs.get(i)[0];
            entries[i] = instrs.get(i)[1];
            ops[i] = instrs.get(i)[2];
        }
        starts[n] = entries[n] = bytes.length;
        int[] code = new int[n];
        for (int i = 0; i < n; i++) {
            int[] in = instrs.get(i);
            try {
                code[i] = decode(in[3], in[4], in[2], starts, entries, consts, names, kinds);
            } catch (IllegalArgumentException e) {
                code[i] = Opcode.encode(Opcode.NOP, 0);
                problem = problem != null ? problem : e.getMessage();
            }
        }
        return new Read(code, starts, entries, ops, resumed < n ? resumed : -1, problem);
    }

    private static int cachesOf(int number) {
        String name = CPython311Opcodes.genericName(number);
        int generic = name == null ? -1 : CPython311Opcodes.generic(name);
        return generic < 0 ? 0 : CPython311Opcodes.caches(generic);
    }

    /** Taipan's instruction word for 3.11 instruction {@code number} with argument {@code arg} at byte {@code at}. */
    private static int decode(int number, int arg, int at, int[] starts, int[] entries, int consts, int names,
                              byte[] kinds) {
        int unnamed = number - CPython311Opcodes.FIRST_UNNAMED;
        String name = unnamed >= 0 && unnamed < CPython311Opcodes.UNNAMED.size()
                ? CPython311Opcodes.UNNAMED.get(unnamed).name() : CPython311Opcodes.genericName(number);
        if (name == null) {
            throw new IllegalArgumentException("unknown opcode " + number + " at byte " + at);
        }
        Opcode op;
        switch (name) {
            case "NOP" -> {
                op = Opcode.NOP;
                arg = 0;
            }
            case "LOAD_METHOD" -> {
                op = Opcode.LOAD_ATTR;
                arg = arg << 1 | 1;
            }
            case "LOAD_ATTR" -> {
                op = Opcode.LOAD_ATTR;
                arg = arg << 1;
            }
            default -> {
                String taipan = name.startsWith("POP_JUMP_FORWARD_IF_") || name.startsWith("POP_JUMP_BACKWARD_IF_")
                        ? "POP_JUMP_IF_" + name.substring(name.indexOf("_IF_") + 4) : name;
                try {
                    op = Opcode.valueOf(taipan);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("opcode " + name + " at byte " + at + " is not supported");
                }
            }
        }
        if (op.isSpecialized() || op == Opcode.TRACE) {
            throw new IllegalArgumentException("opcode " + name + " at byte " + at + " is not supported");
        }
        if (op.argKind == Opcode.ArgKind.JUMP) {
            int next = at + 2 + 2 * cachesOf(number);
            boolean backward = name.contains("BACKWARD");
            int target = backward ? next - 2 * arg : next + 2 * arg;
            int k = Arrays.binarySearch(entries, 0, entries.length - 1, target);
            if (k < 0) {
                k = Arrays.binarySearch(starts, 0, starts.length - 1, target);
            }
            if (k < 0) {
                throw new IllegalArgumentException("jump at byte " + at + " to byte " + target
                        + ", which does not start an instruction");
            }
            arg = k;
        }
        checkOperand(op, arg, at, consts, names, kinds);
        if (arg < 0 || arg > 0xFFFFFF) {
            throw new IllegalArgumentException("argument of " + name + " at byte " + at + " out of range");
        }
        return Opcode.encode(op, arg);
    }

    private static void checkOperand(Opcode op, int arg, int at, int consts, int names, byte[] kinds) {
        int limit = switch (op.argKind) {
            case CONST -> consts;
            case NAME -> names;
            case NAME_FLAG -> names << 1;
            case LOCAL, DEREF -> kinds.length;
            case BINARY_OP -> Opcode.BinaryOp.values().length;
            case COMPARE -> 6;
            default -> Integer.MAX_VALUE;
        };
        if (arg >= limit) {
            throw new IllegalArgumentException(op.name() + " at byte " + at + " has operand " + arg
                    + " outside its table (size " + limit + ")");
        }
        if (op == Opcode.COPY_FREE_VARS) {
            int free = 0;
            for (byte k : kinds) {
                free += (k & CodeObject.CO_FAST_FREE) != 0 ? 1 : 0;
            }
            if (arg != free) {
                throw new IllegalArgumentException("COPY_FREE_VARS " + arg + " at byte " + at + " in code with "
                        + free + " free variables");
            }
        }
        if (op.argKind == Opcode.ArgKind.DEREF && (kinds[arg] & (CodeObject.CO_FAST_CELL | CodeObject.CO_FAST_FREE)) == 0) {
            throw new IllegalArgumentException(op.name() + " at byte " + at + " names slot " + arg
                    + ", which is neither a cell nor a free variable");
        }
    }

    /**
     * The deepest value stack {@code code} reaches, walking every path from its first
     * instruction and from the handlers of {@code handlers} (CPython's {@code stackdepth} over
     * finished code).
     *
     * @throws IllegalArgumentException when a path pops an empty stack, reaches one instruction
     *         with two depths, or runs past the last instruction
     */
    public static int stackDepth(int[] code, CodeObject.ExceptionTableEntry[] handlers) {
        int n = code.length;
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        int max = 0;
        if (n > 0) {
            depth[0] = 0;
            work.push(0);
        }
        while (!work.isEmpty()) {
            int i = work.pop();
            int d = depth[i];
            for (CodeObject.ExceptionTableEntry e : handlers) {
                if (e.start() <= i && i < e.end()) {
                    int h = e.depth() + (e.lasti() ? 1 : 0) + 1;
                    max = Math.max(max, h);
                    if (e.depth() > d) {
                        throw new IllegalArgumentException("exception table depth " + e.depth()
                                + " above the stack's " + d + " at instruction " + i);
                    }
                    flow(depth, work, e.target(), h);
                }
            }
            Opcode op = Opcode.of(Opcode.opcodeOf(code[i]));
            int arg = Opcode.opargOf(code[i]);
            int reads = op.inputs(arg);
            if (reads < 0 || d < reads) {
                throw new IllegalArgumentException(op.name() + " " + arg + " at instruction " + i
                        + (reads < 0 ? " has an argument no compiler emits" : " reads below the stack (depth " + d + ")"));
            }
            if (op.argKind == Opcode.ArgKind.JUMP) {
                int taken = d + op.stackEffect(arg, true);
                check(taken, i);
                max = Math.max(max, taken);
                flow(depth, work, arg, taken);
            }
            if (!op.isTerminator() && !op.isUnconditionalJump()) {
                int after = d + op.stackEffect(arg, false);
                check(after, i);
                max = Math.max(max, after);
                if (i + 1 >= n) {
                    throw new IllegalArgumentException("the code runs past its last instruction");
                }
                flow(depth, work, i + 1, after);
            }
        }
        return max;
    }

    private static void check(int depth, int i) {
        if (depth < 0) {
            throw new IllegalArgumentException("instruction " + i + " pops an empty stack");
        }
    }

    private static void flow(int[] depth, ArrayDeque<Integer> work, int to, int d) {
        if (depth[to] < 0) {
            depth[to] = d;
            work.push(to);
        } else if (depth[to] != d) {
            throw new IllegalArgumentException("instruction " + to + " is reached with stack depths "
                    + depth[to] + " and " + d);
        }
    }
}
