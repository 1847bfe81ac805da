package org.taipan.runtime;

import static org.taipan.runtime.ExceptionLayout.*;

/**
 * The fields of the builtin exception classes ({@link ExceptionLayout}): the descriptors that
 * expose them and what each class's {@code __new__} and {@code __init__} store in them, as
 * CPython 3.11's {@code Objects/exceptions.c}.
 *
 * <p>Members behave as CPython's {@code PyMemberDef}s: object members read NULL as None and are
 * deleted back to NULL; the unicode errors' {@code start} and {@code end} are C integers
 * ("an integer is required", "can't delete numeric/char attribute"); a group's {@code message}
 * and {@code exceptions} are read-only ("readonly attribute"). OSError's
 * {@code characters_written} is a getset that raises AttributeError while unset.
 */
final class ExceptionFields {
    private ExceptionFields() {}

    /** Installs each layout's descriptors on the class that defines it (before the types are ready). */
    static void install() {
        for (ExceptionLayout layout : ExceptionLayout.values()) {
            PyType owner = layout.definingType();
            if (owner == null) {
                continue;
            }
            for (int i = 0; i < layout.names.length; i++) {
                String name = layout.names[i];
                if (layout == OS_ERROR && i == WRITTEN) {
                    owner.addAttr(name, new PyGetSetDescr(owner, name, ExceptionFields::written,
                            ExceptionFields::setWritten));
                } else {
                    owner.addAttr(name, new PyMemberDescr(owner, PyStr.of(name), member(layout, i)));
                }
            }
        }
    }

    private static PyMemberDescr.Field member(ExceptionLayout layout, int i) {
        if (layout.isUnicode() && (i == START || i == END)) {
            return new PyMemberDescr.Field() {
                public PyObject get(PyObject obj) {
                    return fields(obj, layout)[i];
                }

                public void set(PyObject obj, PyObject v) {
                    PyObject[] f = fields(obj, layout);
                    if (v == null) {
                        throw Errors.typeError("can't delete numeric/char attribute");
                    }
                    PyInt n = PyInt.asInt(v);
                    if (n == null) {
                        throw Errors.typeError("an integer is required");
                    }
                    f[i] = PyInt.of(n.ssizeValue());
                }
            };
        }
        boolean readOnly = layout == GROUP;
        return new PyMemberDescr.Field() {
            public PyObject get(PyObject obj) {
                PyObject v = fields(obj, layout)[i];
                return v == null ? PyNone.NONE : v;
            }

            public void set(PyObject obj, PyObject v) {
                PyObject[] f = fields(obj, layout);
                if (readOnly) {
                    throw Errors.attributeError("readonly attribute");
                }
                f[i] = v;
            }
        };
    }

    /** The fields of {@code obj}, which the descriptor's type check made an exception of the owner class. */
    private static PyObject[] fields(PyObject obj, ExceptionLayout layout) {
        if (obj instanceof PyBaseException e && e.layout == layout) {
            return e.fields;
        }
        // A class whose bases mix two layouts (CPython refuses to make it): the field is not there.
        throw Errors.typeError("descriptor for '%s' objects doesn't apply to a '%s' object",
                layout.definingType().name(), obj.type().name());
    }

    private static PyObject written(PyObject obj) {
        PyObject n = fields(obj, OS_ERROR)[WRITTEN];
        if (n == null) {
            throw Errors.attributeError("characters_written");
        }
        return n;
    }

    private static void setWritten(PyObject obj, PyObject v) {
        PyObject[] f = fields(obj, OS_ERROR);
        if (v == null) {
            if (f[WRITTEN] == null) {
                throw Errors.attributeError("characters_written");
            }
            f[WRITTEN] = null;
            return;
        }
        f[WRITTEN] = PyInt.of(asSsize(v));
    }

    /** {@code PyNumber_AsSsize_t(v, PyExc_ValueError)}. */
    private static long asSsize(PyObject v) {
        PyInt n = Abstract.index(v, null);
        if (!n.fitsLong()) {
            throw Errors.valueError("cannot fit '%s' into an index-sized integer", v.type().name());
        }
        return n.longValue();
    }

