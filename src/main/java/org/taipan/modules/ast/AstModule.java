package org.taipan.modules.ast;

import java.util.HashMap;
import java.util.Map;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyMethodDescr;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * The {@code _ast} module (CPython's Python/Python-ast.c): the node classes of the abstract
 * grammar, made per interpreter as ordinary (mutable) classes of module {@code ast}, because the
 * stdlib's ast.py adds properties to them ({@code Constant.n}); and the {@code PyCF_*} flags of
 * {@code compile()}. {@link AstToPython} converts the parser's records into these objects,
 * {@link PythonToAst} converts them back for {@code compile()} of an AST object.
 */
public final class AstModule {
    private AstModule() {}

    /** {@code PyCF_ONLY_AST}: {@code compile()} returns the tree instead of code. */
    public static final int PyCF_ONLY_AST = 0x400;
    public static final int PyCF_TYPE_COMMENTS = 0x1000;
    public static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    /** Builds the module: {@code AST}, every sum, constructor and product class, and the flags. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_ast", true);
        Map<String, PyType> types = new HashMap<>();
        PyType ast = newClass("AST", PyType.OBJECT, null);
        ast.dict().setItem(PyStr.of("_fields"), PyTuple.EMPTY);
        ast.dict().setItem(PyStr.of("_attributes"), PyTuple.EMPTY);
        Abstract.setAttr(ast, PyStr.of("__init__"), new PyMethodDescr(ast, "__init__", AstModule::init));
        Abstract.setAttr(ast, PyStr.of("__reduce__"), new PyMethodDescr(ast, "__reduce__", AstModule::reduce));
        // ast_type_new is PyType_GenericNew: extra arguments are left to __init__, so a subclass
        // with its own __new__ (ast.py's deprecated Num, Str...) may pass them on.
        PyObject objectNew = Abstract.getAttr(PyType.OBJECT, PyStr.of("__new__"));
        Abstract.setAttr(ast, PyStr.of("__new__"), new org.taipan.runtime.PyStaticMethod(
                new org.taipan.runtime.PyBuiltinFunction("__new__", (a, k) -> {
                    if (a.length - (k == null ? 0 : k.length) < 1) {
                        throw Errors.typeError("AST.__new__(): not enough arguments");
                    }
                    return org.taipan.runtime.Callables.call(objectNew, a[0]);
                })));
        types.put("AST", ast);
        m.set("AST", ast);
        for (AstSpec.Kind k : AstSpec.KINDS.values()) {
            PyType t = newClass(k.name(), types.get(k.base()), k.doc());
            PyDict d = t.dict();
            d.setItem(PyStr.of("_fields"), names(k.fields()));
            if (!k.isSum()) {
                d.setItem(PyStr.of("__match_args__"), names(k.fields()));
            }
            if (!k.attributes().isEmpty() || !k.isSum() && k.base().equals("AST")) {
                d.setItem(PyStr.of("_attributes"), names(k.attributes()));
            }
            // Optional fields and attributes read as None when a node was made without them.
            for (AstSpec.Field f : k.fields()) {
                if (f.quantifier() == '?') {
                    d.setItem(PyStr.of(f.name()), PyNone.NONE);
                }
            }
            for (AstSpec.Field f : k.attributes()) {
                if (f.quantifier() == '?') {
                    d.setItem(PyStr.of(f.name()), PyNone.NONE);
                }
            }
            t.modified();
            types.put(k.name(), t);
            m.set(k.name(), t);
        }
        m.set("PyCF_ONLY_AST", PyInt.of(PyCF_ONLY_AST));
        m.set("PyCF_TYPE_COMMENTS", PyInt.of(PyCF_TYPE_COMMENTS));
        m.set("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.of(PyCF_ALLOW_TOP_LEVEL_AWAIT));
        return m;
    }

    /** True when {@code o} is an instance of this interpreter's {@code _ast.AST} (the module is loaded then). */
    public static boolean isAstNode(PyObject o) {
        PyObject mod = org.taipan.runtime.ThreadState.current().interpreter.modules().getItem(PyStr.of("_ast"));
        return mod instanceof PyModule m && m.dict().getItem(PyStr.of("AST")) instanceof PyType ast
                && o.type().isSubtypeOf(ast);
    }

    private static PyType newClass(String name, PyType base, String doc) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("ast"));
        if (doc != null) {
            ns.setItem(PyStr.of("__doc__"), PyStr.of(doc));
        }
        return PyType.newHeapType(PyType.TYPE, name, new PyType[] {base}, ns);
    }

    private static PyTuple names(java.util.List<AstSpec.Field> fields) {
        PyObject[] n = new PyObject[fields.size()];
        for (int i = 0; i < n.length; i++) {
            n[i] = PyStr.of(fields.get(i).name());
        }
        return PyTuple.of(n);
    }

    /**
     * {@code AST.__init__(*args, **kwargs)} (ast_type_init): positional arguments fill
     * {@code _fields} in order, keywords set any attribute.
     *
     * @throws org.taipan.runtime.PyException TypeError "X constructor takes at most N positional
     *         arguments", "X got multiple values for argument 'f'"
     */
    private static PyObject init(PyObject self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        PyObject fieldsObj = Abstract.lookupAttr(self.type(), PyStr.of("_fields"));
        PyObject[] fields = fieldsObj == null ? new PyObject[0] : Abstract.toArray(fieldsObj);
        String typeName = self.type().name();
        if (npos > fields.length) {
            throw Errors.typeError("%s constructor takes at most %d positional argument%s", typeName, fields.length,
                    fields.length == 1 ? "" : "s");
        }
        for (int i = 0; i < npos; i++) {
            Abstract.setAttr(self, (PyStr) fields[i], args[i]);
        }
        for (int i = 0; i < nkw; i++) {
            PyStr key = PyStr.of(kwnames[i]);
            for (int p = 0; p < npos; p++) {
                if (Abstract.richCompareBool(fields[p], key, org.taipan.runtime.CompareOp.EQ)) {
                    throw Errors.typeError("%s got multiple values for argument '%s'", typeName, kwnames[i]);
                }
            }
            Abstract.setAttr(self, key, args[npos + i]);
        }
        return PyNone.NONE;
    }

    /** {@code AST.__reduce__()} (ast_type_reduce): {@code (type(self), (), self.__dict__)}. */
    private static PyObject reduce(PyObject self, PyObject[] args, String[] kwnames) {
        org.taipan.runtime.Args.noArgs("__reduce__", args, kwnames);
        PyObject dict = Abstract.lookupAttr(self, PyStr.of("__dict__"));
        return dict == null ? PyTuple.of(self.type(), PyTuple.EMPTY) : PyTuple.of(self.type(), PyTuple.EMPTY, dict);
    }
}
