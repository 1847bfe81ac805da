package org.taipan.modules.pyexpat;

import java.io.ByteArrayInputStream;
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
 * <p>A document given whole ({@code Parse(data, True)}) is parsed on the calling thread; one
 * given in pieces through a {@link Feed}, the JDK's parser on a virtual thread of its own, so
 * that each {@code Parse} runs the handlers of the markup its data completed, as expat's does
 * (text at the end of a piece may wait for the next one: the JDK's parser reports a run of
 * character data only once it has seen what ends it). A malformed document is ExpatError
 * "MESSAGE: line L, column C" with {@code code}, {@code lineno}, {@code offset} (the JDK's
 * position; see {@link ExpatErrors} for the codes). External entities and DTDs are never
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

    /** The JDK's message for a reference to an undeclared entity, naming it. */
    /** A reference the JDK's message quotes (its position is past it). */
    private static final Pattern REFERENCE = Pattern.compile("\"&[^\"]+;\"");
    private static final Pattern UNDEFINED_ENTITY = Pattern.compile("\"([^\"]+)\" was referenced, but not declared");

    private final Map<String, PyObject> handlers = new HashMap<>();
    /** The raw text the default handler receives; also whether internal entities are expanded. */
    private final DefaultText defaults = new DefaultText(n -> handler(n) != null);
    /** The default handler attribute set last (expat has one slot for both), or null. */
    private String defaultName;
    /** Nesting of general entities being expanded, and of those whose events are dropped (not expanded for expat). */
    private int entityNesting, entitiesDropped;
    final String namespaceSeparator;
    private final String encoding;
    boolean orderedAttributes, specifiedAttributes, namespacePrefixes;
    /** Character data in expat's pieces, and the {@code buffer_text} buffer. */
    private final CharacterData characterData = new CharacterData();
    /** The text reported inside each internal entity being expanded, innermost first. */
    private final java.util.ArrayDeque<StringBuilder> expandedText = new java.util.ArrayDeque<>();
    /** What of the entity expansion that just ended the JDK will report joined to the next text. */
    private String expandedTail = "";
    /** Text reported since the last other event, not yet cut into expat's pieces (see {@link #deliverPendingText}). */
    private final StringBuilder pendingText = new StringBuilder();
    /** Where the JDK's parser stood after the last event (line, column as {@link SaxEvents.Event} has them). */
    private int eventEndLine = 1, eventEndColumn;
    /** Whether the DTD being read reported a parameter entity reference (a skipped entity named %...). */
    private boolean parameterReferenceSeen;
    /** The external general entities the DTD declared: name to (public id, system id). */
    private final java.util.Map<String, String[]> externalEntities = new java.util.HashMap<>();
    /**
     * The document being parsed whole, for its internal subset's text (the default handler's, and
     * parameter entity references the JDK's parser does not report); null otherwise.
     */
    private byte[] wholeDocument;
    /** A document fed in pieces: the pieces up to its document element (then null). */
    private java.io.ByteArrayOutputStream fedPrefix = new java.io.ByteArrayOutputStream();
    private boolean wholeDocumentUtf8;
    /** {@code SetBase}'s value, given to the declaration handlers of external entities and notations; null when unset. */
    private String base;
    private final PyDict intern;
    private boolean finished;
    private int errorCode, errorLine, errorColumn;
    private long errorByte = -1;
    /** The position of the last event outside entities that was not character data (where a reference can follow). */
    private int outerLine = 1, outerColumn;
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

    /** The element an external entity's text is parsed inside (its events are not reported). */
    private static final String ENTITY_WRAPPER = "taipan-external-entity";

    /** Non-null for the parser of an external entity ({@code ExternalEntityParserCreate}): its text so far. */
    private java.io.ByteArrayOutputStream entityText;
    /** Whether an external entity's data came as str (UTF-8 here). */
    private boolean entityTextIsStr;
    /** Elements open in the entity parser's wrapped text, the wrapper included. */
    private int entityDepth;

    /**
     * {@code ExternalEntityParserCreate(context, encoding=None)}: a parser for an external parsed
     * entity referred to from this document, with this parser's handlers, settings, base and
     * intern dict (XML_ExternalEntityParserCreate copies them the same way).
     */
    XmlParser externalEntityParser(String entityEncoding) {
        XmlParser p = new XmlParser(entityEncoding != null ? entityEncoding : encoding, namespaceSeparator, intern);
        p.handlers.putAll(handlers);
        p.characterData.buffering = characterData.buffering;
        p.orderedAttributes = orderedAttributes;
        p.specifiedAttributes = specifiedAttributes;
        p.namespacePrefixes = namespacePrefixes;
        p.characterData.size = characterData.size;
        p.base = base;
        p.externalEntities.putAll(externalEntities);
        p.entityText = new java.io.ByteArrayOutputStream();
        return p;
    }

    /**
     * An external entity's {@code Parse}: its text is content (any number of elements and
     * character data, after an optional text declaration), parsed inside a wrapper element whose
     * own events are dropped once the last piece has come.
     */
    private PyObject parseEntity(PyObject data, boolean isFinal) {
        if (data instanceof PyStr) {
            entityTextIsStr = true;
            entityText.writeBytes(data.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            entityText.writeBytes(org.taipan.runtime.Buffers.require(data));
        }
        if (!isFinal) {
            return PyInt.of(1);
        }
        byte[] raw = entityText.toByteArray();
        java.nio.charset.Charset cs = StandardCharsets.UTF_8;
        if (!entityTextIsStr && encoding != null) {
            try {
                cs = java.nio.charset.Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                cs = StandardCharsets.UTF_8;
            }
        }
        String text = new String(raw, cs);
        if (text.startsWith("<?xml")) {
            int end = text.indexOf("?>");
            text = end < 0 ? "" : text.substring(end + 2);
        }
        finished = true;
        if (text.isEmpty()) {
            return PyInt.of(1);
        }
        String wrapped = "<" + ENTITY_WRAPPER + ">" + text + "</" + ENTITY_WRAPPER + ">";
        run(wrapped.getBytes(StandardCharsets.UTF_8), true);
        return PyInt.of(1);
    }

    /** Assigns handler attribute {@code name} (None clears it). */
    private void setHandler(String name, PyObject v) {
        if (name.equals("CharacterDataHandler")) {
            flushText(); // what was gathered goes to the handler it was gathered for
        }
        handlers.put(name, v == null ? PyNone.NONE : v);
        if (name.startsWith("DefaultHandler")) {
            // XML_SetDefaultHandler and ...Expand fill one slot; the first turns expansion off, even with None
            defaultName = name;
            defaults.expandInternal = name.equals("DefaultHandlerExpand");
        }
    }

    /** {@code buffer_text = on}: turning it off delivers what is buffered. */
    private void setBufferText(boolean on) {
        if (!on && characterData.buffering) {
            flushText();
        }
        characterData.buffering = on;
    }

    /**
     * {@code buffer_size = v}, as CPython's setter: an exact int (TypeError otherwise) from 1 to
     * INT_MAX (ValueError otherwise; OverflowError past a C long). A new size delivers what is
     * buffered and turns {@code buffer_text} on (CPython allocates the buffer whose presence is
     * that flag).
     */
    private void setBufferSize(PyObject v) {
        if (v == null) {
            throw cannotDelete();
        }
        PyInt i = PyInt.asInt(v);
        if (i == null) {
            throw Errors.typeError("buffer_size must be an integer");
        }
        if (!i.fitsLong()) {
            throw Errors.overflow("Python int too large to convert to C long");
        }
        long n = i.longValue();
        if (n <= 0) {
            throw Errors.valueError("buffer_size must be greater than zero");
        }
        if (n == characterData.size) {
            return;
        }
        if (n > Integer.MAX_VALUE) {
            throw Errors.valueError("buffer_size must not be greater than %d", Integer.MAX_VALUE);
        }
        if (characterData.buffering) {
            flushText();
        }
        characterData.size = (int) n;
        characterData.buffering = true;
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

    /**
     * {@code Parse(data, isfinal=False)}: 1, or ExpatError. A document given whole is parsed on
     * this thread; one given in pieces goes through a {@link Feed}, so each call runs the handlers
     * of what its data completed, as expat's does. Character data buffered under
     * {@code buffer_text} is delivered at the end of each call, as CPython's Parse does.
     */
    PyObject parse(PyObject data, boolean isFinal) {
        if (finished) {
            throw PyexpatModule.error(ExpatErrors.FINISHED, 1, 0);
        }
        if (entityText != null) {
            return parseEntity(data, isFinal);
        }
        parseCalled = true;
        boolean str = data instanceof PyStr;
        byte[] bytes = str ? data.toString().getBytes(StandardCharsets.UTF_8) : org.taipan.runtime.Buffers.require(data);
        if (!started && head != null) {
            // the XML declaration decides how the bytes are read: it is read whole first
            head.writeBytes(bytes);
            bytes = head.toByteArray();
            if (!isFinal && inDeclaration(bytes)) {
                return PyInt.of(1);
            }
            head = null;
        }
        if (!started) {
            started = true;
            utf8 = str;
            documentText = startText(bytes, 0);
            String name = encoding != null ? encoding : declaredEncoding();
            characterData.converted = !str && expatConverts(name, bytes);
            positions = new EventPositions(str ? EventPositions.Encoding.UTF_8 : positionEncoding(name, bytes));
            if (!str && name != null && !expatNative(name)) {
                transcoder = decoderFor(name);
                utf8 = true;
            } else if (!str && name == null && bomlessUtf16(bytes) != null) {
                // expat reads a document that starts with a zero byte as UTF-16 (big-endian when
                // the zero comes first); the JDK's parser wants a byte order mark or a declaration
                java.nio.charset.Charset cs = bomlessUtf16(bytes);
                transcoder = Callables.call(Callables.callAttr(
                        org.taipan.runtime.ThreadState.current().interpreter.importModule("codecs", null, null, 0),
                        "getincrementaldecoder", PyStr.of(cs == StandardCharsets.UTF_16BE ? "utf-16-be" : "utf-16-le")));
                utf8 = true;
                characterData.converted = true;
                positions = new EventPositions(EventPositions.Encoding.NONE);
            }
        }
        if (transcoder != null && !str) {
            // expat asks Python's codecs for an encoding it does not know: the JDK's parser gets UTF-8
            try {
                bytes = Callables.call(Abstract.getAttr(transcoder, "decode"), PyBytes.of(bytes),
                        PyBool.of(isFinal)).toString().getBytes(StandardCharsets.UTF_8);
            } catch (PyException e) {
                if (!e.matches(org.taipan.runtime.ExceptionTypes.UnicodeDecodeError)) {
                    throw e;
                }
                // bytes the encoding cannot read: expat's token errors (a character cut off by the end: unclosed)
                finished = true;
                throw handlerError(isFinal ? ExpatErrors.UNCLOSED_TOKEN : ExpatErrors.INVALID_TOKEN);
            }
        }
        positions.append(bytes);
        if (feed == null) {
            if (isFinal) {
                finished = true;
                run(bytes, utf8);
                return PyInt.of(1);
            }
            try {
                xmlDeclaration();
                feed = new Feed(this, newParser(), utf8 ? "UTF-8" : encoding);
            } catch (SaxEvents.Stop e) {
                throw e.cause;
            } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
                throw Errors.of(org.taipan.runtime.ExceptionTypes.RuntimeError, "XML parser failed: " + e.getMessage());
            }
        }
        if (isFinal) {
            finished = true;
        }
        defaults.append(bytes, isFinal);
        if (fedPrefix != null) {
            // kept until the document element starts, for what the DTD's text decides (see wholeDocument)
            fedPrefix.writeBytes(bytes);
            wholeDocumentUtf8 = utf8;
            if (documentText.length() < 4096 && fedPrefix.size() <= 16384) {
                documentText = startText(fedPrefix.toByteArray(), 0); // the prolog as far as it has come
            }
        }
        for (Feed.Batch b : feed.feed(bytes, isFinal)) {
            try {
                for (SaxEvents.Event e : b.events()) {
                    dispatch(e);
                }
            } catch (RuntimeException e) {
                feed.cancel();
                finished = true;
                throw e;
            }
            if (b.error() != null) {
                finished = true;
                deliverPendingText(); // buffer_text's buffer is not delivered: expat stopped
                throw failed(b.error());
            }
        }
        if (isFinal) {
            defaultText(Integer.MAX_VALUE, Integer.MAX_VALUE, null);
        }
        flushText();
        return PyInt.of(1);
    }

    /**
     * Python's incremental decoder for {@code name}, which expat accepts only for a single-byte
     * encoding (CPython's PyUnknownEncodingHandler decodes the 256 bytes and wants 256
     * characters): LookupError "unknown encoding: NAME" when Python has no such codec, ValueError
     * "multi-byte encodings are not supported" for one that is not single-byte.
     */
    private static PyObject decoderFor(String name) {
        PyObject codecs = org.taipan.runtime.ThreadState.current().interpreter.importModule("codecs", null, null, 0);
        PyObject decoder = Callables.call(Callables.callAttr(codecs, "getincrementaldecoder", PyStr.of(name)));
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        PyObject table = Callables.callAttr(PyBytes.of(all), "decode", PyStr.of(name), PyStr.of("replace"));
        if (Abstract.length(table) != 256) {
            throw Errors.valueError("multi-byte encodings are not supported");
        }
        return decoder;
    }

    /** The encodings expat reads itself; every other one goes through Python's codec. */
    private static boolean expatNative(String name) {
        return switch (name.toUpperCase(java.util.Locale.ROOT)) {
            case "UTF-8", "UTF-16", "UTF-16BE", "UTF-16LE", "ISO-8859-1", "US-ASCII" -> true;
            default -> false;
        };
    }

    /**
     * UTF-16 as expat's first-bytes detection finds it without a byte order mark (xmltok.c's
     * initScan): a zero first byte is big-endian, a zero second byte little-endian; else null.
     */
    private static java.nio.charset.Charset bomlessUtf16(byte[] start) {
        if (start.length < 2 || (start[0] & 0xff) == 0xFE && (start[1] & 0xff) == 0xFF
                || (start[0] & 0xff) == 0xFF && (start[1] & 0xff) == 0xFE) {
            return null;
        }
        return start[0] == 0 ? StandardCharsets.UTF_16BE : start[1] == 0 ? StandardCharsets.UTF_16LE : null;
    }

    /** How {@link EventPositions} reads a document in encoding {@code name} (null when none is named). */
    private static EventPositions.Encoding positionEncoding(String name, byte[] start) {
        if (name == null) {
            return expatConverts(null, start) ? EventPositions.Encoding.NONE : EventPositions.Encoding.UTF_8;
        }
        return switch (name.toUpperCase(java.util.Locale.ROOT)) {
            case "UTF-8", "US-ASCII" -> EventPositions.Encoding.UTF_8;
            case "ISO-8859-1" -> EventPositions.Encoding.LATIN_1;
            default -> EventPositions.Encoding.NONE;
        };
    }

    /**
     * Whether expat converts a document in encoding {@code name} (null when none is named) to
     * UTF-8 for the handlers, rather than passing its bytes on: all but UTF-8 and US-ASCII (its
     * two encodings whose bytes are already UTF-8); with none named, a UTF-16 byte order mark.
     */
    private static boolean expatConverts(String name, byte[] start) {
        if (name == null) {
            return start.length >= 2 && (start[0] == (byte) 0xFE && start[1] == (byte) 0xFF
                    || start[0] == (byte) 0xFF && start[1] == (byte) 0xFE);
        }
        String n = name.toUpperCase(java.util.Locale.ROOT);
        return !n.equals("UTF-8") && !n.equals("US-ASCII");
    }

    private boolean started, utf8;
    /** Whether Parse was called (the bytes may still be held: see {@link #inDeclaration}). */
    private boolean parseCalled;
    /** The document's text followed for expat's positions of tags; null before the first Parse. */
    private EventPositions positions;
    /** Expat's {line, column, byte index} during the current start or end tag's handler, else null. */
    private long[] tagPosition;
    /** Expat's position of the outermost general entity reference being expanded. */
    private long[] referencePosition;
    /** The JDK's position of the last start tag (an end there closes an empty-element tag). */
    private int lastStartLine = -1, lastStartColumn = -1;
    /** {@code SetParamEntityParsing}'s mode (XML_PARAM_ENTITY_PARSING_NEVER, _UNLESS_STANDALONE, _ALWAYS). */
    private long paramEntityParsing = PARAM_ENTITY_PARSING_NEVER;
    /** {@code UseForeignDTD}: an external subset is asked for even when the document names none. */
    private boolean useForeignDtd;
    /** Whether the DOCTYPE was read (or the foreign DTD asked for), and its external ids. */
    private boolean doctypeSeen;
    private String doctypeSystemId, doctypePublicId;
    /** The first pieces while they are an unfinished XML declaration; null once it is read. */
    private java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();

    /** Whether {@code b} is the start of an XML declaration not yet closed by {@code ?>} (up to 4 KB), or under 4 bytes. */
    private static boolean inDeclaration(byte[] b) {
        if (b.length < 4) {
            return true; // expat reads its first four bytes before it decides how the document is encoded
        }
        int from = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        String t = startText(b, from);
        if (t.length() < 5) {
            return "<?xml".startsWith(t);
        }
        return t.startsWith("<?xml") && !t.contains("?>") && b.length < 4096;
    }
    /**
     * The first characters of a document's bytes from {@code from}, without a byte order mark:
     * UTF-16 when a byte order mark or expat's zero-byte detection says so (a declaration in it is
     * read as text), else one character per byte.
     */
    private static String startText(byte[] b, int from) {
        java.nio.charset.Charset utf16 = b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) ? StandardCharsets.UTF_16 : bomlessUtf16(b);
        if (utf16 != null) {
            String t = new String(b, 0, Math.min(b.length, 8192) & ~1, utf16);
            return t.startsWith("\ufeff") ? t.substring(1) : t;
        }
        int start = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
                ? Math.max(from, 3) : from;
        return new String(b, start, Math.min(b.length - start, 4096), StandardCharsets.ISO_8859_1);
    }

    /** Python's incremental decoder of an encoding the JDK does not have, or null. */
    private PyObject transcoder;
    private Feed feed;
    private int line = 1, column;

    /**
     * The JDK's parsers set up as expat behaves (namespaces only with a separator, nothing
     * external fetched), kept for reuse: making one costs far more than parsing a small document.
     * Index 1 processes namespaces.
     */
    private static final java.util.concurrent.ConcurrentLinkedQueue<SAXParser>[] IDLE = idlePools();

    @SuppressWarnings("unchecked")
    private static java.util.concurrent.ConcurrentLinkedQueue<SAXParser>[] idlePools() {
        return new java.util.concurrent.ConcurrentLinkedQueue[] {new java.util.concurrent.ConcurrentLinkedQueue<>(),
            new java.util.concurrent.ConcurrentLinkedQueue<>()};
    }

    private SAXParser newParser() throws SAXException, javax.xml.parsers.ParserConfigurationException {
        boolean ns = namespaceSeparator != null;
        SAXParser idle = IDLE[ns ? 1 : 0].poll();
        if (idle != null) {
            return idle;
        }
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(ns);
        f.setValidating(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        // system identifiers as the document wrote them, as expat reports them (not resolved to URIs)
        f.setFeature("http://xml.org/sax/features/resolve-dtd-uris", false);
        SAXParser p = f.newSAXParser();
        // expat has none of the JDK's limits on depth, attributes, name length or entity
        // references; what it does limit is amplification (billion laughs), which the total size
        // of expanded entities bounds here (expat checks its ratio from 8 MiB of output on)
        for (String unlimited : new String[] {"jdk.xml.maxElementDepth", "jdk.xml.elementAttributeLimit",
            "jdk.xml.maxXMLNameLimit", "jdk.xml.entityExpansionLimit", "jdk.xml.maxGeneralEntitySizeLimit"}) {
            p.setProperty(unlimited, "0");
        }
        p.setProperty("jdk.xml.totalEntitySizeLimit", "8000000");
        return p;
    }

    /** Returns a parser that finished a document cleanly for the next one. */
    static void release(SAXParser p) {
        p.reset();
        IDLE[p.isNamespaceAware() ? 1 : 0].offer(p);
    }

    /** Parses a whole document on this thread, the handlers called as the events come. */
    private void run(byte[] bytes, boolean utf8) {
        documentText = startText(bytes, 0);
        wholeDocument = bytes;
        wholeDocumentUtf8 = utf8;
        SaxEvents events = new SaxEvents(this::dispatch);
        try {
            if (feed == null) {
                xmlDeclaration();
            }
            SAXParser p = newParser();
            p.setProperty("http://xml.org/sax/properties/lexical-handler", events);
            p.setProperty("http://xml.org/sax/properties/declaration-handler", events);
            p.parse(source(bytes, utf8), events);
            // only a parser that finished cleanly is reused: one stopped by an error can keep state of it
            release(p);
            defaultText(Integer.MAX_VALUE, Integer.MAX_VALUE, null);
            flushText();
        } catch (SaxEvents.Stop e) {
            throw e.cause;
        } catch (SAXParseException e) {
            deliverPendingText(); // buffer_text's buffer is not delivered: expat stopped
            throw failed(e);
        } catch (SAXException e) {
            if (String.valueOf(e.getMessage()).contains("Scanner State")) {
                // the JDK's scanner gives up on a DOCTYPE inside an element: expat's invalid token there
                deliverPendingText(); // buffer_text's buffer is not delivered: expat stopped
                throw failed(new SAXParseException(e.getMessage(), null, null, outerLine, outerColumn + 1));
            }
            throw Errors.of(org.taipan.runtime.ExceptionTypes.RuntimeError, "XML parser failed: " + e.getMessage());
        } catch (javax.xml.parsers.ParserConfigurationException | java.io.IOException e) {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.RuntimeError, "XML parser failed: " + e.getMessage());
        }
    }

    private PyException failed(SAXParseException e) {
        errorCode = ExpatErrors.codeOf(e, entityNesting > 0);
        errorLine = Math.max(1, e.getLineNumber());
        errorColumn = Math.max(0, e.getColumnNumber() - 1);
        errorByte = -1;
        String message = String.valueOf(e.getMessage());
        Matcher undefined = UNDEFINED_ENTITY.matcher(message);
        Matcher reference = REFERENCE.matcher(message);
        if (errorCode == ExpatErrors.UNDEFINED_ENTITY && undefined.find()) {
            // the JDK is past the reference's ';', expat at its '&'
            errorColumn = Math.max(0, errorColumn - undefined.group(1).length() - 2);
        } else if (reference.find()) {
            errorColumn = Math.max(0, errorColumn - reference.group().length() + 2);
            String name = reference.group().substring(2, reference.group().length() - 2);
            if (errorCode == ExpatErrors.ATTRIBUTE_EXTERNAL_ENTITY_REF && !externalEntities.containsKey(name)) {
                errorCode = ExpatErrors.BINARY_ENTITY_REF; // an unparsed entity (the JDK calls it external too)
            }
        } else if (errorCode == ExpatErrors.PUBLICID) {
            errorColumn = Math.max(0, errorColumn - 1); // the JDK is past the character, expat at it
        }
        ErrorPosition doc = errorText();
        if (doc != null) {
            int at = entityNesting > 0 ? doc.firstReference(doc.index(outerLine, outerColumn))
                    : doc.index(errorLine, errorColumn);
            if (at >= 0 && entityNesting == 0) {
                int[] refined = doc.refine(errorCode, message, at);
                errorCode = refined[0];
                at = refined[1];
            }
            if (at >= 0 && errorCode == ExpatErrors.UNDEFINED_ENTITY && entityNesting == 0 && doc.tagStart(at) >= 0) {
                at = doc.tagStart(at); // in an attribute value: expat is at the tag's start
            }
            if (at >= 0) {
                int[] lc = doc.position(at);
                errorLine = lc[0];
                errorColumn = lc[1];
                errorByte = doc.byteIndex(at, rawCharset(wholeDocumentUtf8));
            }
        }
        return PyexpatModule.error(errorCode, errorLine, errorColumn);
    }

    /** The document's text for an error's position, or null when it was not kept. */
    private ErrorPosition errorText() {
        if (feed != null) {
            // a document fed in pieces: its text is kept while a default handler is (ElementTree sets one)
            String kept = defaults.text();
            if (kept == null && fedPrefix != null) {
                kept = new String(fedPrefix.toByteArray(), rawCharset(wholeDocumentUtf8)); // no element yet
            }
            return kept == null ? null : new ErrorPosition(kept.startsWith("\ufeff") ? kept.substring(1) : kept);
        }
        if (wholeDocument == null) {
            return null;
        }
        String t = new String(wholeDocument, rawCharset(wholeDocumentUtf8));
        return new ErrorPosition(t.startsWith("\ufeff") ? t.substring(1) : t);
    }

    /** The encoding the XML declaration of the document's start names, or null. */
    private String declaredEncoding() {
        Matcher m = XML_DECL.matcher(documentText.startsWith("\ufeff") ? documentText.substring(1) : documentText);
        return m.find() ? m.group(2) : null;
    }

    // ---------------------------------------------------------------- events to handlers

    /** Delivers buffered character data before any other event. */
    private void flushText() {
        deliverPendingText();
        characterData.flush(characterDataHandler());
    }

    /**
     * Hands the text gathered since the last other event to {@link #characterData}: the JDK's
     * parser cuts a run of text where its buffers end, expat where lines end, so runs are joined
     * first and cut again there.
     */
    private void deliverPendingText() {
        if (!pendingText.isEmpty()) {
            String t = pendingText.toString();
            pendingText.setLength(0);
            characterData.text(t, this::characterDataHandler);
        }
    }

    /**
     * Whether text event {@code e} is a character or predefined entity reference ({@code &#65;},
     * {@code &lt;}), a piece of its own for expat. The JDK's parser reports one as a single
     * character, as it reports nothing else: such an event that moved the position on by three
     * columns or more on the same line stood for four characters of the document or more (text
     * followed by a reference is reported after its {@code &} was read: one column at most).
     */
    private boolean isReference(SaxEvents.Event e) {
        String t = e.a();
        return !t.isEmpty() && t.codePointCount(0, t.length()) == 1 && t.charAt(0) != '\n'
                && e.line() == eventEndLine && e.column() - eventEndColumn >= 3;
    }

    /** The character-data handler as a Java consumer, or null when none is set. */
    private java.util.function.Consumer<String> characterDataHandler() {
        PyObject h = handler("CharacterDataHandler");
        return h == null ? null : t -> Callables.call(h, PyStr.of(t));
    }

    /**
     * Calls handler {@code name} when one is set, buffered character data delivered first (as
     * pyexpat's handlers of every other event do: text gathers across events no one handles).
     */
    private void call(String name, PyObject... args) {
        if (handler(name) == null) {
            return;
        }
        flushText();
        PyObject h = handler(name);
        if (h != null) {
            Callables.call(h, args);
        }
    }

    private PyObject name(String uri, String local, String qName) {
        String sep = namespaceSeparator;
        if (sep == null) {
            return PyStr.of(qName);
        }
        if (uri == null || uri.isEmpty()) {
            return PyStr.of(local == null || local.isEmpty() ? qName : local);
        }
        String prefix = qName.indexOf(':') > 0 ? qName.substring(0, qName.indexOf(':')) : "";
        return PyStr.of(uri + sep + local + (namespacePrefixes && !prefix.isEmpty() ? sep + prefix : ""));
    }

    private static PyObject strOrNone(String s) {
        return s == null || s.isEmpty() ? PyNone.NONE : PyStr.of(s);
    }

    /**
     * Runs the handler of one event in expat's shape (read at this moment: handlers and flags may
     * change between events): names as {@code uri + separator + local} under namespace processing,
     * attributes as a dict or (with {@code ordered_attributes}) a flat list, character data joined
     * under {@code buffer_text}.
     */
    void dispatch(SaxEvents.Event e) {
        if (e.kind() == SaxEvents.Kind.START_ENTITY && entityNesting == 0 && positions != null && entityText == null
                && !RawTokens.isPredefined(e.a())) {
            referencePosition = positions.referenceStart(e.a());
        }
        boolean reference = e.kind() == SaxEvents.Kind.TEXT && isReference(e);
        if (e.kind() != SaxEvents.Kind.TEXT || reference) {
            deliverPendingText();
        }
        eventEndLine = e.line();
        eventEndColumn = e.column();
        if (e.kind() == SaxEvents.Kind.START_ENTITY || e.kind() == SaxEvents.Kind.END_ENTITY) {
            entity(e);
            return;
        }
        if (entitiesDropped > 0) {
            if (e.kind() == SaxEvents.Kind.TEXT) {
                defaults.droppedText(e.a());
            }
            return;
        }
        String chars = defaults.afterDropped(e.kind() == SaxEvents.Kind.TEXT ? e.a() : null);
        if (chars != null && chars.isEmpty()) {
            return;
        }
        defaultText(e.line(), e.column() + 1, e.kind());
        line = e.line();
        column = e.column();
        if (entityNesting == 0 && e.kind() != SaxEvents.Kind.TEXT) {
            outerLine = line;
            outerColumn = column;
        }
        tagPosition = null;
        if (entityNesting > 0 && (e.kind() == SaxEvents.Kind.START || e.kind() == SaxEvents.Kind.END)) {
            tagPosition = referencePosition; // expat stands at the reference for its replacement text's events
        } else if (positions != null && entityText == null
                && (e.kind() == SaxEvents.Kind.START || e.kind() == SaxEvents.Kind.END)) {
            // an empty-element tag's end comes at the position of its start: past the tag, as in expat
            boolean emptyEnd = e.kind() == SaxEvents.Kind.END && lastStartLine == line && lastStartColumn == column;
            tagPosition = positions.tagStart(line, column, emptyEnd, e.c(), e.kind() == SaxEvents.Kind.END);
            if (e.kind() == SaxEvents.Kind.START) {
                lastStartLine = line;
                lastStartColumn = column;
            }
        }
        if (e.kind() == SaxEvents.Kind.TEXT) {
            for (StringBuilder inside : expandedText) {
                inside.append(chars);
            }
            if (!expandedTail.isEmpty()) {
                // the end of an expanded entity's text, which the JDK reports joined to what follows
                String tail = expandedTail;
                expandedTail = "";
                if (chars.startsWith(tail)) {
                    deliverPendingText();
                    characterData.text(tail, this::characterDataHandler);
                    chars = chars.substring(tail.length());
                    if (chars.isEmpty()) {
                        return;
                    }
                }
            }
            if (reference) {
                characterData.text(chars, this::characterDataHandler);
            } else {
                pendingText.append(chars);
            }
            return;
        }
        switch (e.kind()) {
            case START -> {
                fedPrefix = null;
                if (entityText != null && entityDepth++ == 0) {
                    return; // the wrapper around an external entity's text
                }
                if (useForeignDtd && !doctypeSeen) {
                    doctypeSeen = true;
                    externalSubset(null, null, false);
                }
                if (handler("StartElementHandler") == null) {
                    return;
                }
                String[] q = e.attributes();
                PyObject attributes;
                int step = SaxEvents.ATTRIBUTE_FIELDS;
                if (orderedAttributes) {
                    org.taipan.runtime.PyList l = new org.taipan.runtime.PyList();
                    for (int i = 0; i < q.length; i += step) {
                        if (q[i + 4] != null || !specifiedAttributes) {
                            l.append(name(q[i], q[i + 1], q[i + 2]));
                            l.append(PyStr.of(q[i + 3]));
                        }
                    }
                    attributes = l;
                } else {
                    PyDict d = new PyDict();
                    for (int i = 0; i < q.length; i += step) {
                        if (q[i + 4] != null || !specifiedAttributes) {
                            d.setItem(name(q[i], q[i + 1], q[i + 2]), PyStr.of(q[i + 3]));
                        }
                    }
                    attributes = d;
                }
                call("StartElementHandler", name(e.a(), e.b(), e.c()), attributes);
            }
            case END -> {
                if (entityText == null || --entityDepth > 0) {
                    call("EndElementHandler", name(e.a(), e.b(), e.c()));
                }
            }
            case PI -> call("ProcessingInstructionHandler", PyStr.of(e.a()), PyStr.of(e.b()));
            case START_NS -> call("StartNamespaceDeclHandler", strOrNone(e.a()), strOrNone(e.b()));
            case END_NS -> call("EndNamespaceDeclHandler", strOrNone(e.a()));
            case COMMENT -> call("CommentHandler", PyStr.of(e.a()));
            case START_CDATA -> call("StartCdataSectionHandler");
            case END_CDATA -> call("EndCdataSectionHandler");
            case START_DTD -> {
                parameterReferenceSeen = false;
                if (e.c() != null && paramEntityParsing == PARAM_ENTITY_PARSING_NEVER) {
                    // an external subset, which a standalone document may not need (when parameter
                    // entities are parsed, the subset goes to ExternalEntityRefHandler instead)
                    notStandalone();
                }
                startDoctype(e);
            }
            case END_DTD -> {
                if (wholeDocument == null && fedPrefix != null) {
                    wholeDocument = fedPrefix.toByteArray();
                }
                undeclaredParameterReference();
                if (doctypeSystemId != null || useForeignDtd) {
                    externalSubset(doctypeSystemId, doctypePublicId, true);
                }
                call("EndDoctypeDeclHandler");
            }
            case ELEMENT_DECL -> {
                if (handler("ElementDeclHandler") != null) {
                    call("ElementDeclHandler", PyStr.of(e.a()), ContentModel.of(e.b()));
                }
            }
            case ATTLIST_DECL -> attlistDeclaration(e);
            case INTERNAL_ENTITY -> {
                if (RawTokens.isPredefined(e.a())) {
                    return; // expat keeps the predefined entities and reports no redeclaration
                }
                defaults.internalEntities.put(e.a(), e.b());
                entityDeclaration(e.a(), PyStr.of(e.b()), null, null, null);
            }
            case EXTERNAL_ENTITY -> {
                externalEntities.putIfAbsent(e.a(), new String[] {e.b(), e.c()});
                entityDeclaration(e.a(), PyNone.NONE, e.c(), e.b(), null);
            }
            case UNPARSED_ENTITY -> {
                if (handler("UnparsedEntityDeclHandler") != null) {
                    call("UnparsedEntityDeclHandler", PyStr.of(e.a()), baseOrNone(), noneIfNull(e.c()),
                            noneIfNull(e.b()), noneIfNull(e.attributes()[0]));
                } else {
                    entityDeclaration(e.a(), PyNone.NONE, e.c(), e.b(), e.attributes()[0]);
                }
            }
            case NOTATION -> call("NotationDeclHandler", PyStr.of(e.a()), baseOrNone(), noneIfNull(e.c()),
                    noneIfNull(e.b()));
            case SKIPPED -> {
                if (e.a().startsWith("%")) {
                    // a parameter entity reference in the internal subset: expat reads none
                    parameterReferenceSeen = true;
                    notStandalone();
                    return;
                }
                String[] external = externalEntities.get(e.a());
                if (external != null) {
                    externalEntityReference(e.a(), external);
                } else if (handler("SkippedEntityHandler") != null) {
                    call("SkippedEntityHandler", PyStr.of(e.a()), PyInt.of(0));
                } else {
                    defaultReference(e.a());
                }
            }
            default -> { }
        }
    }

    /**
     * Gives the default handler the document's tokens that end by (line, column) (the JDK's
     * counting) and that no other handler takes. The text is kept from the first event that finds
     * a default handler set; what came before is dropped.
     */
    private void defaultText(int toLine, int toColumn, SaxEvents.Kind event) {
        PyObject h = defaultHandler();
        if (h == null) {
            return;
        }
        if (!defaults.started()) {
            if (entityNesting > 0) {
                return; // positions are the entity's: where the document's text stands is not known
            } else if (feed == null && wholeDocument != null) {
                defaults.start(wholeDocument, rawCharset(wholeDocumentUtf8), true);
            } else if (fedPrefix != null) {
                defaults.start(fedPrefix.toByteArray(), rawCharset(wholeDocumentUtf8), finished);
            } else {
                return;
            }
            // what the handler was not set for yet: up to the previous event
            defaults.upTo(line, column + 1, null, null);
        }
        defaults.upTo(toLine, toColumn, this::defaultToken, event);
    }

    /** Calls the default handler with a token of the document's text. */
    private void defaultToken(RawTokens.Token t) {
        PyObject h = defaultHandler();
        if (h != null) {
            flushText();
            // expat's current position during the call is the token's start
            line = t.startLine();
            column = t.startColumn() - 1;
            Callables.call(h, PyStr.of(t.text()));
        }
    }

    /** The default handler expat would call: the one of the two attributes set last, or null. */
    private PyObject defaultHandler() {
        return defaultName == null ? null : handler(defaultName);
    }

    /** The charset the document's bytes are read in (UTF-8 for str or transcoded input). */
    private java.nio.charset.Charset rawCharset(boolean isUtf8) {
        String name = isUtf8 ? null : encoding != null ? encoding : declaredEncoding();
        if (name == null && documentText.length() >= 2) {
            char c0 = documentText.charAt(0), c1 = documentText.charAt(1);
            if (c0 == 0xFE && c1 == 0xFF || c0 == 0xFF && c1 == 0xFE) {
                name = "UTF-16";
            }
        }
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return java.nio.charset.Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    /**
     * A general entity's replacement text begins or ends. Once DefaultHandler (not
     * DefaultHandlerExpand) has been assigned, expat expands no internal entity: the reference
     * goes to SkippedEntityHandler (name, 0) or to the default handler as written, and nothing of
     * its replacement text is reported.
     */
    private void entity(SaxEvents.Event e) {
        if (RawTokens.isPredefined(e.a())) {
            return; // &lt; and the like are character data (the JDK reports them as entities)
        }
        if (e.kind() == SaxEvents.Kind.END_ENTITY) {
            entityNesting = Math.max(0, entityNesting - 1);
            if (entitiesDropped > 0) {
                if (--entitiesDropped == 0) {
                    defaults.droppedEnd(e.a());
                }
            } else {
                defaults.exitEntity(this::defaultToken);
                if (!expandedText.isEmpty()) {
                    expandedTail = defaults.expansionTail(e.a(), expandedText.pop().toString());
                }
            }
            return;
        }
        if (entitiesDropped == 0) {
            defaults.throughReference(this::defaultToken);
        }
        entityNesting++;
        if (entitiesDropped > 0 || !defaults.expandInternal) {
            if (entitiesDropped++ == 0) {
                call("SkippedEntityHandler", PyStr.of(e.a()), PyInt.of(0));
            }
        } else {
            defaults.enterEntity(e.a());
            expandedText.push(new StringBuilder());
        }
    }

    private void startDoctype(SaxEvents.Event e) {
        doctypeSeen = true;
        doctypeSystemId = e.c();
        doctypePublicId = e.b();
        call("StartDoctypeDeclHandler", PyStr.of(e.a()), noneIfNull(e.c()), noneIfNull(e.b()),
                PyInt.of(hasInternalSubset() ? 1 : 0));
    }

    /**
     * The JDK's parser passes over a reference to an undeclared parameter entity without an
     * event; expat asks the not-standalone handler there. Found in the subset's text at its end
     * (the call comes after the subset's declarations, not between them).
     */
    private void undeclaredParameterReference() {
        if (parameterReferenceSeen || wholeDocument == null || handler("NotStandaloneHandler") == null) {
            return;
        }
        String subset = InternalSubset.of(new String(wholeDocument, StandardCharsets.ISO_8859_1));
        if (subset != null && InternalSubset.hasParameterEntityReference(subset)) {
            notStandalone();
        }
    }

    /** Whether the XML declaration says {@code standalone="yes"}. */
    private boolean standalone() {
        Matcher m = XML_DECL.matcher(documentText.startsWith("\ufeff") ? documentText.substring(1) : documentText);
        return m.find() && "yes".equals(m.group(3));
    }

    /**
     * expat's {@code NotStandaloneHandler} call where the DTD leaves what it does not read (an
     * external subset, a parameter entity reference) to a document not declared standalone: a
     * false result stops the parse with "document is not standalone".
     */
    private void notStandalone() {
        PyObject h = handler("NotStandaloneHandler");
        if (h == null || standalone()) {
            return;
        }
        flushText();
        if (!Abstract.isTrue(Callables.call(h))) {
            throw handlerError(ExpatErrors.NOT_STANDALONE);
        }
    }

    /**
     * A reference to a declared external entity in content: {@code ExternalEntityRefHandler(context,
     * base, system_id, public_id)} (the context is the entity's name here), whose false result
     * stops the parse; without that handler the reference's text goes to the default handler.
     */
    private void externalEntityReference(String name, String[] publicAndSystem) {
        PyObject h = handler("ExternalEntityRefHandler");
        if (h != null) {
            flushText();
            PyObject r = Callables.call(h, PyStr.of(name), baseOrNone(), noneIfNull(publicAndSystem[1]),
                    noneIfNull(publicAndSystem[0]));
            if (cLong(r) == 0) {
                throw handlerError(ExpatErrors.EXTERNAL_ENTITY_HANDLING);
            }
        } else {
            defaultReference(name);
        }
    }

    /**
     * Gives the default handler a reference the JDK's parser reported after its {@code ;}; during
     * the call the position is the reference's start, as expat's (ElementTree's "undefined
     * entity" error reads it).
     */
    private void defaultReference(String name) {
        PyObject h = defaultHandler();
        if (h != null) {
            flushText();
            column = Math.max(0, column - name.length() - 2);
            Callables.call(h, PyStr.of("&" + name + ";"));
        }
    }

    /** The ExpatError a handler's refusal raises, at the current position, recorded as the parser's error. */
    /**
     * The document's external DTD subset (its DOCTYPE's ids, or none for {@code UseForeignDTD}):
     * expat hands it to {@code ExternalEntityRefHandler(None, base, system_id, public_id)} when
     * parameter entities are parsed ({@code SetParamEntityParsing}: always, or unless the
     * document is declared standalone), at the DOCTYPE's end or, without one, before the
     * document element; a false result stops the parse (XML_ERROR_EXTERNAL_ENTITY_HANDLING),
     * located where expat is: at the DOCTYPE's closing {@code >} ({@code atDoctypeEnd}), or at the element's
     * {@code <} (the JDK's parser reports both a little later).
     */
    private void externalSubset(String systemId, String publicId, boolean atDoctypeEnd) {
        PyObject h = handler("ExternalEntityRefHandler");
        if (h == null || paramEntityParsing == PARAM_ENTITY_PARSING_NEVER
                || paramEntityParsing == PARAM_ENTITY_PARSING_UNLESS_STANDALONE && standalone()) {
            return;
        }
        flushText();
        PyObject r = Callables.call(h, PyNone.NONE, baseOrNone(), noneIfNull(systemId), noneIfNull(publicId));
        if (cLong(r) == 0) { // pyexpat reads the result as a C long (None: TypeError)
            ErrorPosition doc = errorText();
            int at = doc == null ? -1 : doc.index(line, column);
            int expat = at < 0 ? -1 : doc.lastBefore(atDoctypeEnd ? '>' : '<', at);
            if (expat > 0) {
                int[] lc = doc.position(expat);
                line = lc[0];
                column = lc[1];
            }
            throw handlerError(ExpatErrors.EXTERNAL_ENTITY_HANDLING);
        }
    }

    private static final int PARAM_ENTITY_PARSING_NEVER = 0, PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1;

    /** A handler's result as pyexpat reads it ({@code PyLong_AsLong}): TypeError, OverflowError past a C long. */
    private static long cLong(PyObject r) {
        PyInt i = Abstract.index(r, null);
        if (!i.fitsLong()) {
            throw Errors.overflow("Python int too large to convert to C long");
        }
        return i.longValue();
    }

    private PyException handlerError(int code) {
        errorCode = code;
        errorLine = line;
        errorColumn = column;
        return PyexpatModule.error(code, line, column);
    }

    private static PyObject noneIfNull(String s) {
        return s == null ? PyNone.NONE : PyStr.of(s);
    }

    private PyObject baseOrNone() {
        return noneIfNull(base);
    }

    /**
     * {@code EntityDeclHandler(name, is_parameter_entity, value, base, system_id, public_id,
     * notation_name)}: a parameter entity is the JDK's name with its leading {@code %}.
     */
    private void entityDeclaration(String name, PyObject value, String systemId, String publicId, String notation) {
        if (handler("EntityDeclHandler") == null) {
            return;
        }
        boolean parameter = name.startsWith("%");
        call("EntityDeclHandler", PyStr.of(parameter ? name.substring(1) : name), PyInt.of(parameter ? 1 : 0), value,
                baseOrNone(),
                noneIfNull(systemId), noneIfNull(publicId), noneIfNull(notation));
    }

    /**
     * {@code AttlistDeclHandler(element, attribute, type, default, required)}: the default value
     * (None for {@code #IMPLIED} and {@code #REQUIRED}), required 1 for {@code #REQUIRED} and
     * {@code #FIXED}; a notation type as expat writes it, {@code NOTATION(a|b)}.
     */
    private void attlistDeclaration(SaxEvents.Event e) {
        if (handler("AttlistDeclHandler") == null) {
            return;
        }
        String mode = e.attributes()[0];
        String value = e.attributes()[1];
        String type = e.c().replaceAll("\\s+", "");
        boolean required = "#REQUIRED".equals(mode) || "#FIXED".equals(mode);
        call("AttlistDeclHandler", PyStr.of(e.a()), PyStr.of(e.b()), PyStr.of(type),
                "#REQUIRED".equals(mode) || "#IMPLIED".equals(mode) ? PyNone.NONE : noneIfNull(value),
                PyInt.of(required ? 1 : 0));
    }

    /** The document for the JDK's parser: its bytes, in UTF-8 or the encoding {@code ParserCreate} named (or detected). */
    private InputSource source(byte[] bytes, boolean utf8) {
        InputSource in = new InputSource(new ByteArrayInputStream(bytes));
        String name = utf8 ? "UTF-8" : encoding;
        if (name != null) {
            in.setEncoding(name);
        }
        return in;
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
                throw new SaxEvents.Stop(e);
            }
        }
    }

    private int line() {
        return tagPosition != null ? (int) tagPosition[0] : line;
    }

    private int column() {
        return tagPosition != null ? (int) tagPosition[1] : column;
    }

    /** {@code CurrentByteIndex}: known during a start or end tag's handler, else -1. */
    private long byteIndex() {
        return errorCode == 0 && tagPosition != null ? tagPosition[2] : -1;
    }

    static {
        TYPE.addAttr("__module__", PyStr.of("pyexpat"));
        TYPE.addAttr("__doc__", PyStr.of("An XML parser: set its handler attributes, then call Parse or ParseFile."));
        for (String name : HANDLERS) {
            TYPE.addAttr(name, new PyGetSetDescr(TYPE, name, o -> {
                PyObject h = ((XmlParser) o).handlers.get(name);
                return h == null ? PyNone.NONE : h;
            }, (o, v) -> {
                if (v == null) {
                    throw cannotDelete();
                }
                ((XmlParser) o).setHandler(name, v);
            }));
        }
        flag("buffer_text", p -> p.characterData.buffering, XmlParser::setBufferText);
        flag("ordered_attributes", p -> p.orderedAttributes, (p, v) -> p.orderedAttributes = v);
        flag("specified_attributes", p -> p.specifiedAttributes, (p, v) -> p.specifiedAttributes = v);
        flag("namespace_prefixes", p -> p.namespacePrefixes, (p, v) -> p.namespacePrefixes = v);
        TYPE.addAttr("buffer_size", new PyGetSetDescr(TYPE, "buffer_size",
                o -> PyInt.of(((XmlParser) o).characterData.size), (o, v) -> ((XmlParser) o).setBufferSize(v)));
        readOnly("buffer_used", p -> p.characterData.used());
        readOnly("ErrorCode", p -> p.errorCode);
        // expat's error position is its current one (XML_GetErrorLineNumber is XML_GetCurrentLineNumber)
        readOnly("ErrorLineNumber", p -> p.errorCode == 0 ? p.line() : p.errorLine);
        readOnly("ErrorColumnNumber", p -> p.errorCode == 0 ? p.column() : p.errorColumn);
        TYPE.addAttr("ErrorByteIndex", new PyGetSetDescr(TYPE, "ErrorByteIndex",
                o -> PyInt.of(((XmlParser) o).errorCode == 0 ? -1 : ((XmlParser) o).errorByte), null));
        readOnly("CurrentLineNumber", p -> p.errorCode == 0 ? p.line() : p.errorLine);
        readOnly("CurrentColumnNumber", p -> p.errorCode == 0 ? p.column() : p.errorColumn);
        TYPE.addAttr("CurrentByteIndex", new PyGetSetDescr(TYPE, "CurrentByteIndex",
                o -> PyInt.of(((XmlParser) o).byteIndex()), null));
        TYPE.addAttr("intern", new PyGetSetDescr(TYPE, "intern", o -> {
            PyDict d = ((XmlParser) o).intern;
            return d == null ? PyNone.NONE : d;
        }, (o, v) -> {
            throw Errors.attributeError("readonly attribute"); // a read-only member in CPython
        }));
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
                PyObject chunk = Callables.call(read, PyInt.of(p.characterData.size));
                if (!(chunk instanceof PyBytes)) {
                    throw Errors.typeError("read() did not return a bytes object (type=%s)", chunk.type().name());
                }
                if (Abstract.length(chunk) == 0) {
                    return p.parse(chunk, true);
                }
                p.parse(chunk, false);
            }
        });
        TYPE.addMethod("ExternalEntityParserCreate", (self, a, k) -> {
            if (a.length == 0 || k != null && a.length <= k.length) {
                throw Errors.typeError("ExternalEntityParserCreate() takes at least 1 positional argument (0 given)");
            }
            PyObject[] b = MethodArgs.bind("ExternalEntityParserCreate", a, k, 1, "context", "encoding");
            PyObject context = MethodArgs.required("ExternalEntityParserCreate", b, 0, "context");
            if (context != PyNone.NONE && !(context instanceof PyStr)) {
                throw Errors.typeError("ExternalEntityParserCreate() argument 1 must be str or None, not %s",
                        context.type().name());
            }
            PyObject enc = b[1];
            if (enc != null && enc != PyNone.NONE && !(enc instanceof PyStr)) {
                throw Errors.typeError("ExternalEntityParserCreate() argument 2 must be str, not %s", enc.type().name());
            }
            return ((XmlParser) self).externalEntityParser(enc == null || enc == PyNone.NONE ? null : enc.toString());
        });
        TYPE.addMethod("SetParamEntityParsing", (self, a, k) -> {
            XmlParser p = (XmlParser) self;
            long mode = org.taipan.runtime.Args.cInt(org.taipan.runtime.Args.oneArg("SetParamEntityParsing", a, k));
            if (p.parseCalled && !p.finished) {
                return PyInt.of(0); // XML_SetParamEntityParsing refuses while parsing
            }
            p.paramEntityParsing = mode;
            return PyInt.of(1);
        });
        TYPE.addMethod("UseForeignDTD", (self, a, k) -> {
            XmlParser p = (XmlParser) self;
            org.taipan.runtime.Args.noKeywords("UseForeignDTD", k);
            if (a.length > 1) {
                throw Errors.typeError("UseForeignDTD() takes at most 1 argument (%d given)", a.length);
            }
            boolean flag = a.length == 0 || Abstract.isTrue(a[0]);
            if (p.parseCalled && !p.finished) {
                throw p.handlerError(ExpatErrors.CANT_CHANGE_FEATURE_ONCE_PARSING);
            }
            p.useForeignDtd = flag;
            return PyNone.NONE;
        });
        TYPE.addMethod("GetBase", (self, a, k) -> {
            org.taipan.runtime.Args.check("GetBase", a, k, 0, 0);
            return ((XmlParser) self).baseOrNone();
        });
        TYPE.addMethod("SetBase", (self, a, k) -> {
            PyObject base = org.taipan.runtime.Args.oneArg("xmlparser.SetBase", a, k);
            if (!(base instanceof PyStr b)) {
                throw Errors.typeError("SetBase() argument must be str, not %s", base.type().name());
            }
            ((XmlParser) self).base = b.toString();
            return PyNone.NONE;
        });
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
                throw cannotDelete();
            }
            set.accept((XmlParser) o, Abstract.isTrue(v));
        }));
    }

    /** What deleting a handler, a flag or {@code buffer_size} raises (xmlparse_setattro's words). */
    private static PyException cannotDelete() {
        return Errors.of(org.taipan.runtime.ExceptionTypes.RuntimeError, "Cannot delete attribute");
    }

    private static void readOnly(String name, java.util.function.ToIntFunction<XmlParser> get) {
        TYPE.addAttr(name, new PyGetSetDescr(TYPE, name, o -> PyInt.of(get.applyAsInt((XmlParser) o)), null));
    }
}
