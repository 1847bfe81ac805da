package org.taipan.modules.marshal;

import org.taipan.code.CodeObject;
import org.taipan.imports.CodeRecords;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyCode;

/**
 * Code objects in Taipan's marshal data. CPython's {@code c} record is CPython bytecode, which
 * Taipan neither runs nor writes; Taipan writes a code object as type code {@code C} (unused by
 * CPython) followed by a 4-byte length and a {@link CodeRecords} record, which loads back in a
 * Taipan with the same instruction set. CPython cannot read it ("bad marshal data (unknown type
 * code)"), and Taipan refuses CPython's {@code c} records with a ValueError that says so.
 */
final class MarshalCodes {
    private MarshalCodes() {}

    static final int TYPE_TAIPAN_CODE = 'C';

    static byte[] toBytes(PyCode code) {
        try {
            return CodeRecords.toBytes(code.code);
        } catch (java.io.UncheckedIOException e) {
            // a constant types.CodeType or code.replace() put there that marshal cannot write
            throw Errors.valueError("unmarshallable object");
        }
    }

    static PyCode fromBytes(byte[] record) {
        CodeObject c = CodeRecords.fromBytes(record);
        if (c == null) {
            throw Errors.valueError("bad marshal data (code object from another Taipan build or damaged)");
        }
        return new PyCode(c);
    }
}
