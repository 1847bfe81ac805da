package org.taipan.modules.socket;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.taipan.modules.posix.Libc;

/**
 * The C library's {@code sendmsg} and {@code recvmsg} over a {@code struct msghdr} laid out as
 * glibc does on x86-64, and the walk over received control messages by glibc's own
 * {@code CMSG_NXTHDR} ({@code __cmsg_nxthdr}), so that malformed or truncated ancillary data is
 * cut where CPython's loop cuts it on this system.
 */
final class MessageCalls {
    private MessageCalls() {}

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG;
    private static final java.lang.foreign.AddressLayout P = ValueLayout.ADDRESS;

    /** Offsets in {@code struct msghdr} (x86-64): pointers and size_t are 8 bytes, socklen_t 4. */
    private static final long NAME = 0, NAMELEN = 8, IOV = 16, IOVLEN = 24, CONTROL = 32, CONTROLLEN = 40,
            FLAGS = 48, MSGHDR_SIZE = 56, IOVEC_SIZE = 16;

    /** {@code sizeof(struct cmsghdr)}: {@code CMSG_LEN(0)}. */
    static final int CMSG_HEADER = 16;

    private static final class H {
        static final MethodHandle SENDMSG = Libc.link("sendmsg", FunctionDescriptor.of(L, I, P, I));
        static final MethodHandle RECVMSG = Libc.link("recvmsg", FunctionDescriptor.of(L, I, P, I));
        static final MethodHandle NXTHDR = Libc.linkPlain("__cmsg_nxthdr", FunctionDescriptor.of(P, P, P));
    }

    /** {@code CMSG_ALIGN}: control messages start on 8-byte boundaries. */
    static long align(long n) {
        return (n + 7) & ~7L;
    }

    /**
     * A {@code struct msghdr} in native memory with the address, data parts and control buffer it
     * points at, all allocated in one arena and valid while it is open.
     */
    static final class Message {
        private final MemorySegment header, name, control;
        private final MemorySegment[] parts;
        private final long nameCapacity, controlCapacity;

        private Message(Arena a, MemorySegment name, long nameLength, MemorySegment[] parts, MemorySegment control,
                long controlLength) {
            this.name = name;
            this.parts = parts;
            this.control = control;
            this.nameCapacity = nameLength;
            this.controlCapacity = controlLength;
            header = a.allocate(MSGHDR_SIZE, 8);
            MemorySegment iov = a.allocate(Math.max(1, parts.length) * IOVEC_SIZE, 8);
            for (int i = 0; i < parts.length; i++) {
                iov.set(P, i * IOVEC_SIZE, parts[i]);
                iov.set(L, i * IOVEC_SIZE + 8, parts[i].byteSize());
            }
            header.set(P, NAME, name);
            header.set(P, IOV, iov);
            header.set(L, IOVLEN, parts.length);
            header.set(P, CONTROL, control);
            reset();
        }

        /** Puts back the lengths a call updates, so that a call made again after EAGAIN or EINTR starts afresh. */
        void reset() {
            header.set(I, NAMELEN, (int) nameCapacity);
            header.set(L, CONTROLLEN, controlCapacity);
            header.set(I, FLAGS, 0);
        }

        /** {@code msg_flags} after {@code recvmsg}. */
        int flags() {
            return header.get(I, FLAGS);
        }

        /** The sender's address bytes after {@code recvmsg} (empty when the kernel gave none). */
        byte[] name() {
            long n = Math.min(nameCapacity, Integer.toUnsignedLong(header.get(I, NAMELEN)));
            return name.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
        }

        /** The control buffer as far as {@code msg_controllen} says the kernel filled it. */
        byte[] control() {
            long n = Math.min(controlCapacity, header.get(L, CONTROLLEN));
            return n <= 0 ? new byte[0] : control.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
        }

        /** {@code CMSG_FIRSTHDR} as CPython guards it (no header when msg_controllen is 0): an offset or -1. */
        long firstHeader() {
            long n = header.get(L, CONTROLLEN);
            return n >= CMSG_HEADER && control.address() != 0 ? 0 : -1;
        }

        /** glibc's {@code CMSG_NXTHDR} from the header at {@code offset}: the next one's offset, or -1. */
        long nextHeader(long offset) {
            try {
                MemorySegment next = (MemorySegment) H.NXTHDR.invokeExact(header, control.asSlice(offset));
                return next.address() == 0 ? -1 : next.address() - control.address();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        /** Copies the first {@code n} received bytes, part after part, into {@code out} (one array per part). */
        void copyReceived(long n, byte[][] out, int[] offsets) {
            long left = n;
            for (int i = 0; i < parts.length && left > 0; i++) {
                int k = (int) Math.max(0, Math.min(left, Math.min(parts[i].byteSize(), out[i].length - (long) offsets[i])));
                MemorySegment.copy(parts[i], ValueLayout.JAVA_BYTE, 0, out[i], offsets[i], k);
                left -= parts[i].byteSize();
            }
        }
    }

    /**
     * A message to send: {@code addr} (null: none), the data {@code parts} and the {@code control}
     * block (empty: none) copied into {@code a}.
     */
    static Message outgoing(Arena a, byte[] addr, byte[][] parts, byte[] control) {
        MemorySegment name = addr == null ? MemorySegment.NULL : copy(a, addr);
        MemorySegment[] segs = new MemorySegment[parts.length];
        for (int i = 0; i < parts.length; i++) {
            segs[i] = copy(a, parts[i]);
        }
        MemorySegment ctl = control.length == 0 ? MemorySegment.NULL : copy(a, control);
        return new Message(a, name, addr == null ? 0 : addr.length, segs, ctl, control.length);
    }

    /**
     * A message to receive into: parts of {@code sizes} bytes, a control buffer of
     * {@code controlLength} bytes (0: none) and room for any socket address.
     */
    static Message incoming(Arena a, long[] sizes, long controlLength) {
        MemorySegment[] segs = new MemorySegment[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            segs[i] = sizes[i] == 0 ? a.allocate(0) : a.allocate(sizes[i]);
        }
        MemorySegment ctl = controlLength == 0 ? MemorySegment.NULL : a.allocate(controlLength, 8);
        return new Message(a, a.allocate(SocketCalls.MAX_ADDR, 8), SocketCalls.MAX_ADDR, segs, ctl, controlLength);
    }

    /** {@code sendmsg(fd, m, flags)}: bytes sent or -1. */
    static long sendmsg(int fd, Message m, int flags) {
        m.reset();
        return Libc.call(H.SENDMSG, fd, m.header, flags);
    }

    /** {@code recvmsg(fd, m, flags)}: bytes received (0 at end) or -1. */
    static long recvmsg(int fd, Message m, int flags) {
        m.reset();
        return Libc.call(H.RECVMSG, fd, m.header, flags);
    }

    private static MemorySegment copy(Arena a, byte[] b) {
        MemorySegment m = a.allocate(Math.max(1, b.length), 8);
        MemorySegment.copy(b, 0, m, ValueLayout.JAVA_BYTE, 0, b.length);
        return b.length == 0 ? m.asSlice(0, 0) : m;
    }
}
