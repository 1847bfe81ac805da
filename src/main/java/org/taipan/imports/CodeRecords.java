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

    /** A fingerprint of the instruction set (its opcode names in order). */
    private static final int INSTRUCTION_SET = Arrays.hashCode(Arrays.stream(Opcode.values()).map(Enum::name).toArray());

    /** Names the instruction set: a record written under another one is refused. */
    private static final CodeFile.Key KEY = new CodeFile.Key("opcodes:" + INSTRUCTION_SET, "", 0, 0);

    /**
     * {@code sys.implementation.cache_tag}: {@code "taipan-311-"} and eight hex digits naming the
     * instruction set, so that importlib's Python loaders read a {@code .pyc} only when this build
     * can run it (importlib's magic number, Taipan's own in {@link PycMagic}, cannot tell Taipan
     * builds apart: a file another instruction set wrote would fail the import in marshal instead
     * of being recompiled).
     */
    public static String cacheTag() {
        return String.format("taipan-311-%08x", INSTRUCTION_SET);
    }

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
