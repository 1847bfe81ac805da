package org.taipan.embed;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PySet;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;

/**
 * Converts values between Java and Python by <em>copying</em>: the embedding API's policy (a Java
 * {@code List} becomes a new Python {@code list}; changing one afterwards does not change the
 * other). Python code that wants to see a live Java object uses the Java-interop views instead;
 * this class only makes the values both languages have in common.
 *
 * <table>
 *   <caption>The conversions</caption>
 *   <tr><th>Python</th><th>to Java</th><th>from Java</th></tr>
 *   <tr><td>{@code None}</td><td>{@code null}</td><td>{@code null}</td></tr>
 *   <tr><td>{@code bool}</td><td>{@link Boolean}</td><td>{@link Boolean}</td></tr>
 *   <tr><td>{@code int}</td><td>{@link Long}, or {@link BigInteger} beyond 64 bits</td>
 *       <td>{@link Long}, {@link Integer}, {@link Short}, {@link Byte}, {@link BigInteger}</td></tr>
 *   <tr><td>{@code float}</td><td>{@link Double}</td><td>{@link Double}, {@link Float}</td></tr>
 *   <tr><td>{@code str}</td><td>{@link String}</td><td>{@link String}, {@link Character}</td></tr>
 *   <tr><td>{@code bytes}</td><td>{@code byte[]} (a copy)</td><td>{@code byte[]} (a copy)</td></tr>
 *   <tr><td>{@code list}, {@code tuple}</td><td>{@link ArrayList} (elements converted)</td>
 *       <td>{@code list} from any {@link List}, other {@link Collection} (in iteration order), array
 *       ({@code Object[]}, {@code int[]}, {@code double[]}... but not {@code byte[]})</td></tr>
 *   <tr><td>{@code dict}</td><td>{@link LinkedHashMap} (insertion order kept)</td>
 *       <td>{@code dict} from any {@link Map}</td></tr>
 *   <tr><td>{@code set}, {@code frozenset}</td><td>{@link LinkedHashSet}</td>
 *       <td>{@code set} from any {@link Set}</td></tr>
 *   <tr><td>anything else</td><td>what the caller's {@code other} function gives
 *       (the embedding API: a {@link PythonObject} handle)</td>
 *       <td>a {@link PythonObject} unwraps to its object; anything else: the caller's
 *       {@code other} function, by default {@link IllegalArgumentException}</td></tr>
 * </table>
 *
 * <p>Instances of user subclasses of {@code int}, {@code str}, {@code list}... convert as their
 * builtin base (their value is copied, their class is lost). Containers are converted deeply; a
 * container reached twice (shared, or containing itself) becomes one Java object, so cycles
 * terminate and sharing is kept. Keys of a converted dict are converted too ({@code tuple} keys
 * become lists, which are fine as map keys as long as nobody mutates them).
 *
 * <p>Thread safety: reading Python objects needs the interpreter's GIL; the embedding API's
 * callers ({@link PythonInterpreter}, {@link PythonObject}) hold it while converting. The
 * Java-to-Python direction only allocates new Python objects and may run without it.
 */
public final class Conversions {
    private Conversions() {}

    /** The default for Java objects with no Python counterpart. */
    private static final Function<Object, PyObject> REFUSE = o -> {
        throw new IllegalArgumentException("no Python value for a Java " + o.getClass().getName()
                + " (convertible: null, Boolean, Long/Integer/Short/Byte/BigInteger, Double/Float, String, "
                + "Character, byte[], arrays, Collection, Map, PythonObject)");
    };

    /**
     * {@code value} as a Python value, copied (see the class comment).
     *
     * @throws IllegalArgumentException when {@code value} (or an element of it) has no Python counterpart
     */
    public static PyObject toPython(Object value) {
        return toPython(value, REFUSE);
    }

