package org.taipan.modules.pyexpat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * {@code pyexpat.xmlparser} (CPython's {@code xmlparseobject}) over the JDK's SAX parser: the
 * handler attributes, the flags {@code buffer_text}, {@code ordered_attributes},
 * {@code specified_attributes} and {@code namespace_prefixes}, {@code Parse(data, isfinal)} and
 * {@code ParseFile(file)}, and the error and position attributes.
 *
 * <p>Unlike expat, the JDK's parser reads a whole document: {@code Parse} collects the data it is
 * given and parses when {@code isfinal} is true, so the handlers run then (ElementTree's
 * {@code XMLParser.feed}/{@code close} see the same events, only later). A malformed document is
 * ExpatError "MESSAGE: line L, column C" with {@code code}, {@code lineno}, {@code offset} (the
 * JDK's position; see {@link ExpatErrors} for the codes). External entities and DTDs are never
 * fetched.
 */
final class XmlParser extends PyObject {
    static final PyType TYPE = PyType.builtin("pyexpat.xmlparser", PyType.OBJECT).markOwnLayout();

    /** The handler attributes, all None until set. */
    static final String[] HANDLERS = {"StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
        "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler", "StartNamespaceDeclHandler",
        "EndNamespaceDeclHandler", "CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler",
        "DefaultHandler", "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
        "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler", "XmlDeclHandler",
        "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler"};

    private static final Pattern XML_DECL = Pattern.compile(
            "^<\\?xml\\s+version\\s*=\\s*[\"']([^\"']*)[\"'](?:\\s+encoding\\s*=\\s*[\"']([^\"']*)[\"'])?"
            + "(?:\\s+standalone\\s*=\\s*[\"'](yes|no)[\"'])?\\s*\\?>");

    private final Map<String, PyObject> handlers = new HashMap<>();
    final String namespaceSeparator;
    private final String encoding;
    boolean bufferText, orderedAttributes, specifiedAttributes, namespacePrefixes;
    private int bufferSize = 8192;
    private final PyDict intern;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean finished;
    private int errorCode, errorLine, errorColumn;
    private SaxEvents events;
    private String documentText = "";

    XmlParser(String encoding, String namespaceSeparator, PyDict intern) {
        this.encoding = encoding;
        this.namespaceSeparator = namespaceSeparator;
        this.intern = intern;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The handler set for {@code name}, or null. */
    PyObject handler(String name) {
        PyObject h = handlers.get(name);
        return h == null || h == PyNone.NONE ? null : h;
    }

    /** Whether the document's DOCTYPE has an internal subset ({@code [ ... ]}). */
    boolean hasInternalSubset() {
        int d = documentText.indexOf("<!DOCTYPE");
        if (d < 0) {
            return false;
        }
        int gt = documentText.indexOf('>', d);
        int br = documentText.indexOf('[', d);
        return br >= 0 && (gt < 0 || br < gt);
    }

    /** {@code Parse(data, isfinal=False)}: 1, or ExpatError. */
    PyObject parse(PyObject data, boolean isFinal) {
        if (finished) {
            throw PyexpatModule.error(ExpatErrors.FINISHED, 1, 0);
        }
        if (data instanceof PyStr s) {
            pending.writeBytes(s.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            pending.writeBytes(org.taipan.runtime.Buffers.require(data));
        }
        if (!isFinal) {
            return PyInt.of(1);
        }
        finished = true;
        byte[] bytes = pending.toByteArray();
        pending.reset();
        run(bytes, data instanceof PyStr);
        return PyInt.of(1);
    }

    private void run(byte[] bytes, boolean fromStr) {
        events = new SaxEvents(this);
        documentText = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        try {
            xmlDeclaration();
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(namespaceSeparator != null);
            f.setValidating(false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            SAXParser p = f.newSAXParser();
            p.setProperty("http://xml.org/sax/properties/lexical-handler", events);
            p.parse(source(bytes, fromStr), events);
        } catch (SaxEvents.HandlerRaised e) {
            throw e.raised;
        } catch (SAXParseException e) {
            errorCode = ExpatErrors.codeOf(e);
            errorLine = Math.max(1, e.getLineNumber());
            errorColumn = Math.max(0, e.getColumnNumber() - 1);
            throw PyexpatModule.error(errorCode, errorLine, errorColumn);
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException | java.io.IOException e) {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.RuntimeError, "XML parser failed: " + e.getMessage());
        }
    }

    /**
     * The document for the JDK's parser: its bytes, with the encoding {@code ParserCreate} named
     * (UTF-8 for str data); when that name, or the one the XML declaration gives, is not a JDK
     * charset but a Python codec (expat asks Python's codecs for encodings it does not know),
     * the text decoded by that codec.
     */
    private InputSource source(byte[] bytes, boolean fromStr) {
        String name = fromStr ? "UTF-8" : encoding;
        if (name == null) {
            Matcher m = XML_DECL.matcher(documentText);
            name = m.find() ? m.group(2) : null;
            if (name != null && javaCharset(name)) {
                name = null;
            }
        }
        if (name == null || javaCharset(name)) {
            InputSource in = new InputSource(new ByteArrayInputStream(bytes));
            if (name != null) {
                in.setEncoding(name);
            }
            return in;
        }
        PyObject text;
        try {
            text = Callables.callAttr(new PyBytes(bytes), "decode", PyStr.of(name));
        } catch (PyException e) {
            throw PyexpatModule.error(e.matches(org.taipan.runtime.ExceptionTypes.LookupError)
                    ? ExpatErrors.UNKNOWN_ENCODING : ExpatErrors.INVALID_TOKEN, 1, 0);
        }
        return new InputSource(new java.io.StringReader(text.toString()));
    }

    private static boolean javaCharset(String name) {
        try {
            return java.nio.charset.Charset.isSupported(name);
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return false;
        }
    }

    /** The XML declaration's handler: the JDK's parser reports no event for it. */
    private void xmlDeclaration() throws SAXException {
        PyObject h = handler("XmlDeclHandler");
        if (h == null) {
            return;
        }
        Matcher m = XML_DECL.matcher(documentText.startsWith("\ufeff") ? documentText.substring(1) : documentText);
        if (m.find()) {
            try {
                Callables.call(h, PyStr.of(m.group(1)), m.group(2) == null ? PyNone.NONE : PyStr.of(m.group(2)),
                        PyInt.of(m.group(3) == null ? -1 : m.group(3).equals("yes") ? 1 : 0));
            } catch (PyException e) {
                throw new SaxEvents.HandlerRaised(e);
            }
        }
    }

    private int line() {
        return events == null ? 1 : events.line();
    }

    private int column() {
        return events == null ? 0 : events.column();
    }

    static {
        TYPE.addAttr("__module__", PyStr.of("pyexpat"));
        TYPE.addAttr("__doc__", PyStr.of("An XML parser: set its handler attributes, then call Parse or ParseFile."));
        for (String name : HANDLERS) {
            TYPE.addAttr(name, new PyGetSetDescr(TYPE, name, o -> {
                PyObject h = ((XmlParser) o).handlers.get(name);
                return h == null ? PyNone.NONE : h;
            }, (o, v) -> ((XmlParser) o).handlers.put(name, v == null ? PyNone.NONE : v)));
        }
        flag("buffer_text", p -> p.bufferText, (p, v) -> p.bufferText = v);
        flag("ordered_attributes", p -> p.orderedAttributes, (p, v) -> p.orderedAttributes = v);
        flag("specified_attributes", p -> p.specifiedAttributes, (p, v) -> p.specifiedAttributes = v);
        flag("namespace_prefixes", p -> p.namespacePrefixes, (p, v) -> p.namespacePrefixes = v);
        TYPE.addAttr("buffer_size", new PyGetSetDescr(TYPE, "buffer_size", o -> PyInt.of(((XmlParser) o).bufferSize),
                (o, v) -> {
                    if (v == null) {
                        throw Errors.typeError("cannot delete attribute");
                    }
                    int n = org.taipan.runtime.Args.cInt(v);
                    if (n <= 0) {
                        throw Errors.valueError("buffer_size must be greater than zero");
                    }
                    ((XmlParser) o).bufferSize = n;
                }));
        readOnly("buffer_used", p -> 0);
        readOnly("ErrorCode", p -> p.errorCode);
        // expat's error position is its current one (XML_GetErrorLineNumber is XML_GetCurrentLineNumber)
        readOnly("ErrorLineNumber", p -> p.errorCode == 0 ? p.line() : p.errorLine);
        readOnly("ErrorColumnNumber", p -> p.errorCode == 0 ? p.column() : p.errorColumn);
        readOnly("ErrorByteIndex", p -> -1);
        readOnly("CurrentLineNumber", p -> p.errorCode == 0 ? p.line() : p.errorLine);
        readOnly("CurrentColumnNumber", p -> p.errorCode == 0 ? p.column() : p.errorColumn);
        readOnly("CurrentByteIndex", p -> -1);
        TYPE.addAttr("intern", new PyGetSetDescr(TYPE, "intern", o -> {
            PyDict d = ((XmlParser) o).intern;
            return d == null ? PyNone.NONE : d;
        }, null));
        TYPE.addMethod("Parse", (self, a, k) -> {
            PyObject[] b = MethodArgs.bind("Parse", a, k, 1, "data", "isfinal");
            PyObject data = MethodArgs.required("Parse", b, 0, "data");
            return ((XmlParser) self).parse(data, b[1] != null && Abstract.isTrue(b[1]));
        });
        TYPE.addMethod("ParseFile", (self, a, k) -> {
            PyObject file = org.taipan.runtime.Args.oneArg("ParseFile", a, k);
            PyObject read = Abstract.getAttr(file, "read");
            XmlParser p = (XmlParser) self;
            while (true) {
                PyObject chunk = Callables.call(read, PyInt.of(p.bufferSize));
                if (!(chunk instanceof PyBytes) && !(chunk instanceof PyStr)) {
                    throw Errors.typeError("read() did not return a bytes object (type=%s)", chunk.type().name());
                }
                if (Abstract.length(chunk) == 0) {
                    return p.parse(chunk, true);
                }
                p.parse(chunk, false);
            }
        });
        TYPE.addMethod("SetParamEntityParsing", (self, a, k) -> PyInt.of(1));
        TYPE.addMethod("UseForeignDTD", (self, a, k) -> PyNone.NONE);
        TYPE.addMethod("GetBase", (self, a, k) -> PyNone.NONE);
        TYPE.addMethod("SetBase", (self, a, k) -> PyNone.NONE);
        TYPE.addMethod("GetInputContext", (self, a, k) -> PyNone.NONE);
        TYPE.tp_new = (t, a, k) -> {
            throw Errors.typeError("cannot create 'pyexpat.xmlparser' instances");
        };
        TYPE.ready();
    }

    private static void flag(String name, java.util.function.Predicate<XmlParser> get,
                             java.util.function.BiConsumer<XmlParser, Boolean> set) {
        TYPE.addAttr(name, new PyGetSetDescr(TYPE, name, o -> PyBool.of(get.test((XmlParser) o)), (o, v) -> {
            if (v == null) {
                throw Errors.typeError("cannot delete attribute");
            }
            set.accept((XmlParser) o, Abstract.isTrue(v));
        }));
    }

    private static void readOnly(String name, java.util.function.ToIntFunction<XmlParser> get) {
        TYPE.addAttr(name, new PyGetSetDescr(TYPE, name, o -> PyInt.of(get.applyAsInt((XmlParser) o)), null));
    }
}
