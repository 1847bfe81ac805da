package org.taipan.modules.weakref;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Finalization;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * One interpreter's weak references, found by referent (CPython keeps them in a list on the
 * referent; Java objects have no room for one, so they are kept here by identity hash). The
 * registry holds the Python reference objects weakly too: a weak reference that became garbage
 * is forgotten and its callback never runs, as in CPython. When the JVM's collector clears
 * references, their callbacks are queued; {@code gc.collect()} and the eval loop's safe points
 * run them on the interpreter's thread ({@link Finalization.CollectHook}).
 */
final class WeakRegistry implements Finalization.CollectHook {
    /** A registry entry: a weak reference (Python object) held weakly, filed under its referent's identity hash. */
    private static final class Entry extends WeakReference<WeakBase> {
        final int hash;

        Entry(WeakBase w, int hash, ReferenceQueue<WeakBase> q) {
            super(w, q);
            this.hash = hash;
        }
    }

    private final Interpreter interp;
    private final ReferenceQueue<PyObject> queue = new ReferenceQueue<>();
    private final ReferenceQueue<WeakBase> forgotten = new ReferenceQueue<>();
    private final HashMap<Integer, ArrayList<Entry>> byReferent = new HashMap<>();
    private long seqs;
    private int entries;

    private WeakRegistry(Interpreter interp) {
        this.interp = interp;
    }

    /** The registry of the running interpreter. */
    static WeakRegistry current() {
        Interpreter interp = ThreadState.current().interpreter;
        return interp.moduleState(WeakRegistry.class, () -> {
            WeakRegistry r = new WeakRegistry(interp);
            interp.finalization().addCollectHook(r);
            return r;
        });
    }

    ReferenceQueue<PyObject> queue() {
        return queue;
    }

    /** Files a new weak reference under its referent; returns its creation number. */
    synchronized long add(WeakBase w, PyObject referent) {
        expunge();
        int h = System.identityHashCode(referent);
        byReferent.computeIfAbsent(h, x -> new ArrayList<>()).add(new Entry(w, h, forgotten));
        entries++;
        if (queue.poll() instanceof WeakBase.Ref r) {
            // A referent died since the last drain: post its callbacks for the next safe point.
            pending.add(r);
            interp.events().requestFinalizers();
        }
        if (w.callback != null) {
            DEATHS.register(referent, new Notify(this, w.ref));
        }
        return ++seqs;
    }

    /**
     * Tells the registries when a referent with callbacks dies: CPython runs a callback as soon as
     * the referent is freed; here the JVM frees it at a collection, and this cleaner's thread then
     * posts the callbacks to the interpreter's next safe point (the eval breaker), so they run
     * without waiting for {@code gc.collect()}. One daemon thread for the JVM, holding nothing of an
     * interpreter strongly (an ended interpreter's registrations become no-ops).
     */
    private static final java.lang.ref.Cleaner DEATHS = java.lang.ref.Cleaner.create();

    /** The cleaning action of one weak reference with a callback: posts it, if both sides still exist. */
    private static final class Notify implements Runnable {
        private final WeakReference<WeakRegistry> registry;
        private final WeakReference<WeakBase.Ref> ref;

        Notify(WeakRegistry registry, WeakBase.Ref ref) {
            this.registry = new WeakReference<>(registry);
            this.ref = new WeakReference<>(ref);
        }

        @Override
        public void run() {
            WeakRegistry r = registry.get();
            WeakBase.Ref x = ref.get();
            if (r != null && x != null) {
                synchronized (r) {
                    r.pending.add(x);
                }
                r.interp.events().requestFinalizers();
            }
        }
    }

    /** {@code obj.__weakref__}: the first weak reference in CPython's list order, or None. */
    synchronized PyObject first(PyObject referent) {
        List<WeakBase> refs = refsTo(referent);
        return refs.isEmpty() ? org.taipan.runtime.PyNone.NONE : refs.get(0);
    }

    private final List<WeakBase.Ref> pending = new ArrayList<>();

