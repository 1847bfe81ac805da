package org.taipan.runtime;

/**
 * The signatures of the type slots (CPython's {@code tp_*}, {@code nb_*}, {@code sq_*},
 * {@code mp_*}). A binary numeric slot returns {@link PyNotImplemented#NOT_IMPLEMENTED} when it
 * does not handle the operand types; {@link Abstract} then tries the reflected operation.
 */
public final class Slots {
    private Slots() {}

    /** {@code tp_repr}, {@code tp_str}, {@code tp_iter}, {@code nb_negative}, ... */
    @FunctionalInterface
    public interface Unary { PyObject call(PyObject self); }

    /** {@code nb_add} and the other binary numeric slots; {@code mp_subscript}. */
    @FunctionalInterface
    public interface Binary { PyObject call(PyObject a, PyObject b); }

    /** {@code nb_power}: the third argument is {@code None} for the two-argument form. */
    @FunctionalInterface
    public interface Ternary { PyObject call(PyObject a, PyObject b, PyObject c); }

    /** {@code tp_richcompare}: returns NotImplemented when it cannot compare. */
    @FunctionalInterface
    public interface RichCompare { PyObject call(PyObject a, PyObject b, CompareOp op); }

    /** {@code tp_hash}: the Python hash value. */
    @FunctionalInterface
    public interface Hash { long call(PyObject self); }

    /** {@code nb_bool}. */
    @FunctionalInterface
    public interface Bool { boolean call(PyObject self); }

    /** {@code sq_length} / {@code mp_length}. */
    @FunctionalInterface
    public interface Length { long call(PyObject self); }

    /** {@code sq_contains}. */
    @FunctionalInterface
    public interface Contains { boolean call(PyObject self, PyObject item); }

    /** {@code mp_ass_subscript}: value {@code null} means delete. */
    @FunctionalInterface
    public interface SetItem { void call(PyObject self, PyObject key, PyObject value); }

    /**
     * {@code tp_iternext}: returns {@code null} when exhausted. It may also raise StopIteration (a
     * class's {@code __next__}, a map's function; CPython's NULL with StopIteration set), which
     * {@link Abstract#next} takes as the end too and {@link Abstract#iterNext} passes on.
     */
    @FunctionalInterface
    public interface IterNext { PyObject call(PyObject self); }

    /** {@code tp_getattro}: raises AttributeError when absent. */
    @FunctionalInterface
    public interface GetAttr { PyObject call(PyObject self, PyStr name); }

    /** {@code tp_setattro}: value {@code null} means delete. */
    @FunctionalInterface
    public interface SetAttr { void call(PyObject self, PyStr name, PyObject value); }

    /** {@code tp_descr_get}: {@code obj} is {@code null} for access through the type. */
    @FunctionalInterface
    public interface DescrGet { PyObject call(PyObject descr, PyObject obj, PyType type); }

    /** {@code tp_descr_set}: value {@code null} means delete. */
    @FunctionalInterface
    public interface DescrSet { void call(PyObject descr, PyObject obj, PyObject value); }

    /**
     * {@code tp_call} in vectorcall form: {@code args} holds the positional arguments then the
     * values of the keyword arguments named by {@code kwnames} (null when there are none).
     */
    @FunctionalInterface
    public interface Call { PyObject call(PyObject self, PyObject[] args, String[] kwnames); }

    /** {@code tp_new}: {@code type} is the type being instantiated. */
    @FunctionalInterface
    public interface New { PyObject call(PyType type, PyObject[] args, String[] kwnames); }

    /** {@code tp_init}. */
    @FunctionalInterface
    public interface Init { void call(PyObject self, PyObject[] args, String[] kwnames); }
}
