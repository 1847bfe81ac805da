package org.taipan.modules.queue;

import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The {@code _queue} module (CPython's {@code Modules/_queuemodule.c}), which the standard
 * library's {@code queue} imports for {@code SimpleQueue} and {@code Empty}: the queue
 * ({@link PySimpleQueue}) and the exception its {@code get} raises when no item comes.
 */
public final class QueueModule {
    private QueueModule() {}

    /** {@code _queue.Empty}: an Exception subclass of module {@code _queue}. */
    static final PyType EMPTY;

    static {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("_queue"));
        ns.setItem(PyStr.of("__doc__"), PyStr.of("Raised by SimpleQueue.get() when no item arrives in time, and by get_nowait() on an empty queue."));
        EMPTY = PyType.newHeapType(PyType.TYPE, "Empty", new PyType[] {ExceptionTypes.Exception}, ns);
    }

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("_queue", true);
        m.set("__doc__", PyStr.of("The SimpleQueue type and Empty exception behind the queue module."));
        m.set("SimpleQueue", PySimpleQueue.TYPE);
        m.set("Empty", EMPTY);
        return m;
    }
}
