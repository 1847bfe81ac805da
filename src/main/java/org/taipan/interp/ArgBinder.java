package org.taipan.interp;

import java.util.ArrayList;
import java.util.List;
import org.taipan.code.CodeObject;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;

/**
 * Binds call arguments (vectorcall form) to a function's parameters in its frame's fast
 * locals, with CPython's error messages: CPython's {@code initialize_locals} in
 * {@code Python/ceval.c}.
 */
final class ArgBinder {
    private ArgBinder() {}

    static void bind(PyFunction func, PyObject[] fast, PyObject[] args, String[] kwnames) {
        CodeObject co = func.code.code;
        int argcount = co.argcount;
        int total = argcount + co.kwonlyargcount;
        boolean varargs = co.hasFlag(CodeObject.CO_VARARGS);
        boolean varkw = co.hasFlag(CodeObject.CO_VARKEYWORDS);
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        // Fast path: exact positional call, no defaults needed.
        if (nkw == 0 && npos == argcount && !varargs && !varkw && co.kwonlyargcount == 0) {
            System.arraycopy(args, 0, fast, 0, npos);
            return;
        }
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            fast[total + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(npos, argcount);
        System.arraycopy(args, 0, fast, 0, n);
        if (varargs) {
            PyObject[] rest = new PyObject[Math.max(0, npos - n)];
            System.arraycopy(args, n, rest, 0, rest.length);
            fast[total] = PyTuple.of(rest);
        }
        List<String> posonlyAsKw = null;
        for (int i = 0; i < nkw; i++) {
            String k = kwnames[i];
            PyObject v = args[npos + i];
            int j = -1;
            for (int p = co.posonlyargcount; p < total; p++) {
                if (co.varnames[p].equals(k)) {
                    j = p;
                    break;
                }
            }
            if (j < 0) {
                if (kwdict != null) {
                    kwdict.setItem(PyStr.of(k), v);
                    continue;
                }
                boolean posonly = false;
                for (int p = 0; p < co.posonlyargcount; p++) {
                    if (co.varnames[p].equals(k)) {
                        posonly = true;
                        break;
                    }
                }
                if (posonly) {
                    if (posonlyAsKw == null) {
                        posonlyAsKw = new ArrayList<>();
                    }
                    posonlyAsKw.add(k);
                    continue;
                }
                throw Errors.typeError("%s() got an unexpected keyword argument '%s'", func.qualname, k);
            }
            if (fast[j] != null) {
                throw Errors.typeError("%s() got multiple values for argument '%s'", func.qualname, k);
            }
            fast[j] = v;
        }
        if (posonlyAsKw != null) {
            throw Errors.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'",
                    func.qualname, String.join(", ", posonlyAsKw));
        }
        if (npos > argcount && !varargs) {
            throw tooManyPositional(func, fast, npos);
        }
        PyTuple defaults = func.defaults;
        int ndef = defaults == null ? 0 : defaults.size();
        if (npos < argcount) {
            int m = argcount - ndef;
            List<String> missing = null;
            for (int i = npos; i < m; i++) {
                if (fast[i] == null) {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(co.varnames[i]);
                }
            }
            if (missing != null) {
                throw missingArguments(func, missing, "positional");
            }
            for (int i = Math.max(n, m); i < argcount; i++) {
                if (fast[i] == null) {
                    fast[i] = defaults.get(i - m);
                }
            }
        }
        if (co.kwonlyargcount > 0) {
            List<String> missing = null;
            for (int i = argcount; i < total; i++) {
                if (fast[i] != null) {
                    continue;
                }
                PyObject d = func.kwdefaults == null ? null : func.kwdefaults.getItem(PyStr.of(co.varnames[i]));
                if (d != null) {
                    fast[i] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(co.varnames[i]);
                }
            }
            if (missing != null) {
                throw missingArguments(func, missing, "keyword-only");
            }
        }
    }

    private static RuntimeException missingArguments(PyFunction func, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError("%s() missing %d required %s argument%s: %s", func.qualname, n, kind,
                n == 1 ? "" : "s", sb);
    }

    private static RuntimeException tooManyPositional(PyFunction func, PyObject[] fast, int given) {
        CodeObject co = func.code.code;
        int ndef = func.defaults == null ? 0 : func.defaults.size();
        int kwonlyGiven = 0;
        for (int i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) {
            if (fast[i] != null) {
                kwonlyGiven++;
            }
        }
        String sig;
        boolean plural;
        if (ndef > 0) {
            sig = "from " + (co.argcount - ndef) + " to " + co.argcount;
            plural = true;
        } else {
            sig = String.valueOf(co.argcount);
            plural = co.argcount != 1;
        }
        String kwSig = "";
        if (kwonlyGiven > 0) {
            kwSig = String.format(" positional argument%s (and %d keyword-only argument%s)", given != 1 ? "s" : "",
                    kwonlyGiven, kwonlyGiven != 1 ? "s" : "");
        }
        return Errors.typeError("%s() takes %s positional argument%s but %d%s %s given", func.qualname, sig,
                plural ? "s" : "", given, kwSig, given == 1 && kwonlyGiven == 0 ? "was" : "were");
    }
}
