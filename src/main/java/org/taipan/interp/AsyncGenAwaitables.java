package org.taipan.interp;

import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The iterators that drive coroutines and async generators from an {@code await} (CPython's
 * {@code genobject.c}): {@code coroutine_wrapper} ({@code coro.__await__()}),
 * {@code async_generator_asend} ({@code __anext__()}/{@code asend()}) and
 * {@code async_generator_athrow} ({@code athrow()}/{@code aclose()}), plus the wrapper that
 * marks a value yielded by an async generator (ASYNC_GEN_WRAP) apart from a value its
 * {@code await}s pass through to the event loop.
 */
final class AsyncGenAwaitables {
    private AsyncGenAwaitables() {}

    /**
     * An awaitable iterator with the generator-like protocol, so SEND can drive it without a
     * method lookup. {@link #send} raises StopIteration(value) when it completes.
     */
    abstract static class Awaitable extends PyObject {
        abstract PyObject send(PyObject v);

        abstract PyObject throwExc(PyBaseException exc);

        abstract void close();

        static void install(PyType t) {
            t.tp_iter = o -> o;
            t.tp_iternext = o -> {
                try {
                    return ((Awaitable) o).send(PyNone.NONE);
                } catch (PyException e) {
                    if (e.matches(ExceptionTypes.StopIteration)) {
                        return null;
                    }
                    throw e;
                }
            };
            t.tp_repr = o -> PyStr.of("<" + o.type().name() + " object at " + ObjectSlots.address(o) + ">");
            t.addMethodNoArgs("__next__", self -> {
                return ((Awaitable) self).send(PyNone.NONE);
            });
            t.addMethodOneArg("send", (self, arg) -> ((Awaitable) self).send(arg));
            t.addMethod("throw", (self, a, k) -> {
                Args.noKeywords("throw", k);
                Args.check("throw", a, k, 1, 3);
                return ((Awaitable) self).throwExc(PyGenerator.exceptionFromThrowArgs(a));
            });
            t.addMethodNoArgs("close", self -> {
                ((Awaitable) self).close();
                return PyNone.NONE;
            });
        }
    }

    /** {@code coro.__await__()}: iterates the coroutine ({@code coroutine_wrapper}). */
    static final class CoroutineWrapper extends Awaitable {
        static final PyType TYPE = PyType.builtinFinal("coroutine_wrapper", PyType.OBJECT);

        static {
            install(TYPE);
            TYPE.ready();
        }

        private final PyGenerator coro;

        CoroutineWrapper(PyGenerator coro) {
            this.coro = coro;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        PyObject send(PyObject v) {
            return coro.send(v);
        }

        @Override
        PyObject throwExc(PyBaseException exc) {
            return coro.finish(coro.throwInto(exc, true));
        }

        @Override
        void close() {
            coro.close();
        }
    }

    /** The value an async generator yields (ASYNC_GEN_WRAP), told apart from what its awaits yield. */
    static final class Wrapped extends PyObject {
        static final PyType TYPE = PyType.builtinFinal("async_generator_wrapped_value", PyType.OBJECT);

        static {
            TYPE.ready();
        }

        final PyObject value;

        Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    private static final int INIT = 0, ITER = 1, CLOSED = 2;

    /**
     * What an async generator's resumption means to its awaiter ({@code async_gen_unwrap_value}):
     * a wrapped value is the result (StopIteration(value)), a plain one passes through to the
     * event loop, a return is StopAsyncIteration.
     */
    private static PyObject unwrap(PyGenerator gen, PyObject r) {
        if (r == null) {
            gen.closedAsync = true;
            gen.runningAsync = false;
            throw Errors.of(ExceptionTypes.StopAsyncIteration);
        }
        if (r instanceof Wrapped w) {
            gen.runningAsync = false;
            throw PyGenerator.stopIteration(w.value);
        }
        return r;
    }

    /** Runs an async generator step, recording StopAsyncIteration/GeneratorExit as closing it. */
    private static PyObject step(PyGenerator gen, java.util.function.Supplier<PyObject> resume) {
        try {
            return unwrap(gen, resume.get());
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopAsyncIteration) || e.matches(ExceptionTypes.GeneratorExit)) {
                gen.closedAsync = true;
            }
            if (!e.matches(ExceptionTypes.StopIteration)) {
                gen.runningAsync = false;
            }
            throw e;
        }
    }

