package org.taipan.imports;

import java.io.IOException;
import java.util.Arrays;

import org.taipan.code.CodeObject;
import org.taipan.code.Opcode;

/**
 * Code objects as bytes for {@code marshal} ({@link CodeFile}'s form of the code tree, under a
 * header that names the instruction set): CPython's marshalled code is CPython bytecode, which
 * Taipan cannot run, so Taipan's marshal writes its own code record, readable by a Taipan whose
 * {@link Opcode} table is the same.
 */
public final class CodeRecords {
    private CodeRecords() {}

    /** Names the instruction set: a record written under another one is refused. */
    private static final CodeFile.Key KEY = new CodeFile.Key(
            "opcodes:" + Arrays.hashCode(Arrays.stream(Opcode.values()).map(Enum::name).toArray()), "", 0, 0);

    /** The record of {@code code}. */
    public static byte[] toBytes(CodeObject code) {
        try {
            return CodeFile.write(KEY, code);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The code of a record, or null when it is damaged or from another instruction set. */
    public static CodeObject fromBytes(byte[] data) {
        return CodeFile.read(data, KEY);
    }
}
