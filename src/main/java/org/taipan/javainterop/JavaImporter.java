package org.taipan.javainterop;

import java.util.ArrayList;
import java.util.List;

import org.taipan.imports.ModuleSpec;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The finder and loader of Java packages on {@code sys.meta_path}, after Python's own finders (so
 * a Python module or package of the same name wins): {@code import java.util},
 * {@code from java.util import ArrayList}. It answers for packages under {@code java} and
 * {@code javax}, and under the prefixes a host lists in the {@code -X java-packages=com.example,org.acme}
 * option (the embedding API passes {@code -X} options too). Finding such a package needs the
 * {@link Permission#JAVA} permission: a sandboxed interpreter gets PermissionError.
 *
 * <p>A Java package is a module (with an empty {@code __path__}, so subpackages import) whose
 * attributes are resolved when first read, through the module's {@code __getattr__} (PEP 562): a
 * class of that name becomes its {@link JavaTypes Python type}, a subpackage is imported; the
 * result is kept in the module.
 */
public final class JavaImporter extends PyObject {
    /** The {@code -X} option naming further package prefixes, comma-separated. */
    public static final String PACKAGES_OPTION = "java-packages";

    // A heap type's __module__ in its dict: every finder CPython puts on sys.meta_path (a class, or
    // an instance of a Python class) answers __module__, and code that filters the default finders
    // by it (test_bdb's test_skip) reads it from each entry.
    static final PyType TYPE = PyType.builtinFinal("taipan.JavaImporter", PyType.OBJECT).markFromSpec();

    static {
        TYPE.addMethod("find_spec", (self, a, k) -> {
            PyObject[] b = MethodArgs.bind("find_spec", a, k, 0, "fullname", "path", "target");
            MethodArgs.required("find_spec", b, 0, "fullname");
            return ((JavaImporter) self).findSpec(b[0].toString());
        });
        TYPE.addMethod("create_module", (self, a, k) -> PyNone.NONE);
        TYPE.addMethod("exec_module", (self, a, k) -> {
            PyObject[] b = MethodArgs.bind("exec_module", a, k, 0, "module");
            MethodArgs.required("exec_module", b, 0, "module");
            ((JavaImporter) self).execModule(b[0]);
            return PyNone.NONE;
        });
        TYPE.addMethod("invalidate_caches", (self, a, k) -> PyNone.NONE);
        TYPE.tp_repr = o -> PyStr.of("<taipan.JavaImporter>");
        TYPE.ready();
    }

    private final Interpreter interp;
    private final List<String> prefixes;

    private JavaImporter(Interpreter interp, List<String> prefixes) {
        this.interp = interp;
        this.prefixes = prefixes;
    }

    /** The finder for {@code interp}, with {@code java}, {@code javax} and the prefixes of its {@code -X java-packages}. */
    public static JavaImporter forInterpreter(Interpreter interp) {
        List<String> prefixes = new ArrayList<>(List.of("java", "javax"));
        String extra = interp.options().xOptions().get(PACKAGES_OPTION);
        if (extra != null) {
            for (String p : extra.split(",")) {
                if (!p.isBlank()) {
                    prefixes.add(p.strip());
                }
            }
        }
        return new JavaImporter(interp, List.copyOf(prefixes));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Whether {@code name} is a configured prefix, under one, or an ancestor of one. */
    private boolean answersFor(String name) {
        for (String p : prefixes) {
            if (name.equals(p) || name.startsWith(p + ".") || p.startsWith(name + ".")) {
                return true;
            }
        }
        return false;
    }

    private boolean isAncestorOfPrefix(String name) {
        for (String p : prefixes) {
            if (p.equals(name) || p.startsWith(name + ".")) {
                return true;
            }
        }
        return false;
    }

    private PyObject findSpec(String name) {
        if (!answersFor(name)) {
            return PyNone.NONE;
        }
        requireJava("import " + name);
        if (!isAncestorOfPrefix(name) && !JavaPackages.exists(name)) {
            return PyNone.NONE;
        }
        return new ModuleSpec(PyStr.of(name), this, null, true);
    }

    /**
     * Checks {@link Permission#JAVA} in this finder's interpreter and in the calling thread's:
     * Python code can reach this object through {@code sys.meta_path} and call its methods on
     * modules of its own making, so every way to a Java class checks, not only {@code find_spec}.
     */
    private void requireJava(String what) {
        interp.requirePermission(Permission.JAVA, what);
        org.taipan.runtime.ThreadState ts = org.taipan.runtime.ThreadState.currentOrNull();
        if (ts != null && ts.interpreter != interp) {
            ts.interpreter.requirePermission(Permission.JAVA, what);
        }
    }

    private void execModule(PyObject module) {
        if (!(module instanceof PyModule m)) {
            return;
        }
        requireJava("import " + m.name());
        String pkg = m.name();
        PyBuiltinFunction getattr = new PyBuiltinFunction("__getattr__", (a, k) -> {
            if (a.length != 1 || !(a[0] instanceof PyStr attr)) {
                throw Errors.typeError("__getattr__() takes exactly one str argument");
            }
            return resolve(m, pkg, attr.toString());
        });
        m.set("__getattr__", getattr);
    }

    private PyObject resolve(PyModule m, String pkg, String attr) {
        String full = pkg + "." + attr;
        if (!attr.startsWith("__")) {
            requireJava("import " + full);
            Class<?> c = JavaPackages.loadClass(full);
            if (c != null) {
                if (!JavaMembers.isAccessible(c)) {
                    throw Errors.attributeError("Java class '%s' is not accessible (not public, or its module "
                            + "does not export %s)", full, pkg);
                }
                PyType t = JavaTypes.of(c);
                m.set(attr, t);
                return t;
            }
            if (JavaPackages.exists(full)) {
                interp.importer().importModule(full, null, PyNone.NONE, 0);
                PyObject sub = interp.modules().getItem(PyStr.of(full));
                if (sub != null) {
                    m.set(attr, sub);
                    return sub;
                }
            }
        }
        throw Errors.attributeError("module '%s' has no attribute '%s'", pkg, attr);
    }
}
