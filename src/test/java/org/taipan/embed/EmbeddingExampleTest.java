package org.taipan.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding example project ({@code examples/embedding}) built and run as its README says, but
 * against this build's classes (the installed jar does not exist yet when tests run): its sources
 * are compiled with the JDK's compiler and run in a child JVM, and its output must be
 * {@code examples/embedding/expected-output.txt}. Also the JVM without native access: Taipan's
 * C-library features fail with a Python error naming the flag, not a Java crash.
 */
class EmbeddingExampleTest {
    private static final Path EXAMPLE = Path.of("examples", "embedding");

    /** Where Taipan's own classes are (target/classes under Maven). */
    private static String taipanClasses() throws Exception {
        return Path.of(PythonInterpreter.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void exampleProjectBuildsAndRuns(@TempDir Path out) throws Exception {
        List<String> sources;
        try (Stream<Path> s = Files.walk(EXAMPLE.resolve("src/main/java"))) {
            sources = s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        assertTrue(!sources.isEmpty(), "no example sources under " + EXAMPLE.toAbsolutePath());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("--release", "25", "-encoding", "UTF-8",
                "-cp", taipanClasses(), "-d", out.toString()));
        args.addAll(sources);
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "the example does not compile");
        Result r = run(List.of(java(), "--enable-native-access=ALL-UNNAMED",
                "-cp", taipanClasses() + File.pathSeparator + out, "example.Main"));
        assertEquals("", r.err, "stderr of the example");
        assertEquals(0, r.status);
        assertEquals(Files.readString(EXAMPLE.resolve("expected-output.txt"), StandardCharsets.UTF_8), r.out);
    }

    @Test
    void withoutNativeAccessTheFailuresArePythonErrors() throws Exception {
        String testClasses = Path.of(NativeAccessProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        Result r = run(List.of(java(), "--illegal-native-access=deny",
                "-cp", taipanClasses() + File.pathSeparator + testClasses, NativeAccessProbe.class.getName()));
        assertEquals(0, r.status, r.err);
        String hint = "needs the C library, which this JVM does not let Taipan call"
                + " (start it with --enable-native-access=ALL-UNNAMED)";
        assertEquals("1 + 1 -> 2\n"
                + "__import__('socket').socket() -> OSError: socket.socket() " + hint + "\n"
                + "__import__('subprocess').run(['true']) -> OSError: starting a child process (posix_spawn) " + hint + "\n"
                + "__import__('os').system('true') -> OSError: os.system() " + hint + "\n", r.out);
    }

    private record Result(int status, String out, String err) {}

    private static Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path err = Files.createTempFile("embed-example", ".err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        byte[] stdout = p.getInputStream().readAllBytes();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child JVM did not finish: " + command);
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        return new Result(p.exitValue(), new String(stdout, StandardCharsets.UTF_8), stderr);
    }
}
