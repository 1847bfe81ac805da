package org.taipan.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.taipan.interp.TracebackPrinter;

/**
 * One interpreter's finalizers: {@code __del__} of instances and the {@code close()} of
 * abandoned suspended generators. Without reference counting they cannot run the moment an
 * object dies; instead the JVM's finalization of a {@link Target} (objects of the few classes
 * that need one, so others cost nothing) only puts it on this queue, and the interpreter's own
 * thread runs the Python code at safe points: the eval loop's pending-event check,
 * {@code gc.collect()} (which forces a JVM collection first) and interpreter exit (which, as
 * CPython's {@code finalize_modules}, first finalizes what {@code __main__}'s globals hold, in
 * their order, then everything else that became unreachable). Python code never runs on the
 * JVM's finalizer thread. Each target is finalized once (PEP 442). Errors are reported as
 * CPython's {@code PyErr_WriteUnraisable} does ("Exception ignored in: ...", or
 * {@code sys.unraisablehook}).
 */
public final class Finalization {
    /** An object whose finalizer must run on the interpreter's thread. */
    public interface Target {
        /** Creation order: finalizers found together run oldest first. */
        long seq();

        /** Marks the finalizer as run; false if it already was (or is no longer needed). */
        boolean claim();

        /** What "Exception ignored in:" names (the {@code __del__} function, or the generator). */
        PyObject ignoredIn();

        /** Runs the Python-level finalizer; a Python exception propagates to the caller. */
        void runFinalizer();
    }

    /**
     * Other work that a JVM collection uncovers and that must run on the interpreter's thread:
     * the callbacks of weak references whose referents died ({@code _weakref}).
     */
    public interface CollectHook {
        /** Whether anything could be uncovered, so that {@code gc.collect()} must force a JVM collection. */
        boolean wantsCollection();

        /** Runs what has been uncovered so far; returns how much ran. */
        int drain();
    }

