package org.taipan.runtime;

import org.taipan.parse.SyntaxErrorException;

/**
 * Converts the front end's {@link SyntaxErrorException} into a Python SyntaxError (or
 * IndentationError, TabError; MemoryError and RecursionError for its nesting limits).
 */
public final class SyntaxErrors {
    private SyntaxErrors() {}

    /** The Python exception for {@code e}; {@link SyntaxErrorException#NO_END_OFFSET} is an {@code end_offset} of None. */
    public static PyException toPython(SyntaxErrorException e) {
        // The front end's nesting limits: plain exceptions with no position, as CPython raises them.
        if (e.kind == SyntaxErrorException.Kind.MEMORY_ERROR) {
            return Errors.of(ExceptionTypes.MemoryError);
        }
        if (e.kind == SyntaxErrorException.Kind.RECURSION_ERROR) {
            return Errors.of(ExceptionTypes.RecursionError, e.msg);
        }
        PyType t = switch (e.kind.pythonName) {
            case "IndentationError" -> ExceptionTypes.IndentationError;
            case "TabError" -> ExceptionTypes.TabError;
            default -> ExceptionTypes.SyntaxError;
        };
        PyObject info = PyTuple.of(PyStr.of(e.filename), PyInt.of(e.lineno), PyInt.of(e.offset),
                e.text == null ? PyNone.NONE : PyStr.of(e.text), PyInt.of(e.endLineno),
                e.endOffset == SyntaxErrorException.NO_END_OFFSET ? PyNone.NONE : PyInt.of(e.endOffset));
        return Errors.of(t, PyStr.of(e.msg), info);
    }
}
