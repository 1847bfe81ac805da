package org.taipan.modules.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Environment variables as the C library holds them, bytes, kept exactly in the interpreter's
 * Java strings: decoded as CPython's {@code os.environ} decodes them (UTF-8 with
 * {@code surrogateescape}, so an undecodable byte {@code 0xff} becomes {@code '\udcff'}) and
 * encoded back the same way for {@code posix.environ} and a child's environment. The JVM's
 * own {@link System#getenv()} replaces such bytes with U+FFFD, which a child would then inherit.
 */
final class EnvText {
    private EnvText() {}

    private static final Path PROC_ENVIRON = Path.of("/proc/self/environ");

    /**
     * The process's environment in the order the C library holds it ({@code environ}), read from
     * {@code /proc/self/environ} where the system has it, else the JVM's decoded copy.
     */
    static Map<String, String> processEnvironment() {
        byte[] block;
        try {
            block = Files.readAllBytes(PROC_ENVIRON);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return new LinkedHashMap<>(System.getenv());
        }
        Map<String, String> env = new LinkedHashMap<>();
        int start = 0;
        for (int i = 0; i <= block.length; i++) {
            if (i == block.length || block[i] == 0) {
                // an entry without '=' (or with a leading '=', as convertenviron skips) is not a variable
                int eq = indexOf(block, (byte) '=', start + 1, i);
                if (i > start && eq > start) {
                    env.putIfAbsent(decode(slice(block, start, eq)), decode(slice(block, eq + 1, i)));
                }
                start = i + 1;
            }
        }
        return env;
    }

    /** {@code b} decoded as UTF-8 with {@code surrogateescape}. */
    static String decode(byte[] b) {
        return FsEncoding.decode(b);
    }

    /** {@code s} encoded as UTF-8 with {@code surrogateescape} (what {@link #decode} made of a byte goes back to it). */
    static byte[] encode(String s) {
        return FsEncoding.encode(s);
    }

    private static int indexOf(byte[] b, byte v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] slice(byte[] b, int from, int to) {
        byte[] r = new byte[to - from];
        System.arraycopy(b, from, r, 0, r.length);
        return r;
    }
}
