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

    private static final Object[][] CONSTANTS = {
        {"AF_UNSPEC", 0}, {"AF_UNIX", 1}, {"AF_INET", 2}, {"AF_INET6", 10}, {"AF_NETLINK", 16}, {"AF_PACKET", 17},
        {"SOCK_STREAM", 1}, {"SOCK_DGRAM", 2}, {"SOCK_RAW", 3}, {"SOCK_RDM", 4}, {"SOCK_SEQPACKET", 5},
        {"SOCK_NONBLOCK", 2048}, {"SOCK_CLOEXEC", 524288},
        {"MSG_OOB", 1}, {"MSG_PEEK", 2}, {"MSG_DONTROUTE", 4}, {"MSG_CTRUNC", 8}, {"MSG_TRUNC", 32},
        {"MSG_DONTWAIT", 64}, {"MSG_EOR", 128}, {"MSG_WAITALL", 256}, {"MSG_NOSIGNAL", 16384},
        {"MSG_CMSG_CLOEXEC", 1073741824},
        {"AI_PASSIVE", 1}, {"AI_CANONNAME", 2}, {"AI_NUMERICHOST", 4}, {"AI_V4MAPPED", 8}, {"AI_ALL", 16},
        {"AI_ADDRCONFIG", 32}, {"AI_NUMERICSERV", 1024},
        {"NI_NUMERICHOST", 1}, {"NI_NUMERICSERV", 2}, {"NI_NOFQDN", 4}, {"NI_NAMEREQD", 8}, {"NI_DGRAM", 16},
        {"NI_MAXHOST", 1025}, {"NI_MAXSERV", 32},
        {"EAI_AGAIN", -3}, {"EAI_BADFLAGS", -1}, {"EAI_FAIL", -4}, {"EAI_FAMILY", -6}, {"EAI_MEMORY", -10},
        {"EAI_NODATA", -5}, {"EAI_NONAME", -2}, {"EAI_SERVICE", -8}, {"EAI_SOCKTYPE", -7}, {"EAI_SYSTEM", -11},
        {"SOL_SOCKET", 1}, {"SOL_IP", 0}, {"SOL_TCP", 6}, {"SOL_UDP", 17},
        {"SO_DEBUG", 1}, {"SO_REUSEADDR", 2}, {"SO_TYPE", 3}, {"SO_ERROR", 4}, {"SO_DONTROUTE", 5},
        {"SO_BROADCAST", 6}, {"SO_SNDBUF", 7}, {"SO_RCVBUF", 8}, {"SO_KEEPALIVE", 9}, {"SO_OOBINLINE", 10},
        {"SO_LINGER", 13}, {"SO_REUSEPORT", 15}, {"SO_RCVLOWAT", 18}, {"SO_SNDLOWAT", 19}, {"SO_RCVTIMEO", 20},
        {"SO_SNDTIMEO", 21}, {"SO_ACCEPTCONN", 30}, {"SOMAXCONN", 4096},
        {"IPPROTO_IP", 0}, {"IPPROTO_ICMP", 1}, {"IPPROTO_TCP", 6}, {"IPPROTO_UDP", 17}, {"IPPROTO_IPV6", 41},
        {"IPPROTO_RAW", 255}, {"IPV6_V6ONLY", 26}, {"IP_TTL", 2}, {"IP_TOS", 1},
        {"TCP_NODELAY", 1}, {"TCP_MAXSEG", 2}, {"TCP_KEEPIDLE", 4}, {"TCP_KEEPINTVL", 5}, {"TCP_KEEPCNT", 6},
        {"SHUT_RD", 0}, {"SHUT_WR", 1}, {"SHUT_RDWR", 2},
        {"INADDR_ANY", 0}, {"INADDR_BROADCAST", 0xffffffffL}, {"INADDR_LOOPBACK", 0x7f000001},
        {"INADDR_NONE", 0xffffffffL},
    };

    /** A new {@code _socket} module. */
    public static PyModule create() {
        PyModule m = new PyModule("_socket", true);
        for (Object[] c : CONSTANTS) {
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
            int n = Args.cInt(Args.oneArg("close", a, k));
            if (!SocketMethods.closeDescriptor(n)) {
                throw org.taipan.modules.posix.Errno.error(org.taipan.modules.posix.Errno.EBADF, null);
            }
            return PyNone.NONE;
        });
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
        for (String[] conv : new String[][] {{"htons", "16"}, {"ntohs", "16"}, {"htonl", "32"}, {"ntohl", "32"}}) {
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
