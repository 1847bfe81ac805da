package org.taipan.modules.posix;

import java.io.IOException;
import org.taipan.modules.io.FdTable;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * The descriptor functions of {@code posix}: {@code open}, {@code read}, {@code write},
 * {@code lseek}, {@code close}, {@code isatty}, over the interpreter's {@link FdTable} (the same
 * numbers {@code open()} and {@code fileno()} use).
 */
final class FdFunctions {
    private FdFunctions() {}

    private static FdTable table() {
        return FdTable.of(ThreadState.current().interpreter);
    }

    private static int fd(PyObject o) {
        return Abstract.index(o, null).intValue();
    }

    static void register(PyModule m) {
        PosixModule.def(m, "open", (a, k) -> {
            Args.onlyKeywords("open", k, "path", "flags", "mode", "dir_fd");
            int n = Args.positional(a, k);
            PyObject path = n > 0 ? a[0] : Args.keyword(a, k, "path");
            PyObject flags = n > 1 ? a[1] : Args.keyword(a, k, "flags");
            if (path == null || flags == null) {
                throw Errors.typeError("open() missing required argument '%s' (pos %d)",
                        path == null ? "path" : "flags", path == null ? 1 : 2);
            }
            try {
                return PyInt.of(table().open(PosixModule.path(path, "open", "path"), fd(flags)));
            } catch (IOException e) {
                throw Errno.error(e, path);
            }
        });
        PosixModule.def(m, "read", (a, k) -> {
            Args.check("read", a, k, 2, 2);
            long n = Abstract.index(a[1], null).longValue();
            if (n < 0) {
                throw Errno.error(Errno.EINVAL, null);
            }
            try {
                byte[] b = table().read(fd(a[0]), (int) Math.min(n, Integer.MAX_VALUE - 8));
                if (b == null) {
                    throw Errno.error(Errno.EBADF, null);
                }
                return new PyBytes(b);
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
        PosixModule.def(m, "write", (a, k) -> {
            Args.check("write", a, k, 2, 2);
            try {
                int n = table().write(fd(a[0]), Buffers.require(a[1]));
                if (n < 0) {
                    throw Errno.error(Errno.EBADF, null);
                }
                return PyInt.of(n);
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
        PosixModule.def(m, "lseek", (a, k) -> {
            Args.check("lseek", a, k, 3, 3);
            try {
                long r = table().lseek(fd(a[0]), Abstract.index(a[1], null).longValue(), fd(a[2]));
                if (r == -1) {
                    throw Errno.error(Errno.EBADF, null);
                }
                if (r == -2) {
                    throw Errno.error(Errno.ESPIPE, null);
                }
                return PyInt.of(r);
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
        PosixModule.def(m, "close", (a, k) -> {
            Args.check("close", a, k, 1, 1);
            try {
                if (!table().close(fd(a[0]))) {
                    throw Errno.error(Errno.EBADF, null);
                }
                return org.taipan.runtime.PyNone.NONE;
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
        PosixModule.def(m, "isatty", (a, k) -> {
            Args.check("isatty", a, k, 1, 1);
            return PyBool.of(table().isatty(fd(a[0])));
        });
    }
}
