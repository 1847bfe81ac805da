package org.taipan.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One differential test program, {@code tests/python/<area>/<name>.py}, with what CPython 3.11
 * did when it ran it: {@code <name>.out} (stdout, byte for byte) and, when the exit status was
 * not 0 or something went to stderr, {@code <name>.err} ({@code exit: N}, then stderr with the
 * program's directory written {@code {dir}}).
 *
 * @param relativePath the path below {@code tests/python}, with {@code /} separators: the
 *                     program's name in test reports and in {@code known-failures.txt}
 * @param file         the program's absolute path
 */
record PythonProgram(String relativePath, Path file) {
    private static final Pattern EXIT_LINE = Pattern.compile("exit: (-?\\d+)\n");

    /** The working directory CPython ran the program in. */
    Path directory() {
        return file.getParent();
    }

    /** The program's file name: CPython's {@code sys.argv[0]} when it was run. */
    String fileName() {
        return file.getFileName().toString();
    }

    /** What CPython did, read from the {@code .out} and {@code .err} files. */
    Outcome expected() {
        String base = fileName().substring(0, fileName().length() - ".py".length());
        Path out = directory().resolve(base + ".out");
        Path err = directory().resolve(base + ".err");
        try {
            if (!Files.exists(out)) {
                throw new IllegalStateException(relativePath + " has no expected output " + out.getFileName()
                        + "; generate it with tools/regen-expected");
            }
            byte[] stdout = Files.readAllBytes(out);
            if (!Files.exists(err)) {
                return new Outcome(0, stdout, "");
            }
            String text = Files.readString(err, StandardCharsets.UTF_8);
            Matcher m = EXIT_LINE.matcher(text);
            if (!m.lookingAt()) {
                throw new IllegalStateException(err + " does not start with a line 'exit: N'");
            }
            return new Outcome(Integer.parseInt(m.group(1)), stdout, text.substring(m.end()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
