package org.taipan.imports;

import java.util.Arrays;
import org.taipan.interp.Eval;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * A {@code .pyc} file run as the program ({@code taipan module.pyc}), as CPython's
 * {@code run_pyc_file}: the file's magic number must be Taipan's, the 16-byte header is skipped
 * without further checks, and the marshalled code runs in {@code __main__}, whose
 * {@code __loader__} is importlib's {@code SourcelessFileLoader}.
 */
public final class CompiledScript {
    private CompiledScript() {}

    /**
     * Whether the program file is to be run as bytecode (CPython's {@code maybe_pyc_file}): its
     * name ends in {@code .pyc}, or it starts with the first two bytes of the magic number.
     */
    public static boolean isCompiled(String filename, byte[] data) {
        byte[] magic = PycMagic.bytes();
        return filename.endsWith(".pyc") || data.length >= 2 && data[0] == magic[0] && data[1] == magic[1];
    }

    /**
     * Runs {@code data}, the bytes of the file {@code filename}, in {@code main}.
     *
     * @throws PyException RuntimeError "Bad magic number in .pyc file" or "Bad code object in .pyc
     *     file"; what the code raises
     */
    public static void run(ThreadState ts, PyModule main, byte[] data, String filename) {
        byte[] magic = PycMagic.bytes();
        if (data.length < magic.length || !Arrays.equals(data, 0, magic.length, magic, 0, magic.length)) {
            throw Errors.runtimeError("Bad magic number in .pyc file");
        }
        if (data.length < 16) {
            // run_pyc_file reads the header's three words before the code
            throw Errors.of(org.taipan.runtime.ExceptionTypes.EOFError, "EOF read where not expected");
        }
        PyObject code;
        try {
            code = data.length < 16 ? null : org.taipan.modules.marshal.MarshalModule.loads(
                    Arrays.copyOfRange(data, 16, data.length));
        } catch (PyException e) {
            code = null; // CPython replaces marshal's own error
        }
        if (!(code instanceof PyCode c)) {
            throw Errors.runtimeError("Bad code object in .pyc file");
        }
        main.set("__loader__", FileFinder.sourcelessLoader("__main__", filename));
        Eval.runModule(ts, c, main.dict(), ts.interpreter.builtins());
    }
}
