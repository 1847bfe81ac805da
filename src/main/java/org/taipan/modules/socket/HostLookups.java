package org.taipan.modules.socket;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.taipan.modules.posix.Libc;
import org.taipan.runtime.Args;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Callables;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;

/**
 * {@code gethostbyname}, {@code gethostbyname_ex} and {@code gethostbyaddr} through the C library,
 * as CPython's {@code socket_gethostbyname} (the resolver's first IPv4 address),
 * {@code socket_gethostbyname_ex} ({@code gethostbyname_r}) and {@code socket_gethostbyaddr}
 * (the address resolved as {@code setipaddr} does, then {@code gethostbyaddr_r}) do (a name that
 * does not resolve is {@code socket.gaierror} first): the system's
 * canonical names and aliases, and {@code socket.herror} ("Unknown host") for an address no
 * database names. Lookups run without the GIL.
 */
final class HostLookups {
    private HostLookups() {}

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final AddressLayout P = ValueLayout.ADDRESS;
    /** {@code struct hostent} on x86-64: name 0, aliases 8, addrtype 16, length 20, addr_list 24. */
    private static final long HOSTENT_SIZE = 32;
    private static final int ERANGE = 34, BUFFER = 8192;

    private static final class Native {
        static final MethodHandle GETHOSTBYNAME_R = Libc.linkPlain("gethostbyname_r",
                FunctionDescriptor.of(I, P, P, P, ValueLayout.JAVA_LONG, P, P));
        static final MethodHandle GETHOSTBYADDR_R = Libc.linkPlain("gethostbyaddr_r",
                FunctionDescriptor.of(I, P, I, I, P, P, ValueLayout.JAVA_LONG, P, P));
        static final MethodHandle HSTRERROR = Libc.linkPlain("hstrerror", FunctionDescriptor.of(P, I));
    }

    /** {@code gethostbyname(host)}: the first IPv4 address the resolver gives, as text. */
    static PyObject gethostbyname(PyObject[] a, String[] k) {
        String host = hostArg("gethostbyname", a, k);
        byte[] sa = Resolver.firstAddress(host, SockAddr.AF_INET);
        return PyStr.of(SockAddr.ntop(java.util.Arrays.copyOfRange(sa, 4, 8)));
    }

