package org.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EntropyTest {
    @Test
    void bytesHaveTheLengthAskedFor() {
        assertEquals(0, Entropy.bytes(0).length);
        assertEquals(1, Entropy.bytes(1).length);
        assertEquals(100_000, Entropy.bytes(100_000).length);
    }

    @Test
    void twoDrawsDiffer() {
        // 32 random bytes equal by chance: 2^-256
        assertFalse(Arrays.equals(Entropy.bytes(32), Entropy.bytes(32)));
    }

    @Test
    void aDrawIsNotAllZero() {
        byte[] b = new byte[64];
        Entropy.fill(b);
        assertFalse(Arrays.equals(new byte[64], b));
    }
}
