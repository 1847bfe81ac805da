package org.taipan.modules.io;

import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyStr;

/**
 * The interpreter's {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr}, made as CPython's
 * {@code create_stdio} makes them: a {@code TextIOWrapper} over a {@code BufferedReader} or
 * {@code BufferedWriter} over a {@code FileIO} on descriptor 0, 1 or 2 (not closed with the
 * object), encoded as UTF-8; stdout is line-buffered only on a terminal, stderr always, and
 * stderr's error handler is {@code backslashreplace}.
 */
public final class StandardStreams {
    private StandardStreams() {}

    /** The text stream of descriptor {@code fd} (0, 1 or 2) of {@code interp}. */
    public static PyTextIOWrapper create(Interpreter interp, int fd) {
        FdTable table = FdTable.of(interp);
        boolean read = fd == 0;
        String name = fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>";
        PyFileIO raw = new PyFileIO(PyFileIO.TYPE);
        raw.attachStandard(table, fd, PyStr.of(name), read);
        PyBuffered buffer = new PyBuffered(read ? PyBuffered.READER : PyBuffered.WRITER);
        buffer.attachRaw(raw, IOModule.DEFAULT_BUFFER_SIZE, read, !read);
        PyTextIOWrapper text = new PyTextIOWrapper(PyTextIOWrapper.TYPE);
        boolean tty = table.get(fd).tty;
        // newline "\n" as CPython on POSIX: no translation either way ("\r\n" read stays "\r\n").
        text.init(buffer, "utf-8", fd == 2 ? "backslashreplace" : "strict", "\n", fd == 2 || tty && fd == 1, false);
        text.dict().setItem(PyStr.of("mode"), PyStr.of(read ? "r" : "w"));
        return text;
    }
}
