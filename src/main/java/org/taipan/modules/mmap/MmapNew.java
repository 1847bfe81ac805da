package org.taipan.modules.mmap;

import java.lang.foreign.MemorySegment;
import org.taipan.modules.posix.Errno;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;
import org.taipan.sandbox.Sandbox;

/**
 * {@code mmap.mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ,
 * access=ACCESS_DEFAULT, offset=0)} (CPython's {@code new_mmap_object}, Unix): checks the
 * arguments in CPython's order, with its messages, then maps anonymous memory ({@code fileno}
 * -1) or the file's region.
 */
final class MmapNew {
    private MmapNew() {}

    private static final String[] KEYWORDS = {"fileno", "length", "flags", "prot", "access", "offset"};

    /** The tp_new of {@code mmap.mmap}. */
    static PyObject create(PyType type, PyObject[] a, String[] k) {
        PyObject[] b = bind(a, k);
        int fd = Args.cInt(b[0]);
        long length = PyMmap.ssize(b[1]);
        int flags = b[2] == null ? MmapModule.MAP_SHARED : Args.cInt(b[2]);
        int prot = b[3] == null ? MmapModule.PROT_READ | MmapModule.PROT_WRITE : Args.cInt(b[3]);
        int access = b[4] == null ? PyMmap.ACCESS_DEFAULT : Args.cInt(b[4]);
        long offset = b[5] == null ? 0 : longLong(b[5]);
        if (length < 0) {
            throw Errors.overflow("memory mapped length must be positive");
        }
        if (offset < 0) {
            throw Errors.overflow("memory mapped offset must be positive");
        }
        if (access != PyMmap.ACCESS_DEFAULT
                && (flags != MmapModule.MAP_SHARED || prot != (MmapModule.PROT_READ | MmapModule.PROT_WRITE))) {
            throw Errors.valueError("mmap can't specify both access and flags, prot.");
        }
        switch (access) {
            case PyMmap.ACCESS_READ -> {
                flags = MmapModule.MAP_SHARED;
                prot = MmapModule.PROT_READ;
            }
            case PyMmap.ACCESS_WRITE -> flags = MmapModule.MAP_SHARED;
            case PyMmap.ACCESS_COPY -> flags = MmapModule.MAP_PRIVATE;
            case PyMmap.ACCESS_DEFAULT -> {
                boolean read = (prot & MmapModule.PROT_READ) != 0, write = (prot & MmapModule.PROT_WRITE) != 0;
                access = read && write ? PyMmap.ACCESS_DEFAULT : write ? PyMmap.ACCESS_WRITE : PyMmap.ACCESS_READ;
            }
            default -> throw Errors.valueError("mmap invalid access parameter.");
        }
        if (fd != -1) {
            // a file's map reads and writes it as an open() of it would
            Sandbox.require(Permission.FILE_SYSTEM, "mmap.mmap()");
        }
        MappedFile file = fd == -1 ? null : MappedFile.open(ThreadState.current().interpreter, fd, offset);
        if (file != null && file.regular()) {
            long st = file.fileSize();
            if (length == 0) {
                if (st == 0) {
                    throw closing(file, Errors.valueError("cannot mmap an empty file"));
                }
                if (offset >= st) {
                    throw closing(file, Errors.valueError("mmap offset is greater than file size"));
                }
                length = st - offset;
            } else if (offset > st || st - offset < length) {
                throw closing(file, Errors.valueError("mmap length is greater than file size"));
            }
        }
        // what the kernel's mmap() refuses: no bytes, an offset off a page boundary
        if (length == 0 || offset % MmapModule.PAGESIZE != 0) {
            throw closing(file, Errno.error(Errno.EINVAL, null));
        }
        boolean write = (prot & MmapModule.PROT_WRITE) != 0;
        boolean writeBack = (flags & MmapModule.MAP_SHARED) != 0 && write;
        java.lang.foreign.Arena arena = null;
        MemorySegment mem;
        try {
            if (length > Integer.MAX_VALUE - 8) {
                // past a Java array: the mapped memory itself (no buffer protocol, no resize)
                arena = java.lang.foreign.Arena.ofShared();
                mem = file == null ? arena.allocate(length) : file.mapLarge(length, write, writeBack, arena);
            } else {
                mem = MemorySegment.ofArray(file == null ? new byte[(int) length] : file.load((int) length, writeBack));
            }
        } catch (RuntimeException e) {
            if (arena != null) {
                arena.close();
            }
            throw closing(file, e);
        }
        PyMmap m = PyMmap.make(type, mem, arena, offset, access, file);
        if (file != null) {
            file.claimFor(m);
        }
        return m;
    }

    /** Closes the descriptor a failed constructor duplicated, returning {@code e} to throw. */
    private static RuntimeException closing(MappedFile file, RuntimeException e) {
        if (file != null) {
            file.close(new byte[0], 0);
        }
        return e;
    }

    /** A C {@code long long} argument ("L"). */
    private static long longLong(PyObject o) {
        PyInt i = Abstract.index(o, null);
        if (!i.fitsLong()) {
            throw Errors.overflow("Python int too large to convert to C long");
        }
        return i.longValue();
    }

    /**
     * Binds the arguments as {@code PyArg_ParseTupleAndKeywords} does for a parser with no
     * function name: "function takes at most 6 arguments (7 given)".
     */
    private static PyObject[] bind(PyObject[] a, String[] k) {
        int npos = Args.positional(a, k);
        int given = a.length;
        if (given > KEYWORDS.length) {
            throw Errors.typeError("function takes at most %d arguments (%d given)", KEYWORDS.length, given);
        }
        PyObject[] r = new PyObject[KEYWORDS.length];
        System.arraycopy(a, 0, r, 0, npos);
        for (int i = 0; k != null && i < k.length; i++) {
            int at = java.util.Arrays.asList(KEYWORDS).indexOf(k[i]);
            if (at < 0) {
                throw Errors.typeError("'%s' is an invalid keyword argument for this function", k[i]);
            }
            if (r[at] != null) {
                throw Errors.typeError("argument for function given by name ('%s') and position (%d)", k[i], at + 1);
            }
            r[at] = a[npos + i];
        }
        for (int i = 0; i < 2; i++) {
            if (r[i] == null) {
                throw Errors.typeError("function missing required argument '%s' (pos %d)", KEYWORDS[i], i + 1);
            }
        }
        return r;
    }
}
