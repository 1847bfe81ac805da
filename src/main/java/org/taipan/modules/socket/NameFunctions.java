package org.taipan.modules.socket;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
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
 * Name and address functions of {@code _socket}: {@code getaddrinfo}, {@code gethostbyname},
 * {@code getservbyname}, {@code getprotobyname}, {@code inet_aton}/{@code inet_ntoa}/
 * {@code inet_pton}/{@code inet_ntop}. Host names are resolved by the JDK (the same resolver
 * configuration glibc reads); a failure is {@code gaierror(-2, 'Name or service not known')}.
 */
final class NameFunctions {
    private NameFunctions() {}

    private static final Object[][] SERVICES = {
        {"echo", 7}, {"ftp", 21}, {"ssh", 22}, {"telnet", 23}, {"smtp", 25}, {"domain", 53}, {"http", 80},
        {"pop3", 110}, {"imap", 143}, {"https", 443}, {"daytime", 13},
    };

    static void register(PyModule m) {
        m.def("getnameinfo", NameInfo::getnameinfo);
        m.def("getaddrinfo", (a, k) -> {
            Sandbox.require(Permission.NETWORK, "socket.getaddrinfo()");
            PyObject[] v = MethodArgs.bind("getaddrinfo", a, k, 0, "host", "port", "family", "type", "proto", "flags");
            return getaddrinfo(MethodArgs.required("getaddrinfo", v, 0, "host"),
                    MethodArgs.required("getaddrinfo", v, 1, "port"), intOr(v[2]), intOr(v[3]), intOr(v[4]), intOr(v[5]));
        });
        m.def("gethostbyname", (a, k) -> {
            Sandbox.require(Permission.NETWORK, "socket.gethostbyname()");
            String host = Args.oneArg("gethostbyname", a, k).toString();
            return PyStr.of(SockAddr.ntop(SockAddr.resolve(host, SockAddr.AF_INET)));
        });
        m.def("gethostbyname_ex", (a, k) -> {
            Sandbox.require(Permission.NETWORK, "socket.gethostbyname_ex()");
            String host = Args.oneArg("gethostbyname_ex", a, k).toString();
            PyList ips = new PyList();
            ips.append(PyStr.of(SockAddr.ntop(SockAddr.resolve(host, SockAddr.AF_INET))));
            return PyTuple.of(PyStr.of(host), new PyList(), ips);
        });
        m.def("gethostbyaddr", (a, k) -> {
            Sandbox.require(Permission.NETWORK, "socket.gethostbyaddr()");
            String host = Args.oneArg("gethostbyaddr", a, k).toString();
            try {
                InetAddress ia = InetAddress.getByName(host);
                PyList ips = new PyList();
                ips.append(PyStr.of(SockAddr.ntop(ia.getAddress())));
                return PyTuple.of(PyStr.of(ia.getCanonicalHostName()), new PyList(), ips);
            } catch (UnknownHostException e) {
                throw SocketModule.gaierror(-2, "Name or service not known");
            }
        });
        m.def("getservbyname", (a, k) -> {
            Args.check("getservbyname", a, k, 1, 2);
            String name = a[0].toString();
            for (Object[] s : SERVICES) {
                if (s[0].equals(name)) {
                    return PyInt.of((Integer) s[1]);
                }
            }
            throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError, "service/proto not found");
        });
        m.def("getprotobyname", (a, k) -> {
            String name = Args.oneArg("getprotobyname", a, k).toString();
            return switch (name) {
                case "ip" -> PyInt.of(0);
                case "icmp" -> PyInt.of(1);
                case "tcp" -> PyInt.of(6);
                case "udp" -> PyInt.of(17);
                case "ipv6" -> PyInt.of(41);
                default -> throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError, "protocol not found");
            };
        });
        m.def("inet_aton", (a, k) -> {
            String s = Args.oneArg("inet_aton", a, k).toString();
            byte[] b = parseV4(s);
            if (b == null) {
                throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError,
                        "illegal IP address string passed to inet_aton");
            }
            return PyBytes.of(b);
        });
        m.def("inet_ntoa", (a, k) -> {
            byte[] b = Buffers.require(Args.oneArg("inet_ntoa", a, k));
            if (b.length != 4) {
                throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError, "packed IP wrong length for inet_ntoa");
            }
            return PyStr.of(SockAddr.ntop(b));
        });
        m.def("inet_pton", (a, k) -> {
            Args.check("inet_pton", a, k, 2, 2);
            int family = (int) Abstract.index(a[0], null).longValue();
            String s = a[1].toString();
            byte[] b = family == SockAddr.AF_INET ? parseV4Strict(s) : family == SockAddr.AF_INET6 ? parseV6(s) : null;
            if (family != SockAddr.AF_INET && family != SockAddr.AF_INET6) {
                throw org.taipan.modules.posix.Errno.error(97, null);
            }
            if (b == null) {
                throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError, "illegal IP address string passed to inet_pton");
            }
            return PyBytes.of(b);
        });
        m.def("inet_ntop", (a, k) -> {
            Args.check("inet_ntop", a, k, 2, 2);
            int family = (int) Abstract.index(a[0], null).longValue();
            byte[] b = Buffers.require(a[1]);
            if (family == SockAddr.AF_INET && b.length != 4 || family == SockAddr.AF_INET6 && b.length != 16) {
                throw Errors.valueError("invalid length of packed IP address string");
            }
            if (family != SockAddr.AF_INET && family != SockAddr.AF_INET6) {
                throw Errors.valueError("unknown address family %d", family);
            }
            return PyStr.of(SockAddr.ntop(b));
        });
    }

    private static int intOr(PyObject o) {
        return o == null || o == PyNone.NONE ? 0 : (int) Abstract.index(o, null).longValue();
    }

    private static PyObject getaddrinfo(PyObject hostObj, PyObject portObj, int family, int type, int proto, int flags) {
        int port;
        if (portObj == PyNone.NONE) {
            port = 0;
        } else if (PyInt.asInt(portObj) != null) {
            port = (int) PyInt.asInt(portObj).longValue();
        } else if (portObj instanceof PyStr || portObj instanceof PyBytes) {
            String p = portObj instanceof PyBytes b ? new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8)
                    : portObj.toString();
            Integer found = null;
            try {
                found = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                for (Object[] s : SERVICES) {
                    if (s[0].equals(p)) {
                        found = (Integer) s[1];
                    }
                }
            }
            if (found == null) {
                throw SocketModule.gaierror(-8, "Servname not supported for ai_socktype");
            }
            port = found;
        } else {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError, "Int or String expected");
        }
        List<InetAddress> addrs;
        try {
            if (hostObj == PyNone.NONE) {
                boolean passive = (flags & 1) != 0;
                addrs = List.of(passive ? InetAddress.getByName("::") : InetAddress.getByName("::1"),
                        passive ? InetAddress.getByName("0.0.0.0") : InetAddress.getByName("127.0.0.1"));
            } else {
                String host = hostObj instanceof PyBytes b ? new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8)
                        : hostObj.toString();
                addrs = List.of(InetAddress.getAllByName(host));
            }
        } catch (UnknownHostException e) {
            throw SocketModule.gaierror(-2, "Name or service not known");
        }
        PyList out = new PyList();
        int[][] kinds = type != 0 ? new int[][] {{type, proto != 0 ? proto : type == 1 ? 6 : type == 2 ? 17 : 0}}
                : new int[][] {{1, 6}, {2, 17}, {3, 0}};
        for (InetAddress ia : addrs) {
            int fam = ia instanceof Inet4Address ? SockAddr.AF_INET : SockAddr.AF_INET6;
            if (family != 0 && family != fam) {
                continue;
            }
            PyObject sa = fam == SockAddr.AF_INET ? PyTuple.of(PyStr.of(SockAddr.ntop(ia.getAddress())), PyInt.of(port))
                    : PyTuple.of(PyStr.of(SockAddr.ntop(ia.getAddress())), PyInt.of(port), PyInt.of(0), PyInt.of(0));
            for (int[] kind : kinds) {
                out.append(PyTuple.of(PyInt.of(fam), PyInt.of(kind[0]), PyInt.of(kind[1]), PyStr.of(""), sa));
            }
        }
        if (out.size() == 0) {
            throw SocketModule.gaierror(-9, "Address family for hostname not supported");
        }
        return out;
    }

    /** inet_aton's forms: a, a.b, a.b.c, a.b.c.d with decimal, octal or hex parts. */
    private static byte[] parseV4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length == 0 || parts.length > 4) {
            return null;
        }
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            try {
                v[i] = p.startsWith("0x") || p.startsWith("0X") ? Long.parseLong(p.substring(2), 16)
                        : p.length() > 1 && p.startsWith("0") ? Long.parseLong(p.substring(1), 8) : Long.parseLong(p);
            } catch (NumberFormatException e) {
                return null;
            }
            if (v[i] < 0) {
                return null;
            }
        }
        long addr = 0;
        int n = parts.length;
        for (int i = 0; i < n - 1; i++) {
            if (v[i] > 255) {
                return null;
            }
            addr |= v[i] << (24 - 8 * i);
        }
        long last = v[n - 1];
        if (last >= 1L << (8 * (5 - n))) {
            return null;
        }
        addr |= last;
        return new byte[] {(byte) (addr >> 24), (byte) (addr >> 16), (byte) (addr >> 8), (byte) addr};
    }

    private static byte[] parseV4Strict(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(Character::isDigit)) {
                return null;
            }
            int x = Integer.parseInt(parts[i]);
            if (x > 255) {
                return null;
            }
            b[i] = (byte) x;
        }
        return b;
    }

    private static byte[] parseV6(String s) {
        if (!s.contains(":") || !s.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return null;
        }
        try {
            byte[] b = InetAddress.getByName(s).getAddress();
            if (b.length == 4) {
                byte[] mapped = new byte[16];
                mapped[10] = mapped[11] = -1;
                System.arraycopy(b, 0, mapped, 12, 4);
                return mapped;
            }
            return b;
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
