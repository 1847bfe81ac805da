package org.taipan.runtime;

/**
 * A setting CPython refuses to start with ({@code Py_ExitStatusException} after a failed
 * {@code PyStatus}): an invalid {@code PYTHONHASHSEED}, {@code PYTHONUTF8},
 * {@code -X int_max_str_digits}, an unknown {@code PYTHONIOENCODING} encoding. The command line
 * prints {@link #report()} to stderr and exits with status 1.
 */
public final class FatalStartupError extends RuntimeException {
    private final String function;
    private final String state;
    private final String detail;

    /**
     * @param function the CPython function named in the report ({@code config_init_hash_seed})
     * @param message  what is wrong
     * @param state    CPython's runtime state at that point ({@code preinitialized}, ...)
     * @param detail   the exception line CPython adds after the state (a {@code LookupError}), or null
     */
    public FatalStartupError(String function, String message, String state, String detail) {
        super(message, null, false, false);
        this.function = function;
        this.state = state;
        this.detail = detail;
    }

    /**
     * The text CPython writes for it: {@code Fatal Python error: FUNCTION: MESSAGE}, the runtime
     * state, then either a blank line or (with a detail, once Python code could run) the exception
     * and the current thread's empty Python stack, its id as the Java thread's.
     */
    public String report() {
        String head = "Fatal Python error: " + function + ": " + getMessage() + "\nPython runtime state: " + state + "\n";
        if (detail == null) {
            return head + "\n";
        }
        return head + detail + "\n\n" + String.format("Current thread 0x%016x (most recent call first):%n",
                Thread.currentThread().threadId()) + "  <no Python frame>\n";
    }
}
