package org.taipan.modules.multiprocessing;

import java.lang.ref.Cleaner;

import org.taipan.modules.TypedObject;
import org.taipan.modules.posix.Errno;
import org.taipan.modules.posix.Libc;
import org.taipan.modules.thread.ThreadModule;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Codecs;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyClassMethodDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyMemberDescr;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;
import org.taipan.sandbox.Sandbox;

/**
 * {@code _multiprocessing.SemLock} (CPython's {@code Modules/_multiprocessing/semaphore.c}, its
 * POSIX half): a POSIX named semaphore shared by the processes of a {@code multiprocessing}
 * program, as either a recursive mutex ({@code kind} 0: the owning thread may take it again, and
 * only it may release it) or a counting semaphore ({@code kind} 1, bounded by {@code maxvalue} on
 * release). {@code multiprocessing.synchronize} builds Lock, RLock, Semaphore, BoundedSemaphore,
 * Condition and Event on it; a child process opens the same semaphore by its name
 * ({@code _rebuild}).
 *
 * <p>{@code acquire} first tries without waiting; a wait then runs without the GIL, in slices of
 * at most {@link #WAIT_SLICE_NANOS}, between which signal handlers run on the main thread (a
 * JVM signal does not interrupt {@code sem_timedwait} the way it interrupts CPython's call).
 * The semaphore is closed ({@code sem_close}) when the object is collected.
 */
final class PySemLock extends TypedObject {
    static final int RECURSIVE_MUTEX = 0, SEMAPHORE = 1;

    /** The longest one native wait lasts before signals are looked at: 50 ms. */
    private static final long WAIT_SLICE_NANOS = 50_000_000L;

    private static final int EAGAIN = 11, ETIMEDOUT = 110;

    private static final Cleaner CLOSER = Cleaner.create();

    static final PyType TYPE = PyType.builtin("_multiprocessing.SemLock", PyType.OBJECT).markOwnLayout();

