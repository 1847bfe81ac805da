package org.taipan.modules.socket;

import org.taipan.modules.io.FdTable;
import org.taipan.modules.io.PipeIO;
import org.taipan.modules.posix.Errno;
import org.taipan.modules.posix.Libc;
import org.taipan.modules.posix.NativeFdStreams;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * {@code _socket.socket} ({@code Modules/socketmodule.c}): a real socket of the operating system
 * registered in the interpreter's descriptor table (so {@code fileno()} works with
 * {@code select}, {@code selectors} and {@code os.read}). Timeouts follow CPython's
 * {@code sock_call_ex}: with a timeout the descriptor is non-blocking and each operation waits
 * for readiness with {@code poll} first; without one (None) it blocks, with the GIL released.
 */
public class PySocket extends PyObject {
    static final PyType TYPE = PyType.builtin("_socket.socket", PyType.OBJECT).markOwnLayout();

    /** The interpreter's descriptor number, -1 once closed or detached. */
    int fd = -1;
    /** The operating system's descriptor. */
    int real = -1;
    int family, type, proto;
    /** Seconds; negative: None (blocking). */
    double timeout = -1;
    /**
     * The hold on {@link #fd} that closes it when this object is collected unclosed, as
     * {@code sock_finalize} closes it; released by {@code close()} and {@code detach()}.
     */
    private FdTable.Claim claim;

    @Override
    public PyType type() {
        return TYPE;
    }

    /** An instance of a Python subclass ({@code socket.socket}). */
    static final class Sub extends PySocket implements org.taipan.runtime.HasDict, org.taipan.runtime.HasSlotValues {
        private final PyType type;
        private PyDict dict, slots;

        Sub(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict dict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public PyDict slotValues(boolean create) {
            if (slots == null && create) {
                slots = new PyDict();
            }
            return slots;
        }
    }

    static FdTable table() {
        return FdTable.of(ThreadState.current().interpreter);
    }

    /** Registers a real socket descriptor in the interpreter's table: its number there. */
    static int register(Interpreter interp, int realFd) {
        NativeFdStreams.Fd d = new NativeFdStreams.Fd(realFd);
        return FdTable.of(interp).addNative(realFd, new NativeFdStreams.In(d), new NativeFdStreams.Out(d));
    }

    /**
     * Makes this socket the owner of descriptor {@code n} of the interpreter's table (real
     * descriptor {@code realFd}): it is closed when the socket is collected without being closed
     * or detached. A socket initialised again lets go of its earlier descriptor, as
     * {@code sock_initobj} overwrites it.
     */
    void own(int n, int realFd) {
        FdTable t = table();
        t.release(claim);
        fd = n;
        real = realFd;
        claim = t.claim(this, n);
    }

    /**
     * Makes this socket's collection unclosed give CPython's ResourceWarning "unclosed &lt;repr&gt;",
     * with its repr now (the object cannot be asked once collected): called when it is initialised,
     * when the warnings filters would show a ResourceWarning then. A repr that fails gives no warning.
     */
    void warnIfDropped() {
        // the repr costs more than the rest of a socket's creation: made only when it could show
        if (claim != null && org.taipan.modules.warnings.Warnings.mayShow(
                org.taipan.runtime.ExceptionTypes.ResourceWarning)) {
            try {
                claim.warnWhenCollected("unclosed " + org.taipan.runtime.Abstract.repr(this));
            } catch (org.taipan.runtime.PyException e) {
                claim.warnWhenCollected(null);
            }
        }
    }

    /**
     * Gives up the descriptor ({@code close()} or {@code detach()}): the socket no longer closes
     * it when collected.
     *
     * @return the descriptor it had, -1 if none
     */
    int disown() {
        int n = fd;
        fd = -1;
        table().release(claim);
        claim = null;
        return n;
    }

    /** The real descriptor; OSError EBADF once closed. */
    int realFd() {
        if (fd < 0) {
            throw Errno.error(Errno.EBADF, null);
        }
        return real;
    }

