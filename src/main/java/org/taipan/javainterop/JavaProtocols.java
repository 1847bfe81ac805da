package org.taipan.javainterop;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PySlice;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.Slots;

/**
 * The Python protocols of Java objects, as slots of their classes' types: {@code str()} and
 * {@code repr()} are {@code toString()}, {@code ==} is {@code equals}, {@code hash()} is
 * {@code hashCode()}, ordering is {@code compareTo} for a {@code Comparable}; an {@code Iterable}
 * and a {@code Stream} iterate, an {@code Iterator} is a Python iterator; a {@code Collection} has {@code len} and
 * {@code in}; a {@code List} and an array index as Python sequences (negative indices from the end,
 * slices giving a copy of the same kind, IndexError out of range, item assignment and deletion);
 * a {@code Map} is a mapping ({@code len}, {@code in} and iteration over keys, {@code m[k]} with
 * KeyError for a missing key, assignment, deletion); an {@code AutoCloseable} is a context manager
 * closing on exit. Values cross with {@link JavaValues} and {@link ArgConverter}.
 */
final class JavaProtocols {
    private JavaProtocols() {}

    static void install(PyType t, Class<?> c, boolean throwable) {
        if (!throwable) {
            t.tp_repr = o -> PyStr.of(String.valueOf(java(o)));
            t.tp_str = t.tp_repr;
            t.tp_hash = o -> java(o).hashCode();
            t.tp_richcompare = JavaProtocols::richCompare;
        }
        if (Iterable.class.isAssignableFrom(c)) {
            t.tp_iter = o -> JavaValues.toPython(((Iterable<?>) java(o)).iterator());
        }
        if (java.util.stream.BaseStream.class.isAssignableFrom(c)) {
            // a stream is not Iterable, but iterating it once is what a Python loop means
            t.tp_iter = o -> JavaValues.toPython(((java.util.stream.BaseStream<?, ?>) java(o)).iterator());
        }
        if (Iterator.class.isAssignableFrom(c)) {
            t.tp_iter = o -> o;
            t.tp_iternext = o -> {
                Iterator<?> it = (Iterator<?>) java(o);
                return it.hasNext() ? JavaValues.toPython(it.next()) : null;
            };
        }
        if (Collection.class.isAssignableFrom(c)) {
            t.mp_length = o -> ((Collection<?>) java(o)).size();
            t.sq_contains = (o, item) -> ((Collection<?>) java(o)).contains(JavaValues.toJava(item));
        }
        if (List.class.isAssignableFrom(c)) {
            t.mp_subscript = JavaProtocols::listGet;
            t.mp_ass_subscript = JavaProtocols::listSet;
        }
        if (Map.class.isAssignableFrom(c)) {
            t.mp_length = o -> ((Map<?, ?>) java(o)).size();
            t.sq_contains = (o, key) -> ((Map<?, ?>) java(o)).containsKey(JavaValues.toJava(key));
            t.tp_iter = o -> JavaValues.toPython(((Map<?, ?>) java(o)).keySet().iterator());
            t.mp_subscript = JavaProtocols::mapGet;
            t.mp_ass_subscript = JavaProtocols::mapSet;
        }
        if (c.isArray()) {
            t.mp_length = o -> Array.getLength(java(o));
            t.mp_subscript = JavaProtocols::arrayGet;
            t.mp_ass_subscript = JavaProtocols::arraySet;
        }
        guard(t);
        if (AutoCloseable.class.isAssignableFrom(c)) {
            t.addMethod("__enter__", (self, a, k) -> self);
            t.addMethod("__exit__", (self, a, k) -> {
                AutoCloseable closeable = (AutoCloseable) java(self);
                try {
                    closeable.close();
                } catch (Exception e) {
                    throw JavaExceptions.toPyException(e);
                }
                return PyNone.NONE;
            });
        }
    }

    /**
     * Wraps the slots set above so that a Java exception thrown by the Java side (a
     * {@code ConcurrentModificationException} from an iterator, a {@code ClassCastException} from a
     * {@code TreeMap} lookup, a throwing {@code toString}) is raised as the Python exception of its
     * class, never escaping as a Java exception.
     */
    private static void guard(PyType t) {
        Slots.Unary repr = t.tp_repr, str = t.tp_str, iter = t.tp_iter;
        if (repr != null) {
            t.tp_repr = o -> guarded(() -> repr.call(o));
        }
        if (str != null) {
            t.tp_str = o -> guarded(() -> str.call(o));
        }
        if (iter != null) {
            t.tp_iter = o -> guarded(() -> iter.call(o));
        }
        Slots.Hash hash = t.tp_hash;
        if (hash != null) {
            t.tp_hash = o -> guarded(() -> hash.call(o));
        }
        Slots.RichCompare cmp = t.tp_richcompare;
        if (cmp != null) {
            t.tp_richcompare = (a, b, op) -> guarded(() -> cmp.call(a, b, op));
        }
        Slots.IterNext next = t.tp_iternext;
        if (next != null) {
            t.tp_iternext = o -> guarded(() -> next.call(o));
        }
        Slots.Length len = t.mp_length;
        if (len != null) {
            t.mp_length = o -> guarded(() -> len.call(o));
        }
        Slots.Contains contains = t.sq_contains;
        if (contains != null) {
            t.sq_contains = (o, x) -> guarded(() -> contains.call(o, x));
        }
        Slots.Binary get = t.mp_subscript;
        if (get != null) {
            t.mp_subscript = (o, k) -> guarded(() -> get.call(o, k));
        }
        Slots.SetItem set = t.mp_ass_subscript;
        if (set != null) {
            t.mp_ass_subscript = (o, k, v) -> guarded(() -> {
                set.call(o, k, v);
                return null;
            });
        }
    }

