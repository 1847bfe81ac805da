package org.taipan.modules.socket;

import org.taipan.modules.posix.Errno;
import org.taipan.modules.posix.Libc;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;
import org.taipan.sandbox.Sandbox;

/** The methods and attributes of {@code _socket.socket}, installed once on {@link PySocket#TYPE}. */
final class SocketMethods {
    private SocketMethods() {}

    private static final int SOL_SOCKET = 1, SO_TYPE = 3, SO_ERROR = 4, SO_PROTOCOL = 38, SO_DOMAIN = 39, AF_VSOCK = 40;

    static {
        PyType t = PySocket.TYPE;
        t.tp_new = (type, a, k) -> type == PySocket.TYPE ? new PySocket() : new PySocket.Sub(type);
        // the slot, not only the method: calling the type itself (socketpair, accept) must initialise
        t.tp_init = (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("socket", a, k, 0, "family", "type", "proto", "fileno");
            Sandbox.require(Permission.NETWORK, "socket.socket()");
            init((PySocket) self, v);
            ((PySocket) self).warnIfDropped();
        };
        t.addMethod("fileno", (self, a, k) -> PyInt.of(((PySocket) self).fd));
        t.addMethod("close", (self, a, k) -> {
            org.taipan.runtime.Args.noArgs("close", a, k);
            PySocket s = (PySocket) self;
            if (s.fd >= 0) {
                int n = s.disown();
                // sock_close: a descriptor closed behind the socket's back (another socket over the
                // same number closed it) is EBADF
                if (!closeDescriptor(n)) {
                    throw Errno.error(Errno.EBADF, null);
                }
            }
            return PyNone.NONE;
        });
        t.addMethod("detach", (self, a, k) -> {
            return PyInt.of(((PySocket) self).disown());
        });
        t.addMethod("bind", (self, a, k) -> {
            PySocket s = (PySocket) self;
            byte[] addr = SockAddr.toBytes(s.family, org.taipan.runtime.Args.oneArg("socket.bind", a, k), "bind");
            long epoch = org.taipan.modules.posix.PosixState.umaskEpoch();
            try (UnixNames.Resolved r = UnixNames.resolve(s.family, addr)) {
                if (SocketCalls.bind(s.realFd(), r.addr) != 0) {
                    throw Errno.error(Libc.errno(), null);
                }
                if (r.file != null) {
                    socketFileMode(r.file, epoch);
                }
                UnixNames.bound(r);
            }
            return PyNone.NONE;
        });
        t.addMethod("listen", (self, a, k) -> {
            argc("listen", a, k, 0, 1);
            int backlog = a.length == 0 ? 128 : Math.max(0, (int) Abstract.index(a[0], null).longValue());
            if (SocketCalls.listen(((PySocket) self).realFd(), backlog) != 0) {
                throw Errno.error(Libc.errno(), null);
            }
            return PyNone.NONE;
        });
        t.addMethod("_accept", (self, a, k) -> {
            PySocket s = (PySocket) self;
            byte[][] peer = new byte[1][];
            int r = (int) s.io(false, x -> SocketCalls.accept(s.real, peer));
            int n = PySocket.register(ThreadState.current().interpreter, r);
            return PyTuple.of(PyInt.of(n), SockAddr.fromBytes(peer[0]));
        });
        t.addMethod("connect", (self, a, k) -> {
            int err = connect((PySocket) self, org.taipan.runtime.Args.oneArg("socket.connect", a, k));
            if (err != 0) {
                throw Errno.error(err, null);
            }
            return PyNone.NONE;
        });
        t.addMethod("connect_ex", (self, a, k) ->
                PyInt.of(connect((PySocket) self, org.taipan.runtime.Args.oneArg("socket.connect_ex", a, k))));
        t.addMethod("send", (self, a, k) -> {
            argc("send", a, k, 1, 2);
            PySocket s = (PySocket) self;
            byte[] data = Buffers.require(a[0]);
            int flags = a.length > 1 ? org.taipan.runtime.Args.cInt(a[1]) : 0;
            return PyInt.of(send(s, data, flags, null));
        });
        t.addMethod("sendall", (self, a, k) -> {
            argc("sendall", a, k, 1, 2);
            PySocket s = (PySocket) self;
            byte[] data = Buffers.require(a[0]);
            int flags = a.length > 1 ? org.taipan.runtime.Args.cInt(a[1]) : 0;
            // sock_sendall: one deadline for the whole of it, the handlers of signals run between pieces
            long deadline = s.deadline();
            ThreadState ts = ThreadState.current();
            int off = 0;
            while (off < data.length) {
                int from = off;
                off += (int) s.io(true, true, deadline,
                        x -> SocketCalls.send(s.real, data, from, data.length - from, flags | x, null));
                org.taipan.runtime.Blocking.checkSignals(ts);
            }
            return PyNone.NONE;
        });
        t.addMethod("sendto", (self, a, k) -> {
            if (k != null && k.length > 0) {
                throw Errors.typeError("socket.sendto() takes no keyword arguments");
            }
            if (a.length < 2 || a.length > 3) {
                throw Errors.typeError("sendto() takes 2 or 3 arguments (%d given)", a.length);
            }
            PySocket s = (PySocket) self;
            byte[] data = Buffers.require(a[0]);
            int flags = a.length == 3 ? org.taipan.runtime.Args.cInt(a[1]) : 0;
            byte[] to = SockAddr.toBytes(s.family, a[a.length - 1], "sendto");
            try (UnixNames.Resolved r = UnixNames.resolve(s.family, to)) {
                return PyInt.of(send(s, data, flags, r.addr));
            }
        });
        t.addMethod("recv", (self, a, k) -> {
            argc("recv", a, k, 1, 2);
            PySocket s = (PySocket) self;
            int n = bufsize(a[0], "recv");
            int flags = a.length > 1 ? org.taipan.runtime.Args.cInt(a[1]) : 0;
            byte[] buf = new byte[n];
            int got = recv(s, buf, n, flags, null);
            // MSG_TRUNC's longer count gives a longer result, zero-filled, as CPython's resize does
            return PyBytes.of(got == n ? buf : java.util.Arrays.copyOf(buf, got));
        });
        t.addMethod("recvfrom", (self, a, k) -> {
            argc("recvfrom", a, k, 1, 2);
            PySocket s = (PySocket) self;
            int n = bufsize(a[0], "recvfrom");
            int flags = a.length > 1 ? org.taipan.runtime.Args.cInt(a[1]) : 0;
            byte[] buf = new byte[n];
            byte[][] from = new byte[1][];
            int got = recv(s, buf, n, flags, from);
            return PyTuple.of(PyBytes.of(java.util.Arrays.copyOf(buf, got)), sender(from[0]));
        });
        t.addMethod("recv_into", (self, a, k) -> recvInto((PySocket) self, "recv_into", a, k, false));
        t.addMethod("recvfrom_into", (self, a, k) -> recvInto((PySocket) self, "recvfrom_into", a, k, true));
        t.addMethod("shutdown", (self, a, k) -> {
            int how = (int) Abstract.index(org.taipan.runtime.Args.oneArg("socket.shutdown", a, k), null).longValue();
            if (SocketCalls.shutdown(((PySocket) self).realFd(), how) != 0) {
                throw Errno.error(Libc.errno(), null);
            }
            return PyNone.NONE;
        });
        t.addMethod("setblocking", (self, a, k) -> {
            PySocket s = (PySocket) self;
            // as sock_setblocking, the mode is kept even when the descriptor is gone (EBADF after)
            s.timeout = Abstract.isTrue(org.taipan.runtime.Args.oneArg("socket.setblocking", a, k)) ? -1 : 0;
            s.realFd();
            s.applyTimeout();
            return PyNone.NONE;
        });
        t.addMethod("getblocking", (self, a, k) -> PyBool.of(((PySocket) self).timeout != 0));
        t.addMethod("settimeout", (self, a, k) -> {
            PySocket s = (PySocket) self;
            s.timeout = SocketModule.timeoutArg(org.taipan.runtime.Args.oneArg("socket.settimeout", a, k));
            s.realFd();
            s.applyTimeout();
            return PyNone.NONE;
        });
        t.addMethod("gettimeout", (self, a, k) -> timeoutValue(((PySocket) self).timeout));
        t.addMethod("setsockopt", (self, a, k) -> {
            org.taipan.runtime.Args.check("setsockopt", a, k, 3, 4);
            PySocket s = (PySocket) self;
            int level = (int) Abstract.index(a[0], null).longValue();
            int opt = (int) Abstract.index(a[1], null).longValue();
            byte[] value;
            if (PyInt.asInt(a[2]) != null && s.family == AF_VSOCK) {
                // CPython's "iiK" for AF_VSOCK: the buffer sizes are 64-bit options
                long x = PyInt.asInt(a[2]).bigValue().longValue();
                value = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(x).array();
            } else if (PyInt.asInt(a[2]) != null) {
                int x = (int) PyInt.asInt(a[2]).longValue();
                value = new byte[] {(byte) x, (byte) (x >> 8), (byte) (x >> 16), (byte) (x >> 24)};
            } else {
                value = Buffers.require(a[2]);
            }
            if (SocketCalls.setsockopt(s.realFd(), level, opt, value) != 0) {
                throw Errno.error(Libc.errno(), null);
            }
            return PyNone.NONE;
        });
        t.addMethod("getsockopt", (self, a, k) -> {
            argc("getsockopt", a, k, 2, 3);
            PySocket s = (PySocket) self;
            int level = (int) Abstract.index(a[0], null).longValue();
            int opt = (int) Abstract.index(a[1], null).longValue();
            int buflen = a.length > 2 ? org.taipan.runtime.Args.cInt(a[2]) : 0;
            if (buflen < 0 || buflen > 1024) {
                throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError, "getsockopt buflen out of range");
            }
            boolean vsock = buflen == 0 && s.family == AF_VSOCK;
            byte[] r = SocketCalls.getsockopt(s.realFd(), level, opt, vsock ? 8 : buflen == 0 ? 4 : buflen);
            if (r == null) {
                throw Errno.error(Libc.errno(), null);
            }
            if (vsock) {
                // an unsigned 64-bit option, as CPython reads AF_VSOCK's
                long x = java.nio.ByteBuffer.wrap(java.util.Arrays.copyOf(r, 8)).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
                return PyInt.of(new java.math.BigInteger(Long.toUnsignedString(x)));
            }
            if (buflen == 0) {
                return PyInt.of((r[0] & 0xff) | (r[1] & 0xff) << 8 | (r[2] & 0xff) << 16 | r[3] << 24);
            }
            return PyBytes.of(r);
        });
        for (String name : new String[] {"getsockname", "getpeername"}) {
            t.addMethod(name, (self, a, k) -> {
                byte[] r = SocketCalls.name(((PySocket) self).realFd(), name.equals("getpeername"));
                if (r == null) {
                    throw Errno.error(Libc.errno(), null);
                }
                return SockAddr.fromBytes(r);
            });
        }
        t.tp_repr = o -> {
            PySocket s = (PySocket) o;
            return org.taipan.runtime.PyStr.of("<socket object, fd=" + s.fd + ", family=" + s.family + ", type=" + s.type
                    + ", proto=" + s.proto + ">");
        };
        t.addAttr("family", new PyGetSetDescr(t, "family", o -> PyInt.of(((PySocket) o).family), null));
        t.addAttr("type", new PyGetSetDescr(t, "type", o -> PyInt.of(((PySocket) o).type), null));
        t.addAttr("proto", new PyGetSetDescr(t, "proto", o -> PyInt.of(((PySocket) o).proto), null));
        t.addAttr("timeout", new PyGetSetDescr(t, "timeout", o -> timeoutValue(((PySocket) o).timeout), null));
        SocketMessages.install(t);
        t.ready();
    }

    /** Makes sure the type's methods are installed. */
    static PyType type() {
        return PySocket.TYPE;
    }

    /** {@link org.taipan.runtime.Args#parseTupleCount} for method {@code name} of {@code socket}. */
    private static void argc(String name, PyObject[] a, String[] k, int min, int max) {
        org.taipan.runtime.Args.parseTupleCount("socket." + name, a, k, min, max);
    }

    /**
     * {@code send}/{@code sendto}: the bytes sent. A blocking stream socket of the main thread
     * sends in MSG_DONTWAIT pieces (see {@link PySocket#io}) until all is sent, as the kernel's
     * blocking send does.
     */
    private static long send(PySocket s, byte[] data, int flags, byte[] to) {
        boolean whole = s.timeout < 0 && s.type == 1 && ThreadState.current().isMain;
        long deadline = s.deadline();
        int off = 0;
        do {
            int from = off;
            off += (int) s.io(true, true, deadline,
                    x -> SocketCalls.send(s.real, data, from, data.length - from, flags | x, to));
        } while (whole && off < data.length);
        return off;
    }

    /** {@code recv}/{@code recvfrom} into {@code buf[0, n)}: the bytes received; the sender in {@code from[0]}. */
    private static int recv(PySocket s, byte[] buf, int n, int flags, byte[][] from) {
        // MSG_WAITALL asks the kernel to wait for all of it, which a MSG_DONTWAIT call would not
        boolean dontwait = (flags & PySocket.MSG_WAITALL) == 0;
        return (int) s.io(false, dontwait, s.deadline(), x -> SocketCalls.recv(s.real, buf, 0, n, flags | x, from));
    }

    /** {@code makesockaddr} of a received sender: None when the kernel gave none (a connected stream). */
    private static PyObject sender(byte[] from) {
        return from == null || from.length == 0 ? PyNone.NONE : SockAddr.fromBytes(from);
    }

    /**
     * {@code recv_into(buffer[, nbytes[, flags]])} and {@code recvfrom_into} (CPython's
     * {@code sock_recv_into}, {@code sock_recvfrom_into}): receives into a writable buffer, at most
     * {@code nbytes} (0: the buffer's length).
     *
     * @return the count, and for {@code recvfrom_into} the sender's address with it
     * @throws org.taipan.runtime.PyException TypeError for a read-only or non-buffer; ValueError
     *     for a negative count or one past the buffer
     */
    private static PyObject recvInto(PySocket s, String fname, PyObject[] a, String[] k, boolean withSender) {
        PyObject[] v = MethodArgs.bind(fname, a, k, 0, "buffer", "nbytes", "flags");
        PyObject target = MethodArgs.required(fname, v, 0, "buffer");
        Buffers.Region region = Buffers.writable(target);
        if (region == null) {
            throw Errors.typeError("%s() argument 1 must be read-write bytes-like object, not %s", fname,
                    target.type().name());
        }
        long want = v[1] == null ? 0 : Abstract.index(v[1], null).longValue();
        int flags = v[2] == null ? 0 : org.taipan.runtime.Args.cInt(v[2]);
        if (want < 0) {
            throw Errors.valueError("negative buffersize in %s", fname);
        }
        int size = region.length();
        if (want == 0) {
            want = size;
        } else if (want > size) {
            throw Errors.valueError(withSender ? "nbytes is greater than the length of the buffer"
                    : "buffer too small for requested bytes");
        }
        int n = (int) want;
        byte[] buf = new byte[n];
        byte[][] from = withSender ? new byte[1][] : null;
        int got = recv(s, buf, n, flags, from);
        // the region again: the buffer may have moved while the GIL was released
        Buffers.Region now = Buffers.writable(target);
        if (now == null || now.length() < Math.min(got, n)) {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.BufferError, "buffer changed size during recv_into");
        }
        System.arraycopy(buf, 0, now.array(), now.offset(), Math.min(got, n));
        return withSender ? PyTuple.of(PyInt.of(got), sender(from[0])) : PyInt.of(got);
    }

    private static PyObject timeoutValue(double t) {
        return t < 0 ? PyNone.NONE : new PyFloat(t);
    }

    private static int bufsize(PyObject o, String fname) {
        long n = Abstract.index(o, null).longValue();
        if (n < 0) {
            throw Errors.valueError("negative buffersize in %s", fname);
        }
        return (int) Math.min(n, 1 << 24);
    }

    /**
     * Closes descriptor {@code n} of the interpreter's table ({@code close(2)}): false when it was
     * not open; ECONNRESET is not an error, as CPython ignores it.
     */
    static boolean closeDescriptor(int n) {
        try {
            return PySocket.table().close(n);
        } catch (java.io.IOException e) {
            int err = Errno.of(e);
            if (err == 104) {
                return true;
            }
            throw Errno.error(err, null);
        }
    }

    private static void init(PySocket s, PyObject[] v) {
        if (!Libc.available()) {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError, Libc.unavailableReason("socket.socket()"));
        }
        int family = v[0] == null || v[0] == PyNone.NONE ? -1 : (int) Abstract.index(v[0], null).longValue();
        int type = v[1] == null || v[1] == PyNone.NONE ? -1 : (int) Abstract.index(v[1], null).longValue();
        int proto = v[2] == null || v[2] == PyNone.NONE ? -1 : (int) Abstract.index(v[2], null).longValue();
        if (v[3] != null && v[3] != PyNone.NONE) {
            PyInt fileno = Abstract.index(v[3], null);
            if (fileno.signum() < 0) {
                throw Errors.valueError("negative file descriptor");
            }
            if (!fileno.fitsLong() || fileno.longValue() > Integer.MAX_VALUE) {
                throw Errors.overflow("Python int too large to convert to C long");
            }
            int n = (int) fileno.longValue();
            org.taipan.modules.io.FdTable.OpenFile f = PySocket.table().get(n);
            int real = f == null ? -1 : org.taipan.modules.posix.RealFds.existing(f);
            if (real < 0) {
                throw Errno.error(Errno.EBADF, null);
            }
            // sock_initobj validates with getsockname (ENOTSOCK for a file), before the socket owns
            // the descriptor: one that is not a socket stays open
            if (SocketCalls.name(real, false) == null) {
                throw Errno.error(Libc.errno(), null);
            }
            s.family = family >= 0 ? family : sockopt(real, SO_DOMAIN);
            s.type = type >= 0 ? type : sockopt(real, SO_TYPE);
            s.proto = proto >= 0 ? proto : sockopt(real, SO_PROTOCOL);
            s.own(n, real);
        } else {
            s.family = family < 0 ? SockAddr.AF_INET : family;
            s.type = type < 0 ? 1 : type;
            s.proto = proto < 0 ? 0 : proto;
            int r = SocketCalls.socket(s.family, s.type, s.proto);
            if (r < 0) {
                throw Errno.error(Libc.errno(), null);
            }
            s.own(PySocket.register(ThreadState.current().interpreter, r), r);
        }
        // init_sockobject: SOCK_NONBLOCK makes a non-blocking socket whatever the default timeout;
        // the type is reported without SOCK_NONBLOCK/SOCK_CLOEXEC
        boolean nonBlocking = (s.type & 0x800) != 0;
        s.type &= ~(0x800 | 0x80000);
        s.timeout = nonBlocking ? 0 : SocketModule.defaultTimeout;
        if (s.timeout >= 0) {
            s.applyTimeout();
        }
    }

    private static int sockopt(int fd, int opt) {
        byte[] r = SocketCalls.getsockopt(fd, SOL_SOCKET, opt, 4);
        if (r == null) {
            throw Errno.error(Libc.errno(), null);
        }
        return (r[0] & 0xff) | (r[1] & 0xff) << 8 | (r[2] & 0xff) << 16 | r[3] << 24;
    }

    /** {@code connect}/{@code connect_ex}: 0 or the errno (CPython's {@code internal_connect}). */
    private static int connect(PySocket s, PyObject address) {
        byte[] given = SockAddr.toBytes(s.family, address, "connect");
        int fd = s.realFd();
        ThreadState ts = ThreadState.current();
        int r;
        try (UnixNames.Resolved name = UnixNames.resolve(s.family, given)) {
            byte[] addr = name.addr;
            r = org.taipan.runtime.Blocking.withoutGil(() -> SocketCalls.connect(fd, addr));
        }
        if (r == 0) {
            return 0;
        }
        int err = Libc.errno();
        if (err == SocketCalls.EINTR && s.timeout != 0 || err == SocketCalls.EINPROGRESS && s.timeout > 0) {
            long deadline = s.timeout > 0 ? System.nanoTime() + (long) (s.timeout * 1e9) : Long.MAX_VALUE;
            PySocket.waitReady(fd, (short) 4, deadline, ts);
            return sockopt(fd, SO_ERROR);
        }
        return err;
    }

    /**
     * A socket file bind just made gets the mode the interpreter's umask gives ({@code 0777} less
     * it, as bind(2) makes it): the kernel used the process's mask, which is not the interpreter's
     * emulated one, or was a child's while a spawn set it.
     */
    private static void socketFileMode(java.nio.file.Path file, long epoch) {
        int fix = org.taipan.modules.posix.PosixState.of(org.taipan.runtime.ThreadState.current().interpreter)
                .creationModeFix(0777, epoch);
        if (fix < 0) {
            return;
        }
        try {
            java.nio.file.Files.setAttribute(file, "unix:mode", fix);
        } catch (java.io.IOException | RuntimeException e) {
            // the socket is bound; its file keeps the mode the process's mask gave it
        }
    }
}
