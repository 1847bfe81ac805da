package org.taipan.builtins;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * The {@code help} builtin: as CPython's {@code _sitebuiltins._Helper}, a call imports
 * {@code pydoc} and hands its arguments to {@code pydoc.help} (signatures, methods, modules named by
 * a string, and the interactive help of {@code help()}). Without the standard library's pydoc it
 * falls back to printing the object's repr and docstring to {@code sys.stdout}. Its repr, type
 * name, {@code __module__}, (empty) {@code __dict__} and the signature of its {@code __call__},
 * {@code (*args, **kwds)}, are CPython's. One per builtins module: its dict is the program's.
 */
final class Helper extends org.taipan.modules.TypedObject {
    static final PyType TYPE = SiteBuiltins.sitebuiltinsType("_Helper");

    static {
        TYPE.tp_repr = o -> PyStr.of("Type help() for interactive help, or help(object) for help about object.");
        SiteBuiltins.installCall(TYPE, (self, a, k) -> {
            Interpreter interp = ThreadState.current().interpreter;
            PyObject pydoc;
            try {
                pydoc = interp.importModule("pydoc", new PyDict(), PyNone.NONE, 0);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.ImportError)) {
                    throw e;
                }
                pydoc = null;
            }
            if (pydoc != null) {
                return Callables.call(Abstract.getAttr(pydoc, "help"), a, k);
            }
            Args.check("help", a, k, 0, 1);
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
        }, "($self, /, *args, **kwds)");
        TYPE.ready();
    }

    /** Its instance dict is made when first asked for (empty, as {@code _Helper()} leaves it). */
    Helper() {
        super(TYPE);
    }
}
