package org.taipan.modules.marshal;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The {@code marshal} module (CPython's {@code Python/marshal.c}): {@code dumps(value, version=4, /)},
 * {@code dump(value, file, version=4, /)}, {@code loads(bytes, /)}, {@code load(file, /)} and
 * {@code version}, in CPython 3.11's byte format ({@link MarshalWriter}, {@link MarshalReader}).
 * Code objects are Taipan's own record ({@link MarshalCodes}).
 */
public final class MarshalModule {
    private MarshalModule() {}

    /** The format version written by default ({@code marshal.version}). */
    public static final int VERSION = 4;

    /**
     * {@code marshal.loads(data)}: the first object in {@code data}.
     *
     * @throws org.taipan.runtime.PyException EOFError, ValueError or TypeError for bad data
     */
    public static PyObject loads(byte[] data) {
        return MarshalReader.loads(data);
    }

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("marshal", true);
        m.set("__doc__", PyStr.of("This module contains functions that can read and write Python values in\n"
                + "a binary format. The format is specific to Python, but independent of\nmachine architecture "
                + "issues.\n"));
        m.set("version", PyInt.of(VERSION));
        m.def("dumps", (a, k) -> {
            positional("dumps", a, k, 1, 2);
            return PyBytes.of(MarshalWriter.dumps(a[0], version(a, 1)));
        });
        m.def("dump", (a, k) -> {
            positional("dump", a, k, 2, 3);
            byte[] b = MarshalWriter.dumps(a[0], version(a, 2));
            return Callables.callAttr(a[1], "write", PyBytes.of(b));
        });
        m.def("loads", (a, k) -> {
            return MarshalReader.loads(Buffers.require(Args.oneArg("marshal.loads", a, k)));
        });
        m.def("load", (a, k) -> {
            Args.oneArg("marshal.load", a, k);
            // CPython first reads nothing, to check that the file is a binary one.
            PyObject data = Callables.callAttr(a[0], "read", PyInt.of(0));
            if (!(data instanceof PyBytes)) {
                throw Errors.typeError("file.read() returned not bytes but %s", data.type().name());
            }
            return MarshalReader.load(a[0]);
        });
        return m;
    }

    /** Argument Clinic's checks for positional-only parameters: "dumps expected at least 1 argument, got 0". */
    private static void positional(String name, PyObject[] a, String[] k, int min, int max) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("marshal.%s() takes no keyword arguments", name);
        }
        if (a.length < min) {
            throw Errors.typeError("%s expected %s %d argument%s, got %d", name, min == max ? "exactly" : "at least",
                    min, min == 1 ? "" : "s", a.length);
        }
        if (a.length > max) {
            throw Errors.typeError("%s expected %s %d argument%s, got %d", name, min == max ? "exactly" : "at most",
                    max, max == 1 ? "" : "s", a.length);
        }
    }

    private static int version(PyObject[] a, int at) {
        if (a.length <= at) {
            return VERSION;
        }
        PyObject v = a[at];
        if (v == PyNone.NONE || !(v instanceof PyInt) && v.type().nb_index == null) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", v.type().name());
        }
        PyInt i = Abstract.index(v, null);
        if (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }
}
