package org.taipan.imports;

import java.util.HashMap;
import java.util.Map;

import org.taipan.runtime.Blocking;
import org.taipan.runtime.Errors;

/**
 * The per-module import locks of one interpreter ({@code importlib._bootstrap._ModuleLock}): while a
 * thread runs a module's body, another thread importing the same module waits for it (with the
 * GIL released) instead of seeing the partly initialised module. A lock is re-entrant for its
 * owner, so a circular import within one thread proceeds as in CPython; a wait that would close a
 * cycle of threads waiting for each other is refused ("deadlock detected"), and the caller then
 * uses the partial module, as {@code _lock_unlock_module} does.
 */
final class ModuleLocks {
    /** One module's lock. */
    private static final class Lock {
        final String name;
        Thread owner;
        int count;
        int users;

        Lock(String name) {
            this.name = name;
        }
    }

    private final Map<String, Lock> locks = new HashMap<>();
    /** The lock each blocked thread waits for (deadlock detection). */
    private final Map<Thread, Lock> waiting = new HashMap<>();

    /**
     * Takes the lock of module {@code name}, waiting without the GIL while another thread has it.
     *
     * @return false when waiting would deadlock (the lock is then not taken)
     */
    boolean acquire(String name) {
        Thread me = Thread.currentThread();
        Lock lock;
        synchronized (this) {
            lock = locks.computeIfAbsent(name, Lock::new);
            lock.users++;
            if (lock.owner == null || lock.owner == me) {
                lock.owner = me;
                lock.count++;
                return true;
            }
            if (wouldDeadlock(lock, me)) {
                release(lock);
                return false;
            }
            waiting.put(me, lock);
        }
        Lock taken = lock;
        Blocking.withoutGil(() -> {
            synchronized (this) {
                try {
                    while (taken.owner != null) {
                        wait();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                waiting.remove(me);
                taken.owner = me;
                taken.count = 1;
            }
            return null;
        });
        return true;
    }

    /** Releases a lock the current thread took with {@link #acquire}. */
    synchronized void release(String name) {
        Lock lock = locks.get(name);
        if (lock == null || lock.owner != Thread.currentThread()) {
            throw Errors.runtimeError("cannot release un-acquired lock");
        }
        if (--lock.count == 0) {
            lock.owner = null;
            notifyAll();
        }
        release(lock);
    }

    /** {@code _lock_unlock_module}: waits until no other thread is initialising {@code name}. */
    void waitUntilInitialized(String name) {
        if (acquire(name)) {
            release(name);
        }
    }

    /** Forgets a lock nobody holds or waits for (CPython drops it with its last weak reference). */
    private void release(Lock lock) {
        if (--lock.users == 0 && lock.owner == null) {
            locks.remove(lock.name);
        }
    }

    /** Whether the owner of {@code lock} waits, through other threads' locks, for a lock {@code me} holds. */
    private boolean wouldDeadlock(Lock lock, Thread me) {
        Lock l = lock;
        for (int hops = 0; hops < 100 && l != null && l.owner != null; hops++) {
            if (l.owner == me) {
                return true;
            }
            l = waiting.get(l.owner);
        }
        return false;
    }
}