    /**
     * {@code value} as a Python value, copied; {@code other} makes the Python value of any Java
     * object (including containers' elements) that has no copy conversion (the Java-interop
     * layer passes its wrapper here).
     */
    public static PyObject toPython(Object value, Function<Object, PyObject> other) {
        PyObject scalar = scalarToPython(value);
        if (scalar != null) {
            return scalar;
        }
        return switch (value) {
            case List<?> list -> {
                PyList out = new PyList();
                for (Object o : list) {
                    out.append(toPython(o, other));
                }
                yield out;
            }
            case Object[] array -> {
                PyList out = new PyList();
                for (Object o : array) {
                    out.append(toPython(o, other));
                }
                yield out;
            }
            case Map<?, ?> map -> {
                PyDict out = new PyDict();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.setItem(toPython(e.getKey(), other), toPython(e.getValue(), other));
                }
                yield out;
            }
            case Set<?> set -> {
                PySet out = new PySet(false);
                for (Object o : set) {
                    out.add(toPython(o, other));
                }
                yield out;
            }
            case java.util.Collection<?> c -> {
                PyList out = new PyList();
                for (Object o : c) {
                    out.append(toPython(o, other));
                }
                yield out;
            }
            default -> value.getClass().isArray() ? primitiveArray(value) : other.apply(value);
        };
    }

    /** A primitive array ({@code int[]}, {@code double[]}, ...; not {@code byte[]}, which is bytes) as a list of its elements. */
    private static PyObject primitiveArray(Object array) {
        PyList out = new PyList();
        int n = java.lang.reflect.Array.getLength(array);
        for (int i = 0; i < n; i++) {
            out.append(scalarToPython(java.lang.reflect.Array.get(array, i)));
        }
        return out;
    }

    /**
     * The Python value of a Java scalar: {@code null}, a boxed primitive (except {@code char}
     * widened: a {@link Character} is a one-character {@code str}), {@link BigInteger},
     * {@link String}, {@code byte[]} (copied) or a {@link PythonObject} (unwrapped); null for
     * anything else (containers included), so that a caller can choose its own policy for those.
     */
    public static PyObject scalarToPython(Object value) {
        return switch (value) {
            case null -> PyNone.NONE;
            case PythonObject p -> p.unwrap();
            case PyObject p -> p;
            case Boolean b -> PyBool.of(b);
            case Long l -> PyInt.of(l);
            case Integer i -> PyInt.of(i);
            case Short s -> PyInt.of(s);
            case Byte b -> PyInt.of(b);
            case BigInteger b -> PyInt.of(b);
            case Double d -> PyFloat.of(d);
            case Float f -> PyFloat.of(f);
            case String s -> PyStr.of(s);
            case Character c -> PyStr.ofCodePoint(c);
            case byte[] b -> PyBytes.of(b.clone());
            default -> null;
        };
    }

    /**
     * {@code value} as a Java value, copied (see the class comment); {@code other} gives the Java
     * value of any Python object without a copy conversion (including containers' elements).
     * The caller holds the GIL of {@code value}'s interpreter.
     */
    public static Object toJava(PyObject value, Function<PyObject, Object> other) {
        return new ToJava(other).convert(value);
    }

    /** Python to Java with a memo of the containers converted so far (cycles, sharing). */
    private static final class ToJava {
        private final Function<PyObject, Object> other;
        private final Map<PyObject, Object> seen = new IdentityHashMap<>();

        ToJava(Function<PyObject, Object> other) {
            this.other = other;
        }

        Object convert(PyObject v) {
            if (v == PyNone.NONE) {
                return null;
            }
            if (v instanceof PyBool b) {
                return b.value();
            }
            if (v instanceof PyInt i) {
                return i.fitsLong() ? (Object) i.longValue() : i.bigValue();
            }
            if (v instanceof PyFloat f) {
                return f.value();
            }
            if (v instanceof PyStr s) {
                return s.toString();
            }
            if (v instanceof PyBytes b) {
                return b.bytes().clone();
            }
            Object done = seen.get(v);
            if (done != null) {
                return done;
            }
            if (v instanceof PyList l) {
                return fill(v, new ArrayList<>(l.size()), l.toArray());
            }
            if (v instanceof PyTuple t) {
                return fill(v, new ArrayList<>(t.size()), t.array());
            }
            if (v instanceof PySet s) {
                return fill(v, new LinkedHashSet<>(), s.toArray());
            }
            if (v instanceof PyDict d) {
                Map<Object, Object> out = new LinkedHashMap<>();
                seen.put(v, out);
                int n = d.size();
                PyObject[] keys = new PyObject[n], values = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = d.keyAt(i);
                    values[i] = d.valueAt(i);
                }
                for (int i = 0; i < n; i++) {
                    out.put(convert(keys[i]), convert(values[i]));
                }
                return out;
            }
            return other.apply(v);
        }

        private Object fill(PyObject v, Collection<Object> out, PyObject[] items) {
            seen.put(v, out);
            for (PyObject item : items) {
                out.add(convert(item));
            }
            return out;
        }
    }
}
