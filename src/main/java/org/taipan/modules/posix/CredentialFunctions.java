package org.taipan.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.taipan.runtime.Args;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyTuple;
import org.taipan.sandbox.Sandbox;

/**
 * The process credential functions of {@code posix}: {@code setuid}, {@code setgid},
 * {@code seteuid}, {@code setegid}, {@code setreuid}, {@code setregid}, {@code setresuid},
 * {@code setresgid}, {@code getresuid} and {@code getresgid}, each the C library's function of
 * that name (which changes the ids of every thread of the process, as in CPython). Ids are
 * converted as {@link IdArgs} does; a refused change raises the errno's OSError (PermissionError).
 * Registered only when the C library can be called.
 */
final class CredentialFunctions {
    private CredentialFunctions() {}

    private static final ValueLayout I = ValueLayout.JAVA_INT, P = ValueLayout.ADDRESS;

    static void register(PyModule m) {
        if (!Libc.available()) {
            return;
        }
        setter(m, "setuid", "uid", 1);
        setter(m, "setgid", "gid", 1);
        setter(m, "seteuid", "uid", 1);
        setter(m, "setegid", "gid", 1);
        setter(m, "setreuid", "uid", 2);
        setter(m, "setregid", "gid", 2);
        setter(m, "setresuid", "uid", 3);
        setter(m, "setresgid", "gid", 3);
        getter(m, "getresuid");
        getter(m, "getresgid");
    }

    /** A function taking {@code n} ids of {@code kind}, returning None. */
    private static void setter(PyModule m, String name, String kind, int n) {
        ValueLayout[] params = new ValueLayout[n];
        java.util.Arrays.fill(params, I);
        NativeFn fn = new NativeFn(name, FunctionDescriptor.of(I, params));
        PosixModule.def(m, name, (a, k) -> {
            // refused before the arguments are looked at, as every process-changing call in a sandbox
            Sandbox.require(Permission.PROCESS, "os." + name + "()");
            Args.check(name, a, k, n, n);
            Object[] ids = new Object[n];
            for (int i = 0; i < n; i++) {
                ids[i] = IdArgs.id(a[i], kind);
            }
            fn.check(null, ids);
            return PyNone.NONE;
        });
    }

    /** {@code getresuid()}/{@code getresgid()}: the real, effective and saved ids. */
    private static void getter(PyModule m, String name) {
        NativeFn fn = new NativeFn(name, FunctionDescriptor.of(I, P, P, P));
        PosixModule.def(m, name, (a, k) -> {
            PosixModule.noArgs(name, a, k);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment ids = arena.allocate(ValueLayout.JAVA_INT, 3);
                fn.check(null, ids, ids.asSlice(4), ids.asSlice(8));
                return PyTuple.of(IdArgs.value(ids.getAtIndex(ValueLayout.JAVA_INT, 0)),
                        IdArgs.value(ids.getAtIndex(ValueLayout.JAVA_INT, 1)),
                        IdArgs.value(ids.getAtIndex(ValueLayout.JAVA_INT, 2)));
            }
        });
    }

}
