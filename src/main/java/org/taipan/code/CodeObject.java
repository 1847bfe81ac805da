package org.taipan.code;

import java.util.Arrays;
import java.util.List;

/**
 * A compiled code object, as CPython 3.11's {@code PyCodeObject}: immutable plain data the
 * interpreter runs and a later JIT reads. Fields carry CPython's {@code co_*} names without the
 * prefix. Arrays are owned by the code object: never mutate them.
 *
 * <h2>Code</h2>
 * {@link #code} holds one word per instruction (see {@link Opcode} for the encoding). Positions
 * are parallel arrays indexed by instruction: {@link #lines}, {@link #endLines} (1-based, -1 when
 * the instruction has no source position), {@link #cols}, {@link #endCols} (0-based columns
 * counted in UTF-8 bytes of the line, as CPython's, end exclusive, -1 when unknown).
 *
 * <h2>Fast locals (CPython 3.11's "localsplus")</h2>
 * A frame's fast-locals array has {@link #nlocalsplus()} slots named by
 * {@link #localsplusNames}: first the {@code co_varnames} (arguments first, in signature order:
 * positional-only, ordinary, keyword-only, then {@code *args}, then {@code **kwargs}), then the
 * cell variables that are not arguments, then the free variables. A cell variable that is also
 * an argument shares the argument's slot ({@link Opcode#MAKE_CELL} wraps the passed value).
 * {@link #localsplusKinds} gives each slot's {@code CO_FAST_*} bits. {@link Opcode#LOAD_FAST}
 * and {@link Opcode#LOAD_DEREF} opargs index this array.
 *
 * <h2>Constants</h2>
 * {@link #consts} holds runtime-independent Java values, the same ones
 * {@code org.taipan.ast.Expr.Constant} holds ({@code ConstantValue.None}, {@code Ellipsis},
 * Boolean, Long / BigInteger, Double, {@code Imaginary}, String, {@code Bytes}) plus
 * {@link ConstTuple}, {@link ConstFrozenset} and nested {@code CodeObject}s. The runtime converts
 * them once per code object.
 */
public final class CodeObject {
    /** {@code CO_OPTIMIZED}: locals are fast locals (function scope). */
    public static final int CO_OPTIMIZED = 0x0001;
    /** {@code CO_NEWLOCALS}: a fresh locals namespace per call (function scopes). */
    public static final int CO_NEWLOCALS = 0x0002;
    /** {@code CO_VARARGS}: has {@code *args}. */
    public static final int CO_VARARGS = 0x0004;
    /** {@code CO_VARKEYWORDS}: has {@code **kwargs}. */
    public static final int CO_VARKEYWORDS = 0x0008;
    /** {@code CO_NESTED}: defined inside another function. */
    public static final int CO_NESTED = 0x0010;
    /** {@code CO_GENERATOR}. */
    public static final int CO_GENERATOR = 0x0020;
    /** {@code CO_NOFREE}: no cell or free variables. */
    public static final int CO_NOFREE = 0x0040;
    /** {@code CO_COROUTINE}: an {@code async def}. */
    public static final int CO_COROUTINE = 0x0080;
    /** {@code CO_ITERABLE_COROUTINE}: {@code types.coroutine}. */
    public static final int CO_ITERABLE_COROUTINE = 0x0100;
    /** {@code CO_ASYNC_GENERATOR}. */
    public static final int CO_ASYNC_GENERATOR = 0x0200;

    /** Slot kind bit: a plain local (CPython's {@code CO_FAST_LOCAL}). */
    public static final byte CO_FAST_LOCAL = 0x20;
    /** Slot kind bit: a cell variable ({@code CO_FAST_CELL}). */
    public static final byte CO_FAST_CELL = 0x40;
    /** Slot kind bit: a free variable ({@code CO_FAST_FREE}). */
    public static final byte CO_FAST_FREE = (byte) 0x80;

