package org.taipan.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** {@link Op}'s int constants are exactly {@link Opcode}'s ordinals: one definition of the instruction set. */
class OpTest {
    @Test
    void everyOpcodeHasItsConstant() throws ReflectiveOperationException {
        for (Opcode op : Opcode.values()) {
            Field f = Op.class.getField(op.name());
            assertEquals(op.ordinal(), f.getInt(null), op.name());
        }
    }

    @Test
    void everyConstantNamesAnOpcode() {
        int n = 0;
        for (Field f : Op.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                Opcode.valueOf(f.getName());
                n++;
            }
        }
        assertEquals(Opcode.values().length, n);
    }

    @Test
    void specializedFormsKeepTheirGenericEncoding() {
        assertEquals(Opcode.BINARY_OP, Opcode.BINARY_OP_INT.generic());
        assertEquals(Opcode.LOAD_GLOBAL, Opcode.LOAD_GLOBAL_BUILTIN.generic());
        assertEquals(Opcode.LOAD_GLOBAL.stackEffect(3, false), Opcode.LOAD_GLOBAL_MODULE.stackEffect(3, false));
        assertEquals(Opcode.FOR_ITER.stackEffect(0, true), Opcode.FOR_ITER_RANGE.stackEffect(0, true));
        assertTrue(Opcode.FOR_ITER_SEQ.hasJump());
        assertTrue(Opcode.UNPACK_SEQUENCE_TUPLE.isSpecialized());
        assertFalse(Opcode.UNPACK_SEQUENCE.isSpecialized());
        assertEquals(Opcode.NOP, Opcode.NOP.generic());
    }
}