    /** Drops the entries of weak reference objects that became garbage themselves. */
    private void expunge() {
        for (Reference<? extends WeakBase> r; (r = forgotten.poll()) != null; ) {
            Entry e = (Entry) r;
            remove(e.hash, e);
        }
    }

    private void remove(int hash, Entry e) {
        ArrayList<Entry> l = byReferent.get(hash);
        if (l != null && l.remove(e)) {
            entries--;
            if (l.isEmpty()) {
                byReferent.remove(hash);
            }
        }
    }

    /**
     * The live weak references to {@code referent} in CPython's list order: the basic reference,
     * the basic proxy, then the others newest first.
     */
    synchronized List<WeakBase> refsTo(PyObject referent) {
        expunge();
        List<WeakBase> out = new ArrayList<>();
        ArrayList<Entry> l = byReferent.get(System.identityHashCode(referent));
        if (l != null) {
            for (Entry e : l) {
                WeakBase w = e.get();
                if (w != null && w.get() == referent) {
                    out.add(w);
                }
            }
        }
        out.sort(Comparator.comparingInt(WeakRegistry::rank).thenComparing(w -> -w.seq));
        return out;
    }

    private static int rank(WeakBase w) {
        if (w.callback != null) {
            return 2;
        }
        if (w.getClass() == PyWeakref.class && w.type() == PyWeakref.TYPE) {
            return 0;
        }
        return w instanceof PyWeakProxy ? 1 : 2;
    }

    /** The reference without callback of exactly {@code type} to {@code referent}, if one exists (it is shared). */
    synchronized WeakBase findBasic(PyObject referent, boolean proxy) {
        for (WeakBase w : refsTo(referent)) {
            if (w.callback == null && (proxy ? w instanceof PyWeakProxy : w.type() == PyWeakref.TYPE)) {
                return w;
            }
        }
        return null;
    }

    @Override
    public synchronized boolean wantsCollection() {
        expunge();
        return entries > 0;
    }

    /**
     * After {@code gc.collect()}'s JVM collection: every reference whose referent that collection
     * cleared is dead now, whether or not the JVM's reference handler has queued it yet (its later
     * arrival finds the callback already called and cleared).
     */
    @Override
    public int drainAfterCollection() {
        synchronized (this) {
            expunge();
            for (ArrayList<Entry> l : byReferent.values()) {
                for (Entry e : l) {
                    WeakBase w = e.get();
                    if (w != null && w.callback != null && w.ref.refersTo(null)) {
                        pending.add(w.ref);
                    }
                }
            }
        }
        return drain();
    }

    /** True while callbacks run: a callback's own safe points must not start another drain. */
    private boolean draining;

    /**
     * Runs the callbacks of the references found dead so far, newest reference first. Not
     * reentrant: a callback's frame entry is a safe point, and a nested drain there would run a
     * reference the JVM's threads handed over meanwhile before the callbacks of its own batch.
     */
    @Override
    public int drain() {
        if (draining) {
            return 0;
        }
        draining = true;
        try {
            return drainOnce();
        } finally {
            draining = false;
        }
    }

    private int drainOnce() {
        List<WeakBase> dead = new ArrayList<>();
        synchronized (this) {
            for (WeakBase.Ref r : pending) {
                dead.add(r.owner);
            }
            pending.clear();
            for (Reference<? extends PyObject> r; (r = queue.poll()) != null; ) {
                dead.add(((WeakBase.Ref) r).owner);
            }
            for (WeakBase w : dead) {
                forget(w);
            }
        }
        dead.sort(Comparator.comparingLong(w -> -w.seq));
        int n = 0;
        for (WeakBase w : dead) {
            PyObject cb = w.callback;
            if (cb == null) {
                continue;
            }
            w.callback = null;
            n++;
            try {
                Callables.call(cb, w);
            } catch (PyException e) {
                interp.finalization().writeUnraisable(e.value, null, cb);
            }
        }
        return n;
    }

    /** Removes a dead reference's entry. */
    private void forget(WeakBase w) {
        ArrayList<Entry> l = byReferent.get(w.referentId);
        if (l != null) {
            for (Entry e : l) {
                if (e.get() == w) {
                    remove(w.referentId, e);
                    return;
                }
            }
        }
    }
}
