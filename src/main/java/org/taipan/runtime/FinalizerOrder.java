package org.taipan.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The order in which finalizers found unreachable together run: the order CPython's reference
 * counting would run them in when the outermost object's last reference goes. A holder's
 * {@code __del__} runs before the finalizers of what it holds (so {@code Session(Conn())} has its
 * connection while it closes), and what an object holds is released in CPython's order: its
 * {@code __slots__} first, then its attributes in their order, a list's or tuple's items last
 * first, a dict's keys and values in order ({@code subtype_dealloc}, {@code list_dealloc},
 * {@code tupledealloc}, {@code dict_dealloc}).
 *
 * <p>Holding is followed through instances of Python classes, lists, tuples, dicts, sets, cells,
 * bound methods, closures and what implements {@link HeldReferences} (a suspended generator's
 * frame), looking into at most {@link #MAX_VISITS} containers per batch (or 16 per target), and
 * never through another finalizable object of the batch (its own holdings order its own part).
 * Objects no other one holds go oldest first ({@link Finalization.Target#seq}). Objects in a
 * reference cycle, and all they hold, run last and oldest first, as CPython's cycle collector
 * finalizes what it finds in allocation order.
 */
final class FinalizerOrder {
    /** Containers looked into per batch (or 16 per target, when more): the ordering must not cost more than the finalizers. */
    static final int MAX_VISITS = 100_000;

    private FinalizerOrder() {}

    /**
     * Orders {@code batch} outermost first.
     *
     * @param batch targets found unreachable together, any order; not modified
     * @return the same targets in the order their finalizers should run
     */
    static List<Finalization.Target> outermostFirst(List<Finalization.Target> batch) {
        List<Finalization.Target> bySeq = new ArrayList<>(batch);
        bySeq.sort(Comparator.comparingLong(Finalization.Target::seq));
        if (bySeq.size() < 2) {
            return bySeq;
        }
        Map<PyObject, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < bySeq.size(); i++) {
            PyObject o = bySeq.get(i).finalizedObject();
            if (o != null) {
                index.putIfAbsent(o, i);
            }
        }
        int n = bySeq.size();
        List<List<Integer>> held = new ArrayList<>(n);
        boolean[] selfHeld = new boolean[n];
        int[] budget = {Math.max(MAX_VISITS, 16 * n)};
        for (int i = 0; i < n; i++) {
            List<Integer> children = new ArrayList<>();
            PyObject o = bySeq.get(i).finalizedObject();
            if (o != null) {
                selfHeld[i] = heldTargets(o, i, index, children, budget);
            }
            held.add(children);
        }
        boolean[] cyclic = cyclicGarbage(held, selfHeld);
        int[] holders = new int[n];
        for (int i = 0; i < n; i++) {
            if (!cyclic[i]) {
                for (int c : held.get(i)) {
                    holders[c]++;
                }
            }
        }
        List<Finalization.Target> order = new ArrayList<>(n);
        boolean[] done = cyclic.clone();
        for (int i = 0; i < n; i++) {
            if (!done[i] && holders[i] == 0) {
                emit(i, bySeq, held, holders, done, order);
            }
        }
        // what a reference cycle holds goes to CPython's cycle collector, which finalizes it all
        // in its own (allocation) order, after what reference counting released
        for (int i = 0; i < n; i++) {
            if (cyclic[i]) {
                order.add(bySeq.get(i));
            }
        }
        return order;
    }

    /**
     * The targets in a reference cycle (holding themselves, or in a strongly connected group of
     * targets) and everything they hold, directly or not.
     */
    private static boolean[] cyclicGarbage(List<List<Integer>> held, boolean[] selfHeld) {
        int n = held.size();
        int[] component = StrongComponents.of(held);
        int[] size = new int[n];
        for (int c : component) {
            size[c]++;
        }
        boolean[] cyclic = new boolean[n];
        List<Integer> work = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (selfHeld[i] || size[component[i]] > 1) {
                cyclic[i] = true;
                work.add(i);
            }
        }
        while (!work.isEmpty()) {
            int k = work.remove(work.size() - 1);
            for (int c : held.get(k)) {
                if (!cyclic[c]) {
                    cyclic[c] = true;
                    work.add(c);
                }
            }
        }
        return cyclic;
    }

    /** Emits {@code i}, then (depth first, in release order) what only it still held. */
    private static void emit(int i, List<Finalization.Target> bySeq, List<List<Integer>> held, int[] holders,
            boolean[] done, List<Finalization.Target> order) {
        List<Integer> stack = new ArrayList<>();
        stack.add(i);
        while (!stack.isEmpty()) {
            int k = stack.remove(stack.size() - 1);
            if (done[k]) {
                continue;
            }
            done[k] = true;
            order.add(bySeq.get(k));
            List<Integer> children = held.get(k);
            List<Integer> freed = new ArrayList<>();
            for (int c : children) {
                if (--holders[c] == 0 && !done[c]) {
                    freed.add(c);
                }
            }
            // the first released runs first: push in reverse
            for (int j = freed.size() - 1; j >= 0; j--) {
                stack.add(freed.get(j));
            }
        }
    }

    /**
     * Adds to {@code children} the batch targets {@code o} (target {@code from}) holds, directly or
     * through containers, in release order (depth first); a target ends its path.
     *
     * @return whether {@code o} holds itself (through containers)
     */
    private static boolean heldTargets(PyObject o, int from, Map<PyObject, Integer> index, List<Integer> children,
            int[] budget) {
        Map<PyObject, Boolean> seen = new IdentityHashMap<>();
        List<PyObject> stack = new ArrayList<>();
        pushHeld(o, stack);
        boolean self = false;
        while (!stack.isEmpty() && budget[0] > 0) {
            PyObject r = stack.remove(stack.size() - 1);
            if (r == o) {
                self = true;
                continue;
            }
            if (r == null || seen.put(r, true) != null) {
                continue;
            }
            Integer target = index.get(r);
            if (target != null) {
                if (target != from) {
                    children.add(target);
                }
            } else if (pushHeld(r, stack)) {
                budget[0]--;
            }
        }
        return self;
    }

    /** Pushes what {@code o} holds so that the first released is popped first; whether it held anything. */
    private static boolean pushHeld(PyObject o, List<PyObject> stack) {
        int base = stack.size();
        forEachHeld(o, stack::add);
        java.util.Collections.reverse(stack.subList(base, stack.size()));
        return stack.size() > base;
    }

    /**
     * Calls {@code f} on what {@code o} holds, in the order CPython releases it: an instance's
     * slots and attributes ({@code subtype_dealloc}), then a builtin base's contents; nothing for
     * kinds not followed.
     */
    private static void forEachHeld(PyObject o, Consumer<PyObject> f) {
        if (o instanceof HeldReferences h) {
            h.forEachHeld(f);
            return;
        }
        if (o instanceof HasDict hd && o.type().isHeapType()) {
            // a subclass of a builtin type: its attributes go before the builtin's contents
            PyDict d = hd.dictIfMade();
            if (d != null) {
                d.forEachEntry(f);
            }
        }
        switch (o) {
            case PyList list -> {
                for (int i = list.size() - 1; i >= 0; i--) {
                    f.accept(list.get(i));
                }
            }
            case PyTuple tuple -> {
                PyObject[] items = tuple.array();
                for (int i = items.length - 1; i >= 0; i--) {
                    f.accept(items[i]);
                }
            }
            case PyDict dict -> dict.forEachEntry(f);
            case PyCell cell -> f.accept(cell.value);
            case PyMethod m -> {
                f.accept(m.function);
                f.accept(m.self);
            }
            case PyFunction fn -> {
                if (fn.closure != null) {
                    for (PyCell c : fn.closure) {
                        f.accept(c);
                    }
                }
            }
            case PySet set -> {
                for (PyObject x : set.toArray()) {
                    f.accept(x);
                }
            }
            default -> { }
        }
    }
}
