package org.taipan.javainterop;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.taipan.runtime.Gil;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * Java exceptions as Python exceptions. A {@code Throwable} reaching Python becomes an exception
 * object whose type is the Python type of its class ({@link JavaTypes}: a subclass of Python's
 * {@code Exception}, with the Java superclasses in its MRO, so {@code except Exception} and
 * {@code except java.lang.RuntimeException} both catch an {@code IllegalStateException}), whose
 * {@code args} is {@code (getMessage(),)} (empty when the message is null, as CPython's
 * {@code str(e)} is then empty), and which keeps the Java object: its Java methods are callable on
 * it ({@code e.getMessage()}) and passing it back to Java passes the original {@code Throwable}.
 */
public final class JavaExceptions {
    private JavaExceptions() {}

    // Python exception objects all share one Java class (PyBaseException), so the Throwable is
    // kept beside it; weak keys, compared by identity (PyObject keeps Object's equals).
    private static final Map<PyBaseException, Throwable> THROWABLES = Collections.synchronizedMap(new WeakHashMap<>());

    /** The Python exception for {@code t} (a new exception object each time). */
    public static PyBaseException toPython(Throwable t) {
        String message = t.getMessage();
        PyObject[] args = message == null ? new PyObject[0] : new PyObject[] {PyStr.of(message)};
        PyBaseException e = PyBaseException.create(JavaTypes.of(t.getClass()), args);
        THROWABLES.put(e, t);
        return e;
    }

    /** The Java exception a Python exception stands for, or null for a Python exception. */
    public static Throwable throwableOf(PyBaseException e) {
        return THROWABLES.get(e);
    }

    /**
     * The Python exception to raise for what a Java call threw: a Python exception raised by a
     * callback unchanged, reflection's wrappers unwrapped, anything else converted.
     */
    static PyException toPyException(Throwable t) {
        if (t instanceof PyException p) {
            return p;
        }
        if (t instanceof Gil.ThreadExit exit) {
            throw exit;
        }
        if ((t instanceof UndeclaredThrowableException || t instanceof InvocationTargetException) && t.getCause() != null) {
            return toPyException(t.getCause());
        }
        return new PyException(toPython(t));
    }
}