    /**
     * One entry of the exception table: instructions {@code start} (inclusive) to {@code end}
     * (exclusive) are handled at {@code target}, with the value stack cut to {@code depth}
     * and, if {@code lasti}, the index of the raising instruction pushed before the exception.
     * The entries of a table never overlap and are sorted by {@code start}.
     */
    public record ExceptionTableEntry(int start, int end, int target, int depth, boolean lasti) {}

    /** A tuple constant; items are constants. */
    public record ConstTuple(List<Object> items) {
        public ConstTuple {
            items = List.copyOf(items);
        }
    }

    /** A frozenset constant ({@code x in {1, 2}}); items are hashable constants, no duplicates. */
    public record ConstFrozenset(List<Object> items) {
        public ConstFrozenset {
            items = List.copyOf(items);
        }
    }

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstlineno;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    /** Number of {@code co_varnames} (the first slots of the fast locals). */
    public final int nlocals;
    /** Maximum value-stack depth the code needs. */
    public final int stacksize;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    public final String[] names;
    public final Object[] consts;
    /** Names of all fast-locals slots, see the class comment. */
    public final String[] localsplusNames;
    /** {@code CO_FAST_*} bits of each fast-locals slot. */
    public final byte[] localsplusKinds;
    public final int[] code;
    public final ExceptionTableEntry[] exceptionTable;
    public final int[] lines;
    public final int[] endLines;
    public final int[] cols;
    public final int[] endCols;

    public CodeObject(String name, String qualname, String filename, int firstlineno, int argcount,
                      int posonlyargcount, int kwonlyargcount, int flags, int stacksize,
                      String[] varnames, String[] cellvars, String[] freevars, String[] names,
                      Object[] consts, String[] localsplusNames, byte[] localsplusKinds, int[] code,
                      ExceptionTableEntry[] exceptionTable, int[] lines, int[] endLines, int[] cols,
                      int[] endCols) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstlineno = firstlineno;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.nlocals = varnames.length;
        this.stacksize = stacksize;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.names = names;
        this.consts = consts;
        this.localsplusNames = localsplusNames;
        this.localsplusKinds = localsplusKinds;
        this.code = code;
        this.exceptionTable = exceptionTable;
        this.lines = lines;
        this.endLines = endLines;
        this.cols = cols;
        this.endCols = endCols;
    }

    /** Size of the fast-locals array. */
    public int nlocalsplus() {
        return localsplusNames.length;
    }

    /** Number of instructions. */
    public int length() {
        return code.length;
    }

    /** The opcode of instruction {@code i}. */
    public Opcode opcode(int i) {
        return Opcode.of(Opcode.opcodeOf(code[i]));
    }

    /** The oparg of instruction {@code i}. */
    public int oparg(int i) {
        return Opcode.opargOf(code[i]);
    }

    /** The source line of instruction {@code i}, or -1 (CPython's {@code PyCode_Addr2Line}). */
    public int lineOf(int i) {
        return i >= 0 && i < lines.length ? lines[i] : -1;
    }

    /**
     * The exception-table entry covering instruction {@code i}, or null when an exception
     * raised there leaves the frame.
     */
    public ExceptionTableEntry handlerFor(int i) {
        int lo = 0;
        int hi = exceptionTable.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            ExceptionTableEntry e = exceptionTable[mid];
            if (i < e.start()) {
                hi = mid - 1;
            } else if (i >= e.end()) {
                lo = mid + 1;
            } else {
                return e;
            }
        }
        return null;
    }

    /** Whether a flag bit ({@code CO_*}) is set. */
    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    /** Total number of arguments incl. {@code *args} / {@code **kwargs} (their slots come first in the fast locals). */
    public int totalArgs() {
        return argcount + kwonlyargcount + (hasFlag(CO_VARARGS) ? 1 : 0) + (hasFlag(CO_VARKEYWORDS) ? 1 : 0);
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstlineno + ">";
    }

    /** Structural description for debugging; not Python's repr. */
    public String describe() {
        return toString() + " varnames=" + Arrays.toString(varnames) + " cellvars=" + Arrays.toString(cellvars)
                + " freevars=" + Arrays.toString(freevars) + " names=" + Arrays.toString(names);
    }
}
