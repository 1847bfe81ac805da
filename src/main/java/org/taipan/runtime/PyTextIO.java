package org.taipan.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A text stream over a byte stream ({@code sys.stdout}, {@code sys.stderr}, {@code sys.stdin}):
 * Python text is encoded as UTF-8. Output is buffered and written on {@code flush()}, when the
 * buffer fills, and (for line-buffered streams) at each newline.
 */
public final class PyTextIO extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("TextIOWrapper", PyType.OBJECT);

    static {
        TYPE.addMethod("write", (self, a, k) -> {
            PyObject s = Args.oneArg("write", a, k);
            if (!(s instanceof PyStr ps)) {
                throw Errors.typeError("write() argument must be str, not %s", s.type().name());
            }
            ((PyTextIO) self).write(ps.toString());
            return PyInt.of(ps.length());
        });
        TYPE.addMethod("flush", (self, a, k) -> {
            ((PyTextIO) self).flush();
            return PyNone.NONE;
        });
        TYPE.addMethod("readline", (self, a, k) -> PyStr.of(((PyTextIO) self).readLine()));
        TYPE.addMethod("read", (self, a, k) -> PyStr.of(((PyTextIO) self).readAll()));
        TYPE.addMethod("isatty", (self, a, k) -> PyBool.FALSE);
        TYPE.addMethod("fileno", (self, a, k) -> PyInt.of(((PyTextIO) self).fd));
        TYPE.addMethod("writable", (self, a, k) -> PyBool.of(((PyTextIO) self).out != null));
        TYPE.addMethod("readable", (self, a, k) -> PyBool.of(((PyTextIO) self).in != null));
        TYPE.addAttr("encoding", PyStr.of("utf-8"));
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> {
            String l = ((PyTextIO) o).readLine();
            return l.isEmpty() ? null : PyStr.of(l);
        };
        TYPE.tp_repr = o -> PyStr.of("<_io.TextIOWrapper name='" + ((PyTextIO) o).name + "' mode='"
                + (((PyTextIO) o).in != null ? "r" : "w") + "' encoding='utf-8'>");
        TYPE.ready();
    }

    private final String name;
    private final int fd;
    private final PrintStream out;
    private final InputStream in;
    private final boolean lineBuffered;
    private final StringBuilder buffer = new StringBuilder();

    public PyTextIO(String name, int fd, PrintStream out, InputStream in, boolean lineBuffered) {
        this.name = name;
        this.fd = fd;
        this.out = out;
        this.in = in;
        this.lineBuffered = lineBuffered;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public void write(String s) {
        if (out == null) {
            throw Errors.of(ExceptionTypes.OSError, "not writable");
        }
        buffer.append(s);
        if (buffer.length() > 8192 || lineBuffered && s.indexOf('\n') >= 0) {
            flush();
        }
    }

    public void flush() {
        if (out != null && buffer.length() > 0) {
            byte[] b = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            out.write(b, 0, b.length);
        }
        if (out != null) {
            out.flush();
        }
    }

    private String readLine() {
        if (in == null) {
            throw Errors.of(ExceptionTypes.OSError, "not readable");
        }
        try {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            int c;
            while ((c = in.read()) >= 0) {
                line.write(c);
                if (c == '\n') {
                    break;
                }
            }
            return line.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Errors.of(ExceptionTypes.OSError, e.getMessage());
        }
    }

    private String readAll() {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Errors.of(ExceptionTypes.OSError, e.getMessage());
        }
    }

    /** {@code input()}'s line reading: the line without its newline, or null at end of file. */
    public String readLineOrNull() {
        String l = readLine();
        if (l.isEmpty()) {
            return null;
        }
        return l.endsWith("\n") ? l.substring(0, l.length() - 1) : l;
    }
}
