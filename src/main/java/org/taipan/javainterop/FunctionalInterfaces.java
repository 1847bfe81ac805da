package org.taipan.javainterop;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;

import org.taipan.runtime.Errors;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * Python callables as Java functional interfaces: where a parameter's type is an interface with
 * exactly one abstract method ({@code Runnable}, {@code Comparator}, the
 * {@code java.util.function} interfaces, any user interface of that shape), a Python function,
 * lambda, bound method or other callable is passed as a {@link Proxy} of that interface whose
 * abstract method calls it ({@link PythonCallback}: arguments converted to Python, the result to
 * the method's return type). The interface's default methods run their Java bodies;
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

    /**
     * A proxy of functional interface {@code iface} calling {@code callable} in the current
     * thread's interpreter.
     *
     * @throws org.taipan.runtime.PyException TypeError when {@code iface} is not functional or
     *     no interpreter runs on this thread
     */
    static Object proxy(PyObject callable, Class<?> iface) {
        Method sam = singleAbstractMethod(iface);
        ThreadState ts = ThreadState.currentOrNull();
        if (sam == null || ts == null) {
            throw Errors.typeError("cannot pass a '%s' object as %s", callable.type().name(), iface.getName());
        }
        PythonCallback callback = new PythonCallback(ts.interpreter, callable);
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
            return callback.call(args == null ? new Object[0] : args, method.getReturnType());
        };
        ClassLoader loader = iface.getClassLoader() != null ? iface.getClassLoader() : FunctionalInterfaces.class.getClassLoader();
        return Proxy.newProxyInstance(loader, new Class<?>[] {iface}, handler);
    }
}