    static {
        TYPE.tp_new = (t, a, k) -> {
            PyObject[] b = MethodArgs.bind("SemLock", a, k, 0, "kind", "value", "maxvalue", "name", "unlink");
            int kind = Args.cInt(MethodArgs.required("SemLock", b, 0, "kind"));
            int value = Args.cInt(MethodArgs.required("SemLock", b, 1, "value"));
            int maxvalue = Args.cInt(MethodArgs.required("SemLock", b, 2, "maxvalue"));
            PyObject nameObj = MethodArgs.required("SemLock", b, 3, "name");
            if (!(nameObj instanceof PyStr name)) {
                throw Errors.typeError("SemLock() argument 'name' must be str, not %s", nameObj.type().name());
            }
            boolean unlink = Args.cInt(MethodArgs.required("SemLock", b, 4, "unlink")) != 0;
            if (kind != RECURSIVE_MUTEX && kind != SEMAPHORE) {
                throw Errors.valueError("unrecognized kind");
            }
            Sandbox.require(Permission.PROCESS, "_multiprocessing.SemLock()");
            requireLibc();
            byte[] cName = cName(name);
            long sem = NamedSemaphores.open(cName, NamedSemaphores.O_CREAT | NamedSemaphores.O_EXCL, value);
            if (sem == -1) {
                throw Errno.error(Libc.errno(), null);
            }
            if (unlink && NamedSemaphores.unlink(cName) == -1) {
                int errno = Libc.errno();
                NamedSemaphores.close(sem);
                throw Errno.error(errno, null);
            }
            return new PySemLock(t, sem, kind, maxvalue, unlink ? null : name);
        };
        TYPE.addAttr("__doc__", PyStr.of("Semaphore/Mutex type"));
        TYPE.addAttr("SEM_VALUE_MAX", PyInt.of(NamedSemaphores.SEM_VALUE_MAX));
        TYPE.addAttr("handle", PyMemberDescr.readOnly(TYPE, "handle", o -> PyInt.of(self(o).sem)));
        TYPE.addAttr("kind", PyMemberDescr.readOnly(TYPE, "kind", o -> PyInt.of(self(o).kind)));
        TYPE.addAttr("maxvalue", PyMemberDescr.readOnly(TYPE, "maxvalue", o -> PyInt.of(self(o).maxvalue)));
        TYPE.addAttr("name", PyMemberDescr.readOnly(TYPE, "name",
                o -> self(o).name == null ? PyNone.NONE : self(o).name));
        TYPE.addMethod("acquire", (self, a, k) -> {
            PyObject[] b = MethodArgs.bind("acquire", a, k, 0, "block", "timeout");
            boolean block = b[0] == null || Args.cInt(b[0]) != 0;
            return PyBool.of(self(self).acquire(block, b[1] == null ? PyNone.NONE : b[1]));
        });
        TYPE.addMethod("__enter__", (self, a, k) -> {
            Args.noArgs("__enter__", a, k);
            return PyBool.of(self(self).acquire(true, PyNone.NONE));
        });
        TYPE.addMethod("release", (self, a, k) -> {
            Args.noArgs("release", a, k);
            self(self).release();
            return PyNone.NONE;
        });
        TYPE.addMethod("__exit__", (self, a, k) -> {
            // any arguments: the with statement's three, or none
            Args.noKeywords("__exit__", k);
            if (a.length > 3) {
                throw Errors.typeError("__exit__ expected at most 3 arguments, got %d", a.length);
            }
            self(self).release();
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("_count", self -> PyInt.of(self(self).count));
        TYPE.addMethodNoArgs("_is_mine", self -> PyBool.of(self(self).isMine()));
        TYPE.addMethodNoArgs("_get_value", self -> PyInt.of(Math.max(0, self(self).value())));
        TYPE.addMethodNoArgs("_is_zero", self -> PyBool.of(self(self).value() == 0));
        TYPE.addMethodNoArgs("_after_fork", self -> {
            self(self).count = 0;
            return PyNone.NONE;
        });
        TYPE.addAttr("_rebuild", new PyClassMethodDescr(TYPE, new PyBuiltinFunction("_rebuild", (a, k) -> {
            Args.noKeywords("_rebuild", k);
            if (a.length != 5) {
                throw Errors.typeError("_rebuild() takes exactly 4 arguments (%d given)", a.length - 1);
            }
            return rebuild((PyType) a[0], a[1], Args.cInt(a[2]), Args.cInt(a[3]), a[4]);
        })));
        TypedObject.refuseNewAttributes(TYPE);
        TYPE.ready();
    }

    /** The semaphores this process has open, by address: what a nameless {@code _rebuild} may take. */
    private static final java.util.concurrent.ConcurrentHashMap<Long, java.lang.ref.WeakReference<PySemLock>> OPEN =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The {@code sem_t *}, closed by {@link #CLOSER} when the object that opened it is collected. */
    private final long sem;
    /** The SemLock that opened {@link #sem}, for one rebuilt from its handle; else null. */
    @SuppressWarnings("unused")
    private final PySemLock owner;
    private final int kind;
    private final int maxvalue;
    /** The semaphore's name, or null once unlinked at creation (then only a fork could share it). */
    private final PyStr name;
    /** How many times the owning thread holds it (a recursive mutex) or this process took it. */
    private int count;
    /** {@code _thread.get_ident()} of the thread that last acquired it. */
    private long lastThread;

    /** A SemLock that opened its semaphore and closes it when collected. */
    private PySemLock(PyType type, long sem, int kind, int maxvalue, PyStr name) {
        super(type);
        this.sem = sem;
        this.kind = kind;
        this.maxvalue = maxvalue;
        this.name = name;
        this.owner = null;
        OPEN.put(sem, new java.lang.ref.WeakReference<>(this));
        CLOSER.register(this, () -> {
            OPEN.computeIfPresent(sem, (address, ref) -> ref.refersTo(null) ? null : ref);
            NamedSemaphores.close(sem);
        });
    }

    /** A second SemLock on {@code owner}'s semaphore, which stays open while this one lives. */
    private PySemLock(PyType type, PySemLock owner, int kind, int maxvalue) {
        super(type);
        this.sem = owner.sem;
        this.kind = kind;
        this.maxvalue = maxvalue;
        this.name = null;
        this.owner = owner;
    }

    private static PySemLock self(PyObject o) {
        if (o instanceof PySemLock s) {
            return s;
        }
        throw Errors.typeError("descriptor requires a '_multiprocessing.SemLock' object but received a '%s'",
                o.type().name());
    }

    /**
     * {@code SemLock._rebuild(handle, kind, maxvalue, name)}: the semaphore a parent process
     * passed by name, opened again in this one. With no name, CPython takes the handle itself,
     * valid in a forked child; Taipan never is one, so only a handle of a SemLock of this process
     * that is still open is taken (the new object keeps that one, which owns the semaphore,
     * alive), and any other is OSError EINVAL rather than a wild pointer.
     */
    private static PyObject rebuild(PyType type, PyObject handle, int kind, int maxvalue, PyObject nameObj) {
        long sem = Abstract.index(handle, null).longValue();
        if (nameObj != PyNone.NONE && !(nameObj instanceof PyStr)) {
            throw Errors.typeError("_rebuild() argument 4 must be str or None, not %s", nameObj.type().name());
        }
        if (nameObj == PyNone.NONE) {
            java.lang.ref.WeakReference<PySemLock> ref = OPEN.get(sem);
            PySemLock owner = ref == null ? null : ref.get();
            if (owner == null) {
                throw Errno.error(Errno.EINVAL, null);
            }
            return new PySemLock(type, owner, kind, maxvalue);
        }
        PyStr name = (PyStr) nameObj;
        Sandbox.require(Permission.PROCESS, "_multiprocessing.SemLock._rebuild()");
        requireLibc();
        sem = NamedSemaphores.open(cName(name), 0, 0);
        if (sem == -1) {
            throw Errno.error(Libc.errno(), null);
        }
        return new PySemLock(type, sem, kind, maxvalue, name);
    }

    private boolean isMine() {
        return count > 0 && lastThread == ThreadModule.ident();
    }

    /**
     * {@code acquire(block=True, timeout=None)} as CPython's {@code _multiprocessing_SemLock_acquire_impl}:
     * a negative timeout is 0; false when the semaphore could not be taken in time.
     *
     * @throws org.taipan.runtime.PyException TypeError for a timeout that is not a number,
     *     what a signal handler raises during the wait, OSError for a failing call
     */
    private boolean acquire(boolean block, PyObject timeoutObj) {
        if (kind == RECURSIVE_MUTEX && isMine()) {
            count++;
            return true;
        }
        long timeout = -1;
        // a deadline C cannot hold (NaN, infinite, past a long of seconds) makes CPython's
        // sem_timedwait fail with EINVAL, once the semaphore was not free
        boolean badDeadline = false;
        if (timeoutObj != PyNone.NONE) {
            double seconds = Abstract.toDouble(timeoutObj);
            badDeadline = Double.isNaN(seconds) || seconds >= 0x1p63;
            timeout = seconds <= 0 ? 0 : (long) Math.min(seconds * 1e9, Long.MAX_VALUE / 2);
        }
        int r = NamedSemaphores.tryWait(sem);
        int errno = r == 0 ? 0 : Libc.errno();
        if (r != 0 && errno == EAGAIN && block && badDeadline) {
            throw Errno.error(Errno.EINVAL, null);
        }
        if (r != 0 && errno == EAGAIN && block) {
            ThreadState ts = ThreadState.current();
            long deadline = System.nanoTime() + timeout;
            while (true) {
                long left = timeout < 0 ? WAIT_SLICE_NANOS : deadline - System.nanoTime();
                long slice = Math.max(0, Math.min(left, WAIT_SLICE_NANOS));
                int[] result = Blocking.withoutGil(() -> {
                    int rr = NamedSemaphores.timedWait(sem, slice);
                    return new int[] {rr, rr == 0 ? 0 : Libc.errno()};
                });
                r = result[0];
                errno = result[1];
                if (r == 0 || (errno != ETIMEDOUT && errno != Errno.EINTR)) {
                    break;
                }
                // a slice ended, or a signal came: its handler runs (and may raise)
                Blocking.checkSignals(ts);
                if (timeout >= 0 && deadline - System.nanoTime() <= 0) {
                    errno = ETIMEDOUT;
                    break;
                }
            }
        }
        if (r != 0) {
            if (errno == EAGAIN || errno == ETIMEDOUT) {
                return false;
            }
            throw Errno.error(errno, null);
        }
        count++;
        lastThread = ThreadModule.ident();
        return true;
    }

    /**
     * {@code release()}: a recursive mutex only by its owner, a semaphore only below its
     * {@code maxvalue} (CPython's check, not a guarantee against a race with another process).
     */
    private void release() {
        if (kind == RECURSIVE_MUTEX) {
            if (!isMine()) {
                throw Errors.of(ExceptionTypes.AssertionError,
                        PyStr.of("attempt to release recursive lock not owned by thread"));
            }
            if (count > 1) {
                count--;
                return;
            }
        } else {
            int value = value();
            if (value >= maxvalue) {
                throw Errors.valueError("semaphore or lock released too many times");
            }
        }
        if (NamedSemaphores.post(sem) == -1) {
            throw Errno.error(Libc.errno(), null);
        }
        count--;
    }

    /** {@code sem_getvalue}, raising OSError when it fails. */
    private int value() {
        int v = NamedSemaphores.value(sem);
        if (v == -1) {
            throw Errno.error(Libc.errno(), null);
        }
        return v;
    }

    /** The name's UTF-8 bytes (UnicodeEncodeError for a lone surrogate, ValueError for a NUL). */
    static byte[] cName(PyStr name) {
        byte[] bytes = utf8(name);
        for (byte b : bytes) {
            if (b == 0) {
                throw Errors.valueError("embedded null character");
            }
        }
        return bytes;
    }

    /** The string's UTF-8 bytes (UnicodeEncodeError for a lone surrogate), as {@code PyUnicode_AsUTF8}. */
    static byte[] utf8(PyStr s) {
        return ((PyBytes) Codecs.encode(s, "utf-8", "strict")).bytes();
    }

    /** OSError when the C library cannot be called (another OS, or no native access). */
    static void requireLibc() {
        if (!Libc.available()) {
            throw Errors.of(ExceptionTypes.OSError, PyStr.of(Libc.unavailableReason("a multiprocessing semaphore")));
        }
    }
}
