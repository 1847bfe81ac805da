package org.taipan.interp;

import org.taipan.code.CodeObject;
import org.taipan.code.Op;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.Slots;
import org.taipan.runtime.ThreadState;

/**
 * The generator and coroutine instructions' bodies: RETURN_GENERATOR, SEND, CLEANUP_THROW,
 * GET_YIELD_FROM_ITER, and the async ones (GET_AWAITABLE, GET_AITER, GET_ANEXT,
 * END_ASYNC_FOR, BEFORE_ASYNC_WITH, ASYNC_GEN_WRAP) with CPython 3.11's {@code ceval.c} errors.
 */
final class Generators {
    private Generators() {}

    static PyObject create(ThreadState ts, Frame f) {
        PyCode q = f.code;
        if (q.generatorCloses == 0) {
            q.generatorCloses = PyGenerator.needsClosing(q.code) ? (byte) 2 : (byte) 1;
        }
        PyGenerator g;
        boolean coroutine = (q.code.flags & CodeObject.CO_COROUTINE) != 0;
        if (q.generatorCloses == 1 && !coroutine) {
            g = new PyGenerator(f);
        } else if ((q.code.flags & CodeObject.CO_ASYNC_GENERATOR) == 0) {
            // every coroutine: one never awaited warns when it dies
            PyGenerator.Deferred d = new PyGenerator.Deferred(f, ts.interpreter.finalization(), q.generatorCloses == 2);
            ts.interpreter.finalization().defer(d);
            g = d;
        } else {
            g = new PyGenerator.Finalizable(f, ts.interpreter.finalization());
        }
        if (ts.coroutineOriginDepth > 0 && g.kind == PyGenerator.Kind.COROUTINE) {
            g.origin = origin(ts, f, ts.coroutineOriginDepth);
        }
        return g;
    }

    /**
     * A new coroutine's {@code cr_origin} (CPython's {@code compute_cr_origin}): (filename, line,
     * function name) of its caller and the callers above, innermost first, at most {@code depth}.
     */
    private static PyTuple origin(ThreadState ts, Frame coroutine, int depth) {
        java.util.List<PyObject> frames = new java.util.ArrayList<>();
        for (Frame fr = ts.frame == coroutine ? coroutine.back : ts.frame; fr != null && frames.size() < depth; fr = fr.back) {
            frames.add(PyTuple.of(PyStr.of(fr.code.code.filename), PyInt.of(fr.lineno()), fr.code.name));
        }
        return PyTuple.of(frames.toArray(new PyObject[0]));
    }

    /**
     * FOR_ITER_GEN: the next value of a plain generator (resumed directly on the caller's thread
     * state, no {@code tp_iternext} indirection), or null when it finished; another iterator is a
     * miss and takes the generic path.
     */
    static PyObject forIterGen(ThreadState ts, PyCode q, int i, PyObject it) {
        // the generator's f_back is this frame: its f_lineno is the `for` line, as in CPython
        ts.frame.lasti = i;
        if (it.getClass() == PyGenerator.class && ((PyGenerator) it).isGenerator()) {
            return ((PyGenerator) it).resume(ts, PyNone.NONE, null, false);
        }
        Quickening.miss(q, i);
        return Ops.forIter(it);
    }

