package org.taipan.modules.sre;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.ThreadState;

/**
 * {@code Pattern.sub} and {@code subn} (CPython 3.11's {@code pattern_subx}). The replacement is
 * a callable given each match, or a string: without a backslash it is used as it is, otherwise
 * the standard library's {@code re._subx(pattern, template)} compiles it (3.11 expands templates
 * in Python, {@code re._parser.expand_template}) into a literal or a function of the match.
 */
final class Substitution {
    private Substitution() {}

    /** {@code re.<name>}, importing {@code re} as CPython's {@code call(SRE_PY_MODULE, ...)} does. */
    static PyObject reFunction(String name) {
        PyObject re = ThreadState.current().interpreter.importModule("re", null, null, 0);
        return Abstract.getAttr(re, name);
    }

    /** Whether a str or bytes-like template contains no backslash (is a literal replacement). */
    private static boolean isLiteral(PyObject template) {
        if (!Subject.accepts(template)) {
            return false;
        }
        Subject s = Subject.of(template);
        for (int i = 0; i < s.length; i++) {
            if (s.at(i) == '\\') {
                return false;
            }
        }
        return true;
    }

    static PyObject subx(PyPattern self, PyObject template, PyObject string, long count, boolean subn) {
        PyObject filter;
        boolean callable;
        if (template.type().tp_call != null) {
            filter = template;
            callable = true;
        } else if (isLiteral(template)) {
            filter = template;
            callable = false;
        } else {
            filter = Callables.call(reFunction("_subx"), self, template);
            callable = filter.type().tp_call != null;
        }
        SreState st = self.newState(string, 0, Long.MAX_VALUE);
        Subject s = st.subject;
        PyList list = new PyList();
        long n = 0;
        int i = 0;
        while (count == 0 || n < count) {
            st.reset();
            st.ptr = st.start;
            if (st.run(SreState::search) == 0) {
                break;
            }
            int b = st.start, e = st.ptr;
            if (i < b) {
                list.append(s.slice(i, b));
            }
            PyObject item = callable ? Callables.call(filter, self.newMatch(st, 1)) : filter;
            if (item != PyNone.NONE) {
                list.append(item);
            }
            i = e;
            n++;
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        self.release(st);
        if (i < st.endpos) {
            list.append(s.slice(i, st.endpos));
        }
        PyObject joiner = s.slice(0, 0);
        PyObject result = list.size() == 0 ? joiner : Callables.callAttr(joiner, "join", list);
        return subn ? PyTuple.of(result, PyInt.of(n)) : result;
    }
}
