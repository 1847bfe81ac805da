package org.taipan.builtins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.taipan.imports.StdlibLocator;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * The builtins CPython's {@code site} adds for people at the prompt ({@code Lib/_sitebuiltins.py},
 * set by {@code site.setquit} and {@code site.setcopyright}): {@code exit} and {@code quit}, whose
 * repr says how to leave, and {@code copyright}, {@code credits} and {@code license}, which the
 * banner names: their repr is the text (or, for a text over 23 lines, "Type license() to see the
 * full license text"), and calling one pages the text 23 lines at a time. Installed with the
 * other builtins, for scripts and the console alike, as CPython's {@code site} does at start-up;
 * {@code -S} removes them ({@link Interpreter}). Written in Java rather than imported from the
 * standard library's {@code _sitebuiltins.py} so that start-up imports nothing (the first import
 * costs a tenth of a second, and that module needs {@code os} for the license files); the texts
 * are read on first use. What a program can see of CPython's Python classes is kept: the types'
 * names and {@code __module__}, an instance {@code __dict__} with the attributes their
 * {@code __init__} sets, and a {@code __call__} whose signature {@code inspect.signature} reads
 * ({@code (code=None)}, {@code ()}).
 */
final class SiteBuiltins {
    private SiteBuiltins() {}

    /** {@code _Printer.MAXLINES}. */
    static final int MAX_LINES = 23;

    private static final String CREDITS =
            "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
            + "    for supporting Python development.  See www.python.org for more information.";

    /** What {@code site.setquit} tells {@code Quitter} the end-of-file key is on POSIX. */
    private static final PyStr EOF = PyStr.of("Ctrl-D (i.e. EOF)");

    /** {@code _sitebuiltins.Quitter}: {@code exit(code=None)} closes {@code sys.stdin} and raises SystemExit. */
    static final PyType QUITTER = sitebuiltinsType("Quitter");

    /** {@code _sitebuiltins._Printer}. */
    static final PyType PRINTER = sitebuiltinsType("_Printer");

    /**
     * A class of {@code _sitebuiltins} as a builtin type: named as the Python class is (so
     * messages say {@code 'Quitter' object}), with that module as its {@code __module__} (which
     * its instances show too) and instances with a {@code __dict__}.
     */
    static PyType sitebuiltinsType(String name) {
        PyType t = PyType.builtinFinal(name, PyType.OBJECT);
        t.addAttr("__module__", PyStr.of("_sitebuiltins"));
        ObjectSlots.addInstanceDict(t);
        return t;
    }

    /**
     * Installs {@code call} as {@code t}'s call slot and as its {@code __call__} method, a method
     * with the text signature {@code signature}: in CPython {@code __call__} is a Python method,
     * whose signature {@code inspect.signature} reads (a slot wrapper it refuses).
     */
    static void installCall(PyType t, org.taipan.runtime.PyMethodDescr.Impl call, String signature) {
        t.tp_call = call::call;
        t.addAttr("__call__", new org.taipan.runtime.PyMethodDescr(t, "__call__", call).withTextSignature(signature));
    }

    static {
        QUITTER.tp_repr = o -> PyStr.of("Use " + Abstract.str(Abstract.getAttr(o, "name")) + "() or "
                + Abstract.str(Abstract.getAttr(o, "eof")) + " to exit");
        installCall(QUITTER, (self, a, k) -> {
            PyObject code = quitterCode(a, k);
            PyObject stdin = ThreadState.current().interpreter.sysAttribute("stdin");
            try {
                if (stdin != null && stdin != PyNone.NONE) {
                    Callables.callAttr(stdin, "close");
                }
            } catch (PyException e) {
                // as _sitebuiltins: a stdin that cannot be closed does not keep the program alive
            }
            throw Errors.of(ExceptionTypes.SystemExit, code);
        }, "($self, /, code=None)");
        QUITTER.ready();
        PRINTER.addAttr("MAXLINES", org.taipan.runtime.PyInt.of(MAX_LINES));
        PRINTER.tp_repr = o -> {
            Printer p = (Printer) o;
            List<String> lines = p.lines();
            return PyStr.of(lines.size() <= MAX_LINES ? String.join("\n", lines)
                    : "Type " + p.name + "() to see the full " + p.name + " text");
        };
        installCall(PRINTER, (self, a, k) -> {
            // _Printer.__call__(self) is a Python method: its argument errors are a function's.
            if (k != null && k.length > 0) {
                throw Errors.typeError("_Printer.__call__() got an unexpected keyword argument '%s'", k[0]);
            }
            if (a.length > 0) {
                throw Errors.typeError("_Printer.__call__() takes 1 positional argument but %d were given", a.length + 1);
            }
            ((Printer) self).page(ThreadState.current().interpreter);
            return PyNone.NONE;
        }, "($self, /)");
        PRINTER.ready();
    }

