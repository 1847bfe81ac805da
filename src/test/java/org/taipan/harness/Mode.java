package org.taipan.harness;

import java.util.Map;

/**
 * A way of running every program: the JIT off, on, and forced to trace everything at once. The
 * JIT does not exist yet; the modes run from the start so that it cannot hide a difference later.
 *
 * @param name     shown in test names: {@code basics/print_int.py [jit=off]}
 * @param xOptions the {@code -X} options of the mode
 */
record Mode(String name, Map<String, String> xOptions) {
    static final Mode JIT_OFF = new Mode("jit=off", Map.of("jit", "off"));
    static final Mode JIT_ON = new Mode("jit=on", Map.of("jit", "on"));
    static final Mode JIT_THRESHOLD_1 = new Mode("jit-threshold=1", Map.of("jit-threshold", "1"));

    static final java.util.List<Mode> ALL = java.util.List.of(JIT_OFF, JIT_ON, JIT_THRESHOLD_1);
}
