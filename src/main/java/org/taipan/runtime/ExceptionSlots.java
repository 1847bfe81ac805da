package org.taipan.runtime;

/** The slots and attributes of {@code BaseException} and the subclasses that differ (KeyError's str, OSError's str, ...). */
final class ExceptionSlots {
    private ExceptionSlots() {}

    private static PyBaseException e(PyObject o) {
        return (PyBaseException) o;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    /**
     * The keyword-only attributes the {@code __init__} of NameError ({@code name}),
     * AttributeError ({@code name}, {@code obj}) and ImportError ({@code name}, {@code path})
     * accept, for those types and their subclasses; null for other exceptions.
     */
    private static String[] keywordAttributes(PyType type) {
        if (type.isSubtypeOf(ExceptionTypes.AttributeError)) {
            return new String[] {"AttributeError", "name", "obj"};
        }
        if (type.isSubtypeOf(ExceptionTypes.NameError)) {
            return new String[] {"NameError", "name"};
        }
        if (type.isSubtypeOf(ExceptionTypes.ImportError)) {
            return new String[] {"ImportError", "name", "path"};
        }
        return null;
    }

    /** Sets the keyword attributes with {@code PyArg_ParseTupleAndKeywords}'s errors ("|$OO:Name"). */
    private static void setKeywordAttributes(PyBaseException ex, String[] named, PyObject[] a, String[] k, int npos) {
        String fname = named[0];
        if (k.length > named.length - 1) {
            throw Errors.typeError("%s() takes at most %d keyword argument%s (%d given)", fname, named.length - 1,
                    named.length == 2 ? "" : "s", k.length);
        }
        for (String kw : k) {
            boolean known = false;
            for (int j = 1; j < named.length; j++) {
                known |= named[j].equals(kw);
            }
            if (!known) {
                throw Errors.typeError("'%s' is an invalid keyword argument for %s()", kw, fname);
            }
        }
        for (int i = 0; i < k.length; i++) {
            ex.dict().setItem(PyStr.of(k[i]), a[npos + i]);
        }
    }

    static void install(PyType t) {
        t.instancesHaveDict = true;
        ObjectSlots.addInstanceDict(t);
        ExceptionReduce.install(t);
        t.tp_new = (type, a, k) -> {
            PyObject[] pos = new PyObject[Args.positional(a, k)];
            System.arraycopy(a, 0, pos, 0, pos.length);
            if (type == ExceptionTypes.OSError && pos.length >= 2 && PyInt.asInt(pos[0]) != null) {
                type = osErrorSubclass(PyInt.asInt(pos[0]));
            }
            PyBaseException ex = new PyBaseException(type, PyTuple.of(pos));
            // The unicode errors check their five (four) arguments in __init__ only, as CPython's
            // UnicodeEncodeError_init: UnicodeEncodeError.__new__(UnicodeEncodeError) is a blank one.
            // SyntaxError_init alone reads (msg, details): its new leaves every field None and
            // consumes no iterable of details (the init that follows reads it).
            if (type.isSubtypeOf(ExceptionTypes.SyntaxError)) {
                ExceptionTypes.initAttributes(ex, new PyObject[0]);
            } else if (!type.isSubtypeOf(ExceptionTypes.UnicodeError)) {
                ExceptionTypes.initAttributes(ex, pos);
            }
            return ex;
        };
        t.tp_init = (self, a, k) -> {
            String[] named = keywordAttributes(self.type());
            if (k != null && k.length > 0 && named == null && !self.type().isHeapType()) {
                throw Errors.typeError("%s() takes no keyword arguments", self.type().name());
            }
            PyObject[] pos = new PyObject[Args.positional(a, k)];
            System.arraycopy(a, 0, pos, 0, pos.length);
            e(self).setArgs(PyTuple.of(pos));
            ExceptionTypes.initAttributes(e(self), pos);
            if (named != null && k != null && k.length > 0) {
                setKeywordAttributes(e(self), named, a, k, pos.length);
            }
        };
        t.tp_str = o -> {
            PyTuple args = e(o).args();
            return switch (args.size()) {
                case 0 -> PyStr.of("");
                case 1 -> Abstract.str(args.get(0));
                default -> Abstract.str(args);
            };
        };
        t.tp_repr = o -> {
            PyTuple args = e(o).args();
            String name = o.type().name();
            if (args.size() == 1) {
                return PyStr.of(name + "(" + Abstract.repr(args.get(0)) + ")");
            }
            return PyStr.of(name + Abstract.repr(args));
        };
        t.addAttr("args", new PyGetSetDescr(t, "args", o -> e(o).args(),
                (o, v) -> e(o).setArgs(PyTuple.of(Abstract.toArray(notDeleted(v, "args"))))));
        t.addAttr("__traceback__", new PyGetSetDescr(t, "__traceback__", o -> orNone(e(o).traceback), (o, v) -> {
            if (notDeleted(v, "__traceback__") instanceof PyTraceback tb) {
                e(o).traceback = tb;
            } else if (v == PyNone.NONE) {
                e(o).traceback = null;
            } else {
                throw Errors.typeError("__traceback__ must be a traceback or None");
            }
        }));
        t.addAttr("__context__", new PyGetSetDescr(t, "__context__", o -> orNone(e(o).context), (o, v) -> {
            e(o).context = exceptionOrNull(notDeleted(v, "__context__"), "context");
        }));
        t.addAttr("__cause__", new PyGetSetDescr(t, "__cause__", o -> orNone(e(o).cause), (o, v) -> {
            e(o).cause = exceptionOrNull(notDeleted(v, "__cause__"), "cause");
            e(o).suppressContext = true;
        }));
        t.addAttr("__suppress_context__", new PyGetSetDescr(t, "__suppress_context__",
                o -> PyBool.of(e(o).suppressContext), (o, v) -> {
                    if (v == null) {
                        throw Errors.typeError("can't delete numeric/char attribute");
                    }
                    e(o).suppressContext = Abstract.isTrue(v);
                }));
        t.addMethod("with_traceback", (self, a, k) -> {
            PyObject tb = Args.oneArg("BaseException.with_traceback", a, k);
            if (!(tb instanceof PyTraceback) && tb != PyNone.NONE) {
                throw Errors.typeError("__traceback__ must be a traceback or None");
            }
            e(self).traceback = tb instanceof PyTraceback x ? x : null;
            return self;
        });
        t.addMethod("add_note", (self, a, k) -> {
            PyObject note = Args.oneArg("add_note", a, k);
            if (!(note instanceof PyStr)) {
                throw Errors.typeError("note must be a str, not '%s'", note.type().name());
            }
            PyObject notes = e(self).attribute("__notes__");
            if (notes == null) {
                notes = new PyList();
                e(self).dict().setItem(PyStr.of("__notes__"), notes);
            }
            if (!(notes instanceof PyList list)) {
                throw Errors.typeError("Cannot add note: __notes__ is not a list");
            }
            list.append(note);
            return PyNone.NONE;
        });
    }

    /** CPython's {@code errnomap}: {@code OSError(errno, ...)} makes the matching subclass. */
    private static PyType osErrorSubclass(PyInt errno) {
        if (!errno.fitsLong()) {
            return ExceptionTypes.OSError;
        }
        return switch ((int) errno.longValue()) {
            case 11, 114, 115 -> ExceptionTypes.BlockingIOError;
            case 10 -> ExceptionTypes.ChildProcessError;
            case 32, 108 -> ExceptionTypes.BrokenPipeError;
            case 103 -> ExceptionTypes.ConnectionAbortedError;
            case 111 -> ExceptionTypes.ConnectionRefusedError;
            case 104 -> ExceptionTypes.ConnectionResetError;
            case 17 -> ExceptionTypes.FileExistsError;
            case 2 -> ExceptionTypes.FileNotFoundError;
            case 4 -> ExceptionTypes.InterruptedError;
            case 21 -> ExceptionTypes.IsADirectoryError;
            case 20 -> ExceptionTypes.NotADirectoryError;
            case 1, 13 -> ExceptionTypes.PermissionError;
            case 3 -> ExceptionTypes.ProcessLookupError;
            case 110 -> ExceptionTypes.TimeoutError;
            default -> ExceptionTypes.OSError;
        };
    }

    private static PyBaseException exceptionOrNull(PyObject v, String what) {
        if (v == null || v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyBaseException x) {
            return x;
        }
        throw Errors.typeError("exception %s must be None or derive from BaseException", what);
    }

    /** The per-class differences, installed once the whole hierarchy exists. */
    static void specialize() {
        ExceptionTypes.KeyError.tp_str = o -> {
            PyTuple args = e(o).args();
            return args.size() == 1 ? Abstract.reprObject(args.get(0)) : ExceptionTypes.LookupError.tp_str.call(o);
        };
        Slots.Unary osStr = o -> {
            PyBaseException x = e(o);
            PyObject errno = x.attribute("errno"), strerror = x.attribute("strerror");
            PyObject filename = x.attribute("filename");
            if (filename != null && filename != PyNone.NONE) {
                PyObject filename2 = x.attribute("filename2");
                return PyStr.of("[Errno " + Abstract.str(errno) + "] " + Abstract.str(strerror) + ": "
                        + Abstract.repr(filename) + (filename2 != null && filename2 != PyNone.NONE
                                ? " -> " + Abstract.repr(filename2) : ""));
            }
            if (errno != null && errno != PyNone.NONE && strerror != null && strerror != PyNone.NONE) {
                return PyStr.of("[Errno " + Abstract.str(errno) + "] " + Abstract.str(strerror));
            }
            return ExceptionTypes.Exception.tp_str.call(o);
        };
        Slots.Unary syntaxStr = o -> {
            PyBaseException x = e(o);
            PyObject msg = x.attribute("msg");
            PyObject file = x.attribute("filename"), line = x.attribute("lineno");
            String m = msg == null || msg == PyNone.NONE ? Abstract.str(x.args()).toString() : Abstract.str(msg).toString();
            boolean hasFile = file instanceof PyStr;
            boolean hasLine = line instanceof PyInt;
            if (hasFile) {
                String f = file.toString();
                f = f.substring(f.lastIndexOf('/') + 1);
                return PyStr.of(hasLine ? m + " (" + f + ", line " + Abstract.str(line) + ")" : m + " (" + f + ")");
            }
            return PyStr.of(hasLine ? m + " (line " + Abstract.str(line) + ")" : m);
        };
        Slots.Unary importStr = o -> {
            PyObject msg = e(o).attribute("msg");
            return msg instanceof PyStr s ? s : ExceptionTypes.Exception.tp_str.call(o);
        };
        // Subclasses were made before these slots: give them the specialized slot too.
        for (PyType t : ExceptionTypes.ALL.values()) {
            if (t.isSubtypeOf(ExceptionTypes.OSError)) {
                t.tp_str = osStr;
            } else if (t.isSubtypeOf(ExceptionTypes.SyntaxError)) {
                t.tp_str = syntaxStr;
            } else if (t.isSubtypeOf(ExceptionTypes.ImportError)) {
                t.tp_str = importStr;
            } else if (t.isSubtypeOf(ExceptionTypes.UnicodeDecodeError)
                    || t.isSubtypeOf(ExceptionTypes.UnicodeEncodeError)
                    || t.isSubtypeOf(ExceptionTypes.UnicodeTranslateError)) {
                t.tp_str = UnicodeErrors::str;
            }
        }
    }

    /** A setter's value, or TypeError "NAME may not be deleted" for {@code del} (null), as BaseException's getset setters. */
    private static PyObject notDeleted(PyObject v, String name) {
        if (v == null) {
            throw Errors.typeError("%s may not be deleted", name);
        }
        return v;
    }
}
