package org.taipan.runtime;

/**
 * A function implemented in Java: a builtin such as {@code print} ({@code self == null}) or a
 * builtin method bound to its object ({@code [].append}). CPython's
 * {@code builtin_function_or_method} (and {@code method-wrapper} for bound slot wrappers).
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("builtin_function_or_method", PyType.OBJECT);
    public static final PyType METHOD_WRAPPER = PyType.builtinFinal("method-wrapper", PyType.OBJECT);

    static {
        for (PyType t : new PyType[] {TYPE, METHOD_WRAPPER}) {
            t.tp_call = (f, args, kw) -> ((PyBuiltinFunction) f).call(args, kw);
            t.tp_repr = PyBuiltinFunction::repr;
            t.addAttr("__name__", new PyGetSetDescr(t, "__name__", o -> PyStr.of(((PyBuiltinFunction) o).name), null));
            t.addAttr("__qualname__", new PyGetSetDescr(t, "__qualname__", o -> {
                PyBuiltinFunction f = (PyBuiltinFunction) o;
                if (f.wrapper && f.sigOwner != null) {
                    // a method-wrapper is named by its slot wrapper's type (wrapper_qualname: K().__str__
                    // is object.__str__), a builtin method by its self's type (meth_get__qualname__)
                    return PyStr.of(f.sigOwner.qualname() + "." + f.name);
                }
                if (f.staticOwner != null) {
                    // meth_get__qualname__ reads the hidden self a static method keeps: its type
                    return PyStr.of(f.staticOwner.qualname() + "." + f.name);
                }
                return PyStr.of(f.self == null || f.moduleLevel ? f.name
                        : (f.self instanceof PyType st ? st.qualname() : f.self.type().qualname()) + "." + f.name);
            }, null));
            t.addAttr("__self__", new PyGetSetDescr(t, "__self__", o -> {
                PyBuiltinFunction f = (PyBuiltinFunction) o;
                if (f.self == null && f.selfModule != null) {
                    ThreadState ts = ThreadState.currentOrNull();
                    return ts == null ? PyNone.NONE : ts.interpreter.importModule(f.selfModule, null, null, 0);
                }
                return f.self == null ? PyNone.NONE : f.self;
            }, null));
            t.addAttr("__module__", new PyGetSetDescr(t, "__module__", o -> {
                PyBuiltinFunction f = (PyBuiltinFunction) o;
                if (f.moduleLevel) {
                    PyObject n = ((PyModule) f.self).dict().getItem(PyStr.of("__name__"));
                    return n == null ? PyNone.NONE : n;
                }
                if (f.self == null && !f.moduleless && f.staticOwner == null) {
                    return PyStr.of(f.moduleName != null ? f.moduleName : "builtins");
                }
                return PyNone.NONE;
            }, null));
            t.addAttr("__doc__", new PyGetSetDescr(t, "__doc__", o -> ((PyBuiltinFunction) o).doc(), null));
            if (t == METHOD_WRAPPER) {
                // wrapper_objclass: the class whose slot wrapper was bound
                t.addAttr("__objclass__", new PyGetSetDescr(t, "__objclass__", o -> {
                    PyType owner = ((PyBuiltinFunction) o).sigOwner;
                    return owner == null ? PyNone.NONE : owner;
                }, null));
            }
            t.addAttr("__text_signature__", new PyGetSetDescr(t, "__text_signature__",
                    o -> ((PyBuiltinFunction) o).textSignature(), null));
            // CPython's meth_richcompare / wrapper_richcompare: the same method bound to the same object
            t.tp_richcompare = (a, b, op) -> {
                if (!(b instanceof PyBuiltinFunction y) || a.type() != b.type()
                        || op != CompareOp.EQ && op != CompareOp.NE) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                PyBuiltinFunction x = (PyBuiltinFunction) a;
                boolean eq = x.self == y.self && x.method == y.method;
                return PyBool.of(eq == (op == CompareOp.EQ));
            };
            t.tp_hash = o -> {
                PyBuiltinFunction f = (PyBuiltinFunction) o;
                return System.identityHashCode(f.self) ^ System.identityHashCode(f.method);
            };
            t.addMethod("__reduce__", Reductions::builtinFunction);
            t.ready();
        }
    }

    /** A module-level builtin: just the arguments. */
    @FunctionalInterface
    public interface Body {
        PyObject call(PyObject[] args, String[] kwnames);
    }

    /**
     * A builtin without {@code self} called with exactly one positional argument and no keywords:
     * what the {@link Body} does for that call, without the array or the count check (CPython's
     * {@code METH_O} body as {@code CALL_NO_KW_BUILTIN_O} calls it).
     */
    @FunctionalInterface
    public interface OneArg {
        PyObject call(PyObject arg);
    }

    /** A builtin without {@code self} called with exactly two positional arguments; see {@link OneArg}. */
    @FunctionalInterface
    public interface TwoArgs {
        PyObject call(PyObject arg1, PyObject arg2);
    }

    private final String name;
    private PyObject self;
    /** The array-free bodies (null where there is none), set once when the builtin is made. */
    private OneArg oneArg;
    private TwoArgs twoArgs;
    private final PyMethodDescr.Impl impl;
    /** What makes two bound builtins equal besides their self: the body they share (CPython's {@code ml_meth}). */
    private Object method;
    private final boolean wrapper;
    private final boolean countsRecursion;

    /**
     * The builtins that are METH_O, METH_NOARGS or METH_VARARGS functions in CPython 3.11: a call
     * goes through {@code cfunction_vectorcall_O}/{@code _NOARGS}/{@code cfunction_call}, which
     * count a recursion level (" while calling a Python object"); METH_FASTCALL ones do not.
     */
    private static final java.util.Set<String> RECURSION_CHECKED = java.util.Set.of("repr", "len", "hash", "id",
            "abs", "ascii", "callable", "chr", "hex", "oct", "bin", "ord", "any", "all", "min", "max", "dir", "vars",
            "locals", "globals", "__import__");

    /** Whether calling this builtin counts a recursion level, as its CPython counterpart's calling convention does. */
    public boolean countsRecursion() {
        return countsRecursion;
    }

    /** A builtin function without {@code self}. */
    public PyBuiltinFunction(String name, Body body) {
        this(name, null, (s, a, k) -> body.call(a, k), false);
    }

    PyBuiltinFunction(String name, PyObject self, PyMethodDescr.Impl impl, boolean wrapper) {
        this.name = name;
        this.self = self;
        this.impl = impl;
        this.method = impl;
        this.wrapper = wrapper;
        this.countsRecursion = self == null && !wrapper && RECURSION_CHECKED.contains(name);
    }

    public String name() {
        return name;
    }

    /**
     * A builtin function with array-free bodies for calls with one or two positional arguments
     * (either may be null), each doing exactly what {@code full} does for such a call.
     */
    public PyBuiltinFunction(String name, Body full, OneArg one, TwoArgs two) {
        this(name, full);
        this.oneArg = one;
        this.twoArgs = two;
    }

    /** The one-argument body of a builtin without {@code self}, or null. */
    public OneArg oneArg() {
        return self == null || moduleLevel ? oneArg : null;
    }

    /** The two-argument body of a builtin without {@code self}, or null. */
    public TwoArgs twoArgs() {
        return self == null || moduleLevel ? twoArgs : null;
    }

    /** This function with {@code first} bound as its first argument (a classmethod of a builtin type). */
    PyBuiltinFunction bindFirst(PyObject first) {
        PyBuiltinFunction bound = new PyBuiltinFunction(name, first, (s, a, k) -> {
            PyObject[] all = new PyObject[a.length + 1];
            all[0] = first;
            System.arraycopy(a, 0, all, 1, a.length);
            return impl.call(self, all, k);
        }, false);
        bound.method = method;
        bound.sigOwner = sigOwner;
        return bound;
    }

    /** Makes a module-level builtin report its module as {@code __self__}, as CPython's do. */
    public void setModule(PyModule m) {
        if (self == null) {
            self = m;
            moduleLevel = true;
        }
    }

    /**
     * Makes this function's {@code __module__} None: a C function CPython creates without a
     * module ({@code PyCFunction_NewEx(def, NULL, NULL)}, such as the standard codec error
     * handlers). Only while the function is built.
     *
     * @return this function
     */
    public PyBuiltinFunction withoutModule() {
        moduleless = true;
        return this;
    }

    /** Whether {@code __module__} is None (see {@link #withoutModule}). */
    private boolean moduleless;

    /**
     * Records {@code name} as the {@code __module__} of a function without {@code self} that no
     * module claimed before (Java modules may share such functions between interpreters, so the
     * module object itself is not kept).
     */
    public void claimModuleName(String name) {
        if (self == null && moduleName == null) {
            moduleName = name;
        }
    }

    /**
     * Makes a function shared by every interpreter (so without a module of its own) report the
     * calling interpreter's module {@code module} as {@code __self__}, as CPython's module
     * functions do ({@code builtins.open} is {@code _io}'s): {@code inspect} then drops the
     * {@code $module} of its text signature, which therefore keeps it.
     */
    public void reportModuleAsSelf(String module) {
        if (self == null) {
            selfModule = module;
        }
    }

    /** See {@link #reportModuleAsSelf}; null for none. */
    private volatile String selfModule;

    /**
     * Marks this function as a static method of the builtin type {@code owner} ({@code str.maketrans}):
     * CPython keeps the type as its hidden self ({@code type_add_method} for {@code METH_STATIC}),
     * so it pickles as {@code getattr(owner, name)}, its {@code __qualname__} is
     * {@code owner.name}, its repr {@code <built-in method name of type object at ...>} and its
     * {@code __module__} None, while {@code __self__} stays None.
     *
     * @return this function
     */
    public PyBuiltinFunction staticIn(PyType owner) {
        staticOwner = owner;
        return this;
    }

    /**
     * Records the builtin type whose method this is (a bound method descriptor, a type's
     * {@code __new__}, a builtin class method), where its {@code __text_signature__} is found.
     *
     * @return this function
     */
    PyBuiltinFunction withSignatureOwner(PyType owner) {
        sigOwner = owner;
        return this;
    }

    /** The type that declares this method, for its text signature; null for a plain function. */
    private PyType sigOwner;

    /**
     * {@code __text_signature__} ({@code meth_get__text_signature__}): the signature CPython's
     * docstring of this builtin starts with, from {@link TextSignatures}, or None.
     */
    PyObject textSignature() {
        if (sigOwner != null) {
            return TextSignatures.ofMethod(sigOwner, name, wrapper);
        }
        if (staticOwner != null) {
            return TextSignatures.ofMethod(staticOwner, name, false);
        }
        String module = tableModule();
        if (module == null) {
            return PyNone.NONE;
        }
        PyObject sig = TextSignatures.ofFunction(module, name);
        // A Java module's function has no module as __self__ (it may serve several
        // interpreters), so inspect would take $module for a parameter: it is left out.
        return self == null && moduleName != null && selfModule == null && sig instanceof PyStr ps
                ? PyStr.of(TextSignatures.withoutModule(ps.toString())) : sig;
    }

    /**
     * {@code __doc__} ({@code meth_get__doc__}): the docstring of this builtin from
     * {@link Docstrings}, found as {@link #textSignature} finds its signature, or None.
     */
    PyObject doc() {
        if (sigOwner != null) {
            return Docstrings.ofMethod(sigOwner, name, wrapper);
        }
        if (staticOwner != null) {
            return Docstrings.ofMethod(staticOwner, name, false);
        }
        String module = tableModule();
        return module == null ? PyNone.NONE : Docstrings.ofFunction(module, name);
    }

    /**
     * The module whose section of the signature and docstring tables lists this builtin (a function
     * of a module), or null for one listed under a type or not at all.
     */
    private String tableModule() {
        if (moduleLevel) {
            PyObject n = ((PyModule) self).dict().getItem(PyStr.of("__name__"));
            return n instanceof PyStr ns ? ns.toString() : null;
        }
        if (self == null) {
            return moduleName != null ? moduleName : "builtins";
        }
        return null;
    }

    /** The type of a builtin static method, else null. */
    PyType staticOwner;

    /** The module name of a function without {@code self}, or null for {@code builtins}. */
    private volatile String moduleName;

    /** Whether {@link #self} is only the module of a module-level function (not passed to the body). */
    private boolean moduleLevel;

    /**
     * Whether this is a method-wrapper: a slot wrapper bound to an object, made anew by each
     * attribute access ({@code obj.__init__}, {@code super().__init__}).
     */
    public boolean isMethodWrapper() {
        return wrapper;
    }

    /**
     * Whether this is a method bound to an object (not a module's function, not a plain builtin):
     * made by each attribute access of the method on that object ({@code lst.append}).
     */
    public boolean isBoundMethod() {
        return self != null && !moduleLevel;
    }

    /**
     * What this builtin runs, the same object for every binding of one method to any object
     * (CPython's {@code ml_meth}): {@code a.append} and {@code b.append} of two lists have one body.
     */
    public Object body() {
        return method;
    }

    /** The bound object, or null for a plain builtin function. */
    public PyObject self() {
        return self;
    }

    public PyObject call(PyObject[] args, String[] kwnames) {
        return impl.call(moduleLevel ? null : self, args, kwnames);
    }

    @Override
    public PyType type() {
        return wrapper ? METHOD_WRAPPER : TYPE;
    }

    private static PyObject repr(PyObject o) {
        PyBuiltinFunction f = (PyBuiltinFunction) o;
        if (f.staticOwner != null) {
            // meth_repr shows the owner type a static method keeps as its (uncalled) self
            return PyStr.of("<built-in method " + f.name + " of " + f.staticOwner.type().name() + " object at "
                    + ObjectSlots.address(f.staticOwner) + ">");
        }
        if (f.self == null || f.moduleLevel) {
            return PyStr.of("<built-in function " + f.name + ">");
        }
        String what = f.wrapper ? "<method-wrapper '" + f.name + "' of " : "<built-in method " + f.name + " of ";
        return PyStr.of(what + f.self.type().name() + " object at " + ObjectSlots.address(f.self) + ">");
    }
}
