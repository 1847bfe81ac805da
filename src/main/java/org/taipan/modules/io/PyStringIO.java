package org.taipan.modules.io;

import java.util.Arrays;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code _io.StringIO} (CPython's {@code Modules/_io/stringio.c}): an in-memory text stream held
 * as code points, so positions ({@code tell}, {@code seek}) count code points as CPython's do.
 * With {@code newline=None} line endings are translated to {@code \n} as they are written.
 */
public final class PyStringIO extends PyIOBase {
    public static final PyType TYPE = IOTypes.builtin("StringIO", IOTypes.TEXT_IO_BASE);

    static {
        TYPE.tp_new = (type, a, k) -> new PyStringIO(type);
        TYPE.tp_init = (self, a, k) -> {
            PyObject[] v = IOArgs.parse("StringIO", a, k, 0, "initial_value", "newline");
            ((PyStringIO) self).init(v[0], v[1] == null ? PyStr.of("\n") : v[1]);
        };
        TYPE.tp_iternext = o -> {
            PyObject line = o.type() == TYPE ? open(o).readline(-1)
                    : org.taipan.runtime.Callables.callAttr(o, "readline");
            return Abstract.length(line) == 0 ? null : line;
        };
        TYPE.addMethodNoArgs("getvalue", self -> {
            PyStringIO s = open(self);
            return PyStr.ofCodePoints(Arrays.copyOf(s.buf, s.size));
        });
        TYPE.addMethod("read", (self, a, k) -> open(self).read(IOArgs.size(IOArgs.parse("read", a, k, 0, "size")[0])));
        TYPE.addMethod("readline", (self, a, k) -> open(self).readline(IOArgs.size(IOArgs.parse("readline", a, k, 0, "size")[0])));
        TYPE.addMethod("write", (self, a, k) -> {
            PyObject s = IOArgs.parse("write", a, k, 1, "s")[0];
            if (!(s instanceof PyStr ps)) {
                throw Errors.typeError("string argument expected, got '%s'", s.type().name());
            }
            return PyInt.of(open(self).write(ps));
        });
        TYPE.addMethodNoArgs("tell", self -> PyInt.of(open(self).pos));
        TYPE.addMethod("seek", (self, a, k) -> {
            PyObject[] v = IOArgs.parse("seek", a, k, 1, "pos", "whence");
            return PyInt.of(open(self).seek(IOArgs.integer(v[0]), v[1] == null ? 0 : (int) IOArgs.integer(v[1])));
        });
        TYPE.addMethod("truncate", (self, a, k) -> {
            PyStringIO s = open(self);
            PyObject p = IOArgs.parse("truncate", a, k, 0, "pos")[0];
            long size = p == null || p == PyNone.NONE ? s.pos : IOArgs.integer(p);
            if (size < 0) {
                throw Errors.valueError("Negative size value %d", size);
            }
            if (size < s.size) {
                s.size = (int) size;
            }
            return PyInt.of(size);
        });
        for (String name : new String[] {"readable", "writable", "seekable"}) {
            TYPE.addMethod(name, (self, a, k) -> {
                open(self);
                return PyBool.TRUE;
            });
        }
        TYPE.addMethodNoArgs("close", self -> {
            PyStringIO s = (PyStringIO) self;
            s.baseClosed = true;
            s.buf = new int[0];
            s.size = 0;
            return PyNone.NONE;
        });
        // CPython's stringio_getstate/setstate: (value, newline argument, position, __dict__ or None)
        TYPE.addMethod("__getstate__", (self, a, k) -> {
            org.taipan.runtime.Args.noArgs("__getstate__", a, k);
            PyStringIO s = open(self);
            PyObject dict = s.dict().size() == 0 ? PyNone.NONE : s.dict().copy();
            return org.taipan.runtime.PyTuple.of(PyStr.ofCodePoints(Arrays.copyOf(s.buf, s.size)), s.newlineArgument,
                    PyInt.of(s.pos), dict);
        });
        TYPE.addMethod("__setstate__", (self, a, k) -> {
            open(self).setState(org.taipan.runtime.Args.oneArg("__setstate__", a, k));
            return PyNone.NONE;
        });
        TYPE.addAttr("closed", new PyGetSetDescr(TYPE, "closed", o -> PyBool.of(((PyStringIO) o).baseClosed), null));
        TYPE.addAttr("line_buffering", new PyGetSetDescr(TYPE, "line_buffering", o -> {
            open(o);
            return PyBool.FALSE;
        }, null));
        TYPE.addAttr("newlines", new PyGetSetDescr(TYPE, "newlines", o -> {
            PyStringIO s = open(o);
            return s.readUniversal ? PyTextIOWrapper.newlinesOf(s.seen) : PyNone.NONE;
        }, null));
        TYPE.ready();
    }

    private int[] buf = new int[16];
    private int size;
    private int pos;
    private boolean readUniversal, readTranslate;
    private String readNewline = "\n";
    private String writeNewline;
    private int seen;
    /** The {@code newline} argument as given (None or a str), which {@code __getstate__} returns. */
    private PyObject newlineArgument = PyStr.of("\n");

    PyStringIO(PyType type) {
        super(type);
    }

    private static PyStringIO open(PyObject self) {
        PyStringIO s = (PyStringIO) self;
        if (s.baseClosed) {
            // StringIO's message, unlike the other types', has no final period.
            throw Errors.valueError("I/O operation on closed file");
        }
        return s;
    }

    private void init(PyObject initial, PyObject newlineObj) {
        String nl;
        if (newlineObj == PyNone.NONE) {
            nl = null;
        } else if (newlineObj instanceof PyStr s) {
            nl = s.toString();
        } else {
            throw Errors.typeError("newline must be str or None, not %s", newlineObj.type().name());
        }
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: %s", Abstract.repr(newlineObj));
        }
        if (initial != null && initial != PyNone.NONE && !(initial instanceof PyStr)) {
            throw Errors.typeError("initial_value must be str or None, not %s", initial.type().name());
        }
        newlineArgument = newlineObj;
        readUniversal = nl == null || nl.isEmpty();
        readTranslate = nl == null;
        readNewline = nl == null || nl.isEmpty() ? "\n" : nl;
        writeNewline = nl != null && nl.startsWith("\r") ? nl : null;
        baseClosed = false;
        size = 0;
        pos = 0;
        seen = 0;
        if (initial instanceof PyStr s && s.length() > 0) {
            write(s);
            pos = 0;
        }
    }

    /**
     * {@code __setstate__(state)}: {@code __init__(value, newline)}, then the value again without
     * newline translation (it was translated when first written), the position and the dict.
     */
    private void setState(PyObject state) {
        if (!(state instanceof org.taipan.runtime.PyTuple t) || t.size() < 4) {
            throw Errors.typeError("%s.__setstate__ argument should be 4-tuple, got %s",
                    type().name(), state.type().name());
        }
        init(t.get(0), t.get(1));
        if (t.get(0) instanceof PyStr value) {
            int[] cps = value.codePoints();
            buf = Arrays.copyOf(cps, Math.max(16, cps.length));
            size = cps.length;
        }
        if (!(t.get(2) instanceof PyInt p)) {
            throw Errors.typeError("third item of state must be an integer, got %s", t.get(2).type().name());
        }
        long position = IOArgs.integer(p);
        if (position < 0) {
            throw Errors.valueError("position value cannot be negative");
        }
        pos = (int) Math.min(position, Integer.MAX_VALUE - 8);
        PyObject dict = t.get(3);
        if (dict != PyNone.NONE) {
            if (!(dict instanceof org.taipan.runtime.PyDict d)) {
                throw Errors.typeError("fourth item of state should be a dict, got a %s", dict.type().name());
            }
            for (int i = 0; i < d.size(); i++) {
                dict().setItem(d.keyAt(i), d.valueAt(i));
            }
        }
    }

    /** {@code cps} with each {@code \r\n} and each lone {@code \r} made {@code \n} (universal newlines on input). */
    private static int[] translateReturns(int[] cps) {
        int[] out = new int[cps.length];
        int n = 0;
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == '\r') {
                out[n++] = '\n';
                if (i + 1 < cps.length && cps[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[n++] = cps[i];
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** {@code cps} with each {@code \n} replaced by {@code newline} (the newline argument on output), or {@code cps} itself when it has none. */
    private static int[] replaceNewlines(int[] cps, String newline) {
        int count = 0;
        for (int c : cps) {
            if (c == '\n') {
                count++;
            }
        }
        if (count == 0) {
            return cps;
        }
        int[] nl = newline.codePoints().toArray();
        int[] out = new int[cps.length + count * (nl.length - 1)];
        int n = 0;
        for (int c : cps) {
            if (c == '\n') {
                System.arraycopy(nl, 0, out, n, nl.length);
                n += nl.length;
            } else {
                out[n++] = c;
            }
        }
        return out;
    }

    /** {@code write(s)}: at the position, overwriting and extending (padding a gap with NULs). */
    int write(PyStr s) {
        int n = s.length();
        if (n == 0) {
            return 0; // write_str: nothing written, no gap filled
        }
        // code points, never a Java string: a lone surrogate followed by another (two code points
        // in Python) would become one supplementary character there
        int[] cps = s.codePoints();
        if (readUniversal) {
            boolean cr = false;
            for (int i = 0; i < cps.length; i++) {
                if (cps[i] == '\r') {
                    cr = true;
                    seen |= i + 1 < cps.length && cps[i + 1] == '\n' ? 4 : 1;
                } else if (cps[i] == '\n' && (i == 0 || cps[i - 1] != '\r')) {
                    seen |= 2;
                }
            }
            if (readTranslate && cr) {
                cps = translateReturns(cps);
            }
        }
        if (writeNewline != null) {
            cps = replaceNewlines(cps, writeNewline);
        }
        if ((long) pos + cps.length > Integer.MAX_VALUE - 8) {
            throw org.taipan.runtime.Errors.of(org.taipan.runtime.ExceptionTypes.MemoryError, new org.taipan.runtime.PyObject[0]);
        }
        int end = pos + cps.length;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, 0);
        }
        System.arraycopy(cps, 0, buf, pos, cps.length);
        pos = end;
        size = Math.max(size, end);
        return n;
    }

    PyStr read(long n) {
        int avail = Math.max(0, size - pos);
        int take = n < 0 ? avail : (int) Math.min(n, avail);
        PyStr r = PyStr.ofCodePoints(Arrays.copyOfRange(buf, Math.min(pos, size), Math.min(pos, size) + take));
        pos = Math.max(pos, Math.min(pos, size) + take);
        return r;
    }

    PyStr readline(long limit) {
        if (pos >= size) {
            return PyStr.of("");
        }
        int end = size;
        if (limit >= 0) {
            end = (int) Math.min(size, pos + limit);
        }
        int i = pos;
        int stop = end;
        while (i < end) {
            int c = buf[i];
            if (readTranslate || !readUniversal) {
                if (readNewline.length() == 1 ? c == readNewline.charAt(0)
                        : c == '\r' && i + 1 < end && buf[i + 1] == '\n') {
                    stop = i + readNewline.length();
                    break;
                }
            } else if (c == '\n') {
                stop = i + 1;
                break;
            } else if (c == '\r') {
                stop = i + 1 < end && buf[i + 1] == '\n' ? i + 2 : i + 1;
                break;
            }
            i++;
        }
        PyStr r = PyStr.ofCodePoints(Arrays.copyOfRange(buf, pos, stop));
        pos = stop;
        return r;
    }

    long seek(long p, int whence) {
        if (whence < 0 || whence > 2) {
            throw Errors.valueError("Invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (p < 0 && whence == 0) {
            throw Errors.valueError("Negative seek position %d", p);
        }
        if (whence != 0 && p != 0) {
            // CPython 3.11 gives the cur-relative message for both whence values.
            throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError, "Can't do nonzero cur-relative seeks");
        }
        if (whence == 1) {
            p = pos;
        } else if (whence == 2) {
            p = size;
        }
        pos = (int) Math.min(p, Integer.MAX_VALUE - 8);
        return p;
    }
}
