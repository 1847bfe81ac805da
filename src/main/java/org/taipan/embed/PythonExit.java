package org.taipan.embed;

/**
 * {@code SystemExit} raised by embedded code ({@code sys.exit(n)}, {@code exit()}): it never ends
 * the JVM; the host receives this exception instead and decides.
 *
 * <p>{@link #exitCode()} is the status a {@code python} process would have exited with (CPython's
 * {@code _Py_HandleSystemExit}): 0 for {@code sys.exit()} or {@code sys.exit(None)}, the integer
 * for an int code, 1 for any other object (which CPython prints to stderr; the embedding API
 * leaves that to the host: the object is {@link #code()}).
 */
public final class PythonExit extends PythonException {
    private final int exitCode;
    private final transient Object code;

    /**
     * @param exitCode the process status CPython would use
     * @param code     the converted {@code SystemExit.code} (null for None)
     */
    public PythonExit(String pythonMessage, String tracebackText, PythonObject exception, int exitCode, Object code) {
        super("SystemExit", pythonMessage, tracebackText, exception, -1);
        this.exitCode = exitCode;
        this.code = code;
    }

    /** The exit status: 0 for None, the int code (truncated to 32 bits as a process status would be), 1 otherwise. */
    public int exitCode() {
        return exitCode;
    }

    /** {@code SystemExit.code} converted to Java ({@link Conversions}): null, a Long, a String, ... */
    public Object code() {
        return code;
    }
}
