package org.taipan.runtime;

/**
 * The layout of an instance's attributes (PyPy's maps, V8's hidden classes): attribute name to
 * index in the instance's value array, in insertion order. Shapes are immutable and shared by
 * every instance that added the same names in the same order; adding a name follows a cached
 * transition to the next shape, so instances built alike end up with the identical shape and an
 * inline cache can test it by identity. Each heap type has its own root ({@link PyType#rootShape()}),
 * so transitions are never shared between interpreters.
 */
public final class Shape {
    /** Attributes beyond this many make an instance fall back to a dict (as deletion does). */
    public static final int MAX_ATTRIBUTES = 48;

    private static final PyStr[] NO_NAMES = {};
    private static final int[] NO_HASHES = {};

    /**
     * No object's shape: marks an attribute cache entry (interp.AttrSpecializer) for objects that
     * keep their attributes in an instance dict ({@link HasDict}), which must not have the name.
     */
    public static final Shape OF_DICT = newRoot();

    private final PyStr[] names;
    private final int[] hashes;
    /** Cached transitions, copied on write: {@code transitionNames[i]} leads to {@code transitionShapes[i]}. */
    private volatile Transitions transitions;

    private record Transitions(PyStr[] names, Shape[] shapes) {}

    /**
     * On a root shape: how long a new instance's value array is made, the most attributes an
     * instance of the type has had so far (CPython sizes split keys the same way), so building an
     * instance does not grow its array attribute by attribute. A hint: races only cost a copy.
     */
    int valuesHint;

    /**
     * One bit per attribute, bit {@code hash & 63} of its name: a name whose bit is clear is
     * certainly absent, which is the common answer when a method is looked up on an instance
     * (the instance must not shadow it) and costs no walk over the names.
     */
    private final long filter;

    private Shape(PyStr[] names, int[] hashes) {
        this.names = names;
        this.hashes = hashes;
        long f = 0;
        for (int h : hashes) {
            f |= 1L << h;
        }
        this.filter = f;
    }

    /** A new empty shape, the root of a type's transition tree. */
    static Shape newRoot() {
        return new Shape(NO_NAMES, NO_HASHES);
    }

    /** Number of attributes, which is also the index the next added attribute gets. */
    public int size() {
        return names.length;
    }

    /** The name of the attribute at {@code index} (0 ≤ index &lt; size()). */
    public PyStr nameAt(int index) {
        return names[index];
    }

    /** Index of exact-str attribute {@code name}, or -1. */
    public int indexOf(PyStr name) {
        int h = name.hashCode();
        if ((filter & (1L << h)) == 0) {
            return -1;
        }
        PyStr[] ns = names;
        for (int i = 0; i < ns.length; i++) {
            if (ns[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < ns.length; i++) {
            if (hashes[i] == h && ns[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The shape with {@code name} (an exact str not in this shape) appended, or null when the
     * result would exceed {@link #MAX_ATTRIBUTES}.
     */
    public Shape withAttribute(PyStr name) {
        Transitions t = transitions;
        if (t != null) {
            for (int i = 0; i < t.names.length; i++) {
                if (t.names[i] == name || t.names[i].equals(name)) {
                    return t.shapes[i];
                }
            }
        }
        if (names.length >= MAX_ATTRIBUTES) {
            return null;
        }
        return addTransition(name);
    }

    private synchronized Shape addTransition(PyStr name) {
        Transitions t = transitions;
        int n = t == null ? 0 : t.names.length;
        for (int i = 0; i < n; i++) {
            if (t.names[i].equals(name)) {
                return t.shapes[i];
            }
        }
        PyStr[] nn = java.util.Arrays.copyOf(names, names.length + 1);
        int[] nh = java.util.Arrays.copyOf(hashes, hashes.length + 1);
        nn[names.length] = name;
        nh[names.length] = name.hashCode();
        Shape next = new Shape(nn, nh);
        PyStr[] tn = new PyStr[n + 1];
        Shape[] ts = new Shape[n + 1];
        if (t != null) {
            System.arraycopy(t.names, 0, tn, 0, n);
            System.arraycopy(t.shapes, 0, ts, 0, n);
        }
        tn[n] = name;
        ts[n] = next;
        transitions = new Transitions(tn, ts);
        return next;
    }
}
