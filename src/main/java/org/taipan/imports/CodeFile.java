package org.taipan.imports;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.taipan.ast.ConstantValue;
import org.taipan.code.CodeObject;

/**
 * The binary form of a module's compiled code in Taipan's on-disk code cache (the counterpart of
 * CPython's {@code .pyc} body, not its format): a header naming the Taipan build, the source
 * file and its size and modification time, then the code object tree with its constants.
 * Reading a file back is several times cheaper than parsing and compiling the source in a cold
 * JVM, which is what a program's start-up pays for every module it imports.
 */
final class CodeFile {
    private static final int MAGIC = 0x54504332; // "TPC2"

    private static final byte NONE = 0, TRUE = 1, FALSE = 2, LONG = 3, INTEGER = 4, BIGINT = 5, DOUBLE = 6,
            ELLIPSIS = 7, IMAGINARY = 8, STRING = 9, CODEPOINTS = 10, BYTES = 11, TUPLE = 12, FROZENSET = 13,
            CODE = 14, NULL = 15;

    private CodeFile() {}

    /** What a cache file must match to be used. */
    record Key(String build, String filename, long size, long mtimeNanos) {}

    /** The bytes of a cache file for {@code code}, compiled from the source that {@code key} describes. */
    static byte[] write(Key key, CodeObject code) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        writeString(out, key.build());
        writeString(out, key.filename());
        out.writeLong(key.size());
        out.writeLong(key.mtimeNanos());
        writeCode(out, code);
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * The code in a cache file's bytes, or null when the file is not for {@code key} (another
     * build, another source or an older version of it) or is damaged.
     */
    static CodeObject read(byte[] data, Key key) {
        try {
            ByteBuffer in = ByteBuffer.wrap(data);
            if (in.getInt() != MAGIC || !key.build().equals(readString(in)) || !key.filename().equals(readString(in))
                    || in.getLong() != key.size() || in.getLong() != key.mtimeNanos()) {
                return null;
            }
            CodeObject code = readCode(in);
            return in.hasRemaining() ? null : code;
        } catch (RuntimeException e) {
            // a truncated or foreign file: compile instead
            return null;
        }
    }

    private static void writeCode(DataOutputStream out, CodeObject c) throws IOException {
        writeString(out, c.name);
        writeString(out, c.qualname);
        writeString(out, c.filename);
        out.writeInt(c.firstlineno);
        out.writeInt(c.argcount);
        out.writeInt(c.posonlyargcount);
        out.writeInt(c.kwonlyargcount);
        out.writeInt(c.flags);
        out.writeInt(c.stacksize);
        writeStrings(out, c.varnames);
        writeStrings(out, c.cellvars);
        writeStrings(out, c.freevars);
        writeStrings(out, c.names);
        out.writeInt(c.consts.length);
        for (Object k : c.consts) {
            writeConstant(out, k);
        }
        writeStrings(out, c.localsplusNames);
        out.writeInt(c.localsplusKinds.length);
        out.write(c.localsplusKinds);
        writeInts(out, c.code);
        out.writeInt(c.exceptionTable.length);
        for (CodeObject.ExceptionTableEntry e : c.exceptionTable) {
            out.writeInt(e.start());
            out.writeInt(e.end());
            out.writeInt(e.target());
            out.writeInt(e.depth());
            out.writeBoolean(e.lasti());
        }
        writeInts(out, c.lines);
        writeInts(out, c.endLines);
        writeInts(out, c.cols);
        writeInts(out, c.endCols);
    }

    private static CodeObject readCode(ByteBuffer in) {
        String name = readString(in);
        String qualname = readString(in);
        String filename = readString(in);
        int firstlineno = in.getInt();
        int argcount = in.getInt();
        int posonly = in.getInt();
        int kwonly = in.getInt();
        int flags = in.getInt();
        int stacksize = in.getInt();
        String[] varnames = readStrings(in);
        String[] cellvars = readStrings(in);
        String[] freevars = readStrings(in);
        String[] names = readStrings(in);
        Object[] consts = new Object[in.getInt()];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = readConstant(in);
        }
        String[] localsplusNames = readStrings(in);
        byte[] kinds = new byte[in.getInt()];
        in.get(kinds);
        int[] code = readInts(in);
        CodeObject.ExceptionTableEntry[] table = new CodeObject.ExceptionTableEntry[in.getInt()];
        for (int i = 0; i < table.length; i++) {
            table[i] = new CodeObject.ExceptionTableEntry(in.getInt(), in.getInt(), in.getInt(), in.getInt(), in.get() != 0);
        }
        return new CodeObject(name, qualname, filename, firstlineno, argcount, posonly, kwonly, flags, stacksize,
                varnames, cellvars, freevars, names, consts, localsplusNames, kinds, code, table, readInts(in),
                readInts(in), readInts(in), readInts(in));
    }

    private static void writeConstant(DataOutputStream out, Object k) throws IOException {
        switch (k) {
            case null -> out.writeByte(NULL);
            case ConstantValue.None n -> out.writeByte(NONE);
            case Boolean b -> out.writeByte(b ? TRUE : FALSE);
            case Long l -> {
                out.writeByte(LONG);
                out.writeLong(l);
            }
            case Integer i -> {
                out.writeByte(INTEGER);
                out.writeInt(i);
            }
            case BigInteger b -> {
                out.writeByte(BIGINT);
                byte[] mag = b.toByteArray();
                out.writeInt(mag.length);
                out.write(mag);
            }
            case Double d -> {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            }
            case ConstantValue.Ellipsis e -> out.writeByte(ELLIPSIS);
            case ConstantValue.Imaginary im -> {
                out.writeByte(IMAGINARY);
                out.writeDouble(im.imag());
            }
            case String s -> {
                out.writeByte(STRING);
                writeString(out, s);
            }
            case ConstantValue.Str s -> {
                out.writeByte(CODEPOINTS);
                writeInts(out, s.codePoints());
            }
            case ConstantValue.Bytes b -> {
                out.writeByte(BYTES);
                out.writeInt(b.bytes().length);
                out.write(b.bytes());
            }
            case CodeObject.ConstTuple t -> {
                out.writeByte(TUPLE);
                writeConstants(out, t.items());
            }
            case CodeObject.ConstFrozenset f -> {
                out.writeByte(FROZENSET);
                writeConstants(out, f.items());
            }
            case CodeObject c -> {
                out.writeByte(CODE);
                writeCode(out, c);
            }
            default -> throw new IOException("not a constant: " + k.getClass().getName());
        }
    }

    private static void writeConstants(DataOutputStream out, List<Object> items) throws IOException {
        out.writeInt(items.size());
        for (Object o : items) {
            writeConstant(out, o);
        }
    }

    private static Object readConstant(ByteBuffer in) {
        byte tag = in.get();
        return switch (tag) {
            case NULL -> null;
            case NONE -> ConstantValue.None.NONE;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case LONG -> in.getLong();
            case INTEGER -> in.getInt();
            case BIGINT -> {
                byte[] mag = new byte[in.getInt()];
                in.get(mag);
                yield new BigInteger(mag);
            }
            case DOUBLE -> in.getDouble();
            case ELLIPSIS -> ConstantValue.Ellipsis.ELLIPSIS;
            case IMAGINARY -> new ConstantValue.Imaginary(in.getDouble());
            case STRING -> readString(in);
            case CODEPOINTS -> new ConstantValue.Str(readInts(in));
            case BYTES -> {
                byte[] b = new byte[in.getInt()];
                in.get(b);
                yield new ConstantValue.Bytes(b);
            }
            case TUPLE -> new CodeObject.ConstTuple(readConstants(in));
            case FROZENSET -> new CodeObject.ConstFrozenset(readConstants(in));
            case CODE -> readCode(in);
            default -> throw new IllegalStateException("bad constant tag " + tag);
        };
    }

    private static List<Object> readConstants(ByteBuffer in) {
        int n = in.getInt();
        List<Object> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(readConstant(in));
        }
        return items;
    }

    /**
     * A string (or null): its length, then one byte per char when every char is below 256 (names,
     * file names, almost all docstrings; stored with the length as {@code -2 - length}), else its
     * UTF-16 units, so lone surrogates survive. Reading the one-byte form is one array copy: a
     * cold JVM's start-up reads thousands of these per imported module, in its bytecode
     * interpreter, and the UTF-16 form's char buffer view, byte swapping and compression were
     * hot enough there to be compiled by C2 during {@code import json}.
     */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        if (isLatin1(s)) {
            out.writeInt(-2 - s.length());
            out.writeBytes(s);
            return;
        }
        out.writeInt(s.length());
        out.writeChars(s);
    }

    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xff) {
                return false;
            }
        }
        return true;
    }

    private static String readString(ByteBuffer in) {
        int n = in.getInt();
        if (n == -1) {
            return null;
        }
        if (n < -1) {
            int length = -2 - n;
            int at = in.position();
            in.position(at + length);
            return new String(in.array(), in.arrayOffset() + at, length, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[n];
        in.asCharBuffer().get(chars);
        in.position(in.position() + 2 * chars.length);
        return new String(chars);
    }

    private static void writeStrings(DataOutputStream out, String[] strings) throws IOException {
        out.writeInt(strings.length);
        for (String s : strings) {
            writeString(out, s);
        }
    }

    private static String[] readStrings(ByteBuffer in) {
        String[] s = new String[in.getInt()];
        for (int i = 0; i < s.length; i++) {
            s[i] = readString(in);
        }
        return s;
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(ByteBuffer in) {
        int[] v = new int[in.getInt()];
        in.asIntBuffer().get(v);
        in.position(in.position() + 4 * v.length);
        return v;
    }
}
