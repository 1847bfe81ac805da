package org.taipan.modules.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;
import org.taipan.runtime.StructSeq;

/**
 * {@code os.stat_result}, CPython's struct sequence: ten items (the last three the integer
 * times, unnamed), then the float times, the {@code _ns} times, {@code st_blksize},
 * {@code st_blocks} and {@code st_rdev} as attributes. Filled from the JDK's {@code unix:*}
 * file attributes, which have no block counts: {@code st_blocks} is estimated from the size,
 * except for a symbolic link, whose count statx(2) gives through {@link Libc} ({@link #blocks}).
 */
public final class StatResult {
    /** The {@code st_blksize} every stat result reports (the JDK does not give the file system's). */
    public static final int BLKSIZE = 4096;

    private StatResult() {}

    public static final PyType TYPE = StructSeq.newType("os", "stat_result", 10, "st_mode", "st_ino", "st_dev",
            "st_nlink", "st_uid", "st_gid", "st_size", null, null, null, "st_atime", "st_mtime", "st_ctime",
            "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev");

    /** {@code S_IFCHR | 0620}: what a terminal or captured standard stream reports. */
    private static final int CHAR_DEVICE_MODE = 0020000 | 0620;
    /** {@code S_IFIFO | 0600}: a pipe end. */
    private static final int FIFO_MODE = 0010000 | 0600;

    /**
     * The attributes a stat result and a scandir entry read: named one by one because
     * {@code unix:*} includes {@code owner} and {@code group}, whose user and group name look-ups
     * read {@code /etc/passwd} and {@code /etc/group} on every call (four times the cost of the
     * stat itself).
     */
    private static final String ATTRIBUTES =
            "unix:mode,ino,dev,rdev,nlink,uid,gid,size,lastAccessTime,lastModifiedTime,ctime,isDirectory";
    private static final LinkOption[] FOLLOW = {}, NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};

    /**
     * The attributes of {@code p}.
     *
     * @throws IOException as the JDK reports a failure (the caller names the file)
     */
    static Map<String, Object> attributes(Path p, boolean follow) throws IOException {
        try {
            return Files.readAttributes(p, ATTRIBUTES, follow ? FOLLOW : NOFOLLOW);
        } catch (UnsupportedOperationException e) {
            throw new IOException("Input/output error");
        }
    }

    /** {@code os.stat(path)} / {@code os.lstat(path)}. */
    static PyObject of(PosixPaths.PathArg arg, boolean follow) {
        boolean directory = PosixPaths.namesDirectory(arg);
        try {
            Map<String, Object> a = attributes(arg.path(), follow || directory);
            if (directory && !Boolean.TRUE.equals(a.get("isDirectory"))) {
                throw Errno.error(Errno.ENOTDIR, arg.object());
            }
            return of(a, arg.path(), follow || directory);
        } catch (java.nio.file.NoSuchFileException e) {
            // the JDK reports ENOTDIR (a regular file used as a directory on the way) as not found
            throw Errno.error(throughFile(arg.path()) ? Errno.ENOTDIR : Errno.ENOENT, arg.object());
        } catch (IOException e) {
            throw Errno.error(e, arg.object());
        }
    }

    /** Whether the nearest existing ancestor of {@code p} is not a directory (stat(2) then fails with ENOTDIR). */
    private static boolean throughFile(Path p) {
        for (Path q = p.toAbsolutePath().getParent(); q != null; q = q.getParent()) {
            if (Files.exists(q)) {
                return !Files.isDirectory(q);
            }
        }
        return false;
    }

    /** A stat_result from {@code unix:*} attributes of {@code file}, read following links or not. */
    static PyObject of(Map<String, Object> a, Path file, boolean follow) {
        long size = num(a, "size");
        long[] ns = {nanos(a.get("lastAccessTime")), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime"))};
        // the JDK gives uid_t and gid_t as signed ints: ids from 2**31 up read negative
        return make(num(a, "mode"), num(a, "ino"), num(a, "dev"), num(a, "nlink"), num(a, "uid") & 0xFFFFFFFFL,
                num(a, "gid") & 0xFFFFFFFFL, size, ns, num(a, "rdev"), blocks(file, follow, num(a, "mode"), size));
    }

    private static final long S_IFMT = 0170000, S_IFLNK = 0120000;

    /**
     * {@code st_blocks}: for a symbolic link (lstat) the file system's count, asked of the C
     * library (a link short enough to live in its inode has none); for anything else the size
     * in 512-byte blocks rounded up to whole 4 KiB pages, what ext4 reports for a file without
     * holes. Asking for every file cost ~1.7 us per stat, half again its time; a sparse file,
     * or a directory on tmpfs, reads more blocks than it has.
     */
    private static long blocks(Path file, boolean follow, long mode, long size) {
        long n = !follow && (mode & S_IFMT) == S_IFLNK && Libc.available() ? Libc.blocks(file, false) : -1;
        return n >= 0 ? n : (size + 4095) / 4096 * 8;
    }

    /** The stat_result of a standard stream or pipe end, which has no file behind it. */
    static PyObject ofStream(boolean pipe) {
        long now = System.currentTimeMillis() * 1_000_000L;
        return make(pipe ? FIFO_MODE : CHAR_DEVICE_MODE, 0, 0, 1, 0, 0, 0, new long[] {now, now, now}, 0, 0);
    }

    private static PyObject make(long mode, long ino, long dev, long nlink, long uid, long gid, long size,
            long[] ns, long rdev, long blocks) {
        PyObject[] visible = {PyInt.of(mode), PyInt.of(ino), PyInt.of(dev), PyInt.of(nlink), PyInt.of(uid),
            PyInt.of(gid), PyInt.of(size), PyInt.of(Math.floorDiv(ns[0], 1_000_000_000L)),
            PyInt.of(Math.floorDiv(ns[1], 1_000_000_000L)), PyInt.of(Math.floorDiv(ns[2], 1_000_000_000L))};
        PyObject[] hidden = new PyObject[9];
        for (int i = 0; i < 3; i++) {
            long sec = Math.floorDiv(ns[i], 1_000_000_000L);
            long nsec = Math.floorMod(ns[i], 1_000_000_000L);
            // posixmodule.c's fill_time: the float is sec + nsec * 1e-9
            hidden[i] = new PyFloat(sec + nsec * 1e-9);
            hidden[3 + i] = PyInt.of(java.math.BigInteger.valueOf(ns[i]));
        }
        hidden[6] = PyInt.of(BLKSIZE);
        hidden[7] = PyInt.of(blocks);
        hidden[8] = PyInt.of(rdev);
        return StructSeq.makeWithHidden(TYPE, visible, hidden);
    }

    private static long num(Map<String, Object> a, String key) {
        Object v = a.get(key);
        return v instanceof Number n ? n.longValue() : 0;
    }

    private static long nanos(Object t) {
        return t instanceof FileTime ft ? ft.to(TimeUnit.NANOSECONDS) : 0;
    }
}
