package org.taipan.modules.thread;

import org.taipan.interp.TracebackPrinter;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.StructSeq;

/**
 * {@code _thread._excepthook} and {@code _thread._ExceptHookArgs} (CPython's
 * {@code thread_excepthook}): what {@code threading.excepthook} does by default with an
 * exception a thread's {@code run()} let escape: nothing for SystemExit, else "Exception in
 * thread NAME:" and the traceback on {@code sys.stderr} (or the thread's {@code _stderr}).
 */
final class ExceptHook {
    private ExceptHook() {}

    static final PyType ARGS_TYPE = StructSeq.newType("_thread", "_ExceptHookArgs",
            "exc_type", "exc_value", "exc_traceback", "thread");

    /**
     * Runs the default hook on {@code args}.
     *
     * @throws org.taipan.runtime.PyException TypeError "_thread._excepthook argument type must be
     *     ExceptHookArgs"
     */
    static PyObject run(Interpreter interp, PyObject args) {
        if (args.type() != ARGS_TYPE) {
            throw Errors.typeError("_thread._excepthook argument type must be ExceptHookArgs");
        }
        PyTuple t = (PyTuple) args;
        PyObject excType = t.get(0);
        PyObject excValue = t.get(1);
        PyObject thread = t.get(3);
        if (excType == ExceptionTypes.SystemExit) {
            return PyNone.NONE;
        }
        PyObject file = interp.sysAttribute("stderr");
        if ((file == null || file == PyNone.NONE) && thread != PyNone.NONE) {
            file = Abstract.lookupAttr(thread, PyStr.of("_stderr"));
        }
        if (file == null || file == PyNone.NONE) {
            return PyNone.NONE;
        }
        String name = null;
        if (thread != PyNone.NONE) {
            PyObject n = Abstract.lookupAttr(thread, PyStr.of("name"));
            if (n != null && n != PyNone.NONE) {
                name = Abstract.str(n).toString();
            }
        }
        if (name == null) {
            name = Long.toString(ThreadModule.ident());
        }
        Callables.callAttr(file, "write", PyStr.of("Exception in thread " + name + ":\n"));
        flush(file);
        String report;
        if (excValue instanceof PyBaseException e) {
            report = TracebackPrinter.format(e);
        } else {
            report = (excType instanceof PyType ty ? ty.name() : Abstract.str(excType).toString()) + "\n";
        }
        Callables.callAttr(file, "write", PyStr.of(report));
        flush(file);
        return PyNone.NONE;
    }

    private static void flush(PyObject file) {
        if (Abstract.lookupAttr(file, PyStr.of("flush")) != null) {
            Callables.callAttr(file, "flush");
        }
    }
}