    /**
     * What the {@code __init__} of {@code e}'s builtin class stores from positional arguments
     * {@code args}, once {@code BaseException.__init__} has set {@code e.args}; keyword arguments
     * (ImportError's name and path, ...) are the caller's. OSError parses its arguments here
     * ({@code oserror_parse_args}, {@code oserror_init}), {@code args} included.
     */
    static void init(PyBaseException e, PyObject[] args) {
        PyObject[] f = e.fields;
        switch (e.layout) {
            case BASE, GROUP -> { }
            case STOP_ITERATION -> f[0] = args.length > 0 ? args[0] : PyNone.NONE;
            case SYSTEM_EXIT -> f[0] = args.length == 0 ? PyNone.NONE : args.length == 1 ? args[0] : PyTuple.of(args);
            case IMPORT_ERROR -> {
                f[MSG] = args.length == 1 ? args[0] : null;
                f[IMPORT_NAME] = null;
                f[PATH] = null;
            }
            case NAME_ERROR -> f[0] = null;
            case ATTRIBUTE_ERROR -> {
                f[0] = null;
                f[1] = null;
            }
            case OS_ERROR -> initOSError(e, args);
            case SYNTAX_ERROR -> initSyntaxError(f, args);
            case UNICODE_ENCODE, UNICODE_DECODE, UNICODE_TRANSLATE -> UnicodeErrors.init(e, args);
        }
    }

    /**
     * Whether an OSError class parses its arguments in {@code __init__} rather than {@code __new__}
     * (CPython's {@code oserror_use_init}): it overrides {@code __init__} but not {@code __new__},
     * so its {@code __new__} leaves extra arguments to that {@code __init__}.
     */
    static boolean osErrorUsesInit(PyType type) {
        return type.tp_init != ExceptionSlots.OS_ERROR_INIT && type.tp_new == ExceptionSlots.OS_ERROR_NEW;
    }

    /**
     * {@code OSError(errno, strerror[, filename[, winerror[, filename2]]])}: two to five arguments
     * fill the fields, and a filename leaves only {@code (errno, strerror)} in {@code args};
     * BlockingIOError's third argument may be the number of characters written instead.
     */
    static void initOSError(PyBaseException e, PyObject[] args) {
        PyObject[] f = e.fields;
        PyObject errno = null, strerror = null, filename = null, filename2 = null;
        if (args.length >= 2 && args.length <= 5) {
            errno = args[0];
            strerror = args[1];
            filename = args.length > 2 ? args[2] : null;
            filename2 = args.length > 4 ? args[4] : null;
        }
        PyTuple newArgs = PyTuple.of(args);
        if (filename != null && filename != PyNone.NONE) {
            if (e.type() == ExceptionTypes.BlockingIOError && isNumber(filename)) {
                f[WRITTEN] = PyInt.of(asSsize(filename));
            } else {
                f[FILENAME] = filename;
                if (filename2 != null && filename2 != PyNone.NONE) {
                    f[FILENAME2] = filename2;
                }
                newArgs = PyTuple.of(args[0], args[1]);
            }
        }
        f[ERRNO] = errno;
        f[STRERROR] = strerror;
        e.setArgs(newArgs);
    }

    /** {@code PyNumber_Check}. */
    private static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return t.nb_index != null || t.nb_int != null || t.nb_float != null || o instanceof PyComplex;
    }

    /**
     * {@code SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))}: the
     * message from any arguments, the details only from exactly two.
     */
    private static void initSyntaxError(PyObject[] f, PyObject[] args) {
        if (args.length >= 1) {
            f[MSG] = args[0];
        }
        if (args.length != 2) {
            return;
        }
        PyObject[] info = Abstract.toArray(args[1]);
        if (info.length < 4) {
            throw Errors.typeError("function takes at least 4 arguments (%d given)", info.length);
        } else if (info.length > 6) {
            throw Errors.typeError("function takes at most 6 arguments (%d given)", info.length);
        }
        f[SFILENAME] = info[0];
        f[LINENO] = info[1];
        f[OFFSET] = info[2];
        f[TEXT] = info[3];
        f[END_LINENO] = info.length > 4 ? info[4] : null;
        f[END_OFFSET] = info.length > 5 ? info[5] : null;
        if (info.length == 5) {
            throw Errors.typeError("end_offset must be provided when end_lineno is provided");
        }
    }
}
