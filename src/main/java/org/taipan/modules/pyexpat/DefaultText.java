package org.taipan.modules.pyexpat;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What expat hands its default handler ({@code DefaultHandler} / {@code DefaultHandlerExpand},
 * XML_SetDefaultHandler): every token of the document's text that no other handler took, as it
 * was written. The JDK's parser reports no raw text, so the document's {@link RawTokens} are
 * walked alongside its events: before each event, the tokens that end by the event's position
 * whose handler ({@link #takenBy}) is not set go to the default handler.
 *
 * <p>The text must be had from the document's start: a parser given its document whole keeps
 * it; one fed in pieces keeps its pieces until its document element starts, so a default handler
 * first set after that receives nothing.
 */
final class DefaultText {
    private final Predicate<String> isSet;
    private RawTokens raw;
    /** The documents' tokens under those of the internal entities being expanded (innermost is {@link #raw}). */
    private final java.util.ArrayDeque<RawTokens> outer = new java.util.ArrayDeque<>();
    /** The internal general entities the DTD declared, name to value (the default handler gets references to them unexpanded). */
    final Map<String, String> internalEntities = new HashMap<>();
    /** The character data the JDK reported inside an entity expansion being dropped. */
    private final StringBuilder dropped = new StringBuilder();
    /** What of a dropped entity's text the JDK will report after the entity's end, joined to the text after it. */
    private String droppedTail = "";
    /** Whether the default handler set last expands internal entities (expat's one slot for both handlers). */
    boolean expandInternal = true;

    /** @param isSet whether the handler of that attribute name is set (not None) */
    DefaultText(Predicate<String> isSet) {
        this.isSet = isSet;
    }

    /** Whether the text is being kept. */
    boolean started() {
        return raw != null;
    }

    /** Starts keeping the document's text with its first bytes (all of them when {@code last}). */
    void start(byte[] bytes, Charset charset, boolean last) {
        raw = new RawTokens(charset);
        raw.append(bytes, last);
    }

    /** The document's text so far, or null when it is not kept. */
    String text() {
        return raw == null ? null : (outer.isEmpty() ? raw : outer.peekLast()).text();
    }

        /** Adds the document's next bytes, when its text is being kept. */
    void append(byte[] bytes, boolean last) {
        if (raw != null) {
            raw.append(bytes, last);
        }
    }

    /**
     * Passes the tokens that end at or before (line, column) (the JDK's counting; MAX_VALUE for
     * all) to {@code sink} when their own handler is not set, or drops them ({@code sink} null:
     * what came before the default handler was set). The JDK reports a CDATA section's events
     * all at its end: for its start only the tokens up to {@code <![CDATA[} go, for its text
     * those before {@code ]]>} ({@code event}: the kind of event about to be handled, or null).
     */
    void upTo(int line, int column, Consumer<RawTokens.Token> sink, SaxEvents.Kind event) {
        if (raw == null) {
            return;
        }
        for (RawTokens.Token t = raw.peek(); t != null && (t.endsBy(line, column)
                || event == SaxEvents.Kind.END_DTD && t.kind() == RawTokens.Kind.SUBSET_CLOSE); t = raw.peek()) {
            if (event == SaxEvents.Kind.TEXT && t.kind() == RawTokens.Kind.CDATA_CLOSE) {
                return;
            }
            raw.next();
            if (sink != null && !takenBy(t)) {
                sink.accept(t);
            }
            if (event == SaxEvents.Kind.START_CDATA && t.kind() == RawTokens.Kind.CDATA_OPEN) {
                return;
            }
        }
    }

    /**
     * An internal entity's expansion starts (expat's processInternalEntity): until {@link #exitEntity}
     * the tokens walked are its replacement text's, at the positions the JDK reports inside it.
     */
    void enterEntity(String name) {
        if (raw != null) {
            outer.push(raw);
            String value = internalEntities.get(name);
            raw = RawTokens.ofEntity(value == null ? "" : value);
        }
    }

    /**
     * The tokens up to and including the next entity reference, which the JDK has just reported
     * expanding (its positions are already the entity's).
     */
    void throughReference(Consumer<RawTokens.Token> sink) {
        if (raw == null) {
            return;
        }
        for (RawTokens.Token t = raw.peek(); t != null; t = raw.peek()) {
            raw.next();
            if (!takenBy(t)) {
                sink.accept(t);
            }
            if (t.kind() == RawTokens.Kind.ENTITY_REF) {
                return;
            }
        }
    }

    /** The expansion {@link #enterEntity} began ends: the rest of its tokens go to {@code sink}. */
    void exitEntity(Consumer<RawTokens.Token> sink) {
        if (!outer.isEmpty()) {
            upTo(Integer.MAX_VALUE, Integer.MAX_VALUE, sink, null);
            raw = outer.pop();
        }
    }

    /** Whether a handler other than the default one takes token {@code t} (expat's reportDefault cases). */
    private boolean takenBy(RawTokens.Token t) {
        return switch (t.kind()) {
            case XML_DECL -> isSet.test("XmlDeclHandler");
            case SPACE, PARAM_REF, OTHER, PREDEFINED_ENTITY_WORD -> false;
            case DOCTYPE_OPEN, SUBSET_CLOSE -> isSet.test("StartDoctypeDeclHandler");
            case DOCTYPE_CLOSE -> isSet.test("EndDoctypeDeclHandler");
            case DOCTYPE_CLOSE_NO_SUBSET -> isSet.test("StartDoctypeDeclHandler") || isSet.test("EndDoctypeDeclHandler");
            case ENTITY_DECL -> isSet.test("EntityDeclHandler") || isSet.test("UnparsedEntityDeclHandler");
            case ELEMENT_DECL -> isSet.test("ElementDeclHandler");
            case ATTLIST_DECL -> isSet.test("AttlistDeclHandler");
            case NOTATION_DECL -> isSet.test("NotationDeclHandler");
            case COMMENT -> isSet.test("CommentHandler");
            case PI -> isSet.test("ProcessingInstructionHandler");
            case START_TAG -> isSet.test("StartElementHandler");
            case END_TAG -> isSet.test("EndElementHandler");
            case EMPTY_TAG -> isSet.test("StartElementHandler") || isSet.test("EndElementHandler");
            case DATA -> isSet.test("CharacterDataHandler");
            case CDATA_OPEN -> isSet.test("StartCdataSectionHandler");
            case CDATA_CLOSE -> isSet.test("EndCdataSectionHandler");
            // an undeclared or external entity's reference is the JDK's skipped entity, handled there
            case ENTITY_REF -> expandInternal || isSet.test("SkippedEntityHandler")
                    || !internalEntities.containsKey(t.text().substring(1, t.text().length() - 1));
        };
    }

    /** Character data reported inside an entity expansion that is dropped. */
    void droppedText(String s) {
        dropped.append(s);
    }

    /**
     * The outermost dropped expansion, of entity {@code name}, ended. The JDK's parser reports
     * the character data at the end of an entity's text after the entity's end, joined to what
     * follows the reference: that part is worked out from the entity's value, to be cut off the
     * next character data ({@link #afterDropped}).
     */
    void droppedEnd(String name) {
        droppedTail = expansionTail(name, dropped.toString());
        dropped.setLength(0);
    }

    /**
     * What of entity {@code name}'s text the JDK reports after the entity's end, joined to the
     * text after the reference, when {@code seen} is what it reported inside: expat reports it
     * as the entity's own.
     */
    String expansionTail(String name, String seen) {
        String all = plainText(internalEntities.get(name), 0);
        return all.startsWith(seen) ? all.substring(seen.length()) : "";
    }

    /** {@code text} (null for an event that is not character data) without a dropped entity's tail. */
    String afterDropped(String text) {
        String tail = droppedTail;
        if (tail.isEmpty()) {
            return text;
        }
        droppedTail = "";
        return text != null && text.startsWith(tail) ? text.substring(tail.length()) : text;
    }

    /** The character data an entity's value expands to: markup dropped, references replaced. */
    private String plainText(String value, int depth) {
        if (value == null || depth > 20) {
            return "";
        }
        String v = value.replaceAll("<[^>]*>", "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            int semi = c == '&' ? v.indexOf(';', i) : -1;
            if (semi < 0) {
                out.append(c);
                continue;
            }
            String ref = v.substring(i + 1, semi);
            i = semi;
            try {
                if (ref.startsWith("#x")) {
                    out.appendCodePoint(Integer.parseInt(ref.substring(2), 16));
                } else if (ref.startsWith("#")) {
                    out.appendCodePoint(Integer.parseInt(ref.substring(1)));
                } else {
                    out.append(switch (ref) {
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "amp" -> "&";
                        case "apos" -> "'";
                        case "quot" -> "\"";
                        default -> plainText(internalEntities.get(ref), depth + 1);
                    });
                }
            } catch (IllegalArgumentException e) {
                // not a character number: nothing
            }
        }
        return out.toString();
    }
}