    /** {@code agen.__anext__()} / {@code agen.asend(v)} ({@code async_generator_asend}). */
    static final class ASend extends Awaitable {
        static final PyType TYPE = PyType.builtinFinal("async_generator_asend", PyType.OBJECT);

        static {
            install(TYPE);
            TYPE.addMethod("__await__", (self, a, k) -> self);
            TYPE.ready();
        }

        private final PyGenerator gen;
        private final PyObject sendValue;
        private int state = INIT;

        ASend(PyGenerator gen, PyObject sendValue) {
            this.gen = gen;
            this.sendValue = sendValue;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        PyObject send(PyObject v) {
            if (state == CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    throw Errors.runtimeError("anext(): asynchronous generator is already running");
                }
                if (v == PyNone.NONE) {
                    v = sendValue;
                }
                state = ITER;
            }
            gen.runningAsync = true;
            PyObject arg = v;
            return closeOnEnd(() -> step(gen, () -> gen.resume(arg, null, false)));
        }

        @Override
        PyObject throwExc(PyBaseException exc) {
            if (state == CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            return closeOnEnd(() -> step(gen, () -> gen.throwInto(exc, true)));
        }

        private PyObject closeOnEnd(java.util.function.Supplier<PyObject> body) {
            try {
                return body.get();
            } catch (PyException e) {
                state = CLOSED;
                throw e;
            }
        }

        @Override
        void close() {
            state = CLOSED;
        }
    }

    /** {@code agen.athrow(...)} and {@code agen.aclose()} ({@code async_generator_athrow}); args null for aclose. */
    static final class AThrow extends Awaitable {
        static final PyType TYPE = PyType.builtinFinal("async_generator_athrow", PyType.OBJECT);

        static {
            install(TYPE);
            TYPE.addMethod("__await__", (self, a, k) -> self);
            TYPE.ready();
        }

        private final PyGenerator gen;
        private final PyObject[] args;
        private int state = INIT;

        AThrow(PyGenerator gen, PyObject[] args) {
            this.gen = gen;
            this.args = args;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private PyException reused() {
            return Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
        }

        @Override
        PyObject send(PyObject v) {
            if (state == CLOSED) {
                throw reused();
            }
            if (gen.isFinished()) {
                state = CLOSED;
                throw Errors.stopIteration();
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw Errors.runtimeError("%s(): asynchronous generator is already running",
                            args == null ? "aclose" : "athrow");
                }
                if (gen.closedAsync) {
                    state = CLOSED;
                    throw Errors.of(ExceptionTypes.StopAsyncIteration);
                }
                if (v != PyNone.NONE) {
                    throw Errors.runtimeError("can't send non-None value to a just-started coroutine");
                }
                state = ITER;
                gen.runningAsync = true;
                if (args == null) {
                    gen.closedAsync = true;
                    return checked(() -> gen.throwInto(Errors.of(ExceptionTypes.GeneratorExit).value, false));
                }
                PyBaseException exc = PyGenerator.exceptionFromThrowArgs(args);
                return checked(() -> step(gen, () -> gen.throwInto(exc, false)));
            }
            if (args != null) {
                return checked(() -> step(gen, () -> gen.resume(v, null, false)));
            }
            return checked(() -> gen.resume(v, null, false));
        }

        @Override
        PyObject throwExc(PyBaseException exc) {
            if (state == CLOSED) {
                throw reused();
            }
            if (args != null) {
                return checked(() -> step(gen, () -> gen.throwInto(exc, true)));
            }
            return checked(() -> gen.throwInto(exc, true));
        }

        /**
         * The end of an athrow/aclose step: for aclose, a value the generator yields is
         * "ignored GeneratorExit", and its StopAsyncIteration/GeneratorExit is the await's
         * normal completion (StopIteration).
         */
        private PyObject checked(java.util.function.Supplier<PyObject> body) {
            PyObject r;
            try {
                r = body.get();
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.StopIteration)) {
                    gen.runningAsync = false;
                    state = CLOSED;
                    if (args == null && (e.matches(ExceptionTypes.StopAsyncIteration)
                            || e.matches(ExceptionTypes.GeneratorExit))) {
                        throw Errors.stopIteration();
                    }
                }
                throw e;
            }
            if (args == null) {
                if (r == null) {
                    gen.runningAsync = false;
                    state = CLOSED;
                    throw Errors.stopIteration();
                }
                if (r instanceof Wrapped) {
                    gen.runningAsync = false;
                    state = CLOSED;
                    throw Errors.runtimeError("async generator ignored GeneratorExit");
                }
            }
            return r;
        }

