package org.taipan.modules.posix;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.sandbox.Sandbox;

/**
 * The path functions of {@code posix}: the working directory, directory listing, stat,
 * creation, removal, renaming, links, permissions and times. {@code dir_fd} parameters resolve
 * relative paths against a directory descriptor ({@link DirFds}).
 */
final class FileFunctions {
    private FileFunctions() {}

    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final LinkOption[] FOLLOW = {};

    static void register(PyModule m, PosixState state) {
        PosixModule.def(m, "getcwd", (a, k) -> {
            PosixModule.noArgs("getcwd", a, k);
            Sandbox.require(Permission.FILE_SYSTEM, "os.getcwd()");
            return PosixPaths.name(state.cwd(), false);
        });
        PosixModule.def(m, "getcwdb", (a, k) -> {
            PosixModule.noArgs("getcwdb", a, k);
            Sandbox.require(Permission.FILE_SYSTEM, "os.getcwdb()");
            return PosixPaths.name(state.cwd(), true);
        });
        PosixModule.def(m, "chdir", (a, k) -> {
            PosixPaths.PathArg p = PosixPaths.convert(PosixModule.oneArg("chdir", a, k, "path"), "chdir", "path",
                    true, false);
            if (p.isFd()) {
                // the directory where it is now, not where it was opened (fchdir follows the
                // descriptor); the errors name the descriptor (path_error), EBADF too
                p = new PosixPaths.PathArg(p.object(), null, DirFds.currentPath(p.fd(), p.object()), false, p.fd());
            }
            if (!Files.exists(p.path())) {
                throw Errno.error(Errno.ENOENT, p.object());
            }
            if (!Files.isDirectory(p.path())) {
                throw Errno.error(Errno.ENOTDIR, p.object());
            }
            if (!Files.isExecutable(p.path())) {
                throw Errno.error(Errno.EACCES, p.object());
            }
            state.chdir(p.path());
            return PyNone.NONE;
        });
        PosixModule.def(m, "listdir", (a, k) -> {
            PyObject[] b = MethodArgs.bind("listdir", a, k, 0, "path");
            return listdir(PosixPaths.convert(b[0], "listdir", "path", true, true));
        });
        PosixModule.def(m, "stat", (a, k) -> {
            PyObject[] b = MethodArgs.bind("stat", a, k, 0, "path", "dir_fd", "follow_symlinks");
            PosixPaths.PathArg p = PosixPaths.convert(MethodArgs.required("stat", b, 0, "path"), "stat", "path", true,
                    false);
            boolean follow = b[2] == null || Abstract.isTrue(b[2]);
            if (p.isFd()) {
                DirFds.checkFdAlone("stat", b[1], follow);
                if (p.isNullPath()) {
                    throw Errno.error(Errno.EFAULT, p.object());
                }
                return FdFunctions.fstat(p.fd(), p.object());
            }
            return StatResult.of(DirFds.resolve(p, b[1], "stat"), follow);
        });
        PosixModule.def(m, "lstat", (a, k) -> {
            PyObject[] b = MethodArgs.bind("lstat", a, k, 0, "path", "dir_fd");
            return StatResult.of(DirFds.resolve(PosixPaths.convert(MethodArgs.required("lstat", b, 0, "path"), "lstat",
                    "path"), b[1], "lstat"), false);
        });
        PosixModule.def(m, "mkdir", (a, k) -> {
            PyObject[] b = MethodArgs.bind("mkdir", a, k, 0, "path", "mode", "dir_fd");
            PosixPaths.PathArg p = DirFds.resolve(PosixPaths.convert(MethodArgs.required("mkdir", b, 0, "path"),
                    "mkdir", "path"), b[2], "mkdir");
            int mode = b[1] == null ? 0777 : PosixModule.intArg(b[1]);
            try {
                Files.createDirectory(p.path());
                setMode(p.path(), mode & ~state.umask() & 07777, true);
            } catch (IOException e) {
                throw Errno.error(e, p.object());
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "rmdir", (a, k) -> {
            PyObject[] b = MethodArgs.bind("rmdir", a, k, 0, "path", "dir_fd");
            PosixPaths.PathArg p = DirFds.resolve(PosixPaths.convert(MethodArgs.required("rmdir", b, 0, "path"),
                    "rmdir", "path"), b[1], "rmdir");
            if (Files.exists(p.path(), NOFOLLOW) && !Files.isDirectory(p.path(), NOFOLLOW)) {
                throw Errno.error(Errno.ENOTDIR, p.object());
            }
            delete(p);
            return PyNone.NONE;
        });
        for (String name : new String[] {"remove", "unlink"}) {
            PosixModule.def(m, name, (a, k) -> {
                PyObject[] b = MethodArgs.bind(name, a, k, 0, "path", "dir_fd");
                PosixPaths.PathArg p = DirFds.resolve(PosixPaths.convert(MethodArgs.required(name, b, 0, "path"), name,
                        "path"), b[1], name);
                if (Files.isDirectory(p.path(), NOFOLLOW)) {
                    throw Errno.error(Errno.EISDIR, p.object());
                }
                delete(p);
                return PyNone.NONE;
            });
        }
        for (String name : new String[] {"rename", "replace"}) {
            PosixModule.def(m, name, (a, k) -> {
                PyObject[] b = MethodArgs.bind(name, a, k, 0, "src", "dst", "src_dir_fd", "dst_dir_fd");
                PosixPaths.PathArg src = DirFds.resolve(PosixPaths.convert(MethodArgs.required(name, b, 0, "src"), name,
                        "src"), b[2], name);
                PosixPaths.PathArg dst = DirFds.resolve(PosixPaths.convert(MethodArgs.required(name, b, 1, "dst"), name,
                        "dst"), b[3], name);
                checkSameKind(name, src, dst);
                try {
                    Files.move(src.path(), dst.path(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    throw Errno.error(Errno.EXDEV, src.object(), dst.object());
                } catch (IOException e) {
                    throw Errno.error(Errno.of(e), src.object(), dst.object());
                }
                return PyNone.NONE;
            });
        }
        PosixModule.def(m, "link", (a, k) -> {
            PyObject[] b = MethodArgs.bind("link", a, k, 0, "src", "dst", "src_dir_fd", "dst_dir_fd",
                    "follow_symlinks");
            PosixPaths.PathArg src = DirFds.resolve(PosixPaths.convert(MethodArgs.required("link", b, 0, "src"), "link",
                    "src"), b[2], "link");
            PosixPaths.PathArg dst = DirFds.resolve(PosixPaths.convert(MethodArgs.required("link", b, 1, "dst"), "link",
                    "dst"), b[3], "link");
            try {
                Files.createLink(dst.path(), src.path());
            } catch (IOException e) {
                throw Errno.error(Errno.of(e), src.object(), dst.object());
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "symlink", (a, k) -> {
            PyObject[] b = MethodArgs.bind("symlink", a, k, 0, "src", "dst", "target_is_directory", "dir_fd");
            PosixPaths.PathArg src = PosixPaths.convert(MethodArgs.required("symlink", b, 0, "src"), "symlink",
                    "src");
            PosixPaths.PathArg dst = DirFds.resolve(PosixPaths.convert(MethodArgs.required("symlink", b, 1, "dst"),
                    "symlink", "dst"), b[3], "symlink");
            try {
                // The link holds the source text as given, not resolved against the working directory.
                Files.createSymbolicLink(dst.path(), FsEncoding.toPath(src.text()));
            } catch (IOException e) {
                throw Errno.error(Errno.of(e), src.object(), dst.object());
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "readlink", (a, k) -> {
            PyObject[] b = MethodArgs.bind("readlink", a, k, 0, "path", "dir_fd");
            PosixPaths.PathArg p = DirFds.resolve(PosixPaths.convert(MethodArgs.required("readlink", b, 0, "path"),
                    "readlink", "path"), b[1], "readlink");
            try {
                return PosixPaths.name(Files.readSymbolicLink(p.path()), p.bytes());
            } catch (NotLinkException e) {
                throw Errno.error(Errno.EINVAL, p.object());
            } catch (IOException e) {
                throw Errno.error(e, p.object());
            }
        });
        PosixModule.def(m, "chmod", (a, k) -> {
            PyObject[] b = MethodArgs.bind("chmod", a, k, 0, "path", "mode", "dir_fd", "follow_symlinks");
            PosixPaths.PathArg p = PosixPaths.convert(MethodArgs.required("chmod", b, 0, "path"), "chmod", "path",
                    true, false);
            if (!p.isFd()) {
                p = DirFds.resolve(p, b[2], "chmod");
            } else if (b[2] != null && b[2] != PyNone.NONE) {
                DirFds.checkFdAlone("chmod", b[2], true);
            }
            int mode = PosixModule.intArg(MethodArgs.required("chmod", b, 1, "mode"));
            Path target = p.isFd() ? FdFunctions.pathOf(p.fd()) : p.path();
            boolean follow = b[3] == null || Abstract.isTrue(b[3]);
            if (!follow && Files.isSymbolicLink(target)) {
                // Linux cannot change a link's own mode: fchmodat's AT_SYMLINK_NOFOLLOW fails there
                throw Errors.of(ExceptionTypes.NotImplementedError, "chmod: follow_symlinks unavailable on this platform");
            }
            try {
                setMode(target, mode, follow);
            } catch (IOException e) {
                throw Errno.error(e, p.isFd() ? null : p.object());
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "fchdir", (a, k) -> {
            // (a directory descriptor can only have been opened with the file system granted)
            org.taipan.sandbox.Sandbox.require(org.taipan.runtime.Permission.FILE_SYSTEM, "os.fchdir()");
            int fd = PosixModule.intArg(PosixModule.oneArg("fchdir", a, k, "fd"));
            state.chdir(DirFds.currentPath(fd, null));
            return PyNone.NONE;
        });
        PosixModule.def(m, "fchmod", (a, k) -> {
            // the standard streams may be files of the host: their mode is not the sandbox's to change
            org.taipan.sandbox.Sandbox.require(org.taipan.runtime.Permission.FILE_SYSTEM, "os.fchmod()");
            PyObject[] b = MethodArgs.bind("fchmod", a, k, 0, "fd", "mode");
            int fd = PosixModule.intArg(MethodArgs.required("fchmod", b, 0, "fd"));
            int mode = PosixModule.intArg(MethodArgs.required("fchmod", b, 1, "mode"));
            try {
                setMode(FdFunctions.pathOf(fd), mode, true);
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "access", (a, k) -> {
            PyObject[] b = MethodArgs.bind("access", a, k, 0, "path", "mode", "dir_fd", "effective_ids",
                    "follow_symlinks");
            PosixPaths.PathArg p;
            try {
                p = DirFds.resolve(PosixPaths.convert(MethodArgs.required("access", b, 0, "path"), "access", "path"),
                        b[2], "access");
            } catch (org.taipan.runtime.PyException e) {
                if (e.matches(ExceptionTypes.NotADirectoryError)) {
                    // access(2) answers a path that does not resolve with False, ENOTDIR too
                    return PyBool.FALSE;
                }
                throw e;
            }
            int mode = PosixModule.intArg(MethodArgs.required("access", b, 1, "mode"));
            boolean follow = b[4] == null || Abstract.isTrue(b[4]);
            Path path = p.path();
            boolean ok = PosixPaths.namesDirectory(p) ? Files.isDirectory(path)
                    : Files.exists(path, follow ? FOLLOW : NOFOLLOW);
            ok &= (mode & 4) == 0 || Files.isReadable(path);
            ok &= (mode & 2) == 0 || Files.isWritable(path);
            ok &= (mode & 1) == 0 || Files.isExecutable(path);
            return PyBool.of(ok);
        });
        PosixModule.def(m, "truncate", (a, k) -> {
            PyObject[] b = MethodArgs.bind("truncate", a, k, 0, "path", "length");
            PosixPaths.PathArg p = PosixPaths.convert(MethodArgs.required("truncate", b, 0, "path"), "truncate",
                    "path", true, false);
            long length = Abstract.index(MethodArgs.required("truncate", b, 1, "length"), null).longValue();
            if (p.isFd()) {
                FdFunctions.ftruncate(p.fd(), length);
                return PyNone.NONE;
            }
            if (length < 0) {
                throw Errno.error(Errno.EINVAL, p.object());
            }
            if (Files.isDirectory(p.path())) {
                throw Errno.error(Errno.EISDIR, p.object());
            }
            if (!Files.exists(p.path())) {
                throw Errno.error(Errno.ENOENT, p.object());
            }
            try (RandomAccessFile f = new RandomAccessFile(p.path().toFile(), "rw")) {
                f.setLength(length);
            } catch (IOException e) {
                throw Errno.error(Files.isWritable(p.path()) ? Errno.EIO : Errno.EACCES, p.object());
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "statvfs", (a, k) -> {
            PosixPaths.PathArg p = PosixPaths.convert(PosixModule.oneArg("statvfs", a, k, "path"), "statvfs", "path",
                    true, false);
            return p.isFd() ? statvfs(FdFunctions.pathOf(p.fd()), null) : statvfs(p.path(), p.object());
        });
        PosixModule.def(m, "fstatvfs", (a, k) -> statvfs(FdFunctions.pathOf(PosixModule.intArg(
                PosixModule.oneArg("fstatvfs", a, k, "fd"))), null));
        m.set("statvfs_result", STATVFS_RESULT);
        PosixModule.def(m, "utime", (a, k) -> {
            PyObject[] b = MethodArgs.bind("utime", a, k, 0, "path", "times", "ns", "dir_fd", "follow_symlinks");
            PosixPaths.PathArg p = PosixPaths.convert(MethodArgs.required("utime", b, 0, "path"), "utime", "path",
                    true, false);
            long[] ns = utimeArgs(b[1], b[2]);
            boolean follow = b[4] == null || Abstract.isTrue(b[4]);
            if (p.isFd()) {
                DirFds.checkFdAlone("utime", b[3], follow);
            } else {
                p = DirFds.resolve(p, b[3], "utime");
            }
            Path target = p.isFd() ? FdFunctions.pathOf(p.fd()) : p.path();
            if (Libc.available()) {
                // utimensat(2) itself: the JDK opens a FIFO to set its times (blocking without a
                // writer) and sets a time before 1970 as 1970
                if (Libc.utimensat(target.toAbsolutePath(), ns, follow) != 0) {
                    throw Errno.error(Libc.errno(), null);
                }
                return PyNone.NONE;
            }
            try {
                BasicFileAttributeView v = Files.getFileAttributeView(target, BasicFileAttributeView.class,
                        follow ? FOLLOW : NOFOLLOW);
                v.setTimes(fileTime(ns[2], ns[3]), fileTime(ns[0], ns[1]), null);
            } catch (IOException e) {
                // CPython's utime error names no file (path_error would, but utime reports posix_error)
                throw Errno.error(Errno.of(e), null);
            }
            return PyNone.NONE;
        });
    }

    static final org.taipan.runtime.PyType STATVFS_RESULT = org.taipan.runtime.StructSeq.newType("os",
            "statvfs_result", 10, "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
            "f_favail", "f_flag", "f_namemax", "f_fsid");

    /**
     * {@code os.statvfs(path)} from the JDK's {@code FileStore}: block counts in units of its block
     * size; the JDK knows no inode counts (reported as 0) nor file system id (0).
     */
    static PyObject statvfs(Path p, PyObject filename) {
        try {
            java.nio.file.FileStore fs = Files.getFileStore(p);
            long bsize = fs.getBlockSize();
            PyObject[] v = {PyInt.of(bsize), PyInt.of(bsize), PyInt.of(fs.getTotalSpace() / bsize),
                PyInt.of(fs.getUnallocatedSpace() / bsize), PyInt.of(fs.getUsableSpace() / bsize), PyInt.of(0),
                PyInt.of(0), PyInt.of(0), PyInt.of(fs.isReadOnly() ? 1 : 0), PyInt.of(255)};
            return org.taipan.runtime.StructSeq.makeWithHidden(STATVFS_RESULT, v, new PyObject[] {PyInt.of(0)});
        } catch (IOException | UnsupportedOperationException e) {
            throw e instanceof IOException io ? Errno.error(io, filename) : Errno.error(Errno.EIO, filename);
        }
    }

    private static void delete(PosixPaths.PathArg p) {
        try {
            Files.delete(p.path());
        } catch (IOException e) {
            throw Errno.error(e, p.object());
        }
    }

    /** rename(2)'s errors the JDK would not give: a directory over a file and a file over a directory. */
    private static void checkSameKind(String fname, PosixPaths.PathArg src, PosixPaths.PathArg dst) {
        if (!Files.exists(src.path(), NOFOLLOW)) {
            throw Errno.error(Errno.ENOENT, src.object(), dst.object());
        }
        boolean srcDir = Files.isDirectory(src.path(), NOFOLLOW);
        if (Files.exists(dst.path(), NOFOLLOW)) {
            boolean dstDir = Files.isDirectory(dst.path(), NOFOLLOW);
            if (srcDir && !dstDir) {
                throw Errno.error(Errno.ENOTDIR, src.object(), dst.object());
            }
            if (!srcDir && dstDir) {
                throw Errno.error(Errno.EISDIR, src.object(), dst.object());
            }
        }
    }

    /** chmod(2): the whole mode through the JDK's {@code unix:mode} attribute. */
    static void setMode(Path p, int mode, boolean follow) throws IOException {
        Files.setAttribute(p, "unix:mode", mode & 07777, follow ? FOLLOW : NOFOLLOW);
    }

    private static PyObject listdir(PosixPaths.PathArg p) {
        if (p.isFd()) {
            p = ScanDir.fdDirectory(p, p.object());
        }
        List<PyObject> names = new ArrayList<>();
        try (DirReader r = ScanDir.open(p)) {
            while (r.next()) {
                names.add(p.bytes() ? PyBytes.ofCopy(r.name) : PyStr.of(FsEncoding.decode(r.name)));
            }
        } catch (IOException e) {
            throw Errno.error(e, p.object());
        }
        return new PyList(names.toArray(new PyObject[0]));
    }

    /**
     * {@code utime}'s times as {atime seconds, atime nanoseconds, mtime seconds, mtime
     * nanoseconds} (nanoseconds 0..999,999,999): now when neither is given.
     *
     * @throws org.taipan.runtime.PyException OverflowError "timestamp out of range for platform time_t" for seconds
     *     outside a 64-bit time_t (CPython's {@code _PyTime_ObjectToTimespec})
     */
    private static long[] utimeArgs(PyObject times, PyObject ns) {
        boolean hasTimes = times != null && times != PyNone.NONE;
        boolean hasNs = ns != null;
        if (hasTimes && hasNs) {
            throw Errors.valueError("utime: you may specify either 'times' or 'ns' but not both");
        }
        if (hasTimes) {
            if (!(times instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("utime: 'times' must be either a tuple of two ints or None");
            }
            long[] a = timespec(t.get(0)), m = timespec(t.get(1));
            return new long[] {a[0], a[1], m[0], m[1]};
        }
        if (hasNs) {
            if (!(ns instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("utime: 'ns' must be a tuple of two ints");
            }
            long[] a = splitNanos(Abstract.index(t.get(0), null)), m = splitNanos(Abstract.index(t.get(1), null));
            return new long[] {a[0], a[1], m[0], m[1]};
        }
        java.time.Instant now = java.time.Instant.now();
        return new long[] {now.getEpochSecond(), now.getNano(), now.getEpochSecond(), now.getNano()};
    }

    /** A FileTime for the JDK's attribute view (without native access), whole seconds beyond nanoseconds' range. */
    private static FileTime fileTime(long sec, long nsec) {
        return Math.abs(sec) < 9_000_000_000L ? FileTime.from(sec * 1_000_000_000L + nsec, TimeUnit.NANOSECONDS)
                : FileTime.from(sec, TimeUnit.SECONDS);
    }

    private static final java.math.BigInteger BILLION = java.math.BigInteger.valueOf(1_000_000_000L);

    /** {@code divmod(ns, 10**9)} as {seconds, nanoseconds}, the seconds a time_t. */
    private static long[] splitNanos(PyInt ns) {
        java.math.BigInteger[] qr = ns.bigValue().divideAndRemainder(BILLION);
        java.math.BigInteger sec = qr[0], nsec = qr[1];
        if (nsec.signum() < 0) {
            sec = sec.subtract(java.math.BigInteger.ONE);
            nsec = nsec.add(BILLION);
        }
        if (sec.bitLength() > 63) {
            throw timeOverflow();
        }
        return new long[] {sec.longValue(), nsec.longValue()};
    }

    /** A time in seconds (int or float, the float floored to whole nanoseconds) as {seconds, nanoseconds}. */
    private static long[] timespec(PyObject o) {
        if (o instanceof PyFloat f) {
            double d = f.value();
            if (Double.isNaN(d)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            double sec = Math.floor(d);
            double nsec = Math.floor((d - sec) * 1e9);
            if (nsec >= 1e9) {
                nsec -= 1e9;
                sec += 1;
            }
            // time_t's range: [-2**63, 2**63)
            if (!(sec >= -0x1p63 && sec < 0x1p63)) {
                throw timeOverflow();
            }
            return new long[] {(long) sec, (long) nsec};
        }
        PyInt i = PyInt.asInt(o);
        if (i == null) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", o.type().name());
        }
        if (i.bigValue().bitLength() > 63) {
            throw timeOverflow();
        }
        return new long[] {i.longValue(), 0};
    }

    private static org.taipan.runtime.PyException timeOverflow() {
        return Errors.of(ExceptionTypes.OverflowError, "timestamp out of range for platform time_t");
    }
}
