package org.taipan.runtime;

import org.taipan.parse.SyntaxErrorException;

/**
 * Converts the front end's {@link SyntaxErrorException} into a Python SyntaxError (or
 * IndentationError, TabError; MemoryError and RecursionError for its nesting limits).
 */
public final class SyntaxErrors {
    private SyntaxErrors() {}

    /** The Python exception for {@code e}; one with {@link SyntaxErrorException#NO_END_OFFSET} has only its message as {@code args} and {@code end_offset} None, as CPython's {@code PyErr_SyntaxLocationObject} makes it. */
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
        if (e.endOffset == SyntaxErrorException.NO_END_OFFSET) {
            // PyErr_SyntaxLocationObject: the message alone as args, the location set as attributes
            PyException located = Errors.of(t, PyStr.of(e.msg));
            Abstract.setAttr(located.value, PyStr.of("filename"), PyStr.of(e.filename));
            Abstract.setAttr(located.value, PyStr.of("lineno"), PyInt.of(e.lineno));
            Abstract.setAttr(located.value, PyStr.of("offset"), PyInt.of(e.offset));
            Abstract.setAttr(located.value, PyStr.of("text"), e.text == null ? PyNone.NONE : PyStr.of(e.text));
            Abstract.setAttr(located.value, PyStr.of("end_lineno"), PyInt.of(e.endLineno));
            return located;
        }
        if (e.endOffset == SyntaxErrorException.NO_END) {
            return Errors.of(t, PyStr.of(e.msg), PyTuple.of(PyStr.of(e.filename), PyInt.of(e.lineno),
                    PyInt.of(e.offset), e.text == null ? PyNone.NONE : PyStr.of(e.text)));
        }
        PyObject info = PyTuple.of(PyStr.of(e.filename), PyInt.of(e.lineno), PyInt.of(e.offset),
                e.text == null ? PyNone.NONE : PyStr.of(e.text), PyInt.of(e.endLineno),
                PyInt.of(e.endOffset));
        return Errors.of(t, PyStr.of(e.msg), info);
    }
}
