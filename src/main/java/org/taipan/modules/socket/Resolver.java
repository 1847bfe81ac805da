package org.taipan.modules.socket;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import org.taipan.modules.posix.Libc;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;

/**
 * Name resolution through the C library, as CPython's {@code socket_getaddrinfo},
 * {@code socket_getservbyname}, {@code socket_getservbyport} and {@code socket_getprotobyname}
 * do it: the system's resolver ({@code /etc/hosts}, DNS, {@code /etc/nsswitch.conf}) answers in
 * its own order, with its canonical names, flags and error codes, and services and protocols come
 * from {@code /etc/services} and {@code /etc/protocols}. Lookups run without the GIL (a DNS query
 * can take seconds).
 */
final class Resolver {
    private Resolver() {}

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final java.lang.foreign.AddressLayout P = ValueLayout.ADDRESS;
    /** {@code struct addrinfo} on x86-64: flags 0, family 4, socktype 8, protocol 12, addrlen 16, addr 24, canonname 32, next 40. */
    private static final long ADDRINFO_SIZE = 48;
    /** {@code struct servent}: name 0, aliases 8, port 16 (network order), proto 24; {@code struct protoent}: name 0, aliases 8, proto 16. */
    private static final long SERVENT_SIZE = 32, PROTOENT_SIZE = 24;
    /** The scratch buffer the {@code _r} functions fill with the strings an entry points to. */
    private static final int ENTRY_BUFFER = 4096;
    private static final int EAI_SYSTEM = -11;

    private static final class Native {
        static final MethodHandle GETADDRINFO = Libc.linkPlain("getaddrinfo", FunctionDescriptor.of(I, P, P, P, P));
        static final MethodHandle FREEADDRINFO = Libc.linkPlain("freeaddrinfo", FunctionDescriptor.ofVoid(P));
        static final MethodHandle GAI_STRERROR = Libc.linkPlain("gai_strerror", FunctionDescriptor.of(P, I));
        static final MethodHandle GETSERVBYNAME_R = Libc.linkPlain("getservbyname_r",
                FunctionDescriptor.of(I, P, P, P, P, ValueLayout.JAVA_LONG, P));
        static final MethodHandle GETSERVBYPORT_R = Libc.linkPlain("getservbyport_r",
                FunctionDescriptor.of(I, I, P, P, P, ValueLayout.JAVA_LONG, P));
        static final MethodHandle GETPROTOBYNAME_R = Libc.linkPlain("getprotobyname_r",
                FunctionDescriptor.of(I, P, P, P, ValueLayout.JAVA_LONG, P));
    }

