package org.taipan.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.taipan.interp.Eval;
import org.taipan.parse.Mode;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.InterpreterOptions;
import org.taipan.runtime.PyCode;

/**
 * Tab completion's answers, as CPython 3.11's rlcompleter gives them for names and attributes
 * (checked with {@code rlcompleter.Completer(ns).complete(text, i)}), and module names after
 * {@code import} / {@code from}.
 */
class CompletionsTest {
    /** Runs {@code setup} in a fresh {@code __main__}, then {@code ask} with the interpreter and that namespace. */
    private static <T> T in(String setup, Function<NameCompletions, T> ask) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        Interpreter interp = new Interpreter(new InterpreterOptions(List.of(""), InputStream.nullInputStream(), sink, sink,
                Map.of(), 0, List.of()));
        Object[] result = {null};
        interp.runMainSession("<stdin>", (ts, main) -> {
            Eval.runModule(ts, new PyCode(interp.compile(setup, "<stdin>", Mode.EXEC)), main.dict(), interp.builtins());
            result[0] = ask.apply(new NameCompletions(interp, main.dict()));
            return 0;
        });
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    @Test
    void keywordsGetTheirSpaceOrColonAndCallablesAParenthesis() {
        assertEquals(List.of("if ", "import ", "in ", "is "), in("", c -> c.complete("i").subList(0, 4)));
        assertEquals(List.of("try:", "True", "type("), in("", c -> c.complete("T").isEmpty() ? List.of() : List.of(
                c.complete("tr").get(0), c.complete("Tr").get(0), c.complete("typ").get(0))));
        assertEquals("pass", in("", c -> c.complete("p").get(0)));
        assertTrue(in("", c -> c.complete("p")).contains("print("));
        assertEquals(List.of("nullary()", "unary("), in("def nullary(): pass\ndef unary(x): pass",
                c -> List.of(c.complete("nul").get(0), c.complete("una").get(0))));
    }

    @Test
    void globalsComeBeforeBuiltins() {
        assertEquals(List.of("lenient", "len("), in("lenient = 1", c -> c.complete("len")));
    }

    @Test
    void attributesOfADottedNameWithoutPrivateNamesUnlessAskedFor() {
        String setup = """
                class C:
                    def method(self): pass
                    @property
                    def prop(self): raise RuntimeError('never run')
                    _hidden = 1
                o = C()
                o.value = 3
                """;
        assertEquals(List.of("o.method()", "o.prop", "o.value"), in(setup, c -> c.complete("o.")));
        assertEquals(List.of("o._hidden"), in(setup, c -> c.complete("o._h")));
        assertTrue(in(setup, c -> c.complete("o.__")).contains("o.__class__("));
        assertEquals(List.of(), in(setup, c -> c.complete("o.method().x")));
        assertEquals(List.of(), in(setup, c -> c.complete("undefined.x")));
    }

    @Test
    void moduleNamesAfterImport() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        Interpreter interp = new Interpreter(new InterpreterOptions(List.of(""), InputStream.nullInputStream(), sink, sink,
                Map.of(), 0, List.of()));
        Object[] result = new Object[3];
        interp.runMainSession("<stdin>", (ts, main) -> {
            ModuleCompletions modules = new ModuleCompletions(interp);
            result[0] = modules.complete("os.pa");
            result[1] = modules.complete("ite");
            result[2] = modules.namesIn("os.path", "joi");
            return 0;
        });
        assertEquals(List.of("os.path"), result[0]);
        assertEquals(List.of("itertools"), result[1]);
        assertEquals(List.of("join"), result[2]);
    }
}
