package org.taipan.javainterop;

import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;

/**
 * A Python view of a Java object (not a copy): its Python type is the {@link JavaTypes type of its
 * Java class}, whose attributes are the class's public methods and fields and whose slots map the
 * Python protocols onto the Java ones (iteration, {@code len}, indexing, {@code ==}, {@code hash}).
 * Strings, boxed primitives, {@code null} and exceptions are never wrapped: {@link JavaValues}
 * converts them.
 */
public final class JavaObject extends PyObject {
    private final Object value;
    private final PyType type;

    JavaObject(Object value) {
        this.value = value;
        this.type = JavaTypes.of(value.getClass());
    }

    /** The Java object this views. */
    public Object value() {
        return value;
    }

    @Override
    public PyType type() {
        return type;
    }
}
