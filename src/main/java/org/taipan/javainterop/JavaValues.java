package org.taipan.javainterop;

import java.math.BigInteger;

import org.taipan.embed.Conversions;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * Values crossing between Java and Python when Python calls Java. Java to Python: {@code null} is
 * None, booleans bool, the integral primitives and their boxes int, {@code float}/{@code double}
 * float, {@code char} and {@code String} str, a Python object handed to Java earlier is itself, a
 * {@code Throwable} a Python exception of its class, anything else a {@link JavaObject} view.
 * Python to Java where any object will do ({@code Object} parameters, collection elements):
 * the reverse, Python int becoming {@code Integer}, {@code Long} or {@code BigInteger} by range,
 * and other Python objects passed as themselves (they come back unchanged).
 */
public final class JavaValues {
    private JavaValues() {}

    /**
     * The Python value of a Java value (see the class comment): the scalars as the embedding API
     * converts them ({@link Conversions#scalarToPython}), except that a {@code byte[]} stays a view
     * (Java code may fill it, as {@code InputStream.read(byte[])} does); a {@code Throwable} as a
     * Python exception; anything else a {@link JavaObject}.
     */
    public static PyObject toPython(Object o) {
        if (!(o instanceof byte[])) {
            PyObject scalar = Conversions.scalarToPython(o);
            if (scalar != null) {
                return scalar;
            }
        }
        // a Java object in Python's hands reaches any class through getClass(): a sandbox gets none
        org.taipan.sandbox.Sandbox.require(org.taipan.runtime.Permission.JAVA, "a Java object");
        if (o instanceof Throwable t) {
            return JavaExceptions.toPython(t);
        }
        return new JavaObject(o);
    }

    /**
     * The Java object a Python object stands for, when it is one: the object a {@link JavaObject}
     * views, the {@code Throwable} of a Java exception, the {@code Class} of a Java class's type.
     *
     * @return the Java object, or null when {@code p} is a plain Python object
     */
    public static Object javaObjectOf(PyObject p) {
        if (p instanceof JavaObject j) {
            return j.value();
        }
        if (p instanceof PyBaseException e) {
            return JavaExceptions.throwableOf(e);
        }
        if (p instanceof PyType t) {
            return JavaTypes.classOf(t);
        }
        return null;
    }

    /**
     * The Java value for a Python object where any reference will do: None is null, bool
     * {@code Boolean}, int {@code Integer}/{@code Long}/{@code BigInteger} by range, float
     * {@code Double}, str {@code String}, a Java object itself, any other Python object itself.
     */
    public static Object toJava(PyObject p) {
        if (p == PyNone.NONE) {
            return null;
        }
        if (p instanceof PyBool b) {
            return b.value();
        }
        if (p instanceof PyInt i) {
            return boxInt(i);
        }
        if (p instanceof PyFloat f) {
            return f.value();
        }
        if (p instanceof PyStr s) {
            return s.toString();
        }
        Object j = javaObjectOf(p);
        return j != null ? j : p;
    }

    /** A Python int as the smallest of {@code Integer}, {@code Long}, {@code BigInteger} that holds it. */
    static Object boxInt(PyInt i) {
        if (i.fitsLong()) {
            long v = i.longValue();
            return v == (int) v ? Integer.valueOf((int) v) : Long.valueOf(v);
        }
        return i.bigValue();
    }

    /** A Python int's value as a BigInteger. */
    static BigInteger big(PyInt i) {
        return i.fitsLong() ? BigInteger.valueOf(i.longValue()) : i.bigValue();
    }
}
