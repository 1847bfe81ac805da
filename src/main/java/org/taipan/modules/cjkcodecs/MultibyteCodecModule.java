package org.taipan.modules.cjkcodecs;

import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;

/**
 * The {@code _multibytecodec} module (CPython's {@code Modules/cjkcodecs/multibytecodec.c}):
 * the four base classes the CJK {@code encodings} modules subclass, each subclass naming its
 * codec in a {@code codec} class attribute. The codecs themselves come from the
 * {@code _codecs_XX} modules ({@link CjkCodecsModule}); the mapping is done by the JDK's charsets.
 */
public final class MultibyteCodecModule {
    private MultibyteCodecModule() {}

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("_multibytecodec", true);
        m.set("MultibyteIncrementalEncoder", PyIncrementalEncoder.TYPE);
        m.set("MultibyteIncrementalDecoder", PyIncrementalDecoder.TYPE);
        m.set("MultibyteStreamReader", PyStreamReader.TYPE);
        m.set("MultibyteStreamWriter", PyStreamWriter.TYPE);
        m.set("__doc__", PyNone.NONE);
        return m;
    }
}