    /**
     * {@code gethostbyname_ex(host)}: {@code (name, aliases, addresses)} of the host's IPv4 entry.
     *
     * @throws PyException {@code socket.herror} when no database knows the name
     */
    static PyObject gethostbyname_ex(PyObject[] a, String[] k) {
        String host = hostArg("gethostbyname_ex", a, k);
        // as CPython, the name must resolve first (a gaierror otherwise)
        Resolver.firstAddress(host, SockAddr.AF_INET);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment name = Libc.cString(arena, Resolver.hostBytes(PyStr.of(host)));
            return lookup(arena, (entry, buf, len, result, herr) -> (int) Native.GETHOSTBYNAME_R.invokeExact(
                    name, entry, buf, len, result, herr));
        }
    }

    /**
     * {@code gethostbyaddr(ip_address)}: {@code (name, aliases, addresses)} of the host at that
     * address (a name is resolved to its first address first, as CPython's {@code setipaddr}).
     *
     * @throws PyException {@code socket.gaierror} when the name does not resolve;
     *     {@code socket.herror} (1, "Unknown host") when no database names the address
     */
    static PyObject gethostbyaddr(PyObject[] a, String[] k) {
        String host = hostArg("gethostbyaddr", a, k);
        if (host.isEmpty()) {
            throw org.taipan.runtime.Errors.of(org.taipan.runtime.ExceptionTypes.OSError,
                    "wildcard resolved to multiple address");
        }
        byte[] sa = Resolver.firstAddress(host, 0);
        int family = (sa[0] & 0xff) | (sa[1] & 0xff) << 8;
        byte[] addr = family == SockAddr.AF_INET6 ? java.util.Arrays.copyOfRange(sa, 8, 24)
                : java.util.Arrays.copyOfRange(sa, 4, 8);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment addrC = Libc.cString(arena, addr);
            return lookup(arena, (entry, buf, len, result, herr) -> (int) Native.GETHOSTBYADDR_R.invokeExact(
                    addrC, addr.length, family, entry, buf, len, result, herr));
        }
    }

    /** One of the C library's reentrant host lookups. */
    private interface Lookup {
        int run(MemorySegment entry, MemorySegment buf, long len, MemorySegment result, MemorySegment herr)
                throws Throwable;
    }

    /** Runs {@code lookup} without the GIL (growing its buffer on ERANGE): the entry as CPython's {@code gethost_common} gives it. */
    private static PyObject lookup(Arena arena, Lookup lookup) {
        MemorySegment entry = arena.allocate(HOSTENT_SIZE, 8);
        MemorySegment result = arena.allocate(P);
        MemorySegment herr = arena.allocate(I);
        for (long len = BUFFER; ; len *= 4) {
            MemorySegment buf = arena.allocate(len);
            long size = len;
            int r = Blocking.withoutGil(() -> invoke(lookup, entry, buf, size, result, herr));
            if (r == ERANGE && len < (1 << 22)) {
                continue;
            }
            if (r != 0 || result.get(P, 0).equals(MemorySegment.NULL)) {
                throw herror(herr.get(I, 0));
            }
            return entry(entry);
        }
    }

    private static int invoke(Lookup lookup, MemorySegment entry, MemorySegment buf, long len, MemorySegment result,
            MemorySegment herr) {
        try {
            return lookup.run(entry, buf, len, result, herr);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code (h_name, [aliases], [addresses as text])} of a filled {@code struct hostent}. */
    private static PyObject entry(MemorySegment h) {
        int length = h.get(I, 20);
        PyList aliases = new PyList();
        for (MemorySegment p : strings(h.get(P, 8))) {
            aliases.append(PyStr.of(Resolver.cText(p)));
        }
        PyList addresses = new PyList();
        for (MemorySegment p : strings(h.get(P, 24))) {
            addresses.append(PyStr.of(SockAddr.ntop(p.reinterpret(length).toArray(ValueLayout.JAVA_BYTE))));
        }
        return PyTuple.of(PyStr.of(Resolver.cText(h.get(P, 0))), aliases, addresses);
    }

    /** The pointers of a NULL-terminated C array. */
    private static java.util.List<MemorySegment> strings(MemorySegment array) {
        java.util.List<MemorySegment> out = new java.util.ArrayList<>();
        if (array.equals(MemorySegment.NULL)) {
            return out;
        }
        MemorySegment a = array.reinterpret(Long.MAX_VALUE);
        for (long i = 0; ; i++) {
            MemorySegment p = a.getAtIndex(P, i);
            if (p.equals(MemorySegment.NULL)) {
                return out;
            }
            out.add(p);
        }
    }

    /** {@code socket.herror(code, hstrerror(code))}. */
    private static PyException herror(int code) {
        String message;
        try {
            message = Resolver.cText((MemorySegment) Native.HSTRERROR.invokeExact(code));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return new PyException((PyBaseException) Callables.call(SocketModule.HERROR, PyInt.of(code), PyStr.of(message)));
    }

    /** The one host argument: a str (CPython's "et" with IDNA), or bytes. */
    private static String hostArg(String fname, PyObject[] a, String[] k) {
        Args.parseTupleCount(fname, a, k, 1, 1);
        PyObject host = a[0];
        if (host instanceof org.taipan.runtime.PyBytes b) {
            return new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (!(host instanceof PyStr)) {
            throw org.taipan.runtime.Errors.typeError("%s() argument 1 must be str, bytes or bytearray, not %s", fname,
                    host.type().name());
        }
        return host.toString();
    }
}
