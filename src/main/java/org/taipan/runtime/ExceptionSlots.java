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
    private static String[] keywordAttributes(ExceptionLayout layout) {
        return switch (layout) {
            case ATTRIBUTE_ERROR -> new String[] {"AttributeError", "name", "obj"};
            case NAME_ERROR -> new String[] {"NameError", "name"};
            case IMPORT_ERROR -> new String[] {"ImportError", "name", "path"};
            default -> null;
        };
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
            ex.setField(k[i], a[npos + i]);
        }
    }

    static void install(PyType t) {
        t.instancesHaveDict = true;
        ObjectSlots.addInstanceDict(t);
        ExceptionReduce.install(t);
        // BaseException_new: only args; each class's __init__ fills its fields.
        t.tp_new = (type, a, k) -> {
            PyObject[] pos = new PyObject[Args.positional(a, k)];
            System.arraycopy(a, 0, pos, 0, pos.length);
            return new PyBaseException(type, PyTuple.of(pos));
        };
        t.tp_init = initFor(ExceptionLayout.BASE);
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

    /**
     * {@code OSError.__new__} ({@code OSError_new}): parses the arguments and makes the errno's
     * subclass ({@code OSError(2, 'x')} is a FileNotFoundError), unless the class leaves that to
     * its own {@code __init__} ({@link ExceptionFields#osErrorUsesInit}); then args is empty.
     */
    static final Slots.New OS_ERROR_NEW = (type, a, k) -> {
        boolean useInit = ExceptionFields.osErrorUsesInit(type);
        PyObject[] pos = Args.positionalPart(a, k);
        if (useInit) {
            return new PyBaseException(type, PyTuple.EMPTY);
        }
        Args.noKeywords(type.name(), k);
        if (type == ExceptionTypes.OSError && pos.length >= 2 && pos.length <= 5 && PyInt.asInt(pos[0]) != null) {
            type = osErrorSubclass(PyInt.asInt(pos[0]));
        }
        PyBaseException ex = new PyBaseException(type, PyTuple.of(pos));
        ExceptionFields.initOSError(ex, pos);
        return ex;
    };

    /** {@code OSError.__init__} ({@code OSError_init}): does nothing when {@code __new__} parsed the arguments. */
    static final Slots.Init OS_ERROR_INIT = (self, a, k) -> {
        if (!ExceptionFields.osErrorUsesInit(self.type())) {
            return;
        }
        Args.noKeywords(self.type().name(), k);
        ExceptionFields.initOSError(e(self), Args.positionalPart(a, k));
    };

    /**
     * The {@code __init__} of the builtin exception classes with {@code layout}'s fields:
     * {@code BaseException_init} (args), then what that class's init stores ({@link
     * ExceptionFields#init}) and its keyword attributes. A new slot each time, so every builtin
     * class has its own {@code __init__}, as in CPython: in {@code class KS(KeyError, SyntaxError)}
     * KeyError's runs and leaves SyntaxError's fields unset.
     */
    private static Slots.Init initFor(ExceptionLayout layout) {
        String[] named = keywordAttributes(layout);
        return (self, a, k) -> {
            if (k != null && k.length > 0 && named == null) {
                throw Errors.typeError("%s() takes no keyword arguments", self.type().name());
            }
            PyObject[] pos = new PyObject[Args.positional(a, k)];
            System.arraycopy(a, 0, pos, 0, pos.length);
            PyBaseException ex = e(self);
            ex.setArgs(PyTuple.of(pos));
            if (ex.layout == layout) {
                ExceptionFields.init(ex, pos);
                if (named != null && k != null && k.length > 0) {
                    setKeywordAttributes(ex, named, a, k, pos.length);
                }
            }
        };
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
        // OSError_str: a field set to None still counts as set; only NULL is left out.
        Slots.Unary osStr = o -> {
            PyBaseException x = e(o);
            PyObject errno = x.field(ExceptionLayout.ERRNO), strerror = x.field(ExceptionLayout.STRERROR);
            PyObject filename = x.field(ExceptionLayout.FILENAME), filename2 = x.field(ExceptionLayout.FILENAME2);
            if (filename != null) {
                return PyStr.of("[Errno " + Abstract.str(orNone(errno)) + "] " + Abstract.str(orNone(strerror)) + ": "
                        + Abstract.repr(filename) + (filename2 != null ? " -> " + Abstract.repr(filename2) : ""));
            }
            if (errno != null && strerror != null) {
                return PyStr.of("[Errno " + Abstract.str(errno) + "] " + Abstract.str(strerror));
            }
            return ExceptionTypes.Exception.tp_str.call(o);
        };
        // SyntaxError_str: the message (None when NULL) with the file's base name and an exact-int line.
        Slots.Unary syntaxStr = o -> {
            PyBaseException x = e(o);
            String m = Abstract.str(orNone(x.field(ExceptionLayout.MSG))).toString();
            PyObject file = x.field(ExceptionLayout.SFILENAME), line = x.field(ExceptionLayout.LINENO);
            boolean hasLine = line != null && line.getClass() == PyInt.class;
            String lineText = hasLine ? Abstract.str(line).toString() : null;
            if (file instanceof PyStr) {
                String f = file.toString();
                f = f.substring(f.lastIndexOf('/') + 1);
                return PyStr.of(hasLine ? m + " (" + f + ", line " + lineText + ")" : m + " (" + f + ")");
            }
            return PyStr.of(hasLine ? m + " (line " + lineText + ")" : m);
        };
        // ImportError_str: msg when it is exactly a str.
        Slots.Unary importStr = o -> {
            PyObject msg = e(o).field(ExceptionLayout.MSG);
            return msg != null && msg.type() == PyStr.TYPE ? msg : ExceptionTypes.Exception.tp_str.call(o);
        };
        // Subclasses were made before these slots: give them the specialized slot too.
        for (PyType t : ExceptionTypes.ALL.values()) {
            if (t != ExceptionTypes.BaseException && !t.isSubtypeOf(ExceptionTypes.BaseExceptionGroup)) {
                t.tp_init = initFor(ExceptionLayout.of(t));
            }
            if (t.isSubtypeOf(ExceptionTypes.OSError)) {
                t.tp_str = osStr;
                t.tp_new = OS_ERROR_NEW;
                t.tp_init = OS_ERROR_INIT;
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
