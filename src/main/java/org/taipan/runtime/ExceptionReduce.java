package org.taipan.runtime;

import java.util.Set;

/**
 * {@code BaseException.__reduce__} and {@code __setstate__}, with OSError's and ImportError's own
 * reductions (CPython's {@code BaseException_reduce}, {@code OSError_reduce},
 * {@code ImportError_reduce} in {@code Objects/exceptions.c}), so exceptions copy and pickle.
 *
 * <p>CPython keeps the attributes of the exception classes with extra state (OSError's errno,
 * SyntaxError's lineno, ...) in C struct members; Taipan keeps them in the instance dict. The
 * reduction's state is the dict without them, so it holds what CPython's {@code __dict__} would:
 * the user's own attributes and {@code __notes__}. (CPython adds the dict whenever it has been
 * materialized, even empty; Taipan only when something is in it, which is the common case's
 * answer.)
 */
final class ExceptionReduce {
    private ExceptionReduce() {}

    private static final Set<String> OS_ERROR = Set.of("errno", "strerror", "filename", "filename2",
            "characters_written");
    private static final Set<String> SYNTAX_ERROR = Set.of("msg", "filename", "lineno", "offset", "text",
            "end_lineno", "end_offset", "print_file_and_line");
    private static final Set<String> UNICODE_ERROR = Set.of("encoding", "object", "start", "end", "reason");
    private static final Set<String> IMPORT_ERROR = Set.of("msg", "name", "path");
    private static final Set<String> ATTRIBUTE_ERROR = Set.of("name", "obj");
    private static final Set<String> NAME_ERROR = Set.of("name");
    private static final Set<String> STOP_ITERATION = Set.of("value");
    private static final Set<String> SYSTEM_EXIT = Set.of("code");
    private static final Set<String> GROUP = Set.of("__exceptions__");

    /** Installs {@code __reduce__} and {@code __setstate__} on BaseException. */
    static void install(PyType t) {
        t.addMethodNoArgs("__reduce__", ExceptionReduce::reduce);
        t.addMethodOneArg("__setstate__", (self, state) -> {
            if (state != PyNone.NONE) {
                if (!(state instanceof PyDict d)) {
                    throw Errors.typeError("state is not a dictionary");
                }
                PyObject[] keys = new PyObject[d.size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = d.keyAt(i);
                }
                for (PyObject key : keys) {
                    if (!(key instanceof PyStr name)) {
                        throw Errors.typeError("attribute name must be string, not '%s'", key.type().name());
                    }
                    Abstract.setAttr(self, name, d.getItem(key));
                }
            }
            return PyNone.NONE;
        });
    }

    private static PyObject reduce(PyObject self) {
        PyBaseException e = (PyBaseException) self;
        PyType type = e.type();
        PyDict state = userState(e);
        PyObject args = e.args();
        if (type.isSubtypeOf(ExceptionTypes.OSError)) {
            PyObject filename = e.attribute("filename");
            if (filename != null && filename != PyNone.NONE) {
                PyObject filename2 = e.attribute("filename2");
                PyObject errno = orNone(e.attribute("errno")), strerror = orNone(e.attribute("strerror"));
                args = filename2 != null && filename2 != PyNone.NONE
                        ? PyTuple.of(errno, strerror, filename, PyNone.NONE, filename2)
                        : PyTuple.of(errno, strerror, filename);
            }
        } else if (type.isSubtypeOf(ExceptionTypes.ImportError)) {
            for (String name : new String[] {"name", "path"}) {
                PyObject v = e.attribute(name);
                if (v != null && v != PyNone.NONE) {
                    state.setItem(PyStr.of(name), v);
                }
            }
        }
        return state.size() > 0 ? PyTuple.of(type, args, state) : PyTuple.of(type, args);
    }

    /** The instance dict without the attributes CPython keeps in struct members for this type. */
    private static PyDict userState(PyBaseException e) {
        PyDict state = new PyDict();
        Set<String> fields = structFields(e.type());
        PyDict dict = e.dict();
        for (int i = 0; i < dict.size(); i++) {
            PyObject key = dict.keyAt(i);
            if (!(key instanceof PyStr s && fields.contains(s.toString()))) {
                state.setItem(key, dict.valueAt(i));
            }
        }
        return state;
    }

    private static Set<String> structFields(PyType t) {
        if (t.isSubtypeOf(ExceptionTypes.OSError)) {
            return OS_ERROR;
        } else if (t.isSubtypeOf(ExceptionTypes.SyntaxError)) {
            return SYNTAX_ERROR;
        } else if (t.isSubtypeOf(ExceptionTypes.UnicodeError)) {
            return UNICODE_ERROR;
        } else if (t.isSubtypeOf(ExceptionTypes.ImportError)) {
            return IMPORT_ERROR;
        } else if (t.isSubtypeOf(ExceptionTypes.AttributeError)) {
            return ATTRIBUTE_ERROR;
        } else if (t.isSubtypeOf(ExceptionTypes.NameError)) {
            return NAME_ERROR;
        } else if (t.isSubtypeOf(ExceptionTypes.StopIteration)) {
            return STOP_ITERATION;
        } else if (t.isSubtypeOf(ExceptionTypes.SystemExit)) {
            return SYSTEM_EXIT;
        } else if (t.isSubtypeOf(ExceptionTypes.BaseExceptionGroup)) {
            return GROUP;
        }
        return Set.of();
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
