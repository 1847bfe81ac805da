package org.taipan.modules.io;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyObject;

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
    /** The file objects {@code open()} returned, closed when the program ends (see {@link #closeAll}). */
    private final List<WeakReference<PyObject>> opened = new ArrayList<>();

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

    /** Remembers a file object made by {@code open()} so that {@link #closeAll} can flush it. */
    public synchronized void track(PyObject file) {
        if (opened.size() >= 64) {
            opened.removeIf(r -> gone(r.get()));
        }
        opened.add(new WeakReference<>(file));
    }

    private static boolean gone(PyObject f) {
        try {
            return f == null || f instanceof PyIOBase io && io.isClosed();
        } catch (RuntimeException e) {
            return true;
        }
    }

    /**
     * Closes, newest first, the files {@code open()} made that are still open, as CPython's
     * finalizers do when the program's objects are destroyed at exit: buffered data that a program
     * never flushed reaches its file. Failures are ignored, as in a finalizer. Objects the JVM
     * already collected are gone with their unflushed data; CPython flushes those as soon as the
     * last reference goes, which a tracing collector cannot imitate.
     */
    public static void closeAll(Interpreter interp) {
        FdTable t;
        synchronized (TABLES) {
            t = TABLES.get(interp);
        }
        if (t == null) {
            return;
        }
        List<WeakReference<PyObject>> files;
        synchronized (t) {
            files = new ArrayList<>(t.opened);
            t.opened.clear();
        }
        for (int i = files.size() - 1; i >= 0; i--) {
            PyObject f = files.get(i).get();
            try {
                if (f instanceof PyTextIOWrapper w) {
                    w.close();
                } else if (f instanceof PyBuffered b) {
                    b.close();
                }
            } catch (RuntimeException e) {
                // as a finalizer would: nothing to report to
            }
        }
    }
}
