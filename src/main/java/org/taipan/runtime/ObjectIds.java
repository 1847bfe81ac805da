package org.taipan.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * The identities {@code id()} returns: a number unique among the objects alive at the same
 * time, stable for an object's whole life (the language reference, "Objects, values and
 * types"; CPython's {@code builtin_id} answers the object's address).
 *
 * <p>Java gives no address, and {@link System#identityHashCode} is not unique: among 200,000
 * live objects about nine share one (31 bits), which made {@code pickle}'s and
 * {@code copy.deepcopy}'s memos, keyed by {@code id()}, hand back the wrong object. So an
 * object gets a number from a counter the first time it is asked for, remembered in a table
 * that holds it weakly: an object nobody asks about costs nothing, and a dead object's entry
 * is dropped the next time the table is used. Numbers are never reused. They look like
 * CPython's addresses ({@code 0x7f...}, multiples of 16) so default reprs read as usual.
 *
 * <p>Thread-safe: every method locks the table.
 */
public final class ObjectIds {
    /** Where the numbers start: a typical 64-bit heap address, as CPython shows them. */
    private static final long BASE = 0x7f0000000000L;

    private static final ReferenceQueue<Object> DEAD = new ReferenceQueue<>();
    private static Entry[] table = new Entry[256];
    private static int size;
    private static long issued;

    private ObjectIds() {
    }

    /**
     * An object that a finalizer can bring back ({@code __del__}, a generator's close) after the
     * collector cleared the table's weak reference to it, which the JVM does before it finalizes:
     * its number is kept in the object (or, for {@link Finalization.Guarded} objects, in their
     * guard), so {@code id(self)} in {@code __del__} is what it was before (CPython's address).
     */
    public interface Resurrectable {
        /** The number given, 0 before the first {@code id()}. */
        long objectId();

        /** Keeps {@code id}, the object's number from now on. */
        void setObjectId(long id);
    }

    /** One object's number; dropped from its chain once the object has been collected. */
    private static final class Entry extends WeakReference<Object> {
        final int hash;
        final long id;
        Entry next;

        Entry(Object referent, int hash, long id, Entry next) {
            super(referent, DEAD);
            this.hash = hash;
            this.id = id;
            this.next = next;
        }
    }

    /**
     * {@code id(o)}: the same number for the same object as long as it lives, different from
     * every other live object's.
     *
     * @param o any object, not null
     * @return a positive number, a multiple of 16 at or above {@code 0x7f0000000010}
     */
    public static synchronized long idOf(Object o) {
        Resurrectable r = o instanceof Resurrectable own ? own
                : o instanceof Finalization.Guarded g && g.finalizerGuard() instanceof Resurrectable guard ? guard
                : null;
        if (r != null) {
            long id = r.objectId();
            if (id == 0) {
                id = BASE + (++issued << 4);
                r.setObjectId(id);
            }
            return id;
        }
        dropDead();
        int h = System.identityHashCode(o);
        Entry[] t = table;
        int i = h & (t.length - 1);
        for (Entry e = t[i]; e != null; e = e.next) {
            if (e.hash == h && e.get() == o) {
                return e.id;
            }
        }
        long id = BASE + (++issued << 4);
        t[i] = new Entry(o, h, id, t[i]);
        if (++size > t.length - (t.length >> 2)) {
            grow();
        }
        return id;
    }

    /** How many objects currently hold a number (for tests and diagnostics). */
    public static synchronized int size() {
        dropDead();
        return size;
    }

    private static void dropDead() {
        for (Object r; (r = DEAD.poll()) != null; ) {
            Entry dead = (Entry) r;
            int i = dead.hash & (table.length - 1);
            Entry prev = null;
            for (Entry e = table[i]; e != null; prev = e, e = e.next) {
                if (e == dead) {
                    if (prev == null) {
                        table[i] = e.next;
                    } else {
                        prev.next = e.next;
                    }
                    size--;
                    break;
                }
            }
        }
    }

    private static void grow() {
        Entry[] old = table;
        Entry[] t = new Entry[old.length * 2];
        for (Entry head : old) {
            for (Entry e = head; e != null; ) {
                Entry next = e.next;
                int i = e.hash & (t.length - 1);
                e.next = t[i];
                t[i] = e;
                e = next;
            }
        }
        table = t;
    }
}
