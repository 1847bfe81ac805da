package org.taipan.modules.select;

import java.util.LinkedHashMap;
import java.util.Map;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTime;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code select} ({@code Modules/selectmodule.c}) for Linux: {@code select()} and {@code poll()}
 * over the interpreter's descriptors ({@link Readiness}), {@code epoll} ({@link Epoll}) when the C
 * library can be called (then {@code selectors.DefaultSelector} is {@code EpollSelector}, as in
 * CPython; else {@code PollSelector}), and the {@code POLL*} and {@code EPOLL*} constants.
 */
public final class SelectModule {
    private SelectModule() {}

    private static final Object[][] CONSTANTS = {
        {"POLLIN", Readiness.POLLIN}, {"POLLPRI", Readiness.POLLPRI}, {"POLLOUT", Readiness.POLLOUT},
        {"POLLERR", Readiness.POLLERR}, {"POLLHUP", Readiness.POLLHUP}, {"POLLNVAL", Readiness.POLLNVAL},
        {"POLLRDNORM", Readiness.POLLRDNORM}, {"POLLRDBAND", Readiness.POLLRDBAND},
        {"POLLWRNORM", Readiness.POLLWRNORM}, {"POLLWRBAND", Readiness.POLLWRBAND},
        {"POLLMSG", Readiness.POLLMSG}, {"POLLRDHUP", Readiness.POLLRDHUP}, {"PIPE_BUF", 4096},
    };

    /** {@code select.poll}, the object {@code poll()} returns: registered descriptors and their masks. */
    static final PyType POLL = PyType.builtinFinal("select.poll", PyType.OBJECT);

    static final class Poll extends PyObject {
        final Map<Integer, Integer> registered = new LinkedHashMap<>();
        boolean polling;

        @Override
        public PyType type() {
            return POLL;
        }

        /** {@code poll.poll(timeout)}: a list of {@code (fd, revents)} for the ready descriptors. */
        PyObject poll(PyObject timeout) {
            long t = timeout == PyNone.NONE ? -1 : timeoutNanos(timeout, true, "timeout must be an integer or None");
            // The poll(2) argument is a C int of milliseconds (rounded away from zero).
            long ms = t / PyTime.MS_TO_NS + (t % PyTime.MS_TO_NS != 0 ? Long.signum(t) : 0);
            if (ms != (int) ms) {
                throw Errors.of(ExceptionTypes.OverflowError, "timeout is too large");
            }
            if (polling) {
                throw Errors.runtimeError("concurrent poll() invocation");
            }
            int n = registered.size();
            int[] fds = new int[n];
            short[] events = new short[n];
            int i = 0;
            for (Map.Entry<Integer, Integer> e : registered.entrySet()) {
                fds[i] = e.getKey();
                events[i++] = (short) (int) e.getValue();
            }
            short[] rev;
            polling = true;
            try {
                rev = Readiness.poll(org.taipan.runtime.ThreadState.current().interpreter, fds, events,
                        t < 0 ? -1 : t);
            } finally {
                polling = false;
            }
            PyList out = new PyList();
            for (i = 0; i < n; i++) {
                if (rev[i] != 0) {
                    out.append(PyTuple.of(PyInt.of(fds[i]), PyInt.of(rev[i] & 0xffff)));
                }
            }
            return out;
        }
    }