    private static <T> T guarded(java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (org.taipan.runtime.PyException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw JavaExceptions.toPyException(e);
        }
    }

    /** The Java object behind {@code o} (a {@link JavaObject} or a Java exception). */
    private static Object java(PyObject o) {
        return JavaValues.javaObjectOf(o);
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        Object x = java(a);
        Object y = JavaValues.toJava(b);
        switch (op) {
            case EQ:
                return PyBool.of(x.equals(y));
            case NE:
                return PyBool.of(!x.equals(y));
            default:
                if (x instanceof Comparable<?> && y != null && !(y instanceof PyObject)) {
                    int r;
                    try {
                        @SuppressWarnings("unchecked")
                        Comparable<Object> cx = (Comparable<Object>) x;
                        r = cx.compareTo(y);
                    } catch (ClassCastException e) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    return PyBool.of(switch (op) {
                        case LT -> r < 0;
                        case LE -> r <= 0;
                        case GT -> r > 0;
                        default -> r >= 0;
                    });
                }
                return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    private static int index(PyObject o, PyObject key, int size) {
        PyInt i = Abstract.index(key, "'" + o.type().name() + "' indices must be integers or slices, not %s");
        long k = i.fitsLong() ? i.longValue() : Long.MAX_VALUE;
        if (k < 0) {
            k += size;
        }
        if (k < 0 || k >= size) {
            throw Errors.indexError("%s index out of range", o.type().name());
        }
        return (int) k;
    }

    private static PyObject listGet(PyObject o, PyObject key) {
        List<?> list = (List<?>) java(o);
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(list.size());
            List<Object> copy = new ArrayList<>();
            for (long i = ix.start(), n = 0; n < ix.length(); i += ix.step(), n++) {
                copy.add(list.get((int) i));
            }
            return JavaValues.toPython(copy);
        }
        return JavaValues.toPython(list.get(index(o, key, list.size())));
    }

    private static void listSet(PyObject o, PyObject key, PyObject value) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) java(o);
        if (key instanceof PySlice) {
            throw Errors.typeError("'%s' does not support slice assignment", o.type().name());
        }
        int i = index(o, key, list.size());
        try {
            if (value == null) {
                list.remove(i);
            } else {
                list.set(i, JavaValues.toJava(value));
            }
        } catch (RuntimeException e) {
            throw JavaExceptions.toPyException(e);
        }
    }

    private static PyObject mapGet(PyObject o, PyObject key) {
        Map<?, ?> map = (Map<?, ?>) java(o);
        Object k = JavaValues.toJava(key);
        Object v = map.get(k);
        if (v == null && !map.containsKey(k)) {
            throw Errors.keyError(key);
        }
        return JavaValues.toPython(v);
    }

    private static void mapSet(PyObject o, PyObject key, PyObject value) {
        @SuppressWarnings("unchecked")
        Map<Object, Object> map = (Map<Object, Object>) java(o);
        Object k = JavaValues.toJava(key);
        try {
            if (value == null) {
                if (!map.containsKey(k)) {
                    throw Errors.keyError(key);
                }
                map.remove(k);
            } else {
                map.put(k, JavaValues.toJava(value));
            }
        } catch (RuntimeException e) {
            throw JavaExceptions.toPyException(e);
        }
    }

    private static PyObject arrayGet(PyObject o, PyObject key) {
        Object array = java(o);
        int n = Array.getLength(array);
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(n);
            Object copy = Array.newInstance(array.getClass().getComponentType(), (int) ix.length());
            for (long i = ix.start(), k = 0; k < ix.length(); i += ix.step(), k++) {
                Array.set(copy, (int) k, Array.get(array, (int) i));
            }
            return JavaValues.toPython(copy);
        }
        return JavaValues.toPython(Array.get(array, index(o, key, n)));
    }

    private static void arraySet(PyObject o, PyObject key, PyObject value) {
        Object array = java(o);
        if (value == null) {
            throw Errors.typeError("'%s' object doesn't support item deletion", o.type().name());
        }
        int i = index(o, key, Array.getLength(array));
        Class<?> component = array.getClass().getComponentType();
        if (ArgConverter.cost(value, component) < 0) {
            throw Errors.typeError("cannot store '%s' in a Java %s[]", value.type().name(), component.getTypeName());
        }
        Array.set(array, i, ArgConverter.convert(value, component));
    }
}
