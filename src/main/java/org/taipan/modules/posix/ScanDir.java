package org.taipan.modules.posix;

import java.io.IOException;
import java.nio.file.Path;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code os.scandir}: {@code posix.ScandirIterator} (an iterator and context manager over a
 * directory stream, in the order the directory lists its entries) and {@code posix.DirEntry}
 * (name, path, and the {@code lstat} and {@code stat} results, each fetched once and cached, as
 * CPython's {@code DirEntry} caches them).
 */
final class ScanDir {
    private ScanDir() {}

    static final PyType DIR_ENTRY = PyType.builtinFinal("posix.DirEntry", PyType.OBJECT);
    static final PyType ITERATOR = PyType.builtinFinal("posix.ScandirIterator", PyType.OBJECT);

    /** One directory entry. */
    static final class Entry extends PyObject {
        final PyObject name;
        final PyObject path;
        /** The directory's absolute path as the file system's bytes, and the entry's name in it. */
        private final byte[] dir, file;
        /** The entry's type and inode as the directory listed them ({@code d_type}, {@code d_ino}). */
        private final int dType;
        private final long dIno;
        private FileStatus lstat, stat;
        /** The stat_result objects made of them: a second {@code stat()} returns the same object, as CPython's. */
        private PyObject lstatResult, statResult;

        Entry(PyObject name, PyObject path, byte[] dir, DirReader r) {
            this.name = name;
            this.path = path;
            this.dir = dir;
            this.file = r.name;
            this.dType = r.type;
            this.dIno = r.ino;
        }

        @Override
        public PyType type() {
            return DIR_ENTRY;
        }

        /** The entry's absolute path, as bytes. */
        private byte[] fullPath() {
            boolean slash = dir.length > 0 && dir[dir.length - 1] == '/';
            byte[] b = java.util.Arrays.copyOf(dir, dir.length + (slash ? 0 : 1) + file.length);
            if (!slash) {
                b[dir.length] = '/';
            }
            System.arraycopy(file, 0, b, b.length - file.length, file.length);
            return b;
        }

        private FileStatus fetch(boolean follow) throws IOException {
            return FileStatus.of(fullPath(), false, follow);
        }

        /**
         * The entry's status ({@code DirEntry_get_stat}/{@code get_lstat}), fetched once for each
         * of stat and lstat: following a link only when the entry is one.
         */
        FileStatus status(boolean follow) throws IOException {
            if (!follow) {
                if (lstat == null) {
                    lstat = fetch(false);
                }
                return lstat;
            }
            if (stat == null) {
                stat = isLink() ? fetch(true) : status(false);
            }
            return stat;
        }

        /** {@code DirEntry.stat(follow_symlinks=follow)}'s result, made once. */
        PyObject statResult(boolean follow) throws IOException {
            // an entry that is no link has one status for both, and so one result
            FileStatus s = status(follow);
            if (s == lstat) {
                if (lstatResult == null) {
                    lstatResult = StatResult.of(s);
                }
                return lstatResult;
            }
            if (statResult == null) {
                statResult = StatResult.of(s);
            }
            return statResult;
        }

        private boolean isLink() throws IOException {
            return dType == DirReader.DT_UNKNOWN ? status(false).fileType() == FileStatus.S_IFLNK
                    : dType == DirReader.DT_LNK;
        }

        /**
         * {@code DirEntry_test_mode}: from {@code d_type} where the directory gave it and no link is
         * to be followed, else from a stat; an entry gone since the scan tests False.
         */
        boolean test(boolean follow, int kind) {
            try {
                if (dType != DirReader.DT_UNKNOWN && !(follow && dType == DirReader.DT_LNK)) {
                    return dType == (kind == FileStatus.S_IFDIR ? DirReader.DT_DIR
                            : kind == FileStatus.S_IFREG ? DirReader.DT_REG : DirReader.DT_LNK);
                }
                return status(follow).fileType() == kind;
            } catch (IOException e) {
                if (Errno.of(e) == Errno.ENOENT) {
                    return false;
                }
                throw Errno.error(e, path);
            }
        }

        /** {@code DirEntry.inode()}: {@code d_ino}, or the lstat's where the directory did not give it. */
        long inode() throws IOException {
            return dIno != 0 || dType != DirReader.DT_UNKNOWN ? dIno : status(false).ino();
        }
    }

    /**
     * Iterators dropped unfinished and unclosed ({@code for e in os.scandir(d): break}), whose
     * directory streams CPython closes when their last reference goes: here the collector queues
     * them once unreachable, and the next {@code scandir} call closes their streams (on the
     * calling thread, so that running out of descriptors can wait for exactly that). Without it
     * each one kept a descriptor until exit.
     */
    private static final java.lang.ref.ReferenceQueue<Scanner> DROPPED = new java.lang.ref.ReferenceQueue<>();

    /** The references of open iterators (a reference must stay reachable to be queued). */
    private static final java.util.Set<StreamRef> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** An iterator's directory stream, closed when the iterator is or when it is found dropped. */
    private static final class StreamRef extends java.lang.ref.PhantomReference<Scanner> {
        private final DirReader stream;

        StreamRef(Scanner owner, DirReader stream) {
            super(owner, DROPPED);
            this.stream = stream;
            OPEN.add(this);
        }

        void close() {
            if (OPEN.remove(this)) {
                clear();
                stream.close();
            }
        }
    }

    /** Closes the streams of the iterators the collector found dropped so far. */
    private static void closeDropped() {
        for (java.lang.ref.Reference<? extends Scanner> r; (r = DROPPED.poll()) != null; ) {
            ((StreamRef) r).close();
        }
    }

    /** The open iterator. */
    static final class Scanner extends PyObject {
        private StreamRef stream;
        private DirReader reader;
        private final PosixPaths.PathArg dir;
        /** The directory's absolute path as bytes, for the entries' stats. */
        private final byte[] dirBytes;
        /** What each entry's path starts with: the argument and a slash (nothing for a descriptor). */
        private final String prefix;
        private final byte[] prefixBytes;

        Scanner(PosixPaths.PathArg dir, DirReader reader) {
            this.dir = dir;
            this.reader = reader;
            this.stream = new StreamRef(this, reader);
            this.dirBytes = FsEncoding.bytes(dir.path());
            String base = dir.isFd() ? "" : dir.text();
            this.prefix = base.isEmpty() || base.endsWith("/") ? base : base + "/";
            this.prefixBytes = dir.bytes() ? FsEncoding.encode(prefix) : null;
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }

        /** The next entry, or null at the end; a failed read closes the iterator and raises OSError naming the directory. */
        synchronized PyObject next() {
            if (reader == null) {
                return null;
            }
            try {
                if (!reader.next()) {
                    close();
                    return null;
                }
            } catch (IOException e) {
                close();
                throw Errno.error(e, dir.object());
            }
            byte[] n = reader.name;
            if (dir.bytes()) {
                byte[] joined = java.util.Arrays.copyOf(prefixBytes, prefixBytes.length + n.length);
                System.arraycopy(n, 0, joined, prefixBytes.length, n.length);
                return new Entry(PyBytes.ofCopy(n), PyBytes.ofCopy(joined), dirBytes, reader);
            }
            String text = FsEncoding.decode(n);
            // a descriptor's entries: the path is the name (CPython's DirEntry_from_posix_info)
            return new Entry(PyStr.of(text), prefix.isEmpty() ? PyStr.of(text) : PyStr.of(prefix + text), dirBytes,
                    reader);
        }

        synchronized void close() {
            if (stream != null) {
                stream.close();
            }
            stream = null;
            reader = null;
        }
    }

    static {
        DIR_ENTRY.addAttr("__module__", PyStr.of("posix"));
        DIR_ENTRY.addAttr("name", new PyGetSetDescr(DIR_ENTRY, "name", o -> ((Entry) o).name, null));
        DIR_ENTRY.addAttr("path", new PyGetSetDescr(DIR_ENTRY, "path", o -> ((Entry) o).path, null));
        DIR_ENTRY.tp_repr = o -> PyStr.of("<DirEntry " + Abstract.repr(((Entry) o).name) + ">");
        DIR_ENTRY.addMethod("__fspath__", (self, a, k) -> {
            org.taipan.runtime.Args.noArgs("__fspath__", a, k);
            return ((Entry) self).path;
        });
        DIR_ENTRY.addMethod("is_dir", (self, a, k) -> PyBool.of(((Entry) self).test(follow("is_dir", a, k), FileStatus.S_IFDIR)));
        DIR_ENTRY.addMethod("is_file", (self, a, k) -> PyBool.of(((Entry) self).test(follow("is_file", a, k),
                FileStatus.S_IFREG)));
        DIR_ENTRY.addMethod("is_symlink", (self, a, k) -> {
            org.taipan.runtime.Args.noArgs("is_symlink", a, k);
            return PyBool.of(((Entry) self).test(false, FileStatus.S_IFLNK));
        });
        DIR_ENTRY.addMethod("stat", (self, a, k) -> {
            Entry e = (Entry) self;
            try {
                boolean follow = follow("stat", a, k);
                return e.statResult(follow);
            } catch (IOException x) {
                throw Errno.error(x, e.path);
            }
        });
        DIR_ENTRY.addMethod("inode", (self, a, k) -> {
            org.taipan.runtime.Args.noArgs("inode", a, k);
            Entry e = (Entry) self;
            try {
                long ino = e.inode();
                return ino >= 0 ? PyInt.of(ino) : PyInt.of(new java.math.BigInteger(Long.toUnsignedString(ino)));
            } catch (IOException x) {
                throw Errno.error(x, e.path);
            }
        });
        DIR_ENTRY.tp_new = (t, a, k) -> {
            throw Errors.typeError("cannot create 'posix.DirEntry' instances");
        };
        org.taipan.runtime.PyGenericAlias.install(DIR_ENTRY);
        DIR_ENTRY.ready();

        ITERATOR.addAttr("__module__", PyStr.of("posix"));
        ITERATOR.tp_iter = o -> o;
        ITERATOR.tp_iternext = o -> ((Scanner) o).next();
        ITERATOR.addMethodNoArgs("close", self -> {
            ((Scanner) self).close();
            return PyNone.NONE;
        });
        ITERATOR.addMethodNoArgs("__enter__", self -> self);
        ITERATOR.addMethod("__exit__", (self, a, k) -> {
            ((Scanner) self).close();
            return PyBool.FALSE;
        });
        ITERATOR.tp_new = (t, a, k) -> {
            throw Errors.typeError("cannot create 'posix.ScandirIterator' instances");
        };
        ITERATOR.ready();
    }

    private static boolean follow(String fname, PyObject[] a, String[] k) {
        if (org.taipan.runtime.Args.positional(a, k) > 0) {
            throw Errors.typeError("DirEntry.%s() takes no positional arguments", fname);
        }
        PyObject[] b = MethodArgs.bind(fname, a, k, 0, "follow_symlinks");
        return b[0] == null || Abstract.isTrue(b[0]);
    }

    /**
     * The directory a descriptor path argument ({@code scandir(fd)}, {@code listdir(fd)}) refers
     * to ({@link DirFds#directory}), as a path argument keeping the descriptor.
     *
     * @param filename what a NotADirectoryError names (null: nothing)
     * @throws org.taipan.runtime.PyException OSError EBADF (naming nothing, as CPython's failed
     *     {@code _Py_dup}), NotADirectoryError
     */
    static PosixPaths.PathArg fdDirectory(PosixPaths.PathArg p, PyObject filename) {
        if (org.taipan.modules.io.FdTable.of(org.taipan.runtime.ThreadState.current().interpreter).get(p.fd()) == null) {
            throw Errno.error(Errno.EBADF, null);
        }
        return new PosixPaths.PathArg(p.object(), null, DirFds.directory(p.fd(), filename), false, p.fd());
    }

    /**
     * A reader of the directory {@code dir} names: for a descriptor with a real one behind it, that
     * descriptor read from its start ({@link DirReader#ofDescriptor}), else the directory at
     * {@code dir.path()} (for a descriptor, {@code /proc/self/fd/N} or the path it was opened on:
     * {@link DirFds#directory}).
     */
    static DirReader open(PosixPaths.PathArg dir) throws IOException {
        if (dir.isFd()) {
            org.taipan.modules.io.FdTable.OpenFile f = org.taipan.modules.io.FdTable.of(
                    org.taipan.runtime.ThreadState.current().interpreter).get(dir.fd());
            int real = f == null ? -1 : RealFds.existing(f);
            if (real >= 0 && DirReader.readsDescriptors()) {
                return reclaimingWhenExhausted(() -> DirReader.ofDescriptor(real));
            }
        }
        return open(dir.path());
    }

    /** A reader of the directory at {@code dir} ({@link #reclaimingWhenExhausted}). */
    static DirReader open(Path dir) throws IOException {
        return reclaimingWhenExhausted(() -> DirReader.open(dir));
    }

    /** Opens a {@link DirReader}; {@link IOException} its failure (an {@link NativeFdStreams.ErrnoException}). */
    private interface ReaderOpen {
        DirReader open() throws IOException;
    }

    /**
     * {@code opener}'s reader, after closing those of dropped iterators. Out of descriptors, it
     * collects (a full collection, closing the descriptors of dropped file objects; then, while
     * unclosed iterators exist, up to a second for one to be found dropped) and tries once more.
     */
    private static DirReader reclaimingWhenExhausted(ReaderOpen opener) throws IOException {
        closeDropped();
        try {
            return opener.open();
        } catch (IOException e) {
            if (Errno.of(e) != Errno.EMFILE) {
                throw e;
            }
            boolean filesClosed = org.taipan.modules.io.FdTable.reclaimedForRetry();
            if (OPEN.isEmpty()) {
                if (!filesClosed) {
                    throw e;
                }
                return opener.open();
            }
            try {
                java.lang.ref.Reference<? extends Scanner> r = DROPPED.remove(filesClosed ? 50 : 1000);
                if (r != null) {
                    ((StreamRef) r).close();
                }
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
            }
            closeDropped();
            return opener.open();
        }
    }

    static void register(PyModule m) {
        PosixModule.def(m, "scandir", (a, k) -> {
            PyObject[] b = MethodArgs.bind("scandir", a, k, 0, "path");
            PosixPaths.PathArg p = PosixPaths.convert(b[0], "scandir", "path", true, true);
            if (p.isFd()) {
                p = fdDirectory(p, p.object());
            }
            try {
                return new Scanner(p, open(p));
            } catch (IOException e) {
                throw Errno.error(e, p.object());
            }
        });
    }
}
