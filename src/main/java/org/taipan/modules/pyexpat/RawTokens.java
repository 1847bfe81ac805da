package org.taipan.modules.pyexpat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * A document's raw text cut into the tokens expat hands its default handler (the XML
 * declaration, each tag, comment and processing instruction whole; character data in runs split
 * at newlines and references; the DTD word by word), each with the category of handler that
 * takes it instead ({@link Kind}) and its end position counted as the JDK's locator counts
 * (lines from 1, the column after the token from 1). {@link XmlParser} walks them alongside the
 * SAX events to call the default handler with what no other handler took.
 *
 * <p>The text may arrive in pieces ({@link #append}); a token running into the end of what has
 * arrived is not returned until the rest has come or the input has ended.
 */
final class RawTokens {
    /** What a token is, which says which handler (when set) takes it from the default handler. */
    enum Kind {
        XML_DECL, SPACE, DOCTYPE_OPEN, SUBSET_CLOSE, DOCTYPE_CLOSE, DOCTYPE_CLOSE_NO_SUBSET, ENTITY_DECL, ELEMENT_DECL,
        ATTLIST_DECL, NOTATION_DECL, PARAM_REF, COMMENT, PI, START_TAG, END_TAG, EMPTY_TAG, DATA, ENTITY_REF, CDATA_OPEN,
        CDATA_CLOSE, OTHER,
        /** The name and value of a redeclared predefined entity ({@code <!ENTITY lt ...>}), which expat ignores. */
        PREDEFINED_ENTITY_WORD
    }

    /** One token: its kind, text, and the position after it (line from 1, column from 1); start line and column too. */
    record Token(Kind kind, String text, int line, int column, int startLine, int startColumn) {
        /** Whether the token ends at or before (line, column). */
        boolean endsBy(int l, int c) {
            return line < l || line == l && column <= c;
        }
    }

    private enum State { PROLOG, DOCTYPE, SUBSET, AFTER_SUBSET, CONTENT, CDATA }

    private final StringBuilder text = new StringBuilder();
    private final CharsetDecoder decoder;
    private ByteBuffer leftover = ByteBuffer.allocate(0);
    private boolean ended;
    private int pos, line = 1, column = 1, depth;
    private State state = State.PROLOG;
    /** Inside a declaration of the subset: its kind (null between declarations). */
    private Kind declaration;
    /** The words of the declaration so far, and whether it redeclares a predefined entity. */
    private int declarationWords;
    private boolean predefinedDeclaration;
    private Token peeked;

    RawTokens(Charset charset) {
        decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /** The tokens of an internal entity's replacement text, which is content. */
    static RawTokens ofEntity(String value) {
        RawTokens t = new RawTokens(java.nio.charset.StandardCharsets.UTF_8);
        t.text.append(value);
        t.ended = true;
        t.state = State.CONTENT;
        t.depth = 1; // the replacement text is inside an element: it never ends the document element
        return t;
    }

    /** Adds the next bytes of the document ({@code last}: the input ends with them). */
    void append(byte[] bytes, boolean last) {
        ByteBuffer in = ByteBuffer.allocate(leftover.remaining() + bytes.length);
        in.put(leftover).put(bytes).flip();
        CharBuffer out = CharBuffer.allocate(in.remaining() + 4);
        decoder.decode(in, out, last);
        if (last) {
            decoder.flush(out);
        }
        out.flip();
        if (text.isEmpty() && out.length() > 0 && out.charAt(0) == '\ufeff') {
            out.get(); // expat hands nobody the byte order mark
        }
        text.append(out);
        leftover = in.slice();
        ended |= last;
    }

    /** The text that has arrived. */
    String text() {
        return text.toString();
    }

        /** The next whole token, left in place; null when none has arrived whole yet. */
    Token peek() {
        if (peeked == null) {
            peeked = scan();
        }
        return peeked;
    }

    /** Consumes the token {@link #peek} returned. */
    void next() {
        peeked = null;
    }

    private Token scan() {
        if (pos >= text.length()) {
            return null;
        }
        int end = switch (state) {
            case PROLOG -> prolog();
            case DOCTYPE, AFTER_SUBSET -> doctype();
            case SUBSET -> subset();
            case CONTENT -> content();
            case CDATA -> cdata();
        };
        if (end < 0) {
            return null;
        }
        return take(end);
    }

    private Kind kind;

    private Token take(int end) {
        int l0 = line, c0 = column;
        for (int i = pos; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' && i > 0 && text.charAt(i - 1) == '\r') {
                continue;
            }
            if (c == '\n' || c == '\r') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        Token t = new Token(kind, text.substring(pos, end), line, column, l0, c0);
        pos = end;
        return t;
    }

    /** The end of what starts at pos and ends with {@code close} (inclusive), or -1 when not arrived. */
    private int through(String close, int from) {
        int i = text.indexOf(close, from);
        return i < 0 ? (ended ? text.length() : -1) : i + close.length();
    }

    /** A run of whitespace from pos, or -1 when it may go on past what has arrived. */
    private int spaceRun() {
        int i = pos;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i == text.length() && !ended ? -1 : i;
    }

    private boolean startsWith(String s, int at) {
        if (at + s.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (text.charAt(at + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Whether what has arrived at pos is only a prefix of {@code s} (more must come to decide). */
    private boolean partialOf(String s) {
        return !ended && pos + s.length() > text.length() && s.startsWith(text.substring(pos));
    }

    private int prolog() {
        char c = text.charAt(pos);
        if (isSpace(c)) {
            kind = Kind.SPACE;
            return spaceRun();
        }
        if (partialOf("<?xml ") || partialOf("<!DOCTYPE") || partialOf("<!--")) {
            return -1;
        }
        if (pos == 0 && startsWith("<?xml", pos) && pos + 5 < text.length() && isSpace(text.charAt(pos + 5))) {
            kind = Kind.XML_DECL;
            return through("?>", pos);
        }
        if (startsWith("<!DOCTYPE", pos)) {
            kind = Kind.DOCTYPE_OPEN;
            state = State.DOCTYPE;
            return pos + "<!DOCTYPE".length();
        }
        if (startsWith("<!--", pos) || startsWith("<?", pos)) {
            return markup();
        }
        if (c == '<') {
            state = State.CONTENT;
            return content();
        }
        kind = Kind.OTHER;
        return pos + 1;
    }

    /** The DOCTYPE's words up to its {@code [} or {@code >}, and its closing {@code >} after the subset. */
    private int doctype() {
        char c = text.charAt(pos);
        if (isSpace(c)) {
            kind = state == State.AFTER_SUBSET ? Kind.SPACE : Kind.DOCTYPE_OPEN;
            return spaceRun();
        }
        if (c == '>') {
            kind = state == State.AFTER_SUBSET ? Kind.DOCTYPE_CLOSE : Kind.DOCTYPE_CLOSE_NO_SUBSET;
            state = State.PROLOG;
            return pos + 1;
        }
        kind = Kind.DOCTYPE_OPEN;
        if (c == '[') {
            state = State.SUBSET;
            return pos + 1;
        }
        return word();
    }

    /** A quoted literal, or a run of characters up to whitespace or a delimiter, from pos. */
    private int word() {
        char c = text.charAt(pos);
        if (c == '"' || c == '\'') {
            return through(String.valueOf(c), pos + 1);
        }
        int i = pos;
        while (i < text.length() && !isSpace(text.charAt(i)) && "[]>\"'()|,".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        if (i == pos) {
            i++;
        }
        return i == text.length() && !ended ? -1 : i;
    }

    private int subset() {
        char c = text.charAt(pos);
        if (declaration != null) {
            kind = declaration;
            if (isSpace(c)) {
                return spaceRun();
            }
            if (c == '>') {
                declaration = null;
                return pos + 1;
            }
            if (c == ')' && pos + 1 < text.length() && "?*+".indexOf(text.charAt(pos + 1)) >= 0) {
                return pos + 2;
            }
            int end = word();
            if (end > 0 && declaration == Kind.ENTITY_DECL && declarationWords++ == 0) {
                predefinedDeclaration = isPredefined(text.substring(pos, end));
            }
            if (predefinedDeclaration) {
                kind = Kind.PREDEFINED_ENTITY_WORD;
            }
            return end;
        }
        if (isSpace(c)) {
            kind = Kind.SPACE;
            return spaceRun();
        }
        if (c == ']') {
            kind = Kind.SUBSET_CLOSE;
            state = State.AFTER_SUBSET;
            return pos + 1;
        }
        if (c == '%') {
            kind = Kind.PARAM_REF;
            return through(";", pos);
        }
        if (partialOf("<!NOTATION") || partialOf("<!--")) {
            return -1;
        }
        for (String[] d : new String[][] {{"<!ENTITY", "ENTITY_DECL"}, {"<!ELEMENT", "ELEMENT_DECL"},
            {"<!ATTLIST", "ATTLIST_DECL"}, {"<!NOTATION", "NOTATION_DECL"}}) {
            if (startsWith(d[0], pos)) {
                declaration = Kind.valueOf(d[1]);
                declarationWords = 0;
                predefinedDeclaration = false;
                kind = declaration;
                return pos + d[0].length();
            }
        }
        return markup();
    }

    /** A comment or processing instruction at pos (anything else: one character). */
    private int markup() {
        if (startsWith("<!--", pos)) {
            kind = Kind.COMMENT;
            return through("-->", pos + 4);
        }
        if (startsWith("<?", pos)) {
            kind = Kind.PI;
            return through("?>", pos + 2);
        }
        kind = Kind.OTHER;
        return pos + 1;
    }

    private int content() {
        char c = text.charAt(pos);
        if (c == '<') {
            if (partialOf("<![CDATA[") || partialOf("<!--")) {
                return -1;
            }
            if (startsWith("<![CDATA[", pos)) {
                kind = Kind.CDATA_OPEN;
                state = State.CDATA;
                return pos + "<![CDATA[".length();
            }
            if (startsWith("<!--", pos) || startsWith("<?", pos)) {
                return markup();
            }
            int end = tagEnd();
            if (end < 0) {
                return -1;
            }
            if (startsWith("</", pos)) {
                kind = Kind.END_TAG;
                depth--;
            } else if (text.charAt(end - 2) == '/') {
                kind = Kind.EMPTY_TAG;
            } else {
                kind = Kind.START_TAG;
                depth++;
            }
            if (depth <= 0) {
                state = State.PROLOG; // what follows the document element
            }
            return end;
        }
        kind = Kind.DATA;
        if (c == '&') {
            int semi = text.indexOf(";", pos);
            if (semi < 0) {
                return ended ? text.length() : -1; // a malformed reference (the parser reports the error)
            }
            String name = text.substring(pos + 1, semi);
            if (!name.startsWith("#") && !isPredefined(name)) {
                kind = Kind.ENTITY_REF;
            }
            return semi + 1;
        }
        if (c == '\r') {
            return pos + 1 < text.length() ? pos + (text.charAt(pos + 1) == '\n' ? 2 : 1) : ended ? pos + 1 : -1;
        }
        if (c == '\n') {
            return pos + 1;
        }
        int i = pos;
        while (i < text.length() && "<&\r\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i == text.length() && !ended ? -1 : i;
    }

    /** The end of the tag at pos (after its {@code >}, quoted values skipped), or -1 when not arrived. */
    private int tagEnd() {
        char quote = 0;
        for (int i = pos + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return ended ? text.length() : -1;
    }

    private int cdata() {
        kind = Kind.DATA;
        if (startsWith("]]>", pos)) {
            kind = Kind.CDATA_CLOSE;
            state = State.CONTENT;
            return pos + 3;
        }
        char c = text.charAt(pos);
        if (c == '\r') {
            return pos + 1 < text.length() ? pos + (text.charAt(pos + 1) == '\n' ? 2 : 1) : ended ? pos + 1 : -1;
        }
        if (c == '\n') {
            return pos + 1;
        }
        int i = pos;
        while (i < text.length() && "\r\n".indexOf(text.charAt(i)) < 0 && !startsWith("]]>", i)) {
            i++;
        }
        if (i == text.length() && !ended) {
            return -1;
        }
        return i == pos ? pos + 1 : i;
    }

    static boolean isPredefined(String name) {
        return switch (name) {
            case "lt", "gt", "amp", "apos", "quot" -> true;
            default -> false;
        };
    }
}
