package org.taipan.modules.io;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code _io.IncrementalNewlineDecoder(decoder, translate, errors='strict')} (CPython's
 * {@code nldecoder_object}): wraps an incremental decoder (or None: the input is already text),
 * holding back a final {@code \r} until the next call shows whether a {@code \n} follows,
 * recording the kinds of line endings seen and, with {@code translate}, turning {@code \r\n} and
 * {@code \r} into {@code \n}.
 */
public final class PyIncrementalNewlineDecoder extends PyObject implements HasDict {
    public static final PyType TYPE = PyIOBase.ioType("IncrementalNewlineDecoder", PyType.OBJECT);

    static {
        TYPE.tp_new = (type, a, k) -> new PyIncrementalNewlineDecoder(type);
        TYPE.tp_init = (self, a, k) -> {
            PyObject[] v = IOArgs.parse("IncrementalNewlineDecoder", a, k, 2, "decoder", "translate", "errors");
            PyIncrementalNewlineDecoder d = (PyIncrementalNewlineDecoder) self;
            d.decoder = v[0];
            d.translate = Abstract.isTrue(v[1]);
            d.errors = v[2] == null ? PyStr.of("strict") : v[2];
            d.seen = 0;
            d.pendingCr = false;
        };
        TYPE.addMethod("decode", (self, a, k) -> {
            PyObject[] v = IOArgs.parse("decode", a, k, 1, "input", "final");
            return ((PyIncrementalNewlineDecoder) self).decode(v[0], v[1] != null && Abstract.isTrue(v[1]));
        });
        TYPE.addMethodNoArgs("getstate", self -> {
            PyIncrementalNewlineDecoder d = (PyIncrementalNewlineDecoder) self;
            PyObject buf = PyBytes.of(new byte[0]);
            long flag = 0;
            if (d.decoder != PyNone.NONE) {
                PyObject st = Callables.callAttr(d.decoder, "getstate");
                if (!(st instanceof PyTuple t) || t.size() != 2) {
                    throw Errors.typeError("illegal decoder state");
                }
                buf = t.get(0);
                flag = IOArgs.integer(t.get(1));
            }
            flag <<= 1;
            if (d.pendingCr) {
                flag |= 1;
            }
            return PyTuple.of(buf, PyInt.of(flag));
        });
        TYPE.addMethod("setstate", (self, a, k) -> {
            PyObject st = IOArgs.parse("setstate", a, k, 1, "state")[0];
            if (!(st instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("state argument must be a tuple");
            }
            PyIncrementalNewlineDecoder d = (PyIncrementalNewlineDecoder) self;
            long flag = IOArgs.integer(t.get(1));
            d.pendingCr = (flag & 1) != 0;
            if (d.decoder != PyNone.NONE) {
                Callables.callAttr(d.decoder, "setstate", PyTuple.of(t.get(0), PyInt.of(flag >> 1)));
            }
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("reset", self -> {
            PyIncrementalNewlineDecoder d = (PyIncrementalNewlineDecoder) self;
            d.seen = 0;
            d.pendingCr = false;
            if (d.decoder != PyNone.NONE) {
                Callables.callAttr(d.decoder, "reset");
            }
            return PyNone.NONE;
        });
        TYPE.addAttr("newlines", new PyGetSetDescr(TYPE, "newlines",
                o -> PyTextIOWrapper.newlinesOf(((PyIncrementalNewlineDecoder) o).seen), null));
        TYPE.ready();
    }

    private final PyType type;
    private PyDict dict;
    private static final PyStr CR = PyStr.of("\r");
    private PyObject decoder = PyNone.NONE;
    private PyObject errors;
    private boolean translate, pendingCr;
    private int seen;

    PyIncrementalNewlineDecoder(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    private PyObject decode(PyObject input, boolean last) {
        PyObject out = decoder == PyNone.NONE ? input
                : Callables.call(Abstract.getAttr(decoder, "decode"), new PyObject[] {input, PyBool.of(last)},
                        new String[] {"final"});
        if (!(out instanceof PyStr)) {
            throw Errors.typeError("decoder should return a string result, not '%s'", out.type().name());
        }
        // kept a str: a Java string would join a lone high and a lone low surrogate into one character
        PyStr s = ((PyStr) out).exact();
        if (pendingCr && (s.length() > 0 || last)) {
            s = CR.concat(s);
            pendingCr = false;
        }
        int n = s.length();
        if (!last && n > 0 && s.codePointAt(n - 1) == '\r') {
            s = s.substring(0, n - 1);
            pendingCr = true;
        }
        seen |= Newlines.kinds(s.toString());
        if (translate) {
            s = Newlines.translate(s);
        }
        return s;
    }
}
