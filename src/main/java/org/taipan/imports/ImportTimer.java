package org.taipan.imports;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

import org.taipan.runtime.InterpreterOptions;
import org.taipan.runtime.StartupOptions;

/**
 * {@code -X importtime} and {@code PYTHONPROFILEIMPORTTIME}: one line per module the import
 * statement finds and loads, written to the interpreter's standard error when the load ends
 * (failed loads too), as CPython 3.11's {@code import_find_and_load} writes them:
 * {@code import time: SELF | CUMULATIVE | NAME}, microseconds rounded up, the name indented two
 * spaces per enclosing import, and a header line before the first. The self time is the
 * cumulative time less that of the imports nested in it.
 * <p>Only modules that were not yet in {@code sys.modules} are timed, so the lines are the
 * imports this program caused; Taipan's start-up imports fewer modules than CPython's, so its
 * first lines differ from CPython's. As in CPython the nesting state is the interpreter's, not
 * a thread's: imports running at once in two threads share it.
 */
final class ImportTimer {
    /** The header is written once per process, as CPython's static flag. */
    private static final AtomicBoolean HEADER_WRITTEN = new AtomicBoolean();

    private final PrintStream stderr;
    /** How many timed imports enclose the current point. */
    private int level;
    /** Nanoseconds spent in imports that finished inside the innermost running one. */
    private long nested;

    private ImportTimer(PrintStream stderr) {
        this.stderr = stderr;
    }

    /**
     * The timer the options ask for, or null: {@code -X importtime} (any value), or a non-empty
     * {@code PYTHONPROFILEIMPORTTIME} unless the environment is ignored ({@code -E}, {@code -I},
     * or an embedded interpreter's {@link StartupOptions#DEFAULT}).
     */
    static ImportTimer forOptions(InterpreterOptions options) {
        StartupOptions startup = options.startup();
        boolean on = options.xOptions().containsKey("importtime");
        if (!on && startup != StartupOptions.DEFAULT && startup.ignoreEnvironment() == 0) {
            String env = System.getenv("PYTHONPROFILEIMPORTTIME");
            on = env != null && !env.isEmpty();
        }
        return on ? new ImportTimer(options.stderr()) : null;
    }

    /** Marks the start of one module's find and load. */
    synchronized Start begin() {
        if (HEADER_WRITTEN.compareAndSet(false, true)) {
            stderr.println("import time: self [us] | cumulative | imported package");
        }
        Start start = new Start(System.nanoTime(), nested);
        level++;
        nested = 0;
        return start;
    }

    /** Writes the line of module {@code name}, whose find and load began at {@code start}. */
    synchronized void end(Start start, String name) {
        long cumulative = System.nanoTime() - start.nanos;
        level--;
        stderr.printf("import time: %9d | %10d | %s%s%n", micros(cumulative - nested), micros(cumulative),
                "  ".repeat(Math.max(level, 0)), name);
        stderr.flush();
        nested = start.nestedBefore + cumulative;
    }

    /** Nanoseconds to microseconds rounded up (CPython's {@code _PyTime_ROUND_CEILING}). */
    private static long micros(long nanos) {
        return Math.ceilDiv(nanos, 1000L);
    }

    /** When a timed import began, and the nested time of its enclosing import until then. */
    record Start(long nanos, long nestedBefore) {}
}
