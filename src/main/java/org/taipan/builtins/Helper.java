package org.taipan.builtins;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * The {@code help} builtin, minimal: CPython's {@code site._Helper} starts {@code pydoc}, which
 * Taipan does not have, so {@code help(obj)} prints the object's repr and docstring to
 * {@code sys.stdout} and {@code help()} prints a one-line note. Its repr is CPython's.
 */
final class Helper extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("_sitebuiltins._Helper", PyType.OBJECT);
    static final Helper INSTANCE = new Helper();

    static {
        TYPE.tp_repr = o -> PyStr.of("Type help() for interactive help, or help(object) for help about object.");
        TYPE.tp_call = (self, a, k) -> {
            Args.check("help", a, k, 0, 1);
            Interpreter interp = ThreadState.current().interpreter;
            PyObject out = interp.sysAttribute("stdout");
            String text;
            if (a.length == 0) {
                text = "Interactive help is not available in Taipan; use help(object).\n";
            } else {
                PyObject doc = Abstract.lookupAttr(a[0], PyStr.of("__doc__"));
                text = "Help on " + Abstract.repr(a[0]) + ":\n\n"
                        + (doc instanceof PyStr d ? d.toString() : "(no documentation)") + "\n";
            }
            Callables.callAttr(out, "write", PyStr.of(text));
            return PyNone.NONE;
        };
        TYPE.ready();
    }

    private Helper() {}

    @Override
    public PyType type() {
        return TYPE;
    }
}
