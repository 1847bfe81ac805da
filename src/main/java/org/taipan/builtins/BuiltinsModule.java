package org.taipan.builtins;

import java.util.Map;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyClassMethod;
import org.taipan.runtime.PyComplex;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyEllipsis;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyProperty;
import org.taipan.runtime.PyRange;
import org.taipan.runtime.PySet;
import org.taipan.runtime.PySlice;
import org.taipan.runtime.PyStaticMethod;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PySuper;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * The {@code builtins} module of one interpreter: the builtin types (shared, immutable),
 * the exception classes, and the builtin functions, which are made per interpreter because
 * some ({@code print}, {@code input}) use its streams.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("builtins", true);
        m.set("__doc__", PyStr.of("Built-in functions, exceptions, and other objects."));
        m.set("None", PyNone.NONE);
        m.set("True", PyBool.TRUE);
        m.set("False", PyBool.FALSE);
        m.set("Ellipsis", PyEllipsis.ELLIPSIS);
        m.set("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        m.set("__debug__", PyBool.TRUE);
        for (PyType t : new PyType[] {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyComplex.TYPE,
                PyStr.TYPE, PyBytes.TYPE, org.taipan.runtime.PyByteArray.TYPE,
                org.taipan.runtime.PyMemoryView.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZENSET,
                PyRange.TYPE, PySlice.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE, PyProperty.TYPE, PySuper.TYPE,
                IteratorTypes.ENUMERATE, IteratorTypes.ZIP, IteratorTypes.MAP, IteratorTypes.FILTER,
                org.taipan.runtime.ReversedIterator.TYPE}) {
            m.set(t.name(), t);
        }
        for (Map.Entry<String, PyType> e : ExceptionTypes.ALL.entrySet()) {
            m.set(e.getKey(), e.getValue());
        }
        m.set("EnvironmentError", ExceptionTypes.OSError);
        m.set("IOError", ExceptionTypes.OSError);
        SuperSupport.install();
        for (PyType t : new PyType[] {PyList.TYPE, PyDict.TYPE, PyTuple.TYPE, PySet.TYPE, PySet.FROZENSET,
                IteratorTypes.ENUMERATE, ExceptionTypes.BaseExceptionGroup}) {
            if (t.dict().getItem(PyStr.of("__class_getitem__")) == null) {
                org.taipan.runtime.PyGenericAlias.install(t);
            }
        }
        PrintFunctions.register(m, interp);
        ObjectFunctions.register(m, interp);
        NumberFunctions.register(m);
        IterationFunctions.register(m);
        org.taipan.interp.AsyncBuiltins.install(m);
        CodeFunctions.register(m, interp);
        m.set("open", org.taipan.modules.io.IOModule.openFunction());
        m.set("__build_class__", new PyBuiltinFunction("__build_class__", ClassBuilder::buildClass));
        for (int i = 0; i < m.dict().size(); i++) {
            if (m.dict().valueAt(i) instanceof PyBuiltinFunction f) {
                f.setModule(m);
            }
        }
        return m;
    }

    /** A module written in Java by name ({@code math}, ...), or null. */
    public static PyModule createBuiltinModule(Interpreter interp, String name) {
        return switch (name) {
            case "math" -> MathModule.create();
            case "gc" -> org.taipan.modules.gc.GcModule.create(interp);
            case "_io" -> org.taipan.modules.io.IOModule.create(interp.builtins().getItem(PyStr.of("open")));
            case "posix" -> org.taipan.modules.posix.PosixModule.create();
            case "_thread" -> org.taipan.modules.thread.ThreadModule.create(interp);
            case "itertools" -> org.taipan.modules.itertools.ItertoolsModule.create();
            case "_weakref" -> org.taipan.modules.weakref.WeakrefModule.create();
            case "_functools" -> org.taipan.modules.functools.FunctoolsModule.create();
            case "_collections" -> org.taipan.modules.collections.CollectionsModule.create();
            default -> null;
        };
    }
}
