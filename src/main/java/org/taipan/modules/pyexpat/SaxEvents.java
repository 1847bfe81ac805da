package org.taipan.modules.pyexpat;

import java.util.function.Consumer;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The JDK parser's events as {@link Event} records, each with the position it happened at, for
 * a sink that turns them into calls of the Python handlers ({@link XmlParser#dispatch}). Holds
 * no Python object: in incremental parsing it runs on a thread of its own ({@link Feed}), and
 * the handlers run on the Python thread.
 */
final class SaxEvents extends DefaultHandler2 {
    /** What happened. */
    enum Kind {
        START, END, TEXT, PI, START_NS, END_NS, COMMENT, START_CDATA, END_CDATA, START_DTD, END_DTD, SKIPPED,
        /** A DTD's declarations: {@code <!ELEMENT>} (name, content model as SAX normalizes it). */
        ELEMENT_DECL,
        /** {@code <!ATTLIST>} for one attribute: element, attribute, type; mode and default value in {@code attributes}. */
        ATTLIST_DECL,
        /** {@code <!ENTITY name "value">} (name, value; a parameter entity's name starts with %). */
        INTERNAL_ENTITY,
        /** {@code <!ENTITY name SYSTEM ...>}: name, public id, system id. */
        EXTERNAL_ENTITY,
        /** {@code <!ENTITY name SYSTEM ... NDATA notation>}: name, public id, system id; the notation in {@code attributes}. */
        UNPARSED_ENTITY,
        /** {@code <!NOTATION>}: name, public id, system id. */
        NOTATION,
        /** A general entity's replacement text starts (name) or ends (inside the document element only). */
        START_ENTITY, END_ENTITY
    }

    /**
     * One event: for START the element's uri, local name and qualified name and its attributes
     * as (uri, local, qname, value, specified) quintuples, specified being null for a value the
     * DTD defaulted; for others the strings the kind needs.
     */
    record Event(Kind kind, String a, String b, String c, String[] attributes, int line, int column) {}

    /** Carries a Python handler's exception (or a cancelled feed) out of the JDK parser. */
    static final class Stop extends SAXException {
        final transient RuntimeException cause;

        Stop(RuntimeException cause) {
            super("parsing stopped");
            this.cause = cause;
        }
    }

    /** Strings per attribute in a START event. */
    static final int ATTRIBUTE_FIELDS = 5;

    private final Consumer<Event> sink;
    private Locator locator;
    private boolean inDtd;

    SaxEvents(Consumer<Event> sink) {
        this.sink = sink;
    }

    private void emit(Kind kind, String a, String b, String c, String[] attributes) throws SAXException {
        try {
            sink.accept(new Event(kind, a, b, c, attributes, line(), column()));
        } catch (RuntimeException e) {
            throw new Stop(e);
        }
    }

    private void emit(Kind kind, String a, String b, String c) throws SAXException {
        emit(kind, a, b, c, null);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
        String[] quints = new String[ATTRIBUTE_FIELDS * atts.getLength()];
        for (int i = 0; i < atts.getLength(); i++) {
            int at = ATTRIBUTE_FIELDS * i;
            quints[at] = atts.getURI(i);
            quints[at + 1] = atts.getLocalName(i);
            quints[at + 2] = atts.getQName(i);
            quints[at + 3] = atts.getValue(i);
            boolean specified = !(atts instanceof org.xml.sax.ext.Attributes2 a2) || a2.isSpecified(i);
            quints[at + 4] = specified ? "" : null;
        }
        emit(Kind.START, uri, local, qName, quints);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        emit(Kind.END, uri, local, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (!inDtd) {
            emit(Kind.TEXT, new String(ch, start, length), null, null);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        emit(Kind.PI, target, data == null ? "" : data, null);
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        emit(Kind.START_NS, prefix, uri, null);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        emit(Kind.END_NS, prefix, null, null);
    }

    @Override
    public void comment(char[] ch, int start, int length) throws SAXException {
        // expat reports the internal subset's comments too (no external subset is ever read)
        emit(Kind.COMMENT, new String(ch, start, length), null, null);
    }

    @Override
    public void startCDATA() throws SAXException {
        emit(Kind.START_CDATA, null, null, null);
    }

    @Override
    public void endCDATA() throws SAXException {
        emit(Kind.END_CDATA, null, null, null);
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
        inDtd = true;
        emit(Kind.START_DTD, name, publicId, systemId);
    }

    @Override
    public void endDTD() throws SAXException {
        inDtd = false;
        emit(Kind.END_DTD, null, null, null);
    }

    @Override
    public void elementDecl(String name, String model) throws SAXException {
        emit(Kind.ELEMENT_DECL, name, model, null);
    }

    @Override
    public void attributeDecl(String element, String attribute, String type, String mode, String value)
            throws SAXException {
        emit(Kind.ATTLIST_DECL, element, attribute, type, new String[] {mode, value});
    }

    @Override
    public void internalEntityDecl(String name, String value) throws SAXException {
        emit(Kind.INTERNAL_ENTITY, name, value, null);
    }

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
        emit(Kind.EXTERNAL_ENTITY, name, publicId, systemId);
    }

    @Override
    public void unparsedEntityDecl(String name, String publicId, String systemId, String notation) throws SAXException {
        emit(Kind.UNPARSED_ENTITY, name, publicId, systemId, new String[] {notation});
    }

    @Override
    public void notationDecl(String name, String publicId, String systemId) throws SAXException {
        emit(Kind.NOTATION, name, publicId, systemId);
    }

    /**
     * A reference to an entity the parser did not expand: external, declared nowhere under a
     * DOCTYPE, or a parameter entity (its name starts with %); {@link XmlParser#dispatch} does
     * with it what expat does.
     */
    @Override
    public void skippedEntity(String name) throws SAXException {
        emit(Kind.SKIPPED, name, null, null);
    }

    @Override
    public void startEntity(String name) throws SAXException {
        if (!inDtd && !name.startsWith("%") && !name.startsWith("[")) {
            emit(Kind.START_ENTITY, name, null, null);
        }
    }

    @Override
    public void endEntity(String name) throws SAXException {
        if (!inDtd && !name.startsWith("%") && !name.startsWith("[")) {
            emit(Kind.END_ENTITY, name, null, null);
        }
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