    /** Makes the descriptor blocking or not as the timeout mode needs. */
    void applyTimeout() {
        int flags = Libc.fcntl(real, Libc.F_GETFL, 0);
        if (flags < 0) {
            throw Errno.error(Libc.errno(), null);
        }
        int want = timeout < 0 ? flags & ~Libc.O_NONBLOCK : flags | Libc.O_NONBLOCK;
        if (want != flags && Libc.fcntl(real, Libc.F_SETFL, want) < 0) {
            throw Errno.error(Libc.errno(), null);
        }
    }

    /**
     * A socket call: returns its result, -1 with errno set on failure. {@code extraFlags} is
     * {@link #MSG_DONTWAIT} or 0, for a call of the send/recv family to add to its own flags.
     */
    interface Call {
        long run(int extraFlags);
    }

    private static final short POLLIN = 1, POLLOUT = 4;
    static final int MSG_DONTWAIT = 0x40, MSG_WAITALL = 0x100;

    /** The end of an operation's timeout ({@link System#nanoTime()}), 0 when it has none. */
    long deadline() {
        return timeout > 0 ? System.nanoTime() + (long) (timeout * 1e9) : 0;
    }

    /** {@link #io(boolean, boolean, long, Call)} for a call that takes no flags, with this socket's timeout. */
    long io(boolean writing, Call call) {
        return io(writing, false, deadline(), call);
    }

    /**
     * {@code sock_call_ex}: runs {@code call} without the GIL; with a timeout waits for
     * {@code writing ? POLLOUT : POLLIN} first and again after EAGAIN, raising TimeoutError
     * ("timed out") at {@code deadline}; EINTR runs signal handlers and retries.
     * Signals reach Taipan's handlers, not the blocked system call, so a blocking socket on the
     * main thread waits for readiness here instead of in the kernel, where a SIGALRM or Ctrl-C
     * handler can run (and raise) as it does in CPython when EINTR ends the call: a call that
     * takes flags ({@code dontwait}) is made with MSG_DONTWAIT and the wait follows its EAGAIN;
     * another waits first and then makes the blocking call.
     *
     * @param dontwait whether {@code call} adds its {@code extraFlags} to the flags it passes
     * @return the call's non-negative result
     * @throws org.taipan.runtime.PyException OSError of the call's errno; TimeoutError; what a
     *     signal handler raises
     */
    long io(boolean writing, boolean dontwait, long deadline, Call call) {
        int s = realFd();
        ThreadState ts = ThreadState.current();
        short event = writing ? POLLOUT : POLLIN;
        boolean waitHere = timeout < 0 && ts.isMain;
        int extra = waitHere && dontwait ? MSG_DONTWAIT : 0;
        while (true) {
            if (timeout > 0) {
                waitReady(s, event, deadline, ts);
            } else if (waitHere && !dontwait) {
                PipeIO.awaitReady(s, event);
            }
            long r = Blocking.withoutGil(() -> call.run(extra));
            if (r >= 0) {
                return r;
            }
            int err = Libc.errno();
            if (err == SocketCalls.EINTR) {
                Blocking.checkSignals(ts);
                continue;
            }
            if (err == SocketCalls.EAGAIN && extra != 0) {
                PipeIO.awaitReady(s, event);
                continue;
            }
            if (err == SocketCalls.EAGAIN && timeout > 0) {
                continue;
            }
            throw Errno.error(err, null);
        }
    }

    /** Polls {@code s} for {@code event} until {@code deadline}: TimeoutError "timed out" when it passes. */
    static void waitReady(int s, short event, long deadline, ThreadState ts) {
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw org.taipan.runtime.Errors.of(org.taipan.runtime.ExceptionTypes.TimeoutError, "timed out");
            }
            int ms = (int) Math.min(100, (left + 999_999) / 1_000_000);
            short[] rev = new short[1];
            int r = Blocking.withoutGil(() -> Libc.poll(new int[] {s}, new short[] {event}, rev, ms));
            if (r > 0) {
                return;
            }
            if (r < 0 && Libc.errno() != SocketCalls.EINTR) {
                throw Errno.error(Libc.errno(), null);
            }
            Blocking.checkSignals(ts);
        }
    }
}
