package org.taipan.modules.socket;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.taipan.modules.posix.Errno;
import org.taipan.modules.posix.Libc;
import org.taipan.modules.subprocess.PosixSubprocessModule;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.sandbox.Sandbox;

/**
 * The host's network interfaces and name as {@code _socket} exposes them, through the C library:
 * {@code if_nameindex}, {@code if_nametoindex}, {@code if_indextoname} and {@code sethostname}
 * ({@code socket_if_nameindex}, ... of {@code Modules/socketmodule.c}), with CPython's argument
 * checks and errors.
 */
final class InterfaceFunctions {
    private InterfaceFunctions() {}

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final java.lang.foreign.AddressLayout P = ValueLayout.ADDRESS;
    private static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG;
    /** {@code IF_NAMESIZE}, with the terminating NUL. */
    private static final int IF_NAMESIZE = 16;

    private static final class H {
        static final MethodHandle NAMEINDEX = Libc.link("if_nameindex", FunctionDescriptor.of(P));
        static final MethodHandle FREENAMEINDEX = Libc.linkPlain("if_freenameindex", FunctionDescriptor.ofVoid(P));
        static final MethodHandle NAMETOINDEX = Libc.link("if_nametoindex", FunctionDescriptor.of(I, P));
        static final MethodHandle INDEXTONAME = Libc.link("if_indextoname", FunctionDescriptor.of(P, I, P));
        static final MethodHandle SETHOSTNAME = Libc.link("sethostname", FunctionDescriptor.of(I, P, L));
    }

    /** Defines the functions in {@code m}. */
    static void register(PyModule m) {
        m.def("if_nameindex", (a, k) -> {
            // the machine's network configuration, as gethostname is
            Sandbox.require(Permission.NETWORK, "socket.if_nameindex()");
            if (k != null && k.length > 0) {
                throw Errors.typeError("_socket.if_nameindex() takes no keyword arguments");
            }
            if (a.length != 0) {
                throw Errors.typeError("_socket.if_nameindex() takes no arguments (%d given)", a.length);
            }
            return nameIndex();
        });
        m.def("if_nametoindex", (a, k) -> {
            // the machine's network configuration, as gethostname is
            Sandbox.require(Permission.NETWORK, "socket.if_nametoindex()");
            byte[] name = PosixSubprocessModule.fsBytes(varargs("if_nametoindex", a, k));
            long index;
            try (Arena arena = Arena.ofConfined()) {
                index = Libc.call(H.NAMETOINDEX, Libc.cString(arena, name));
            }
            if (index == 0 || index == -1) {
                // if_nametoindex answers 0, not errno, and CPython says so without one
                throw Errors.of(ExceptionTypes.OSError, "no interface with this name");
            }
            return PyInt.of(Integer.toUnsignedLong((int) index));
        });
        m.def("if_indextoname", (a, k) -> {
            // the machine's network configuration, as gethostname is
            Sandbox.require(Permission.NETWORK, "socket.if_indextoname()");
            if (k != null && k.length > 0) {
                throw Errors.typeError("_socket.if_indextoname() takes no keyword arguments");
            }
            if (a.length != 1) {
                throw Errors.typeError("_socket.if_indextoname() takes exactly one argument (%d given)", a.length);
            }
            return indexToName(a[0]);
        });
        m.def("sethostname", (a, k) -> {
            PyObject name = varargs("sethostname", a, k);
            Sandbox.require(Permission.NETWORK, "socket.sethostname()");
            // "S" first: bytes go as they are, NUL bytes included; anything else through the
            // file system converter
            byte[] b = name instanceof PyBytes bs ? bs.bytes() : PosixSubprocessModule.fsBytes(name);
            int r;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buf = arena.allocate(Math.max(1, b.length));
                MemorySegment.copy(b, 0, buf, ValueLayout.JAVA_BYTE, 0, b.length);
                r = (int) Libc.call(H.SETHOSTNAME, buf, (long) b.length);
            }
            if (r != 0) {
                throw Errno.error(Libc.errno(), null);
            }
            return PyNone.NONE;
        });
    }

    /** {@code if_nameindex()}: a list of {@code (index, name)} pairs. */
    private static PyObject nameIndex() {
        long list = Libc.call(H.NAMEINDEX);
        if (list == -1) {
            throw Errno.error(Libc.errno(), null);
        }
        MemorySegment all = MemorySegment.ofAddress(list).reinterpret(Long.MAX_VALUE);
        PyList out = new PyList();
        try {
            // struct if_nameindex { unsigned if_index; char *if_name; }: 16 bytes, ended by {0, NULL}
            for (long at = 0; ; at += 16) {
                int index = all.get(I, at);
                MemorySegment name = all.get(P, at + 8);
                if (index == 0 && name.address() == 0) {
                    break;
                }
                String text = name.reinterpret(Long.MAX_VALUE).getString(0);
                out.append(PyTuple.of(PyInt.of(Integer.toUnsignedLong(index)), decode(text.getBytes(
                        java.nio.charset.StandardCharsets.ISO_8859_1))));
            }
        } finally {
            try {
                H.FREENAMEINDEX.invokeExact(MemorySegment.ofAddress(list));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** {@code if_indextoname(index)}: an unsigned long cut to the C unsigned int the call takes. */
    private static PyObject indexToName(PyObject o) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw Errors.typeError("an integer is required");
        }
        PyInt i = PyInt.asInt(o);
        if (i == null) {
            // PyLong_AsUnsignedLong takes ints only
            throw Errors.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw Errors.overflow("can't convert negative value to unsigned int");
        }
        if (i.bigValue().bitLength() > 64) {
            throw Errors.overflow("Python int too large to convert to C unsigned long");
        }
        int index = (int) i.bigValue().longValue();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(IF_NAMESIZE);
            long r = Libc.call(H.INDEXTONAME, index, buf);
            if (r == -1) {
                throw Errno.error(Libc.errno(), null);
            }
            byte[] b = buf.getString(0, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            return decode(b);
        }
    }

    /** The one argument of a METH_VARARGS function with format {@code "O&:name"}. */
    private static PyObject varargs(String fname, PyObject[] a, String[] k) {
        org.taipan.runtime.Args.parseTupleCount(fname, a, k, 1, 1);
        return a[0];
    }

    /** {@code PyUnicode_DecodeFSDefault}. */
    private static PyObject decode(byte[] b) {
        return PyStr.of(org.taipan.modules.posix.FsEncoding.decode(b));
    }
}
