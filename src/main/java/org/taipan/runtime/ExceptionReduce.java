package org.taipan.runtime;

/**
 * {@code BaseException.__reduce__} and {@code __setstate__}, with OSError's and ImportError's own
 * reductions (CPython's {@code BaseException_reduce}, {@code OSError_reduce},
 * {@code ImportError_reduce} in {@code Objects/exceptions.c}), so exceptions copy and pickle.
 *
 * <p>The result is {@code (type, args, __dict__)} when the instance dict exists, even empty (reading
 * {@code e.__dict__} makes it), and {@code (type, args)} otherwise. The builtin classes' fields
 * are not in that dict: OSError puts its filename (and filename2, after a None winerror) back
 * into args, and ImportError adds the name and path it was given to a copy of the dict.
 */
final class ExceptionReduce {
    private ExceptionReduce() {}

    /** Installs {@code __reduce__} and {@code __setstate__} on BaseException. */
    static void install(PyType t) {
        t.addMethodNoArgs("__reduce__", ExceptionReduce::reduce);
        t.addMethodOneArg("__setstate__", (self, state) -> {
            if (state != PyNone.NONE) {
                if (!(state instanceof PyDict d)) {
                    throw Errors.typeError("state is not a dictionary");
                }
                // each pair is read as it is reached (PyDict_Next) and never looked up by key: a key's
                // __hash__ may change the dict, which then only shortens the walk
                for (int i = 0; i < d.size(); i++) {
                    PyObject key = d.keyAt(i);
                    PyObject value = d.valueAt(i);
                    if (!(key instanceof PyStr name)) {
                        throw Errors.typeError("attribute name must be string, not '%s'", key.type().name());
                    }
                    Abstract.setAttr(self, name, value);
                }
            }
            return PyNone.NONE;
        });
    }

    private static PyObject reduce(PyObject self) {
        PyBaseException e = (PyBaseException) self;
        PyType type = e.type();
        PyTuple args = e.args();
        PyDict dict = e.dictIfMade();
        if (e.layout == ExceptionLayout.OS_ERROR) {
            PyObject filename = e.field(ExceptionLayout.FILENAME);
            if (args.size() == 2 && filename != null) {
                PyObject filename2 = e.field(ExceptionLayout.FILENAME2);
                args = filename2 != null ? PyTuple.of(args.get(0), args.get(1), filename, PyNone.NONE, filename2)
                        : PyTuple.of(args.get(0), args.get(1), filename);
            }
        } else if (e.layout == ExceptionLayout.IMPORT_ERROR) {
            PyObject name = e.field(ExceptionLayout.IMPORT_NAME), path = e.field(ExceptionLayout.PATH);
            if (name != null || path != null) {
                PyDict state = dict == null ? new PyDict() : dict.copy();
                if (name != null) {
                    state.setItem(PyStr.of("name"), name);
                }
                if (path != null) {
                    state.setItem(PyStr.of("path"), path);
                }
                return PyTuple.of(type, args, state);
            }
        }
        return dict != null ? PyTuple.of(type, args, dict) : PyTuple.of(type, args);
    }
}
