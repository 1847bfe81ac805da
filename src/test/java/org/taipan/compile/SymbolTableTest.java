package org.taipan.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.ast.Mod;
import org.taipan.parse.Mode;
import org.taipan.parse.Parser;
import org.taipan.parse.SyntaxErrorException;

/**
 * Compares our symbol tables with CPython's, program by program: each
 * {@code src/test/resources/symtable/*.py} is parsed by CPython ({@code tools/pyast_export.py}),
 * read into our AST, analysed, and printed in the canonical form of
 * {@code tools/symtable_dump.py}, which prints CPython's own tables ({@code _symtable}).
 * Raw flag words are compared, so every fact and scope must agree. The same comparison runs on
 * 300 random programs from {@code tools/scope_fuzz.py}.
 */
class SymbolTableTest {
    static final Path PROGRAMS = Path.of("src/test/resources/symtable");

    @TestFactory
    Stream<DynamicTest> matchesCPython() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(PROGRAMS)) {
            files = list.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return compareWithCPython(files);
    }

    /** The same programs through our own parser: the front end end to end. */
    @TestFactory
    Stream<DynamicTest> matchesCPythonThroughOurParser() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(PROGRAMS)) {
            files = list.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        Map<String, String> expected = split(python("tools/symtable_dump.py", files));
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String source = Files.readString(file);
            String got;
            try {
                got = dump(Parser.parse(source, file.toString(), Mode.EXEC), file.toString(), source);
            } catch (SyntaxErrorException e) {
                got = "SyntaxError: " + e.msg + " @" + e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset;
            }
            assertEquals(expected.get(file.toString()), got, file.toString());
        }));
    }

    /** Random scoping-heavy programs from {@code tools/scope_fuzz.py} (fixed seed, so reproducible). */
    @TestFactory
    Stream<DynamicTest> matchesCPythonOnRandomPrograms(@TempDir Path dir) throws Exception {
        python(List.of("tools/scope_fuzz.py", "300", "7", dir.toString()));
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().toList();
        }
        return compareWithCPython(files);
    }

    private static Stream<DynamicTest> compareWithCPython(List<Path> files) throws Exception {
        // One CPython process per tool for all programs: process start-up dominates otherwise.
        Map<String, String> expected = split(python("tools/symtable_dump.py", files));
        Map<String, String> asts = split(python("tools/pyast_export.py", files));
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Mod mod = PyAstReader.read(asts.get(file.toString()));
            String source = Files.readString(file);
            assertEquals(expected.get(file.toString()), dump(mod, file.toString(), source), file.toString());
        }));
    }

    /** Splits multi-file tool output at its {@code === FILE} lines. */
    private static Map<String, String> split(String output) {
        Map<String, String> out = new LinkedHashMap<>();
        String current = null;
        StringBuilder sb = new StringBuilder();
        for (String line : output.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (current != null) {
                    out.put(current, sb.toString().stripTrailing());
                }
                current = line.substring(4);
                sb.setLength(0);
            } else {
                sb.append(line).append('\n');
            }
        }
        if (current != null) {
            out.put(current, sb.toString().stripTrailing());
        }
        return out;
    }

    /** Our tables (or our SyntaxError) in {@code tools/symtable_dump.py}'s form. */
    static String dump(Mod mod, String filename, String source) {
        try {
            SymbolTable st = SymbolTable.build(mod, filename, source);
            List<String> out = new ArrayList<>();
            dump(st.top(), 0, out);
            return String.join("\n", out);
        } catch (SyntaxErrorException e) {
            return "SyntaxError: " + e.msg + " @" + e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset;
        }
    }

    private static void dump(SymbolTableEntry ste, int depth, List<String> out) {
        String ind = "  ".repeat(depth);
        out.add(ind + ste.type().code + " " + ste.name() + " line=" + ste.lineno() + " nested=" + (ste.isNested() ? 1 : 0));
        out.add((ind + "  params: " + String.join(" ", ste.parameterNames())).stripTrailing());
        List<Map.Entry<String, Symbol>> syms = new ArrayList<>(ste.symbols().entrySet());
        syms.sort((a, b) -> SymbolTableEntry.compareCodePoints(a.getKey(), b.getKey()));
        for (Map.Entry<String, Symbol> s : syms) {
            out.add(ind + "  " + s.getKey() + " " + s.getValue().rawFlags());
        }
        for (SymbolTableEntry c : ste.children()) {
            dump(c, depth + 1, out);
        }
    }

    static String python(String script, Path file) throws IOException, InterruptedException {
        return python(script, List.of(file));
    }

    static String python(String script, List<Path> files) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(script));
        files.forEach(f -> args.add(f.toString()));
        return python(args);
    }

    static String python(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3"));
        cmd.addAll(args);
        Process p;
        try {
            // stderr apart: CPython's SyntaxWarnings must not mix into the output.
            p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 (CPython 3.11) is needed to compare with");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.stripTrailing();
    }
}
