package org.taipan.modules.io;

import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyStr;

/**
 * The interpreter's {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr}, made as CPython's
 * {@code create_stdio} makes them: a {@code TextIOWrapper} over a {@code BufferedReader} or
 * {@code BufferedWriter} over a {@code FileIO} on descriptor 0, 1 or 2 (not closed with the
 * object), encoded as UTF-8; stdout is line-buffered only on a terminal, stderr always, and
 * stderr's error handler is {@code backslashreplace}. Unbuffered ({@code -u},
 * {@code PYTHONUNBUFFERED}), stdout and stderr are instead a write-through {@code TextIOWrapper}
 * straight over the {@code FileIO}, neither line-buffered (stdin stays buffered: its
 * {@code TextIOWrapper} needs {@code read1}, though it is write-through too, as CPython's).
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
        boolean unbuffered = interp.options().startup().unbuffered();
        org.taipan.runtime.PyObject buffer = raw;
        if (read || !unbuffered) {
            PyBuffered buffered = new PyBuffered(read ? PyBuffered.READER : PyBuffered.WRITER);
            // create_stdio opens the stream with buffering=-1: the descriptor's _blksize, as open()
            buffered.attachRaw(raw, raw.blksize > 1 ? raw.blksize : IOModule.DEFAULT_BUFFER_SIZE, read, !read);
            buffer = buffered;
        }
        PyTextIOWrapper text = new PyTextIOWrapper(PyTextIOWrapper.TYPE);
        boolean tty = table.get(fd).tty;
        // newline "\n" as CPython on POSIX: no translation either way ("\r\n" read stays "\r\n").
        // the start-up options' error handler (surrogateescape in the UTF-8 mode and C.UTF-8 locale);
        // an encoding other than UTF-8 (PYTHONIOENCODING) is set later by setEncoding
        String errors = interp.options().startup().stdioEncoding() == null ? interp.options().startup().stdioErrors() : null;
        text.init(buffer, "utf-8", fd == 2 ? "backslashreplace" : errors == null ? "strict" : errors, "\n",
                !unbuffered && (fd == 2 || tty && fd == 1), unbuffered);
        text.dict().setItem(PyStr.of("mode"), PyStr.of(read ? "r" : "w"));
        return text;
    }

    /**
     * Sets the encoding and error handler of the interpreter's three standard streams, as
     * {@code PYTHONIOENCODING} and the UTF-8 mode do (CPython's {@code init_stdio_encoding} and
     * {@code create_stdio}): the encoding by its codec's name ({@code latin-1} shows as
     * {@code iso8859-1}), {@code errors} for stdin and stdout, stderr keeping
     * {@code backslashreplace}. Called once, before the program runs.
     *
     * @param encoding the encoding, or null for UTF-8
     * @param errors   the error handler, or null for {@code strict}
     * @throws FatalStartupError CPython's "failed to get the Python codec name" for an unknown encoding
     */
    public static void setEncoding(Interpreter interp, String encoding, String errors) {
        String name = "utf-8";
        if (encoding != null) {
            try {
                org.taipan.runtime.PyObject codecs = interp.importModule("codecs", new org.taipan.runtime.PyDict(),
                        org.taipan.runtime.PyNone.NONE, 0);
                org.taipan.runtime.PyObject info = org.taipan.runtime.Callables.callAttr(codecs, "lookup",
                        PyStr.of(encoding));
                name = org.taipan.runtime.Abstract.str(org.taipan.runtime.Abstract.getAttr(info, PyStr.of("name"))).toString();
            } catch (org.taipan.runtime.PyException e) {
                throw new org.taipan.runtime.FatalStartupError("init_stdio_encoding",
                        "failed to get the Python codec name of the stdio encoding", "core initialized",
                        e.value.type().name() + ": " + org.taipan.runtime.Abstract.str(e.value).toString());
            }
        }
        PyTextIOWrapper[] streams = {interp.stdin(), interp.stdout(), interp.stderr()};
        for (int fd = 0; fd < 3; fd++) {
            PyTextIOWrapper t = streams[fd];
            t.init(t.buffer, name, fd == 2 ? "backslashreplace" : errors == null ? "strict" : errors, "\n",
                    t.lineBuffering, t.writeThrough);
        }
    }
}
