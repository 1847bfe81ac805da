package org.taipan.javainterop;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The members of a Java class that Python may use: public methods, fields and constructors of
 * classes that are public and in packages their module exports to everyone (Taipan never calls
 * {@code setAccessible}). An object of a class Python may not see (a JDK-internal implementation
 * class such as {@code ArrayList$Itr}) is used through the accessible types above it: its nearest
 * accessible superclass and its accessible interfaces, the way Java code outside the module would
 * see it.
 */
final class JavaMembers {
    private JavaMembers() {}

    /** Whether Python code may use {@code c}'s public members directly. */
    static boolean isAccessible(Class<?> c) {
        if (c.isArray()) {
            return isAccessible(c.getComponentType());
        }
        if (c.isPrimitive()) {
            return true;
        }
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return c.getModule().isExported(c.getPackageName());
    }

    /**
     * The types through which {@code c}'s instance methods are reached: {@code c} itself when
     * accessible, else its nearest accessible superclass and its accessible interfaces.
     */
    static List<Class<?>> viewTypes(Class<?> c) {
        if (isAccessible(c) && !c.isInterface()) {
            return List.of(c);
        }
        List<Class<?>> views = new ArrayList<>();
        Class<?> k = c;
        while (k != null && !isAccessible(k)) {
            k = k.getSuperclass();
        }
        if (c.isInterface()) {
            if (isAccessible(c)) {
                views.add(c);
            }
            views.add(Object.class);
        } else if (k != null) {
            views.add(k);
        }
        for (Class<?> i : allInterfaces(c)) {
            if (isAccessible(i)) {
                views.add(i);
            }
        }
        return views;
    }

    /** Every interface {@code c} implements, directly or through supertypes, nearest first. */
    static Set<Class<?>> allInterfaces(Class<?> c) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> queue = new ArrayDeque<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            queue.addAll(Arrays.asList(k.getInterfaces()));
        }
        while (!queue.isEmpty()) {
            Class<?> i = queue.removeFirst();
            if (seen.add(i)) {
                queue.addAll(Arrays.asList(i.getInterfaces()));
            }
        }
        return seen;
    }

    /** A method or constructor Python can call, and the accessible class it is looked up in. */
    record Member(java.lang.reflect.Executable executable, Class<?> refc) {
        boolean isStatic() {
            return Modifier.isStatic(executable.getModifiers());
        }
    }

    /**
     * The callable methods of {@code c} by name: instance methods through {@link #viewTypes},
     * static methods only when {@code c} itself is accessible. One entry per signature, bridge
     * methods left out.
     */
    static Map<String, List<Member>> methods(Class<?> c) {
        Map<String, Map<String, Member>> bySignature = new LinkedHashMap<>();
        boolean own = isAccessible(c);
        for (Class<?> view : viewTypes(c)) {
            for (Method m : view.getMethods()) {
                if (m.isBridge() || m.isSynthetic()) {
                    continue;
                }
                boolean isStatic = Modifier.isStatic(m.getModifiers());
                if (isStatic && (view != c || !own)) {
                    continue;
                }
                if (!isAccessible(m.getDeclaringClass()) && view == m.getDeclaringClass()) {
                    continue;
                }
                String sig = Arrays.toString(m.getParameterTypes());
                bySignature.computeIfAbsent(m.getName(), n -> new LinkedHashMap<>())
                        .putIfAbsent(sig, new Member(m, view));
            }
        }
        Map<String, List<Member>> result = new LinkedHashMap<>();
        bySignature.forEach((name, sigs) -> result.put(name, new ArrayList<>(sigs.values())));
        return result;
    }

    /** The public constructors of {@code c}, none for an inaccessible, abstract or interface class. */
    static List<Member> constructors(Class<?> c) {
        List<Member> result = new ArrayList<>();
        if (!isAccessible(c) || c.isInterface() || Modifier.isAbstract(c.getModifiers()) || c.isArray()) {
            return result;
        }
        for (Constructor<?> k : c.getConstructors()) {
            result.add(new Member(k, c));
        }
        return result;
    }

    /** The public fields of {@code c} (its own and inherited) that Python may read, by name. */
    static Map<String, Field> fields(Class<?> c) {
        Map<String, Field> result = new LinkedHashMap<>();
        if (!isAccessible(c)) {
            return result;
        }
        for (Field f : c.getFields()) {
            if (isAccessible(f.getDeclaringClass())) {
                result.putIfAbsent(f.getName(), f);
            }
        }
        return result;
    }

    /** The public member classes of {@code c} by simple name. */
    static Map<String, Class<?>> nestedClasses(Class<?> c) {
        Map<String, Class<?>> result = new LinkedHashMap<>();
        if (isAccessible(c)) {
            for (Class<?> n : c.getClasses()) {
                if (n.getDeclaringClass() == c) {
                    result.put(n.getSimpleName(), n);
                }
            }
        }
        return result;
    }
}
