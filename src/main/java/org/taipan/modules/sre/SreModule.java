package org.taipan.modules.sre;

import static org.taipan.modules.sre.SreConstants.*;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;

/**
 * The builtin module {@code _sre} (CPython's {@code Modules/_sre/sre.c}), the engine under the
 * standard library's {@code re} package: {@code compile} turns the code list of
 * {@code re._compiler} into a {@link PyPattern}; the case helpers ({@code ascii_iscased},
 * {@code unicode_iscased}, {@code ascii_tolower}, {@code unicode_tolower}) are the ones the
 * compiler uses to build case-insensitive code; {@code MAGIC}, {@code CODESIZE},
 * {@code MAXREPEAT}, {@code MAXGROUPS} and {@code copyright} are CPython 3.11's.
 */
public final class SreModule {
    private SreModule() {}

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body));
    }

    /** An {@code int} argument of the case helpers (a C int: OverflowError beyond 32 bits). */
    private static int character(String fname, PyObject[] a, String[] k) {
        PyObject v = Args.oneArg(fname, a, k);
        PyInt i = PyInt.asInt(v);
        if (i == null) {
            i = Abstract.index(v, null);
        }
        return i.intValue();
    }

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("_sre", true);
        m.set("MAGIC", PyInt.of(MAGIC));
        m.set("CODESIZE", PyInt.of(CODESIZE));
        m.set("MAXREPEAT", PyInt.of(MAXREPEAT));
        m.set("MAXGROUPS", PyInt.of(MAXGROUPS));
        m.set("copyright", PyStr.of(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        def(m, "getcodesize", (a, k) -> {
            Args.noArgs("_sre.getcodesize", a, k);
            return PyInt.of(CODESIZE);
        });
        def(m, "ascii_iscased", (a, k) -> PyBool.of(SreChars.asciiIsCased(character("_sre.ascii_iscased", a, k))));
        def(m, "unicode_iscased", (a, k) -> {
            int c = character("_sre.unicode_iscased", a, k);
            return PyBool.of(c >= 0 && c <= 0x10FFFF && SreChars.unicodeIsCased(c));
        });
        def(m, "ascii_tolower", (a, k) -> PyInt.of(SreChars.lowerAscii(character("_sre.ascii_tolower", a, k))));
        def(m, "unicode_tolower", (a, k) -> {
            int c = character("_sre.unicode_tolower", a, k);
            return PyInt.of(c >= 0 && c <= 0x10FFFF ? SreChars.lowerUnicode(c) : c);
        });
        def(m, "compile", SreModule::compile);
        return m;
    }

    /** {@code _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)}. */
    private static PyObject compile(PyObject[] a, String[] k) {
        PyObject[] v = MethodArgs.bind("compile", a, k, 0, "pattern", "flags", "code", "groups", "groupindex",
                "indexgroup");
        String[] names = {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"};
        for (int i = 0; i < names.length; i++) {
            MethodArgs.required("compile", v, i, names[i]);
        }
        PyObject pattern = v[0];
        int flags = Abstract.index(v[1], null).intValue();
        if (!(v[2] instanceof PyList codeList)) {
            throw Errors.typeError("compile() argument 'code' must be list, not %s", v[2].type().name());
        }
        long groups = Abstract.index(v[3], null).ssizeValue();
        if (!(v[4] instanceof PyDict groupindex)) {
            throw Errors.typeError("compile() argument 'groupindex' must be dict, not %s", v[4].type().name());
        }
        if (!(v[5] instanceof PyTuple indexgroup)) {
            throw Errors.typeError("compile() argument 'indexgroup' must be tuple, not %s", v[5].type().name());
        }
        int[] code = new int[codeList.size()];
        for (int i = 0; i < code.length; i++) {
            PyObject o = codeList.get(i);
            PyInt n = PyInt.asInt(o);
            if (n == null) {
                n = Abstract.index(o, "an integer is required");
            }
            if (n.fitsLong() && n.longValue() < 0) {
                throw Errors.overflow("can't convert negative value to unsigned int");
            }
            if (!n.fitsLong() || n.longValue() > 0xFFFFFFFFL) {
                throw Errors.overflow("regular expression code size limit exceeded");
            }
            code[i] = (int) n.longValue();
        }
        int isbytes;
        if (pattern == PyNone.NONE) {
            isbytes = -1;
        } else {
            isbytes = Subject.of(pattern).isBytes() ? 1 : 0;
        }
        if (!CodeValidator.isValid(code, groups)) {
            throw Errors.runtimeError("invalid SRE code");
        }
        PyDict gi = groupindex.size() > 0 ? groupindex : null;
        PyTuple ig = gi != null && indexgroup.size() > 0 ? indexgroup : null;
        return new PyPattern(pattern, flags, code, (int) groups, gi, ig, isbytes);
    }
}
