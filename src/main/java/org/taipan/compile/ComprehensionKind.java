package org.taipan.compile;

/** Which comprehension a function block is, as CPython 3.11's {@code _Py_comprehension_ty}. */
public enum ComprehensionKind {
    NONE, LIST, DICT, SET, GENERATOR;

    /** The word CPython uses in {@code 'yield' inside ...} messages. */
    String description() {
        return switch (this) {
            case LIST -> "list comprehension";
            case DICT -> "dict comprehension";
            case SET -> "set comprehension";
            case GENERATOR, NONE -> "generator expression";
        };
    }
}
