package org.taipan.repl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * Module names for {@code import x<TAB>} and {@code from x<TAB>} (CPython's readline completer
 * has none; IPython's are the model): top-level names are the builtin modules and the modules
 * and packages found in the {@code sys.path} directories; {@code a.b<TAB>} lists the
 * submodules in package {@code a}'s {@code __path__} and the modules bound as attributes of
 * {@code a} (so {@code os.path}). A parent not yet imported is imported first, as IPython does;
 * its import errors give no completions.
 *
 * <p>The caller holds the GIL.
 */
final class ModuleCompletions {
    private final Interpreter interp;

    ModuleCompletions(Interpreter interp) {
        this.interp = interp;
    }

    /**
     * For {@code from module import prefix<TAB>}: the public names of {@code module} (its
     * {@code __all__} if it has one, else its names not starting with {@code _}) and its
     * submodules, that start with {@code prefix}, sorted.
     */
    List<String> namesIn(String module, String prefix) {
        PyObject m = importedModule(module);
        if (m == null || prefix.contains(".")) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>();
        PyObject all = Abstract.lookupAttr(m, PyStr.of("__all__"));
        if (all != null) {
            for (PyObject n : Abstract.toArray(all)) {
                names.add(Abstract.str(n).toString());
            }
        } else if (m instanceof PyModule mod) {
            PyDict d = mod.dict();
            for (int i = 0; i < d.size(); i++) {
                if (d.keyAt(i) instanceof PyStr key) {
                    names.add(key.toString());
                }
            }
        }
        PyObject path = Abstract.lookupAttr(m, PyStr.of("__path__"));
        if (path != null) {
            for (PyObject dir : Abstract.toArray(path)) {
                listDirectory(Abstract.str(dir).toString(), names);
            }
        }
        return startingWith(names, "", prefix);
    }

    /** The dotted module names that start with {@code text}, sorted. */
    List<String> complete(String text) {
        int dot = text.lastIndexOf('.');
        TreeSet<String> names = new TreeSet<>();
        if (dot < 0) {
            topLevel(names);
            return startingWith(names, "", text);
        }
        String parent = text.substring(0, dot);
        PyObject module = importedModule(parent);
        if (module == null) {
            return List.of();
        }
        PyObject path = Abstract.lookupAttr(module, PyStr.of("__path__"));
        if (path != null) {
            for (PyObject dir : Abstract.toArray(path)) {
                listDirectory(Abstract.str(dir).toString(), names);
            }
        }
        if (module instanceof PyModule m) {
            PyDict d = m.dict();
            for (int i = 0; i < d.size(); i++) {
                if (d.keyAt(i) instanceof PyStr key && d.valueAt(i) instanceof PyModule) {
                    names.add(key.toString());
                }
            }
        }
        return startingWith(names, parent + ".", text.substring(dot + 1));
    }

    private static List<String> startingWith(TreeSet<String> names, String prefix, String part) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (n.startsWith(part) && (part.startsWith("_") || !n.startsWith("_"))) {
                out.add(prefix + n);
            }
        }
        return out;
    }

    private void topLevel(TreeSet<String> names) {
        PyObject builtin = interp.sysAttribute("builtin_module_names");
        if (builtin != null) {
            for (PyObject n : Abstract.toArray(builtin)) {
                names.add(Abstract.str(n).toString());
            }
        }
        PyObject path = interp.sysAttribute("path");
        if (path != null) {
            for (PyObject entry : Abstract.toArray(path)) {
                if (entry instanceof PyStr s) {
                    listDirectory(s.toString().isEmpty() ? "." : s.toString(), names);
                }
            }
        }
    }

    /** Adds the importable names in directory {@code dir}: {@code x.py} and package directories. */
    private static void listDirectory(String dir, TreeSet<String> names) {
        Path p;
        try {
            p = Path.of(dir);
        } catch (RuntimeException e) {
            return;
        }
        if (!Files.isDirectory(p)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(p)) {
            for (Path e : entries) {
                String file = e.getFileName().toString();
                if (file.endsWith(".py") && NameCompletions.isIdentifier(file.substring(0, file.length() - 3))) {
                    String name = file.substring(0, file.length() - 3);
                    if (!name.equals("__init__") && !name.equals("__main__")) {
                        names.add(name);
                    }
                } else if (NameCompletions.isIdentifier(file) && Files.isDirectory(e)) {
                    names.add(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable directory has nothing to offer
        }
    }

    /** Module {@code name} from {@code sys.modules}, imported if needed; null if it cannot be. */
    private PyObject importedModule(String name) {
        for (String part : name.split("\\.", -1)) {
            if (!NameCompletions.isIdentifier(part)) {
                return null;
            }
        }
        try {
            PyObject m = interp.modules().getItem(PyStr.of(name));
            if (m == null) {
                interp.importModule(name, new PyDict(), PyNone.NONE, 0);
                m = interp.modules().getItem(PyStr.of(name));
            }
            return m;
        } catch (PyException e) {
            return null;
        }
    }
}
