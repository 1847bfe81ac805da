package org.taipan.modules.socket;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.taipan.modules.posix.Libc;

/**
 * The C library's socket calls ({@code socket}, {@code bind}, {@code accept4}, {@code send}...)
 * through {@link Libc}: each returns the C result (-1 on failure, {@link Libc#errno()} then
 * says why). Socket addresses travel as raw {@code struct sockaddr} bytes ({@link SockAddr}
 * builds and reads them).
 */
final class SocketCalls {
    private SocketCalls() {}

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final ValueLayout L = ValueLayout.JAVA_LONG, P = ValueLayout.ADDRESS;
    static final int SOCK_CLOEXEC = 0x80000, EINPROGRESS = 115, EAGAIN = 11, EINTR = 4, MAX_ADDR = 128;

    private static final class H {
        static final MethodHandle SOCKET = Libc.link("socket", FunctionDescriptor.of(I, I, I, I));
        static final MethodHandle SOCKETPAIR = Libc.link("socketpair", FunctionDescriptor.of(I, I, I, I, P));
        static final MethodHandle BIND = Libc.link("bind", FunctionDescriptor.of(I, I, P, I));
        static final MethodHandle CONNECT = Libc.link("connect", FunctionDescriptor.of(I, I, P, I));
        static final MethodHandle LISTEN = Libc.link("listen", FunctionDescriptor.of(I, I, I));
        static final MethodHandle ACCEPT4 = Libc.link("accept4", FunctionDescriptor.of(I, I, P, P, I));
        static final MethodHandle SENDTO = Libc.link("sendto", FunctionDescriptor.of(L, I, P, L, I, P, I));
        static final MethodHandle RECVFROM = Libc.link("recvfrom", FunctionDescriptor.of(L, I, P, L, I, P, P));
        static final MethodHandle SHUTDOWN = Libc.link("shutdown", FunctionDescriptor.of(I, I, I));
        static final MethodHandle SETSOCKOPT = Libc.link("setsockopt", FunctionDescriptor.of(I, I, I, I, P, I));
        static final MethodHandle GETSOCKOPT = Libc.link("getsockopt", FunctionDescriptor.of(I, I, I, I, P, P));
        static final MethodHandle GETSOCKNAME = Libc.link("getsockname", FunctionDescriptor.of(I, I, P, P));
        static final MethodHandle GETPEERNAME = Libc.link("getpeername", FunctionDescriptor.of(I, I, P, P));
    }

    static int socket(int family, int type, int proto) {
        return (int) Libc.call(H.SOCKET, family, type | SOCK_CLOEXEC, proto);
    }

    /** Two connected descriptors, or null. */
    static int[] socketpair(int family, int type, int proto) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment sv = a.allocate(I, 2);
            if (Libc.call(H.SOCKETPAIR, family, type | SOCK_CLOEXEC, proto, sv) != 0) {
                return null;
            }
            return new int[] {sv.getAtIndex(I, 0L), sv.getAtIndex(I, 1L)};
        }
    }

    static int bind(int fd, byte[] addr) {
        try (Arena a = Arena.ofConfined()) {
            return (int) Libc.call(H.BIND, fd, bytes(a, addr), addr.length);
        }
    }

    static int connect(int fd, byte[] addr) {
        try (Arena a = Arena.ofConfined()) {
            return (int) Libc.call(H.CONNECT, fd, bytes(a, addr), addr.length);
        }
    }

    static int listen(int fd, int backlog) {
        return (int) Libc.call(H.LISTEN, fd, backlog);
    }

    /** {@code accept4}: {@code {fd}} and the peer address in {@code peer[0]}, or -1. */
    static int accept(int fd, byte[][] peer) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment addr = a.allocate(MAX_ADDR);
            MemorySegment len = a.allocate(I);
            len.set(I, 0L, MAX_ADDR);
            int r = (int) Libc.call(H.ACCEPT4, fd, addr, len, SOCK_CLOEXEC);
            if (r >= 0) {
                peer[0] = addr.asSlice(0, Math.min(MAX_ADDR, len.get(I, 0L))).toArray(ValueLayout.JAVA_BYTE);
            }
            return r;
        }
    }

    /** {@code sendto} of {@code data[off, off+n)} (to {@code addr} when not null): bytes sent or -1. */
    static long send(int fd, byte[] data, int off, int n, int flags, byte[] addr) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(Math.max(1, n));
            MemorySegment.copy(data, off, buf, ValueLayout.JAVA_BYTE, 0, n);
            MemorySegment to = addr == null ? MemorySegment.NULL : bytes(a, addr);
            return Libc.call(H.SENDTO, fd, buf, (long) n, flags, to, addr == null ? 0 : addr.length);
        }
    }

    /**
     * {@code recvfrom} into {@code out[off, off+n)}: bytes received (0 at end; with MSG_TRUNC a
     * datagram's real length, which may pass {@code n}) or -1; the sender in {@code from[0]}.
     */
    static long recv(int fd, byte[] out, int off, int n, int flags, byte[][] from) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(Math.max(1, n));
            MemorySegment addr = from == null ? MemorySegment.NULL : a.allocate(MAX_ADDR);
            MemorySegment len = from == null ? MemorySegment.NULL : a.allocate(I);
            if (from != null) {
                len.set(I, 0L, MAX_ADDR);
            }
            long r = Libc.call(H.RECVFROM, fd, buf, (long) n, flags, addr, len);
            if (r > 0) {
                // with MSG_TRUNC a datagram's whole length comes back, more than the buffer holds
                MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, out, off, (int) Math.min(r, n));
            }
            if (r >= 0 && from != null) {
                from[0] = addr.asSlice(0, Math.min(MAX_ADDR, len.get(I, 0L))).toArray(ValueLayout.JAVA_BYTE);
            }
            return r;
        }
    }

    static int shutdown(int fd, int how) {
        return (int) Libc.call(H.SHUTDOWN, fd, how);
    }

    static int setsockopt(int fd, int level, int opt, byte[] value) {
        try (Arena a = Arena.ofConfined()) {
            return (int) Libc.call(H.SETSOCKOPT, fd, level, opt, bytes(a, value), value.length);
        }
    }

    /** {@code getsockopt} with a {@code buflen}-byte buffer: the bytes the kernel filled, or null. */
    static byte[] getsockopt(int fd, int level, int opt, int buflen) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(Math.max(1, buflen));
            MemorySegment len = a.allocate(I);
            len.set(I, 0L, buflen);
            if (Libc.call(H.GETSOCKOPT, fd, level, opt, buf, len) != 0) {
                return null;
            }
            return buf.asSlice(0, Math.min(buflen, len.get(I, 0L))).toArray(ValueLayout.JAVA_BYTE);
        }
    }

    /** {@code getsockname} (or {@code getpeername}): the address bytes, or null. */
    static byte[] name(int fd, boolean peer) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment addr = a.allocate(MAX_ADDR);
            MemorySegment len = a.allocate(I);
            len.set(I, 0L, MAX_ADDR);
            if (Libc.call(peer ? H.GETPEERNAME : H.GETSOCKNAME, fd, addr, len) != 0) {
                return null;
            }
            return addr.asSlice(0, Math.min(MAX_ADDR, len.get(I, 0L))).toArray(ValueLayout.JAVA_BYTE);
        }
    }

    private static MemorySegment bytes(Arena a, byte[] b) {
        MemorySegment m = a.allocate(Math.max(1, b.length));
        MemorySegment.copy(b, 0, m, ValueLayout.JAVA_BYTE, 0, b.length);
        return m;
    }
}
