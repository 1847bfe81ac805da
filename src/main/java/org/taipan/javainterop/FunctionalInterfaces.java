package org.taipan.javainterop;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;

import java.util.ArrayList;
import java.util.List;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.ThreadState;

/**
 * Python callables as Java functional interfaces: where a parameter's type is an interface with
 * exactly one abstract method ({@code Runnable}, {@code Comparator}, the
 * {@code java.util.function} interfaces, any user interface of that shape), a Python function,
 * lambda, bound method or other callable is passed as a {@link Proxy} of that interface whose
 * abstract method calls it ({@link PythonCallback}: arguments converted to Python, the result to
 * the method's return type). A Python object that is not callable, or is passed as an interface
 * with several abstract methods, stands for it when it has a method of each abstract method's
 * name (duck typing: a Python iterator object as a {@code java.util.Iterator}); the proxy calls
 * them by name. The interface's default methods run their Java bodies;
 * {@code equals}/{@code hashCode}/{@code toString} are the proxy's identity.
 */
final class FunctionalInterfaces {
    private FunctionalInterfaces() {}

    private static final ClassValue<Method> SAM = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> c) {
            return findSingleAbstractMethod(c);
        }
    };

    /** The single abstract method of interface {@code c}, or null when it has none or several. */
    static Method singleAbstractMethod(Class<?> c) {
        return c.isInterface() ? SAM.get(c) : null;
    }

    private static Method findSingleAbstractMethod(Class<?> c) {
        Method found = null;
        for (Method m : c.getMethods()) {
            if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) {
                continue;
            }
            if (found != null && !(found.getName().equals(m.getName())
                    && java.util.Arrays.equals(found.getParameterTypes(), m.getParameterTypes()))) {
                return null;
            }
            found = m;
        }
        return found;
    }

    /** Whether {@code m} is public in {@code Object} (an interface may redeclare {@code equals}, as Comparator does). */
    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static final ClassValue<List<String>> ABSTRACT_NAMES = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> c) {
            List<String> names = new ArrayList<>();
            for (Method m : c.getMethods()) {
                if (Modifier.isAbstract(m.getModifiers()) && !isObjectMethod(m) && !names.contains(m.getName())) {
                    names.add(m.getName());
                }
            }
            return List.copyOf(names);
        }
    };

    /**
     * Whether Python object {@code obj} (not a Java object) has an attribute named as each abstract
     * method of interface {@code iface} (a Python iterator class for {@code java.util.Iterator}'s
     * {@code hasNext}/{@code next}): it can then stand for the interface, method by method.
     */
    static boolean implementsByName(PyObject obj, Class<?> iface) {
        List<String> names = ABSTRACT_NAMES.get(iface);
        if (names.isEmpty() || JavaValues.javaObjectOf(obj) != null) {
            return false;
        }
        for (String n : names) {
            if (Abstract.lookupAttr(obj, PyStr.of(n)) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * What Java code sees when the Python side of a proxy raises: a Java exception raised in Python
     * ({@code raise IllegalStateException("x")}) as the original {@code Throwable} when the
     * method may throw it (unchecked, or declared), so Java code can catch it; anything else as the
     * {@link PyException}, which passes unchanged back into Python.
     */
    private static Throwable javaSideOf(PyException e, Method method) {
        Throwable t = JavaExceptions.throwableOf(e.value);
        if (t == null) {
            return e;
        }
        if (t instanceof RuntimeException || t instanceof Error) {
            return t;
        }
        for (Class<?> declared : method.getExceptionTypes()) {
            if (declared.isInstance(t)) {
                return t;
            }
        }
        return e;
    }

    /**
     * A proxy of interface {@code iface} calling into the current thread's interpreter: for a
     * functional interface given a callable, its abstract method calls {@code target}; otherwise
     * each abstract method calls {@code target}'s attribute of the same name.
     *
     * @throws org.taipan.runtime.PyException TypeError when neither applies or no interpreter
     *     runs on this thread
     */
    static Object proxy(PyObject target, Class<?> iface) {
        Method sam = singleAbstractMethod(iface);
        ThreadState ts = ThreadState.currentOrNull();
        boolean byName = sam == null || target.type().tp_call == null;
        if (ts == null || byName && !implementsByName(target, iface)) {
            throw Errors.typeError("cannot pass a '%s' object as %s", target.type().name(), iface.getName());
        }
        Interpreter interp = ts.interpreter;
        PythonCallback callback = byName ? null : new PythonCallback(interp, target);
        PyObject callable = target;
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class || isObjectMethod(method) && !method.equals(sam)) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> iface.getName() + " implemented by a Python " + callable.type().name();
                };
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            PythonCallback c = callback != null ? callback
                    : new PythonCallback(interp, target, method.getName());
            try {
                return c.call(args == null ? new Object[0] : args, method.getReturnType());
            } catch (PyException e) {
                throw javaSideOf(e, method);
            }
        };
        ClassLoader loader = iface.getClassLoader() != null ? iface.getClassLoader() : FunctionalInterfaces.class.getClassLoader();
        try {
            return Proxy.newProxyInstance(loader, new Class<?>[] {iface}, handler);
        } catch (IllegalArgumentException e) {
            // an interface the proxy's class loader cannot see, or not accessible to proxies
            throw Errors.typeError("cannot implement %s with a Python object: %s", iface.getName(), e.getMessage());
        }
    }
}
