package org.taipan.modules.posix;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.ValueLayout;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.sandbox.Sandbox;

/**
 * {@code os.getpriority(which, who)} and {@code os.setpriority(which, who, priority)} with the
 * {@code PRIO_*} constants: the C library's functions. Registered only when it can be called.
 */
final class PriorityFunctions {
    private PriorityFunctions() {}

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final NativeFn GETPRIORITY = new NativeFn("getpriority", FunctionDescriptor.of(I, I, I));
    private static final NativeFn SETPRIORITY = new NativeFn("setpriority", FunctionDescriptor.of(I, I, I, I));

    static void register(PyModule m) {
        if (!Libc.available()) {
            return;
        }
        m.set("PRIO_PROCESS", PyInt.of(0));
        m.set("PRIO_PGRP", PyInt.of(1));
        m.set("PRIO_USER", PyInt.of(2));
        PosixModule.def(m, "getpriority", (a, k) -> {
            org.taipan.runtime.PyObject[] b = MethodArgs.bind("getpriority", a, k, 0, "which", "who");
            int which = PosixModule.intArg(MethodArgs.required("getpriority", b, 0, "which"));
            int who = PosixModule.intArg(MethodArgs.required("getpriority", b, 1, "who"));
            int r = (int) GETPRIORITY.call(which, who);
            // -1 is also a valid priority: an error is -1 with one of getpriority(2)'s errors
            if (r == -1 && isGetpriorityError(Libc.errno())) {
                throw Errno.error(Libc.errno(), null);
            }
            return PyInt.of(r);
        });
        PosixModule.def(m, "setpriority", (a, k) -> {
            Sandbox.require(Permission.PROCESS, "os.setpriority()");
            org.taipan.runtime.PyObject[] b = MethodArgs.bind("setpriority", a, k, 0, "which", "who", "priority");
            int which = PosixModule.intArg(MethodArgs.required("setpriority", b, 0, "which"));
            int who = PosixModule.intArg(MethodArgs.required("setpriority", b, 1, "who"));
            int priority = PosixModule.intArg(MethodArgs.required("setpriority", b, 2, "priority"));
            SETPRIORITY.check(null, which, who, priority);
            return PyNone.NONE;
        });
    }

    private static boolean isGetpriorityError(int errno) {
        return errno == Errno.EINVAL || errno == Errno.ESRCH || errno == Errno.EPERM || errno == Errno.EACCES;
    }
}
