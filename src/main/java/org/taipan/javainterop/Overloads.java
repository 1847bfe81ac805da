package org.taipan.javainterop;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

import org.taipan.runtime.Errors;
import org.taipan.runtime.PyObject;

/**
 * The overloads of one Java method name (or a class's constructors) and the choice among them.
 *
 * <p>Resolution: each candidate whose arity fits (fixed arity first; a varargs method also with
 * its trailing arguments packed into an array, at a higher cost) and whose every parameter
 * accepts its argument ({@link ArgConverter#cost}) is applicable; the one with the lowest total
 * cost wins. Among equal costs the more specific candidate wins (every parameter type assignable
 * to the other's, primitives by Java's widening order), then the first by signature text, so the
 * choice never depends on reflection's order. No applicable candidate: TypeError listing them.
 */
final class Overloads {
    /** {@code java.lang.Math.max}: how messages name the method. */
    private final String qualifiedName;
    private final List<Candidate> candidates;

    Overloads(String qualifiedName, List<Candidate> candidates) {
        this.qualifiedName = qualifiedName;
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(c -> c.signature));
        this.candidates = List.copyOf(sorted);
    }

    boolean isEmpty() {
        return candidates.isEmpty();
    }

    /** What a choice binds: the candidate, the receiver and the converted arguments. */
    private record Choice(Candidate candidate, Object receiver, PyObject[] args, boolean spread, int cost) {}

    /**
     * Calls the best overload.
     *
     * @param receiver the Java object for instance methods called through an instance, or null
     * @param bound whether {@code receiver} is given; when not, an instance method takes its
     *     receiver from the first argument ({@code ArrayList.size(lst)})
     * @throws org.taipan.runtime.PyException TypeError for keyword arguments or when no overload
     *     applies; the Java method's exception converted
     */
    PyObject call(Object receiver, boolean bound, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError("%s() takes no keyword arguments", qualifiedName);
        }
        Choice best = null;
        for (Candidate c : candidates) {
            Choice choice = applicable(c, receiver, bound, args);
            if (choice != null && (best == null || better(choice, best))) {
                best = choice;
            }
        }
        if (best == null) {
            throw noMatch(args);
        }
        Object[] javaArgs = convert(best);
        return JavaValues.toPython(JavaCalls.invoke(best.candidate.handle(), javaArgs));
    }

    private Choice applicable(Candidate c, Object receiver, boolean bound, PyObject[] args) {
        PyObject[] rest = args;
        Object self = null;
        int cost = 0;
        if (!c.isStatic) {
            if (bound) {
                self = receiver;
            } else {
                if (args.length == 0) {
                    return null;
                }
                // the receiver converts as an argument would: String.toCharArray("abc") works
                Class<?> receiverClass = c.refc;
                cost = args[0] == org.taipan.runtime.PyNone.NONE ? -1 : ArgConverter.cost(args[0], receiverClass);
                if (cost < 0) {
                    return null;
                }
                self = ArgConverter.convert(args[0], receiverClass);
                rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            }
        }
        Class<?>[] p = c.params;
        if (rest.length == p.length) {
            int k = costs(rest, p, p.length);
            if (k >= 0) {
                return new Choice(c, self, rest, false, cost + k);
            }
        }
        if (c.varargs && rest.length >= p.length - 1) {
            int k = costs(rest, p, p.length - 1);
            if (k < 0) {
                return null;
            }
            Class<?> component = p[p.length - 1].getComponentType();
            for (int i = p.length - 1; i < rest.length; i++) {
                int a = ArgConverter.cost(rest[i], component);
                if (a < 0) {
                    return null;
                }
                k += a;
            }
            return new Choice(c, self, rest, true, cost + k + 100);
        }
        return null;
    }

    private static int costs(PyObject[] args, Class<?>[] params, int n) {
        int total = 0;
        for (int i = 0; i < n; i++) {
            int k = ArgConverter.cost(args[i], params[i]);
            if (k < 0) {
                return -1;
            }
            total += k;
        }
        return total;
    }

    private static boolean better(Choice a, Choice b) {
        if (a.cost != b.cost) {
            return a.cost < b.cost;
        }
        boolean aMore = moreSpecific(a.candidate.params, b.candidate.params);
        boolean bMore = moreSpecific(b.candidate.params, a.candidate.params);
        if (aMore != bMore) {
            return aMore;
        }
        // candidates are sorted by signature, so the earlier one stays
        return false;
    }

    private static boolean moreSpecific(Class<?>[] a, Class<?>[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!widensTo(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    private static final List<Class<?>> WIDENING = List.of(byte.class, short.class, int.class, long.class,
            float.class, double.class);

    private static boolean widensTo(Class<?> from, Class<?> to) {
        if (from.isPrimitive() && to.isPrimitive()) {
            int f = WIDENING.indexOf(from), t = WIDENING.indexOf(to);
            return from == to || (f >= 0 && t >= 0 && f <= t);
        }
        return to.isAssignableFrom(from);
    }

    private static Object[] convert(Choice choice) {
        Candidate c = choice.candidate;
        Class<?>[] p = c.params;
        int offset = c.isStatic ? 0 : 1;
        Object[] out = new Object[p.length + offset];
        if (!c.isStatic) {
            out[0] = choice.receiver;
        }
        int fixed = choice.spread ? p.length - 1 : p.length;
        for (int i = 0; i < fixed; i++) {
            out[i + offset] = ArgConverter.convert(choice.args[i], p[i]);
        }
        if (choice.spread) {
            Class<?> component = p[p.length - 1].getComponentType();
            Object array = Array.newInstance(component, choice.args.length - fixed);
            for (int i = fixed; i < choice.args.length; i++) {
                Array.set(array, i - fixed, ArgConverter.convert(choice.args[i], component));
            }
            out[p.length - 1 + offset] = array;
        }
        return out;
    }

    private RuntimeException noMatch(PyObject[] args) {
        StringJoiner types = new StringJoiner(", ", "(", ")");
        for (PyObject a : args) {
            types.add(ArgConverter.typeName(a));
        }
        StringJoiner sigs = new StringJoiner(", ");
        for (Candidate c : candidates) {
            sigs.add(c.signature);
        }
        if (candidates.isEmpty()) {
            return Errors.typeError("%s() cannot be called from Python: no public overload", qualifiedName);
        }
        return Errors.typeError("%s(): no overload matches the arguments %s; candidates: %s",
                qualifiedName, types, sigs);
    }
}
