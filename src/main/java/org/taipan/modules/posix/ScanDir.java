package org.taipan.modules.posix;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
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

    private static final int S_IFMT = 0170000, S_IFDIR = 0040000, S_IFREG = 0100000, S_IFLNK = 0120000;

    /** One directory entry. */
    static final class Entry extends PyObject {
        final PyObject name;
        final PyObject path;
        final Path file;
        private Map<String, Object> lstat;
        private Map<String, Object> stat;
        /**
         * The entry's type and inode as the directory listed it (CPython's {@code d_type} and
         * {@code d_ino}): an lstat made while scanning, null when the entry vanished first. The
         * {@code is_*} tests and {@code inode()} answer from it; {@code stat()} asks afresh.
         */
        private final Map<String, Object> scanned;
        /** Set when the entry vanished or cannot be read: the is_* tests answer False, as CPython's. */
        private IOException failure;

        Entry(PyObject name, PyObject path, Path file) {
            this.name = name;
            this.path = path;
            this.file = file;
            Map<String, Object> a;
            try {
                a = StatResult.attributes(file, false);
            } catch (IOException | RuntimeException e) {
                a = null;
            }
            this.scanned = a;
        }

        /** The entry's type-and-inode attributes: those of the scan, else a fresh lstat. */
        Map<String, Object> typeAttributes() throws IOException {
            return scanned != null ? scanned : attributes(false);
        }

        @Override
        public PyType type() {
            return DIR_ENTRY;
        }

        Map<String, Object> attributes(boolean follow) throws IOException {
            if (lstat == null) {
                lstat = StatResult.attributes(file, false);
            }
            if (!follow || (((Number) lstat.get("mode")).intValue() & S_IFMT) != S_IFLNK) {
                return lstat;
            }
            if (stat == null) {
                stat = StatResult.attributes(file, true);
            }
            return stat;
        }

        boolean test(boolean follow, int kind) {
            try {
                Map<String, Object> t = typeAttributes();
                if (follow && (((Number) t.get("mode")).intValue() & S_IFMT) == S_IFLNK) {
                    t = attributes(true);
                }
                return (((Number) t.get("mode")).intValue() & S_IFMT) == kind;
            } catch (IOException e) {
                if (Errno.of(e) == Errno.ENOENT) {
                    return false;
                }
                throw Errno.error(e, path);
            }
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
        private final DirectoryStream<Path> stream;

        StreamRef(Scanner owner, DirectoryStream<Path> stream) {
            super(owner, DROPPED);
            this.stream = stream;
            OPEN.add(this);
        }

        void close() {
            if (OPEN.remove(this)) {
                clear();
                try {
                    stream.close();
                } catch (IOException e) {
                    // closing a directory stream that was read fails only on a broken file system
                }
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
        private Iterator<Path> it;
        private final PosixPaths.PathArg dir;

        Scanner(PosixPaths.PathArg dir, DirectoryStream<Path> stream) {
            this.dir = dir;
            this.it = stream.iterator();
            this.stream = new StreamRef(this, stream);
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }

        PyObject next() {
            if (it == null) {
                return null;
            }
            if (!it.hasNext()) {
                close();
                return null;
            }
            Path p = it.next();
            String n = FsEncoding.text(p.getFileName());
            if (dir.isFd()) {
                // a descriptor's entries: the path is the name (CPython's DirEntry_from_posix_info)
                return new Entry(PyStr.of(n), PyStr.of(n), p);
            }
            String base = dir.text();
            String joined = base.endsWith("/") ? base + n : base + "/" + n;
            return new Entry(PosixPaths.name(n, dir.bytes()), PosixPaths.name(joined, dir.bytes()), p);
        }

        void close() {
            if (stream != null) {
                stream.close();
            }
            stream = null;
            it = null;
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
        DIR_ENTRY.addMethod("is_dir", (self, a, k) -> PyBool.of(((Entry) self).test(follow("is_dir", a, k), S_IFDIR)));
        DIR_ENTRY.addMethod("is_file", (self, a, k) -> PyBool.of(((Entry) self).test(follow("is_file", a, k),
                S_IFREG)));
        DIR_ENTRY.addMethod("is_symlink", (self, a, k) -> {
            org.taipan.runtime.Args.noArgs("is_symlink", a, k);
            return PyBool.of(((Entry) self).test(false, S_IFLNK));
        });
        DIR_ENTRY.addMethod("stat", (self, a, k) -> {
            Entry e = (Entry) self;
            try {
                boolean follow = follow("stat", a, k);
                return StatResult.of(e.attributes(follow), e.file, follow);
            } catch (IOException x) {
                throw Errno.error(x, e.path);
            }
        });
        DIR_ENTRY.addMethod("inode", (self, a, k) -> {
            org.taipan.runtime.Args.noArgs("inode", a, k);
            Entry e = (Entry) self;
            try {
                return PyInt.of(((Number) e.typeAttributes().get("ino")).longValue());
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
     * The directory a descriptor path argument ({@code scandir(fd)}, {@code listdir(fd)}) was
     * opened on, as a path argument keeping the descriptor.
     *
     * @param filename what a NotADirectoryError names (null: nothing)
     * @throws org.taipan.runtime.PyException OSError EBADF, NotADirectoryError
     */
    static PosixPaths.PathArg fdDirectory(PosixPaths.PathArg p, PyObject filename) {
        org.taipan.modules.io.FdTable.OpenFile f = org.taipan.modules.io.FdTable.of(
                org.taipan.runtime.ThreadState.current().interpreter).get(p.fd());
        if (f == null) {
            throw Errno.error(Errno.EBADF, null);
        }
        if (f.path == null || !Files.isDirectory(f.path)) {
            throw Errno.error(Errno.ENOTDIR, filename);
        }
        return new PosixPaths.PathArg(p.object(), null, f.path, false, p.fd());
    }

    /**
     * A stream over {@code dir}, after closing those of dropped iterators. Out of descriptors, it
     * collects (a full collection, closing the descriptors of dropped file objects; then, while
     * unclosed iterators exist, up to a second for one to be found dropped) and tries once more.
     */
    private static DirectoryStream<Path> open(Path dir) throws IOException {
        closeDropped();
        try {
            return Files.newDirectoryStream(dir);
        } catch (IOException e) {
            if (Errno.of(e) != Errno.EMFILE) {
                throw e;
            }
            boolean filesClosed = org.taipan.modules.io.FdTable.reclaimedForRetry();
            if (OPEN.isEmpty()) {
                if (!filesClosed) {
                    throw e;
                }
                return Files.newDirectoryStream(dir);
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
            return Files.newDirectoryStream(dir);
        }
    }

    static void register(PyModule m) {
        PosixModule.def(m, "scandir", (a, k) -> {
            PyObject[] b = MethodArgs.bind("scandir", a, k, 0, "path");
            PosixPaths.PathArg p = PosixPaths.convert(b[0], "scandir", "path", true, true);
            if (p.isFd()) {
                p = fdDirectory(p, p.object());
            }
            if (Files.exists(p.path()) && !Files.isDirectory(p.path())) {
                throw Errno.error(Errno.ENOTDIR, p.object());
            }
            try {
                return new Scanner(p, open(p.path()));
            } catch (IOException e) {
                throw Errno.error(e, p.object());
            }
        });
    }
}