    /**
     * {@code getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)}: a list of
     * {@code (family, type, proto, canonname, sockaddr)} in the resolver's order.
     *
     * @throws PyException TypeError for a host that is not str, bytes or None; OSError "Int or
     *     String expected" for such a port; UnicodeEncodeError for a port str with a surrogate;
     *     {@code socket.gaierror} with the resolver's code and message
     */
    static PyObject getaddrinfo(PyObject[] a, String[] k) {
        PyObject[] v = MethodArgs.bind("getaddrinfo", a, k, 0, "host", "port", "family", "type", "proto", "flags");
        PyObject host = MethodArgs.required("getaddrinfo", v, 0, "host");
        PyObject port = MethodArgs.required("getaddrinfo", v, 1, "port");
        byte[] node = hostBytes(host);
        byte[] service = serviceBytes(port);
        int family = intArg(v[2]), type = intArg(v[3]), proto = intArg(v[4]), flags = intArg(v[5]);
        requireLibc("socket.getaddrinfo()");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment first = lookup(arena, node, service, flags, family, type, proto);
            try {
                PyList out = new PyList();
                for (MemorySegment ai = first; !ai.equals(MemorySegment.NULL); ) {
                    MemorySegment e = ai.reinterpret(ADDRINFO_SIZE);
                    int addrLen = e.get(I, 16);
                    MemorySegment addr = e.get(P, 24);
                    byte[] sa = addr.equals(MemorySegment.NULL) ? new byte[0]
                            : addr.reinterpret(addrLen).toArray(ValueLayout.JAVA_BYTE);
                    MemorySegment canon = e.get(P, 32);
                    out.append(PyTuple.of(PyInt.of(e.get(I, 4)), PyInt.of(e.get(I, 8)), PyInt.of(e.get(I, 12)),
                            PyStr.of(canon.equals(MemorySegment.NULL) ? "" : cText(canon)), SockAddr.fromBytes(sa)));
                    ai = e.get(P, 40);
                }
                return out;
            } finally {
                invokeFree(first);
            }
        }
    }

    /**
     * CPython's {@code setipaddr}: the sockaddr bytes of the first address the resolver gives for
     * {@code host} in {@code family} (AF_UNSPEC 0 for any); the empty name is the wildcard address.
     *
     * @throws PyException {@code socket.gaierror} from the resolver
     */
    static byte[] firstAddress(String host, int family) {
        requireLibc("socket name resolution");
        byte[] node = host.isEmpty() ? null : hostBytes(PyStr.of(host));
        try (Arena arena = Arena.ofConfined()) {
            // the wildcard is AI_PASSIVE's answer for no host (one entry: SOCK_DGRAM); a name is asked
            // with no other hint, as setipaddr asks it
            MemorySegment first = lookup(arena, node, node == null ? new byte[] {'0'} : null, node == null ? 1 : 0,
                    node == null && family == 0 ? SockAddr.AF_INET : family, node == null ? 2 : 0, 0);
            try {
                MemorySegment e = first.reinterpret(ADDRINFO_SIZE);
                return e.get(P, 24).reinterpret(e.get(I, 16)).toArray(ValueLayout.JAVA_BYTE);
            } finally {
                invokeFree(first);
            }
        }
    }

    /**
     * {@code getservbyname(servicename[, protocolname])}: the port number.
     *
     * @throws PyException OSError "service/proto not found"
     */
    static PyObject getservbyname(PyObject[] a, String[] k) {
        Args.parseTupleCount("getservbyname", a, k, 1, 2);
        byte[] name = strArg(a[0], "getservbyname", 1);
        byte[] proto = a.length > 1 ? strArg(a[1], "getservbyname", 2) : null;
        requireLibc("socket.getservbyname()");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment entry = arena.allocate(SERVENT_SIZE, 8);
            MemorySegment nameC = Libc.cString(arena, name);
            MemorySegment protoC = proto == null ? MemorySegment.NULL : Libc.cString(arena, proto);
            MemorySegment found = lookup(arena, (buf, len, res) -> (int) Native.GETSERVBYNAME_R.invokeExact(
                    nameC, protoC, entry, buf, len, res));
            if (found == null) {
                throw Errors.of(ExceptionTypes.OSError, "service/proto not found");
            }
            return PyInt.of(Short.toUnsignedInt(Short.reverseBytes((short) entry.get(I, 16))));
        }
    }

    /**
     * {@code getservbyport(port[, protocolname])}: the service's name.
     *
     * @throws PyException OverflowError "getservbyport: port must be 0-65535."; OSError
     *     "port/proto not found"
     */
    static PyObject getservbyport(PyObject[] a, String[] k) {
        Args.parseTupleCount("getservbyport", a, k, 1, 2);
        int port = Args.cInt(a[0]);
        byte[] proto = a.length > 1 ? strArg(a[1], "getservbyport", 2) : null;
        if (port < 0 || port > 0xffff) {
            throw Errors.overflow("getservbyport: port must be 0-65535.");
        }
        requireLibc("socket.getservbyport()");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment entry = arena.allocate(SERVENT_SIZE, 8);
            int netPort = Short.toUnsignedInt(Short.reverseBytes((short) port));
            MemorySegment protoC = proto == null ? MemorySegment.NULL : Libc.cString(arena, proto);
            MemorySegment found = lookup(arena, (buf, len, res) -> (int) Native.GETSERVBYPORT_R.invokeExact(
                    netPort, protoC, entry, buf, len, res));
            if (found == null) {
                throw Errors.of(ExceptionTypes.OSError, "port/proto not found");
            }
            return PyStr.of(cText(entry.get(P, 0)));
        }
    }

    /**
     * {@code getprotobyname(name)}: the protocol's number.
     *
     * @throws PyException OSError "protocol not found"
     */
    static PyObject getprotobyname(PyObject[] a, String[] k) {
        byte[] name = strArg(Args.oneArg("getprotobyname", a, k), "getprotobyname", 1);
        requireLibc("socket.getprotobyname()");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment entry = arena.allocate(PROTOENT_SIZE, 8);
            MemorySegment nameC = Libc.cString(arena, name);
            MemorySegment found = lookup(arena, (buf, len, res) -> (int) Native.GETPROTOBYNAME_R.invokeExact(
                    nameC, entry, buf, len, res));
            if (found == null) {
                throw Errors.of(ExceptionTypes.OSError, "protocol not found");
            }
            return PyInt.of(entry.get(I, 16));
        }
    }

    /** One of the C library's reentrant lookups, given its scratch buffer and result pointer. */
    private interface Lookup {
        int run(MemorySegment buf, long len, MemorySegment result) throws Throwable;
    }

    /** Runs {@code lookup} (growing its buffer on ERANGE): the entry it found, or null. */
    private static MemorySegment lookup(Arena arena, Lookup lookup) {
        try {
            for (long len = ENTRY_BUFFER; ; len *= 4) {
                MemorySegment buf = arena.allocate(len);
                MemorySegment result = arena.allocate(P);
                int r = lookup.run(buf, len, result);
                if (r == 34 && len < (1 << 20)) {
                    continue; // ERANGE: the strings did not fit
                }
                MemorySegment found = result.get(P, 0);
                return r != 0 || found.equals(MemorySegment.NULL) ? null : found;
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The host as {@code getaddrinfo} takes it: None is no host; a str is IDNA-encoded (as
     * {@code hobj.encode("idna")}); bytes go as they are.
     */
    static byte[] hostBytes(PyObject host) {
        if (host == PyNone.NONE) {
            return null;
        }
        if (host instanceof PyStr s) {
            String text = s.toString();
            if (text.chars().allMatch(c -> c < 0x80) && labelsFit(text)) {
                return text.getBytes(StandardCharsets.US_ASCII);
            }
            // the codec itself: non-ASCII names, and its UnicodeError for an empty or long label
            return org.taipan.runtime.Codecs.encode(s, "idna", "strict").bytes();
        }
        if (host instanceof PyBytes b) {
            return b.bytes();
        }
        throw Errors.typeError("getaddrinfo() argument 1 must be string or None");
    }

    /** Whether the IDNA codec would pass an ASCII name as it is: labels of 1..63 characters, the last may be empty. */
    private static boolean labelsFit(String text) {
        String[] labels = text.split("\\.", -1);
        for (int i = 0; i < labels.length; i++) {
            int n = labels[i].length();
            if (n >= 64 || n == 0 && i < labels.length - 1) {
                return false;
            }
        }
        return true;
    }

    /** The port as {@code getaddrinfo} takes it: an int's decimal digits, a str as UTF-8, bytes, or None. */
    private static byte[] serviceBytes(PyObject port) {
        if (port == PyNone.NONE) {
            return null;
        }
        PyInt i = PyInt.asInt(port);
        if (i != null) {
            if (!i.fitsLong()) {
                throw Errors.overflow("Python int too large to convert to C long");
            }
            return Long.toString(i.longValue()).getBytes(StandardCharsets.US_ASCII);
        }
        if (port instanceof PyStr s) {
            return org.taipan.runtime.Codecs.encode(s, "utf-8", "strict").bytes();
        }
        if (port instanceof PyBytes b) {
            return b.bytes();
        }
        throw Errors.of(ExceptionTypes.OSError, "Int or String expected");
    }

    /** A str argument of the lookups ({@code "s"}: UTF-8, no NUL). */
    private static byte[] strArg(PyObject o, String fname, int position) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("%s() argument %d must be str, not %s", fname, position,
                    o == PyNone.NONE ? "None" : o.type().name());
        }
        String text = s.toString();
        if (text.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null character");
        }
        return org.taipan.runtime.Codecs.encode(s, "utf-8", "strict").bytes();
    }

    private static int intArg(PyObject o) {
        return o == null ? 0 : Args.cInt(o);
    }

    static void requireLibc(String what) {
        if (!Libc.available()) {
            throw Errors.of(ExceptionTypes.OSError, Libc.unavailableReason(what));
        }
    }

    /**
     * The C library's {@code getaddrinfo} of {@code node} and {@code service} (null: none) with
     * those hints, without the GIL: its first entry, to be freed with {@link #invokeFree}.
     *
     * @throws PyException {@code socket.gaierror}
     */
    static MemorySegment lookup(Arena arena, byte[] node, byte[] service, int flags, int family, int type,
            int proto) {
        MemorySegment hints = arena.allocate(ADDRINFO_SIZE, 8);
        hints.set(I, 0, flags);
        hints.set(I, 4, family);
        hints.set(I, 8, type);
        hints.set(I, 12, proto);
        MemorySegment nodeC = node == null ? MemorySegment.NULL : Libc.cString(arena, node);
        MemorySegment serviceC = service == null ? MemorySegment.NULL : Libc.cString(arena, service);
        MemorySegment result = arena.allocate(P);
        int r = Blocking.withoutGil(() -> invokeGetaddrinfo(nodeC, serviceC, hints, result));
        if (r != 0) {
            throw gaierror(r);
        }
        return result.get(P, 0);
    }

    private static int invokeGetaddrinfo(MemorySegment node, MemorySegment service, MemorySegment hints,
            MemorySegment result) {
        try {
            return (int) Native.GETADDRINFO.invokeExact(node, service, hints, result);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code freeaddrinfo} of what {@link #lookup} gave. */
    static void invokeFree(MemorySegment list) {
        try {
            Native.FREEADDRINFO.invokeExact(list);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code socket.gaierror} of resolver error {@code code}, with the C library's message for it. */
    static PyException gaierror(int code) {
        if (code == EAI_SYSTEM) {
            return SocketModule.gaierror(code, "System error");
        }
        try {
            MemorySegment msg = (MemorySegment) Native.GAI_STRERROR.invokeExact(code);
            return SocketModule.gaierror(code, cText(msg));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The NUL-terminated C string at {@code p}, decoded as UTF-8. */
    static String cText(MemorySegment p) {
        return p.reinterpret(Integer.MAX_VALUE).getString(0);
    }
}
