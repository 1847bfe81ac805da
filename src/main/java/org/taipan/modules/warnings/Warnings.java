package org.taipan.modules.warnings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.taipan.interp.Frame;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * Issuing warnings (CPython's {@code Python/_warnings.c}): the runtime's entry point
 * {@link #warn(PyType, String, int)} ({@code PyErr_WarnEx}) and the bodies of
 * {@code _warnings.warn} and {@code warn_explicit}. A warning is matched against the filters
 * (those of {@code warnings.py} when it is imported, else the interpreter's own), recorded in
 * the calling module's {@code __warningregistry__}, and shown by {@code warnings._showwarnmsg}
 * when {@code warnings} is imported, else written to {@code sys.stderr} as
 * {@code file:line: Category: message} and the stripped source line.
 */
public final class Warnings {
    private Warnings() {}

    /**
     * {@code PyErr_WarnEx}: warns with {@code category} about {@code message}, attributed to the
     * Python frame {@code stacklevel} levels up (1: the code that called the builtin raising it).
     *
     * @throws PyException the warning itself when a filter says "error"
     */
    public static void warn(PyType category, String message, int stacklevel) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return;
        }
        warn(ts, PyStr.of(message), category, stacklevel, null);
    }

    /**
     * Whether a warning of {@code category} could be shown now: false only when the first filter
     * that matches the category whatever the text, module and line says "ignore" (or none matches
     * and the default action is "ignore"), as the default filters say for ResourceWarning. Lets a
     * caller skip making a costly message (a socket's repr for the warning of its finalizer); a
     * filter that depends on the text, module or line counts as showing.
     *
     * @throws PyException as {@code warnings.filters} checks raise for malformed filters
     */
    public static boolean mayShow(PyType category) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return false;
        }
        Interpreter interp = ts.interpreter;
        WarningsState st = WarningsState.of(interp);
        PyObject filters = warningsAttr(interp, "filters");
        if (filters == null) {
            filters = st.filters;
        }
        if (filters instanceof PyList list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof PyTuple t && t.size() == 5 && Abstract.isSubclass(category, t.get(2))) {
                    boolean unconditional = t.get(1) == PyNone.NONE && t.get(3) == PyNone.NONE
                            && PyInt.asInt(t.get(4)) != null && PyInt.asInt(t.get(4)).signum() == 0;
                    return !unconditional || !"ignore".equals(t.get(0).toString());
                }
            }
        }
        PyObject action = warningsAttr(interp, "defaultaction");
        return !"ignore".equals(String.valueOf(action == null ? st.defaultAction : action));
    }

    /**
     * {@code PyErr_WarnExplicit}: a warning at a given place (the compiler's SyntaxWarnings), with
     * the registry of no module.
     *
     * @throws PyException the warning itself when a filter says "error"
     */
    public static void warnExplicit(PyType category, String message, String filename, int lineno) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return;
        }
        warnExplicit(ts.interpreter, PyStr.of(message), category, PyStr.of(filename), lineno, null, null, null);
    }

    /** {@code _warnings.warn(message, category=None, stacklevel=1, source=None)}. */
    static void warn(ThreadState ts, PyObject message, PyObject category, long stacklevel, PyObject source) {
        PyType cat = category(message, category);
        Frame f = ts.frame;
        if (stacklevel <= 0 || isInternal(f)) {
            while (--stacklevel > 0 && f != null) {
                f = f.back;
            }
        } else {
            while (--stacklevel > 0 && f != null) {
                f = nextExternal(f);
            }
        }
        PyDict globals;
        PyStr filename;
        int lineno;
        if (f == null) {
            globals = ts.interpreter.sys().dict();
            filename = PyStr.of("sys");
            lineno = 1;
        } else {
            globals = f.globals;
            filename = PyStr.of(f.code.code.filename);
            lineno = f.lineno();
        }
        PyObject module = globals.getItem(PyStr.of("__name__"));
        if (!(module == PyNone.NONE || module instanceof PyStr)) {
            module = PyStr.of("<string>");
        }
        PyObject registry = globals.getItem(PyStr.of("__warningregistry__"));
        if (registry == null) {
            registry = new PyDict();
            globals.setItem(PyStr.of("__warningregistry__"), registry);
        }
        warnExplicit(ts.interpreter, message, cat, filename, lineno, module, registry, source);
    }

    /** CPython's {@code get_category}: the message's class, or the category argument checked. */
    private static PyType category(PyObject message, PyObject category) {
        if (Abstract.isInstance(message, ExceptionTypes.Warning)) {
            return message.type();
        }
        if (category == null || category == PyNone.NONE) {
            return ExceptionTypes.UserWarning;
        }
        if (!(category instanceof PyType t) || !t.isSubtypeOf(ExceptionTypes.Warning)) {
            throw Errors.typeError("category must be a Warning subclass, not '%s'", category.type().name());
        }
        return t;
    }

    /** Frames of the import machinery are skipped when counting stack levels, as CPython's {@code is_internal_frame}. */
    private static boolean isInternal(Frame f) {
        if (f == null) {
            return false;
        }
        String name = f.code.code.filename;
        return name.contains("importlib") && name.contains("_bootstrap");
    }

    private static Frame nextExternal(Frame f) {
        do {
            f = f.back;
        } while (f != null && isInternal(f));
        return f;
    }

    /**
     * {@code warn_explicit}: filters, registry, then the warning shown or raised.
     *
     * @param module the module name, or null to derive it from the file name
     * @param registry the module's {@code __warningregistry__}, or null/None for none
     * @param source the {@code source} object passed to {@code WarningMessage}, or null
     */
    static void warnExplicit(Interpreter interp, PyObject message, PyType category, PyStr filename, int lineno,
            PyObject module, PyObject registry, PyObject source) {
        WarningsState st = WarningsState.of(interp);
        if (module == null) {
            module = normalizeModule(filename);
        }
        PyObject text;
        if (Abstract.isInstance(message, ExceptionTypes.Warning)) {
            text = Abstract.str(message);
            category = message.type();
        } else {
            text = message;
            message = Callables.call(category, message);
        }
        PyTuple key = PyTuple.of(text, category, PyInt.of(lineno));
        PyDict reg = registry instanceof PyDict d ? d : null;
        if (reg != null && alreadyWarned(st, reg, key, false)) {
            return;
        }
        PyTuple[] item = {null};
        PyObject action = filterAction(interp, st, category, text, lineno, module, item);
        String a = action.toString();
        if (a.equals("error")) {
            throw new PyException((PyBaseException) message);
        }
        if (a.equals("ignore")) {
            return;
        }
        boolean warned = false;
        if (!a.equals("always")) {
            if (reg != null) {
                reg.setItem(key, PyBool.TRUE);
            }
            switch (a) {
                // (CPython's C code keeps "once" in the module's registry when there is one.)
                case "once" -> warned = alreadyWarned(st, reg != null ? reg : onceRegistry(interp, st),
                        PyTuple.of(text, category), true);
                case "module" -> warned = reg != null && alreadyWarned(st, reg, PyTuple.of(text, category), true);
                case "default" -> { }
                default -> throw Errors.runtimeError("Unrecognized action (%s) in warnings.filters:\n %s",
                        Abstract.repr(action), Abstract.repr(item[0]));
            }
        }
        if (!warned) {
            show(interp, message, category, text, filename, lineno, source);
        }
    }

    /** CPython's {@code normalize_module}: the file name without {@code .py}. */
    private static PyStr normalizeModule(PyStr filename) {
        String s = filename.toString();
        if (s.isEmpty()) {
            return PyStr.of("<unknown>");
        }
        return PyStr.of(s.endsWith(".py") ? s.substring(0, s.length() - 3) : s);
    }

    /** CPython's {@code already_warned}: clears a registry of an older filters version. */
    private static boolean alreadyWarned(WarningsState st, PyDict registry, PyObject key, boolean set) {
        PyObject v = registry.getItem(PyStr.of("version"));
        if (!(v instanceof PyInt i) || !i.fitsLong() || i.longValue() != st.version) {
            registry.clear();
            registry.setItem(PyStr.of("version"), PyInt.of(st.version));
        } else {
            PyObject seen = registry.getItem(key);
            if (seen != null) {
                return Abstract.isTrue(seen);
            }
        }
        if (set) {
            registry.setItem(key, PyBool.TRUE);
        }
        return false;
    }

    /** An attribute of the imported {@code warnings} module, or null when it is not imported or lacks it. */
    private static PyObject warningsAttr(Interpreter interp, String name) {
        PyObject w = interp.modules().getItem(PyStr.of("warnings"));
        if (w == null || w == PyNone.NONE) {
            return null;
        }
        return Abstract.lookupAttr(w, PyStr.of(name));
    }

    private static PyDict onceRegistry(Interpreter interp, WarningsState st) {
        PyObject r = warningsAttr(interp, "onceregistry");
        if (r == null) {
            return st.onceRegistry;
        }
        if (!(r instanceof PyDict d)) {
            throw Errors.typeError("warnings.onceregistry must be a dict, not '%s'", r.type().name());
        }
        return d;
    }

    /** CPython's {@code get_filter}: the action of the first matching filter, else the default action. */
    private static PyObject filterAction(Interpreter interp, WarningsState st, PyType category, PyObject text,
            int lineno, PyObject module, PyTuple[] item) {
        PyObject filters = warningsAttr(interp, "filters");
        if (filters == null) {
            filters = st.filters;
        }
        if (!(filters instanceof PyList list)) {
            throw Errors.valueError("_warnings.filters must be a list");
        }
        for (int i = 0; i < list.size(); i++) {
            PyObject o = list.get(i);
            if (!(o instanceof PyTuple t) || t.size() != 5) {
                throw Errors.valueError("_warnings.filters item %d isn't a 5-tuple", i);
            }
            PyObject action = t.get(0);
            if (!(action instanceof PyStr)) {
                throw Errors.typeError("action must be a string, not '%s'", action.type().name());
            }
            PyObject ln = t.get(4);
            PyInt lnInt = PyInt.asInt(ln);
            if (lnInt == null) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", ln.type().name());
            }
            if (matches(t.get(1), text) && Abstract.isSubclass(category, t.get(2)) && matches(t.get(3), module)
                    && (lnInt.longValue() == 0 || lnInt.longValue() == lineno)) {
                item[0] = t;
                return action;
            }
        }
        PyObject action = warningsAttr(interp, "defaultaction");
        if (action == null) {
            action = st.defaultAction;
        }
        if (!(action instanceof PyStr)) {
            throw Errors.valueError("_warnings.defaultaction must be a string, not '%s'", action.type().name());
        }
        return action;
    }

    /** CPython's {@code check_matched}: None matches all, an exact str must be equal, else a regex's {@code match}. */
    private static boolean matches(PyObject pattern, PyObject arg) {
        if (pattern == PyNone.NONE) {
            return true;
        }
        if (pattern.getClass() == PyStr.class) {
            return arg instanceof PyStr && pattern.toString().equals(arg.toString());
        }
        return Abstract.isTrue(Callables.callAttr(pattern, "match", arg));
    }

    /** CPython's {@code call_show_warning}: {@code warnings._showwarnmsg} when imported, else the C fallback. */
    private static void show(Interpreter interp, PyObject message, PyType category, PyObject text, PyStr filename,
            int lineno, PyObject source) {
        PyObject showFn = warningsAttr(interp, "_showwarnmsg");
        if (showFn == null) {
            showFallback(interp, category, text, filename, lineno);
            return;
        }
        if (showFn.type().tp_call == null) {
            throw Errors.typeError("warnings._showwarnmsg() must be set to a callable");
        }
        PyObject cls = warningsAttr(interp, "WarningMessage");
        if (cls == null) {
            throw Errors.runtimeError("unable to get warnings.WarningMessage");
        }
        PyObject msg = Callables.call(cls, message, category, filename, PyInt.of(lineno), PyNone.NONE, PyNone.NONE,
                source == null ? PyNone.NONE : source);
        Callables.call(showFn, msg);
    }

    /** CPython's {@code show_warning}: "file:line: Category: text" and the source line, on {@code sys.stderr}. */
    private static void showFallback(Interpreter interp, PyType category, PyObject text, PyStr filename, int lineno) {
        PyObject err = interp.sysAttribute("stderr");
        if (err == null || err == PyNone.NONE) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(filename).append(':').append(lineno).append(": ").append(category.shortName()).append(": ")
                .append(Abstract.str(text)).append('\n');
        String line = sourceLine(filename.toString(), lineno);
        if (line != null) {
            sb.append("  ").append(line).append('\n');
        }
        try {
            Callables.callAttr(err, "write", PyStr.of(sb.toString()));
        } catch (PyException e) {
            // as CPython's show_warning: a failing stderr loses the warning
        }
    }

    /** Line {@code lineno} of the file, indentation removed, or null when it cannot be read. */
    private static String sourceLine(String filename, int lineno) {
        if (lineno < 1 || filename.startsWith("<") || !org.taipan.sandbox.TrustedRoots.mayShowSource(filename)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(filename), StandardCharsets.UTF_8);
            if (lineno > lines.size()) {
                return null;
            }
            String s = lines.get(lineno - 1);
            int i = 0;
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
                i++;
            }
            return s.substring(i);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
