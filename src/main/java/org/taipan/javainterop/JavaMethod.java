package org.taipan.javainterop;

import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * A Java method name in a Java class's type dict, with all its public overloads (instance and
 * static). Read through the class it is unbound: {@code Math.max(1, 2)} calls a static overload,
 * {@code ArrayList.size(lst)} an instance one with the receiver first. Read through an instance it
 * binds to the Java object ({@code lst.size()}); static overloads stay callable that way too, as in
 * Java.
 */
final class JavaMethod extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("java_method", PyType.OBJECT);

    static {
        TYPE.tp_descr_get = (d, obj, type) -> {
            JavaMethod m = (JavaMethod) d;
            return obj == null || m.bound ? m : new JavaMethod(m.name, m.overloads, JavaValues.javaObjectOf(obj), true);
        };
        TYPE.tp_call = (f, args, kw) -> {
            JavaMethod m = (JavaMethod) f;
            return m.overloads.call(m.receiver, m.bound, args, kw);
        };
        TYPE.tp_repr = o -> {
            JavaMethod m = (JavaMethod) o;
            return PyStr.of((m.bound ? "<bound java method " : "<java method ") + m.name + ">");
        };
        TYPE.ready();
    }

    private final String name;
    private final Overloads overloads;
    private final Object receiver;
    private final boolean bound;

    JavaMethod(String qualifiedName, Overloads overloads) {
        this(qualifiedName, overloads, null, false);
    }

    private JavaMethod(String name, Overloads overloads, Object receiver, boolean bound) {
        this.name = name;
        this.overloads = overloads;
        this.receiver = receiver;
        this.bound = bound;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
