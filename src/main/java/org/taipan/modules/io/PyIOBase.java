package org.taipan.modules.io;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * An instance of any {@code _io} type, and the type {@code _io._IOBase} itself (CPython's
 * {@code Modules/_io/iobase.c}): the generic methods here are written, as CPython's are, in
 * terms of the object's own Python-level methods ({@code readline} calls {@code self.read},
 * {@code __exit__} calls {@code self.close}, ...), so user subclasses that override those work.
 * The concrete types override them with direct Java versions.
 *
 * <p>Every instance carries its Python type (the exact type or a user subclass) and a
 * {@code __dict__}, as CPython's io objects do.
 */
public class PyIOBase extends PyObject implements HasDict, org.taipan.runtime.HasSlotValues,
        org.taipan.runtime.Finalization.Guarded {
    public static final PyType TYPE = ioType("_IOBase", PyType.OBJECT);

    static {
        org.taipan.runtime.ObjectSlots.addInstanceDict(TYPE);
        TYPE.tp_finalize = PyIOBase::finalize;
        TYPE.tp_new = (type, a, k) -> new PyIOBase(type);
        TYPE.tp_iter = o -> {
            checkClosed(o);
            return o;
        };
        TYPE.tp_iternext = o -> {
            PyObject line = Callables.callAttr(o, "readline");
            return Abstract.length(line) == 0 ? null : line;
        };
        TYPE.addMethod("seek", (self, a, k) -> {
            throw IOModule.unsupported("seek");
        });
        TYPE.addMethodNoArgs("tell", self -> Callables.callAttr(self, "seek", PyInt.ZERO, PyInt.ONE));
        TYPE.addMethod("truncate", (self, a, k) -> {
            throw IOModule.unsupported("truncate");
        });
        TYPE.addMethodNoArgs("fileno", self -> {
            throw IOModule.unsupported("fileno");
        });
        TYPE.addMethodNoArgs("flush", self -> {
            checkClosed(self);
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("close", self -> {
            PyIOBase io = (PyIOBase) self;
            if (!io.baseClosed) {
                try {
                    Callables.callAttr(self, "flush");
                } finally {
                    io.baseClosed = true;
                }
            }
            return PyNone.NONE;
        });
        TYPE.addAttr("closed", new PyGetSetDescr(TYPE, "closed", o -> PyBool.of(((PyIOBase) o).baseClosed), null));
        for (String name : new String[] {"seekable", "readable", "writable"}) {
            TYPE.addMethod(name, (self, a, k) -> PyBool.FALSE);
        }
        TYPE.addMethodNoArgs("isatty", self -> {
            checkClosed(self);
            return PyBool.FALSE;
        });
        TYPE.addMethod("_checkClosed", (self, a, k) -> {
            checkClosed(self);
            return PyNone.NONE;
        });
        TYPE.addMethod("_checkReadable", (self, a, k) -> {
            checkReadable(self);
            return PyBool.TRUE;
        });
        TYPE.addMethod("_checkWritable", (self, a, k) -> {
            checkWritable(self);
            return PyBool.TRUE;
        });
        TYPE.addMethod("_checkSeekable", (self, a, k) -> {
            checkSeekable(self);
            return PyBool.TRUE;
        });
        TYPE.addMethodNoArgs("__enter__", self -> {
            checkClosed(self);
            return self;
        });
        TYPE.addMethod("__exit__", (self, a, k) -> Callables.callAttr(self, "close"));
        TYPE.addMethod("readline", (self, a, k) -> genericReadline(self,
                IOArgs.size(IOArgs.parse("readline", a, k, 0, "size")[0])));
        TYPE.addMethod("readlines", (self, a, k) -> readlines(self, IOArgs.parse("readlines", a, k, 0, "hint")[0]));
        TYPE.addMethod("writelines", (self, a, k) -> {
            PyObject lines = IOArgs.parse("writelines", a, k, 1, "lines")[0];
            checkClosed(self);
            PyObject it = Abstract.iter(lines);
            for (PyObject line; (line = Abstract.next(it)) != null;) {
                Callables.callAttr(self, "write", line);
            }
            return PyNone.NONE;
        });
        TYPE.ready();
    }

    /** A subclassable builtin type of module {@code _io} whose instances have their own Java class. */
    static PyType ioType(String name, PyType base) {
        return abstractIoType(name, base).markOwnLayout();
    }

    /**
     * A type of module {@code _io} that adds no instance state to its base ({@code _RawIOBase}, ...).
     * Named "_io.NAME" as CPython's static io types are: messages show it, and {@code __module__}
     * comes from it (the type's dict has none).
     */
    static PyType abstractIoType(String name, PyType base) {
        return PyType.builtin("_io." + name, base);
    }

    private final PyType type;
    private PyDict dict;
    /** Values of a user subclass's {@code __slots__} members, by name (made by the first store). */
    private PyDict slotValues;
    /** CPython's {@code __IOBase_closed}: the closed state of the generic {@code close()}. */
    boolean baseClosed;

    /**
     * Runs the finalizer ({@code __del__}, or the inherited {@link #finalize} that closes the
     * object) of an instance of a Python subclass. Instances of the io types themselves have
     * none: what they hold is flushed and released by the runtime (the descriptor table, exit),
     * without a JVM finalizer per file object.
     */
    private org.taipan.runtime.Finalization.Guard guard;

    public PyIOBase(PyType type) {
        this.type = type;
        this.guard = type.isHeapType() ? org.taipan.runtime.Finalization.Guard.forNew(this, type) : null;
    }

    /**
     * Gives an instance of an io type itself a finalizer after all: one that wraps a stream
     * written in Python (a buffered object over a user's raw class, a text wrapper over a
     * user's buffer, or over a stream that has a finalizer for that reason), whose data only a
     * {@code close()} at collection, running that Python code, can flush; the runtime's own
     * release of dropped files cannot run it.
     */
    final void finalizeWhenCollected(PyObject wrapped) {
        if (wrapped instanceof PyIOBase inner) {
            if (inner.guard != null && (guard == null || guard.seq() >= inner.guard.seq())) {
                // closed before the stream it wraps, which its close() flushes into: a guard of
                // its own class (a Python subclass) made before it was attached is ranked anew
                org.taipan.runtime.Finalization.Guard old = guard;
                guard = org.taipan.runtime.Finalization.Guard.forNewBefore(this, type, inner.guard);
                if (old != null) {
                    old.retire();
                }
            }
        } else if (guard == null) {
            guard = org.taipan.runtime.Finalization.Guard.forNew(this, type);
        }
    }

    @Override
    public final org.taipan.runtime.Finalization.Target finalizerGuard() {
        return guard;
    }

    /**
     * Whether {@link #finalize} is closing this object ({@code _finalizing} set, CPython's
     * {@code finalizing} member): its {@code close()} then warns that it was left unclosed.
     */
    final boolean finalizing() {
        return dict != null && dict.getItem(FINALIZING) instanceof PyObject v && Abstract.isTrue(v);
    }

    /**
     * What {@code close()} of a wrapper being finalized does first ({@code buffered_dealloc_warn}):
     * asks the stream it wraps to warn about {@code source}; failures are dropped.
     */
    final void deallocWarnThrough(PyObject wrapped, PyObject source) {
        if (wrapped == null || !finalizing()) {
            return;
        }
        try {
            Callables.callAttr(wrapped, "_dealloc_warn", source);
        } catch (org.taipan.runtime.PyException e) {
            // (a stream without _dealloc_warn, or a warning turned into an error: not the finalizer's to report)
        }
    }

    private static final PyStr CLOSED = PyStr.of("closed");
    private static final PyStr FINALIZING = PyStr.of("_finalizing");

    /**
     * {@code _IOBase.__del__} (CPython's {@code iobase_finalize}): an object whose {@code closed}
     * is false is closed, {@code _finalizing} set first so that {@code close()} can tell; what
     * {@code close()} raises is dropped, as CPython does outside development mode (in it, reported
     * as unraisable).
     */
    private static PyObject finalize(PyObject self) {
        boolean open;
        try {
            PyObject closed = Abstract.lookupAttr(self, CLOSED);
            open = closed != null && !Abstract.isTrue(closed);
        } catch (org.taipan.runtime.PyException e) {
            open = false;
        }
        if (open) {
            try {
                Abstract.setAttr(self, FINALIZING, PyBool.TRUE);
            } catch (org.taipan.runtime.PyException e) {
                // (an object that takes no attributes is closed all the same)
            }
            try {
                Callables.callAttr(self, "close");
            } catch (org.taipan.runtime.PyException e) {
                if (IOArgs.devMode()) {
                    // reported as unraisable by the finalizer's caller, as in development mode
                    throw e;
                }
                // otherwise silenced: a finalizer's spurious traceback helps no one (iobase_finalize)
            }
        }
        return PyNone.NONE;
    }

    @Override
    public final PyType type() {
        return type;
    }

    @Override
    public final PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyDict dictIfMade() {
        return dict;
    }

    @Override
    public final PyDict slotValues(boolean create) {
        if (slotValues == null && create) {
            slotValues = new PyDict();
        }
        return slotValues;
    }

    /** Whether the instance dict exists (without creating it). */
    final boolean hasDict() {
        return dict != null;
    }

    /**
     * The descriptor table that flushes this buffered or text file's written data before the file
     * system is next looked at ({@link FdTable#flushOpenFiles}), or null; set for the files
     * {@code open()} makes ({@link FdTable#watchWrites}).
     */
    FdTable flushedBy;
    /** Whether {@link #flushedBy} holds this object until it flushes it. */
    boolean awaitingFlush;

    /** Called after a write left data unflushed: the table holds the object until it flushes it. */
    final void noteUnflushed() {
        if (flushedBy != null && !awaitingFlush) {
            awaitingFlush = true;
            flushedBy.unflushed(this);
        }
    }

    /** Called after a flush or a close: the table no longer holds the object for its data. */
    final void noteFlushed() {
        if (awaitingFlush) {
            flushedBy.flushed(this);
        }
    }

    /** Whether the stream is closed, for the Java fast paths of the concrete types. */
    boolean isClosed() {
        return baseClosed;
    }

    /**
     * Raises {@code ValueError: I/O operation on closed file.} when {@code self.closed} is true
     * (the Python attribute for user subclasses, which may override it).
     */
    static void checkClosed(PyObject self) {
        boolean closed = self instanceof PyIOBase io && !self.type().isHeapType() ? io.isClosed()
                : Abstract.isTrue(Abstract.getAttr(self, "closed"));
        if (closed) {
            throw IOModule.closedFile();
        }
    }

    /** CPython's {@code _io__IOBase_readline_impl}: byte by byte through {@code self.read(1)}. */
    private static PyObject genericReadline(PyObject self, long limit) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            PyObject b = Callables.callAttr(self, "read", PyInt.ONE);
            if (b == PyNone.NONE) {
                continue;
            }
            byte[] data = bytesOf(b, "read()");
            if (data.length == 0) {
                break;
            }
            out.writeBytes(data);
            if (data[data.length - 1] == '\n') {
                break;
            }
        }
        return PyBytes.of(out.toByteArray());
    }

    /** {@code readlines(hint)}: lines by iteration until their total length reaches {@code hint}. */
    static PyObject readlines(PyObject self, PyObject hintObj) {
        long hint = IOArgs.size(hintObj);
        PyList result = new PyList();
        PyObject it = Abstract.iter(self);
        long total = 0;
        for (PyObject line; (line = Abstract.next(it)) != null;) {
            result.append(line);
            total += Abstract.length(line);
            if (hint > 0 && total > hint) {
                break;
            }
        }
        return result;
    }

    /** The bytes of a bytes-like result, or TypeError naming {@code what}. */
    static byte[] bytesOf(PyObject b, String what) {
        byte[] r = org.taipan.runtime.Buffers.bytesOrNull(b);
        if (r == null) {
            throw Errors.typeError("%s should return bytes", what);
        }
        return r;
    }

    /**
     * CPython's {@code _PyIOBase_check_readable}: {@code stream.readable()} must return True itself
     * (a merely true value will not do), else UnsupportedOperation "File or stream is not readable.";
     * a stream without the method raises AttributeError, as in {@code io.BufferedReader(5)}.
     */
    static void checkReadable(PyObject stream) {
        if (Callables.callAttr(stream, "readable") != PyBool.TRUE) {
            throw IOModule.unsupported("File or stream is not readable.");
        }
    }

    /** CPython's {@code _PyIOBase_check_writable}, as {@link #checkReadable}. */
    static void checkWritable(PyObject stream) {
        if (Callables.callAttr(stream, "writable") != PyBool.TRUE) {
            throw IOModule.unsupported("File or stream is not writable.");
        }
    }

    /** CPython's {@code _PyIOBase_check_seekable}, as {@link #checkReadable}. */
    static void checkSeekable(PyObject stream) {
        if (Callables.callAttr(stream, "seekable") != PyBool.TRUE) {
            throw IOModule.unsupported("File or stream is not seekable.");
        }
    }
}