    /** The {@code code} argument of {@code Quitter.__call__(self, code=None)}, with a Python function's argument errors. */
    private static PyObject quitterCode(PyObject[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        int npos = a.length - nk;
        if (npos > 1) {
            throw Errors.typeError("Quitter.__call__() takes from 1 to 2 positional arguments but %d were given",
                    npos + 1);
        }
        PyObject code = npos == 1 ? a[0] : PyNone.NONE;
        for (int i = 0; i < nk; i++) {
            if (!k[i].equals("code")) {
                throw Errors.typeError("Quitter.__call__() got an unexpected keyword argument '%s'", k[i]);
            }
            if (npos == 1) {
                throw Errors.typeError("Quitter.__call__() got multiple values for argument 'code'");
            }
            code = a[npos + i];
        }
        return code;
    }

    /** {@code Quitter(name, eof)}: its {@code __dict__} holds {@code name} and {@code eof}, which its repr shows. */
    private static final class Quitter extends PyObject implements HasDict {
        private final PyDict dict = new PyDict();

        Quitter(String name) {
            dict.setItem(PyStr.of("name"), PyStr.of(name));
            dict.setItem(PyStr.of("eof"), EOF);
        }

        @Override
        public PyType type() {
            return QUITTER;
        }

        @Override
        public PyDict dict() {
            return dict;
        }
    }

    /**
     * {@code _Printer(name, data, files, dirs)}. Its {@code __dict__} holds the private attributes
     * CPython's {@code __init__} sets ({@code _Printer__name}, {@code _Printer__data},
     * {@code _Printer__lines}, {@code _Printer__filenames}), made on first request because the
     * copyright text comes from {@code sys}, which does not exist yet when the builtins are made.
     */
    private static final class Printer extends PyObject implements HasDict {
        final String name;
        private final Supplier<String> data;
        private final Supplier<List<Path>> files;
        private List<String> lines;
        private PyDict dict;

        /** {@code _Printer(name, data, files)}, with the text and the candidate files found on first use. */
        Printer(String name, Supplier<String> data, Supplier<List<Path>> files) {
            this.name = name;
            this.data = data;
            this.files = files;
        }

        @Override
        public PyType type() {
            return PRINTER;
        }

        @Override
        public PyDict dict() {
            if (dict == null) {
                dict = new PyDict();
                dict.setItem(PyStr.of("_Printer__name"), PyStr.of(name));
                dict.setItem(PyStr.of("_Printer__data"), PyStr.of(data.get()));
                dict.setItem(PyStr.of("_Printer__lines"), PyNone.NONE);
                List<PyObject> names = new ArrayList<>();
                for (Path f : files.get()) {
                    names.add(PyStr.of(f.toString()));
                }
                dict.setItem(PyStr.of("_Printer__filenames"), new PyList(names.toArray(new PyObject[0])));
                if (lines != null) {
                    publishLines();
                }
            }
            return dict;
        }

        // no dictIfMade() returning null: attribute lookups must see the attributes it starts with

        /** What {@code __setup} leaves in the instance dict once the text is read. */
        private void publishLines() {
            PyObject[] l = new PyObject[lines.size()];
            for (int i = 0; i < l.length; i++) {
                l[i] = PyStr.of(lines.get(i));
            }
            dict.setItem(PyStr.of("_Printer__lines"), new PyList(l));
            dict.setItem(PyStr.of("_Printer__linecnt"), org.taipan.runtime.PyInt.of(l.length));
        }

        /** The first readable file's text, else {@code data}, as lines ({@code __setup}). */
        List<String> lines() {
            if (lines == null) {
                String text = null;
                for (Path f : files.get()) {
                    try {
                        text = Files.readString(f, StandardCharsets.UTF_8);
                        break;
                    } catch (IOException | RuntimeException e) {
                        // the next candidate
                    }
                }
                if (text == null || text.isEmpty()) {
                    text = data.get();
                }
                lines = List.of(text.split("\n", -1));
                if (dict != null) {
                    publishLines();
                }
            }
            return lines;
        }

        /**
         * {@code _Printer.__call__}: {@link #MAX_LINES} lines at a time, asking "Hit Return for
         * more, or q (and Return) to quit: " after each full page (after the last one too when
         * the text fills it exactly, as CPython's loop finds the end only on the next page).
         */
        void page(Interpreter interp) {
            List<String> all = lines();
            PyObject print = interp.builtins().getItem(PyStr.of("print"));
            PyObject input = interp.builtins().getItem(PyStr.of("input"));
            for (int line = 0; ; line += MAX_LINES) {
                for (int i = line; i < Math.min(all.size(), line + MAX_LINES); i++) {
                    Callables.call(print, PyStr.of(all.get(i)));
                }
                if (line + MAX_LINES > all.size()) {
                    return;
                }
                String key;
                do {
                    key = Abstract.str(Callables.call(input,
                            PyStr.of("Hit Return for more, or q (and Return) to quit: "))).toString();
                } while (!key.isEmpty() && !key.equals("q"));
                if (key.equals("q")) {
                    return;
                }
            }
        }
    }

    /** Sets {@code exit}, {@code quit}, {@code copyright}, {@code credits} and {@code license} in the builtins module {@code m}. */
    static void install(PyModule m) {
        m.set("exit", new Quitter("exit"));
        m.set("quit", new Quitter("quit"));
        m.set("copyright", new Printer("copyright", SiteBuiltins::copyright, List::of));
        m.set("credits", new Printer("credits", () -> CREDITS, List::of));
        m.set("license", new Printer("license", () -> "See https://www.python.org/psf/license/",
                SiteBuiltins::licenseFiles));
    }

    /** {@code sys.copyright} of the calling thread's interpreter, as {@code site.setcopyright} passes it. */
    private static String copyright() {
        PyObject c = ThreadState.current().interpreter.sysAttribute("copyright");
        return c == null ? "" : Abstract.str(c).toString();
    }

    /** Where {@code site.setcopyright} looks for the license: LICENSE.txt or LICENSE above, in and beside the standard library. */
    private static List<Path> licenseFiles() {
        List<Path> found = new ArrayList<>();
        try {
            StdlibLocator.Location stdlib = StdlibLocator.locate();
            if (stdlib.found()) {
                for (Path dir : new Path[] {stdlib.dir().resolve(".."), stdlib.dir(), Path.of(".")}) {
                    found.add(dir.resolve("LICENSE.txt"));
                    found.add(dir.resolve("LICENSE"));
                }
            }
        } catch (RuntimeException e) {
            // no standard library: the short text
        }
        return found;
    }
}