        @Override
        void close() {
            state = CLOSED;
        }
    }

    /**
     * {@code anext(aiterator, default)}'s awaitable ({@code anext_awaitable}): awaits
     * {@code aiterator.__anext__()} and turns its StopAsyncIteration into the default value.
     */
    static final class AnextAwaitable extends Awaitable {
        static final PyType TYPE = PyType.builtinFinal("anext_awaitable", PyType.OBJECT);

        static {
            install(TYPE);
            TYPE.addMethod("__await__", (self, a, k) -> self);
            TYPE.ready();
        }

        private final PyObject wrapped;
        private final PyObject dflt;

        AnextAwaitable(PyObject wrapped, PyObject dflt) {
            this.wrapped = wrapped;
            this.dflt = dflt;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        /** The iterator to forward to: a coroutine is iterated through its {@code __await__()}. */
        private PyObject iterator() {
            PyObject it = Generators.awaitableIter(wrapped);
            if (it instanceof PyGenerator g && g.kind == PyGenerator.Kind.COROUTINE) {
                return new CoroutineWrapper(g);
            }
            return it;
        }

        private PyObject defaultOnEnd(java.util.function.Supplier<PyObject> step) {
            try {
                return step.get();
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.StopAsyncIteration)) {
                    throw PyGenerator.stopIteration(dflt);
                }
                throw e;
            }
        }

        @Override
        PyObject send(PyObject v) {
            return defaultOnEnd(() -> {
                PyObject it = iterator();
                if (it instanceof Awaitable a) {
                    return a.send(v);
                }
                if (it instanceof PyGenerator g) {
                    return g.send(v);
                }
                if (v == PyNone.NONE) {
                    PyObject next = it.type().lookup("__next__");
                    if (next != null) {
                        return org.taipan.runtime.Callables.callMethod(next, it, org.taipan.runtime.Callables.NO_ARGS, null);
                    }
                }
                return org.taipan.runtime.Callables.callAttr(it, "send", v);
            });
        }

        @Override
        PyObject throwExc(PyBaseException exc) {
            return defaultOnEnd(() -> {
                PyObject it = iterator();
                if (it instanceof Awaitable a) {
                    return a.throwExc(exc);
                }
                return org.taipan.runtime.Callables.callAttr(it, "throw", exc);
            });
        }

        @Override
        void close() {
            PyObject it = iterator();
            if (it instanceof Awaitable a) {
                a.close();
            } else {
                org.taipan.runtime.Callables.callAttr(it, "close");
            }
        }
    }

    private static final PyType ASYNCGEN_HOOKS = org.taipan.runtime.StructSeq.newType(null, "asyncgen_hooks",
            "firstiter", "finalizer");

    static {
        ASYNCGEN_HOOKS.tp_repr = o -> {
            org.taipan.runtime.PyTuple t = (org.taipan.runtime.PyTuple) o;
            return org.taipan.runtime.PyStr.of("asyncgen_hooks(firstiter=" + org.taipan.runtime.Abstract.repr(t.get(0))
                    + ", finalizer=" + org.taipan.runtime.Abstract.repr(t.get(1)) + ")");
        };
    }

    /** {@code sys.set_asyncgen_hooks} and {@code sys.get_asyncgen_hooks} (per thread, as CPython's). */
    static void addSysFunctions(org.taipan.runtime.PyModule sys) {
        sys.set("set_asyncgen_hooks", new org.taipan.runtime.PyBuiltinFunction("set_asyncgen_hooks", (a, k) -> {
            int npos = Args.positional(a, k);
            if (npos > 2) {
                throw Errors.typeError("set_asyncgen_hooks() takes at most 2 arguments (%d given)", a.length);
            }
            if (k != null) {
                for (String name : k) {
                    if (!name.equals("firstiter") && !name.equals("finalizer")) {
                        throw Errors.typeError("'%s' is an invalid keyword argument for this function", name);
                    }
                }
            }
            PyObject firstiter = npos > 0 ? a[0] : Args.keyword(a, k, "firstiter");
            PyObject finalizer = npos > 1 ? a[1] : Args.keyword(a, k, "finalizer");
            checkHook("finalizer", finalizer);
            checkHook("firstiter", firstiter);
            org.taipan.runtime.ThreadState ts = org.taipan.runtime.ThreadState.current();
            if (finalizer != null) {
                ts.asyncGenFinalizer = finalizer == PyNone.NONE ? null : finalizer;
            }
            if (firstiter != null) {
                ts.asyncGenFirstiter = firstiter == PyNone.NONE ? null : firstiter;
            }
            return PyNone.NONE;
        }));
        sys.set("get_asyncgen_hooks", new org.taipan.runtime.PyBuiltinFunction("get_asyncgen_hooks", (a, k) -> {
            Args.noArgs("get_asyncgen_hooks", a, k);
            org.taipan.runtime.ThreadState ts = org.taipan.runtime.ThreadState.current();
            PyObject f = ts.asyncGenFirstiter, z = ts.asyncGenFinalizer;
            return org.taipan.runtime.StructSeq.make(ASYNCGEN_HOOKS, f == null ? PyNone.NONE : f,
                    z == null ? PyNone.NONE : z);
        }));
    }

    private static void checkHook(String what, PyObject h) {
        if (h != null && h != PyNone.NONE && h.type().tp_call == null) {
            throw Errors.typeError("callable %s expected, got %s", what, h.type().name());
        }
    }

    /** The builtins {@code aiter()} and {@code anext()} (CPython's {@code builtin_aiter}/{@code builtin_anext}). */
    static void addBuiltins(org.taipan.runtime.PyModule builtins) {
        builtins.set("aiter", new org.taipan.runtime.PyBuiltinFunction("aiter", (a, k) -> {
            PyObject o = Args.oneArg("aiter", a, k);
            PyObject m = o.type().lookup("__aiter__");
            if (m == null) {
                throw Errors.typeError("'%s' object is not an async iterable", o.type().name());
            }
            PyObject it = org.taipan.runtime.Callables.callMethod(m, o, org.taipan.runtime.Callables.NO_ARGS, null);
            if (it.type().lookup("__anext__") == null) {
                throw Errors.typeError("aiter() returned not an async iterator of type '%s'", it.type().name());
            }
            return it;
        }));
        builtins.set("anext", new org.taipan.runtime.PyBuiltinFunction("anext", (a, k) -> {
            Args.noKeywords("anext", k);
            if (a.length < 1 || a.length > 2) {
                throw Errors.typeError(a.length < 1 ? "anext expected at least 1 argument, got 0"
                        : "anext expected at most 2 arguments, got " + a.length);
            }
            PyObject o = a[0];
            PyObject m = o.type().lookup("__anext__");
            if (m == null) {
                throw Errors.typeError("'%s' object is not an async iterator", o.type().name());
            }
            PyObject awaitable = o instanceof PyGenerator g && g.kind == PyGenerator.Kind.ASYNC_GENERATOR
                    ? anext(g)
                    : org.taipan.runtime.Callables.callMethod(m, o, org.taipan.runtime.Callables.NO_ARGS, null);
            return a.length == 1 ? awaitable : new AnextAwaitable(awaitable, a[1]);
        }));
    }

    /** The async generator's own methods: {@code __aiter__}, {@code __anext__}, {@code asend}, {@code athrow}, {@code aclose}. */
    static void addAsyncGeneratorMethods(PyType t) {
        t.addMethodNoArgs("__aiter__", self -> {
            return self;
        });
        t.addMethodNoArgs("__anext__", self -> {
            return anext((PyGenerator) self);
        });
        t.addMethodOneArg("asend", (self, arg) -> {
            PyObject v = arg;
            ((PyGenerator) self).initAsyncGenHooks();
            return new ASend((PyGenerator) self, v);
        });
        t.addMethod("athrow", (self, a, k) -> {
            Args.noKeywords("athrow", k);
            Args.check("athrow", a, k, 1, 3);
            ((PyGenerator) self).initAsyncGenHooks();
            return new AThrow((PyGenerator) self, a.clone());
        });
        t.addMethodNoArgs("aclose", self -> {
            ((PyGenerator) self).initAsyncGenHooks();
            return new AThrow((PyGenerator) self, null);
        });
    }

    /** {@code agen.__anext__()} ({@code async_gen_anext}). */
    static ASend anext(PyGenerator g) {
        g.initAsyncGenHooks();
        return new ASend(g, PyNone.NONE);
    }
}
