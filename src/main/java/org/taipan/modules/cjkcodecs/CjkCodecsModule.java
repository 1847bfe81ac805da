package org.taipan.modules.cjkcodecs;

import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The {@code _codecs_cn}, {@code _codecs_jp}, {@code _codecs_kr}, {@code _codecs_tw},
 * {@code _codecs_hk} and {@code _codecs_iso2022} modules (CPython's
 * {@code Modules/cjkcodecs/_codecs_*.c}), each only {@code getcodec(name)}, which gives the
 * {@code MultibyteCodec} that {@code encodings/<name>.py} wraps. CPython's mapping tables are
 * replaced by the JDK's charsets ({@link CjkCodecTable}).
 */
public final class CjkCodecsModule {
    private CjkCodecsModule() {}

    /**
     * Builds {@code _codecs_<suffix>}.
     *
     * @param suffix {@code "cn"}, {@code "jp"}, {@code "kr"}, {@code "tw"}, {@code "hk"} or {@code "iso2022"}
     */
    public static PyModule create(String suffix) {
        PyModule m = new PyModule("_codecs_" + suffix, true);
        m.set("__doc__", PyNone.NONE);
        m.def("getcodec", (a, k) -> {
            // a METH_O function of the module: its messages name it with the module
            String fname = "_codecs_" + suffix + ".getcodec";
            Args.noKeywords(fname, k);
            if (a.length != 1) {
                throw Errors.typeError("%s() takes exactly one argument (%d given)", fname, a.length);
            }
            return getcodec(suffix, a[0]);
        });
        return m;
    }

    /**
     * CPython's {@code getcodec}: the codec named exactly {@code name} (no alias, no normalising).
     *
     * @throws org.taipan.runtime.PyException TypeError "encoding name must be a string." for a
     *     non-str; LookupError "no such codec is supported." for a name the module lacks
     */
    private static PyObject getcodec(String suffix, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("encoding name must be a string.");
        }
        CjkCodec codec = CjkCodecTable.find(suffix, s.toString());
        if (codec == null) {
            throw Errors.of(ExceptionTypes.LookupError, "no such codec is supported.");
        }
        return new PyMultibyteCodec(codec);
    }
}
