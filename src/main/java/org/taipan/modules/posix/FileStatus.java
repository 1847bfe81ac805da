package org.taipan.modules.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One file's status, the fields of {@code struct stat} that {@code os.stat_result} shows: from
 * statx(2) ({@link Statx}), or from the JDK's {@code unix:*} attributes where the C library
 * cannot be called ({@link #ofAttributes}).
 *
 * @param mode {@code st_mode}: type and permission bits
 * @param ino the inode number, unsigned 64 bits held in a long
 * @param dev the device, {@code makedev(major, minor)} as glibc packs it
 * @param nlink hard links
 * @param uid the owner, unsigned 32 bits
 * @param gid the group, unsigned 32 bits
 * @param size bytes
 * @param sec access, modification and status-change times: whole seconds since the epoch
 *     (indices 0, 1, 2), may be negative
 * @param nsec the nanoseconds (0..999,999,999) past each of {@code sec}
 * @param blksize the preferred I/O size in bytes
 * @param blocks 512-byte blocks allocated
 * @param rdev the device a special file stands for, packed as {@code dev}
 */
public record FileStatus(long mode, long ino, long dev, long nlink, long uid, long gid, long size, long[] sec,
        int[] nsec, long blksize, long blocks, long rdev) {
    /** {@code S_IFMT} and the file types the callers test. */
    static final int S_IFMT = 0170000, S_IFDIR = 0040000, S_IFREG = 0100000, S_IFLNK = 0120000;

    /** The {@code st_blksize} a status from the JDK's attributes reports (the JDK does not give the file system's). */
    public static final int DEFAULT_BLKSIZE = 4096;

    /**
     * The JDK attributes a status is made from where statx cannot be called: named one by one because
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

    /** The file type bits ({@code S_IFMT}) of {@link #mode}. */
    int fileType() {
        return (int) (mode & S_IFMT);
    }

    /**
     * The status of {@code path}, following a final symbolic link or not, by statx(2) where the C
     * library can be called and the JDK's attributes elsewhere.
     *
     * @param slash whether the name as given ends in a slash (the kernel then wants a directory)
     * @throws IOException the failure, a {@link NativeFdStreams.ErrnoException} with the C error
     *     number from statx (the caller names the file)
     */
    static FileStatus of(Path path, boolean slash, boolean follow) throws IOException {
        return Statx.available() ? Statx.path(FsEncoding.bytes(path), slash, follow) : ofJdk(path, slash, follow);
    }

    /** {@link #of(Path, boolean, boolean)} for an absolute path given as the file system's bytes. */
    static FileStatus of(byte[] path, boolean slash, boolean follow) throws IOException {
        return Statx.available() ? Statx.path(path, slash, follow) : ofJdk(FsEncoding.toPath(path), slash, follow);
    }

    private static FileStatus ofJdk(Path path, boolean slash, boolean follow) throws IOException {
        FileStatus s = ofAttributes(attributes(path, follow || slash));
        if (slash && s.fileType() != S_IFDIR) {
            throw new NativeFdStreams.ErrnoException(Errno.ENOTDIR);
        }
        return s;
    }

    /**
     * A status from the JDK's {@code unix:*} attributes of a file. They have no block count: {@code st_blocks} is the size rounded up to whole 4 KiB pages
     * in 512-byte blocks, what ext4 reports for a file without holes.
     */
    static FileStatus ofAttributes(Map<String, Object> a) {
        long size = num(a, "size");
        long[] sec = new long[3];
        int[] nsec = new int[3];
        String[] keys = {"lastAccessTime", "lastModifiedTime", "ctime"};
        for (int i = 0; i < 3; i++) {
            long ns = a.get(keys[i]) instanceof FileTime ft ? ft.to(TimeUnit.NANOSECONDS) : 0;
            sec[i] = Math.floorDiv(ns, 1_000_000_000L);
            nsec[i] = (int) Math.floorMod(ns, 1_000_000_000L);
        }
        // the JDK gives uid_t and gid_t as signed ints: ids from 2**31 up read negative
        return new FileStatus(num(a, "mode"), num(a, "ino"), num(a, "dev"), num(a, "nlink"), num(a, "uid") & 0xFFFFFFFFL,
                num(a, "gid") & 0xFFFFFFFFL, size, sec, nsec, DEFAULT_BLKSIZE, (size + 4095) / 4096 * 8, num(a, "rdev"));
    }

    private static long num(Map<String, Object> a, String key) {
        return a.get(key) instanceof Number n ? n.longValue() : 0;
    }
}
