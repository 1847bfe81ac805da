package org.taipan.code;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.taipan.ast.ConstantValue;
import org.taipan.runtime.FloatRepr;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.StrRepr;

/**
 * Prints a {@link CodeObject} readably, in the layout of CPython 3.11's {@code dis.dis}
 * ({@code Lib/dis.py}): one line per instruction with the source line where a new one starts,
 * a {@code >>} mark on jump and handler targets, the offset, the opcode name, the oparg and
 * what it means in parentheses (constant repr, name, local, jump target, comparison,
 * operator); then the exception table; then each code object among the constants, recursively.
 *
 * <p>Offsets are <em>instruction indices</em> (Taipan has one word per instruction and no
 * cache entries, see {@link Opcode}), the same numbers that jump opargs, the exception table
 * and {@code lasti} use, so they are CPython's byte offsets divided by two only up to the
 * first instruction that CPython follows by caches.
 */
public final class Disassembler {
    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;
    private static final String[] MAKE_FUNCTION_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};
    private static final String[] FORMAT_CONVERSIONS = {"", "str", "repr", "ascii"};

    private Disassembler() {}

    /**
     * The whole disassembly of {@code code} and of the code objects nested in its constants,
     * as {@code python3 -m dis FILE} prints it for a module; every line ends in {@code \n}.
     */
    public static String disassemble(CodeObject code) {
        StringBuilder sb = new StringBuilder();
        disassembleRecursive(code, sb);
        return sb.toString();
    }

    /** One code object only (CPython's {@code dis.disassemble}), without nested code objects. */
    public static String disassembleOne(CodeObject code) {
        StringBuilder sb = new StringBuilder();
        disassembleCode(code, sb);
        return sb.toString();
    }

    private static void disassembleRecursive(CodeObject code, StringBuilder sb) {
        disassembleCode(code, sb);
        for (Object c : code.consts) {
            if (c instanceof CodeObject nested) {
                sb.append('\n');
                sb.append("Disassembly of ").append(codeRepr(nested)).append(":\n");
                disassembleRecursive(nested, sb);
            }
        }
    }

    private static void disassembleCode(CodeObject code, StringBuilder sb) {
        int n = code.length();
        int[] lineStarts = lineStarts(code);
        int maxLine = 0;
        boolean anyLine = false;
        for (int i = 0; i < n; i++) {
            if (lineStarts[i] >= 0) {
                anyLine = true;
                maxLine = Math.max(maxLine, lineStarts[i]);
            }
        }
        int lineWidth = !anyLine ? 0 : maxLine >= 1000 ? Integer.toString(maxLine).length() : 3;
        int offsetWidth = n - 1 >= 10000 ? Integer.toString(n - 1).length() : 4;
        Set<Integer> labels = labels(code);
        for (int i = 0; i < n; i++) {
            if (lineWidth > 0 && lineStarts[i] >= 0 && i > 0) {
                sb.append('\n');
            }
            StringBuilder line = new StringBuilder();
            if (lineWidth > 0) {
                line.append(lineStarts[i] >= 0 ? pad(Integer.toString(lineStarts[i]), lineWidth, true)
                        : " ".repeat(lineWidth)).append(' ');
            }
            line.append("   ").append(' ');
            line.append(labels.contains(i) ? ">>" : "  ").append(' ');
            line.append(pad(Integer.toString(i), offsetWidth, true)).append(' ');
            Opcode op = code.opcode(i);
            line.append(pad(op.name(), OPNAME_WIDTH, false));
            if (op.argKind != Opcode.ArgKind.NONE) {
                int oparg = code.oparg(i);
                line.append(' ').append(pad(Integer.toString(oparg), OPARG_WIDTH, true));
                String argrepr = argRepr(code, op, oparg);
                if (!argrepr.isEmpty()) {
                    line.append(" (").append(argrepr).append(')');
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        if (code.exceptionTable.length > 0) {
            sb.append("ExceptionTable:\n");
            for (CodeObject.ExceptionTableEntry e : code.exceptionTable) {
                sb.append("  ").append(e.start()).append(" to ").append(e.end() - 1).append(" -> ")
                        .append(e.target()).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    /** The line each instruction starts, or -1: a line is shown when it differs from the last shown one (CPython's {@code findlinestarts}). */
    private static int[] lineStarts(CodeObject code) {
        int[] starts = new int[code.length()];
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < starts.length; i++) {
            int line = code.lineOf(i);
            if (line >= 0 && line != last) {
                starts[i] = line;
                last = line;
            } else {
                starts[i] = -1;
            }
        }
        return starts;
    }

    private static Set<Integer> labels(CodeObject code) {
        Set<Integer> labels = new HashSet<>();
        for (int i = 0; i < code.length(); i++) {
            if (code.opcode(i).hasJump()) {
                labels.add(code.oparg(i));
            }
        }
        for (CodeObject.ExceptionTableEntry e : code.exceptionTable) {
            labels.add(e.target());
        }
        return labels;
    }

    /** The parenthesized meaning of an oparg, or "" (CPython's {@code argrepr}). */
    static String argRepr(CodeObject code, Opcode op, int oparg) {
        return switch (op.argKind) {
            case CONST -> oparg < code.consts.length ? constRepr(code.consts[oparg]) : "<bad const " + oparg + ">";
            case NAME -> nameAt(code.names, oparg);
            case NAME_FLAG -> {
                String name = nameAt(code.names, oparg >> 1);
                if ((oparg & 1) == 0) {
                    yield name;
                }
                yield (op == Opcode.LOAD_GLOBAL ? "NULL + " : "NULL|self + ") + name;
            }
            case LOCAL, DEREF -> nameAt(code.localsplusNames, oparg);
            case JUMP -> "to " + oparg;
            case COMPARE -> oparg < Opcode.COMPARE_SYMBOLS.length ? Opcode.COMPARE_SYMBOLS[oparg] : "?";
            case BINARY_OP -> oparg < Opcode.BinaryOp.values().length ? Opcode.BinaryOp.of(oparg).symbol : "?";
            case FLAGS -> switch (op) {
                case MAKE_FUNCTION -> {
                    StringBuilder sb = new StringBuilder();
                    for (int bit = 0; bit < MAKE_FUNCTION_FLAGS.length; bit++) {
                        if ((oparg & (1 << bit)) != 0) {
                            sb.append(sb.isEmpty() ? "" : ", ").append(MAKE_FUNCTION_FLAGS[bit]);
                        }
                    }
                    yield sb.toString();
                }
                case FORMAT_VALUE -> {
                    String s = FORMAT_CONVERSIONS[oparg & 3];
                    if ((oparg & 4) != 0) {
                        s = s.isEmpty() ? "with format" : s + ", with format";
                    }
                    yield s;
                }
                default -> "";
            };
            case NONE, COUNT, INVERT, RAW -> "";
        };
    }

    private static String nameAt(String[] names, int i) {
        return i >= 0 && i < names.length ? names[i] : "<bad index " + i + ">";
    }

    private static String pad(String s, int width, boolean right) {
        if (s.length() >= width) {
            return s;
        }
        String spaces = " ".repeat(width - s.length());
        return right ? spaces + s : s + spaces;
    }

    /** {@code <code object f at 0x..., file "x.py", line 3>}, as CPython's {@code code_repr}. */
    public static String codeRepr(CodeObject code) {
        return "<code object " + code.name + " at 0x" + Integer.toHexString(System.identityHashCode(code))
                + ", file \"" + code.filename + "\", line " + code.firstlineno + ">";
    }

    /** Python's {@code repr} of a compile-time constant (see {@link CodeObject}'s constant kinds). */
    public static String constRepr(Object c) {
        return switch (c) {
            case null -> "NULL";
            case ConstantValue.None n -> "None";
            case ConstantValue.Ellipsis e -> "Ellipsis";
            case Boolean b -> b ? "True" : "False";
            case Long l -> l.toString();
            case Integer i -> i.toString();
            case BigInteger b -> b.toString();
            case Double d -> FloatRepr.repr(d);
            case ConstantValue.Imaginary im -> imaginaryRepr(im.imag());
            case String s -> StrRepr.repr(PyStr.of(s));
            case ConstantValue.Bytes b -> PyBytes.repr(b.bytes());
            case ConstantValue.Str s -> StrRepr.repr(PyStr.ofCodePoints(s.codePoints().clone()));
            case CodeObject.ConstTuple t -> tupleRepr(t.items());
            case CodeObject.ConstFrozenset f -> f.items().isEmpty() ? "frozenset()"
                    : "frozenset({" + String.join(", ", f.items().stream().map(Disassembler::constRepr).toList()) + "})";
            case CodeObject code -> codeRepr(code);
            default -> c.toString();
        };
    }

    private static String tupleRepr(List<Object> items) {
        if (items.size() == 1) {
            return "(" + constRepr(items.getFirst()) + ",)";
        }
        return "(" + String.join(", ", items.stream().map(Disassembler::constRepr).toList()) + ")";
    }

    private static String imaginaryRepr(double imag) {
        String r = FloatRepr.repr(imag);
        if (r.endsWith(".0")) {
            r = r.substring(0, r.length() - 2);
        }
        return r + "j";
    }

}
