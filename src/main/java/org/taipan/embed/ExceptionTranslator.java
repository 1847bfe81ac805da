package org.taipan.embed;

import org.taipan.interp.TracebackPrinter;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTraceback;
import org.taipan.runtime.PyType;

/** Turns a raised Python exception into the Java exception the host receives. */
final class ExceptionTranslator {
    private ExceptionTranslator() {}

    /**
     * The Java exception for {@code exc}: {@link PythonExit} for SystemExit (status as
     * {@code _Py_HandleSystemExit} computes it), else {@link PythonException}. The caller holds the GIL.
     */
    static PythonException toJava(PythonInterpreter owner, PyBaseException exc) {
        String text = TracebackPrinter.format(exc);
        String message = safeStr(exc);
        PythonObject handle = owner.handle(exc);
        if (exc.type().isSubtypeOf(ExceptionTypes.SystemExit)) {
            PyObject code = exc.attribute("code");
            if (code == null) {
                code = PyNone.NONE;
            }
            int status;
            if (code == PyNone.NONE) {
                status = 0;
            } else if (PyInt.asInt(code) instanceof PyInt i) {
                status = i.fitsLong() ? (int) i.longValue() : -1;
            } else {
                status = 1;
            }
            return new PythonExit(message, text, handle, status, owner.toJava(code));
        }
        return new PythonException(typeName(exc.type()), message, text, handle, lineNumber(exc));
    }

    /** The innermost traceback entry's line, or a SyntaxError's {@code lineno}; -1 when neither is known. */
    private static int lineNumber(PyBaseException exc) {
        if (exc.type().isSubtypeOf(ExceptionTypes.SyntaxError)
                && PyInt.asInt(exc.attribute("lineno")) instanceof PyInt i && i.fitsLong()) {
            return (int) i.longValue();
        }
        PyTraceback tb = exc.traceback;
        if (tb == null) {
            return -1;
        }
        while (tb.next != null) {
            tb = tb.next;
        }
        return tb.lineno;
    }

    /** The name the traceback's last line gives the type: module-qualified unless builtins or __main__. */
    static String typeName(PyType type) {
        String qualname = type.qualname();
        try {
            PyObject module = Abstract.lookupAttr(type, PyStr.of("__module__"));
            if (module instanceof PyStr m && !m.toString().equals("builtins") && !m.toString().equals("__main__")) {
                return m + "." + qualname;
            }
        } catch (PyException e) {
            // a broken __module__ descriptor: the bare name, as CPython's fallback
        }
        return qualname;
    }

    /** {@code str(exc)}, or CPython's placeholder when that raises. */
    private static String safeStr(PyBaseException exc) {
        try {
            return Abstract.str(exc).toString();
        } catch (PyException e) {
            return "<exception str() failed>";
        }
    }
}
