package org.taipan.modules.fcntl;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;

/**
 * The argument conversions of {@code fcntl} and {@code termios}, with the messages of the
 * {@code PyArg_Parse} and Argument Clinic converters CPython uses for them.
 */
public final class FcntlArgs {
    private FcntlArgs() {}

    /**
     * A C {@code int} as Argument Clinic's {@code int} converter reads it ({@code __index__}).
     *
     * @throws org.taipan.runtime.PyException TypeError for a non-integer, OverflowError "Python int
     *     too large to convert to C int" outside -2**31..2**31-1
     */
    public static int cInt(PyObject o) {
        PyInt i = Abstract.index(o, null);
        if (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    /**
     * A C {@code long} as {@code PyLong_AsLong} reads it ({@code __index__}).
     *
     * @throws org.taipan.runtime.PyException TypeError for a non-integer, OverflowError "Python int
     *     too large to convert to C long" outside a Java long
     */
    public static long cLong(PyObject o) {
        PyInt i = Abstract.index(o, null);
        if (!i.fitsLong()) {
            throw Errors.overflow("Python int too large to convert to C long");
        }
        return i.longValue();
    }

    /**
     * A C {@code unsigned int} read without overflow checking (format "I", the {@code bitwise}
     * converter): the integer's low 32 bits, so -1 is 0xffffffff.
     *
     * @throws org.taipan.runtime.PyException TypeError for a non-integer
     */
    public static int unsignedMask(PyObject o) {
        PyInt i = Abstract.index(o, null);
        return i.fitsLong() ? (int) i.longValue() : i.bigValue().intValue();
    }
}
