package org.taipan.modules.multiprocessing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.taipan.modules.posix.Errno;
import org.taipan.modules.posix.FsEncoding;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.ThreadState;
import org.taipan.sandbox.Sandbox;

/**
 * The builtin module {@code _posixshmem} (CPython's {@code Modules/_multiprocessing/posixshmem.c}):
 * {@code shm_open(path, flags, mode=0o777)} and {@code shm_unlink(path)}, POSIX shared memory
 * objects, which {@code multiprocessing.shared_memory} maps and its resource tracker removes.
 *
 * <p>On Linux such an object is a file in {@code /dev/shm} named as the object without its
 * leading slashes, which is how glibc's {@code shm_open} works; Taipan opens it there with
 * {@code os.open} (adding {@code O_NOFOLLOW} and {@code O_CLOEXEC}, as glibc does), so the
 * descriptor is one of Taipan's own that {@code os.ftruncate}, {@code os.fstat} and {@code mmap}
 * take. Errors are OSError naming the path as given, as glibc's: {@code shm_open} refuses with
 * EINVAL (and {@code shm_unlink} with ENOENT) an empty name, one with a slash after the leading
 * ones or one of 260 bytes or more, and with ENAMETOOLONG one of 256 to 259 bytes; a directory is
 * EINVAL to {@code shm_open}.
 */
public final class PosixShmemModule {
    private PosixShmemModule() {}

    private static final String SHM_DIRECTORY = "/dev/shm/";
    private static final int O_NOFOLLOW = 0400000, O_CLOEXEC = 02000000, NAME_MAX = 255, EISDIR = 21,
            ENAMETOOLONG = 36, GLIBC_NAME_LIMIT = 260;

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("_posixshmem", true);
        m.set("__doc__", PyNone.NONE);
        m.def("shm_open", (a, k) -> {
            PyObject[] b = MethodArgs.bind("shm_open", a, k, 0, "path", "flags", "mode");
            PyStr path = pathArg("shm_open", MethodArgs.required("shm_open", b, 0, "path"));
            Sandbox.require(Permission.FILE_SYSTEM, "shm_open", path.toString());
            int flags = Args.cInt(MethodArgs.required("shm_open", b, 1, "flags"));
            int mode = b[2] == null ? 0777 : Args.cInt(b[2]);
            String file = file(path);
            if (file == null) {
                throw Errno.error(Errno.EINVAL, path);
            }
            PyObject open = Abstract.getAttr(ThreadState.current().interpreter.importModule("posix", null, null, 0), "open");
            try {
                return Callables.call(open, PyStr.of(file), PyInt.of(flags | O_NOFOLLOW | O_CLOEXEC), PyInt.of(mode));
            } catch (PyException e) {
                // the error of the open, named by the object's name rather than its file
                PyObject errno = Abstract.lookupAttr(e.value, PyStr.of("errno"));
                if (errno instanceof PyInt n) {
                    // glibc folds a directory into the names that are not a shared memory object
                    throw Errno.error(n.intValue() == EISDIR ? Errno.EINVAL : n.intValue(), path);
                }
                throw e;
            }
        });
        m.def("shm_unlink", (a, k) -> {
            PyObject[] b = MethodArgs.bind("shm_unlink", a, k, 0, "path");
            PyStr path = pathArg("shm_unlink", MethodArgs.required("shm_unlink", b, 0, "path"));
            Sandbox.require(Permission.FILE_SYSTEM, "shm_unlink", path.toString());
            String name = file(path);
            if (name == null) {
                // glibc's shm_unlink reports a name it refuses as one that does not exist
                throw Errno.error(Errno.ENOENT, path);
            }
            Path file = FsEncoding.toPath(name);
            try {
                if (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    // what unlink(2) says of a directory on Linux
                    throw Errno.error(EISDIR, path);
                }
                Files.delete(file);
            } catch (IOException e) {
                // glibc's shm_unlink reports EPERM as EACCES
                int errno = Errno.of(e);
                throw Errno.error(errno == Errno.EPERM ? Errno.EACCES : errno, path);
            }
            return PyNone.NONE;
        });
        return m;
    }

    private static PyStr pathArg(String fname, PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError("%s() argument 'path' must be str, not %s", fname, o.type().name());
    }

    /**
     * The file of the object named {@code path}, or null for a name glibc refuses as invalid.
     *
     * @throws PyException UnicodeEncodeError for a lone surrogate, OSError ENAMETOOLONG
     */
    private static String file(PyStr path) {
        byte[] text = PySemLock.utf8(path);
        int end = 0;
        while (end < text.length && text[end] != 0) {
            // the C function sees the name up to its first NUL
            end++;
        }
        int start = 0;
        while (start < end && text[start] == '/') {
            start++;
        }
        for (int i = start; i < end; i++) {
            if (text[i] == '/') {
                return null;
            }
        }
        // glibc (2.36) refuses 260 bytes or more itself; its open() of a name of 256 to 259 bytes
        // is the kernel's ENAMETOOLONG
        if (end == start || end - start >= GLIBC_NAME_LIMIT) {
            return null;
        }
        if (end - start > NAME_MAX) {
            throw Errno.error(ENAMETOOLONG, path);
        }
        return SHM_DIRECTORY + new String(text, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
    }
}
