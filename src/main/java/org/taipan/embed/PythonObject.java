package org.taipan.embed;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * A handle on a Python object of one {@link PythonInterpreter}: what the embedding API returns
 * for objects that have no Java counterpart (functions, classes, instances, modules), and what
 * {@code ...Object} methods return for any value. The handle keeps the object alive; passing it
 * back to Python (as an argument, to {@link PythonInterpreter#set}) passes the object itself,
 * not a copy.
 *
 * <p>Every method enters the interpreter (takes its GIL on the calling thread), so handles may
 * be used from any thread, with the interpreter's thread rules. Methods returning {@code Object}
 * convert the result to Java by {@link Conversions} (copies); {@code ...Object} variants return
 * handles. Python exceptions are thrown as {@link PythonException}; a Java argument without a
 * Python counterpart as {@link IllegalArgumentException}.
 *
 * <p>{@link #equals} and {@link #hashCode} are identity of the Python object (Python's
 * {@code is}), so handles work as map keys; {@link #toString()} is {@code str(obj)}.
 */
public final class PythonObject {
    private final PythonInterpreter owner;
    private final PyObject object;

    PythonObject(PythonInterpreter owner, PyObject object) {
        this.owner = owner;
        this.object = object;
    }

    /** The interpreter this object belongs to. */
    public PythonInterpreter interpreter() {
        return owner;
    }

    /** The runtime object (for code using Taipan's runtime classes directly; read it only under the GIL). */
    public PyObject unwrap() {
        return object;
    }

    // ------------------------------------------------------------------ attributes

    /**
     * {@code getattr(obj, name)} as a handle.
     *
     * @throws PythonException AttributeError, or what a property raises
     */
    public PythonObject getAttr(String name) {
        return owner.run(ts -> owner.handle(Abstract.getAttr(object, PyStr.of(name))));
    }

    /**
     * {@code getattr(obj, name)} converted to Java.
     *
     * @throws PythonException AttributeError, or what a property raises
     */
    public Object getAttrValue(String name) {
        return owner.run(ts -> owner.toJava(Abstract.getAttr(object, PyStr.of(name))));
    }

    /** {@code hasattr(obj, name)} (an AttributeError while looking is false, any other error is thrown). */
    public boolean hasAttr(String name) {
        return owner.run(ts -> Abstract.lookupAttr(object, PyStr.of(name)) != null);
    }

    /**
     * {@code setattr(obj, name, value)}, {@code value} converted to Python.
     *
     * @throws PythonException AttributeError, TypeError (read-only or immutable objects)
     * @throws IllegalArgumentException when {@code value} has no Python counterpart
     */
    public void setAttr(String name, Object value) {
        owner.run(ts -> {
            Abstract.setAttr(object, PyStr.of(name), owner.toPython(value));
            return null;
        });
    }

    // ------------------------------------------------------------------ calls

    /**
     * {@code obj(*args)}, the arguments converted to Python, the result to Java.
     *
     * @throws PythonException TypeError when the object is not callable or the arguments do not
     *     fit, or what the call raises
     */
    public Object call(Object... args) {
        return owner.run(ts -> owner.toJava(invoke(args, Map.of())));
    }

    /**
     * {@code obj(*args, **kwargs)}: positional arguments then keyword arguments (in the map's
     * iteration order), converted to Python; the result converted to Java.
     *
     * @throws PythonException TypeError, or what the call raises
     */
    public Object call(List<?> args, Map<String, ?> kwargs) {
        return owner.run(ts -> owner.toJava(invoke(args.toArray(), kwargs)));
    }

    /**
     * As {@link #call(Object...)}, the result kept as a handle.
     *
     * @throws PythonException TypeError, or what the call raises
     */
    public PythonObject callObject(Object... args) {
        return owner.run(ts -> owner.handle(invoke(args, Map.of())));
    }

    /**
     * As {@link #call(List, Map)}, the result kept as a handle.
     *
     * @throws PythonException TypeError, or what the call raises
     */
    public PythonObject callObject(List<?> args, Map<String, ?> kwargs) {
        return owner.run(ts -> owner.handle(invoke(args.toArray(), kwargs)));
    }

    /**
     * {@code obj.name(*args)}, the result converted to Java.
     *
     * @throws PythonException AttributeError, TypeError, or what the method raises
     */
    public Object callMethod(String name, Object... args) {
        return owner.run(ts -> {
            PyObject[] a = new PyObject[args.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = owner.toPython(args[i]);
            }
            return owner.toJava(Callables.call(Abstract.getAttr(object, PyStr.of(name)), a, null));
        });
    }

    /** The vectorcall: positional values then keyword values, {@code kwnames} naming the latter. */
    private PyObject invoke(Object[] args, Map<String, ?> kwargs) {
        PyObject[] all = new PyObject[args.length + kwargs.size()];
        for (int i = 0; i < args.length; i++) {
            all[i] = owner.toPython(args[i]);
        }
        String[] kwnames = null;
        if (!kwargs.isEmpty()) {
            kwnames = new String[kwargs.size()];
            int k = 0;
            for (Map.Entry<String, ?> e : kwargs.entrySet()) {
                kwnames[k] = e.getKey();
                all[args.length + k] = owner.toPython(e.getValue());
                k++;
            }
        }
        return Callables.call(object, all, kwnames);
    }

    // ------------------------------------------------------------------ conversion

    /** The object converted to Java by {@link Conversions} (a copy; this handle itself when there is no counterpart). */
    public Object toJava() {
        return owner.run(ts -> owner.toJava(object));
    }

    /**
     * The value of an {@code int} (or {@code bool}) that fits in 64 bits.
     *
     * @throws ClassCastException when it is not an int or does not fit
     */
    public long asLong() {
        Object v = toJava();
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new ClassCastException(describe() + " is not an int that fits in a long");
    }

    /**
     * The value of an {@code int} or {@code bool}, of any size.
     *
     * @throws ClassCastException when it is not an int
     */
    public BigInteger asBigInteger() {
        Object v = toJava();
        return switch (v) {
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            case null, default -> throw new ClassCastException(describe() + " is not an int");
        };
    }

    /**
     * The value of a {@code float}, or of an {@code int} as {@code float(x)} gives it.
     *
     * @throws ClassCastException when it is neither
     * @throws PythonException OverflowError for an int too large for a float
     */
    public double asDouble() {
        Object v = toJava();
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Long || v instanceof BigInteger) {
            return owner.run(ts -> Abstract.toDouble(object));
        }
        throw new ClassCastException(describe() + " is not a float");
    }

    /**
     * The value of a {@code str}.
     *
     * @throws ClassCastException when it is not a str (use {@link #toString()} for {@code str(obj)})
     */
    public String asString() {
        if (toJava() instanceof String s) {
            return s;
        }
        throw new ClassCastException(describe() + " is not a str");
    }

    /**
     * The value of a {@code bool}.
     *
     * @throws ClassCastException when it is not a bool (use {@link #isTrue()} for truth)
     */
    public boolean asBoolean() {
        if (toJava() instanceof Boolean b) {
            return b;
        }
        throw new ClassCastException(describe() + " is not a bool");
    }

    /**
     * The contents of a {@code bytes} (a copy).
     *
     * @throws ClassCastException when it is not bytes
     */
    public byte[] asBytes() {
        if (toJava() instanceof byte[] b) {
            return b;
        }
        throw new ClassCastException(describe() + " is not bytes");
    }

    /**
     * A copy of a {@code list} or {@code tuple}, elements converted.
     *
     * @throws ClassCastException when it is neither
     */
    @SuppressWarnings("unchecked")
    public List<Object> asList() {
        if (toJava() instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new ClassCastException(describe() + " is not a list or tuple");
    }

    /**
     * A copy of a {@code dict}, keys and values converted, in the dict's order.
     *
     * @throws ClassCastException when it is not a dict
     */
    @SuppressWarnings("unchecked")
    public Map<Object, Object> asMap() {
        if (toJava() instanceof Map<?, ?> m) {
            return (Map<Object, Object>) m;
        }
        throw new ClassCastException(describe() + " is not a dict");
    }

    /** Python truth ({@code bool(obj)}). @throws PythonException what {@code __bool__}/{@code __len__} raise */
    public boolean isTrue() {
        return owner.run(ts -> Abstract.isTrue(object));
    }

    /** Whether the object is None. */
    public boolean isNone() {
        return object == org.taipan.runtime.PyNone.NONE;
    }

    /** The name of the object's type ({@code type(obj).__name__}). */
    public String typeName() {
        return object.type().name();
    }

    /** {@code repr(obj)}. @throws PythonException what {@code __repr__} raises */
    public String repr() {
        return owner.run(ts -> Abstract.repr(object));
    }

    /**
     * {@code str(obj)}; never throws (Java calls {@code toString} from debuggers and logging): when
     * {@code __str__} raises, or the interpreter is closed, a placeholder naming the type.
     */
    @Override
    public String toString() {
        if (owner.isClosed()) {
            return "<" + typeName() + " object of a closed interpreter>";
        }
        try {
            return owner.run(ts -> Abstract.str(object).toString());
        } catch (PythonException e) {
            return "<" + typeName() + " object; str() raised " + e.getMessage() + ">";
        }
    }

    /** Identity of the Python objects ({@code a is b}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof PythonObject p && p.object == object;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(object);
    }

    private String describe() {
        return "a Python '" + typeName() + "'";
    }
}
