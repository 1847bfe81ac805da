package org.taipan.modules.mmap;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import org.taipan.modules.io.FdTable;
import org.taipan.modules.posix.Errno;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyException;

/**
 * The file side of a file-backed {@code mmap}: a descriptor of its own (a {@code dup} of the
 * caller's, as CPython keeps one so that {@code size()} and {@code resize()} work after the file
 * is closed) and the region {@code [offset, offset + length)} mapped with
 * {@link FileChannel#map}.
 *
 * <p>The bytes a program sees live in a heap array owned by {@link PyMmap}, because Taipan's
 * buffer protocol shares {@code byte[]}s; this class copies the mapping into that array once, and
 * copies ranges back for a shared writable map ({@link #store}), so a write through the map is in
 * the file at once, as with {@code MAP_SHARED}. A region too large for an array is mapped as the
 * map's memory itself instead ({@link #mapLarge}).
 */
final class MappedFile {
    private final Interpreter interp;
    private final int fd;
    private final FileChannel channel;
    private final long offset;
    /** The writable shared mapping, or null when nothing goes back to the file (read-only, copy). */
    private MappedByteBuffer shared;
    /** Closes {@link #fd} if the map is collected unclosed (as mmap_object_dealloc does). */
    private FdTable.Claim claim;

    private MappedFile(Interpreter interp, int fd, FileChannel channel, long offset) {
        this.interp = interp;
        this.fd = fd;
        this.channel = channel;
        this.offset = offset;
    }

    /**
     * Duplicates descriptor {@code fd} of {@code interp}'s table for a new map.
     *
     * @throws PyException OSError EBADF for a descriptor that is not open
     */
    static MappedFile open(Interpreter interp, int fd, long offset) {
        FdTable table = FdTable.of(interp);
        int own = table.get(fd) == null ? -1 : table.dup(fd);
        if (own < 0) {
            throw Errno.error(Errno.EBADF, null);
        }
        return new MappedFile(interp, own, table.get(own).channel(), offset);
    }

    /** Makes this map's descriptor close when {@code owner} is collected without {@link #close}. */
    void claimFor(PyMmap owner) {
        claim = FdTable.of(interp).claim(owner, fd);
    }

    /** Whether the file is a regular file (a channel, not a pipe or standard stream). */
    boolean regular() {
        return channel != null;
    }

    /** The file's size in bytes ({@code fstat}'s {@code st_size}). */
    long fileSize() {
        if (channel == null) {
            return 0;
        }
        try {
            return channel.size();
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    /**
     * Maps {@code length} bytes and returns their contents; {@code writeBack} keeps a shared
     * writable mapping for {@link #store}.
     *
     * @throws PyException OSError ENODEV for a file that cannot be mapped (a pipe), PermissionError
     *     EACCES when the descriptor's mode does not allow the protection asked for
     */
    byte[] load(int length, boolean writeBack) {
        if (channel == null) {
            throw Errno.error(19, null);
        }
        try {
            MappedByteBuffer view = channel.map(writeBack ? FileChannel.MapMode.READ_WRITE : FileChannel.MapMode.READ_ONLY,
                    offset, length);
            byte[] data = new byte[length];
            view.get(0, data);
            shared = writeBack ? view : null;
            return data;
        } catch (NonWritableChannelException | NonReadableChannelException e) {
            throw Errno.error(Errno.EACCES, null);
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    /**
     * Maps {@code length} bytes (more than a Java array holds) in {@code arena} as the map's
     * memory itself: read-only, shared writable, or private (copy-on-write, which the JDK maps
     * only for a descriptor open for reading and writing; otherwise PermissionError).
     */
    java.lang.foreign.MemorySegment mapLarge(long length, boolean write, boolean shareWrites,
            java.lang.foreign.Arena arena) {
        if (channel == null) {
            throw Errno.error(19, null);
        }
        FileChannel.MapMode mode = !write ? FileChannel.MapMode.READ_ONLY
                : shareWrites ? FileChannel.MapMode.READ_WRITE : FileChannel.MapMode.PRIVATE;
        try {
            return channel.map(mode, offset, length, arena);
        } catch (NonWritableChannelException | NonReadableChannelException e) {
            throw Errno.error(Errno.EACCES, null);
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    /** Copies {@code data[from:from+length]} to the file, when this map writes back. */
    void store(byte[] data, int from, int length) {
        if (shared != null && length > 0) {
            shared.put(from, data, from, length);
        }
    }

    /** {@code msync}: stores the range and forces it to the storage device. */
    void sync(byte[] data, int from, int length) {
        if (shared != null) {
            store(data, from, length);
            shared.force(from, length);
        }
    }

    /**
     * {@code resize}: stores {@code data}, sets the file's size to {@code offset + newLength}
     * ({@code ftruncate}) and maps that many bytes again, returning their contents.
     */
    byte[] resize(byte[] data, int length, int newLength) {
        store(data, 0, length);
        try {
            long end = offset + newLength;
            if (channel.size() > end) {
                channel.truncate(end);
            } else if (channel.size() < end) {
                // ftruncate grows a file with zeros; a write of its last byte does the same
                channel.write(java.nio.ByteBuffer.allocate(1), end - 1);
            }
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
        return load(newLength, true);
    }

    /** {@code ftruncate(fd, offset)}: what a resize to no bytes does before mremap() refuses. */
    void truncate() {
        // the mapping now lies past the file's end, where a store would fault (SIGBUS)
        shared = null;
        try {
            if (channel.size() > offset) {
                channel.truncate(offset);
            }
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    /** Stores what is left to store and closes this map's descriptor. */
    void close(byte[] data, int length) {
        store(data, 0, length);
        shared = null;
        FdTable.of(interp).release(claim);
        claim = null;
        try {
            FdTable.of(interp).close(fd);
        } catch (IOException e) {
            // as CPython's close(), which ignores close()'s result
        }
    }
}
