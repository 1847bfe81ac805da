package org.taipan.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.taipan.modules.subprocess.PosixSubprocessModule;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;

/**
 * {@code os.getxattr}, {@code setxattr}, {@code removexattr} and {@code listxattr} with the
 * {@code XATTR_*} constants: the C library's {@code *xattr} functions on the resolved path
 * ({@code l*xattr} for {@code follow_symlinks=False}); a descriptor of the interpreter's table is
 * reached through the path it was opened on. Failures raise the errno's OSError naming the path.
 * Registered only when the C library can be called.
 */
final class ExtendedAttributes {
    private ExtendedAttributes() {}

    private static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG;
    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final ValueLayout P = ValueLayout.ADDRESS;
    private static final int ERANGE = 34;
    private static final NativeFn GET = new NativeFn("getxattr", FunctionDescriptor.of(L, P, P, P, L));
    private static final NativeFn LGET = new NativeFn("lgetxattr", FunctionDescriptor.of(L, P, P, P, L));
    private static final NativeFn SET = new NativeFn("setxattr", FunctionDescriptor.of(I, P, P, P, L, I));
    private static final NativeFn LSET = new NativeFn("lsetxattr", FunctionDescriptor.of(I, P, P, P, L, I));
    private static final NativeFn REMOVE = new NativeFn("removexattr", FunctionDescriptor.of(I, P, P));
    private static final NativeFn LREMOVE = new NativeFn("lremovexattr", FunctionDescriptor.of(I, P, P));
    private static final NativeFn LIST = new NativeFn("listxattr", FunctionDescriptor.of(L, P, P, L));
    private static final NativeFn LLIST = new NativeFn("llistxattr", FunctionDescriptor.of(L, P, P, L));

    static void register(PyModule m) {
        if (!Libc.available()) {
            return;
        }
        m.set("XATTR_CREATE", PyInt.of(1));
        m.set("XATTR_REPLACE", PyInt.of(2));
        m.set("XATTR_SIZE_MAX", PyInt.of(65536));
        PosixModule.def(m, "getxattr", (a, k) -> {
            PyObject[] b = MethodArgs.bind("getxattr", a, k, 2, "path", "attribute", "follow_symlinks");
            Target t = target(MethodArgs.required("getxattr", b, 0, "path"), "getxattr", b[2]);
            byte[] name = attribute(MethodArgs.required("getxattr", b, 1, "attribute"));
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment path = t.cPath(arena), attr = Libc.cString(arena, name);
                NativeFn fn = t.follow ? GET : LGET;
                for (long size = 128; ; size *= 4) {
                    MemorySegment buf = arena.allocate(size);
                    long n = fn.call(path, attr, buf, size);
                    if (n >= 0) {
                        return PyBytes.of(buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE));
                    }
                    if (Libc.errno() != ERANGE || size > 65536) {
                        throw Errno.error(Libc.errno(), t.filename());
                    }
                }
            }
        });
        PosixModule.def(m, "setxattr", (a, k) -> {
            PyObject[] b = MethodArgs.bind("setxattr", a, k, 4, "path", "attribute", "value", "flags",
                    "follow_symlinks");
            Target t = target(MethodArgs.required("setxattr", b, 0, "path"), "setxattr", b[4]);
            byte[] name = attribute(MethodArgs.required("setxattr", b, 1, "attribute"));
            PyObject valueArg = MethodArgs.required("setxattr", b, 2, "value");
            byte[] value = Buffers.bytesOrNull(valueArg);
            if (value == null) {
                throw Errors.typeError("a bytes-like object is required, not '%s'", valueArg.type().name());
            }
            int flags = b[3] == null ? 0 : PosixModule.intArg(b[3]);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment v = arena.allocate(Math.max(1, value.length));
                MemorySegment.copy(value, 0, v, ValueLayout.JAVA_BYTE, 0, value.length);
                if ((t.follow ? SET : LSET).call(t.cPath(arena), Libc.cString(arena, name), v, (long) value.length,
                        flags) == -1) {
                    throw Errno.error(Libc.errno(), t.filename());
                }
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "removexattr", (a, k) -> {
            PyObject[] b = MethodArgs.bind("removexattr", a, k, 2, "path", "attribute", "follow_symlinks");
            Target t = target(MethodArgs.required("removexattr", b, 0, "path"), "removexattr", b[2]);
            byte[] name = attribute(MethodArgs.required("removexattr", b, 1, "attribute"));
            try (Arena arena = Arena.ofConfined()) {
                if ((t.follow ? REMOVE : LREMOVE).call(t.cPath(arena), Libc.cString(arena, name)) == -1) {
                    throw Errno.error(Libc.errno(), t.filename());
                }
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "listxattr", (a, k) -> {
            PyObject[] b = MethodArgs.bind("listxattr", a, k, 1, "path", "follow_symlinks");
            Target t = target(b[0] == null ? PyNone.NONE : b[0], "listxattr", b[1]);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment path = t.cPath(arena);
                NativeFn fn = t.follow ? LIST : LLIST;
                for (long size = 256; ; size *= 4) {
                    MemorySegment buf = arena.allocate(size);
                    long n = fn.call(path, buf, size);
                    if (n >= 0) {
                        return names(buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE));
                    }
                    if (Libc.errno() != ERANGE || size > (1 << 20)) {
                        throw Errno.error(Libc.errno(), t.filename());
                    }
                }
            }
        });
    }

    /** The file an xattr call works on: its path, what errors name, and whether links are followed. */
    private record Target(java.nio.file.Path path, PyObject filename, boolean follow) {
        MemorySegment cPath(Arena a) {
            return Libc.cPath(a, path);
        }
    }

    private static Target target(PyObject arg, String fname, PyObject followArg) {
        boolean follow = followArg == null || Abstract.isTrue(followArg);
        PosixPaths.PathArg p = PosixPaths.convert(arg, fname, "path", true, true);
        if (p.isFd()) {
            if (!follow) {
                throw Errors.valueError("%s: cannot use fd and follow_symlinks together", fname);
            }
            return new Target(FdFunctions.pathOf(p.fd()), null, true);
        }
        return new Target(p.path(), arg == PyNone.NONE ? null : p.object(), follow);
    }

    /** An attribute name: str (file system encoding) or bytes. */
    private static byte[] attribute(PyObject o) {
        return PosixSubprocessModule.fsBytes(o);
    }

    /** listxattr's NUL-separated names as a list of str. */
    private static PyList names(byte[] data) {
        PyList r = new PyList();
        int start = 0;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == 0) {
                if (i > start) {
                    r.append(org.taipan.runtime.Codecs.decode(java.util.Arrays.copyOfRange(data, start, i), "utf-8",
                            "surrogateescape"));
                }
                start = i + 1;
            }
        }
        return r;
    }
}
