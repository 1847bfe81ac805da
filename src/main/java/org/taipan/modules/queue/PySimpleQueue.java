package org.taipan.modules.queue;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.taipan.modules.TypedObject;
import org.taipan.modules.weakref.Weakrefable;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyGenericAlias;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTime;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * {@code _queue.SimpleQueue} (CPython's {@code simplequeueobject} in
 * {@code Modules/_queuemodule.c}): an unbounded FIFO queue whose {@code put} never blocks,
 * so it may be called from a signal handler or a finalizer that interrupted a {@code get}
 * on the same thread. {@code get} waits without the GIL; on the main thread a signal cuts
 * the wait short to run its handler (which may raise), then the wait goes on for the time
 * left. Subclassable; instances of the exact type take no attributes.
 */
final class PySimpleQueue extends TypedObject {
    static final PyType TYPE = PyType.builtin("_queue.SimpleQueue", PyType.OBJECT).markOwnLayout();

    static {
        TYPE.tp_new = (t, a, k) -> {
            if (t == TYPE) {
                // only the exact type refuses arguments (a subclass's __init__ may take some)
                if (Args.positional(a, k) > 0) {
                    throw Errors.typeError("SimpleQueue() takes no positional arguments");
                }
                if (k != null && k.length > 0) {
                    throw Errors.typeError("SimpleQueue() takes no keyword arguments");
                }
            }
            return new PySimpleQueue(t);
        };
        TYPE.addAttr("__doc__", PyStr.of("A first-in, first-out queue without a size bound; put() never blocks."));
        TYPE.addMethod("put", (self, a, k) -> {
            // block and timeout are accepted for Queue's signature and ignored: put never waits
            PyObject[] b = MethodArgs.bind("put", a, k, 0, "item", "block", "timeout");
            ((PySimpleQueue) self).items.add(MethodArgs.required("put", b, 0, "item"));
            return PyNone.NONE;
        });
        TYPE.addMethod("put_nowait", (self, a, k) -> {
            PyObject[] b = MethodArgs.bind("put_nowait", a, k, 0, "item");
            ((PySimpleQueue) self).items.add(MethodArgs.required("put_nowait", b, 0, "item"));
            return PyNone.NONE;
        });
        TYPE.addMethod("get", (self, a, k) -> {
            PyObject[] b = MethodArgs.bind("get", a, k, 0, "block", "timeout");
            boolean block = b[0] == null || Abstract.isTrue(b[0]);
            long timeout = -1;
            if (!block) {
                timeout = 0;
            } else if (b[1] != null && b[1] != PyNone.NONE) {
                timeout = PyTime.fromSecondsObject(b[1]);
                if (timeout < 0 && b[1] instanceof PyFloat f && Math.ceil(f.value() * PyTime.SEC_TO_NS) == 0) {
                    // CPython rounds this timeout toward +inf: under a nanosecond below zero is 0
                    timeout = 0;
                }
                if (timeout < 0) {
                    throw Errors.valueError("'timeout' must be a non-negative number");
                }
            }
            return ((PySimpleQueue) self).get(timeout);
        });
        TYPE.addMethod("get_nowait", (self, a, k) -> {
            // CPython's check counts positional arguments only (keywords are let through)
            if (Args.positional(a, k) > 0) {
                throw Errors.typeError("get_nowait() takes no arguments");
            }
            return ((PySimpleQueue) self).get(0);
        });
        TYPE.addMethodNoArgs("empty", self -> PyBool.of(((PySimpleQueue) self).items.isEmpty()));
        TYPE.addMethodNoArgs("qsize", self -> PyInt.of(((PySimpleQueue) self).items.size()));
        PyGenericAlias.install(TYPE);
        TypedObject.refuseNewAttributes(TYPE);
        TYPE.ready();
        Weakrefable.allow(TYPE);
    }

    /** The items, oldest first; a Java concurrent queue, since {@code get} waits without the GIL. */
    private final LinkedBlockingQueue<PyObject> items = new LinkedBlockingQueue<>();

    private PySimpleQueue(PyType type) {
        super(type);
    }

    /**
     * Takes the oldest item, waiting for one at most {@code timeoutNanos} (negative: forever,
     * 0: not at all), as CPython's {@code _queue_SimpleQueue_get_impl}.
     *
     * @throws org.taipan.runtime.PyException {@code _queue.Empty} when no item came in time;
     *     what a signal handler run during the wait raises
     */
    private PyObject get(long timeoutNanos) {
        PyObject item = items.poll();
        if (item != null) {
            return item;
        }
        if (timeoutNanos == 0) {
            throw Errors.of(QueueModule.EMPTY, new PyObject[0]);
        }
        ThreadState ts = ThreadState.current();
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            long left = timeoutNanos < 0 ? -1 : deadline - System.nanoTime();
            if (timeoutNanos >= 0 && left <= 0) {
                item = items.poll();
                if (item == null) {
                    throw Errors.of(QueueModule.EMPTY, new PyObject[0]);
                }
                return item;
            }
            // null from signalWait: a signal arrived (its handler runs, then the wait goes on);
            // a wrapper keeps "timed out" apart from it
            Object[] got = Blocking.signalWait(ts, () -> new Object[] {
                left < 0 ? items.take() : items.poll(left, TimeUnit.NANOSECONDS)});
            if (got != null && got[0] != null) {
                return (PyObject) got[0];
            }
            Blocking.checkSignals(ts);
        }
    }
}
