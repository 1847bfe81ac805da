package org.taipan.modules.uuid;

import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyTuple;
import org.taipan.sandbox.Sandbox;

/**
 * The builtin module {@code _uuid} (CPython's {@code Modules/_uuidmodule.c} built with libuuid):
 * {@code generate_time_safe()} and {@code has_uuid_generate_time_safe}. The standard library's
 * {@code uuid.py} uses it for {@code uuid1()} and for the node of {@code getnode()}; without it
 * {@code getnode()} runs {@code ifconfig}, {@code ip}, {@code arp}... as subprocesses, which takes
 * seconds, and {@code uuid1()}'s {@code is_safe} is always {@code SafeUUID.unknown}.
 */
public final class UuidModule {
    private UuidModule() {}

    /**
     * Builds the module.
     *
     * @throws org.taipan.runtime.PyException ImportError when libuuid.so.1 cannot be loaded (as
     *     importing {@code _uuid} fails on a CPython built without it), or in an interpreter without
     *     the FILE_SYSTEM permission: libuuid reads and writes its clock file and talks to the uuidd
     *     daemon's socket, so a sandboxed {@code uuid} keeps to its pure-Python fallbacks
     */
    public static PyModule create() {
        if (UuidNative.UNAVAILABLE != null) {
            throw Errors.of(ExceptionTypes.ImportError, UuidNative.UNAVAILABLE);
        }
        if (!Sandbox.permits(Permission.FILE_SYSTEM)) {
            throw Errors.of(ExceptionTypes.ImportError, "_uuid needs the FILE_SYSTEM permission");
        }
        PyModule m = new PyModule("_uuid", true);
        m.set("has_uuid_generate_time_safe", PyInt.of(1));
        m.set("generate_time_safe", new PyBuiltinFunction("generate_time_safe", (a, k) -> {
            Args.noArgs("_uuid.generate_time_safe", a, k);
            return generateTimeSafe();
        }));
        return m;
    }

    /** {@code generate_time_safe()}: the 16 bytes of a version-1 UUID and libuuid's status (0 or -1). */
    private static PyTuple generateTimeSafe() {
        byte[] out = new byte[UuidNative.UUID_SIZE];
        int status = UuidNative.generateTimeSafe(out);
        return PyTuple.of(PyBytes.of(out), PyInt.of(status));
    }
}
