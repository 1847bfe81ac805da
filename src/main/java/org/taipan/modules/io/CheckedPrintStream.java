package org.taipan.modules.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * A {@link PrintStream} that keeps the {@link IOException} of its last failing write or flush
 * (a plain PrintStream swallows it), so that a Python {@code FileIO} writing through it raises
 * what CPython's {@code write(2)} would: {@code BrokenPipeError} when the reader of a pipe went
 * away ({@code taipan prog.py | head -1}), {@code OSError} ENOSPC on a full disk. The command
 * line gives the process's standard output to interpreters as one of these.
 */
public final class CheckedPrintStream extends PrintStream {
    private IOException failure;

    /** @param out where the bytes go (buffered by the caller, or not) */
    public CheckedPrintStream(OutputStream out) {
        super(out, false);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            fail(e);
        }
    }

    @Override
    public synchronized void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            fail(e);
        }
    }

    @Override
    public synchronized void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            fail(e);
        }
    }

    private void fail(IOException e) {
        setError();
        // A descriptor closed before start-up (taipan prog.py >&-): CPython then has no sys.stdout
        // at all and the program's output vanishes without an error; so does it here.
        if (!"Bad file descriptor".equals(e.getMessage())) {
            failure = e;
        }
    }

    /**
     * Writes {@code data[off, off+len)} to {@code out} and flushes it; when {@code out} is a
     * CheckedPrintStream, throws the failure its write or flush kept (a PrintStream keeps errors
     * to itself), so that {@code FileIO.write} and {@code os.write} on a standard stream raise it.
     */
    static void writeChecked(OutputStream out, byte[] data, int off, int len) throws IOException {
        out.write(data, off, len);
        out.flush();
        if (out instanceof CheckedPrintStream checked) {
            IOException failure = checked.takeFailure();
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** The failure of a write or flush since the last call, or null; clears it. */
    synchronized IOException takeFailure() {
        IOException e = failure;
        failure = null;
        return e;
    }
}
