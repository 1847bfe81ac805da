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
 * standard library's {@code _sitebuiltins.py} so that start-up imports nothing (that module
 * needs {@code os} for the license files); the texts are read on first use.
 */
final class SiteBuiltins {
    private SiteBuiltins() {}

    /** {@code _Printer.MAXLINES}. */
    static final int MAX_LINES = 23;

    private static final String CREDITS =
            "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
            + "    for supporting Python development.  See www.python.org for more information.";

    /** {@code _sitebuiltins.Quitter}: {@code exit(code=None)} closes {@code sys.stdin} and raises SystemExit. */
    static final PyType QUITTER = PyType.builtinFinal("_sitebuiltins.Quitter", PyType.OBJECT);

    /** {@code _sitebuiltins._Printer}. */
    static final PyType PRINTER = PyType.builtinFinal("_sitebuiltins._Printer", PyType.OBJECT);

    static {
        QUITTER.tp_repr = o -> PyStr.of("Use " + ((Quitter) o).name + "() or Ctrl-D (i.e. EOF) to exit");
        QUITTER.tp_call = (self, a, k) -> {
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
        };
        QUITTER.ready();
        PRINTER.tp_repr = o -> {
            Printer p = (Printer) o;
            List<String> lines = p.lines();
            return PyStr.of(lines.size() <= MAX_LINES ? String.join("\n", lines)
                    : "Type " + p.name + "() to see the full " + p.name + " text");
        };
        PRINTER.tp_call = (self, a, k) -> {
            // _Printer.__call__(self) is a Python method: its argument errors are a function's.
            if (k != null && k.length > 0) {
                throw Errors.typeError("_Printer.__call__() got an unexpected keyword argument '%s'", k[0]);
            }
            if (a.length > 0) {
                throw Errors.typeError("_Printer.__call__() takes 1 positional argument but %d were given", a.length + 1);
            }
            ((Printer) self).page(ThreadState.current().interpreter);
            return PyNone.NONE;
        };
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

    private static final class Quitter extends PyObject {
        final String name;

        Quitter(String name) {
            this.name = name;
        }

        @Override
        public PyType type() {
            return QUITTER;
        }
    }

    private static final class Printer extends PyObject {
        final String name;
        private final Supplier<String> data;
        private final Supplier<List<Path>> files;
        private List<String> lines;

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

        /** The first readable file's text, else {@code data}, as lines ({@code __setup}). */
        List<String> lines() {
            if (lines == null) {
                String text = data.get();
                for (Path f : files.get()) {
                    try {
                        text = Files.readString(f, StandardCharsets.UTF_8);
                        break;
                    } catch (IOException | RuntimeException e) {
                        // the next candidate
                    }
                }
                lines = List.of(text.split("\n", -1));
            }
            return lines;
        }

        /** {@code _Printer.__call__}: 23 lines, then "Hit Return for more, or q (and Return) to quit: ". */
        void page(Interpreter interp) {
            List<String> all = lines();
            PyObject print = interp.builtins().getItem(PyStr.of("print"));
            PyObject input = interp.builtins().getItem(PyStr.of("input"));
            for (int line = 0; line < all.size(); line += MAX_LINES) {
                for (int i = line; i < Math.min(all.size(), line + MAX_LINES); i++) {
                    Callables.call(print, PyStr.of(all.get(i)));
                }
                if (line + MAX_LINES >= all.size()) {
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
