package org.taipan.javainterop;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.taipan.runtime.Errors;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * A public Java field in a Java class's type dict: a data descriptor. A static field reads the
 * same through the class or an instance ({@code Math.PI}, {@code Integer.MAX_VALUE}); an instance
 * field needs an instance. Assigning converts the value as an argument of the field's type is
 * converted ({@link ArgConverter}); a final field refuses with AttributeError. Static fields can
 * be assigned through an instance only (a Java class's type, like every builtin type, refuses
 * attribute assignment).
 */
final class JavaField extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("java_field", PyType.OBJECT);

    static {
        TYPE.tp_descr_get = (d, obj, type) -> {
            JavaField f = (JavaField) d;
            return obj == null && !f.isStatic ? f : f.get(obj);
        };
        TYPE.tp_descr_set = (d, obj, value) -> ((JavaField) d).set(obj, value);
        TYPE.tp_repr = o -> PyStr.of("<java field " + ((JavaField) o).qualifiedName() + ">");
        TYPE.ready();
    }

    private final Field field;
    private final boolean isStatic;
    private volatile MethodHandle getter, setter;

    JavaField(Field field) {
        this.field = field;
        this.isStatic = Modifier.isStatic(field.getModifiers());
    }

    private String qualifiedName() {
        return field.getDeclaringClass().getName() + "." + field.getName();
    }

    private PyObject get(PyObject obj) {
        MethodHandle h = getter;
        if (h == null) {
            try {
                h = MethodHandles.publicLookup().unreflectGetter(field);
            } catch (IllegalAccessException e) {
                throw Errors.attributeError("Java field %s is not accessible: %s", qualifiedName(), e.getMessage());
            }
            h = getter = h.asType(isStatic ? MethodType.methodType(Object.class)
                    : MethodType.methodType(Object.class, Object.class));
        }
        try {
            return JavaValues.toPython(isStatic ? (Object) h.invokeExact() : (Object) h.invokeExact(receiver(obj)));
        } catch (Throwable t) {
            throw JavaExceptions.toPyException(t);
        }
    }

    private void set(PyObject obj, PyObject value) {
        if (value == null) {
            throw Errors.attributeError("cannot delete Java field %s", qualifiedName());
        }
        if (Modifier.isFinal(field.getModifiers())) {
            throw Errors.attributeError("Java field %s is final", qualifiedName());
        }
        Class<?> t = field.getType();
        if (ArgConverter.cost(value, t) < 0) {
            throw Errors.typeError("Java field %s is of type %s, not '%s'", qualifiedName(), t.getTypeName(),
                    ArgConverter.typeName(value));
        }
        MethodHandle h = setter;
        if (h == null) {
            try {
                h = MethodHandles.publicLookup().unreflectSetter(field);
            } catch (IllegalAccessException e) {
                throw Errors.attributeError("Java field %s is not accessible: %s", qualifiedName(), e.getMessage());
            }
            h = setter = h.asType(isStatic ? MethodType.methodType(void.class, Object.class)
                    : MethodType.methodType(void.class, Object.class, Object.class));
        }
        Object v = ArgConverter.convert(value, t);
        try {
            if (isStatic) {
                h.invokeExact(v);
            } else {
                h.invokeExact(receiver(obj), v);
            }
        } catch (Throwable e) {
            throw JavaExceptions.toPyException(e);
        }
    }

    private Object receiver(PyObject obj) {
        Object o = JavaValues.javaObjectOf(obj);
        if (!field.getDeclaringClass().isInstance(o)) {
            throw Errors.typeError("Java field %s needs a %s instance, not '%s'", qualifiedName(),
                    field.getDeclaringClass().getName(), obj.type().name());
        }
        return o;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
