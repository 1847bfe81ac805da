package org.taipan.modules.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigInteger;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;
import org.taipan.runtime.StructSeq;

/**
 * {@code os.stat_result}, CPython's struct sequence: ten items (the last three the integer
 * times, unnamed), then the float times, the {@code _ns} times, {@code st_blksize},
 * {@code st_blocks} and {@code st_rdev} as attributes, made from a {@link FileStatus}.
 */
public final class StatResult {
    /** The {@code st_blksize} the buffered file objects use (CPython's {@code DEFAULT_BUFFER_SIZE}). */
    public static final int BLKSIZE = FileStatus.DEFAULT_BLKSIZE;

    private StatResult() {}

    public static final PyType TYPE = StructSeq.newType("os", "stat_result", 10, "st_mode", "st_ino", "st_dev",
            "st_nlink", "st_uid", "st_gid", "st_size", null, null, null, "st_atime", "st_mtime", "st_ctime",
            "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev");

    private static final String[] HIDDEN = {"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns",
        "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"};

    static {
        // statresult_new: made from a sequence without the float times, they are the integer ones
        org.taipan.runtime.Slots.New structseqNew = TYPE.tp_new;
        TYPE.tp_new = (type, a, k) -> {
            PyObject r = structseqNew.call(type, a, k);
            if (!(r instanceof org.taipan.runtime.PyTuple t) || t.size() < 10) {
                return r;
            }
            PyObject[] hidden = new PyObject[HIDDEN.length];
            boolean changed = false;
            for (int i = 0; i < HIDDEN.length; i++) {
                hidden[i] = org.taipan.runtime.Abstract.getAttr(r, HIDDEN[i]);
                if (i < 3 && hidden[i] == org.taipan.runtime.PyNone.NONE) {
                    hidden[i] = t.get(7 + i);
                    changed = true;
                }
            }
            return changed ? StructSeq.makeWithHidden(type, java.util.Arrays.copyOf(t.array(), 10), hidden) : r;
        };
    }

    /** {@code S_IFCHR | 0620}: what a terminal or captured standard stream reports. */
    private static final int CHAR_DEVICE_MODE = 0020000 | 0620;
    /** {@code S_IFIFO | 0600}: a pipe end. */
    private static final int FIFO_MODE = 0010000 | 0600;

    /**
     * {@code os.stat(path)} / {@code os.lstat(path)} ({@code posix_do_stat}): a name ending in a
     * slash must be a directory.
     *
     * @throws org.taipan.runtime.PyException OSError (its subclass by errno) naming the argument
     */
    static PyObject of(PosixPaths.PathArg arg, boolean follow) {
        try {
            return of(FileStatus.of(arg.path(), PosixPaths.namesDirectory(arg), follow));
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

    /**
     * The {@code stat_result} of {@code s} ({@code _pystat_fromstructstat}): the integer times
     * are whole seconds, the float ones {@code sec + nsec * 1e-9}, the {@code _ns} ones exact.
     */
    static PyObject of(FileStatus s) {
        PyObject[] visible = {PyInt.of(s.mode()), unsigned(s.ino()), PyInt.of(s.dev()), PyInt.of(s.nlink()),
            id(s.uid()), id(s.gid()), PyInt.of(s.size()), PyInt.of(s.sec()[0]), PyInt.of(s.sec()[1]),
            PyInt.of(s.sec()[2])};
        PyObject[] hidden = new PyObject[9];
        for (int i = 0; i < 3; i++) {
            hidden[i] = new PyFloat(s.sec()[i] + s.nsec()[i] * 1e-9);
            hidden[3 + i] = nanos(s.sec()[i], s.nsec()[i]);
        }
        hidden[6] = PyInt.of(s.blksize());
        hidden[7] = PyInt.of(s.blocks());
        hidden[8] = PyInt.of(s.rdev());
        return StructSeq.makeWithHidden(TYPE, visible, hidden);
    }

    private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);

    /** {@code sec * 10**9 + nsec}, in a long while it fits (some 292 years either side of 1970). */
    private static PyObject nanos(long sec, int nsec) {
        if (Math.abs(sec) < 9_000_000_000L) {
            return PyInt.of(sec * 1_000_000_000L + nsec);
        }
        return PyInt.of(BigInteger.valueOf(sec).multiply(BILLION).add(BigInteger.valueOf(nsec)));
    }

    /** An unsigned 64-bit value ({@code ino_t}). */
    private static PyObject unsigned(long v) {
        return v >= 0 ? PyInt.of(v) : PyInt.of(new BigInteger(Long.toUnsignedString(v)));
    }

    /** {@code _PyLong_FromUid}: a uid_t or gid_t, with {@code (uid_t) -1} as -1. */
    private static PyObject id(long v) {
        return PyInt.of(v == 0xFFFFFFFFL ? -1 : v);
    }

    /** The stat_result of a standard stream or pipe end with no real descriptor behind it (an embedder's). */
    static PyObject ofStream(boolean pipe) {
        long now = System.currentTimeMillis();
        long[] sec = {now / 1000, now / 1000, now / 1000};
        int ms = (int) (now % 1000) * 1_000_000;
        return of(new FileStatus(pipe ? FIFO_MODE : CHAR_DEVICE_MODE, 0, 0, 1, 0, 0, 0, sec, new int[] {ms, ms, ms},
                FileStatus.DEFAULT_BLKSIZE, 0, 0));
    }
}
