package org.taipan.imports;

import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyStr;

/**
 * Taipan's magic number for {@code .pyc} files. importlib's {@code _bootstrap_external} is
 * CPython's source, whose {@code MAGIC_NUMBER} is CPython 3.11's (3495); once its body has run,
 * the importer gives it this one instead, as PyPy gives importlib its own. A {@code .pyc} that
 * CPython wrote (the compiled modules in a Zip archive, a file from CPython's {@code py_compile})
 * then fails importlib's magic check, which zipimport and importlib's loaders answer by using the
 * source, instead of reaching {@code marshal}, which cannot load CPython's code objects. Taipan's
 * own builds are still told apart by the cache tag ({@link CodeRecords#cacheTag}).
 */
final class PycMagic {
    private PycMagic() {}

    /** The two-byte number: CPython 3.11's 3495 plus 20,000, a range no CPython uses. */
    static final int VALUE = 23_495;

    /** The module whose {@code MAGIC_NUMBER} this is. */
    static final String MODULE = "importlib._bootstrap_external";

    /**
     * Sets {@code MAGIC_NUMBER} in the namespace of {@link #MODULE} just executed by
     * {@link SourceFileLoader}. {@code _RAW_MAGIC_NUMBER} stays CPython's: it is only the key of
     * {@code importlib.util.source_hash}, whose values are CPython's.
     */
    static void install(org.taipan.runtime.PyDict namespace) {
        namespace.setItem(PyStr.of("MAGIC_NUMBER"), PyBytes.of(bytes()));
    }

    /** The four bytes a {@code .pyc} starts with. */
    static byte[] bytes() {
        return new byte[] {(byte) VALUE, (byte) (VALUE >> 8), '\r', '\n'};
    }
}
