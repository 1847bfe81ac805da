package org.taipan.modules.socket;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.taipan.modules.posix.Libc;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.sandbox.Sandbox;

/**
 * {@code socket.getnameinfo(sockaddr, flags)} (CPython's {@code socket_getnameinfo}): the numeric
 * address of an IPv4 or IPv6 sockaddr tuple is parsed as {@code getaddrinfo} with
 * {@code AI_NUMERICHOST} parses it, and the C library's {@code getnameinfo(3)} names its host and
 * service (through the system's resolver: {@code /etc/hosts}, DNS, {@code /etc/services}).
 */
final class NameInfo {
    private NameInfo() {}

    /** {@code NI_MAXHOST} and {@code NI_MAXSERV}: the buffers {@code getnameinfo} fills. */
    private static final int MAX_HOST = 1025, MAX_SERV = 32;
    /** {@code struct addrinfo} on x86-64: flags, family, socktype, protocol, addrlen, addr at 24, canonname, next at 40. */
    private static final long ADDRINFO_SIZE = 48;
    private static final int AI_NUMERICHOST = 4, SOCK_DGRAM = 2;

    private static final class Native {
        static final MethodHandle GETNAMEINFO = Libc.linkPlain("getnameinfo", FunctionDescriptor.of(
                ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    }

    /**
     * {@code getnameinfo(sockaddr, flags)}: {@code (host, service)} as strs.
     *
     * @throws org.taipan.runtime.PyException TypeError for other argument counts, keywords, a
     *     non-tuple or a malformed tuple; OverflowError for a flowinfo past 20 bits; OSError for an
     *     IPv4 address with more than a port; {@code socket.gaierror} from the resolver (a host
     *     that is not a numeric address is EAI_NONAME, as AI_NUMERICHOST makes it)
     */
    static PyObject getnameinfo(PyObject[] a, String[] k) {
        Sandbox.require(Permission.NETWORK, "socket.getnameinfo()");
        if (k != null && k.length > 0) {
            throw Errors.typeError("getnameinfo() takes no keyword arguments");
        }
        if (a.length != 2) {
            throw Errors.typeError("getnameinfo() takes exactly 2 arguments (%d given)", a.length);
        }
        if (!(a[0] instanceof PyTuple t)) {
            throw Errors.typeError("getnameinfo() argument 1 must be a tuple");
        }
        PyInt flagsArg = Abstract.index(a[1], null);
        if (!flagsArg.fitsLong() || flagsArg.longValue() > Integer.MAX_VALUE) {
            throw Errors.overflow("signed integer is greater than maximum");
        }
        if (flagsArg.longValue() < Integer.MIN_VALUE) {
            throw Errors.overflow("signed integer is less than minimum");
        }
        int flags = (int) flagsArg.longValue();
        PyObject[] v = t.array();
        if (v.length < 2 || v.length > 4 || !(v[0] instanceof PyStr hostArg)) {
            throw Errors.typeError("getnameinfo(): illegal sockaddr argument");
        }
        long port = Abstract.index(v[1], null).longValue();
        long flowinfo = v.length > 2 ? Abstract.index(v[2], null).longValue() : 0;
        long scopeId = v.length > 3 ? Abstract.index(v[3], null).longValue() : 0;
        if (flowinfo < 0 || flowinfo > 0xfffff) {
            throw Errors.overflow("getnameinfo(): flowinfo must be 0-1048575.");
        }
        String host = hostArg.toString();
        if (host.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null character");
        }
        try (Arena arena = Arena.ofConfined()) {
            // getaddrinfo(host, "port", {AI_NUMERICHOST, SOCK_DGRAM}) as CPython asks it: the C
            // library's own parse of the address (inet_aton forms, %scope) and of the port
            MemorySegment first = Resolver.lookup(arena, host.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    Long.toString(port).getBytes(java.nio.charset.StandardCharsets.US_ASCII), AI_NUMERICHOST, 0,
                    SOCK_DGRAM, 0);
            MemorySegment res = first.reinterpret(ADDRINFO_SIZE);
            try {
                if (!res.get(ValueLayout.ADDRESS, 40).equals(MemorySegment.NULL)) {
                    throw Errors.of(ExceptionTypes.OSError, "sockaddr resolved to multiple addresses");
                }
                int family = res.get(ValueLayout.JAVA_INT, 4);
                int addrLen = res.get(ValueLayout.JAVA_INT, 16);
                MemorySegment sa = res.get(ValueLayout.ADDRESS, 24).reinterpret(addrLen);
                if (family == SockAddr.AF_INET) {
                    if (v.length != 2) {
                        throw Errors.of(ExceptionTypes.OSError, "IPv4 sockaddr must be 2 tuple");
                    }
                } else if (family == SockAddr.AF_INET6) {
                    // sin6_flowinfo (network order) and sin6_scope_id from the tuple, as CPython sets them
                    sa.set(ValueLayout.JAVA_INT_UNALIGNED.withOrder(java.nio.ByteOrder.BIG_ENDIAN), 4, (int) flowinfo);
                    sa.set(ValueLayout.JAVA_INT_UNALIGNED, 24, (int) scopeId);
                }
                MemorySegment hostBuf = arena.allocate(MAX_HOST);
                MemorySegment servBuf = arena.allocate(MAX_SERV);
                int r = (int) Native.GETNAMEINFO.invokeExact(sa, addrLen, hostBuf, MAX_HOST, servBuf, MAX_SERV, flags);
                if (r != 0) {
                    throw Resolver.gaierror(r);
                }
                return PyTuple.of(PyStr.of(hostBuf.getString(0)), PyStr.of(servBuf.getString(0)));
            } finally {
                Resolver.invokeFree(first);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("getnameinfo: " + e, e);
        }
    }
}
