package org.taipan.modules.posix;

import java.math.BigInteger;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;

/**
 * CPython's {@code _Py_Uid_Converter} and {@code _Py_Gid_Converter}: a user or group id
 * argument as the C {@code uid_t}/{@code gid_t} (32 bits, -1 meaning "unchanged").
 */
public final class IdArgs {
    private IdArgs() {}

    /**
     * The id {@code o} as a C id of {@code kind} ("uid" or "gid").
     *
     * @throws org.taipan.runtime.PyException TypeError "uid should be integer, not str";
     *     OverflowError "uid is less than minimum" / "uid is greater than maximum", with CPython's
     *     split: a value that fits a C long but not the id (other than -1) is "less than minimum"
     */
    public static int id(PyObject o, String kind) {
        if (PyInt.asInt(o) == null && o.type().lookup("__index__") == null) {
            throw Errors.typeError("%s should be integer, not %s", kind, o.type().name());
        }
        PyInt v = Abstract.index(o, null);
        if (!v.fitsLong()) {
            BigInteger b = v.bigValue();
            if (b.signum() < 0) {
                throw Errors.overflow("%s is less than minimum", kind);
            }
            throw Errors.overflow("%s is greater than maximum", kind);
        }
        long l = v.longValue();
        if (l == -1) {
            return -1;
        }
        if (l < 0 || l > 0xFFFFFFFFL) {
            throw Errors.overflow("%s is less than minimum", kind);
        }
        return (int) l;
    }

    /** The C id {@code id} as Python sees it (unsigned). */
    public static PyInt value(int id) {
        return PyInt.of(Integer.toUnsignedLong(id));
    }
}