    /**
     * SEND: {@code (receiver, v -- receiver, result)}; returns true when the receiver finished
     * (the result is then its return value and the caller jumps). A generator receiver is
     * resumed on the caller's thread state {@code ts}: a {@code yield from} chain passes each
     * value through one SEND per level, so no thread-local lookup per level.
     */
    static boolean send(ThreadState ts, PyObject[] stack, int sp) {
        PyObject receiver = stack[sp - 2];
        PyObject v = stack[sp - 1];
        if (receiver instanceof PyGenerator g) {
            PyObject r = g.resume(ts, v, null, false);
            if (r == null) {
                stack[sp - 1] = g.returnValue;
                g.returnValue = PyNone.NONE;
                return true;
            }
            stack[sp - 1] = r;
            return false;
        }
        try {
            PyObject r = sendToIterator(receiver, v);
            if (r == null) {
                stack[sp - 1] = PyNone.NONE;
                return true;
            }
            stack[sp - 1] = r;
            return false;
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopIteration)) {
                stack[sp - 1] = stopValue(e);
                return true;
            }
            throw e;
        }
    }

    /**
     * SEND's step for a receiver other than a generator (CPython 3.11's SEND): its
     * {@code __next__} when {@code v} is None and it is an iterator, else its {@code send(v)}.
     *
     * @return the value it yields, or null when it ended without a StopIteration (a builtin
     *     iterator's {@code tp_iternext} running out): the result is then None
     * @throws PyException StopIteration carrying the result when it ended with one, and what it raised
     */
    static PyObject sendToIterator(PyObject receiver, PyObject v) {
        if (receiver instanceof AsyncGenAwaitables.Awaitable a) {
            return a.send(v);
        }
        if (v == PyNone.NONE && receiver.type().tp_iternext != null) {
            PyType t = receiver.type();
            // A class's __next__ is called directly so the value of its StopIteration survives.
            PyObject next = t.isHeapType() ? t.lookup("__next__") : null;
            if (next != null) {
                return Callables.callMethod(next, receiver, Callables.NO_ARGS, null);
            }
            // tp_iternext as CPython's SEND calls it: a StopIteration it raises carries the result
            return Abstract.iterNext(receiver);
        }
        return Callables.callAttr(receiver, "send", v);
    }

    /** The result a StopIteration {@code e} carries ({@code value}, None without one). */
    static PyObject stopValue(PyException e) {
        PyObject val = e.value.attribute("value");
        return val == null ? PyNone.NONE : val;
    }

    /** The word of a delegating YIELD_VALUE (oparg 1), the one a {@code yield from} suspends at. */
    private static final int YIELD_FROM = 1 << 8 | Op.YIELD_VALUE;

    /**
     * The generator that a resumption of {@code f} with a value would hand that value to at
     * once, or null: {@code f} is suspended in the SEND loop of a {@code yield from} /
     * {@code await} whose receiver is a generator (then {@link #sendThrough} may resume it). Null
     * while a pending event or a trace or profile function needs the dispatch loop's attention
     * (the flag stays set while a thread has a hook), and for a single-stepped frame.
     */
    static PyGenerator passThrough(ThreadState ts, Frame f) {
        int ip = f.ip;
        int[] instrs = f.code.instrs;
        if (ip < 2 || instrs[ip - 1] != YIELD_FROM || (instrs[ip - 2] & 0xFF) != Op.SEND || f.instrs != instrs
                || ts.events.pending) {
            return null;
        }
        return f.stack[f.sp - 1] instanceof PyGenerator g ? g : null;
    }

    /**
     * Resumes {@code f}, suspended at the delegating YIELD_VALUE of a {@code yield from} of the
     * generator {@code inner} ({@link #passThrough}), with {@code sent}: what its
     * JUMP_BACKWARD_NO_INTERRUPT, SEND and YIELD_VALUE would do, without entering the dispatch
     * loop. A value passes up a chain of {@code yield from}s in two small Java calls per level
     * (this and {@code resume}) instead of a dispatch-loop entry per level (CPython does the same
     * O(depth) work, in its SEND). The frame is
     * the running one while {@code inner} runs, as under SEND ({@code f_back}, tracebacks, the
     * recursion depth). When {@code inner} yields, {@code f} stays as it was, suspended with the
     * receiver on its stack; when it returns or raises, {@code f} goes on in the dispatch loop
     * from its SEND as tier 1 would (the jump with the return value, or the unwinding).
     *
     * @return the value {@code inner} yielded, or what the frame's run returned after it
     */
    static PyObject sendThrough(ThreadState ts, Frame f, PyGenerator inner, PyObject sent) {
        Eval.push(ts, f);
        try {
            int send = f.ip - 2;
            PyObject r;
            try {
                r = inner.resume(ts, sent, null, false);
            } catch (Throwable t) {
                // SEND's operands (receiver, sent) are on the stack when it raises
                f.stack[f.sp++] = sent;
                f.ip = Eval.unwind(ts, f, t, send);
                return Eval.loop(ts, f);
            }
            if (r != null) {
                return r;
            }
            f.stack[f.sp++] = inner.returnValue;
            inner.returnValue = PyNone.NONE;
            f.ip = f.code.instrs[send] >>> 8;
            return Eval.loop(ts, f);
        } finally {
            Eval.pop(ts, f);
        }
    }

    /** CLEANUP_THROW: a StopIteration from the delegate finishes the {@code yield from} with its value. */
    static boolean cleanupThrow(PyObject[] stack, int sp, PyObject exc) {
        PyBaseException e = (PyBaseException) exc;
        if (!e.type().isSubtypeOf(ExceptionTypes.StopIteration)) {
            return false;
        }
        PyObject val = e.attribute("value");
        stack[sp - 2] = PyNone.NONE;
        stack[sp - 1] = val == null ? PyNone.NONE : val;
        return true;
    }

    static PyObject yieldFromIter(Frame f, PyObject o) {
        if (o instanceof PyGenerator g) {
            if (g.kind == PyGenerator.Kind.COROUTINE && !f.code.code.hasFlag(CodeObject.CO_COROUTINE)
                    && !f.code.code.hasFlag(CodeObject.CO_ITERABLE_COROUTINE)) {
                throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return o;
        }
        return Abstract.iter(o);
    }

    static PyStr name(PyObject o) {
        return PyStr.of(o.type().name());
    }

    /** Whether {@code o} is awaited as is: a coroutine, or a {@code types.coroutine} generator. */
    private static boolean isCoroutine(PyObject o) {
        return o instanceof PyGenerator g && (g.kind == PyGenerator.Kind.COROUTINE
                || g.kind == PyGenerator.Kind.GENERATOR && g.frame.code.code.hasFlag(CodeObject.CO_ITERABLE_COROUTINE));
    }

    /**
     * The iterator an {@code await o} drives (CPython's {@code _PyCoro_GetAwaitableIter}):
     * a coroutine itself, else the iterator {@code o.__await__()} returns.
     */
    static PyObject awaitableIter(PyObject o) {
        if (isCoroutine(o)) {
            return o;
        }
        PyType t = o.type();
        PyObject await = t.lookup("__await__");
        if (await == null) {
            throw Errors.typeError("object %s can't be used in 'await' expression", t.name());
        }
        PyObject r = Callables.callMethod(await, o, Callables.NO_ARGS, null);
        if (isCoroutine(r)) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (r.type().tp_iternext == null) {
            throw Errors.typeError("__await__() returned non-iterator of type '%s'", r.type().name());
        }
        return r;
    }

    /** GET_AWAITABLE: oparg 1 and 2 word the error for {@code __aenter__} / {@code __aexit__} results. */
    static PyObject getAwaitable(PyObject o, int oparg) {
        if (oparg != 0 && !isCoroutine(o) && o.type().lookup("__await__") == null) {
            throw Errors.typeError("'async with' received an object from %s that does not implement __await__: %s",
                    oparg == 1 ? "__aenter__" : "__aexit__", o.type().name());
        }
        PyObject it = awaitableIter(o);
        if (it instanceof PyGenerator g && g.kind == PyGenerator.Kind.COROUTINE && g.delegate() != null) {
            throw Errors.runtimeError("coroutine is being awaited already");
        }
        return it;
    }

    /** GET_AITER: {@code o.__aiter__()}, which must have {@code __anext__}. */
    static PyObject getAIter(PyObject o) {
        PyObject aiter = o.type().lookup("__aiter__");
        if (aiter == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got %s", o.type().name());
        }
        PyObject it = Callables.callMethod(aiter, o, Callables.NO_ARGS, null);
        if (it.type().lookup("__anext__") == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: %s",
                    it.type().name());
        }
        return it;
    }

    /** GET_ANEXT: the awaitable of {@code aiter.__anext__()}. */
    static PyObject getANext(PyObject aiter) {
        if (aiter instanceof PyGenerator g && g.kind == PyGenerator.Kind.ASYNC_GENERATOR) {
            return AsyncGenAwaitables.anext(g);
        }
        PyObject anext = aiter.type().lookup("__anext__");
        if (anext == null) {
            throw Errors.typeError("'async for' requires an iterator with __anext__ method, got %s", aiter.type().name());
        }
        PyObject next = Callables.callMethod(anext, aiter, Callables.NO_ARGS, null);
        PyObject it;
        try {
            it = awaitableIter(next);
        } catch (PyException e) {
            PyException r = Errors.typeError("'async for' received an invalid object from __anext__: %s", next.type().name());
            r.value.cause = e.value;
            r.value.context = e.value;
            r.value.suppressContext = true;
            throw r;
        }
        return it;
    }

    /** END_ASYNC_FOR: true when {@code exc} is StopAsyncIteration (the loop ends normally). */
    static boolean endAsyncFor(PyObject exc) {
        return ((PyBaseException) exc).type().isSubtypeOf(ExceptionTypes.StopAsyncIteration);
    }

    /** BEFORE_ASYNC_WITH {@code (mgr -- bound __aexit__, __aenter__())}. */
    static int beforeAsyncWith(PyObject[] stack, int sp) {
        PyObject mgr = stack[sp - 1];
        PyType t = mgr.type();
        PyObject enter = t.lookup("__aenter__");
        if (enter == null) {
            throw Errors.typeError("'%s' object does not support the asynchronous context manager protocol", t.name());
        }
        PyObject exit = t.lookup("__aexit__");
        if (exit == null) {
            throw Errors.typeError("'%s' object does not support the asynchronous context manager protocol "
                    + "(missed __aexit__ method)", t.name());
        }
        Slots.DescrGet g = exit.type().tp_descr_get;
        stack[sp - 1] = g != null ? g.call(exit, mgr, t) : exit;
        stack[sp++] = Callables.callMethod(enter, mgr, Callables.NO_ARGS, null);
        return sp;
    }

    /** ASYNC_GEN_WRAP: marks a value an async generator yields (as opposed to one its awaits pass on). */
    static PyObject asyncGenWrap(PyObject v) {
        return new AsyncGenAwaitables.Wrapped(v);
    }
}
