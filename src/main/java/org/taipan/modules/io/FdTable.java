package org.taipan.modules.io;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;
import org.taipan.runtime.Interpreter;

/**
 * The file descriptors of one interpreter. The JVM does not expose the process's descriptors, so
 * each interpreter numbers its open files itself as POSIX does (the lowest free number, 0, 1 and
 * 2 being the interpreter's standard streams): several interpreters in one JVM (the test harness)
 * each see their own descriptors, and {@code open(1, "w")} writes to the interpreter's stdout.
 */
public final class FdTable {
    /** An open file: a channel for a file on disk, or the byte streams of a standard stream. */
    public static final class OpenFile {
        final FileChannel channel;
        final InputStream in;
        final OutputStream out;
        final boolean tty;

        OpenFile(FileChannel channel, InputStream in, OutputStream out, boolean tty) {
            this.channel = channel;
            this.in = in;
            this.out = out;
            this.tty = tty;
        }
    }

    private static final Map<Interpreter, FdTable> TABLES = new WeakHashMap<>();

    private final TreeMap<Integer, OpenFile> files = new TreeMap<>();

    private FdTable(Interpreter interp) {
        boolean process = interp.options().stdout() == System.out;
        boolean tty = process && System.console() != null && System.console().isTerminal();
        files.put(0, new OpenFile(null, interp.options().stdin(), null, tty));
        files.put(1, new OpenFile(null, null, interp.options().stdout(), tty));
        files.put(2, new OpenFile(null, null, interp.options().stderr(), tty));
    }

    /** The descriptor table of {@code interp}, made on first use. */
    public static FdTable of(Interpreter interp) {
        synchronized (TABLES) {
            return TABLES.computeIfAbsent(interp, FdTable::new);
        }
    }

    /** Registers a newly opened channel under the lowest free descriptor number. */
    public synchronized int add(FileChannel channel) {
        int fd = 0;
        while (files.containsKey(fd)) {
            fd++;
        }
        files.put(fd, new OpenFile(channel, null, null, false));
        return fd;
    }

    /** The open file numbered {@code fd}, or null (EBADF). */
    public synchronized OpenFile get(int fd) {
        return files.get(fd);
    }

    /** Forgets {@code fd}; the caller closes the channel. */
    public synchronized OpenFile remove(int fd) {
        return files.remove(fd);
    }
}
