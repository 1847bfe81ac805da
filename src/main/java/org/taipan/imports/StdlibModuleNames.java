package org.taipan.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.taipan.runtime.PySet;
import org.taipan.runtime.PyStr;

/**
 * {@code sys.stdlib_module_names} (CPython's {@code _PyImport_StdlibModuleNames}, generated into
 * {@code Python/stdlib_module_names.h}): the names of CPython 3.11's standard-library modules on
 * every platform, whether or not this installation has them. The list is the resource
 * {@code stdlib-module-names.txt}, written by {@code tools/gen-stdlib-module-names.py}.
 */
public final class StdlibModuleNames {
    private StdlibModuleNames() {}

    private static final class Names {
        static final List<String> ALL = read();

        private static List<String> read() {
            try (InputStream in = StdlibModuleNames.class.getResourceAsStream("stdlib-module-names.txt")) {
                if (in == null) {
                    throw new IllegalStateException("stdlib-module-names.txt is missing");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                List<String> names = new ArrayList<>();
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isEmpty()) {
                        names.add(line);
                    }
                }
                return List.copyOf(names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The module names, sorted. */
    public static List<String> names() {
        return Names.ALL;
    }

    /** {@code sys.stdlib_module_names}: a new frozenset of str (per interpreter, as its sys module). */
    public static PySet asFrozenSet() {
        PySet s = new PySet(true);
        for (String n : Names.ALL) {
            s.add(PyStr.of(n));
        }
        return s;
    }
}
