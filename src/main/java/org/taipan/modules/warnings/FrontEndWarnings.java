package org.taipan.modules.warnings;

import org.taipan.parse.WarningSink;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The interpreter's {@link WarningSink}: issues the front end's warnings through the warnings
 * machinery as CPython's {@code PyErr_WarnExplicitObject(category, msg, filename, lineno, NULL,
 * NULL)} does (module from the file name, no registry, so a source compiled twice warns twice),
 * and reports a warning raised as an exception of its own category (filter "error") so that the
 * front end raises SyntaxError in its place. Any other exception (a failing
 * {@code showwarning}) propagates out of the compilation.
 */
public final class FrontEndWarnings implements WarningSink {
    private final Interpreter interp;

    public FrontEndWarnings(Interpreter interp) {
        this.interp = interp;
    }

    /**
     * @throws PyException whatever the warnings machinery raises, but the warning itself
     */
    @Override
    public boolean warn(Warning w) {
        PyType category = category(w.category());
        try {
            Warnings.warnExplicit(interp, PyStr.of(w.message()), category, PyStr.of(w.filename()), w.lineno(), null,
                    null, null);
            return false;
        } catch (PyException e) {
            if (e.matches(category)) {
                return true;
            }
            throw e;
        }
    }

    /** The Python class of a front-end warning category. */
    public static PyType category(Category c) {
        return switch (c) {
            case SYNTAX_WARNING -> ExceptionTypes.SyntaxWarning;
            case DEPRECATION_WARNING -> ExceptionTypes.DeprecationWarning;
        };
    }
}
