package org.taipan.modules.pyexpat;

import java.util.Locale;
import org.xml.sax.SAXParseException;

/**
 * Expat's error numbers and messages ({@code pyexpat.errors}; {@code XML_ErrorString}), and the
 * number that best names a failure of the JDK's parser: the JDK reports its own messages, so the
 * well-known failures (mismatched tag, junk after the document element, no element, undefined,
 * recursive, asynchronous, binary and external entities, a duplicate attribute, a bad public id,
 * DTD grammar errors) are recognized and everything else is expat's "not well-formed (invalid
 * token)". {@link ErrorPosition} refines what needs the document's text.
 */
final class ExpatErrors {
    private ExpatErrors() {}

    /** The constant name and message of error {@code i + 1}, in expat 2.5's numbering. */
    static final String[][] TABLE = {
        {"XML_ERROR_NO_MEMORY", "out of memory"},
        {"XML_ERROR_SYNTAX", "syntax error"},
        {"XML_ERROR_NO_ELEMENTS", "no element found"},
        {"XML_ERROR_INVALID_TOKEN", "not well-formed (invalid token)"},
        {"XML_ERROR_UNCLOSED_TOKEN", "unclosed token"},
        {"XML_ERROR_PARTIAL_CHAR", "partial character"},
        {"XML_ERROR_TAG_MISMATCH", "mismatched tag"},
        {"XML_ERROR_DUPLICATE_ATTRIBUTE", "duplicate attribute"},
        {"XML_ERROR_JUNK_AFTER_DOC_ELEMENT", "junk after document element"},
        {"XML_ERROR_PARAM_ENTITY_REF", "illegal parameter entity reference"},
        {"XML_ERROR_UNDEFINED_ENTITY", "undefined entity"},
        {"XML_ERROR_RECURSIVE_ENTITY_REF", "recursive entity reference"},
        {"XML_ERROR_ASYNC_ENTITY", "asynchronous entity"},
        {"XML_ERROR_BAD_CHAR_REF", "reference to invalid character number"},
        {"XML_ERROR_BINARY_ENTITY_REF", "reference to binary entity"},
        {"XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF", "reference to external entity in attribute"},
        {"XML_ERROR_MISPLACED_XML_PI", "XML or text declaration not at start of entity"},
        {"XML_ERROR_UNKNOWN_ENCODING", "unknown encoding"},
        {"XML_ERROR_INCORRECT_ENCODING", "encoding specified in XML declaration is incorrect"},
        {"XML_ERROR_UNCLOSED_CDATA_SECTION", "unclosed CDATA section"},
        {"XML_ERROR_EXTERNAL_ENTITY_HANDLING", "error in processing external entity reference"},
        {"XML_ERROR_NOT_STANDALONE", "document is not standalone"},
        {"XML_ERROR_UNEXPECTED_STATE", "unexpected parser state - please send a bug report"},
        {"XML_ERROR_ENTITY_DECLARED_IN_PE", "entity declared in parameter entity"},
        {"XML_ERROR_FEATURE_REQUIRES_XML_DTD", "requested feature requires XML_DTD support in Expat"},
        {"XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING", "cannot change setting once parsing has begun"},
        {"XML_ERROR_UNBOUND_PREFIX", "unbound prefix"},
        {"XML_ERROR_UNDECLARING_PREFIX", "must not undeclare prefix"},
        {"XML_ERROR_INCOMPLETE_PE", "incomplete markup in parameter entity"},
        {"XML_ERROR_XML_DECL", "XML declaration not well-formed"},
        {"XML_ERROR_TEXT_DECL", "text declaration not well-formed"},
        {"XML_ERROR_PUBLICID", "illegal character(s) in public id"},
        {"XML_ERROR_SUSPENDED", "parser suspended"},
        {"XML_ERROR_NOT_SUSPENDED", "parser not suspended"},
        {"XML_ERROR_ABORTED", "parsing aborted"},
        {"XML_ERROR_FINISHED", "parsing finished"},
        {"XML_ERROR_SUSPEND_PE", "cannot suspend in external parameter entity"},
        {"XML_ERROR_RESERVED_PREFIX_XML", "reserved prefix (xml) must not be undeclared or bound to another namespace name"},
        {"XML_ERROR_RESERVED_PREFIX_XMLNS", "reserved prefix (xmlns) must not be declared or undeclared"},
        {"XML_ERROR_RESERVED_NAMESPACE_URI", "prefix must not be bound to one of the reserved namespace names"},
        {"XML_ERROR_INVALID_ARGUMENT", "invalid argument"},
        {"XML_ERROR_NO_BUFFER", "a successful prior call to function XML_GetBuffer is required"},
        {"XML_ERROR_AMPLIFICATION_LIMIT_BREACH", "limit on input amplification factor (from DTD and entities) breached"},
    };

