package org.taipan.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.taipan.imports.StdlibLocator;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
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
 * full license text"), and calling one pages the text 23 lines at a time. Installed when a console
 * starts; scripts keep Taipan's plain {@code exit}/{@code quit}. Not under {@code -S}
 * ({@code exit} is then absent).
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
            Args.check(((Quitter) self).name, a, k, 0, 1);
            PyObject stdin = ThreadState.current().interpreter.sysAttribute("stdin");
            try {
                if (stdin != null && stdin != PyNone.NONE) {
                    Callables.callAttr(stdin, "close");
                }
            } catch (PyException e) {
                // as _sitebuiltins: a stdin that cannot be closed does not keep the program alive
            }
            throw Errors.of(ExceptionTypes.SystemExit, a.length == 0 ? new PyObject[] {PyNone.NONE} : a);
        };
        QUITTER.ready();
        PRINTER.tp_repr = o -> {
            Printer p = (Printer) o;
            List<String> lines = p.lines();
            return PyStr.of(lines.size() <= MAX_LINES ? String.join("\n", lines)
                    : "Type " + p.name + "() to see the full " + p.name + " text");
        };
        PRINTER.tp_call = (self, a, k) -> {
            Args.check(((Printer) self).name, a, k, 0, 0);
            ((Printer) self).page(ThreadState.current().interpreter);
            return PyNone.NONE;
        };
        PRINTER.ready();
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
        private final String data;
        private final List<Path> files;
        private List<String> lines;

        Printer(String name, String data, List<Path> files) {
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
                String text = data;
                for (Path f : files) {
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

    /** Installs them in {@code interp}'s builtins, unless {@code -S} removed {@code exit}. */
    static void install(Interpreter interp) {
        if (interp.builtins().getItem(PyStr.of("exit")) == null) {
            return;
        }
        interp.builtinsModule().set("exit", new Quitter("exit"));
        interp.builtinsModule().set("quit", new Quitter("quit"));
        PyObject copyright = interp.sysAttribute("copyright");
        interp.builtinsModule().set("copyright", new Printer("copyright",
                copyright == null ? "" : Abstract.str(copyright).toString(), List.of()));
        interp.builtinsModule().set("credits", new Printer("credits", CREDITS, List.of()));
        // site.py looks for LICENSE.txt or LICENSE above, in and beside the standard library
        List<Path> licenseFiles = new ArrayList<>();
        try {
            StdlibLocator.Location stdlib = StdlibLocator.locate();
            if (stdlib.found()) {
                for (Path dir : new Path[] {stdlib.dir().resolve(".."), stdlib.dir(), Path.of(".")}) {
                    licenseFiles.add(dir.resolve("LICENSE.txt"));
                    licenseFiles.add(dir.resolve("LICENSE"));
                }
            }
        } catch (RuntimeException e) {
            // no standard library: the short text below
        }
        interp.builtinsModule().set("license", new Printer("license", "See https://www.python.org/psf/license/",
                licenseFiles));
    }
}
