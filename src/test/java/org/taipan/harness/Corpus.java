package org.taipan.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The differential test programs: every {@code tests/python/**}{@code /*.py} except helpers
 * (files or directories whose names start with {@code _}, which programs import, such as the
 * packages under {@code tests/python/imports/_pkg/}), in sorted order, and
 * {@code tests/python/known-failures.txt}.
 */
final class Corpus {
    static final String KNOWN_FAILURES = "known-failures.txt";

    private Corpus() {}

    /** The repository's root: Maven's {@code basedir}, else the working directory. */
    static Path projectRoot() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }

    /** {@code tests/python} of this checkout. */
    static Path root() {
        return projectRoot().resolve("tests").resolve("python");
    }

    /** All programs below {@link #root()}, sorted by relative path. */
    static List<PythonProgram> programs() {
        Path root = root();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".py"))
                    .filter(f -> !isHelper(root.relativize(f)))
                    .map(f -> new PythonProgram(relative(root, f), f))
                    .sorted((x, y) -> x.relativePath().compareTo(y.relativePath()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when a component of {@code relative} starts with {@code _}: a helper, not a program. */
    static boolean isHelper(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /**
     * {@code known-failures.txt}: lines {@code relative/path.py: reason}; blank lines and lines
     * starting with {@code #} are ignored.
     *
     * @return reason by relative path, in file order
     * @throws IllegalStateException for a line without a reason
     */
    static Map<String, String> knownFailures() {
        Path file = root().resolve(KNOWN_FAILURES);
        Map<String, String> reasons = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return reasons;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(".py:");
            if (colon < 0 || line.substring(colon + 4).isBlank()) {
                throw new IllegalStateException(KNOWN_FAILURES + " line " + (i + 1)
                        + ": expected 'relative/path.py: reason', got: " + line);
            }
            reasons.put(line.substring(0, colon + 3).strip(), line.substring(colon + 4).strip());
        }
        return reasons;
    }
}
