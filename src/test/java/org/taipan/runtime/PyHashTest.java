package org.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The hash key derivation of {@code PYTHONHASHSEED} and the empty-input rule, as CPython 3.11. */
class PyHashTest {
    @Test
    void seedZeroGivesAnAllZeroKey() {
        assertArrayEquals(new byte[24], PyHash.secret("0"));
    }

    @Test
    void numericSeedUsesCPythonsLinearCongruentialBytes() {
        byte[] s = PyHash.secret("1");
        // x = 1 * 214013 + 2531011 = 2745024; byte (x >> 16) & 0xff = 0x29
        assertEquals((byte) 0x29, s[0]);
        assertArrayEquals(s, PyHash.secret("1"), "deterministic");
        assertNotEquals(s[0], PyHash.secret("2")[0]);
    }

    @Test
    void randomSeedsDiffer() {
        assertNotEquals(java.util.Arrays.toString(PyHash.secret(null)), java.util.Arrays.toString(PyHash.secret("random")));
    }

    @Test
    void emptyInputHashesToZero() {
        assertEquals(0, PyHash.str(PyStr.of("")));
        assertEquals(0, PyHash.bytes(new byte[0], 0, 0));
    }

    @Test
    void strHashIsTheHashOfItsLatin1Bytes() {
        // PEP 393: a string whose widest character is below 256 is hashed one byte per character.
        byte[] b = {'a', 'b', (byte) 0xe9};
        assertEquals(PyHash.bytes(b, 0, 3), PyHash.str(PyStr.of("ab\u00e9")));
        byte[] wide = {'a', 0, 0x00, 0x01};
        assertEquals(PyHash.bytes(wide, 0, 4), PyHash.str(PyStr.of("a\u0100")));
    }
    @Test
    void wordAtATimeStrHashMatchesTheBytesOfEveryLengthAndKind() {
        // The packed-word path for simple strings must give the byte-wise hash of the PEP 393 form.
        java.util.Random r = new java.util.Random(42);
        for (int n = 1; n <= 40; n++) {
            for (boolean wide : new boolean[] {false, true}) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    boolean narrow = !wide || i % 3 == 1; // narrow chars inside a wide string take two bytes too
                    sb.append(narrow ? (char) r.nextInt(256) : (char) (0x100 + r.nextInt(0xD800 - 0x100)));
                }
                String str = sb.toString();
                int kind = str.chars().max().getAsInt() < 0x100 ? 1 : 2;
                byte[] b = new byte[n * kind];
                for (int i = 0; i < n; i++) {
                    b[i * kind] = (byte) str.charAt(i);
                    if (kind == 2) {
                        b[i * 2 + 1] = (byte) (str.charAt(i) >>> 8);
                    }
                }
                assertEquals(PyHash.bytes(b, 0, b.length), PyHash.str(PyStr.of(str)), "length " + n + " wide " + wide);
            }
        }
    }
}
