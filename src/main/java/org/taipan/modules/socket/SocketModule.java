package org.taipan.modules.socket;

import java.nio.file.Files;
import java.nio.file.Path;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTime;
import org.taipan.runtime.PyType;
import org.taipan.sandbox.Sandbox;

/**
 * {@code _socket} ({@code Modules/socketmodule.c}) over the C library ({@link SocketCalls}):
 * real sockets ({@link PySocket}, methods in {@link SocketMethods}) in the interpreter's
 * descriptor table, {@code socketpair}, {@code dup}, name resolution by the JDK
 * ({@code getaddrinfo}, {@code gethostbyname}), {@code inet_*} conversions, byte order, the
 * Linux x86-64 constants and the exception types. What the standard library's {@code socket.py}
 * builds on, and through it {@code asyncio} and {@code test.support}.
 */
public final class SocketModule {
    private SocketModule() {}

    /** {@code getdefaulttimeout()}: seconds, negative for None (process-wide, as a setting of the C module). */
    static volatile double defaultTimeout = -1;

    /** A new {@code _socket} module. */
    public static PyModule create() {
        PyModule m = new PyModule("_socket", true);
        for (Object[] c : SocketConstants.ALL) {
            m.set((String) c[0], PyInt.of(((Number) c[1]).longValue()));
        }
        PyType socket = SocketMethods.type();
        m.set("socket", socket);
        m.set("SocketType", socket);
        m.set("error", ExceptionTypes.OSError);
        m.set("timeout", ExceptionTypes.TimeoutError);
        m.set("herror", HERROR);
        m.set("gaierror", GAIERROR);
        m.set("has_ipv6", org.taipan.runtime.PyBool.TRUE);
        m.def("getdefaulttimeout", (a, k) -> {
            Args.noArgs("getdefaulttimeout", a, k);
            return defaultTimeout < 0 ? PyNone.NONE : new PyFloat(defaultTimeout);
        });
        m.def("setdefaulttimeout", (a, k) -> {
            defaultTimeout = timeoutArg(Args.oneArg("setdefaulttimeout", a, k));
            return PyNone.NONE;
        });
        m.def("gethostname", (a, k) -> {
            Sandbox.require(Permission.NETWORK, "socket.gethostname()");
            Args.noArgs("gethostname", a, k);
            try {
                return PyStr.of(Files.readString(Path.of("/proc/sys/kernel/hostname")).strip());
            } catch (java.io.IOException e) {
                return PyStr.of("localhost");
            }
        });
        NameFunctions.register(m);
        m.def("close", (a, k) -> {
            // socket_close: close(2) of a descriptor number, ECONNRESET not an error
            Sandbox.require(Permission.NETWORK, "socket.close()");
            int n = Args.cInt(Args.oneArg("close", a, k));
            if (!SocketMethods.closeDescriptor(n)) {
                throw org.taipan.modules.posix.Errno.error(org.taipan.modules.posix.Errno.EBADF, null);
            }
            return PyNone.NONE;
        });
        SocketMessages.register(m);
        InterfaceFunctions.register(m);
        m.def("socketpair", (a, k) -> {
            Sandbox.require(Permission.NETWORK, "socket.socketpair()");
            Args.check("socketpair", a, k, 0, 3);
            int family = a.length > 0 && a[0] != PyNone.NONE ? (int) Abstract.index(a[0], null).longValue() : 1;
            int type = a.length > 1 ? (int) Abstract.index(a[1], null).longValue() : 1;
            int proto = a.length > 2 ? (int) Abstract.index(a[2], null).longValue() : 0;
            if (!org.taipan.modules.posix.Libc.available()) {
                throw org.taipan.runtime.Errors.of(ExceptionTypes.OSError,
                        org.taipan.modules.posix.Libc.unavailableReason("socket.socketpair()"));
            }
            int[] p = SocketCalls.socketpair(family, type, proto);
            if (p == null) {
                throw org.taipan.modules.posix.Errno.error(org.taipan.modules.posix.Libc.errno(), null);
            }
            PyObject[] out = new PyObject[2];
            for (int i = 0; i < 2; i++) {
                int n = PySocket.register(org.taipan.runtime.ThreadState.current().interpreter, p[i]);
                out[i] = Callables.call(socket, PyInt.of(family), PyInt.of(type), PyInt.of(proto), PyInt.of(n));
            }
            return org.taipan.runtime.PyTuple.of(out[0], out[1]);
        });
        m.def("dup", (a, k) -> {
            Sandbox.require(Permission.NETWORK, "socket.dup()");
            int n = (int) Abstract.index(Args.oneArg("dup", a, k), null).longValue();
            org.taipan.modules.io.FdTable.OpenFile f = PySocket.table().get(n);
            if (f == null || f.nativeFd < 0) {
                throw org.taipan.modules.posix.Errno.error(org.taipan.modules.posix.Errno.EBADF, null);
            }
            int r = org.taipan.modules.posix.Libc.fcntl(f.nativeFd, org.taipan.modules.posix.Libc.F_DUPFD_CLOEXEC, 3);
            if (r < 0) {
                throw org.taipan.modules.posix.Errno.error(org.taipan.modules.posix.Libc.errno(), null);
            }
            return PyInt.of(PySocket.register(org.taipan.runtime.ThreadState.current().interpreter, r));
        });
        for (String name : new String[] {"htonl", "ntohl"}) {
            // socket_htonl: an unsigned long of which only 32 bits may be set
            m.def(name, (a, k) -> {
                PyObject arg = Args.oneArg(name, a, k);
                PyInt v = PyInt.asInt(arg);
                if (v == null) {
                    throw Errors.typeError("expected int, %s found", arg.type().name());
                }
                if (v.signum() < 0) {
                    throw Errors.overflow("can't convert negative value to unsigned int");
                }
                if (v.bigValue().bitLength() > 64) {
                    throw Errors.overflow("Python int too large to convert to C unsigned long");
                }
                if (v.bigValue().bitLength() > 32) {
                    throw Errors.overflow("int larger than 32 bits");
                }
                return PyInt.of(Integer.toUnsignedLong(Integer.reverseBytes((int) v.longValue())));
            });
        }
        for (String[] conv : new String[][] {{"htons", "16"}, {"ntohs", "16"}}) {
            int bits = Integer.parseInt(conv[1]);
            m.def(conv[0], (a, k) -> {
                PyInt v = Abstract.index(Args.oneArg(conv[0], a, k), null);
                if (v.signum() < 0) {
                    throw Errors.overflow("%s: can't convert negative Python int to C %d-bit unsigned integer",
                            conv[0], bits);
                }
                if (!v.fitsLong() || v.longValue() >>> bits != 0) {
                    throw Errors.overflow("%s: Python int too large to convert to C %d-bit unsigned integer",
                            conv[0], bits);
                }
                long x = v.longValue();
                return PyInt.of(bits == 16 ? Short.toUnsignedInt(Short.reverseBytes((short) x))
                        : Integer.toUnsignedLong(Integer.reverseBytes((int) x)));
            });
        }
        m.set("CAPI", PyNone.NONE);
        return m;
    }

    /** A subclass of OSError of module {@code socket}. */
    private static PyType exception(String name) {
        org.taipan.runtime.PyDict ns = new org.taipan.runtime.PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("socket"));
        return PyType.newHeapType(PyType.TYPE, name, new PyType[] {ExceptionTypes.OSError}, ns);
    }

    static final PyType HERROR = exception("herror"), GAIERROR = exception("gaierror");

    /** {@code gaierror(code, message)}. */
    static PyException gaierror(int code, String message) {
        return new PyException((PyBaseException) Callables.call(GAIERROR, PyInt.of(code), PyStr.of(message)));
    }

    /**
     * A timeout argument ({@code socket_parse_timeout}): seconds as CPython keeps them (whole
     * nanoseconds, rounded away from zero), or -1 for None.
     *
     * @throws PyException ValueError when negative, and what {@link PyTime#fromSecondsObject} raises
     */
    static double timeoutArg(PyObject t) {
        if (t == PyNone.NONE) {
            return -1;
        }
        long ns = PyTime.fromSecondsObject(t);
        if (ns < 0) {
            throw Errors.valueError("Timeout value out of range");
        }
        return PyTime.asSecondsDouble(ns);
    }
}
