package org.taipan.modules.array;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Codecs;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * Pickling of arrays (CPython's {@code array___reduce_ex__} and {@code _array_reconstructor} in
 * {@code Modules/arraymodule.c}): protocol 3 and above save the array's machine bytes with a
 * machine format code (the byte order, size, signedness or float/UTF kind of one item), and
 * {@code array._array_reconstructor(cls, typecode, mformat_code, items)} rebuilds the array on
 * any machine, converting when the format differs from the native one of the typecode (an
 * integer format then picks the typecode of that size and signedness).
 */
final class ArrayReconstructor {
    private ArrayReconstructor() {}

    // CPython's enum machine_format_code, 0..21.
    private static final int UTF16_LE = 18;
    private static final int UTF32_LE = 20;
    private static final int FLOAT_LE = 14;
    private static final int DOUBLE_LE = 16;

    /** The native (little-endian, LP64) machine format of a typecode. */
    static int nativeFormat(char tc) {
        return switch (tc) {
            case 'B' -> 0;
            case 'b' -> 1;
            case 'H' -> 2;
            case 'h' -> 4;
            case 'I' -> 6;
            case 'i' -> 8;
            case 'L', 'Q' -> 10;
            case 'l', 'q' -> 12;
            case 'f' -> FLOAT_LE;
            case 'd' -> DOUBLE_LE;
            case 'u' -> UTF32_LE;
            default -> -1;
        };
    }

    /** {@code array.__reduce_ex__(protocol)}: the reconstructor form from protocol 3, else (cls, (typecode, list), dict). */
    static PyObject reduceEx(PyArray arr, long protocol) {
        PyObject dict = Abstract.lookupAttr(arr, PyStr.of("__dict__"));
        if (dict == null) {
            dict = PyNone.NONE;
        }
        PyStr typecode = PyStr.of(String.valueOf(arr.tc));
        if (protocol < 3) {
            return PyTuple.of(arr.type(), PyTuple.of(typecode, PyArray.tolist(arr)), dict);
        }
        PyObject module = ThreadState.current().interpreter.importModule("array", null, null, 0);
        PyObject reconstructor = Abstract.getAttr(module, "_array_reconstructor");
        return PyTuple.of(reconstructor, PyTuple.of(arr.type(), typecode, PyInt.of(nativeFormat(arr.tc)),
                PyBytes.of(arr.tobytes())), dict);
    }

    /**
     * {@code _array_reconstructor(arraytype, typecode, mformat_code, items)}.
     *
     * @throws org.taipan.runtime.PyException TypeError "X is not a subtype of array.array", "fourth
     *         argument should be bytes, not str"; ValueError for a bad typecode or format code
     */
    static PyObject reconstruct(PyObject[] a, String[] kw) {
        org.taipan.runtime.Args.noKeywords("_array_reconstructor", kw);
        org.taipan.runtime.Args.check("_array_reconstructor", a, kw, 4, 4);
        if (!(a[0] instanceof PyType type)) {
            throw Errors.typeError("first argument must be a type object, not %s", a[0].type().name());
        }
        if (!type.isSubtypeOf(PyArray.TYPE)) {
            throw Errors.typeError("%s is not a subtype of array.array", type.name());
        }
        if (!(a[1] instanceof PyStr code) || code.length() != 1) {
            throw Errors.typeError("_array_reconstructor() argument 2 must be a unicode character, not %s",
                    a[1].type().name());
        }
        int c = code.codePointAt(0);
        if (c > 127 || ItemCodec.TYPECODES.indexOf(c) < 0) {
            throw Errors.valueError("second argument must be a valid type code");
        }
        char tc = (char) c;
        long mformat = Abstract.index(a[2], null).longValue();
        if (mformat < 0 || mformat > 21) {
            throw Errors.valueError("third argument must be a valid machine format code.");
        }
        if (!(a[3] instanceof PyBytes items)) {
            throw Errors.typeError("fourth argument should be bytes, not %s", a[3].type().name());
        }
        int mf = (int) mformat;
        if (mf == nativeFormat(tc)) {
            return make(type, tc, items);
        }
        byte[] b = items.bytes();
        if (mf >= UTF16_LE) {
            String enc = mf < UTF32_LE ? (mf == UTF16_LE ? "utf-16-le" : "utf-16-be")
                    : (mf == UTF32_LE ? "utf-32-le" : "utf-32-be");
            return make(type, tc, Codecs.decode(b, enc, "strict"));
        }
        PyList converted = new PyList();
        if (mf >= FLOAT_LE) {
            int width = mf < DOUBLE_LE ? 4 : 8;
            ByteBuffer bb = ByteBuffer.wrap(b).order(mf % 2 == 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            for (int i = 0; i + width <= b.length; i += width) {
                converted.append(new PyFloat(width == 4 ? bb.getFloat(i) : bb.getDouble(i)));
            }
            return make(type, tc, converted);
        }
        // integers: 0/1 are 8-bit unsigned/signed, then pairs (LE, BE) of unsigned and signed per size
        int size = mf < 2 ? 1 : 1 << ((mf - 2) / 4 + 1);
        boolean signed = mf < 2 ? mf == 1 : ((mf - 2) / 2) % 2 == 1;
        boolean bigEndian = mf >= 2 && mf % 2 == 1;
        for (int i = 0; i < ItemCodec.TYPECODES.length(); i++) {
            char d = ItemCodec.TYPECODES.charAt(i);
            if ("bBhHiIlLqQ".indexOf(d) >= 0 && ItemCodec.itemSize(d) == size && Character.isLowerCase(d) == signed) {
                tc = d;
            }
        }
        for (int i = 0; i + size <= b.length; i += size) {
            byte[] item = new byte[size];
            for (int j = 0; j < size; j++) {
                item[j] = b[bigEndian ? i + j : i + size - 1 - j];
            }
            BigInteger v = signed ? new BigInteger(item) : new BigInteger(1, item);
            converted.append(PyInt.of(v));
        }
        return make(type, tc, converted);
    }

    private static PyObject make(PyType type, char tc, PyObject initializer) {
        return PyArray.TYPE.tp_new.call(type, new PyObject[] {PyStr.of(String.valueOf(tc)), initializer}, null);
    }
}
