package org.taipan.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
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
        /** What {@link Finalization#register} gave this target when it was made. */
        Registration registration();

        /** Creation order: finalizers found together run oldest first. */
        default long seq() {
            return registration().seq;
        }

        /** Marks the finalizer as run; false if it already was (or is no longer needed). */
        default boolean claim() {
            return registration().claim();
        }

        /** What "Exception ignored in:" names (the {@code __del__} function, or the generator). */
        PyObject ignoredIn();

        /**
         * The object this finalizes (itself, or the object a companion was made for), by which
         * {@link FinalizerOrder} finds what holds it; null when there is none to name.
         */
        default PyObject finalizedObject() {
            return this instanceof PyObject o ? o : null;
        }

        /** Runs the Python-level finalizer; a Python exception propagates to the caller. */
        void runFinalizer();
    }

    /**
     * An object that may need a finalizer but usually does not (a generator with {@code finally}
     * blocks, which nearly always runs to its end): it is made a {@link Target} only once it has
     * outlived {@link #RECENT} others ({@link #defer}), or when {@code gc.collect()} or interpreter
     * exit looks for targets. The JVM's finalization of every such generator cost ~1.8 us each
     * (a {@code @contextmanager} {@code with} statement 2-3x CPython's time).
     */
    public interface Deferred {
        /**
         * Makes and registers the finalizer object now, with the creation number it was given, unless
         * it is no longer needed (the generator finished).
         *
         * @return the target, or null when none is needed
         */
        Target arm();
    }

    /**
     * Implemented by objects whose Java class cannot itself be a {@link Target} (instances of
     * user subclasses of builtin types such as {@code dict}): their finalizer is a {@link Guard}.
     */
    public interface Guarded {
        /** The guard that runs this object's {@code __del__}, or null when its class has none. */
        Target finalizerGuard();
    }

    /**
     * A finalizable object made for another one, which refers to it (and it to the other, or to
     * nothing): both become unreachable together, the JVM's finalization of this one keeps both
     * alive (what a finalizable object reaches survives until its {@code finalize()} ran) and hands
     * it to the queue, where {@link #runFinalizer} does the other object's finalization.
     */
    public abstract static class Companion implements Target {
        private final Registration registration;

        /** Registers it with creation number {@code seq} ({@link #nextSeq}) in {@code f}. */
        protected Companion(Finalization f, long seq) {
            this.registration = f.register(this, seq);
        }

        @Override
        @SuppressWarnings({"removal", "deprecation", "checkstyle:NoFinalizer"})
        protected final void finalize() {
            registration.handOver(this);
        }

        @Override
        public final Registration registration() {
            return registration;
        }
    }

    /**
     * The finalizer of a {@link Guarded} object: runs its type's {@code __del__} as
     * {@code slot_tp_finalize} would.
     */
    public static final class Guard extends Companion implements ObjectIds.Resurrectable {
        private final PyObject owner;
        /** The owner's {@code id()}, 0 until asked for (see {@link ObjectIds.Resurrectable}). */
        private long ownerId;

        @Override
        public long objectId() {
            return ownerId;
        }

        @Override
        public void setObjectId(long id) {
            ownerId = id;
        }

        private Guard(PyObject owner, Finalization f, long seq) {
            super(f, seq);
            this.owner = owner;
        }

        /** A guard for a new instance of {@code type}, or null when the type has no {@code __del__}. */
        public static Guard forNew(PyObject owner, PyType type) {
            if (type.tp_finalize == null) {
                return null;
            }
            Finalization f = ThreadState.current().interpreter.finalization();
            return new Guard(owner, f, f.nextSeq());
        }

        /**
         * A guard for {@code owner}, an instance of {@code type} that holds the object finalized
         * by {@code inner} (a buffered stream over its raw stream): found unreachable together,
         * the holder's finalizer runs first, as reference counting would release them, outermost
         * first (it ranks just before {@code inner} in creation order). Null when the type has no
         * {@code __del__}.
         */
        public static Guard forNewBefore(PyObject owner, PyType type, Target inner) {
            if (type.tp_finalize == null) {
                return null;
            }
            Finalization f = ThreadState.current().interpreter.finalization();
            return new Guard(owner, f, inner.seq() - 1);
        }

        /**
         * Gives up this guard for another made for the same owner (ranked elsewhere in the
         * finalization order): its finalizer never runs, and it no longer counts as live.
         */
        public void retire() {
            registration().retire();
        }

        @Override
        public PyObject finalizedObject() {
            return owner;
        }

        @Override
        public PyObject ignoredIn() {
            PyObject del = owner.type().lookup("__del__");
            // a class's own __del__ is named (slot_tp_finalize); a builtin finalizer names the
            // object, as iobase_finalize's PyErr_WriteUnraisable(self) does
            return del == null || del instanceof PyMethodDescr ? owner : del;
        }

        @Override
        public void runFinalizer() {
            Slots.Unary f = owner.type().tp_finalize;
            if (f != null) {
                f.call(owner);
            }
        }
    }

    /**
     * One target's registration: its creation number, whether its finalizer ran, and a weak
     * reference to it. The collector clears that reference in the collection that finds the
     * target unreachable, before the JVM's finalizer thread hands the target over
     * ({@link #handOver}), so {@link #collect()} knows exactly which targets it must wait for.
     */
    public static final class Registration extends WeakReference<Target> {
        private final Finalization owner;
        private final long seq;
        private volatile boolean claimed;
        /** Set once the target is on the queue (the finalizer thread ran its {@code finalize()}). */
        private volatile boolean handedOver;

        private Registration(Target t, Finalization owner, long seq) {
            super(t);
            this.owner = owner;
            this.seq = seq;
        }

        /** Marks the finalizer as run (or no longer needed); false if it already was. */
        boolean claim() {
            if (claimed) {
                return false;
            }
            claimed = true;
            return true;
        }

        /**
         * Called from the target's {@code finalize()} on the JVM's finalizer thread: puts the
         * (resurrected) target on its interpreter's queue unless its finalizer already ran.
         */
        public void handOver(Target t) {
            if (!claimed) {
                owner.enqueue(t);
            }
            handedOver = true;
        }

        /** Marks the finalizer as never to run (its target was replaced by another) and stops counting it. */
        void retire() {
            if (claim()) {
                owner.live.decrementAndGet();
            }
        }

        /** Whether the collector found the target unreachable and it has not reached the queue yet. */
        private boolean inFlight() {
            return !claimed && !handedOver && refersTo(null);
        }
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

        /**
         * Runs what the JVM collection that {@code gc.collect()} just forced uncovered, all of it
         * (not only what the JVM's threads have handed over yet); returns how much ran.
         */
        default int drainAfterCollection() {
            return drain();
        }
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

    private int drainHooksAfterCollection() {
        int n = 0;
        for (CollectHook h : hooks) {
            n += h.drainAfterCollection();
        }
        return n;
    }

    private final Interpreter interp;
    private final PendingEvents events;
    private final ConcurrentLinkedQueue<Target> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong seqs = new AtomicLong();
    /** Targets created and not yet claimed: when 0, {@code gc.collect()} has nothing to look for. */
    private final AtomicInteger live = new AtomicInteger();
    /** The registrations of targets not known to be claimed or handed over (guarded by itself). */
    private final List<Registration> registrations = new ArrayList<>();
    /** The size at which {@link #register} next drops the registrations that are done with. */
    private int purgeAt = 64;
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

    /** How many deferred objects wait before the oldest is made a target ({@link #defer}); a power of two. */
    static final int RECENT = 32;
    /** The deferred objects made most recently, a ring (under the GIL, as every caller runs Python code). */
    private final Deferred[] recent = new Deferred[RECENT];
    private int recentNext;

    /** A creation number for an object registered later ({@link #register(Target, long)}). */
    public long nextSeq() {
        return seqs.incrementAndGet();
    }

    /**
     * Takes a new {@link Deferred} object: it joins the ring of recent ones, and the one it
     * replaces (made {@link #RECENT} deferred objects ago) is armed if it still needs a finalizer.
     * The ring holds its objects strongly, so what dies in it is finalized once it leaves it.
     */
    public void defer(Deferred d) {
        Deferred old = recent[recentNext];
        recent[recentNext] = d;
        recentNext = (recentNext + 1) & (RECENT - 1);
        if (old != null) {
            old.arm();
        }
    }

    /** Arms every deferred object of the ring and empties it (before a search for dead targets). */
    private void armRecent() {
        for (int i = 0; i < RECENT; i++) {
            Deferred d = recent[i];
            if (d != null) {
                recent[i] = null;
                d.arm();
            }
        }
    }

    /** Counts a new target (from its constructor) and gives it its registration. */
    public Registration register(Target t) {
        return register(t, seqs.incrementAndGet());
    }

    /** {@link #register(Target)} with a creation number taken earlier ({@link #nextSeq}): a deferred target keeps its place in the order. */
    public Registration register(Target t, long seq) {
        live.incrementAndGet();
        Registration r = new Registration(t, this, seq);
        synchronized (registrations) {
            if (registrations.size() >= purgeAt) {
                // Amortized: the list at most doubles between two purges.
                registrations.removeIf(x -> x.claimed || x.handedOver);
                purgeAt = Math.max(64, 2 * registrations.size());
            }
            registrations.add(r);
        }
        return r;
    }

    /** A target that no longer needs finalizing (a generator that finished). */
    public void discard(Target t) {
        if (t.claim()) {
            live.decrementAndGet();
        }
    }

    /** Called on the JVM's finalizer thread: queues the (resurrected) target for the interpreter thread. */
    private void enqueue(Target t) {
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
                for (Target t : FinalizerOrder.outermostFirst(batch)) {
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
        runUnraisable(t::runFinalizer, t.ignoredIn());
        return true;
    }

    /**
     * Runs {@code body} as a finalizer runs (CPython's {@code _PyGen_Finalize}, {@code slot_tp_finalize}):
     * the thread's handled exception preserved, what it raises reported as unraisable in
     * {@code ignoredIn} (a Java stack overflow as RecursionError), never propagated.
     */
    public void runUnraisable(Runnable body, PyObject ignoredIn) {
        ThreadState ts = ThreadState.current();
        PyBaseException saved = ts.handled;
        boolean savedOwn = ts.handledOwn;
        try {
            body.run();
        } catch (PyException e) {
            writeUnraisable(e.value, null, ignoredIn);
        } catch (StackOverflowError e) {
            writeUnraisable(Errors.of(ExceptionTypes.RecursionError, "maximum recursion depth exceeded").value,
                    null, ignoredIn);
        } finally {
            ts.handled = saved;
            ts.handledOwn = savedOwn;
        }
    }

    /**
     * {@code gc.collect()}: when finalizable objects (or weak references) exist, a full JVM
     * collection, then the finalizers of everything it found unreachable, in creation order, then
     * the weak reference callbacks; again while that ran something (a finalizer may drop the
     * last reference to another target), as CPython's reference counting would run those at once.
     * Deterministic: every target unreachable when it is called has run when it returns (the
     * end condition is what the collector cleared, not how long the JVM's threads took).
     *
     * @return the number of finalizers and callbacks run
     */
    public int collect() {
        int n = 0;
        armRecent();
        if (live.get() == 0 && !hooksWantCollection()) {
            return runPending() + drainHooks();
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            forceJvmCollection();
            awaitHandOver();
            int k = runPending() + drainHooksAfterCollection();
            n += k;
            if (k == 0 || live.get() == 0 && !hooksWantCollection()) {
                // Nothing ran, so nothing became unreachable since the collection.
                break;
            }
        }
        return n;
    }

    /** Rounds of {@link #collect()} at most: a chain of finalizers each freeing the next is cut there. */
    private static final int MAX_ROUNDS = 10;
    /**
     * How long {@link #awaitHandOver} waits at most for the JVM's finalizer thread: only a JVM
     * whose finalization is disabled or stalled takes anywhere near it.
     */
    private static final long HAND_OVER_LIMIT_NANOS = 20_000_000_000L;

    /**
     * Waits until the JVM's finalizer thread has handed over every target that the collection
     * found unreachable (their weak references are cleared; each one's {@code finalize()} queues it):
     * the finalizer thread takes them one by one, in no particular order, and running part of
     * them would run the rest one {@code gc.collect()} late and break their creation order.
     */
    @SuppressWarnings({"removal", "deprecation"})
    private void awaitHandOver() {
        long start = System.nanoTime();
        for (int i = 1; anyInFlight() && System.nanoTime() - start < HAND_OVER_LIMIT_NANOS; i++) {
            if (i % 8 == 0) {
                // The JVM's one finalizer thread may be busy with other objects (other interpreters',
                // or a slow Java finalizer): a secondary finalizer thread drains its queue meanwhile.
                System.runFinalization();
                continue;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean anyInFlight() {
        synchronized (registrations) {
            registrations.removeIf(x -> x.claimed || x.handedOver);
            for (Registration r : registrations) {
                if (r.inFlight()) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A full JVM collection: one that cleared a fresh object's weak reference (a JVM run with
     * {@code -XX:+ExplicitGCInvokesConcurrent} may return from {@link System#gc()} before that).
     */
    private static void forceJvmCollection() {
        WeakReference<Object> probe = new WeakReference<>(new Object());
        for (int i = 0; i < 100 && !probe.refersTo(null); i++) {
            System.gc();
            if (!probe.refersTo(null)) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Interpreter exit: what is unreachable already (dropped objects, which reference counting
     * would have finalized at once), then the targets {@code __main__}'s globals hold, in the
     * globals' order (as CPython clearing the module's dict), then, with the globals set to None,
     * whatever else is unreachable.
     */
    public void atExit(PyDict mainGlobals) {
        armRecent();
        if (live.get() == 0 && queue.isEmpty()) {
            return;
        }
        // what the program dropped is finalized first, with every module intact, as reference
        // counting had finalized it in CPython long before exit
        collect();
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
            PyObject v = globals.valueAt(i);
            if (v instanceof Target t) {
                targets.add(t);
            } else if (v instanceof Deferred d && d.arm() instanceof Target t) {
                targets.add(t);
            } else if (v instanceof Guarded g && g.finalizerGuard() != null) {
                targets.add(g.finalizerGuard());
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
