package org.taipan.javainterop;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyByteArray;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * Converts a Python argument to the Java type a parameter declares, and says how well it fits:
 * {@link #cost} is 0 for the best fit and grows with the distance, {@link #NO} when the argument
 * does not convert at all. Overload resolution adds the costs of the arguments and picks the
 * cheapest candidate.
 *
 * <p>The ranks follow Java's own preferences for the corresponding literal: a Python int prefers
 * {@code int} (when in range), then {@code long}, {@code short}, {@code byte} (in range), their
 * boxes, {@code BigInteger}, then floating types; a float prefers {@code double}; a str
 * {@code String}, then {@code CharSequence}, then {@code char} for one character; a bool
 * {@code boolean}; bytes and bytearray {@code byte[]} (copied); None any reference type ({@code String} first, {@code Object} last); a Java object any type it is an instance of, nearer
 * supertypes first; a list or tuple an array or a {@code List}/{@code Collection} (copied); a
 * dict a {@code Map} (copied); a callable a functional interface, preferring one whose method
 * returns a value; an object with methods named as all of an interface's abstract methods that
 * interface (see {@link FunctionalInterfaces}).
 * Any other Python object fits {@code Object} only and is passed as itself.
 */
final class ArgConverter {
    private ArgConverter() {}

    /** The argument does not convert to the parameter type. */
    static final int NO = -1;
    /** The cost of passing a value as {@code Object}-like supertypes: any exact fit wins over it. */
    private static final int AS_OBJECT = 40;
    private static final int COPIED = 30;

    /** How well {@code arg} fits a parameter of type {@code target}: {@link #NO} or a cost (lower is better). */
    static int cost(PyObject arg, Class<?> target) {
        if (arg == PyNone.NONE) {
            // any reference takes null; String first, so that sb.append(None) and
            // print(None)-like overloads behave as Java's (String) null does
            return target.isPrimitive() ? NO : target == String.class ? 0 : target == Object.class ? 2 : 1;
        }
        if (arg instanceof PyBool) {
            if (target == boolean.class) {
                return 0;
            }
            if (target == Boolean.class) {
                return 1;
            }
            return target.isInstance(Boolean.TRUE) ? AS_OBJECT : NO;
        }
        if (arg instanceof PyInt i) {
            return intCost(i, target);
        }
        if (arg instanceof PyFloat) {
            if (target == double.class) {
                return 0;
            }
            if (target == float.class) {
                return 1;
            }
            if (target == Double.class) {
                return 2;
            }
            if (target == Float.class) {
                return 3;
            }
            return target.isInstance(0.0) ? AS_OBJECT : NO;
        }
        if (arg instanceof PyStr s) {
            if (target == String.class) {
                return 0;
            }
            if (target == CharSequence.class) {
                return 1;
            }
            if ((target == char.class || target == Character.class) && s.length() == 1 && s.codePointAt(0) < 0x10000) {
                return target == char.class ? 2 : 3;
            }
            return target.isInstance("") ? AS_OBJECT : NO;
        }
        Object java = JavaValues.javaObjectOf(arg);
        if (java != null) {
            return target.isInstance(java) ? distance(java.getClass(), target) : NO;
        }
        if (target.isInstance(arg) && target != Object.class) {
            return 0;
        }
        if ((arg instanceof PyBytes || arg instanceof PyByteArray) && target == byte[].class) {
            return 0;
        }
        if (arg instanceof PyList || arg instanceof PyTuple) {
            if (target.isArray()) {
                PyObject[] items = items(arg);
                for (PyObject item : items) {
                    if (cost(item, target.getComponentType()) == NO) {
                        return NO;
                    }
                }
                return COPIED;
            }
            if (target.isAssignableFrom(ArrayList.class) && target != Object.class) {
                return COPIED;
            }
        }
        if (arg instanceof PyDict && target.isAssignableFrom(LinkedHashMap.class) && target != Object.class) {
            return COPIED;
        }
        if (target.isInterface()) {
            java.lang.reflect.Method sam = FunctionalInterfaces.singleAbstractMethod(target);
            if (sam != null && arg.type().tp_call != null) {
                // as Java prefers Callable to Runnable for a lambda that yields a value
                return sam.getReturnType() == void.class ? COPIED + 2 : COPIED + 1;
            }
            if (FunctionalInterfaces.implementsByName(arg, target)) {
                return COPIED + 3;
            }
        }
        return target == Object.class ? AS_OBJECT + 20 : NO;
    }

    private static int intCost(PyInt i, Class<?> target) {
        boolean fitsLong = i.fitsLong();
        long v = fitsLong ? i.longValue() : 0;
        boolean fitsInt = fitsLong && v == (int) v;
        boolean fitsShort = fitsLong && v == (short) v;
        boolean fitsByte = fitsLong && v == (byte) v;
        if (target == int.class) {
            return fitsInt ? 0 : NO;
        }
        if (target == long.class) {
            return fitsLong ? 1 : NO;
        }
        if (target == short.class) {
            return fitsShort ? 2 : NO;
        }
        if (target == byte.class) {
            return fitsByte ? 3 : NO;
        }
        if (target == Integer.class) {
            return fitsInt ? 4 : NO;
        }
        if (target == Long.class) {
            return fitsLong ? 5 : NO;
        }
        if (target == Short.class) {
            return fitsShort ? 6 : NO;
        }
        if (target == Byte.class) {
            return fitsByte ? 7 : NO;
        }
        if (target == BigInteger.class) {
            return 8;
        }
        if (target == double.class) {
            return 9;
        }
        if (target == float.class) {
            return 10;
        }
        if (target == Double.class) {
            return 11;
        }
        if (target == Float.class) {
            return 12;
        }
        return target.isInstance(JavaValues.boxInt(i)) ? AS_OBJECT : NO;
    }

    /**
     * How far {@code target} is above {@code c} among its supertypes (0 for the class itself,
     * the number of steps up otherwise); {@code Object} is farthest.
     */
    static int distance(Class<?> c, Class<?> target) {
        if (c == target) {
            return 0;
        }
        if (target == Object.class) {
            return AS_OBJECT - 1;
        }
        int d = 1;
        List<Class<?>> level = List.of(c);
        while (!level.isEmpty() && d < AS_OBJECT - 1) {
            List<Class<?>> next = new ArrayList<>();
            for (Class<?> k : level) {
                if (k.getSuperclass() != null) {
                    next.add(k.getSuperclass());
                }
                next.addAll(List.of(k.getInterfaces()));
            }
            if (next.contains(target)) {
                return d;
            }
            level = next;
            d++;
        }
        return AS_OBJECT - 2;
    }

    /**
     * Converts {@code arg} to {@code target}, which {@link #cost} accepted (a callable becomes a
     * proxy calling back into the current thread's interpreter).
     */
    static Object convert(PyObject arg, Class<?> target) {
        if (arg == PyNone.NONE) {
            return null;
        }
        if (arg instanceof PyBool b) {
            return b.value();
        }
        if (arg instanceof PyInt i) {
            return convertInt(i, target);
        }
        if (arg instanceof PyFloat f) {
            double d = f.value();
            return target == float.class || target == Float.class ? (Object) (float) d : (Object) d;
        }
        if (arg instanceof PyStr s) {
            if (target == char.class || target == Character.class) {
                return (char) s.codePointAt(0);
            }
            return s.toString();
        }
        Object java = JavaValues.javaObjectOf(arg);
        if (java != null) {
            return java;
        }
        if (target.isInstance(arg)) {
            return arg;
        }
        if (target == byte[].class) {
            // a copy: Java code cannot write into a Python bytearray through it
            if (arg instanceof PyBytes b) {
                return b.bytes().clone();
            }
            if (arg instanceof PyByteArray b) {
                return b.toBytes();
            }
        }
        if (arg instanceof PyList || arg instanceof PyTuple) {
            PyObject[] items = items(arg);
            if (target.isArray()) {
                Class<?> component = target.getComponentType();
                Object array = Array.newInstance(component, items.length);
                for (int k = 0; k < items.length; k++) {
                    Array.set(array, k, convert(items[k], component));
                }
                return array;
            }
            if (target.isAssignableFrom(ArrayList.class) && target != Object.class) {
                List<Object> list = new ArrayList<>(items.length);
                for (PyObject item : items) {
                    list.add(JavaValues.toJava(item));
                }
                return list;
            }
        }
        if (arg instanceof PyDict d && target.isAssignableFrom(LinkedHashMap.class) && target != Object.class) {
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int k = 0; k < d.size(); k++) {
                map.put(JavaValues.toJava(d.keyAt(k)), JavaValues.toJava(d.valueAt(k)));
            }
            return map;
        }
        if (target.isInterface() && target != Object.class && !(arg instanceof PyBaseException)) {
            return FunctionalInterfaces.proxy(arg, target);
        }
        return arg;
    }

    private static Object convertInt(PyInt i, Class<?> target) {
        if (target == int.class || target == Integer.class) {
            return i.intValue();
        }
        if (target == long.class || target == Long.class) {
            return i.longValue();
        }
        if (target == short.class || target == Short.class) {
            return (short) i.longValue();
        }
        if (target == byte.class || target == Byte.class) {
            return (byte) i.longValue();
        }
        if (target == BigInteger.class) {
            return JavaValues.big(i);
        }
        if (target == double.class || target == Double.class) {
            return i.doubleValue();
        }
        if (target == float.class || target == Float.class) {
            return (float) i.doubleValue();
        }
        return JavaValues.boxInt(i);
    }

    private static PyObject[] items(PyObject seq) {
        return seq instanceof PyList l ? l.toArray() : ((PyTuple) seq).array();
    }

    /** A Python type's name for messages about arguments ({@code int}, {@code java.util.ArrayList}). */
    static String typeName(PyObject arg) {
        PyType t = arg.type();
        return t.name();
    }
}