    static {
        POLL.addAttr("__module__", PyStr.of("select"));
        POLL.tp_new = (t, a, k) -> {
            throw Errors.typeError("cannot create 'select.poll' instances");
        };
        POLL.addMethod("register", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("register", a, k, 2, "fd", "eventmask");
            int fd = fileDescriptor(MethodArgs.required("register", v, 0, "fd"));
            int mask = v[1] == null ? Readiness.POLLIN | Readiness.POLLPRI | Readiness.POLLOUT : eventMask(v[1]);
            ((Poll) self).registered.put(fd, mask);
            return PyNone.NONE;
        });
        POLL.addMethod("modify", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("modify", a, k, 2, "fd", "eventmask");
            int fd = fileDescriptor(MethodArgs.required("modify", v, 0, "fd"));
            int mask = eventMask(MethodArgs.required("modify", v, 1, "eventmask"));
            Poll p = (Poll) self;
            if (!p.registered.containsKey(fd)) {
                throw org.taipan.modules.posix.Errno.error(org.taipan.modules.posix.Errno.ENOENT, null);
            }
            p.registered.put(fd, mask);
            return PyNone.NONE;
        });
        POLL.addMethod("unregister", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("unregister", a, k, 1, "fd");
            int fd = fileDescriptor(MethodArgs.required("unregister", v, 0, "fd"));
            if (((Poll) self).registered.remove(fd) == null) {
                throw Errors.keyError(PyInt.of(fd));
            }
            return PyNone.NONE;
        });
        POLL.addMethod("poll", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("poll", a, k, 1, "timeout");
            return ((Poll) self).poll(v[0] == null ? PyNone.NONE : v[0]);
        });
        POLL.ready();
    }

    /** A new {@code select} module. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("select", true);
        for (Object[] c : CONSTANTS) {
            m.set((String) c[0], PyInt.of((Integer) c[1]));
        }
        m.set("error", ExceptionTypes.OSError);
        if (org.taipan.modules.posix.Libc.available()) {
            m.set("epoll", Epoll.TYPE);
            for (Object[] c : Epoll.CONSTANTS) {
                m.set((String) c[0], PyInt.of((Long) c[1]));
            }
        }
        m.def("poll", (a, k) -> {
            org.taipan.runtime.Args.noArgs("poll", a, k);
            return new Poll();
        });
        m.def("select", (a, k) -> {
            PyObject[] v = MethodArgs.bind("select", a, k, 3, "rlist", "wlist", "xlist", "timeout");
            for (int i = 0; i < 3; i++) {
                MethodArgs.required("select", v, i, new String[] {"rlist", "wlist", "xlist"}[i]);
            }
            return select(interp, v[0], v[1], v[2], v[3] == null ? PyNone.NONE : v[3]);
        });
        return m;
    }

    /** {@code PyObject_AsFileDescriptor}: an int, or what {@code fileno()} returns. */
    public static int fileDescriptor(PyObject o) {
        PyObject n = o;
        if (PyInt.asInt(o) == null) {
            if (Abstract.lookupAttr(o, PyStr.of("fileno")) == null) {
                throw Errors.typeError("argument must be an int, or have a fileno() method.");
            }
            n = Callables.callAttr(o, "fileno");
            if (PyInt.asInt(n) == null) {
                throw Errors.typeError("fileno() returned a non-integer");
            }
        }
        PyInt i = PyInt.asInt(n);
        if (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        int fd = (int) i.longValue();
        if (fd < 0) {
            throw Errors.valueError("file descriptor cannot be a negative integer (%d)", fd);
        }
        return fd;
    }

    private static int eventMask(PyObject o) {
        PyInt i = Abstract.index(o, null);
        if (!i.fitsLong() || i.longValue() < 0) {
            throw Errors.overflow("can't convert negative int to unsigned");
        }
        if (i.longValue() > 0xffff) {
            throw Errors.overflow("Python int too large for C unsigned short");
        }
        return (int) i.longValue();
    }

    /**
     * A timeout argument (not None) in nanoseconds as {@code select} and {@code poll} read it:
     * any TypeError of the conversion becomes {@code typeMessage}, as CPython's select module
     * replaces it.
     *
     * @param millis whether the number counts milliseconds ({@code poll}) or seconds
     * @return nanoseconds, negative for a negative timeout
     */
    static long timeoutNanos(PyObject t, boolean millis, String typeMessage) {
        try {
            return millis ? PyTime.fromMillisecondsObject(t) : PyTime.fromSecondsObject(t);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw Errors.typeError(typeMessage);
            }
            throw e;
        }
    }

    private static PyObject select(Interpreter interp, PyObject rl, PyObject wl, PyObject xl, PyObject timeout) {
        long t = timeout == PyNone.NONE ? -1 : timeoutNanos(timeout, false, "timeout must be a float or None");
        if (t < 0 && timeout != PyNone.NONE) {
            throw Errors.valueError("timeout must be non-negative");
        }
        PyObject[][] lists = new PyObject[3][];
        int[][] listFds = new int[3][];
        PyObject[] given = {rl, wl, xl};
        for (int l = 0; l < 3; l++) {
            readDescriptors(given[l], l, lists, listFds);
        }
        int total = lists[0].length + lists[1].length + lists[2].length;
        int[] fds = new int[total];
        short[] events = new short[total];
        int j = 0;
        short[] want = {(short) Readiness.POLLIN, (short) Readiness.POLLOUT, (short) Readiness.POLLPRI};
        for (int l = 0; l < 3; l++) {
            for (int fd : listFds[l]) {
                fds[j] = fd;
                events[j++] = want[l];
            }
        }
        short[] rev = Readiness.poll(interp, fds, events, t);
        for (short r : rev) {
            if ((r & Readiness.POLLNVAL) != 0) {
                throw org.taipan.modules.posix.Errno.error(org.taipan.modules.posix.Errno.EBADF, null);
            }
        }
        int[] ready = {Readiness.POLLIN | Readiness.POLLHUP | Readiness.POLLERR,
            Readiness.POLLOUT | Readiness.POLLERR, Readiness.POLLPRI};
        PyObject[] out = new PyObject[3];
        j = 0;
        for (int l = 0; l < 3; l++) {
            PyList got = new PyList();
            for (PyObject o : lists[l]) {
                if ((rev[j++] & ready[l]) != 0) {
                    got.append(o);
                }
            }
            out[l] = got;
        }
        return PyTuple.of(out[0], out[1], out[2]);
    }

    /**
     * Argument {@code l} of select(): its objects and their descriptors into {@code objects[l]} and
     * {@code fds[l]}. A list is read by index up to its length at each step, as CPython's
     * {@code seq2set} reads it, so a {@code fileno()} that shortens it ends the reading early.
     */
    private static void readDescriptors(PyObject seq, int l, PyObject[][] objects, int[][] fds) {
        java.util.List<PyObject> objs = new java.util.ArrayList<>();
        java.util.List<Integer> nums = new java.util.ArrayList<>();
        if (seq instanceof PyList list) {
            for (int i = 0; i < list.size(); i++) {
                PyObject o = list.get(i);
                nums.add(checkedDescriptor(o));
                objs.add(o);
            }
        } else {
            for (PyObject o : sequence(seq)) {
                nums.add(checkedDescriptor(o));
                objs.add(o);
            }
        }
        objects[l] = objs.toArray(new PyObject[0]);
        fds[l] = nums.stream().mapToInt(Integer::intValue).toArray();
    }

    /** {@link #fileDescriptor}, below select()'s FD_SETSIZE (ValueError otherwise). */
    private static int checkedDescriptor(PyObject o) {
        int fd = fileDescriptor(o);
        if (fd >= 1024) {
            throw Errors.valueError("filedescriptor out of range in select()");
        }
        return fd;
    }

    private static PyObject[] sequence(PyObject o) {
        if (o instanceof PyTuple) {
            return Abstract.toArray(o);
        }
        if (Abstract.lookupAttr(o, PyStr.of("__iter__")) == null) {
            throw Errors.typeError("arguments 1-3 must be sequences");
        }
        return Abstract.toArray(o);
    }
}
