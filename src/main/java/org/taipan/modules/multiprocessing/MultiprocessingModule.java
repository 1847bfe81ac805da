package org.taipan.modules.multiprocessing;

import org.taipan.modules.posix.Errno;
import org.taipan.modules.posix.Libc;
import org.taipan.runtime.Args;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.sandbox.Sandbox;

/**
 * The builtin module {@code _multiprocessing} (CPython's {@code Modules/_multiprocessing/multiprocessing.c}
 * on Linux): the semaphore type {@code SemLock} ({@link PySemLock}), {@code sem_unlink(name)} and
 * {@code flags}, which say that named semaphores and timed waits exist. {@code multiprocessing}
 * imports it for its connections and locks.
 */
public final class MultiprocessingModule {
    private MultiprocessingModule() {}

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("_multiprocessing", true);
        m.set("__doc__", PyNone.NONE);
        m.set("SemLock", PySemLock.TYPE);
        PyDict flags = new PyDict();
        flags.setItem(PyStr.of("HAVE_SEM_OPEN"), PyInt.of(1));
        flags.setItem(PyStr.of("HAVE_SEM_TIMEDWAIT"), PyInt.of(1));
        m.set("flags", flags);
        m.def("sem_unlink", (a, k) -> {
            PyObject name = Args.oneArg("sem_unlink", a, k);
            if (!(name instanceof PyStr s)) {
                throw org.taipan.runtime.Errors.typeError("sem_unlink() argument must be str, not %s",
                        name.type().name());
            }
            Sandbox.require(Permission.PROCESS, "_multiprocessing.sem_unlink()");
            PySemLock.requireLibc();
            if (NamedSemaphores.unlink(PySemLock.cName(s)) == -1) {
                throw Errno.error(Libc.errno(), null);
            }
            return PyNone.NONE;
        });
        return m;
    }
}
