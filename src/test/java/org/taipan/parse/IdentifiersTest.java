package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Identifier and printable classes against CPython 3.11's {@code str.isidentifier()} / {@code isprintable()}. */
class IdentifiersTest {
    @Test
    void identifierStart() {
        for (int c : new int[] {'a', 'Z', 0xE9, 0x3C0, 0x2118, 0x210C, 0x4E00, 0xAC00, 0x1D400}) {
            assertTrue(Identifiers.isXidStart(c), Integer.toHexString(c));
        }
        for (int c : new int[] {'1', '_', 0x20AC, 0xB7, 0x2E2F, 0x037A, 0x309B, 0xFF9E, 0x0E33, 0xBF, 0x200B}) {
            assertFalse(Identifiers.isXidStart(c), Integer.toHexString(c));
        }
    }

    @Test
    void identifierContinue() {
        for (int c : new int[] {'1', '_', 0xB7, 0x0E33, 0xFF9E, 0x0301, 0xE0100}) {
            assertTrue(Identifiers.isXidContinue(c), Integer.toHexString(c));
        }
        // U+200B and U+00AD are ignorable in Java, not identifier characters in Python
        for (int c : new int[] {0x20AC, 0x200B, 0xAD, 0x2E2F, 0x30FB, 0xFF65, 0x037A}) {
            assertFalse(Identifiers.isXidContinue(c), Integer.toHexString(c));
        }
    }

    @Test
    void printable() {
        assertTrue(Identifiers.isPrintable(' '));
        assertTrue(Identifiers.isPrintable(0x20AC));
        for (int c : new int[] {0xA0, 0x200B, 0x2028, 0x7F, 0xE000, 0xD800, '\t'}) {
            assertFalse(Identifiers.isPrintable(c), Integer.toHexString(c));
        }
    }
}
