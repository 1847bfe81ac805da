package org.taipan.modules.pyexpat;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * The builtin module {@code pyexpat} (CPython's {@code Modules/pyexpat.c}), behind
 * {@code xml.parsers.expat}, {@code xml.etree.ElementTree}, {@code xml.dom.minidom},
 * {@code plistlib} and {@code xmlrpc}: {@code ParserCreate} makes an {@link XmlParser} over the
 * JDK's SAX parser; {@code ExpatError} (also {@code error}), {@code ErrorString}, the
 * {@code errors} and {@code model} submodules with expat 2.5's numbers and messages, and the
 * version constants (expat's, since the standard library checks them).
 */
public final class PyexpatModule {
    private PyexpatModule() {}

    /** {@code pyexpat.ExpatError}: an Exception subclass with {@code code}, {@code lineno} and {@code offset}. */
    static final PyType EXPAT_ERROR;

    static {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("xml.parsers.expat"));
        ns.setItem(PyStr.of("__doc__"), PyNone.NONE);
        EXPAT_ERROR = PyType.newHeapType(PyType.TYPE, "ExpatError", new PyType[] {ExceptionTypes.Exception}, ns);
    }

    /** ExpatError for error {@code code} at {@code line} (1-based) and {@code column} (0-based). */
    static PyException error(int code, int line, int column) {
        String message = ExpatErrors.message(code) + ": line " + line + ", column " + column;
        PyBaseException e = (PyBaseException) Callables.call(EXPAT_ERROR, PyStr.of(message));
        Abstract.setAttr(e, PyStr.of("code"), PyInt.of(code));
        Abstract.setAttr(e, PyStr.of("lineno"), PyInt.of(line));
        Abstract.setAttr(e, PyStr.of("offset"), PyInt.of(column));
        return new PyException(e);
    }

    /** A new {@code pyexpat} module. */
    public static PyModule create() {
        PyModule m = new PyModule("pyexpat", true);
        m.set("__doc__", PyStr.of("An XML parser with handler callbacks, after expat's interface."));
        m.set("ExpatError", EXPAT_ERROR);
        m.set("error", EXPAT_ERROR);
        m.set("XMLParserType", XmlParser.TYPE);
        m.set("EXPAT_VERSION", PyStr.of("expat_2.5.0"));
        m.set("version_info", PyTuple.of(PyInt.of(2), PyInt.of(5), PyInt.of(0)));
        m.set("native_encoding", PyStr.of("UTF-8"));
        m.set("features", new PyList(new PyObject[] {PyTuple.of(PyStr.of("sizeof(XML_Char)"), PyInt.of(1)),
            PyTuple.of(PyStr.of("sizeof(XML_LChar)"), PyInt.of(1)), PyTuple.of(PyStr.of("XML_NS"), PyInt.of(0))}));
        m.set("XML_PARAM_ENTITY_PARSING_NEVER", PyInt.of(0));
        m.set("XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", PyInt.of(1));
        m.set("XML_PARAM_ENTITY_PARSING_ALWAYS", PyInt.of(2));
        m.set("errors", errorsModule());
        m.set("model", modelModule());
        m.def("ErrorString", (a, k) -> {
            int code = Args.cInt(Args.oneArg("ErrorString", a, k));
            String s = ExpatErrors.message(code);
            return s == null ? PyNone.NONE : PyStr.of(s);
        });
        m.def("ParserCreate", (a, k) -> {
            PyObject[] b = MethodArgs.bind("ParserCreate", a, k, 0, "encoding", "namespace_separator", "intern");
            String encoding = optionalStr("encoding", b[0]);
            String separator = optionalStr("namespace_separator", b[1]);
            if (separator != null && separator.codePointCount(0, separator.length()) > 1) {
                throw Errors.valueError("namespace_separator must be at most one character, omitted, or None");
            }
            PyDict intern;
            if (b[2] == null) {
                intern = new PyDict();
            } else if (b[2] == PyNone.NONE) {
                intern = null;
            } else if (b[2] instanceof PyDict d) {
                intern = d;
            } else {
                throw Errors.typeError("intern must be a dictionary");
            }
            return new XmlParser(encoding, separator, intern);
        });
        return m;
    }

    private static String optionalStr(String name, PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("ParserCreate() argument '%s' must be str or None, not %s", name, o.type().name());
        }
        return s.toString();
    }

    /** {@code pyexpat.errors}: the XML_ERROR_* messages, {@code codes} (message to number) and {@code messages}. */
    private static PyModule errorsModule() {
        PyModule e = new PyModule("pyexpat.errors", true);
        e.set("__doc__", PyStr.of("The messages of expat's error numbers."));
        PyDict codes = new PyDict(), messages = new PyDict();
        for (int i = 0; i < ExpatErrors.TABLE.length; i++) {
            String[] row = ExpatErrors.TABLE[i];
            e.set(row[0], PyStr.of(row[1]));
            codes.setItem(PyStr.of(row[1]), PyInt.of(i + 1));
            messages.setItem(PyInt.of(i + 1), PyStr.of(row[1]));
        }
        e.set("codes", codes);
        e.set("messages", messages);
        return e;
    }

    /** {@code pyexpat.model}: the content-model constants of ElementDeclHandler. */
    private static PyModule modelModule() {
        PyModule mm = new PyModule("pyexpat.model", true);
        mm.set("__doc__", PyStr.of("The numbers of expat's element content models."));
        String[] names = {"XML_CTYPE_EMPTY", "XML_CTYPE_ANY", "XML_CTYPE_MIXED", "XML_CTYPE_NAME", "XML_CTYPE_CHOICE",
            "XML_CTYPE_SEQ"};
        for (int i = 0; i < names.length; i++) {
            mm.set(names[i], PyInt.of(i + 1));
        }
        mm.set("XML_CQUANT_NONE", PyInt.of(0));
        mm.set("XML_CQUANT_OPT", PyInt.of(1));
        mm.set("XML_CQUANT_REP", PyInt.of(2));
        mm.set("XML_CQUANT_PLUS", PyInt.of(3));
        return mm;
    }
}
