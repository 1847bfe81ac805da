package org.taipan.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.ValueLayout;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;

/**
 * {@code os.chown}, {@code os.lchown} and {@code os.fchown} ({@code posix_chown_impl} and
 * friends): the C library's {@code chown}/{@code lchown} on the resolved path. A descriptor of
 * the interpreter's table is changed through the path it was opened on (or its real descriptor).
 * Registered only when the C library can be called. Failures raise the errno's OSError naming
 * the path.
 */
final class OwnerFunctions {
    private OwnerFunctions() {}

    private static final ValueLayout I = ValueLayout.JAVA_INT, P = ValueLayout.ADDRESS;
    private static final NativeFn CHOWN = new NativeFn("chown", FunctionDescriptor.of(I, P, I, I));
    private static final NativeFn LCHOWN = new NativeFn("lchown", FunctionDescriptor.of(I, P, I, I));
    private static final NativeFn FCHOWN = new NativeFn("fchown", FunctionDescriptor.of(I, I, I, I));

    static void register(PyModule m) {
        if (!Libc.available()) {
            return;
        }
        PosixModule.def(m, "chown", (a, k) -> {
            PyObject[] b = MethodArgs.bind("chown", a, k, 3, "path", "uid", "gid", "dir_fd", "follow_symlinks");
            PosixPaths.PathArg p = PosixPaths.convert(MethodArgs.required("chown", b, 0, "path"), "chown", "path",
                    true, false);
            int uid = IdArgs.id(MethodArgs.required("chown", b, 1, "uid"), "uid");
            int gid = IdArgs.id(MethodArgs.required("chown", b, 2, "gid"), "gid");
            boolean follow = b[4] == null || Abstract.isTrue(b[4]);
            if (p.isFd()) {
                DirFds.checkFdAlone("chown", b[3], follow);
                fchown(p.fd(), uid, gid);
            } else {
                p = DirFds.resolve(p, b[3], "chown");
                chown(follow ? CHOWN : LCHOWN, p, uid, gid);
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "lchown", (a, k) -> {
            PyObject[] b = MethodArgs.bind("lchown", a, k, 0, "path", "uid", "gid");
            PosixPaths.PathArg p = PosixPaths.convert(MethodArgs.required("lchown", b, 0, "path"), "lchown", "path");
            int uid = IdArgs.id(MethodArgs.required("lchown", b, 1, "uid"), "uid");
            int gid = IdArgs.id(MethodArgs.required("lchown", b, 2, "gid"), "gid");
            chown(LCHOWN, p, uid, gid);
            return PyNone.NONE;
        });
        PosixModule.def(m, "fchown", (a, k) -> {
            // as fchmod: the standard streams may be files of the host
            org.taipan.sandbox.Sandbox.require(org.taipan.runtime.Permission.FILE_SYSTEM, "os.fchown()");
            PyObject[] b = MethodArgs.bind("fchown", a, k, 0, "fd", "uid", "gid");
            int fd = PosixModule.intArg(MethodArgs.required("fchown", b, 0, "fd"));
            int uid = IdArgs.id(MethodArgs.required("fchown", b, 1, "uid"), "uid");
            int gid = IdArgs.id(MethodArgs.required("fchown", b, 2, "gid"), "gid");
            fchown(fd, uid, gid);
            return PyNone.NONE;
        });
    }

    private static void chown(NativeFn fn, PosixPaths.PathArg p, int uid, int gid) {
        try (Arena arena = Arena.ofConfined()) {
            fn.check(p.object(), Libc.cPath(arena, p.path()), uid, gid);
        }
    }

    private static void fchown(int fd, int uid, int gid) {
        org.taipan.modules.io.FdTable.OpenFile f = FdFunctions.openFile(fd);
        if (f.nativeFd >= 0) {
            FCHOWN.check(null, f.nativeFd, uid, gid);
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            CHOWN.check(null, Libc.cPath(arena, FdFunctions.pathOf(fd)), uid, gid);
        }
    }
}
