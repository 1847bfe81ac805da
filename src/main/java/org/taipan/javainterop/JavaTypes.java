package org.taipan.javainterop;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;

/**
 * The Python type of each Java class, made on first use and shared by every interpreter (like
 * the builtin types, it is immutable once made). Its name is the class's binary name
 * ({@code java.util.ArrayList}: {@code __module__} {@code java.util}, {@code __name__}
 * {@code ArrayList}); its MRO lists the Java superclasses, then the interfaces, then
 * {@code java.lang.Object} and {@code object} ({@code java.lang.Throwable} and its subclasses end
 * in {@code Exception}, {@code BaseException}, {@code object} instead). Its dict holds a
 * {@link JavaMethod} per public method name, a {@link JavaField} per public field (a name that is
 * a Python keyword also with a trailing underscore: {@code System.in_}, {@code Instant.from_}) and
 * the public member classes; calling it constructs an instance ({@link Overloads} over the public
 * constructors, or a {@link FunctionalInterfaces proxy} for a functional interface given a
 * callable); {@link JavaProtocols} sets the slots that make Java collections, maps, arrays,
 * iterators and closeables behave as their Python counterparts. User classes cannot subclass it.
 */
public final class JavaTypes {
    private JavaTypes() {}

    private static final ClassValue<PyType> TYPES = new ClassValue<>() {
        @Override
        protected PyType computeValue(Class<?> c) {
            return build(c);
        }
    };
    private static final Map<PyType, Class<?>> CLASSES = new ConcurrentHashMap<>();

    /** The Python type of Java class {@code c}. */
    public static PyType of(Class<?> c) {
        return TYPES.get(c);
    }

    /** The Java class whose Python type {@code t} is, or null when {@code t} is not one. */
    public static Class<?> classOf(PyType t) {
        return CLASSES.get(t);
    }

    private static PyType build(Class<?> c) {
        boolean throwable = Throwable.class.isAssignableFrom(c);
        PyType base;
        if (c == Object.class) {
            base = PyType.OBJECT;
        } else if (c == Throwable.class) {
            base = ExceptionTypes.Exception;
        } else if (c.isInterface() || c.isArray() || c.isPrimitive()) {
            base = of(Object.class);
        } else {
            base = of(c.getSuperclass());
        }
        List<PyType> mro = new ArrayList<>();
        for (Class<?> k = c.getSuperclass(); k != null && k != Object.class; k = k.getSuperclass()) {
            mro.add(of(k));
        }
        for (Class<?> i : JavaMembers.allInterfaces(c)) {
            mro.add(of(i));
        }
        if (throwable) {
            mro.addAll(List.of(ExceptionTypes.Exception.mro()));
        } else {
            if (c != Object.class) {
                mro.add(of(Object.class));
            }
            mro.add(PyType.OBJECT);
        }
        PyType t = PyType.builtinWithMro(typeName(c), base, mro.toArray(new PyType[0]));
        CLASSES.put(t, c);
        if (!c.isArray() && !c.getPackageName().isEmpty()) {
            t.addAttr("__module__", org.taipan.runtime.PyStr.of(c.getPackageName()));
        }
        populate(t, c);
        JavaProtocols.install(t, c, throwable);
        installConstructor(t, c, throwable);
        t.ready();
        return t;
    }

    /** {@code java.util.ArrayList}, {@code java.util.Map$Entry}, {@code int[]}, {@code java.lang.String[]}. */
    private static String typeName(Class<?> c) {
        return c.isArray() ? c.getComponentType().getTypeName() + "[]" : c.getName();
    }

    /** Python keywords that are legal Java identifiers: members so named are also reachable with a trailing {@code _}. */
    private static final java.util.Set<String> PYTHON_KEYWORDS = java.util.Set.of("and", "as", "assert", "async",
            "await", "def", "del", "elif", "except", "from", "global", "in", "is", "lambda", "nonlocal", "not", "or",
            "pass", "raise", "with", "yield", "None", "True", "False");

    private static void populate(PyType t, Class<?> c) {
        for (Map.Entry<String, Class<?>> n : JavaMembers.nestedClasses(c).entrySet()) {
            t.addAttr(n.getKey(), new JavaNestedClass(n.getValue()));
        }
        for (Map.Entry<String, Field> f : JavaMembers.fields(c).entrySet()) {
            t.addAttr(f.getKey(), new JavaField(f.getValue()));
        }
        for (Map.Entry<String, List<JavaMembers.Member>> m : JavaMembers.methods(c).entrySet()) {
            List<Candidate> candidates = new ArrayList<>();
            for (JavaMembers.Member member : m.getValue()) {
                candidates.add(new Candidate(member));
            }
            String qualified = c.getName() + "." + m.getKey();
            JavaMethod method = new JavaMethod(qualified, new Overloads(qualified, candidates));
            t.addAttr(m.getKey(), method);
            if (PYTHON_KEYWORDS.contains(m.getKey())) {
                // Instant.from(x) does not parse in Python: Instant.from_(x), as PEP 8 spells it
                t.addAttr(m.getKey() + "_", method);
            }
        }
        for (Map.Entry<String, Field> f : JavaMembers.fields(c).entrySet()) {
            if (PYTHON_KEYWORDS.contains(f.getKey())) {
                t.addAttr(f.getKey() + "_", new JavaField(f.getValue()));
            }
        }
    }

    private static void installConstructor(PyType t, Class<?> c, boolean throwable) {
        List<Candidate> candidates = new ArrayList<>();
        for (JavaMembers.Member k : JavaMembers.constructors(c)) {
            candidates.add(new Candidate(k));
        }
        Overloads constructors = new Overloads(c.getName(), candidates);
        t.tp_new = (type, args, kw) -> {
            if (constructors.isEmpty()) {
                if (c.isInterface() && args.length == 1 && (kw == null || kw.length == 0)
                        && (FunctionalInterfaces.singleAbstractMethod(c) != null && args[0].type().tp_call != null
                            || FunctionalInterfaces.implementsByName(args[0], c))) {
                    return JavaValues.toPython(FunctionalInterfaces.proxy(args[0], c));
                }
                throw Errors.typeError("cannot create '%s' instances: %s", c.getName(),
                        c.isInterface() ? "it is an interface"
                                : java.lang.reflect.Modifier.isAbstract(c.getModifiers()) ? "it is abstract"
                                : "it has no public constructor");
            }
            return constructors.call(null, false, args, kw);
        };
        // the constructor did all the work (for an exception, args come from getMessage())
        t.tp_init = (self, args, kw) -> { };
    }

    /** A public member class in its outer class's dict ({@code Map.Entry}): its type, made when first read. */
    static final class JavaNestedClass extends PyObject {
        static final PyType TYPE = PyType.builtinFinal("java_member_class", PyType.OBJECT);

        static {
            TYPE.tp_descr_get = (d, obj, type) -> of(((JavaNestedClass) d).nested);
            TYPE.ready();
        }

        private final Class<?> nested;

        JavaNestedClass(Class<?> nested) {
            this.nested = nested;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
