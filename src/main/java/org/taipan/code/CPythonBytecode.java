package org.taipan.code;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A code object's instructions laid out as CPython 3.11 lays out {@code co_code}: two-byte code
 * units (opcode, argument byte), {@code EXTENDED_ARG} units before an argument past a byte,
 * {@code CACHE} units after the instructions that have inline caches, jumps relative in code
 * units (3.11's forward and backward forms chosen by direction), and 3.11's numbers for the
 * opcodes. This is what Python code sees of Taipan's bytecode: {@code co_code},
 * {@code _co_code_adaptive}, {@code co_exceptiontable}, {@code co_linetable}, and the byte
 * offsets of {@code f_lasti}, {@code tb_lasti}, {@code co_lines()} and {@code co_positions()}
 * (one position per code unit), so that {@code dis}, {@code modulefinder} and
 * {@code traceback} read it as they read CPython's (the layout is {@code Python/compile.c}'s
 * {@code assemble}; the tables' formats are {@code Objects/locations.md} and
 * {@code Objects/exception_handling_notes.txt}).
 *
 * <p>Taipan's instruction set has no {@code RESUME} and no {@code PRECALL}; the layout writes
 * them where 3.11's compiler puts them, as units of the instruction they belong to (not
 * instructions of their own, so no offset Taipan reports points at one): {@code RESUME 0} before
 * the first instruction after the prologue (cells, free variables, a generator's
 * {@code RETURN_GENERATOR; POP_TOP}), jumps entering past it; {@code RESUME 1}, {@code 2} or
 * {@code 3} after each {@code YIELD_VALUE} (a yield, a {@code yield from}'s, an {@code await}'s);
 * {@code PRECALL} and its cache unit before each {@code CALL}. Differences from CPython's own
 * output that remain: Taipan uses CPython 3.12's {@code yield from} loop, whose
 * {@code CLEANUP_THROW} and {@code END_SEND} have no 3.11 numbers ({@code dis} shows them as
 * {@code <181>} and {@code <183>}); the argument byte of an instruction below
 * {@code HAVE_ARGUMENT} is Taipan's (a delegating {@code YIELD_VALUE}'s 1), which 3.11's readers
 * ignore and {@link CPythonBytecodeReader} reads back; and wherever Taipan's compiler emits other
 * instructions than CPython's. Instruction {@code i} of the code object starts at byte
 * {@link #start(int)} and has its opcode at {@link #offset(int)}.
 */
public final class CPythonBytecode {
    private final byte[] code;
    /** Per instruction, and one past the last: the byte offset of its first code unit. */
    private final int[] starts;
    /**
     * Per instruction: where jumps and handlers enter it, past the units 3.11 has as instructions
     * of their own before it ({@code RESUME}, {@code PRECALL}) but before its EXTENDED_ARGs.
     */
    private final int[] entries;
    /** Per instruction: the byte offset of its opcode unit. */
    private final int[] ops;
    /** The instruction the code's {@code RESUME 0} unit comes before, or -1. */
    private final int resumed;
    private final CodeObject source;
    /**
     * Per code unit, whether a location-table entry starts there (the first unit of an
     * instruction, and where 3.11 has an instruction of its own inside one of Taipan's: after
     * the body's RESUME, after a PRECALL and its cache, at a RESUME after a yield); null for
     * bytes read back, whose instructions' own units are the entries.
     */
    private boolean[] entryStarts;

    /**
     * Lays out {@code c}'s (unspecialized) instructions.
     *
     * @param c a code object; its jump opargs are absolute instruction indices
     */
    public CPythonBytecode(CodeObject c) {
        this.source = c;
        int n = c.code.length;
        int[] numbers = new int[n];
        int[] args = new int[n];
        int[] pre = new int[n];
        int[] post = new int[n];
        int body = bodyStart(c);
        for (int i = 0; i < n; i++) {
            Opcode op = Opcode.of(Opcode.opcodeOf(c.code[i]));
            int arg = Opcode.opargOf(c.code[i]);
            numbers[i] = number(op, arg, i);
            args[i] = op == Opcode.LOAD_ATTR ? arg >> 1 : arg;
            // 3.11's RESUME starts the body and follows every yield; PRECALL (one cache) precedes CALL
            pre[i] = (i == body ? 1 : 0) + (op == Opcode.CALL ? 2 : 0);
            post[i] = CPython311Opcodes.caches(numbers[i]) + (op == Opcode.YIELD_VALUE ? 1 : 0);
        }
        resumed = body < n ? body : -1;
        int[] extended = new int[n];
        starts = new int[n + 1];
        entries = new int[n + 1];
        ops = new int[n];
        // Jump arguments depend on the layout and the layout on their widths: widen until stable
        // (widths only grow, so this ends), as the assembler's instruction-size fixpoint does.
        boolean changed = true;
        while (changed) {
            int at = 0;
            for (int i = 0; i < n; i++) {
                starts[i] = at;
                entries[i] = at + 2 * (i == body ? 1 : 0);
                ops[i] = at + 2 * (pre[i] + extended[i]);
                at = ops[i] + 2 + 2 * post[i];
            }
            starts[n] = entries[n] = at;
            changed = false;
            for (int i = 0; i < n; i++) {
                int a = argument(c, numbers, args, i);
                int width = numbers[i] < CPython311Opcodes.HAVE_ARGUMENT ? 0
                        : a > 0xFFFFFF || a < 0 ? 3 : a > 0xFFFF ? 2 : a > 0xFF ? 1 : 0;
                if (width > extended[i]) {
                    extended[i] = width;
                    changed = true;
                }
            }
        }
        code = new byte[starts[n]];
        entryStarts = new boolean[starts[n] / 2];
        for (int i = 0; i < n; i++) {
            int at = starts[i];
            entryStarts[at / 2] = true;
            int a = argument(c, numbers, args, i);
            if (i == body) {
                at = unit(at, CPython311Opcodes.RESUME, 0);
            }
            if (pre[i] >= 2) {
                at = unit(at, CPython311Opcodes.PRECALL, a) + 2;
            }
            for (int k = extended[i]; k > 0; k--) {
                at = unit(at, CPython311Opcodes.EXTENDED_ARG, a >>> (8 * k));
            }
            entryStarts[(at - 2 * extended[i]) / 2] = true;
            at = unit(at, numbers[i], a) + 2 * CPython311Opcodes.caches(numbers[i]);
            if (post[i] > CPython311Opcodes.caches(numbers[i])) {
                entryStarts[at / 2] = true;
                // after a yield: 1, after yield from's 2, after await's 3
                boolean awaits = (c.flags & (CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR)) != 0;
                unit(at, CPython311Opcodes.RESUME, a == 0 ? 1 : awaits ? 3 : 2);
            }
        }
    }

    private int unit(int at, int number, int arg) {
        code[at] = (byte) number;
        code[at + 1] = (byte) arg;
        return at + 2;
    }

    /**
     * The first instruction after the prologue 3.11 puts before {@code RESUME}: the cells made
     * and free variables copied, and a generator's {@code RETURN_GENERATOR; POP_TOP}.
     */
    private static int bodyStart(CodeObject c) {
        int i = 0;
        while (i < c.code.length) {
            Opcode op = Opcode.of(Opcode.opcodeOf(c.code[i]));
            if (op == Opcode.MAKE_CELL || op == Opcode.COPY_FREE_VARS) {
                i++;
            } else if (op == Opcode.RETURN_GENERATOR && i + 1 < c.code.length
                    && Opcode.of(Opcode.opcodeOf(c.code[i + 1])) == Opcode.POP_TOP) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** The layout of bytes that {@link CPythonBytecodeReader} read {@code source}'s instructions from. */
    CPythonBytecode(byte[] code, int[] starts, int[] entries, int[] ops, int resumed, CodeObject source) {
        this.code = code.clone();
        this.starts = starts;
        this.entries = entries;
        this.ops = ops;
        this.resumed = resumed;
        this.source = source;
    }

    /** This layout for {@code other}, a code object with the same instructions (new names or positions). */
    public CPythonBytecode withSource(CodeObject other) {
        CPythonBytecode r = new CPythonBytecode(code, starts, entries, ops, resumed, other);
        r.entryStarts = entryStarts;
        return r;
    }

    /** The 3.11 number Taipan's generic instruction {@code op} (with {@code arg}, at index {@code i}) is written as. */
    private int number(Opcode op, int arg, int i) {
        String name = switch (op) {
            case LOAD_ATTR -> (arg & 1) != 0 ? "LOAD_METHOD" : "LOAD_ATTR";
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE ->
                    "POP_JUMP_" + (arg <= i ? "BACKWARD" : "FORWARD") + op.name().substring("POP_JUMP".length());
            case JUMP_FORWARD, JUMP_BACKWARD -> arg <= i ? "JUMP_BACKWARD" : "JUMP_FORWARD";
            default -> op.name();
        };
        int number = CPython311Opcodes.generic(name);
        return number >= 0 ? number : unnamed(op);
    }

    /**
     * The number, unnamed in 3.11, that shows a Taipan instruction 3.11 does not have: the
     * 3.12 instructions Taipan's compiler emits ({@link CPython311Opcodes#UNNAMED}).
     */
    private static int unnamed(Opcode op) {
        int k = CPython311Opcodes.UNNAMED.indexOf(op);
        return k < 0 ? 255 : CPython311Opcodes.FIRST_UNNAMED + k;
    }

    /** Instruction {@code i}'s 3.11 argument under the current layout (jumps relative, in code units). */
    private int argument(CodeObject c, int[] numbers, int[] args, int i) {
        Opcode op = Opcode.of(Opcode.opcodeOf(c.code[i]));
        if (op.argKind != Opcode.ArgKind.JUMP) {
            return args[i];
        }
        int next = ops[i] + 2 + 2 * CPython311Opcodes.caches(numbers[i]);
        int target = entries[Math.min(args[i], numbers.length)];
        // a forward-only 3.11 jump cannot go back: such a jump never comes out of Taipan's compiler
        return Math.max(0, Math.abs(target - next) / 2);
    }

    /** {@code co_code}: the instructions in CPython 3.11's encoding (a fresh array). */
    public byte[] code() {
        return code.clone();
    }

    /**
     * {@code _co_code_adaptive}: {@link #code()} with each instruction that tier 1 has
     * specialized shown under 3.11's number for the same specialization, where 3.11 has one of
     * that name (its generic form otherwise).
     *
     * @param quickened the running instructions, parallel to the code object's ({@code PyCode.instrs})
     */
    public byte[] adaptive(int[] quickened) {
        byte[] r = code.clone();
        for (int i = 0; i < quickened.length && i < starts.length - 1; i++) {
            Opcode op = Opcode.of(Opcode.opcodeOf(quickened[i]));
            if (op.isSpecialized()) {
                int number = CPython311Opcodes.specialized(op.name(), op.generic().name());
                if (number >= 0 && r[offset(i)] == (byte) CPython311Opcodes.generic(op.generic().name())) {
                    r[offset(i)] = (byte) number;
                }
            }
        }
        return r;
    }

    /** The byte offset of instruction {@code i}'s opcode unit ({@code f_lasti}, {@code tb_lasti}); 0 &lt;= i &lt; length. */
    public int offset(int i) {
        return ops[i];
    }

    /**
     * The byte offset of instruction {@code i}'s first code unit (a RESUME, PRECALL or
     * EXTENDED_ARG when it has one); {@code i} may be the length, giving the code's length.
     */
    public int start(int i) {
        return starts[i];
    }

    /** The instruction whose code units cover byte {@code offset}, or -1 outside the code. */
    public int instructionAt(int offset) {
        if (offset < 0 || offset >= starts[starts.length - 1]) {
            return -1;
        }
        int k = Arrays.binarySearch(starts, offset);
        return k >= 0 ? k : -k - 2;
    }

    /**
     * {@code co_exceptiontable}: each entry's start, length and target in code units and its
     * {@code depth << 1 | lasti}, as 3.11's varints (six bits a byte, most significant first,
     * 0x40 on every byte but an item's last, 0x80 on an entry's first byte).
     */
    public byte[] exceptionTable() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (CodeObject.ExceptionTableEntry e : source.exceptionTable) {
            int start = boundary(e.start()) / 2;
            exceptionItem(out, start, 0x80);
            exceptionItem(out, boundary(e.end()) / 2 - start, 0);
            exceptionItem(out, entries[e.target()] / 2, 0);
            exceptionItem(out, e.depth() << 1 | (e.lasti() ? 1 : 0), 0);
        }
        return out.toByteArray();
    }

    /** Where a handled range starting or ending at instruction {@code i} starts or ends: the code's RESUME is outside every range. */
    private int boundary(int i) {
        return i == resumed ? entries[i] : starts[i];
    }

    private static void exceptionItem(ByteArrayOutputStream out, int value, int mark) {
        int shift = 0;
        while (shift + 6 < 32 && value >>> (shift + 6) != 0) {
            shift += 6;
        }
        for (; shift > 0; shift -= 6) {
            out.write((value >>> shift) & 0x3F | 0x40 | mark);
            mark = 0;
        }
        out.write(value & 0x3F | mark);
    }

    /**
     * Per code unit, its position: {@code {lines, endLines, cols, endCols}} (-1: none). Every
     * unit of an instruction has the instruction's position; the code's RESUME has the one
     * CPython's compiler gives it (line 0 to 1 for a module, the first line otherwise, columns 0).
     */
    private int[][] unitPositions() {
        int n = source.code.length;
        int[][] r = new int[4][starts[n] / 2];
        for (int i = 0; i < n; i++) {
            for (int u = starts[i] / 2; u < starts[i + 1] / 2; u++) {
                r[0][u] = source.lines[i];
                r[1][u] = source.endLines[i];
                r[2][u] = source.cols[i];
                r[3][u] = source.endCols[i];
            }
        }
        if (resumed >= 0) {
            int u = starts[resumed] / 2;
            boolean module = source.name.equals("<module>");
            r[0][u] = module ? 0 : source.firstlineno;
            r[1][u] = module ? 1 : source.firstlineno;
            r[2][u] = 0;
            r[3][u] = 0;
        }
        return r;
    }

    /**
     * {@code co_linetable}: CPython 3.11's location table, an entry per instruction as 3.11 counts
     * them (a longer one split every eight code units), in the shortest form that holds it: no location, line only,
     * one-line forms with small columns, or the long form; lines as deltas from the previous
     * entry's, starting at {@code co_firstlineno}.
     */
    public byte[] lineTable() {
        byte[] t = lineTable;
        if (t == null) {
            t = encodeLineTable();
            lineTable = t; // a benign race: two threads may each encode it once
        }
        return t.clone();
    }

    /** {@link #lineTable()}, once encoded: co_positions, co_lines and co_lnotab all walk it. */
    private byte[] lineTable;

    private byte[] encodeLineTable() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[][] p = unitPositions();
        int previous = source.firstlineno;
        int units = p[0].length;
        for (int u = 0; u < units; ) {
            int length = 1;
            while (length < 8 && u + length < units && !startsEntry(u + length)) {
                length++;
            }
            int line = p[0][u], endLine = p[1][u], col = p[2][u], endCol = p[3][u];
            u += length;
            if (line < 0) {
                out.write(0x80 | 15 << 3 | (length - 1));
                continue;
            }
            int delta = line - previous;
            previous = line;
            if (col < 0 || endCol < 0) {
                out.write(0x80 | 13 << 3 | (length - 1));
                signedVarint(out, delta);
            } else if (delta == 0 && endLine == line && col < 80 && endCol >= col && endCol - col < 16) {
                out.write(0x80 | (col >> 3) << 3 | (length - 1));
                out.write((col & 7) << 4 | (endCol - col));
            } else if (delta >= 0 && delta < 3 && endLine == line && col < 128 && endCol >= col && endCol < 128) {
                out.write(0x80 | (10 + delta) << 3 | (length - 1));
                out.write(col);
                out.write(endCol);
            } else {
                out.write(0x80 | 14 << 3 | (length - 1));
                signedVarint(out, delta);
                varint(out, Math.max(0, endLine - line));
                varint(out, col + 1);
                varint(out, endCol + 1);
            }
        }
        return out.toByteArray();
    }

    private boolean startsEntry(int unit) {
        if (entryStarts != null) {
            return entryStarts[unit];
        }
        int k = Arrays.binarySearch(starts, 2 * unit);
        return k >= 0 || Arrays.binarySearch(entries, 2 * unit) >= 0;
    }

    /**
     * The positions a location table in 3.11's format gives this code's instructions (the
     * inverse of {@link #lineTable()}, for {@code code.replace(co_linetable=...)}): each
     * instruction takes the position of its opcode unit; units past the table's end, and
     * entries without a location, have none (-1).
     *
     * @param firstlineno the line the table's first delta starts from ({@code co_firstlineno})
     * @return {@code {lines, endLines, cols, endCols}}, each parallel to the instructions
     */
    public int[][] positionsFrom(byte[] table, int firstlineno) {
        int n = starts.length - 1;
        int[][] r = new int[4][n];
        for (int[] f : r) {
            Arrays.fill(f, -1);
        }
        java.util.List<int[]> found = lineEntries(table, firstlineno);
        int k = 0;
        for (int i = 0; i < n; i++) {
            int unit = offset(i) / 2;
            while (k < found.size() && found.get(k)[0] + found.get(k)[1] <= unit) {
                k++;
            }
            if (k < found.size() && found.get(k)[0] <= unit) {
                for (int f = 0; f < 4; f++) {
                    r[f][i] = found.get(k)[2 + f];
                }
            }
        }
        return r;
    }

    /**
     * The entries of location table {@code table} (3.11's format, lines counted from
     * {@code firstlineno}), as {@code co_lines()} and {@code co_positions()} walk them: each
     * {@code {first code unit, units, line, endLine, col, endCol}}, -1 for what it does not give
     * (all four for an entry without a location). A table cut inside an entry ends before it.
     */
    public static java.util.List<int[]> lineEntries(byte[] table, int firstlineno) {
        java.util.List<int[]> r = new java.util.ArrayList<>();
        int line = firstlineno;
        int unit = 0;
        int[] at = {0};
        while (at[0] < table.length) {
            int mark = at[0];
            int first = table[at[0]++] & 0xFF;
            int kind = first >> 3 & 15;
            int length = (first & 7) + 1;
            int endLine = -1, col = -1, endCol = -1;
            boolean located = kind != 15;
            if (kind == 14) {
                if (!complete(table, mark, 4, 0)) {
                    break;
                }
                line += signedVarint(table, at);
                endLine = line + varint(table, at);
                col = varint(table, at) - 1;
                endCol = varint(table, at) - 1;
            } else if (kind != 15 && !complete(table, mark, kind == 13 ? 1 : 0, kind == 13 ? 0 : kind >= 10 ? 2 : 1)) {
                break;
            } else if (kind == 13) {
                line += signedVarint(table, at);
                endLine = line;
            } else if (kind >= 10 && kind <= 12) {
                line += kind - 10;
                endLine = line;
                col = byteAt(table, at);
                endCol = byteAt(table, at);
            } else if (kind < 10) {
                int second = byteAt(table, at);
                endLine = line;
                col = kind * 8 + (second >> 4);
                endCol = col + (second & 15);
            }
            r.add(located ? new int[] {unit, length, line, endLine, col, endCol}
                    : new int[] {unit, length, -1, -1, -1, -1});
            unit += length;
        }
        return r;
    }

    /**
     * The exception table that a table in 3.11's format ({@link #exceptionTable()}) describes
     * over this code's instructions, for {@code code.replace(co_exceptiontable=...)}: offsets
     * inside an instruction's units mean that instruction.
     *
     * @throws IllegalArgumentException when the table is truncated or points outside the code
     */
    public CodeObject.ExceptionTableEntry[] exceptionTableFrom(byte[] table) {
        java.util.List<CodeObject.ExceptionTableEntry> r = new java.util.ArrayList<>();
        int[] at = {0};
        int end = starts[starts.length - 1];
        while (at[0] < table.length) {
            int start = exceptionVarint(table, at) * 2;
            int stop = start + exceptionVarint(table, at) * 2;
            int target = exceptionVarint(table, at) * 2;
            int depthLasti = exceptionVarint(table, at);
            if (start >= end || stop > end || target >= end || stop <= start) {
                throw new IllegalArgumentException("exception table entry outside the code");
            }
            int last = instructionAt(stop - 2);
            r.add(new CodeObject.ExceptionTableEntry(instructionAt(start), last + 1, instructionAt(target),
                    depthLasti >> 1, (depthLasti & 1) != 0));
        }
        return r.toArray(new CodeObject.ExceptionTableEntry[0]);
    }

    /** Whether the location entry at {@code mark} has its {@code varints} varints or its {@code bytes} bytes before the table ends. */
    private static boolean complete(byte[] table, int mark, int varints, int bytes) {
        int at = mark + 1;
        for (int k = 0; k < varints; k++) {
            while (at < table.length && (table[at] & 0x40) != 0) {
                at++;
            }
            at++;
        }
        return at + bytes <= table.length;
    }

    private static int exceptionVarint(byte[] table, int[] at) {
        int b = byteAt(table, at);
        int value = b & 0x3F;
        while ((b & 0x40) != 0) {
            b = byteAt(table, at);
            value = value << 6 | b & 0x3F;
        }
        return value;
    }

    private static int byteAt(byte[] table, int[] at) {
        if (at[0] >= table.length) {
            throw new IllegalArgumentException("table ends inside an entry");
        }
        return table[at[0]++] & 0xFF;
    }

    private static int varint(byte[] table, int[] at) {
        int b = byteAt(table, at);
        int value = b & 0x3F;
        for (int shift = 6; (b & 0x40) != 0; shift += 6) {
            b = byteAt(table, at);
            value |= (b & 0x3F) << shift;
        }
        return value;
    }

    private static int signedVarint(byte[] table, int[] at) {
        int v = varint(table, at);
        return (v & 1) != 0 ? -(v >>> 1) : v >>> 1;
    }

    /**
     * {@code co_lnotab} (deprecated since 3.10, still there in 3.11) of location table
     * {@code table}: pairs of unsigned byte advance and signed line advance, from
     * {@code firstlineno}, emitted where an entry's line differs from the last one emitted
     * (entries without a line emit nothing), advances too large for one pair split as CPython's
     * {@code emit_delta} splits them.
     */
    public static byte[] lnotab(byte[] table, int firstlineno) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int line = firstlineno;
        int at = 0;
        for (int[] e : lineEntries(table, firstlineno)) {
            int l = e[2];
            if (l < 0 || l == line) {
                continue;
            }
            int bytes = 2 * e[0] - at;
            int advance = l - line;
            for (; bytes > 255; bytes -= 255) {
                out.write(255);
                out.write(0);
            }
            for (; advance > 127; advance -= 127, bytes = 0) {
                out.write(bytes);
                out.write(127);
            }
            for (; advance < -128; advance += 128, bytes = 0) {
                out.write(bytes);
                out.write(-128 & 0xFF);
            }
            out.write(bytes);
            out.write(advance & 0xFF);
            at = 2 * e[0];
            line = l;
        }
        return out.toByteArray();
    }

    /** A location-table varint: six bits a byte, least significant first, 0x40 when more follow. */
    private static void varint(ByteArrayOutputStream out, int value) {
        while (value >= 0x40) {
            out.write(value & 0x3F | 0x40);
            value >>>= 6;
        }
        out.write(value);
    }

    private static void signedVarint(ByteArrayOutputStream out, int value) {
        varint(out, value < 0 ? (-value) << 1 | 1 : value << 1);
    }
}
