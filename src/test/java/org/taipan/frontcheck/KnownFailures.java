package org.taipan.frontcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A known-failures list: lines {@code name: one-line reason}, {@code #} comments and blank lines
 * ignored. A listed name that fails is skipped; a listed name that passes must be removed.
 */
final class KnownFailures {
    private final Path file;
    private final Map<String, String> reasons;
    private final String header;

    private KnownFailures(Path file, Map<String, String> reasons, String header) {
        this.file = file;
        this.reasons = reasons;
        this.header = header;
    }

    /** The list's leading comment lines (with their newlines): kept when a new list is suggested. */
    String header() {
        return header;
    }

    static KnownFailures load(Path file) {
        Map<String, String> reasons = new TreeMap<>();
        StringBuilder header = new StringBuilder();
        if (Files.exists(file)) {
            try {
                boolean leading = true;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String t = line.strip();
                    leading &= t.startsWith("#");
                    if (leading) {
                        header.append(line).append('\n');
                    }
                    if (t.isEmpty() || t.startsWith("#")) {
                        continue;
                    }
                    int colon = t.indexOf(": ");
                    if (colon < 0) {
                        reasons.put(t, "");
                    } else {
                        reasons.put(t.substring(0, colon), t.substring(colon + 2));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new KnownFailures(file, reasons, header.toString());
    }

    boolean contains(String name) {
        return reasons.containsKey(name);
    }

    String reason(String name) {
        return reasons.get(name);
    }

    Collection<String> names() {
        return reasons.keySet();
    }

    Path file() {
        return file;
    }

    /** Writes {@code entries} (name to reason) as a list a maintainer can copy over {@link #file()}. */
    static Path writeSuggestion(String fileName, String header, Map<String, String> entries) {
        Path out = Path.of("target", "frontcheck", fileName);
        StringBuilder sb = new StringBuilder(header);
        entries.forEach((k, v) -> sb.append(k).append(": ").append(v.replace('\n', ' ')).append('\n'));
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toAbsolutePath();
    }
}
