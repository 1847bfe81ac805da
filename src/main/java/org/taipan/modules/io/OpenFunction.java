package org.taipan.modules.io;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
 * closefd=True, opener=None)} (CPython's {@code _io_open_impl}): parses the mode, opens a
 * {@link PyFileIO}, wraps it in the buffered type of the mode and, in text mode, in a
 * {@link PyTextIOWrapper}. Error messages are CPython's.
 */
final class OpenFunction {
    private OpenFunction() {}

    static PyObject open(PyObject[] a, String[] k) {
        PyObject[] v = IOArgs.parse("open", a, k, 1, "file", "mode", "buffering", "encoding", "errors", "newline",
                "closefd", "opener");
        PyObject file = v[0];
        String mode = "r";
        if (v[1] != null) {
            if (!(v[1] instanceof PyStr s)) {
                throw Errors.typeError("open() argument 'mode' must be str, not %s", v[1].type().name());
            }
            mode = s.toString();
        }
        long buffering = -1;
        if (v[2] != null) {
            if (PyInt.asInt(v[2]) == null) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", v[2].type().name());
            }
            buffering = IOArgs.integer(v[2]);
        }
        String encoding = IOArgs.optionalString(v[3], "open", "encoding");
        String errors = IOArgs.optionalString(v[4], "open", "errors");
        String newline = IOArgs.optionalString(v[5], "open", "newline");
        boolean closefd = IOModule.flag(v[6], true);
        PyObject opener = v[7];

        boolean creating = false, reading = false, writing = false, appending = false, updating = false;
        boolean text = false, binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwxabt+".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw Errors.valueError("invalid mode: %s", Abstract.repr(PyStr.of(mode)));
            }
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                default -> binary = true;
            }
        }
        if (text && binary) {
            throw Errors.valueError("can't have text and binary mode at once");
        }
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        // With no mode letter at all, FileIO rejects the raw mode with its own message.
        if (kinds > 1) {
            throw Errors.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) {
            throw Errors.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw Errors.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != null) {
            throw Errors.valueError("binary mode doesn't take a newline argument");
        }
        String rawMode = (creating ? "x" : reading ? "r" : writing ? "w" : appending ? "a" : "") + (updating ? "+" : "");
        if (!binary && encoding == null) {
            IOArgs.warnDefaultEncoding();
        }
        if (binary && buffering == 1) {
            org.taipan.modules.warnings.Warnings.warn(org.taipan.runtime.ExceptionTypes.RuntimeWarning,
                    "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used",
                    1);
        }

        FdTable.of(org.taipan.runtime.ThreadState.current().interpreter).flushOpenFiles();
        PyFileIO raw = new PyFileIO(PyFileIO.TYPE);
        raw.init(file, rawMode, closefd, opener);
        try {
            boolean lineBuffering = false;
            if (buffering == 1 || buffering < 0 && raw.isTty()) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) {
                // _io_open_impl: the raw file's _blksize when above 1 (how much of a large write
                // bypasses the buffer depends on it: a pipe's reader that went away sees what CPython's does)
                buffering = raw.blksize > 1 ? raw.blksize : IOModule.DEFAULT_BUFFER_SIZE;
            }
            if (buffering == 0) {
                if (binary) {
                    track(raw, raw);
                    return raw;
                }
                throw Errors.valueError("can't have unbuffered text I/O");
            }
            PyType bufferType = updating ? PyBuffered.RANDOM : reading ? PyBuffered.READER : PyBuffered.WRITER;
            PyBuffered buffer = new PyBuffered(bufferType);
            buffer.attachRaw(raw, (int) Math.min(buffering, 1 << 24), updating || reading, !reading || updating);
            FdTable table = FdTable.of(org.taipan.runtime.ThreadState.current().interpreter);
            table.watchWrites(buffer);
            if (binary) {
                track(buffer, raw);
                return buffer;
            }
            PyTextIOWrapper wrapper = new PyTextIOWrapper(PyTextIOWrapper.TYPE);
            wrapper.init(buffer, encoding == null || encoding.equals("locale") ? null : encoding, errors, newline,
                    lineBuffering, false);
            wrapper.dict().setItem(PyStr.of("mode"), PyStr.of(mode));
            table.watchWrites(wrapper);
            track(wrapper, raw);
            return wrapper;
        } catch (PyException e) {
            try {
                raw.close();
            } catch (PyException ignored) {
                // the first error is the one to report
            }
            throw e;
        }
    }

    /**
     * Files are closed at exit even if the program never closes them (written data reaches the
     * disk); one collected unclosed is named by its repr as open() returns it (with its mode).
     */
    private static void track(PyObject file, PyFileIO raw) {
        FdTable.of(org.taipan.runtime.ThreadState.current().interpreter).track(file);
        raw.warnAsWhenCollected(file);
    }
}
