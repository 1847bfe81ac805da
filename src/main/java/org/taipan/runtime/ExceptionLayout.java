package org.taipan.runtime;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The extra fields a builtin exception class adds to {@code BaseException}'s, as CPython's
 * structs in {@code Include/cpython/pyerrors.h} do ({@code PyOSErrorObject},
 * {@code PySyntaxErrorObject}, ...). An exception keeps them in Java ({@link PyBaseException}),
 * never in its instance dict, so {@code OSError(2, 'x').__dict__} is {@code {}} as in CPython;
 * the type that defines a layout exposes each field by a descriptor ({@link ExceptionFields}).
 *
 * <p>A field holds null for CPython's NULL (never set, or deleted): members read it as None, but
 * the exceptions' {@code str()} and {@code __reduce__} tell the two apart, as CPython's do.
 */
enum ExceptionLayout {
    BASE,
    STOP_ITERATION("value"),
    SYSTEM_EXIT("code"),
    IMPORT_ERROR("msg", "name", "path"),
    OS_ERROR("errno", "strerror", "filename", "filename2", "characters_written"),
    SYNTAX_ERROR("msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"),
    // Three structs alike but distinct (UnicodeError itself adds nothing): CPython refuses a class
    // deriving from two of them, and each class has its own descriptors.
    UNICODE_ENCODE("encoding", "object", "start", "end", "reason"),
    UNICODE_DECODE("encoding", "object", "start", "end", "reason"),
    UNICODE_TRANSLATE("encoding", "object", "start", "end", "reason"),
    NAME_ERROR("name"),
    ATTRIBUTE_ERROR("name", "obj"),
    GROUP("message", "exceptions");

    // OSError
    static final int ERRNO = 0, STRERROR = 1, FILENAME = 2, FILENAME2 = 3, WRITTEN = 4;
    // SyntaxError (MSG is also ImportError's)
    static final int MSG = 0, SFILENAME = 1, LINENO = 2, OFFSET = 3, TEXT = 4, END_LINENO = 5, END_OFFSET = 6,
            PRINT_FILE_AND_LINE = 7;
    // the unicode errors
    static final int ENCODING = 0, OBJECT = 1, START = 2, END = 3, REASON = 4;
    // ImportError
    static final int IMPORT_NAME = 1, PATH = 2;
    // BaseExceptionGroup
    static final int MESSAGE = 0, EXCEPTIONS = 1;

    final String[] names;

    ExceptionLayout(String... names) {
        this.names = names;
    }

    /** The index of the field called {@code name}, or -1. */
    int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A new instance's fields, all NULL (the unicode errors' start and end are C integers, 0). */
    PyObject[] newFields() {
        if (names.length == 0) {
            return null;
        }
        PyObject[] f = new PyObject[names.length];
        if (isUnicode()) {
            f[START] = PyInt.of(0);
            f[END] = PyInt.of(0);
        }
        return f;
    }

    /** Whether this is one of the unicode errors' layouts. */
    boolean isUnicode() {
        return this == UNICODE_ENCODE || this == UNICODE_DECODE || this == UNICODE_TRANSLATE;
    }

    /** The builtin exception class that introduces each layout (read once the hierarchy exists). */
    private static final class Defining {
        static final Map<PyType, ExceptionLayout> BY_TYPE = new IdentityHashMap<>();

        static {
            BY_TYPE.put(ExceptionTypes.StopIteration, STOP_ITERATION);
            BY_TYPE.put(ExceptionTypes.SystemExit, SYSTEM_EXIT);
            BY_TYPE.put(ExceptionTypes.ImportError, IMPORT_ERROR);
            BY_TYPE.put(ExceptionTypes.OSError, OS_ERROR);
            BY_TYPE.put(ExceptionTypes.SyntaxError, SYNTAX_ERROR);
            BY_TYPE.put(ExceptionTypes.UnicodeEncodeError, UNICODE_ENCODE);
            BY_TYPE.put(ExceptionTypes.UnicodeDecodeError, UNICODE_DECODE);
            BY_TYPE.put(ExceptionTypes.UnicodeTranslateError, UNICODE_TRANSLATE);
            BY_TYPE.put(ExceptionTypes.NameError, NAME_ERROR);
            BY_TYPE.put(ExceptionTypes.AttributeError, ATTRIBUTE_ERROR);
            BY_TYPE.put(ExceptionTypes.BaseExceptionGroup, GROUP);
        }
    }

    /** The class that defines this layout's fields (null for BASE). */
    PyType definingType() {
        for (Map.Entry<PyType, ExceptionLayout> e : Defining.BY_TYPE.entrySet()) {
            if (e.getValue() == this) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * The layout of {@code type}'s instances: that of the first class in its MRO that defines one,
     * so {@code class E(Exception, OSError)} has OSError's fields, as CPython's best base gives it.
     */
    static ExceptionLayout of(PyType type) {
        for (PyType t : type.mro()) {
            ExceptionLayout l = Defining.BY_TYPE.get(t);
            if (l != null) {
                return l;
            }
            if (t == ExceptionTypes.BaseException) {
                break;
            }
        }
        return BASE;
    }
}
