package org.taipan.interp;

import org.taipan.code.CodeObject;
import org.taipan.code.Opcode;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Finalization;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.ObjectIds;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTraceback;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * A generator, coroutine or async generator: it owns a suspended {@link Frame} and resumes it at
 * its instruction pointer (CPython 3.11's {@code genobject.c}: {@code gen_send_ex2},
 * {@code _gen_throw}, {@code gen_close}). The frame's handled-exception state is swapped in and
 * out around each resumption. The three kinds share this class; what differs between them
 * (type, error wording, the exception a finished one raises) is selected by {@link Kind}.
 * The async generator's {@code asend}/{@code athrow} awaitables are in {@link AsyncGenAwaitables}.
 */
public class PyGenerator extends PyObject implements org.taipan.runtime.HeldReferences {
    /** Which of CPython's three generator-like types this is. */
    enum Kind {
        GENERATOR("generator", "gi_"), COROUTINE("coroutine", "cr_"), ASYNC_GENERATOR("async generator", "ag_");

        final String noun;
        final String prefix;

        Kind(String noun, String prefix) {
            this.noun = noun;
            this.prefix = prefix;
        }
    }

    public static final PyType TYPE = PyType.builtinFinal("generator", PyType.OBJECT);
    public static final PyType COROUTINE = PyType.builtinFinal("coroutine", PyType.OBJECT);
    public static final PyType ASYNC_GENERATOR = PyType.builtinFinal("async_generator", PyType.OBJECT);

    static {
        for (PyType t : new PyType[] {TYPE, COROUTINE, ASYNC_GENERATOR}) {
            Kind kind = t == TYPE ? Kind.GENERATOR : t == COROUTINE ? Kind.COROUTINE : Kind.ASYNC_GENERATOR;
            t.tp_repr = o -> PyStr.of("<" + o.type().name() + " object " + ((PyGenerator) o).qualname + " at "
                    + ObjectSlots.address(o) + ">");
            String p = kind.prefix;
            t.addAttr(p + "frame", new PyGetSetDescr(t, p + "frame", o -> {
                PyGenerator g = (PyGenerator) o;
                return g.finished ? PyNone.NONE : g.frame;
            }, null));
            t.addAttr(p + "running", new PyGetSetDescr(t, p + "running", o -> PyBool.of(((PyGenerator) o).isRunning()),
                    kind == Kind.ASYNC_GENERATOR ? PyGenerator::readonly : null));
            t.addAttr(p + "code", new PyGetSetDescr(t, p + "code", o -> ((PyGenerator) o).frame.code, PyGenerator::readonly));
            String yf = kind == Kind.GENERATOR ? "gi_yieldfrom" : p + "await";
            t.addAttr(yf, new PyGetSetDescr(t, yf, o -> {
                PyObject d = ((PyGenerator) o).delegate();
                return d == null ? PyNone.NONE : d;
            }, null));
            if (kind != Kind.ASYNC_GENERATOR) {
                t.addAttr(p + "suspended", new PyGetSetDescr(t, p + "suspended", o -> {
                    PyGenerator g = (PyGenerator) o;
                    return PyBool.of(g.started && !g.running && !g.finished);
                }, null));
            }
            if (kind == Kind.COROUTINE) {
                t.addAttr("cr_origin", new PyGetSetDescr(t, "cr_origin", o -> {
                    PyObject origin = ((PyGenerator) o).origin;
                    return origin == null ? PyNone.NONE : origin;
                }, PyGenerator::readonly));
            }
            t.addAttr("__name__", new PyGetSetDescr(t, "__name__", o -> ((PyGenerator) o).name,
                    (o, v) -> ((PyGenerator) o).name = nameValue(v, "__name__"))
                    .withDoc("The name of the " + kind.noun + " (its function's, unless one was assigned)"));
            t.addAttr("__qualname__", new PyGetSetDescr(t, "__qualname__", o -> ((PyGenerator) o).qualname,
                    (o, v) -> ((PyGenerator) o).qualname = nameValue(v, "__qualname__"))
                    .withDoc("The qualified name of the " + kind.noun + ": its name with the classes and functions it is in"));
            if (kind != Kind.ASYNC_GENERATOR) {
                t.addMethodOneArg("send", (self, arg) -> ((PyGenerator) self).send(arg));
                t.addMethod("throw", (self, a, k) -> ((PyGenerator) self).throwMethod(a, k));
                t.addMethodNoArgs("close", self -> {
                    ((PyGenerator) self).close();
                    return PyNone.NONE;
                });
            }
        }
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> ((PyGenerator) o).iterNext();
        TYPE.addMethodNoArgs("__next__", self -> {
            return ((PyGenerator) self).send(PyNone.NONE);
        });
        COROUTINE.addMethodNoArgs("__await__", self -> {
            return new AsyncGenAwaitables.CoroutineWrapper((PyGenerator) self);
        });
        AsyncGenAwaitables.addAsyncGeneratorMethods(ASYNC_GENERATOR);
        TYPE.ready();
        COROUTINE.ready();
        org.taipan.runtime.PyGenericAlias.install(ASYNC_GENERATOR);
        ASYNC_GENERATOR.ready();
    }

