package org.taipan.modules.pyexpat;

import org.taipan.runtime.Callables;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The JDK parser's events turned into calls of an {@link XmlParser}'s Python handlers, in expat's
 * shapes: names as {@code uri + separator + local} when the parser processes namespaces,
 * attributes as a dict or (with {@code ordered_attributes}) a flat list, character data joined
 * into one call per run under {@code buffer_text}. A handler's exception stops the parse and is
 * rethrown by {@link XmlParser#parse} ({@link HandlerRaised}).
 */
final class SaxEvents extends DefaultHandler2 {
    /** Carries a Python handler's exception out of the JDK parser. */
    static final class HandlerRaised extends SAXException {
        final transient PyException raised;

        HandlerRaised(PyException raised) {
            super("a handler raised");
            this.raised = raised;
        }
    }

    private final XmlParser parser;
    private final StringBuilder text = new StringBuilder();
    Locator locator;
    /** Inside a DTD: its events are not content. */
    private boolean inDtd;

    SaxEvents(XmlParser parser) {
        this.parser = parser;
    }

    private void call(String handler, PyObject... args) throws SAXException {
        PyObject h = parser.handler(handler);
        if (h == null) {
            return;
        }
        try {
            Callables.call(h, args);
        } catch (PyException e) {
            throw new HandlerRaised(e);
        }
    }

    /** Delivers buffered character data before any other event. */
    void flushText() throws SAXException {
        if (text.length() > 0) {
            String s = text.toString();
            text.setLength(0);
            call("CharacterDataHandler", PyStr.of(s));
        }
    }

    private PyObject name(String uri, String local, String qName) {
        String sep = parser.namespaceSeparator;
        if (sep == null) {
            return PyStr.of(qName);
        }
        if (uri == null || uri.isEmpty()) {
            return PyStr.of(local.isEmpty() ? qName : local);
        }
        String prefix = qName.indexOf(':') > 0 ? qName.substring(0, qName.indexOf(':')) : "";
        return PyStr.of(uri + sep + local + (parser.namespacePrefixes && !prefix.isEmpty() ? sep + prefix : ""));
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
        flushText();
        if (parser.handler("StartElementHandler") == null) {
            return;
        }
        PyObject attributes;
        if (parser.orderedAttributes) {
            PyList l = new PyList();
            for (int i = 0; i < atts.getLength(); i++) {
                l.append(name(atts.getURI(i), atts.getLocalName(i), atts.getQName(i)));
                l.append(PyStr.of(atts.getValue(i)));
            }
            attributes = l;
        } else {
            PyDict d = new PyDict();
            for (int i = 0; i < atts.getLength(); i++) {
                d.setItem(name(atts.getURI(i), atts.getLocalName(i), atts.getQName(i)), PyStr.of(atts.getValue(i)));
            }
            attributes = d;
        }
        call("StartElementHandler", name(uri, local, qName), attributes);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        flushText();
        call("EndElementHandler", name(uri, local, qName));
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inDtd) {
            return;
        }
        if (parser.bufferText) {
            text.append(ch, start, length);
        } else {
            call("CharacterDataHandler", PyStr.of(new String(ch, start, length)));
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        flushText();
        call("ProcessingInstructionHandler", PyStr.of(target), PyStr.of(data == null ? "" : data));
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        flushText();
        call("StartNamespaceDeclHandler", prefix == null || prefix.isEmpty() ? PyNone.NONE : PyStr.of(prefix),
                uri == null || uri.isEmpty() ? PyNone.NONE : PyStr.of(uri));
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        flushText();
        call("EndNamespaceDeclHandler", prefix == null || prefix.isEmpty() ? PyNone.NONE : PyStr.of(prefix));
    }

    @Override
    public void comment(char[] ch, int start, int length) throws SAXException {
        if (inDtd) {
            return;
        }
        flushText();
        call("CommentHandler", PyStr.of(new String(ch, start, length)));
    }

    @Override
    public void startCDATA() throws SAXException {
        flushText();
        call("StartCdataSectionHandler");
    }

    @Override
    public void endCDATA() throws SAXException {
        flushText();
        call("EndCdataSectionHandler");
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
        flushText();
        inDtd = true;
        call("StartDoctypeDeclHandler", PyStr.of(name), systemId == null ? PyNone.NONE : PyStr.of(systemId),
                publicId == null ? PyNone.NONE : PyStr.of(publicId), PyBool.of(parser.hasInternalSubset()));
    }

    @Override
    public void endDTD() throws SAXException {
        inDtd = false;
        call("EndDoctypeDeclHandler");
    }

    /**
     * A reference to an entity the parser did not expand (external, or declared nowhere under a
     * DOCTYPE): expat passes its text, {@code &name;}, to the default handler, where ElementTree
     * looks it up in its {@code entity} table or raises "undefined entity".
     */
    @Override
    public void skippedEntity(String name) throws SAXException {
        if (name.startsWith("%")) {
            return;
        }
        flushText();
        if (parser.handler("SkippedEntityHandler") != null) {
            call("SkippedEntityHandler", PyStr.of(name), PyBool.FALSE);
        } else if (parser.handler("DefaultHandlerExpand") != null) {
            call("DefaultHandlerExpand", PyStr.of("&" + name + ";"));
        } else {
            call("DefaultHandler", PyStr.of("&" + name + ";"));
        }
    }

    @Override
    public void endDocument() throws SAXException {
        flushText();
    }

    /** No external entity or DTD is ever fetched (expat does not fetch them either): an empty one stands in. */
    @Override
    public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId) {
        return new InputSource(new java.io.StringReader(""));
    }

    @Override
    public InputSource getExternalSubset(String name, String baseURI) {
        return null;
    }

    /** The line of the event being delivered (1-based), or 1 before any. */
    int line() {
        return locator == null ? 1 : locator.getLineNumber();
    }

    /** The column of the event being delivered (0-based, as expat's), or 0 before any. */
    int column() {
        return locator == null ? 0 : Math.max(0, locator.getColumnNumber() - 1);
    }

}
