package org.taipan.jit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taipan.code.CodeObject;
import org.taipan.code.Op;
import org.taipan.compile.Compiler;
import org.taipan.parse.Mode;
import org.taipan.parse.Parser;
import org.taipan.runtime.PyCode;

/**
 * Which loops of inlined callees a recording may unroll ({@link Jit#calleeLoopsUnrollable(PyCode,
 * int, PyCode)}): a refusal because one loop's trace got too long or too big with a callee unrolled
 * holds for that loop only; a refusal because the callee's loop ran long holds everywhere.
 */
class CalleeLoopRefusalTest {
    private static final String SOURCE = """
            def scan(xs, x):
                for y in xs:
                    if y == x:
                        return True
                return False
            def big(n):
                for i in range(n):
                    scan([1, 2], i)
            def small(n):
                for i in range(n):
                    scan([1], i)
            """;

    private static Map<String, PyCode> codes() {
        CodeObject module = Compiler.compile(Parser.parse(SOURCE, "prog.py", Mode.EXEC), "prog.py", Mode.EXEC, 0);
        Map<String, PyCode> out = new HashMap<>();
        for (Object c : module.consts) {
            if (c instanceof CodeObject co) {
                out.put(co.name, new PyCode(co));
            }
        }
        return out;
    }

    /** The header of the (only) loop of {@code code}. */
    private static int header(PyCode code) {
        for (int w : code.instrs) {
            if ((w & 0xFF) == Op.JUMP_BACKWARD) {
                return w >>> 8;
            }
        }
        throw new AssertionError("no loop");
    }

    @Test
    void aLoopWhoseTraceWasTooBigWithACalleeUnrolledRefusesItForItselfOnly() {
        Map<String, PyCode> c = codes();
        PyCode scan = c.get("scan"), big = c.get("big"), small = c.get("small");
        Jit jit = new Jit(JitListener.NONE, 1000, null);
        assertTrue(jit.calleeLoopsUnrollable(big, header(big), scan));
        jit.refuseUnrollIn(big, header(big), scan);
        assertFalse(jit.calleeLoopsUnrollable(big, header(big), scan));
        assertTrue(jit.calleeLoopsUnrollable(small, header(small), scan));
    }

    @Test
    void aCalleeWhoseLoopRanTooLongIsRefusedEverywhere() {
        Map<String, PyCode> c = codes();
        PyCode scan = c.get("scan"), big = c.get("big"), small = c.get("small");
        Jit jit = new Jit(JitListener.NONE, 1000, null);
        jit.refuseUnrollAll(scan);
        assertFalse(jit.calleeLoopsUnrollable(big, header(big), scan));
        assertFalse(jit.calleeLoopsUnrollable(small, header(small), scan));
    }
}
