package org.taipan.modules.datetime;

import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/** The pickle states of the datetime types: bytes, or a str of Latin-1 characters (a Python 2 pickle loaded with {@code encoding='latin1'}). */
final class Pickles {
    private Pickles() {}

    /**
     * The state bytes if {@code arg} is a bytes or str of {@code length}, else null.
     *
     * @throws org.taipan.runtime.PyException ValueError for a str of that length beyond Latin-1
     */
    static byte[] stateBytes(PyObject arg, int length, String typeName) {
        if (arg instanceof PyBytes b) {
            return b.bytes().length == length ? b.bytes() : null;
        }
        if (arg instanceof PyStr s && s.length() == length) {
            byte[] r = new byte[length];
            for (int i = 0; i < length; i++) {
                int c = s.codePointAt(i);
                if (c > 0xff) {
                    throw Errors.valueError("Failed to encode latin1 string when unpickling a %s object. "
                            + "pickle.load(data, encoding='latin1') is assumed.", typeName);
                }
                r[i] = (byte) c;
            }
            return r;
        }
        return null;
    }
}
