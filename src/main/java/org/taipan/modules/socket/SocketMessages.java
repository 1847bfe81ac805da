package org.taipan.modules.socket;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.List;
import org.taipan.modules.warnings.Warnings;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * The message calls of {@code _socket.socket} ({@code sock_sendmsg}, {@code sock_recvmsg},
 * {@code sock_recvmsg_into} of {@code Modules/socketmodule.c}) and the module's
 * {@code CMSG_LEN}/{@code CMSG_SPACE}. Arguments are read as CPython's
 * {@code PyArg_ParseTuple} formats read them, with its messages; the calls wait as
 * {@code sock_call} does ({@link PySocket#io}); ancillary data goes through {@link Ancillary},
 * which translates SCM_RIGHTS descriptors between the interpreter's numbers and the process's.
 */
final class SocketMessages {
    private SocketMessages() {}

    /** {@code SOCKLEN_T_LIMIT}: the largest control buffer or message CPython accepts on Linux. */
    private static final long SOCKLEN_LIMIT = Integer.MAX_VALUE;

    /** Installs {@code sendmsg}, {@code recvmsg} and {@code recvmsg_into} on the socket type. */
    static void install(PyType t) {
        t.addMethod("sendmsg", (self, a, k) -> sendmsg((PySocket) self, tuple("sendmsg", true, a, k, 1, 4)));
        t.addMethod("recvmsg", (self, a, k) -> recvmsg((PySocket) self, tuple("recvmsg", true, a, k, 1, 3)));
        t.addMethod("recvmsg_into", (self, a, k) ->
                recvmsgInto((PySocket) self, tuple("recvmsg_into", true, a, k, 1, 3)));
    }

    /** Defines {@code CMSG_LEN} and {@code CMSG_SPACE} in the module. */
    static void register(PyModule m) {
        m.def("CMSG_LEN", (a, k) -> {
            long n = ssize(tuple("CMSG_LEN", false, a, k, 1, 1)[0]);
            if (n < 0 || n > SOCKLEN_LIMIT - MessageCalls.CMSG_HEADER) {
                throw Errors.overflow("CMSG_LEN() argument out of range");
            }
            return PyInt.of(MessageCalls.CMSG_HEADER + n);
        });
        m.def("CMSG_SPACE", (a, k) -> {
            long n = ssize(tuple("CMSG_SPACE", false, a, k, 1, 1)[0]);
            // CMSG_SPACE(1) bounds it, as CPython's get_CMSG_SPACE: padding on both sides of the data
            if (n < 0 || n > SOCKLEN_LIMIT - Ancillary.space(1) || Ancillary.space(n) > SOCKLEN_LIMIT) {
                throw Errors.overflow("CMSG_SPACE() argument out of range");
            }
            return PyInt.of(Ancillary.space(n));
        });
    }

    /**
     * {@code sendmsg(buffers[, ancdata[, flags[, address]]])}: the number of bytes sent.
     *
     * @throws PyException TypeError for arguments of the wrong kind, OSError "ancillary data item
     *     too large" / "too much ancillary data", the call's OSError, TimeoutError
     */
    private static PyObject sendmsg(PySocket s, PyObject[] v) {
        int flags = v.length > 2 ? Args.cInt(v[2]) : 0;
        byte[] addr = v.length > 3 && v[3] != PyNone.NONE ? SockAddr.toBytes(s.family, v[3], "sendmsg") : null;
        PyObject[] data = fast(v[0], "sendmsg() argument 1 must be an iterable");
        byte[][] parts = new byte[data.length][];
        for (int i = 0; i < data.length; i++) {
            parts[i] = Buffers.require(data[i]);
        }
        List<Ancillary.Item> items = new ArrayList<>();
        long total = 0;
        if (v.length > 1) {
            for (PyObject o : fast(v[1], "sendmsg() argument 2 must be an iterable")) {
                Ancillary.Item it = ancillaryItem(o);
                if (it.data().length > SOCKLEN_LIMIT - Ancillary.space(1)) {
                    throw Errors.of(ExceptionTypes.OSError, "ancillary data item too large");
                }
                total += Ancillary.space(it.data().length);
                if (total > SOCKLEN_LIMIT) {
                    throw Errors.of(ExceptionTypes.OSError, "too much ancillary data");
                }
                items.add(it);
            }
        }
        byte[] control = Ancillary.encode(items, total);
        try (Arena arena = Arena.ofConfined();
                UnixNames.Resolved name = addr == null ? null : UnixNames.resolve(s.family, addr)) {
            MessageCalls.Message m = MessageCalls.outgoing(arena, name == null ? null : name.addr, parts, control);
            return PyInt.of(s.io(true, true, s.deadline(), x -> MessageCalls.sendmsg(s.real, m, flags | x)));
        }
    }

    /** One {@code (level, type, data)} item, read as the format {@code "(iiy*)"} reads it. */
    private static Ancillary.Item ancillaryItem(PyObject o) {
        String who = "[sendmsg() ancillary data items]()";
        PyObject[] f;
        if (o instanceof PyTuple t) {
            f = t.array();
        } else if (o instanceof PyList l) {
            f = l.toArray();
        } else if (o instanceof PyBytes || o instanceof PyStr || o instanceof PyDict
                || o.type().lookup("__getitem__") == null) {
            throw Errors.typeError("%s argument must be 3-item sequence, not %s", who, o.type().name());
        } else {
            long n = Abstract.length(o);
            f = new PyObject[(int) Math.min(n, 4)];
            for (int i = 0; i < f.length; i++) {
                f[i] = Abstract.getItem(o, PyInt.of(i));
            }
            if (n != 3) {
                throw Errors.typeError("%s argument must be sequence of length 3, not %d", who, n);
            }
        }
        if (f.length != 3) {
            throw Errors.typeError("%s argument must be sequence of length 3, not %d", who, f.length);
        }
        return new Ancillary.Item(Args.cInt(f[0]), Args.cInt(f[1]), Buffers.require(f[2]));
    }

    /**
     * {@code recvmsg(bufsize[, ancbufsize[, flags]])}: {@code (data, ancdata, msg_flags, address)}.
     *
     * @throws PyException ValueError "negative buffer size in recvmsg()" or "invalid ancillary
     *     data buffer length", the call's OSError, TimeoutError
     */
    private static PyObject recvmsg(PySocket s, PyObject[] v) {
        long size = ssize(v[0]);
        long anc = v.length > 1 ? ssize(v[1]) : 0;
        int flags = v.length > 2 ? Args.cInt(v[2]) : 0;
        if (size < 0) {
            throw Errors.valueError("negative buffer size in recvmsg()");
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw Errors.of(ExceptionTypes.MemoryError);
        }
        return receive(s, new long[] {size}, anc, flags, (n, m) -> {
            // with MSG_TRUNC a datagram's whole length comes back: the data is what the buffer held
            long kept = Math.min(n, size);
            byte[][] out = {new byte[(int) kept]};
            m.copyReceived(kept, out, new int[1]);
            return PyBytes.of(out[0]);
        });
    }

    /**
     * {@code recvmsg_into(buffers[, ancbufsize[, flags]])}: {@code (nbytes, ancdata, msg_flags,
     * address)}, the data scattered over the writable buffers in order.
     *
     * @throws PyException TypeError for a buffer that cannot be written, ValueError "invalid
     *     ancillary data buffer length", the call's OSError, TimeoutError
     */
    private static PyObject recvmsgInto(PySocket s, PyObject[] v) {
        long anc = v.length > 1 ? ssize(v[1]) : 0;
        int flags = v.length > 2 ? Args.cInt(v[2]) : 0;
        PyObject[] targets = fast(v[0], "recvmsg_into() argument 1 must be an iterable");
        long[] sizes = new long[targets.length];
        for (int i = 0; i < targets.length; i++) {
            Buffers.Region r = Buffers.writable(targets[i]);
            if (r == null) {
                throw Errors.typeError(
                        "recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers");
            }
            sizes[i] = r.length();
        }
        return receive(s, sizes, anc, flags, (n, m) -> {
            // asked again: the call ran without the GIL
            byte[][] out = new byte[targets.length][];
            int[] offsets = new int[targets.length];
            for (int i = 0; i < targets.length; i++) {
                Buffers.Region r = Buffers.writable(targets[i]);
                out[i] = r == null ? new byte[0] : r.array();
                offsets[i] = r == null ? 0 : r.offset();
            }
            m.copyReceived(n, out, offsets);
            return PyInt.of(n);
        });
    }

    /** The first item of recvmsg's result, made from the bytes received. */
    private interface Result {
        PyObject make(long received, MessageCalls.Message m);
    }

    /**
     * {@code sock_recvmsg_guts}: receives into parts of {@code sizes} bytes with a control
     * buffer of {@code anc} bytes; the descriptors received are closed again when the warning
     * about malformed ancillary data is turned into an error, so that none leaks.
     */
    private static PyObject receive(PySocket s, long[] sizes, long anc, int flags, Result result) {
        if (anc < 0 || anc > SOCKLEN_LIMIT) {
            throw Errors.valueError("invalid ancillary data buffer length");
        }
        try (Arena arena = Arena.ofConfined()) {
            MessageCalls.Message m;
            try {
                m = MessageCalls.incoming(arena, sizes, anc);
            } catch (OutOfMemoryError e) {
                throw Errors.of(ExceptionTypes.MemoryError);
            }
            // MSG_WAITALL asks the kernel to wait for all of it, which a MSG_DONTWAIT call would not
            boolean dontwait = (flags & PySocket.MSG_WAITALL) == 0;
            long n = s.io(false, dontwait, s.deadline(), x -> MessageCalls.recvmsg(s.real, m, flags | x));
            Ancillary.Received got = Ancillary.decode(m);
            if (got.malformed()) {
                try {
                    Warnings.warn(ExceptionTypes.RuntimeWarning,
                            "received malformed or improperly-truncated ancillary data", 1);
                } catch (PyException e) {
                    Ancillary.closeReceived(got.items());
                    throw e;
                }
            }
            PyObject first = result.make(n, m);
            PyList anclist = new PyList();
            for (Ancillary.Item it : Ancillary.adopt(ThreadState.current().interpreter, got.items())) {
                anclist.append(PyTuple.of(PyInt.of(it.level()), PyInt.of(it.type()), PyBytes.of(it.data())));
            }
            byte[] name = m.name();
            return PyTuple.of(first, anclist, PyInt.of(m.flags()),
                    name.length == 0 ? PyNone.NONE : SockAddr.fromBytes(name));
        }
    }

    /**
     * The arguments of a METH_VARARGS function as {@code PyArg_ParseTuple} checks their number:
     * "f() takes at least 1 argument (0 given)"; no keywords ("socket.f() takes no keyword
     * arguments" for a method).
     */
    private static PyObject[] tuple(String fname, boolean method, PyObject[] a, String[] k, int min, int max) {
        Args.parseTupleCount(method ? "socket." + fname : fname, a, k, min, max);
        return a;
    }

    /** An argument read as the format "n" reads it (a C {@code Py_ssize_t}). */
    private static long ssize(PyObject o) {
        PyInt i = Abstract.index(o, null);
        if (!i.fitsLong()) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /** {@code PySequence_Fast}: the items of a list or tuple, else of the iterable; TypeError {@code message} if not iterable. */
    static PyObject[] fast(PyObject o, String message) {
        PyObject it;
        try {
            it = Abstract.iter(o);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw Errors.typeError("%s", message);
            }
            throw e;
        }
        List<PyObject> out = new ArrayList<>();
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }
}
