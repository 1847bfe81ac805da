package org.taipan.embed;

/**
 * A Python exception that reached the Java host: raised by code the host ran, a function it
 * called, or the compilation of its source ({@code SyntaxError}). It carries what CPython would
 * print for it: the type's name, {@code str(exception)} and the whole traceback text
 * ({@code traceback.print_exception}'s output, chained causes and contexts included), and a
 * handle to the exception object itself.
 *
 * <p>{@link #getMessage()} is the traceback's last line ({@code "ValueError: bad value"}); the
 * Java stack trace shows where the host called in, not the Python frames (those are in
 * {@link #tracebackText()}).
 */
public class PythonException extends RuntimeException {
    private final String pythonType;
    private final String pythonMessage;
    private final String tracebackText;
    private final transient PythonObject exception;
    private final int lineNumber;

    /**
     * @param pythonType    the exception's type as tracebacks name it ({@code "ValueError"},
     *                      {@code "json.decoder.JSONDecodeError"})
     * @param pythonMessage {@code str(exception)}, possibly empty
     * @param tracebackText the full report as CPython prints it, ending with a newline
     * @param exception     the exception object, or null
     * @param lineNumber    the line of the innermost traceback entry (a SyntaxError's own line), or -1
     */
    public PythonException(String pythonType, String pythonMessage, String tracebackText, PythonObject exception,
                           int lineNumber) {
        super(pythonMessage.isEmpty() ? pythonType : pythonType + ": " + pythonMessage);
        this.pythonType = pythonType;
        this.pythonMessage = pythonMessage;
        this.tracebackText = tracebackText;
        this.exception = exception;
        this.lineNumber = lineNumber;
    }

    /**
     * The 1-based line where the exception was raised: of the innermost traceback entry (the last
     * {@code File ..., line N} of {@link #tracebackText()}), or a {@code SyntaxError}'s
     * {@code lineno}; -1 when unknown.
     */
    public int lineNumber() {
        return lineNumber;
    }

    /**
     * The exception's type as the traceback's last line names it: the qualified name, prefixed by
     * its module unless that is {@code builtins} or {@code __main__} (CPython's
     * {@code traceback.TracebackException.format_exception_only}).
     */
    public String pythonType() {
        return pythonType;
    }

    /** {@code str(exception)}: the text after the colon of the traceback's last line ("" when there is none). */
    public String pythonMessage() {
        return pythonMessage;
    }

    /**
     * The report CPython prints for this exception when it is uncaught: {@code "Traceback (most
     * recent call last):"}, the frames with their source lines and carets, the chained
     * exceptions, then the last line; for a {@code SyntaxError}, the location lines instead.
     */
    public String tracebackText() {
        return tracebackText;
    }

    /** A handle to the Python exception object (its attributes: {@code args}, {@code errno}, ...), or null. */
    public PythonObject exception() {
        return exception;
    }
}
