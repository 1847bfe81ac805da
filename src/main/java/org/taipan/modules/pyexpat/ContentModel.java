package org.taipan.modules.pyexpat;

import java.util.ArrayList;
import java.util.List;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;

/**
 * An element declaration's content model in the shape expat gives {@code ElementDeclHandler}
 * ({@code XML_Content} converted by pyexpat's {@code conv_content_model}): a tuple
 * {@code (type, quantifier, name, children)} with the {@code pyexpat.model} constants, read from
 * the normalized string the JDK's parser reports ({@code EMPTY}, {@code ANY},
 * {@code (#PCDATA|a|b)*}, {@code (a?,(b|c)*,d+)}, whitespace removed).
 */
final class ContentModel {
    // pyexpat.model's XML_CTYPE_* and XML_CQUANT_*
    private static final int EMPTY = 1, ANY = 2, MIXED = 3, NAME = 4, CHOICE = 5, SEQ = 6;
    private static final int NONE = 0, OPT = 1, REP = 2, PLUS = 3;

    private final String text;
    private int at;

    private ContentModel(String text) {
        this.text = text;
    }

    /** The model tuple of {@code model}; whitespace in it is ignored. */
    static PyTuple of(String model) {
        String m = model.replaceAll("\\s+", "");
        if (m.equals("EMPTY")) {
            return node(EMPTY, NONE, null, List.of());
        }
        if (m.equals("ANY")) {
            return node(ANY, NONE, null, List.of());
        }
        return new ContentModel(m).group();
    }

    private static PyTuple node(int type, int quantifier, String name, List<PyObject> children) {
        return PyTuple.of(PyInt.of(type), PyInt.of(quantifier), name == null ? PyNone.NONE : PyStr.of(name),
                PyTuple.of(children.toArray(new PyObject[0])));
    }

    /** A parenthesized group at {@link #at} and its quantifier: mixed content, a choice or a sequence (one item is a sequence). */
    private PyTuple group() {
        at++; // '('
        List<PyObject> children = new ArrayList<>();
        boolean mixed = false;
        int type = SEQ;
        if (text.startsWith("#PCDATA", at)) {
            mixed = true;
            at += "#PCDATA".length();
        } else {
            children.add(particle());
        }
        while (at < text.length() && text.charAt(at) != ')') {
            char sep = text.charAt(at++);
            if (sep == '|') {
                type = CHOICE;
            }
            if (mixed) {
                children.add(node(NAME, NONE, name(), List.of()));
            } else {
                children.add(particle());
            }
        }
        at++; // ')'
        return node(mixed ? MIXED : type, quantifier(), null, children);
    }

    /** A name or a nested group, with its quantifier. */
    private PyTuple particle() {
        if (text.charAt(at) == '(') {
            return group();
        }
        String name = name();
        return node(NAME, quantifier(), name, List.of());
    }

    private String name() {
        int start = at;
        while (at < text.length() && "|,()?*+".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        return text.substring(start, at);
    }

    private int quantifier() {
        if (at < text.length()) {
            switch (text.charAt(at)) {
                case '?' -> { at++; return OPT; }
                case '*' -> { at++; return REP; }
                case '+' -> { at++; return PLUS; }
                default -> { }
            }
        }
        return NONE;
    }
}
