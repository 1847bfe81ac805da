package org.taipan.modules.sre;

import org.taipan.runtime.Errors;
import org.taipan.runtime.PyByteArray;
import org.taipan.runtime.PyMemoryView;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;

/**
 * {@code _sre.SRE_Scanner} (CPython's {@code ScannerObject}): a state kept between calls, so that
 * successive {@code match()} or {@code search()} calls return consecutive matches (what
 * {@code finditer} and {@code re.Scanner} are built on). A scanner is exhausted after its first
 * failure; an empty match makes the next attempt start one character later.
 */
final class PyScanner extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("_sre.SRE_Scanner", PyType.OBJECT).markFromSpec();

    static {
        TYPE.tp_new = null;
        TYPE.addMethod("match", (self, a, k) -> {
            noArgs("match", a, k);
            return ((PyScanner) self).next(false);
        });
        TYPE.addMethod("search", (self, a, k) -> {
            noArgs("search", a, k);
            return ((PyScanner) self).next(true);
        });
        TYPE.addAttr("pattern", PyPattern.readonly(TYPE, "pattern", o -> ((PyScanner) o).pattern));
        TYPE.ready();
    }

    /** Argument Clinic's check for a method with only a defining-class parameter. */
    private static void noArgs(String fname, PyObject[] a, String[] k) {
        if (a.length > 0) {
            throw Errors.typeError("%s() takes no arguments", fname);
        }
    }

    final PyPattern pattern;
    private final SreState state;
    private boolean executing;
    /**
     * For a bytearray subject, a view that keeps its buffer exported while the scanner can still
     * be used, as CPython's scanner holds the buffer: resizing the bytearray raises BufferError.
     */
    private PyObject export;

    PyScanner(PyPattern pattern, SreState state) {
        this.pattern = pattern;
        this.state = state;
        PyObject subject = state.subject.object;
        this.export = subject instanceof PyByteArray ? PyMemoryView.of(subject) : null;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject next(boolean search) {
        if (executing) {
            throw Errors.valueError("regular expression scanner already executing");
        }
        SreState st = state;
        if (st.start < 0) {
            return PyNone.NONE;
        }
        executing = true;
        try {
            st.reset();
            st.ptr = st.start;
            int status = st.run(search ? SreState::search : SreState::match);
            PyObject m = pattern.newMatch(st, status);
            if (status == 0) {
                st.start = -1;
                export = null;
            } else {
                st.mustAdvance = st.ptr == st.start;
                st.start = st.ptr;
            }
            return m;
        } finally {
            executing = false;
        }
    }
}
