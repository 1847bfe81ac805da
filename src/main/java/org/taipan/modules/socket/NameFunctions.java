package org.taipan.modules.socket;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.sandbox.Sandbox;

/**
 * Name and address functions of {@code _socket}: {@code getaddrinfo}, {@code getservbyname},
 * {@code getservbyport} and {@code getprotobyname} through the C library ({@link Resolver}),
 * {@code getnameinfo} ({@link NameInfo}), {@code gethostbyname}, {@code gethostbyname_ex} and
 * {@code gethostbyaddr} ({@link HostLookups}), and {@code inet_aton}/{@code inet_ntoa}/
 * {@code inet_pton}/{@code inet_ntop}.
 */
final class NameFunctions {
    private NameFunctions() {}


    static void register(PyModule m) {
        m.def("getnameinfo", NameInfo::getnameinfo);
        m.def("getaddrinfo", (a, k) -> {
            Sandbox.require(Permission.NETWORK, "socket.getaddrinfo()");
            return Resolver.getaddrinfo(a, k);
        });
        m.def("gethostbyname", (a, k) -> {
            Sandbox.require(Permission.NETWORK, "socket.gethostbyname()");
            return HostLookups.gethostbyname(a, k);
        });
        m.def("gethostbyname_ex", (a, k) -> {
            Sandbox.require(Permission.NETWORK, "socket.gethostbyname_ex()");
            return HostLookups.gethostbyname_ex(a, k);
        });
        m.def("gethostbyaddr", (a, k) -> {
            Sandbox.require(Permission.NETWORK, "socket.gethostbyaddr()");
            return HostLookups.gethostbyaddr(a, k);
        });
        m.def("getservbyname", Resolver::getservbyname);
        m.def("getservbyport", Resolver::getservbyport);
        m.def("getprotobyname", Resolver::getprotobyname);
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
