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

    private static final int SOL_SOCKET = 1, SO_TYPE = 3, SO_ERROR = 4, SO_PROTOCOL = 38, SO_DOMAIN = 39;

    static {
        PyType t = PySocket.TYPE;
        t.tp_new = (type, a, k) -> type == PySocket.TYPE ? new PySocket() : new PySocket.Sub(type);
        // the slot, not only the method: calling the type itself (socketpair, accept) must initialise
        t.tp_init = (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("socket", a, k, 4, "family", "type", "proto", "fileno");
            Sandbox.require(Permission.NETWORK, "socket.socket()");
            init((PySocket) self, v);
        };
        t.addMethod("fileno", (self, a, k) -> PyInt.of(((PySocket) self).fd));
        t.addMethod("close", (self, a, k) -> {
            PySocket s = (PySocket) self;
            if (s.fd >= 0) {
                int n = s.disown();
                try {
                    PySocket.table().close(n);
                } catch (java.io.IOException e) {
                    throw Errno.error(e, null);
                }
            }
            return PyNone.NONE;
        });
        t.addMethod("detach", (self, a, k) -> {
            return PyInt.of(((PySocket) self).disown());
        });
        t.addMethod("bind", (self, a, k) -> {
            PySocket s = (PySocket) self;
            byte[] addr = SockAddr.toBytes(s.family, org.taipan.runtime.Args.oneArg("bind", a, k), "bind");
            if (SocketCalls.bind(s.realFd(), addr) != 0) {
                throw Errno.error(Libc.errno(), null);
            }
            return PyNone.NONE;
        });
        t.addMethod("listen", (self, a, k) -> {
            org.taipan.runtime.Args.check("listen", a, k, 0, 1);
            int backlog = a.length == 0 ? 128 : Math.max(0, (int) Abstract.index(a[0], null).longValue());
            if (SocketCalls.listen(((PySocket) self).realFd(), backlog) != 0) {
                throw Errno.error(Libc.errno(), null);
            }
            return PyNone.NONE;
        });
        t.addMethod("_accept", (self, a, k) -> {
            PySocket s = (PySocket) self;
            byte[][] peer = new byte[1][];
            int r = (int) s.io(false, () -> SocketCalls.accept(s.real, peer));
            int n = PySocket.register(ThreadState.current().interpreter, r);
            return PyTuple.of(PyInt.of(n), SockAddr.fromBytes(peer[0]));
        });
        t.addMethod("connect", (self, a, k) -> {
            int err = connect((PySocket) self, org.taipan.runtime.Args.oneArg("connect", a, k));
            if (err != 0) {
                throw Errno.error(err, null);
            }
            return PyNone.NONE;
        });
        t.addMethod("connect_ex", (self, a, k) ->
                PyInt.of(connect((PySocket) self, org.taipan.runtime.Args.oneArg("connect_ex", a, k))));
        t.addMethod("send", (self, a, k) -> {
            org.taipan.runtime.Args.check("send", a, k, 1, 2);
            PySocket s = (PySocket) self;
            byte[] data = Buffers.require(a[0]);
            int flags = a.length > 1 ? (int) Abstract.index(a[1], null).longValue() : 0;
            return PyInt.of(s.io(true, () -> SocketCalls.send(s.real, data, 0, data.length, flags, null)));
        });
        t.addMethod("sendall", (self, a, k) -> {
            org.taipan.runtime.Args.check("sendall", a, k, 1, 2);
            PySocket s = (PySocket) self;
            byte[] data = Buffers.require(a[0]);
            int flags = a.length > 1 ? (int) Abstract.index(a[1], null).longValue() : 0;
            int off = 0;
            while (off < data.length) {
                int from = off;
                off += (int) s.io(true, () -> SocketCalls.send(s.real, data, from, data.length - from, flags, null));
            }
            return PyNone.NONE;
        });
        t.addMethod("sendto", (self, a, k) -> {
            org.taipan.runtime.Args.check("sendto", a, k, 2, 3);
            PySocket s = (PySocket) self;
            byte[] data = Buffers.require(a[0]);
            int flags = a.length == 3 ? (int) Abstract.index(a[1], null).longValue() : 0;
            byte[] to = SockAddr.toBytes(s.family, a[a.length - 1], "sendto");
            return PyInt.of(s.io(true, () -> SocketCalls.send(s.real, data, 0, data.length, flags, to)));
        });
        t.addMethod("recv", (self, a, k) -> {
            org.taipan.runtime.Args.check("recv", a, k, 1, 2);
            PySocket s = (PySocket) self;
            int n = bufsize(a[0], "recv");
            int flags = a.length > 1 ? (int) Abstract.index(a[1], null).longValue() : 0;
            byte[] buf = new byte[n];
            int got = (int) s.io(false, () -> SocketCalls.recv(s.real, buf, 0, n, flags, null));
            return PyBytes.of(java.util.Arrays.copyOf(buf, got));
        });
        t.addMethod("recvfrom", (self, a, k) -> {
            org.taipan.runtime.Args.check("recvfrom", a, k, 1, 2);
            PySocket s = (PySocket) self;
            int n = bufsize(a[0], "recvfrom");
            int flags = a.length > 1 ? (int) Abstract.index(a[1], null).longValue() : 0;
            byte[] buf = new byte[n];
            byte[][] from = new byte[1][];
            int got = (int) s.io(false, () -> SocketCalls.recv(s.real, buf, 0, n, flags, from));
            return PyTuple.of(PyBytes.of(java.util.Arrays.copyOf(buf, got)),
                    from[0] == null || from[0].length == 0 ? PyNone.NONE : SockAddr.fromBytes(from[0]));
        });
        t.addMethod("recv_into", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("recv_into", a, k, 3, "buffer", "nbytes", "flags");
            PySocket s = (PySocket) self;
            PyObject target = MethodArgs.required("recv_into", v, 0, "buffer");
            int size = Buffers.require(target).length;
            int n = v[1] == null || Abstract.index(v[1], null).longValue() == 0 ? size
                    : (int) Abstract.index(v[1], null).longValue();
            if (n < 0) {
                throw Errors.valueError("negative buffersize in recv_into");
            }
            if (n > size) {
                throw Errors.valueError("buffer too small for requested bytes");
            }
            int flags = v[2] == null ? 0 : (int) Abstract.index(v[2], null).longValue();
            byte[] buf = new byte[n];
            int got = (int) s.io(false, () -> SocketCalls.recv(s.real, buf, 0, n, flags, null));
            Abstract.setItem(target, new org.taipan.runtime.PySlice(PyInt.of(0), PyInt.of(got), PyNone.NONE),
                    PyBytes.of(java.util.Arrays.copyOf(buf, got)));
            return PyInt.of(got);
        });
        t.addMethod("shutdown", (self, a, k) -> {
            int how = (int) Abstract.index(org.taipan.runtime.Args.oneArg("shutdown", a, k), null).longValue();
            if (SocketCalls.shutdown(((PySocket) self).realFd(), how) != 0) {
                throw Errno.error(Libc.errno(), null);
            }
            return PyNone.NONE;
        });
        t.addMethod("setblocking", (self, a, k) -> {
            PySocket s = (PySocket) self;
            s.realFd();
            s.timeout = Abstract.isTrue(org.taipan.runtime.Args.oneArg("setblocking", a, k)) ? -1 : 0;
            s.applyTimeout();
            return PyNone.NONE;
        });
        t.addMethod("getblocking", (self, a, k) -> PyBool.of(((PySocket) self).timeout != 0));
        t.addMethod("settimeout", (self, a, k) -> {
            PySocket s = (PySocket) self;
            s.realFd();
            s.timeout = SocketModule.timeoutArg(org.taipan.runtime.Args.oneArg("settimeout", a, k));
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
            if (PyInt.asInt(a[2]) != null) {
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
            org.taipan.runtime.Args.check("getsockopt", a, k, 2, 3);
            PySocket s = (PySocket) self;
            int level = (int) Abstract.index(a[0], null).longValue();
            int opt = (int) Abstract.index(a[1], null).longValue();
            int buflen = a.length > 2 ? (int) Abstract.index(a[2], null).longValue() : 0;
            byte[] r = SocketCalls.getsockopt(s.realFd(), level, opt, buflen == 0 ? 4 : buflen);
            if (r == null) {
                throw Errno.error(Libc.errno(), null);
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
        t.addAttr("family", new PyGetSetDescr(t, "family", o -> PyInt.of(((PySocket) o).family), null));
        t.addAttr("type", new PyGetSetDescr(t, "type", o -> PyInt.of(((PySocket) o).type), null));
        t.addAttr("proto", new PyGetSetDescr(t, "proto", o -> PyInt.of(((PySocket) o).proto), null));
        t.addAttr("timeout", new PyGetSetDescr(t, "timeout", o -> timeoutValue(((PySocket) o).timeout), null));
        t.ready();
    }

    /** Makes sure the type's methods are installed. */
    static PyType type() {
        return PySocket.TYPE;
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

    private static void init(PySocket s, PyObject[] v) {
        if (!Libc.available()) {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError, Libc.unavailableReason("socket.socket()"));
        }
        int family = v[0] == null || v[0] == PyNone.NONE ? -1 : (int) Abstract.index(v[0], null).longValue();
        int type = v[1] == null || v[1] == PyNone.NONE ? -1 : (int) Abstract.index(v[1], null).longValue();
        int proto = v[2] == null || v[2] == PyNone.NONE ? -1 : (int) Abstract.index(v[2], null).longValue();
        if (v[3] != null && v[3] != PyNone.NONE) {
            int n = (int) Abstract.index(v[3], null).longValue();
            org.taipan.modules.io.FdTable.OpenFile f = PySocket.table().get(n);
            if (f == null || f.nativeFd < 0) {
                throw Errno.error(Errno.EBADF, null);
            }
            // asked before the socket owns the descriptor: one that is not a socket stays open
            s.family = family >= 0 ? family : sockopt(f.nativeFd, SO_DOMAIN);
            s.type = type >= 0 ? type : sockopt(f.nativeFd, SO_TYPE);
            s.proto = proto >= 0 ? proto : sockopt(f.nativeFd, SO_PROTOCOL);
            s.own(n, f.nativeFd);
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
        // CPython reports the type without SOCK_NONBLOCK/SOCK_CLOEXEC
        s.type &= ~(0x800 | 0x80000);
        s.timeout = SocketModule.defaultTimeout;
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
        byte[] addr = SockAddr.toBytes(s.family, address, "connect");
        int fd = s.realFd();
        ThreadState ts = ThreadState.current();
        int r = org.taipan.runtime.Blocking.withoutGil(() -> SocketCalls.connect(fd, addr));
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
}
