package org.taipan.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.code.CodeObject;
import org.taipan.compile.Compiler;
import org.taipan.embed.PythonInterpreter;
import org.taipan.parse.Mode;
import org.taipan.parse.Parser;
import org.taipan.runtime.PyCode;

/**
 * Function-entry traces ({@link FunctionEntries}) end to end through the real JIT and its log:
 * which code may have one, a hot function traced from its entry and run through it afterwards,
 * recursion through the traced function called rather than inlined, a function whose calls take
 * several paths given up, short functions not compiled, and {@code -X jit-entry=off}.
 */
class FunctionEntriesTest {
    private static final String SHAPES = """
            def plain(a, b):
                return a * b + a
            def looping(n):
                for i in range(n):
                    pass
            def gen(n):
                yield n
            async def coro():
                return 1
            """;

    private static Map<String, PyCode> codes(String source) {
        CodeObject module = Compiler.compile(Parser.parse(source, "prog.py", Mode.EXEC), "prog.py", Mode.EXEC, 0);
        Map<String, PyCode> out = new HashMap<>();
        out.put("<module>", new PyCode(module));
        for (Object c : module.consts) {
            if (c instanceof CodeObject co) {
                out.put(co.name, new PyCode(co));
            }
        }
        return out;
    }

    @Test
    void onlyFunctionsWithoutLoopsThatAreNotGeneratorsMayHaveOne() {
        Map<String, PyCode> c = codes(SHAPES);
        assertTrue(FunctionEntries.eligible(c.get("plain")));
        assertFalse(FunctionEntries.eligible(c.get("looping")));
        assertFalse(FunctionEntries.eligible(c.get("gen")));
        assertFalse(FunctionEntries.eligible(c.get("coro")));
        assertFalse(FunctionEntries.eligible(c.get("<module>")));
    }

    private static String run(Path dir, String entry, String program, String expectedOut) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Path log = dir.resolve("jit.log");
        try (PythonInterpreter py = PythonInterpreter.builder().stdout(out).stderr(err).jit("on").jitThreshold(50)
                .xOption("jit-entry", entry).jitLog(log.toString()).build()) {
            py.exec(program);
        }
        assertEquals(expectedOut, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    /** Calls come from a recursive walk, never from a loop (whose trace would inline them). */
    private static final String VECTORS = """
            import sys
            sys.setrecursionlimit(3000)
            class V:
                def __init__(self, x, y):
                    self.x = x
                    self.y = y
                def add(self, o):
                    return V(self.x + o.x, self.y + o.y)
            def step(n):
                v = V(n, 1).add(V(1, n)).add(V(2, 2))
                return v.x * v.y - v.x
            def walk(n):
                if n == 0:
                    return 0
                return step(n) + walk(n - 1)
            print(walk(2000))
            """;

    @Test
    void aHotFunctionIsTracedFromItsEntryAndRunThroughIt(@TempDir Path dir) throws Exception {
        String log = run(dir, "on", VECTORS, "2678684000\n");
        assertTrue(log.contains("] function entry at <string>:9 in step (from ip 0 to the return at ip "), log);
        // the trace is entered on the calls after the recording, and leaves at no exit
        assertTrue(Pattern.compile("trace \\d+ \\(function entry at <string>:9 in step\\): 1,9\\d\\d entries, 0 iterations \\(0 per entry\\), 0 exits")
                .matcher(log).find(), log);
    }

    @Test
    void recursionThroughTheTracedFunctionIsACallNotACopy(@TempDir Path dir) throws Exception {
        String log = run(dir, "on", """
                def fib(n):
                    if n < 2:
                        return n
                    a = fib(n - 1)
                    b = fib(n - 2)
                    return a + b + 0 * (n * n + n * 3 - n)
                print(fib(18))
                """, "2584\n");
        // one trace of fib and none of its recursive calls inlined into it (a copy per level would abort as too long)
        assertTrue(log.contains("] function entry at <string>:1 in fib"), log);
        assertFalse(log.contains("too long"), log);
    }

    @Test
    void aFunctionWhoseCallsTakeSeveralPathsIsGivenUp(@TempDir Path dir) throws Exception {
        String log = run(dir, "on", """
                import sys
                sys.setrecursionlimit(3000)
                def kind(v):
                    if isinstance(v, int):
                        r = v * 3 + 1
                        return r * r - v
                    if isinstance(v, str):
                        r = len(v) * 2 + 1
                        return r * r + len(v)
                    r = len(v) + 5
                    return r * r * r
                def walk(n):
                    if n == 0:
                        return 0
                    return kind(n if n % 3 == 0 else str(n) if n % 3 == 1 else [n]) % 7 + walk(n - 1)
                print(walk(2000))
                """, "8091\n");
        assertTrue(log.contains("(function entry at <string>:3 in kind): function entry left at an exit on"), log);
        // recorded once: given up, not recorded again
        assertEquals(1, count(log, "[record] function entry at <string>:3 in kind"), log);
    }

    @Test
    void aShortFunctionIsNotCompiled(@TempDir Path dir) throws Exception {
        String log = run(dir, "on", """
                class P:
                    def __init__(self, x):
                        self.x = x
                    def get(self):
                        return self.x
                def walk(p, n):
                    if n == 0:
                        return 0
                    return p.get() + walk(p, n - 1)
                print(walk(P(2), 500))
                """, "1000\n");
        assertTrue(log.contains("[abort] function entry at <string>:4 in P.get: function entry: too short to pay"), log);
        assertFalse(log.contains("] function entry at <string>:4 in P.get (from ip"), log);
    }

    @Test
    void aFunctionCallingCodeItDoesNotInlineIsNotCompiled(@TempDir Path dir) throws Exception {
        String log = run(dir, "on", """
                import sys
                sys.setrecursionlimit(3000)
                def total(xs):
                    s = 0
                    for x in xs:
                        s += x
                    return s
                def score(n):
                    a = n * 3 + 1
                    b = a * a - n
                    c = total((a, b, n))
                    return (a + b + c) % 1000
                def walk(n):
                    if n == 0:
                        return 0
                    return score(n) + walk(n - 1)
                print(walk(2000))
                """, "991000\n");
        // score's recording calls total (a function with a loop) residually: no trace of score
        assertTrue(log.contains("[abort] function entry at <string>:8 in score: function entry: calls code it does not inline"), log);
        assertFalse(log.contains("] function entry at <string>:8 in score (from ip"), log);
    }

    @Test
    void jitEntryOffTracesLoopsOnly(@TempDir Path dir) throws Exception {
        String log = run(dir, "off", VECTORS, "2678684000\n");
        assertFalse(log.contains("function entry"), log);
    }
}
