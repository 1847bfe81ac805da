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
 * its method bit, 3.11's {@code RESUME} and {@code PRECALL} become {@code NOP} (Taipan's
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
     * read), the byte offset of each instruction's first unit in the bytes read (one more entry:
     * their length) and its EXTENDED_ARG units, and why the code must not run (null: it may).
     */
    public record Read(int[] code, int[] starts, int[] prefixes, String problem) {
        /** The layout of the bytes these instructions were read from, to read their tables against. */
        public CPythonBytecode layout(byte[] bytes, CodeObject code) {
            return new CPythonBytecode(bytes, starts, prefixes, code);
        }
    }

    /**
     * Reads {@code bytes}, of even length.
     *
     * @param consts the size of {@code co_consts}, which CONST operands index
     * @param names the size of {@code co_names}
     * @param nlocalsplus the number of fast locals, cells and free variables
     */
    public static Read read(byte[] bytes, int consts, int names, int nlocalsplus) {
        List<int[]> instrs = new ArrayList<>(); // {opcode ordinal, oparg, start, prefixes, opcode offset, 3.11 number}
        int extended = 0, prefixes = 0, start = 0;
        for (int at = 0; at < bytes.length; at += 2) {
            int number = bytes[at] & 0xFF;
            int arg = extended << 8 | bytes[at + 1] & 0xFF;
            String name = CPython311Opcodes.genericName(number);
            if (name != null && name.equals("EXTENDED_ARG")) {
                extended = arg & 0xFFFFFF; // CPython lets a fourth prefix push the top bits out
                prefixes++;
                continue;
            }
            if (number == CPython311Opcodes.CACHE && prefixes == 0) {
                continue; // a cache unit: part of the instruction before it
            }
            instrs.add(new int[] {-1, arg, start, prefixes, at, number});
            extended = 0;
            prefixes = 0;
            start = at + 2 + 2 * cachesOf(number);
            at += 2 * cachesOf(number);
        }
        String problem = prefixes != 0 ? "EXTENDED_ARG at the end of the code" : null;
        int n = instrs.size();
        int[] starts = new int[n + 1];
        int[] prefixCounts = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = instrs.get(i)[2];
            prefixCounts[i] = instrs.get(i)[3];
        }
        starts[n] = bytes.length;
        int[] code = new int[n];
        for (int i = 0; i < n; i++) {
            int[] in = instrs.get(i);
            try {
                code[i] = decode(in[5], in[1], in[4], starts, consts, names, nlocalsplus);
            } catch (IllegalArgumentException e) {
                code[i] = Opcode.encode(Opcode.NOP, 0);
                problem = problem != null ? problem : e.getMessage();
            }
        }
        return new Read(code, starts, prefixCounts, problem);
    }

    private static int cachesOf(int number) {
        String name = CPython311Opcodes.genericName(number);
        int generic = name == null ? -1 : CPython311Opcodes.generic(name);
        return generic < 0 ? 0 : CPython311Opcodes.caches(generic);
    }

    /** Taipan's instruction word for 3.11 instruction {@code number} with argument {@code arg} at byte {@code at}. */
    private static int decode(int number, int arg, int at, int[] starts, int consts, int names, int nlocalsplus) {
        int unnamed = number - CPython311Opcodes.FIRST_UNNAMED;
        String name = unnamed >= 0 && unnamed < CPython311Opcodes.UNNAMED.size()
                ? CPython311Opcodes.UNNAMED.get(unnamed).name() : CPython311Opcodes.genericName(number);
        if (name == null) {
            throw new IllegalArgumentException("unknown opcode " + number + " at byte " + at);
        }
        Opcode op;
        switch (name) {
            case "RESUME", "PRECALL", "NOP" -> {
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
            int k = Arrays.binarySearch(starts, 0, starts.length - 1, target);
            if (k < 0) {
                throw new IllegalArgumentException("jump at byte " + at + " to byte " + target
                        + ", which does not start an instruction");
            }
            arg = k;
        }
        checkOperand(op, arg, at, consts, names, nlocalsplus);
        if (arg < 0 || arg > 0xFFFFFF) {
            throw new IllegalArgumentException("argument of " + name + " at byte " + at + " out of range");
        }
        return Opcode.encode(op, arg);
    }

    private static void checkOperand(Opcode op, int arg, int at, int consts, int names, int nlocalsplus) {
        int limit = switch (op.argKind) {
            case CONST -> consts;
            case NAME -> names;
            case NAME_FLAG -> names << 1;
            case LOCAL, DEREF -> nlocalsplus;
            case BINARY_OP -> Opcode.BinaryOp.values().length;
            case COMPARE -> 6;
            default -> Integer.MAX_VALUE;
        };
        if (arg >= limit) {
            throw new IllegalArgumentException(op.name() + " at byte " + at + " has operand " + arg
                    + " outside its table (size " + limit + ")");
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
