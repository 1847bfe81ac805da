package org.taipan.modules.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code os.stat_result} (a CPython struct sequence): the ten integer fields by index, and by name
 * with the float times {@code st_atime}, {@code st_mtime}, {@code st_ctime} and their
 * {@code _ns} forms. Filled from the JDK's {@code unix:*} file attributes.
 */
public final class StatResult extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("stat_result", PyType.OBJECT);
    private static final String[] FIELDS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
        "st_size", "st_atime", "st_mtime", "st_ctime"};

    static {
        TYPE.addAttr("__module__", PyStr.of("os"));
        TYPE.mp_length = o -> FIELDS.length;
        TYPE.mp_subscript = (o, i) -> Abstract.getItem(((StatResult) o).values, i);
        TYPE.tp_iter = o -> Abstract.iter(((StatResult) o).values);
        TYPE.tp_repr = o -> {
            StatResult s = (StatResult) o;
            StringBuilder sb = new StringBuilder("os.stat_result(");
            for (int i = 0; i < FIELDS.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(FIELDS[i]).append('=').append(Abstract.repr(s.values.get(i)));
            }
            return PyStr.of(sb.append(')').toString());
        };
        for (int i = 0; i < 7; i++) {
            int index = i;
            TYPE.addAttr(FIELDS[i], new PyGetSetDescr(TYPE, FIELDS[i], o -> ((StatResult) o).values.get(index), null));
        }
        for (int i = 7; i < 10; i++) {
            int index = i - 7;
            TYPE.addAttr(FIELDS[i], new PyGetSetDescr(TYPE, FIELDS[i],
                    o -> new PyFloat(((StatResult) o).nanos[index] / 1e9), null));
            TYPE.addAttr(FIELDS[i] + "_ns", new PyGetSetDescr(TYPE, FIELDS[i] + "_ns",
                    o -> PyInt.of(((StatResult) o).nanos[index]), null));
        }
        TYPE.ready();
    }

    private final PyTuple values;
    private final long[] nanos;

    private StatResult(PyTuple values, long[] nanos) {
        this.values = values;
        this.nanos = nanos;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code os.stat(path)} / {@code os.lstat(path)}. */
    static StatResult of(PyObject arg, boolean follow) {
        Path p = PosixModule.path(arg, follow ? "stat" : "lstat", "path");
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        Map<String, Object> a;
        try {
            a = Files.readAttributes(p, "unix:*", opts);
        } catch (IOException e) {
            throw Errno.error(e, arg);
        } catch (UnsupportedOperationException e) {
            throw Errno.error(Errno.EIO, arg);
        }
        long[] ns = {nanos(a.get("lastAccessTime")), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime"))};
        PyObject[] v = {
            PyInt.of(((Number) a.get("mode")).longValue()), PyInt.of(((Number) a.get("ino")).longValue()),
            PyInt.of(((Number) a.get("dev")).longValue()), PyInt.of(((Number) a.get("nlink")).longValue()),
            PyInt.of(((Number) a.get("uid")).longValue()), PyInt.of(((Number) a.get("gid")).longValue()),
            PyInt.of(((Number) a.get("size")).longValue()),
            PyInt.of(Math.floorDiv(ns[0], 1_000_000_000L)), PyInt.of(Math.floorDiv(ns[1], 1_000_000_000L)),
            PyInt.of(Math.floorDiv(ns[2], 1_000_000_000L)),
        };
        return new StatResult(PyTuple.of(v), ns);
    }

    private static long nanos(Object t) {
        if (t instanceof FileTime ft) {
            return ft.to(java.util.concurrent.TimeUnit.NANOSECONDS);
        }
        return 0;
    }
}