    private final List<CollectHook> hooks = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Registers a hook that {@link #collect()} and the safe-point drain run after finalizers. */
    public void addCollectHook(CollectHook h) {
        hooks.add(h);
    }

    private boolean hooksWantCollection() {
        for (CollectHook h : hooks) {
            if (h.wantsCollection()) {
                return true;
            }
        }
        return false;
    }

    private int drainHooks() {
        int n = 0;
        for (CollectHook h : hooks) {
            n += h.drain();
        }
        return n;
    }

    private final Interpreter interp;
    private final PendingEvents events;
    private final ConcurrentLinkedQueue<Target> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong seqs = new AtomicLong();
    /** Targets created and not yet claimed: when 0, {@code gc.collect()} has nothing to look for. */
    private final AtomicInteger live = new AtomicInteger();
    private boolean draining;
    /** When the JVM last queued a target ({@link System#nanoTime()}). */
    private volatile long lastEnqueue;
    private static final long SETTLE_NANOS = 100_000_000L;
    /** The builtin {@code sys.unraisablehook}, made on first request. */
    private PyObject defaultHook;

    Finalization(Interpreter interp, PendingEvents events) {
        this.interp = interp;
        this.events = events;
    }

    /** Counts a new target; returns its sequence number. */
    public long register() {
        live.incrementAndGet();
        return seqs.incrementAndGet();
    }

    /** A target that no longer needs finalizing (a generator that finished). */
    public void discard(Target t) {
        if (t.claim()) {
            live.decrementAndGet();
        }
    }

    /** Called on the JVM's finalizer thread: queues the (resurrected) target for the interpreter thread. */
    public void enqueue(Target t) {
        queue.add(t);
        lastEnqueue = System.nanoTime();
        events.requestFinalizers();
    }

    /**
     * The eval loop's periodic drain: runs the queue only once the JVM has stopped adding to
     * it for {@link #SETTLE_NANOS}, so objects that died together are finalized together, in
     * creation order, not split by a drain between two of the finalizer thread's hand-overs.
     *
     * @return false when the queue was left for later (the caller keeps the request posted)
     */
    public boolean runPendingIfSettled() {
        if (queue.isEmpty()) {
            drainHooks();
            return true;
        }
        if (System.nanoTime() - lastEnqueue < SETTLE_NANOS) {
            return false;
        }
        runPending();
        drainHooks();
        return true;
    }

    /**
     * Runs the queued finalizers on the calling (interpreter) thread, oldest first, including
     * those queued while running.
     *
     * @return how many ran
     */
    public int runPending() {
        if (draining) {
            return 0;
        }
        draining = true;
        try {
            int n = 0;
            while (!queue.isEmpty()) {
                List<Target> batch = new ArrayList<>();
                for (Target t; (t = queue.poll()) != null; ) {
                    batch.add(t);
                }
                batch.sort(Comparator.comparingLong(Target::seq));
                for (Target t : batch) {
                    if (runOne(t)) {
                        n++;
                    }
                }
            }
            return n;
        } finally {
            draining = false;
        }
    }

    /** Runs one target's finalizer now unless it already ran; the handled exception is preserved. */
    public boolean runOne(Target t) {
        if (!t.claim()) {
            return false;
        }
        live.decrementAndGet();
        ThreadState ts = ThreadState.current();
        PyBaseException saved = ts.handled;
        try {
            t.runFinalizer();
        } catch (PyException e) {
            writeUnraisable(e.value, null, t.ignoredIn());
        } catch (StackOverflowError e) {
            writeUnraisable(Errors.of(ExceptionTypes.RecursionError, "maximum recursion depth exceeded").value,
                    null, t.ignoredIn());
        } finally {
            ts.handled = saved;
        }
        return true;
    }

    /**
     * {@code gc.collect()}: when finalizable objects exist, a full JVM collection, then the
     * finalizers of what it found unreachable, repeated while finalizers free more.
     *
     * @return the number of finalizers run
     */
    public int collect() {
        // The collection comes first: the queue may hold part of what an earlier JVM
        // collection found, and the rest must join it before any of it runs.
        int n = 0;
        boolean hooked = hooksWantCollection();
        if (live.get() == 0 && !hooked) {
            return runPending() + drainHooks();
        }
        // Two empty rounds in a row end it: the JVM's reference handler may still be handing
        // over what one collection found when that collection's sentinel has been finalized.
        int empty = 0;
        for (int round = 0; round < 10 && empty < 2 && (live.get() > 0 || hooked); round++) {
            forceJvmCollection();
            awaitSettled();
            int k = runPending() + drainHooks();
            n += k;
            empty = k == 0 ? empty + 1 : 0;
        }
        return n;
    }

    /**
     * Waits until the JVM's finalizer thread has queued nothing for {@link #COLLECT_SETTLE_NANOS}:
     * the objects one collection found may reach the queue in several hand-overs, and running
     * the first part alone would break their creation order (a cycle's {@code __del__}s swapped).
     */
    private void awaitSettled() {
        for (int i = 0; i < 50 && !queue.isEmpty() && System.nanoTime() - lastEnqueue < COLLECT_SETTLE_NANOS; i++) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static final long COLLECT_SETTLE_NANOS = 30_000_000L;

    /**
     * A full collection whose finalization has been processed: a fresh unreachable sentinel's
     * finalizer marks the point where the JVM has handed over what that collection found.
     */
    @SuppressWarnings({"removal", "deprecation"})
    private static void forceJvmCollection() {
        CountDownLatch latch = new CountDownLatch(1);
        Sentinel.make(latch);
        System.gc();
        try {
            latch.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.runFinalization();
    }

    private static final class Sentinel {
        private final CountDownLatch latch;

        private Sentinel(CountDownLatch latch) {
            this.latch = latch;
        }

        static void make(CountDownLatch latch) {
            new Sentinel(latch).hashCode();
        }

        @Override
        @SuppressWarnings({"removal", "deprecation"})
        protected void finalize() {
            latch.countDown();
        }
    }

    /**
     * Interpreter exit: the targets {@code __main__}'s globals hold, in the globals' order (as
     * CPython clearing the module's dict), then, with the globals set to None, whatever else
     * is unreachable.
     */
    public void atExit(PyDict mainGlobals) {
        if (live.get() == 0 && queue.isEmpty()) {
            return;
        }
        finalizeDirectTargets(mainGlobals);
        // What only the globals reach becomes unreachable, as with CPython's _PyModule_ClearDict.
        PyStr builtins = PyStr.of("__builtins__");
        for (int i = 0; i < mainGlobals.size(); i++) {
            PyObject k = mainGlobals.keyAt(i);
            if (!builtins.equals(k)) {
                mainGlobals.setItem(k, PyNone.NONE);
            }
        }
        collect();
    }

    /** The targets held directly by the globals, in order (a method of its own so no snapshot outlives it). */
    private void finalizeDirectTargets(PyDict globals) {
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < globals.size(); i++) {
            if (globals.valueAt(i) instanceof Target t) {
                targets.add(t);
            }
        }
        for (Target t : targets) {
            runOne(t);
        }
    }

    /**
     * Reports an exception that cannot propagate (CPython's {@code PyErr_WriteUnraisable}):
     * through {@code sys.unraisablehook} when the program set one, else on stderr.
     *
     * @param errMsg the message before the object; null for the default "Exception ignored in"
     */
    public void writeUnraisable(PyBaseException exc, String errMsg, PyObject obj) {
        PyObject hook = interp.sysAttribute("unraisablehook");
        if (hook != null && hook != PyNone.NONE && hook != defaultHook) {
            try {
                Callables.call(hook, new UnraisableHookArgs(exc, errMsg, obj));
                return;
            } catch (PyException e) {
                exc = e.value;
                obj = hook;
                errMsg = "Exception ignored in sys.unraisablehook";
            }
        }
        printUnraisable(exc, errMsg, obj);
    }

    /** The default {@code sys.unraisablehook}'s report on stderr ({@code write_unraisable_exc_file}). */
    private void printUnraisable(PyBaseException exc, String errMsg, PyObject obj) {
        StringBuilder sb = new StringBuilder();
        sb.append(errMsg == null ? "Exception ignored in" : errMsg);
        if (obj != null) {
            String r;
            try {
                r = Abstract.repr(obj);
            } catch (PyException e) {
                r = "<object repr() failed>";
            }
            sb.append(": ").append(r);
        }
        sb.append('\n');
        sb.append(TracebackPrinter.formatUnchained(exc));
        try {
            interp.stdout().flush();
        } catch (RuntimeException e) {
            // the report matters more
        }
        interp.stderr().writeString(sb.toString());
        interp.stderr().flush();
    }

    /** {@code sys.unraisablehook} (and {@code sys.__unraisablehook__}): prints the report on stderr. */
    public PyObject defaultUnraisableHook() {
        if (defaultHook == null) {
            defaultHook = new PyBuiltinFunction("unraisablehook", (a, k) -> {
                PyObject u = Args.oneArg("unraisablehook", a, k);
                PyObject value = Abstract.getAttr(u, "exc_value");
                PyObject msg = Abstract.getAttr(u, "err_msg");
                PyObject obj = Abstract.getAttr(u, "object");
                if (value instanceof PyBaseException e) {
                    printUnraisable(e, msg == PyNone.NONE ? null : Abstract.str(msg).toString(),
                            obj == PyNone.NONE ? null : obj);
                }
                return PyNone.NONE;
            });
        }
        return defaultHook;
    }

    /** The argument of {@code sys.unraisablehook} (CPython's {@code UnraisableHookArgs}). */
    static final class UnraisableHookArgs extends PyObject {
        static final PyType TYPE = PyType.builtinFinal("UnraisableHookArgs", PyType.OBJECT);

        static {
            TYPE.addAttr("exc_type", new PyGetSetDescr(TYPE, "exc_type", o -> ((UnraisableHookArgs) o).exc.type(), null));
            TYPE.addAttr("exc_value", new PyGetSetDescr(TYPE, "exc_value", o -> ((UnraisableHookArgs) o).exc, null));
            TYPE.addAttr("exc_traceback", new PyGetSetDescr(TYPE, "exc_traceback", o -> {
                PyTraceback tb = ((UnraisableHookArgs) o).exc.traceback;
                return tb == null ? PyNone.NONE : tb;
            }, null));
            TYPE.addAttr("err_msg", new PyGetSetDescr(TYPE, "err_msg", o -> {
                String m = ((UnraisableHookArgs) o).errMsg;
                return m == null ? PyNone.NONE : PyStr.of(m);
            }, null));
            TYPE.addAttr("object", new PyGetSetDescr(TYPE, "object", o -> {
                PyObject obj = ((UnraisableHookArgs) o).obj;
                return obj == null ? PyNone.NONE : obj;
            }, null));
            TYPE.ready();
        }

        final PyBaseException exc;
        final String errMsg;
        final PyObject obj;

        UnraisableHookArgs(PyBaseException exc, String errMsg, PyObject obj) {
            this.exc = exc;
            this.errMsg = errMsg;
            this.obj = obj;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
