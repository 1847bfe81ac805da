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

    private static final class Native {
        static final MethodHandle GETNAMEINFO = Libc.linkPlain("getnameinfo", FunctionDescriptor.of(
                ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        static final MethodHandle GAI_STRERROR = Libc.linkPlain("gai_strerror",
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
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
        if (k != null && k.length > 0) {
            throw Errors.typeError("getnameinfo() takes no keyword arguments");
        }
        if (a.length != 2) {
            throw Errors.typeError("getnameinfo() takes exactly 2 arguments (%d given)", a.length);
        }
        if (!(a[0] instanceof PyTuple t)) {
            throw Errors.typeError("getnameinfo() argument 1 must be a tuple");
        }
        int flags = (int) Abstract.index(a[1], null).longValue();
        PyObject[] v = t.array();
        if (v.length < 2 || v.length > 4 || !(v[0] instanceof PyStr hostArg)) {
            throw Errors.typeError("getnameinfo(): illegal sockaddr argument");
        }
        long port = Abstract.index(v[1], null).longValue();
        long flowinfo = v.length > 2 ? Abstract.index(v[2], null).longValue() : 0;
        if (flowinfo < 0 || flowinfo > 0xfffff) {
            throw Errors.overflow("getnameinfo(): flowinfo must be 0-1048575.");
        }
        Sandbox.require(Permission.NETWORK, "socket.getnameinfo()");
        String host = hostArg.toString();
        byte[] v4 = NameFunctions.parseV4Strict(host);
        byte[] v6 = v4 == null ? NameFunctions.parseV6(host) : null;
        if (v4 == null && v6 == null) {
            throw SocketModule.gaierror(-2, "Name or service not known");
        }
        if (v4 != null && v.length != 2) {
            throw Errors.of(ExceptionTypes.OSError, "IPv4 sockaddr must be 2 tuple");
        }
        byte[] sa = SockAddr.toBytes(v4 != null ? SockAddr.AF_INET : SockAddr.AF_INET6,
                PyTuple.of(v), "getnameinfo");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment sockaddr = arena.allocate(sa.length);
            MemorySegment.copy(sa, 0, sockaddr, ValueLayout.JAVA_BYTE, 0, sa.length);
            MemorySegment hostBuf = arena.allocate(MAX_HOST);
            MemorySegment servBuf = arena.allocate(MAX_SERV);
            int r = (int) Native.GETNAMEINFO.invokeExact(sockaddr, sa.length, hostBuf, MAX_HOST, servBuf, MAX_SERV, flags);
            if (r != 0) {
                MemorySegment msg = (MemorySegment) Native.GAI_STRERROR.invokeExact(r);
                throw SocketModule.gaierror(r, msg.reinterpret(256).getString(0));
            }
            return PyTuple.of(PyStr.of(hostBuf.getString(0)), PyStr.of(servBuf.getString(0)));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("getnameinfo: " + e, e);
        }
    }
}