    /** The error of CPython's read-only member descriptors ({@code gi_code}, {@code ag_running}, ...). */
    private static void readonly(PyObject o, PyObject v) {
        throw Errors.attributeError("readonly attribute");
    }

    private static PyStr nameValue(PyObject v, String attr) {
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("%s must be set to a string object", attr);
        }
        return s;
    }

    final Frame frame;
    final Kind kind;
    private PyStr name, qualname;
    private boolean started, running, finished;
    /** The value of the generator's {@code return} right after it finished (None afterwards). */
    PyObject returnValue = PyNone.NONE;
    /** Async generators: an asend/athrow awaitable is being iterated ({@code ag_running_async}). */
    boolean runningAsync;
    /** Async generators: aclose() was started or StopAsyncIteration/GeneratorExit came out ({@code ag_closed}). */
    boolean closedAsync;

    /** A coroutine's {@code cr_origin} when origin tracking was on at its creation, else null (None). */
    PyObject origin;

    private boolean hooksInited;
    /** The {@code sys.set_asyncgen_hooks} finalizer current at the first iteration ({@code ag_origin_or_finalizer}). */
    private PyObject finalizerHook;

    /**
     * An async generator's first {@code __anext__}/{@code asend}/{@code athrow}/{@code aclose}
     * (CPython's {@code async_gen_init_hooks}): remembers the thread's finalizer hook and calls
     * its firstiter hook.
     */
    void initAsyncGenHooks() {
        if (hooksInited) {
            return;
        }
        hooksInited = true;
        ThreadState ts = ThreadState.current();
        finalizerHook = ts.asyncGenFinalizer;
        if (ts.asyncGenFirstiter != null) {
            Callables.call(ts.asyncGenFirstiter, this);
        }
    }

    /**
     * What the suspended frame holds: its fast locals and cells, then its value stack (for the
     * runtime's finalizer order; a running or finished generator holds nothing it would release).
     */
    @Override
    public void forEachHeld(java.util.function.Consumer<PyObject> f) {
        Frame fr = frame;
        if (fr == null || finished || running) {
            return;
        }
        for (int i = 0; i < fr.sp && i < fr.fast.length; i++) {
            f.accept(fr.fast[i]);
        }
    }

    PyGenerator(Frame frame) {
        this.frame = frame;
        CodeObject c = frame.code.code;
        this.kind = c.hasFlag(CodeObject.CO_COROUTINE) ? Kind.COROUTINE
                : c.hasFlag(CodeObject.CO_ASYNC_GENERATOR) ? Kind.ASYNC_GENERATOR : Kind.GENERATOR;
        this.name = frame.function != null ? frame.function.name : frame.code.name;
        this.qualname = frame.function != null ? frame.function.qualname : frame.code.qualname;
        frame.generator = this;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case GENERATOR -> TYPE;
            case COROUTINE -> COROUTINE;
            case ASYNC_GENERATOR -> ASYNC_GENERATOR;
        };
    }

    /** Whether this is a generator (not a coroutine or an async generator). */
    boolean isGenerator() {
        return kind == Kind.GENERATOR;
    }

    /** Whether the frame has returned or raised (it can no longer be resumed). */
    public boolean isFinished() {
        return finished;
    }

    /** Whether the frame has run and can still be resumed (so an abandoned one needs closing). */
    public boolean isSuspended() {
        return started && !finished;
    }

    /** Whether the frame is running now ({@code gi_running}; CPython's {@code FRAME_EXECUTING}), for any kind. */
    boolean frameExecuting() {
        return running;
    }

    boolean isRunning() {
        return kind == Kind.ASYNC_GENERATOR ? runningAsync : running;
    }

    PyStr qualname() {
        return qualname;
    }

    /**
     * The generator's {@code tp_iternext} (CPython's {@code gen_iternext}): the next value, or null
     * when it returned None; a value other than None it returned is raised as StopIteration(value),
     * which a consumer such as {@code list()} takes as the end but {@code next(map(f, gen))} and
     * {@code yield from} see.
     */
    private PyObject iterNext() {
        PyObject v = resume(PyNone.NONE, null, false);
        if (v == null && returnValue != PyNone.NONE) {
            throw exhausted();
        }
        return v;
    }

    /** The exception {@code next()} raises once the generator has returned: StopIteration(value). */
    public PyException exhausted() {
        PyObject v = returnValue;
        returnValue = PyNone.NONE;
        return stopIteration(v);
    }

    /**
     * Resumes the frame with {@code sent} pushed, or {@code thrown} raised at the suspension point
     * (CPython's {@code gen_send_ex2}); {@code closing} is set by {@code close()}, which must stay
     * silent on a finished coroutine.
     *
     * @return the yielded value, or null when the generator returned (its value in {@link #returnValue})
     */
    PyObject resume(PyObject sent, PyBaseException thrown, boolean closing) {
        return resume(ThreadState.current(), sent, thrown, closing);
    }

    /** {@link #resume(PyObject, PyBaseException, boolean)} on the calling thread, whose state is {@code ts}. */
    PyObject resume(ThreadState ts, PyObject sent, PyBaseException thrown, boolean closing) {
        if (running) {
            throw Errors.valueError("%s already executing", kind.noun);
        }
        if (finished) {
            if (kind == Kind.COROUTINE && !closing) {
                throw Errors.runtimeError("cannot reuse already awaited coroutine");
            }
            if (thrown != null) {
                throw new PyException(thrown);
            }
            returnValue = PyNone.NONE;
            return null;
        }
        if (!started && thrown == null && sent != PyNone.NONE) {
            throw Errors.typeError("can't send non-None value to a just-started %s", kind.noun);
        }
        started = true;
        PyGenerator inner = null;
        boolean jumped = frame.jumpedAtYield;
        frame.jumpedAtYield = false;
        if (jumped && thrown == null) {
            // a debugger moved the suspended frame (LineJump): it goes on at the line it chose, the
            // value sent unused (CPython would push it for the instruction after the target)
        } else if (thrown != null) {
            // As CPython's gen_send_ex: None stands for the sent value, so a delegating
            // YIELD_VALUE's handler finds (receiver, last_sent) at its depth.
            frame.stack[frame.sp++] = PyNone.NONE;
            frame.pendingThrow = thrown;
            if (frame.hasSavedHandled) {
                // CPython's gen_send_ex2 (_PyErr_ChainStackItem): what is thrown in while the
                // generator handles an exception of its own gets that one as __context__, even
                // when it already had a traceback (a delegate's throw that came back out)
                ExceptionOps.chainContext(thrown, frame.savedHandled);
            }
        } else if ((inner = Generators.passThrough(ts, frame)) == null) {
            resumeWith(frame, sent);
        }
        PyBaseException prevHandled = ts.handled;
        // CPython stacks the generator's exception state on the caller's: with none of its
        // own, the generator sees (and chains to) the exception its caller is handling.
        PyBaseException prevOuter = ts.outerHandled;
        boolean prevOwn = ts.handledOwn;
        ts.outerHandled = prevHandled;
        ts.handled = frame.hasSavedHandled ? frame.savedHandled : prevHandled;
        ts.handledOwn = frame.hasSavedHandled;
        running = true;
        PyObject v;
        try {
            v = inner == null ? Eval.run(ts, frame) : Generators.sendThrough(ts, frame, inner, sent);
        } catch (PyException e) {
            finished = true;
            onFinished();
            throw convertStop(e);
        } finally {
            running = false;
            frame.hasSavedHandled = ts.handledOwn;
            frame.savedHandled = ts.handledOwn ? ts.handled : null;
            ts.handled = prevHandled;
            ts.handledOwn = prevOwn;
            ts.outerHandled = prevOuter;
        }
        if (frame.returned) {
            finished = true;
            onFinished();
            frame.savedHandled = null;
            frame.hasSavedHandled = false;
            returnValue = v;
            return null;
        }
        return v;
    }

    /**
     * Hands the sent value to a suspended frame: the yield expression's value, pushed for the
     * instruction after the YIELD_VALUE (or after RETURN_GENERATOR at the first resumption).
     * When that instruction only consumes it (a POP_TOP: a {@code yield} statement, the first
     * resumption; a plain STORE_FAST: {@code x = yield}), it is done here and skipped, one
     * dispatch less per resumption; neither can raise, and nothing observes the stack between.
     */
    private static void resumeWith(Frame frame, PyObject sent) {
        int ip = frame.ip;
        int next = frame.code.instrs[ip];
        if ((next & 0xFF) == org.taipan.code.Op.POP_TOP) {
            frame.ip = ip + 1;
        } else if ((next & 0xFF) == org.taipan.code.Op.STORE_FAST) {
            frame.stack[next >>> 8] = sent;
            frame.ip = ip + 1;
        } else {
            frame.stack[frame.sp++] = sent;
        }
    }

    /** The frame is done for good: a finalizable generator no longer needs closing. */
    void onFinished() {
    }

    /**
     * Whether an abandoned suspended generator of this code could run code when closed: some
     * {@code yield} lies inside a {@code try}, {@code with} or {@code finally} (a handler other
     * than a {@code yield from}/{@code await} cleanup or an {@code async for} end, followed
     * through the handlers those re-raise into). Only such generators are {@link Finalizable}, so
     * the others (a {@code try} that does not enclose a {@code yield} included) cost the JVM nothing.
     */
    static boolean needsClosing(CodeObject co) {
        int yield = Opcode.YIELD_VALUE.ordinal();
        for (int k = 0; k < co.code.length; k++) {
            if (Opcode.opcodeOf(co.code[k]) == yield && closeRunsCode(co, k, 0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a GeneratorExit raised at instruction {@code at} reaches a handler that runs code. */
    private static boolean closeRunsCode(CodeObject co, int at, int depth) {
        CodeObject.ExceptionTableEntry e = co.handlerFor(at);
        if (e == null) {
            return false;
        }
        int op = Opcode.opcodeOf(co.code[e.target()]);
        if (op != Opcode.CLEANUP_THROW.ordinal() && op != Opcode.END_ASYNC_FOR.ordinal()) {
            return true;
        }
        // The cleanup re-raises: whatever covers it handles the exception next.
        return depth > 16 || closeRunsCode(co, e.target(), depth + 1);
    }

    /**
     * A generator whose frame has handlers to run on close: when the JVM finds it unreachable
     * while suspended, the interpreter closes it (CPython's {@code _PyGen_Finalize}), running
     * its {@code finally} blocks and {@code with} exits.
     */
    static final class Finalizable extends PyGenerator implements Finalization.Target, ObjectIds.Resurrectable {
        private final Finalization owner;
        private final Finalization.Registration registration;
        private long objectId;

        @Override
        public long objectId() {
            return objectId;
        }

        @Override
        public void setObjectId(long id) {
            objectId = id;
        }

        Finalizable(Frame frame, Finalization owner) {
            super(frame);
            this.owner = owner;
            this.registration = owner.register(this);
        }

        @Override
        @SuppressWarnings({"removal", "deprecation"})
        protected void finalize() {
            registration.handOver(this);
        }

        @Override
        void onFinished() {
            owner.discard(this);
        }

        @Override
        public Finalization.Registration registration() {
            return registration;
        }

        @Override
        public PyObject ignoredIn() {
            return this;
        }

        @Override
        public void runFinalizer() {
            PyGenerator g = this; // the superclass's private fields are reached through its type
            if (g.kind == Kind.ASYNC_GENERATOR && g.finalizerHook != null && !g.closedAsync) {
                // An event loop's hook (asyncio's) schedules aclose() itself.
                Callables.call(g.finalizerHook, this);
            } else if (isSuspended()) {
                close();
            }
        }
    }

    /**
     * A generator whose frame has handlers to run on close, or any coroutine, finalized as
     * {@link Finalizable} is but through a {@link Sentinel} made only when it is armed
     * ({@link Finalization.Deferred}): most of them (every {@code @contextmanager}'s generator, every
     * coroutine awaited at once) finish first and never cost a JVM finalizer. Armed after that,
     * or while it has nothing to do when it dies, it makes none.
     */
    static final class Deferred extends PyGenerator implements Finalization.Deferred, ObjectIds.Resurrectable {
        private final Finalization owner;
        private long objectId;

        @Override
        public long objectId() {
            return objectId;
        }

        @Override
        public void setObjectId(long id) {
            objectId = id;
        }

        /** Its place in the order finalizers found together run in: its creation. */
        private final long seq;
        /** Whether close() runs code of its frame (a coroutine may be here only to warn). */
        private final boolean closes;
        private Sentinel sentinel;

        Deferred(Frame frame, Finalization owner, boolean closes) {
            super(frame);
            this.owner = owner;
            this.seq = owner.nextSeq();
            this.closes = closes;
        }

        @Override
        public Finalization.Target arm() {
            PyGenerator g = this;
            if (sentinel == null && !g.finished && (closes || g.kind == Kind.COROUTINE && !g.started)) {
                sentinel = new Sentinel(this, owner, seq);
            }
            return sentinel;
        }

        @Override
        void onFinished() {
            if (sentinel != null) {
                owner.discard(sentinel);
            }
        }
    }

    /**
     * The finalizer object of an armed {@link Deferred} generator: the two refer to each other,
     * so the JVM finds them unreachable together, and this one's {@code finalize()} hands the
     * generator's closing to the interpreter's thread.
     */
    static final class Sentinel extends Finalization.Companion {
        private final PyGenerator generator;

        Sentinel(PyGenerator generator, Finalization owner, long seq) {
            super(owner, seq);
            this.generator = generator;
        }

        @Override
        public PyObject ignoredIn() {
            return generator;
        }

        @Override
        public PyObject finalizedObject() {
            return generator;
        }

        @Override
        public void runFinalizer() {
            PyGenerator g = generator;
            if (g.kind == Kind.COROUTINE && !g.started && !g.finished) {
                warnNeverAwaited(g);
            } else if (g.isSuspended()) {
                g.close();
            }
        }
    }

    /**
     * CPython's {@code _PyErr_WarnUnawaitedCoroutine}: RuntimeWarning "coroutine '...' was never
     * awaited" through {@code warnings._warn_unawaited_coroutine} (which adds where it was made
     * when {@code cr_origin} is set), or directly when that cannot be used or fails (its error
     * reported as unraisable first).
     *
     * @throws PyException the warning, when a filter turns it into an error (reported as unraisable by the caller)
     */
    static void warnNeverAwaited(PyGenerator coroutine) {
        PyObject fn = null;
        try {
            PyObject warnings = ThreadState.current().interpreter.importModule("warnings", null, null, 0);
            fn = Abstract.lookupAttr(warnings, PyStr.of("_warn_unawaited_coroutine"));
        } catch (PyException e) {
            // no warnings module: the direct form below
        }
        if (fn != null) {
            try {
                Callables.call(fn, coroutine);
                return;
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.RuntimeWarning)) {
                    throw e; // the warning itself, an error by a filter: given once
                }
                // a broken hook is reported, then the warning is given directly, as CPython does
                ThreadState.current().interpreter.finalization().writeUnraisable(e.value, null, coroutine);
            }
        }
        org.taipan.modules.warnings.Warnings.warn(ExceptionTypes.RuntimeWarning,
                "coroutine '" + coroutine.qualname + "' was never awaited", 1);
    }

    /** PEP 479 (and PEP 525): StopIteration leaving the frame becomes RuntimeError, chained from it. */
    private PyException convertStop(PyException e) {
        String what;
        if (e.matches(ExceptionTypes.StopIteration)) {
            what = "StopIteration";
        } else if (kind == Kind.ASYNC_GENERATOR && e.matches(ExceptionTypes.StopAsyncIteration)) {
            what = "StopAsyncIteration";
        } else {
            return e;
        }
        PyException r = Errors.runtimeError("%s raised %s", kind.noun, what);
        r.value.cause = e.value;
        r.value.context = e.value;
        r.value.suppressContext = true;
        return r;
    }

    /**
     * {@code gen.send(v)} (CPython's {@code gen_send_ex}): StopIteration(value) when a
     * generator or coroutine returns, StopAsyncIteration when an async generator does.
     */
    PyObject send(PyObject v) {
        return finish(resume(v, null, false));
    }

    /** A resumption's result as a method result: the yielded value, or the "returned" exception. */
    PyObject finish(PyObject r) {
        if (r != null) {
            return r;
        }
        if (kind == Kind.ASYNC_GENERATOR) {
            throw Errors.of(ExceptionTypes.StopAsyncIteration);
        }
        throw exhausted();
    }

    static PyException stopIteration(PyObject value) {
        return Errors.of(ExceptionTypes.StopIteration, value == PyNone.NONE ? new PyObject[0] : new PyObject[] {value});
    }

    private PyObject throwMethod(PyObject[] a, String[] k) {
        Args.noKeywords("throw", k);
        Args.check("throw", a, k, 1, 3);
        return finish(throwInto(exceptionFromThrowArgs(a), true));
    }

    /**
     * The exception of {@code throw(typ[, val[, tb]])} (the normalisation in CPython's
     * {@code _gen_throw}, with its TypeErrors).
     */
    static PyBaseException exceptionFromThrowArgs(PyObject[] a) {
        PyObject typ = a[0];
        PyObject val = a.length > 1 ? a[1] : PyNone.NONE;
        PyObject tb = a.length > 2 ? a[2] : PyNone.NONE;
        if (tb != PyNone.NONE && !(tb instanceof PyTraceback)) {
            throw Errors.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException exc;
        if (typ instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BaseException)) {
            if (val instanceof PyBaseException ve && ve.type().isSubtypeOf(t)) {
                exc = ve;
            } else {
                // CPython's PyErr_NormalizeException: when making the instance fails, what it raised
                // is the exception thrown into the generator (it is not raised by throw() itself)
                try {
                    PyObject made = val == PyNone.NONE ? Callables.call(t)
                            : val instanceof org.taipan.runtime.PyTuple tup ? Callables.call(t, tup.array())
                            : Callables.call(t, val);
                    if (!(made instanceof PyBaseException me)) {
                        throw Errors.typeError("calling %s should have returned an instance of BaseException, not %s",
                                Abstract.repr(t), made.type().name());
                    }
                    exc = me;
                } catch (PyException e) {
                    return e.value;
                }
            }
        } else if (typ instanceof PyBaseException e) {
            if (val != PyNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            exc = e;
        } else {
            throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not %s",
                    typ.type().name());
        }
        if (tb instanceof PyTraceback t) {
            exc.traceback = t;
        }
        return exc;
    }

    /**
     * Raises {@code exc} at the suspension point, delegating to a {@code yield from} / {@code await}
     * receiver first (CPython's {@code _gen_throw}). {@code closeOnGenExit} false is the async
     * generator's {@code athrow}/{@code aclose}: GeneratorExit is thrown into the receiver instead
     * of closing it.
     *
     * @return the yielded value, or null when the generator returned
     */
    PyObject throwInto(PyBaseException exc, boolean closeOnGenExit) {
        PyObject receiver = delegate();
        if (receiver == null) {
            return resume(null, exc, false);
        }
        if (closeOnGenExit && exc.type().isSubtypeOf(ExceptionTypes.GeneratorExit)) {
            running = true;
            try {
                closeIter(receiver);
            } catch (PyException e) {
                running = false;
                return resume(null, e.value, false);
            } finally {
                running = false;
            }
            return resume(null, exc, false);
        }
        // a failing lookup of the receiver's throw (not an AttributeError) leaves the generator as it
        // was and propagates from throw() itself, as in CPython's _gen_throw
        PyObject throwMethod = receiver instanceof PyGenerator ? null : Abstract.lookupAttr(receiver, PyStr.of("throw"));
        PyObject r;
        running = true;
        try {
            if (receiver instanceof PyGenerator g) {
                // the delegate runs with this frame as its f_back, as in CPython's _gen_throw
                // (sys._getframe() and tracebacks see the whole chain); no recursion level is counted
                ThreadState ts = ThreadState.current();
                frame.back = ts.frame;
                ts.frame = frame;
                try {
                    r = g.throwInto(exc, closeOnGenExit);
                } finally {
                    ts.frame = frame.back;
                    frame.back = null;
                }
                if (r == null) {
                    // The delegate returned: its StopIteration reaches CLEANUP_THROW in our frame.
                    running = false;
                    return resume(null, stopIteration(g.returnValue).value, false);
                }
            } else {
                PyObject m = throwMethod;
                if (m == null) {
                    running = false;
                    return resume(null, exc, false);
                }
                r = Callables.call(m, exc);
            }
        } catch (PyException e) {
            running = false;
            return resume(null, e.value, false);
        } finally {
            running = false;
        }
        return r;
    }

    /** Closes a {@code yield from} receiver: {@code gen_close} for generators, else its {@code close} method if any. */
    private static void closeIter(PyObject receiver) {
        if (receiver instanceof PyGenerator g) {
            g.close();
            return;
        }
        PyObject m;
        try {
            m = Abstract.lookupAttr(receiver, PyStr.of("close"));
        } catch (PyException e) {
            // CPython's gen_close_iter reports a failing lookup as unraisable and closes the generator all the same
            ThreadState.current().interpreter.finalization().writeUnraisable(e.value, null, receiver);
            return;
        }
        if (m != null) {
            Callables.call(m);
        }
    }

    /** The receiver of a {@code yield from} / {@code await} the frame is suspended in, or null ({@code gi_yieldfrom}). */
    PyObject delegate() {
        if (!started || finished || running || frame.ip <= 0) {
            return null;
        }
        int word = frame.code.code.code[frame.ip - 1];
        if (Opcode.opcodeOf(word) == Opcode.YIELD_VALUE.ordinal() && Opcode.opargOf(word) == 1 && frame.sp > frame.stackBase) {
            return frame.stack[frame.sp - 1];
        }
        return null;
    }

    /**
     * {@code gen.close()} (CPython's {@code gen_close}): GeneratorExit at the suspension point
     * after closing the delegate; RuntimeError if the generator yields again.
     */
    void close() {
        if (finished || !started) {
            if (!finished) {
                finished = true;
                onFinished();
            }
            return;
        }
        PyBaseException exc = null;
        PyObject receiver = delegate();
        if (receiver != null) {
            running = true;
            try {
                closeIter(receiver);
            } catch (PyException e) {
                exc = e.value;
            } finally {
                running = false;
            }
        }
        if (exc == null) {
            exc = Errors.of(ExceptionTypes.GeneratorExit).value;
        }
        PyObject r;
        try {
            r = resume(null, exc, true);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.GeneratorExit) || e.matches(ExceptionTypes.StopIteration)) {
                return;
            }
            throw e;
        }
        if (r != null) {
            throw Errors.runtimeError("%s ignored GeneratorExit", kind.noun);
        }
    }
}
