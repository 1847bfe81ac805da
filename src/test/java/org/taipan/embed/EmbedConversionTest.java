package org.taipan.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Values both ways through {@link PythonInterpreter} and {@link Conversions}: the copy policy of the embedding API. */
class EmbedConversionTest {
    private static PythonInterpreter py;

    @BeforeAll
    static void start() {
        py = PythonInterpreter.create();
    }

    @AfterAll
    static void stop() {
        py.close();
    }

    @Test
    void scalarsFromPython() {
        assertEquals(42L, py.eval("6 * 7"));
        assertEquals(new BigInteger("340282366920938463463374607431768211456"), py.eval("2 ** 128"));
        assertEquals(Long.MIN_VALUE, py.eval("-2 ** 63"));
        assertEquals(new BigInteger("9223372036854775808"), py.eval("2 ** 63"));
        assertEquals(0.1 + 0.2, py.eval("0.1 + 0.2"));
        assertEquals(true, py.eval("1 < 2"));
        assertEquals("h\u00e9llo \ud83d\ude00", py.eval("'h\\xe9llo \\U0001F600'"));
        assertArrayEquals(new byte[] {0, (byte) 255, 65}, (byte[]) py.eval("b'\\x00\\xffA'"));
        assertNull(py.eval("None"));
    }

    @Test
    void scalarsToPython() {
        py.set("a", 5);
        py.set("b", (short) 6);
        py.set("c", (byte) 7);
        py.set("d", 8L);
        py.set("e", new BigInteger("123456789012345678901234567890"));
        py.set("f", 1.5f);
        py.set("g", 'x');
        py.set("h", new byte[] {1, 2});
        py.set("i", null);
        py.set("j", false);
        assertEquals("int int int int int float str bytes NoneType bool",
                py.eval("' '.join(type(v).__name__ for v in (a, b, c, d, e, f, g, h, i, j))"));
        assertEquals(new BigInteger("123456789012345678901234567891"), py.eval("e + 1"));
        assertEquals(26L, py.eval("a + b + c + d"));
    }

    @Test
    void nestedContainersFromPython() {
        Object v = py.eval("{'xs': [1, (2, 3.5), {'k': None}], 'b': b'z', (1, 2): {1, 2}}");
        Map<?, ?> m = assertInstanceOf(LinkedHashMap.class, v);
        assertEquals(List.of("xs", "b", List.of(1L, 2L)), new ArrayList<>(m.keySet()));
        List<?> xs = (List<?>) m.get("xs");
        assertEquals(1L, xs.get(0));
        assertEquals(List.of(2L, 3.5), xs.get(1));
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("k", null);
        assertEquals(inner, xs.get(2));
        assertEquals(Set.of(1L, 2L), m.get(List.of(1L, 2L)));
    }

    @Test
    void nestedContainersToPython() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("list", List.of(1, 2L, List.of("a")));
        m.put("map", Map.of("k", 2.5));
        m.put("array", new Object[] {true, null});
        m.put("ints", new int[] {3, 4});
        m.put("deque", new java.util.ArrayDeque<>(List.of('x', 'y')));
        py.set("m", m);
        assertEquals("{'list': [1, 2, ['a']], 'map': {'k': 2.5}, 'array': [True, None], 'ints': [3, 4], 'deque': ['x', 'y']}",
                py.eval("repr(m)"));
    }

    @Test
    void conversionCopies() {
        List<Object> javaList = new ArrayList<>(List.of(1, 2));
        py.set("copied", javaList);
        py.exec("copied.append(3)");
        assertEquals(List.of(1, 2), javaList);
        @SuppressWarnings("unchecked")
        List<Object> back = (List<Object>) py.get("copied");
        back.add(4L);
        assertEquals(3L, py.eval("len(copied)"));
    }

    @Test
    void cyclesAndSharingKeepOneJavaObject() {
        py.exec("cyc = [1]\ncyc.append(cyc)\nshared = [0]\npair = (shared, shared)");
        List<?> cyc = (List<?>) py.get("cyc");
        assertSame(cyc, cyc.get(1));
        List<?> pair = (List<?>) py.get("pair");
        assertSame(pair.get(0), pair.get(1));
    }

    @Test
    void otherObjectsAreHandles() {
        py.exec("class Point:\n    def __init__(self, x, y):\n        self.x, self.y = x, y\n"
                + "    def __repr__(self):\n        return f'Point({self.x}, {self.y})'\n"
                + "    def norm2(self, scale=1):\n        return (self.x ** 2 + self.y ** 2) * scale\n");
        PythonObject p = assertInstanceOf(PythonObject.class, py.eval("Point(3, 4)"));
        assertEquals("Point", p.typeName());
        assertEquals("Point(3, 4)", p.toString());
        assertEquals(3L, p.getAttrValue("x"));
        assertEquals(25L, p.callMethod("norm2"));
        assertEquals(50L, p.getAttr("norm2").call(List.of(), Map.of("scale", 2)));
        p.setAttr("x", 0);
        assertEquals(16L, p.callMethod("norm2"));
        py.set("again", p);
        assertEquals(true, py.eval("again is not None and again.y == 4"));
        assertEquals(p, py.getObject("again"));
        py.exec("class Bad:\n    def __str__(self):\n        raise ValueError('no')\n");
        assertEquals("<Bad object; str() raised ValueError: no>", py.evalObject("Bad()").toString());
    }

    @Test
    void handleAccessors() {
        assertEquals(7L, py.evalObject("7").asLong());
        assertEquals(new BigInteger("18446744073709551616"), py.evalObject("2**64").asBigInteger());
        assertEquals(2.0, py.evalObject("2").asDouble());
        assertEquals("s", py.evalObject("'s'").asString());
        assertEquals(List.of(1L), py.evalObject("(1,)").asList());
        assertEquals(Map.of("a", 1L), py.evalObject("{'a': 1}").asMap());
        assertTrue(py.evalObject("[0]").isTrue());
        assertThrows(ClassCastException.class, () -> py.evalObject("'s'").asLong());
        assertThrows(ClassCastException.class, () -> py.evalObject("2**64").asLong());
    }

    @Test
    void otherJavaObjectsPassAsViewsAndComeBackAsThemselves() {
        StringBuilder sb = new StringBuilder("ab");
        py.set("sb", sb);
        py.exec("sb.append('cd')\nsame = sb");
        assertEquals("abcd", sb.toString());
        assertSame(sb, py.get("same"));
        assertEquals(4L, py.eval("sb.length()"));
    }

    @Test
    void javaObjectsNeedTheJavaPermission() {
        try (PythonInterpreter sandboxed = PythonInterpreter.builder()
                .permissions(java.util.EnumSet.noneOf(org.taipan.runtime.Permission.class)).build()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> sandboxed.set("t", new StringBuilder()));
            assertTrue(e.getMessage().contains("java.lang.StringBuilder"), e.getMessage());
            sandboxed.set("copied", List.of(1, Map.of("k", "v")));
            assertEquals("[1, {'k': 'v'}]", sandboxed.eval("repr(copied)"));
        }
        assertThrows(IllegalArgumentException.class, () -> Conversions.toPython(new Object()));
    }
}
