package org.taipan.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OpcodeTest {
    @Test
    void fitsInEightBits() {
        assertTrue(Opcode.values().length <= 256);
    }

    @Test
    void encodeRoundTrips() {
        int w = Opcode.encode(Opcode.LOAD_CONST, 0xABCDE);
        assertEquals(Opcode.LOAD_CONST, Opcode.of(Opcode.opcodeOf(w)));
        assertEquals(0xABCDE, Opcode.opargOf(w));
        int max = Opcode.encode(Opcode.CALL, 0xFFFFFF);
        assertEquals(0xFFFFFF, Opcode.opargOf(max));
    }

    @Test
    void stackEffectsMatchCPython() {
        assertEquals(-3, Opcode.CALL.stackEffect(2, false));
        assertEquals(2, Opcode.LOAD_GLOBAL.stackEffect(3, false));
        assertEquals(-1, Opcode.FOR_ITER.stackEffect(0, true));
        assertEquals(1, Opcode.FOR_ITER.stackEffect(0, false));
        assertEquals(-2, Opcode.MAKE_FUNCTION.stackEffect(0x09, false));
        assertEquals(3, Opcode.UNPACK_EX.stackEffect(1 | (2 << 8), false));
    }

    @Test
    void binaryOpOrderIsCPythons() {
        assertEquals(13, Opcode.BinaryOp.INPLACE_ADD.ordinal());
        assertEquals(Opcode.BinaryOp.SUBTRACT, Opcode.BinaryOp.INPLACE_SUBTRACT.plain());
        assertEquals(8, Opcode.BinaryOp.POWER.ordinal());
    }
}
