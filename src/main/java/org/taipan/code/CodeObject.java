package org.taipan.code;

/** A compiled code object, as CPython's {@code PyCodeObject}. (Stub: being written.) */
public final class CodeObject {
}