    static final int SYNTAX = 2, RECURSIVE_ENTITY_REF = 12, ASYNC_ENTITY = 13, BINARY_ENTITY_REF = 15,
            ATTRIBUTE_EXTERNAL_ENTITY_REF = 16, PUBLICID = 32;
    static final int NO_ELEMENTS = 3, INVALID_TOKEN = 4, UNCLOSED_TOKEN = 5, TAG_MISMATCH = 7, DUPLICATE_ATTRIBUTE = 8,
            JUNK_AFTER_DOC_ELEMENT = 9, UNDEFINED_ENTITY = 11, BAD_CHAR_REF = 14, MISPLACED_XML_PI = 17,
            UNCLOSED_CDATA_SECTION = 20, EXTERNAL_ENTITY_HANDLING = 21, NOT_STANDALONE = 22, CANT_CHANGE_FEATURE_ONCE_PARSING = 26, UNBOUND_PREFIX = 27, XML_DECL = 30, FINISHED = 36,
            AMPLIFICATION_LIMIT_BREACH = 43;

    /** Expat's message for {@code code}, or null outside its numbering. */
    static String message(int code) {
        return code >= 1 && code <= TABLE.length ? TABLE[code - 1][1] : null;
    }

    /**
     * The expat number for a failure of the JDK's parser (see the class comment);
     * {@code inEntity}: it happened inside an entity's replacement text.
     */
    static int codeOf(SAXParseException e, boolean inEntity) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("recursive entity reference")) {
            return RECURSIVE_ENTITY_REF;
        } else if (inEntity && m.contains("must start and end within the same entity")) {
            // an element or section that an entity's text opens and the document closes, or the reverse
            return ASYNC_ENTITY;
        } else if (m.contains("unparsed entity reference")) {
            return BINARY_ENTITY_REF;
        } else if (m.contains("external entity reference") && m.contains("attribute value")) {
            return ATTRIBUTE_EXTERNAL_ENTITY_REF;
        } else if (m.contains("in the public identifier")) {
            return PUBLICID;
        } else if (m.contains("markup declarations contained or pointed to")
                || m.contains("is required in the declaration of") && !m.startsWith("white space")) {
            // a DTD whose words are each well-formed but out of place: expat's grammar error
            return SYNTAX;
        } else if (m.contains("jaxp0001") || m.contains("limit set by")) {
            // the JDK's bound on expanded entities (the billion-laughs guard)
            return AMPLIFICATION_LIMIT_BREACH;
        } else if (m.contains("must be terminated by the matching end-tag")) {
            return TAG_MISMATCH;
        } else if (m.contains("following the root element must be well-formed")) {
            return JUNK_AFTER_DOC_ELEMENT;
        } else if (m.contains("premature end of file")) {
            return NO_ELEMENTS;
        } else if (m.contains("must start and end within the same entity")) {
            return m.contains("cdata") ? UNCLOSED_CDATA_SECTION : NO_ELEMENTS;
        } else if (m.contains("was referenced, but not declared")) {
            return UNDEFINED_ENTITY;
        } else if (m.contains("was already specified for element")) {
            return DUPLICATE_ATTRIBUTE;
        } else if (m.contains("is not bound")) {
            return UNBOUND_PREFIX;
        } else if (m.contains("processing instruction target matching \"[xx][mm][ll]\" is not allowed")) {
            return MISPLACED_XML_PI;
        } else if (m.contains("character reference") && m.contains("invalid")) {
            return BAD_CHAR_REF;
        }
        return INVALID_TOKEN;
    }
}
