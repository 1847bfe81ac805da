package org.taipan.interp;

import org.taipan.code.CodeObject;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Formatter;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyCell;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyInstance;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyMethodDescr;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyRange;
import org.taipan.runtime.PySet;
import org.taipan.runtime.PySlice;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.SeqIterator;
import org.taipan.runtime.Slots;
import org.taipan.runtime.ThreadState;

/**
 * The bodies of the interpreter's instructions that are more than a few lines, one static
 * method per instruction or family. These are also the operations a later specializer and
 * JIT call, so each takes plain values and returns plain values.
 */
final class Ops {
    private Ops() {}

    // ---------------------------------------------------------------- operators

    static PyObject binaryOp(int nb, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            switch (nb) {
                case Abstract.NB_ADD, Abstract.NB_ADD + Abstract.NB_INPLACE -> {
                    return PyInt.add(x, y);
                }
                case Abstract.NB_SUBTRACT, Abstract.NB_SUBTRACT + Abstract.NB_INPLACE -> {
                    return PyInt.sub(x, y);
                }
                case Abstract.NB_MULTIPLY, Abstract.NB_MULTIPLY + Abstract.NB_INPLACE -> {
                    return PyInt.mul(x, y);
                }
                default -> { }
            }
        } else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            PyFloat x = (PyFloat) a, y = (PyFloat) b;
            switch (nb) {
                case Abstract.NB_ADD, Abstract.NB_ADD + Abstract.NB_INPLACE -> {
                    return new PyFloat(x.value() + y.value());
                }
                case Abstract.NB_SUBTRACT, Abstract.NB_SUBTRACT + Abstract.NB_INPLACE -> {
                    return new PyFloat(x.value() - y.value());
                }
                case Abstract.NB_MULTIPLY, Abstract.NB_MULTIPLY + Abstract.NB_INPLACE -> {
                    return new PyFloat(x.value() * y.value());
                }
                default -> { }
            }
        }
        return Abstract.binaryOp(nb, a, b);
    }

    static PyObject compare(int op, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            return PyBool.of(CompareOp.of(op).test(PyInt.compare(x, y)));
        }
        return Abstract.richCompare(a, b, CompareOp.of(op));
    }

    /**
     * Truth of a condition ({@code PyObject_IsTrue}) with the exact builtin types most conditions
     * test answered inline: an exact int, list or str has no user {@code __bool__}/{@code __len__}.
     */
    static boolean isTrue(PyObject v) {
        Class<?> c = v.getClass();
        if (c == PyInt.class) {
            return ((PyInt) v).signum() != 0;
        }
        if (c == PyList.class) {
            return ((PyList) v).size() != 0;
        }
        if (c == PyStr.class) {
            return ((PyStr) v).length() != 0;
        }
        return Abstract.isTrue(v);
    }

    /** COMPARE_OP's generic work on the stack: pops two operands, pushes the result; the new sp. */
    static int compareOnStack(PyObject[] stack, int sp, int op) {
        PyObject b = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = compare(op, stack[sp - 1], b);
        return sp;
    }

    static PyObject subscript(PyObject o, PyObject k) {
        if (o.getClass() == PyList.class && k.getClass() == PyInt.class && ((PyInt) k).fitsLong()) {
            PyList l = (PyList) o;
            PyInt i = (PyInt) k;
            long n = i.longValue();
            if (n >= 0 && n < l.size()) {
                return l.get((int) n);
            }
        }
        return Abstract.getItem(o, k);
    }

    static int buildSlice(PyObject[] stack, int sp, int n) {
        PyObject step = n == 3 ? stack[--sp] : PyNone.NONE;
        PyObject stop = stack[--sp];
        PyObject start = stack[sp - 1];
        stack[sp] = null;
        if (n == 3) {
            stack[sp + 1] = null;
        }
        stack[sp - 1] = new PySlice(start, stop, step);
        return sp;
    }

    // ---------------------------------------------------------------- names

    static PyObject loadName(Frame f, PyStr name) {
        PyObject v;
        // only an exact dict is read directly (CPython's PyDict_CheckExact): a subclass's
        // __getitem__ or __missing__ answers for it, as for any other mapping
        if (f.locals.getClass() == PyDict.class) {
            v = ((PyDict) f.locals).getItem(name);
        } else {
            v = lookupMapping(f.locals, name);
        }
        if (v != null) {
            return v;
        }
        v = f.globals.getItem(name);
        if (v != null) {
            return v;
        }
        // the builtins likewise: a dict subclass's __getitem__ answers, a KeyError meaning "not
        // there" and anything else raised as it is (CPython's LOAD_NAME; the globals are read as a dict)
        v = f.builtins.getClass() == PyDict.class ? f.builtins.getItem(name) : lookupMapping(f.builtins, name);
        if (v != null) {
            return v;
        }
        throw nameError(name);
    }

    private static PyObject lookupMapping(PyObject m, PyStr name) {
        try {
            return Abstract.getItem(m, name);
        } catch (org.taipan.runtime.PyException e) {
            if (e.matches(ExceptionTypes.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    static org.taipan.runtime.PyException nameError(PyStr name) {
        org.taipan.runtime.PyException e = Errors.nameError("name '%s' is not defined", name);
        e.value.setField("name", name);
        return e;
    }

    static void deleteName(Frame f, PyStr name) {
        if (f.locals.getClass() == PyDict.class) {
            PyDict d = (PyDict) f.locals;
            if (d.pop(name) == null) {
                throw nameError(name);
            }
            return;
        }
        try {
            Abstract.delItem(f.locals, name);
        } catch (org.taipan.runtime.PyException e) {
            // CPython's DELETE_NAME: whatever the mapping raised, the statement's error is a NameError
            throw nameError(name);
        }
    }

    static PyObject loadGlobal(Frame f, PyStr name) {
        return loadGlobal(f.globals, f.builtins, name);
    }

    /** LOAD_GLOBAL's generic work: {@code name} in {@code globals}, then {@code builtins}, else NameError. */
    static PyObject loadGlobal(PyDict globals, PyDict builtins, PyStr name) {
        if (globals.getClass() != PyDict.class || builtins.getClass() != PyDict.class) {
            // CPython's LOAD_GLOBAL slow path (exec with a dict subclass): each mapping's own
            // __getitem__/__missing__, a KeyError meaning "not there"
            PyObject v = lookupMapping(globals, name);
            if (v == null) {
                v = lookupMapping(builtins, name);
            }
            if (v == null) {
                throw nameError(name);
            }
            return v;
        }
        PyObject v = globals.getItem(name);
        if (v != null) {
            return v;
        }
        v = builtins.getItem(name);
        if (v != null) {
            return v;
        }
        throw nameError(name);
    }

    static void deleteGlobal(Frame f, PyStr name) {
        if (f.globals.pop(name) == null) {
            throw nameError(name);
        }
    }

    static PyObject unboundDeref(Frame f, int i) {
        String name = f.code.code.localsplusNames[i];
        if ((f.code.code.localsplusKinds[i] & CodeObject.CO_FAST_FREE) != 0) {
            throw Errors.nameError("cannot access free variable '%s' where it is not associated with a value in "
                    + "enclosing scope", name);
        }
        throw Errors.of(ExceptionTypes.UnboundLocalError, "cannot access local variable '" + name
                + "' where it is not associated with a value");
    }

    static PyObject loadClassDeref(Frame f, int i) {
        PyStr name = f.code.localsplusNames[i];
        PyObject v = f.locals.getClass() == PyDict.class ? ((PyDict) f.locals).getItem(name) : lookupMapping(f.locals, name);
        if (v != null) {
            return v;
        }
        v = ((PyCell) f.fast[i]).value;
        return v != null ? v : unboundDeref(f, i);
    }

    static void deleteDeref(Frame f, int i) {
        PyCell c = (PyCell) f.fast[i];
        if (c.value == null) {
            unboundDeref(f, i);
        }
        c.value = null;
    }

    // ---------------------------------------------------------------- attributes and calls

    /** LOAD_ATTR; with {@code method}, pushes {@code (meth, self)} for plain functions on the type, else {@code (NULL, attr)}. */
    static int loadAttr(PyObject[] stack, int sp, PyStr name, boolean method) {
        PyObject obj = stack[sp - 1];
        if (!method) {
            stack[sp - 1] = Abstract.getAttr(obj, name);
            return sp;
        }
        PyType t = obj.type();
        if (t.tp_getattro == ObjectSlots.genericGetAttrSlot()) {
            PyObject descr = t.lookup(name);
            if (descr instanceof PyFunction || descr instanceof PyMethodDescr) {
                // (the instance-dict test makes no dict: ObjectSlots.instanceDictLacks)
                boolean shadowed = obj instanceof PyInstance pi ? pi.getAttribute(name) != null
                        : obj instanceof org.taipan.runtime.HasDict && !(obj instanceof PyType)
                        && !ObjectSlots.instanceDictLacks(obj, name);
                if (!shadowed) {
                    stack[sp - 1] = descr;
                    stack[sp++] = obj;
                    return sp;
                }
            }
        }
        stack[sp - 1] = null;
        stack[sp++] = Abstract.getAttr(obj, name);
        return sp;
    }

    /** CALL argc: {@code [NULL, callable, args...]} or {@code [method, self, args...]}. */
    static int call(ThreadState ts, PyObject[] stack, int sp, int argc, String[] kwnames) {
        int base = sp - argc - 2;
        PyObject a = stack[base];
        PyObject b = stack[base + 1];
        PyObject r;
        if (a == null) {
            PyObject[] args = new PyObject[argc];
            System.arraycopy(stack, base + 2, args, 0, argc);
            r = b instanceof PyFunction fn ? Eval.callFunction(ts, fn, args, kwnames) : callObject(b, args, kwnames);
        } else if (a instanceof PyMethodDescr m) {
            PyObject[] args = new PyObject[argc];
            System.arraycopy(stack, base + 2, args, 0, argc);
            r = m.callWithSelf(b, args, kwnames);
        } else {
            PyObject[] args = new PyObject[argc + 1];
            System.arraycopy(stack, base + 1, args, 0, argc + 1);
            r = a instanceof PyFunction fn ? Eval.callFunction(ts, fn, args, kwnames) : callObject(a, args, kwnames);
        }
        for (int k = sp - 1; k > base; k--) {
            stack[k] = null;
        }
        stack[base] = r;
        return base + 1;
    }

    static PyObject callObject(PyObject callable, PyObject[] args, String[] kwnames) {
        if (callable instanceof PyFunction f) {
            return f.call(args, kwnames);
        }
        if (callable instanceof org.taipan.runtime.PyBuiltinFunction bf && bf.countsRecursion()) {
            ThreadState ts = org.taipan.runtime.RecursionGuard.enter(org.taipan.runtime.RecursionGuard.CALL);
            try {
                return Callables.call(callable, args, kwnames);
            } finally {
                org.taipan.runtime.RecursionGuard.leave(ts);
            }
        }
        return Callables.call(callable, args, kwnames);
    }

    /** CALL_FUNCTION_EX: {@code f(*args, **kwargs)}. */
    static int callEx(PyObject[] stack, int sp, boolean hasKw) {
        PyDict kw = hasKw ? (PyDict) stack[--sp] : null;
        PyObject argsObj = stack[--sp];
        PyObject b = stack[--sp];
        PyObject a = stack[--sp];
        PyObject r = callEx(a, b, argsObj, kw);
        for (int k = sp; k < sp + 4; k++) {
            stack[k] = null;
        }
        stack[sp++] = r;
        return sp;
    }

    /**
     * The call of CALL_FUNCTION_EX, {@code f(*args, **kwargs)}: {@code a} the callable and
     * {@code b} its self, or {@code a} null and {@code b} the callable; {@code kw} null without
     * {@code **}. Also what a trace's CALL_HELPER runs ({@code TraceCalls.callEx}).
     *
     * @throws PyException TypeError when {@code argsObj} is not iterable or a keyword is not a
     *     str, and what the call raises
     */
    static PyObject callEx(PyObject a, PyObject b, PyObject argsObj, PyDict kw) {
        PyObject callable = a == null ? b : a;
        if (!(argsObj instanceof PyTuple) && argsObj.type().tp_iter == null && argsObj.type().mp_subscript == null) {
            throw Errors.typeError("%s argument after * must be an iterable, not %s", funcName(callable),
                    argsObj.type().name());
        }
        // only an exact tuple is passed as it is (a subclass's __iter__ is honoured, as CPython's
        // PySequence_Tuple in CALL_FUNCTION_EX)
        PyObject[] pos = argsObj.getClass() == PyTuple.class ? ((PyTuple) argsObj).array() : Abstract.sequenceTuple(argsObj);
        int extra = a == null ? 0 : 1;
        int nkw = kw == null ? 0 : kw.size();
        PyObject[] args = new PyObject[extra + pos.length + nkw];
        if (extra == 1) {
            args[0] = b;
        }
        System.arraycopy(pos, 0, args, extra, pos.length);
        String[] kwnames = null;
        if (nkw > 0) {
            kwnames = new String[nkw];
            for (int k = 0; k < nkw; k++) {
                PyObject key = kw.keyAt(k);
                if (!(key instanceof PyStr)) {
                    throw nonStrKeyword(callable);
                }
                kwnames[k] = key.toString();
                args[extra + pos.length + k] = kw.valueAt(k);
            }
        }
        return callObject(callable, args, kwnames);
    }

    /**
     * The error of a call whose {@code **} mapping has a key that is not a str. CPython passes the
     * keyword dict on and the callee refuses it: a vectorcall callee (functions, methods, most
     * builtins) in {@code _PyStack_UnpackDict} with "keywords must be strings"; a class that
     * keeps {@code object}'s {@code __new__} and {@code __init__} in {@code object_new}'s excess
     * argument check, "C() takes no arguments", before any key is looked at.
     */
    private static PyException nonStrKeyword(PyObject callable) {
        if (callable instanceof PyType t && t.type().lookup("__call__") == PyType.TYPE.lookup("__call__")
                && t.lookup("__new__") == PyType.OBJECT.lookup("__new__")
                && t.lookup("__init__") == PyType.OBJECT.lookup("__init__")) {
            return Errors.typeError("%s() takes no arguments", t.name());
        }
        return Errors.typeError("keywords must be strings");
    }

    static int makeFunction(ThreadState ts, Frame f, PyObject[] stack, int sp, int flags) {
        PyCode code = (PyCode) stack[--sp];
        PyObject closure = (flags & 0x08) != 0 ? stack[--sp] : null;
        PyObject annotations = (flags & 0x04) != 0 ? stack[--sp] : null;
        PyObject kwdefaults = (flags & 0x02) != 0 ? stack[--sp] : null;
        PyObject defaults = (flags & 0x01) != 0 ? stack[--sp] : null;
        PyFunction fn = newFunction(ts.interpreter, code, f.globals, f.builtins, closure, defaults, kwdefaults, annotations);
        for (int k = sp; k < stack.length && stack[k] != null; k++) {
            stack[k] = null;
        }
        stack[sp++] = fn;
        return sp;
    }

    /**
     * MAKE_FUNCTION's new function (tier 1's and a trace's, {@link TraceGenerators#makeFunction}):
     * {@code closure} a tuple of cells, {@code defaults} a tuple, {@code kwdefaults} a dict,
     * {@code annotations} name/value pairs in a tuple or a dict; each null when absent.
     */
    static PyFunction newFunction(org.taipan.runtime.Interpreter interpreter, PyCode code, PyDict globals, PyDict builtins,
            PyObject closureTuple, PyObject defaults, PyObject kwdefaults, PyObject annotations) {
        PyCell[] closure = null;
        if (closureTuple != null) {
            PyObject[] cells = ((PyTuple) closureTuple).array();
            closure = new PyCell[cells.length];
            for (int k = 0; k < cells.length; k++) {
                closure[k] = (PyCell) cells[k];
            }
        }
        PyFunction fn = new PyFunction(interpreter, code, globals, builtins, closure);
        fn.defaults = defaults instanceof PyTuple t ? t : null;
        fn.kwdefaults = kwdefaults instanceof PyDict d ? d : null;
        if (annotations instanceof PyTuple t) {
            PyDict ad = new PyDict();
            for (int k = 0; k + 1 < t.size(); k += 2) {
                ad.setItem(t.get(k), t.get(k + 1));
            }
            fn.annotations = ad;
        } else if (annotations instanceof PyDict d) {
            fn.annotations = d;
        }
        return fn;
    }

    // ---------------------------------------------------------------- iteration

    static PyObject forIter(PyObject it) {
        if (it instanceof PyRange.Iter r) {
            return r.next();
        }
        if (it instanceof SeqIterator s) {
            return s.next();
        }
        return Abstract.next(it);
    }

    // ---------------------------------------------------------------- building

    /** LIST_APPEND: {@code (list, ..., v -- list, ...)}, the list {@code n} below the value (a comprehension's). */
    static int listAppend(PyObject[] stack, int sp, int n) {
        PyObject v = stack[--sp];
        stack[sp] = null;
        ((PyList) stack[sp - n]).append(v);
        return sp;
    }

    static int buildTuple(PyObject[] stack, int sp, int n) {
        PyObject[] items = new PyObject[n];
        sp -= n;
        System.arraycopy(stack, sp, items, 0, n);
        java.util.Arrays.fill(stack, sp, sp + n, null);
        stack[sp++] = PyTuple.of(items);
        return sp;
    }

    static int buildList(PyObject[] stack, int sp, int n) {
        sp -= n;
        PyObject[] items = new PyObject[n];
        System.arraycopy(stack, sp, items, 0, n);
        java.util.Arrays.fill(stack, sp, sp + n, null);
        stack[sp++] = new PyList(items);
        return sp;
    }

    static int buildSet(PyObject[] stack, int sp, int n) {
        sp -= n;
        PySet s = new PySet(false);
        for (int k = 0; k < n; k++) {
            s.add(stack[sp + k]);
            stack[sp + k] = null;
        }
        stack[sp++] = s;
        return sp;
    }

    static int buildMap(PyObject[] stack, int sp, int n) {
        sp -= 2 * n;
        PyDict d = new PyDict();
        for (int k = 0; k < n; k++) {
            d.setItem(stack[sp + 2 * k], stack[sp + 2 * k + 1]);
        }
        java.util.Arrays.fill(stack, sp, sp + 2 * n, null);
        stack[sp++] = d;
        return sp;
    }

    static int buildConstKeyMap(PyObject[] stack, int sp, int n) {
        PyTuple keys = (PyTuple) stack[--sp];
        stack[sp] = null;
        sp -= n;
        PyDict d = new PyDict();
        for (int k = 0; k < n; k++) {
            d.setItem(keys.get(k), stack[sp + k]);
            stack[sp + k] = null;
        }
        stack[sp++] = d;
        return sp;
    }

    static int buildString(PyObject[] stack, int sp, int n) {
        sp -= n;
        StringBuilder sb = new StringBuilder();
        boolean simple = true;
        for (int k = 0; k < n; k++) {
            // only compile() of a hand-built JoinedStr can put a non-str here (_PyUnicode_JoinArray's error)
            if (!(stack[sp + k] instanceof PyStr s)) {
                throw Errors.typeError("sequence item %d: expected str instance, %.80s found", k,
                        stack[sp + k].type().name());
            }
            simple &= s.isSimple();
            sb.append(s);
        }
        PyStr r;
        if (simple) {
            r = PyStr.of(sb.toString());
        } else {
            // Joined as code points: a lone high surrogate ending one part stays apart from a
            // lone low surrogate starting the next.
            r = PyStr.of("");
            for (int k = 0; k < n; k++) {
                r = r.concat((PyStr) stack[sp + k]);
            }
        }
        for (int k = 0; k < n; k++) {
            stack[sp + k] = null;
        }
        stack[sp++] = r;
        return sp;
    }

    static void listExtend(PyList l, PyObject iterable) {
        if (iterable.type().tp_iter == null && iterable.type().mp_subscript == null) {
            throw Errors.typeError("Value after * must be an iterable, not %s", iterable.type().name());
        }
        l.extendFrom(iterable);
    }

    static void dictUpdate(PyDict d, PyObject m) {
        if (PyDict.mergesDirectly(m)) {
            PyDict o = (PyDict) m;
            for (int k = 0; k < o.size(); k++) {
                d.setItem(o.keyAt(k), o.valueAt(k));
            }
            return;
        }
        if (!eachMappingKey(m, k -> d.setItem(k, Abstract.getItem(m, k)))) {
            throw Errors.typeError("'%s' object is not a mapping", m.type().name());
        }
    }

    /**
     * Runs {@code action} for each key of mapping {@code m} as {@code keys()} lists them
     * ({@link #mappingKeys}).
     *
     * @return false when {@code m} is no mapping: it has no {@code keys}, or an AttributeError came
     *     out of {@code keys()}, the iteration or {@code action} (a {@code __getitem__}), which
     *     CPython's DICT_UPDATE and DICT_MERGE turn into their "not a mapping" TypeErrors
     */
    private static boolean eachMappingKey(PyObject m, java.util.function.Consumer<PyObject> action) {
        try {
            PyObject keys = Abstract.lookupAttr(m, PyStr.of("keys"));
            if (keys == null) {
                return false;
            }
            for (PyObject k : mappingKeys(m, keys)) {
                action.accept(k);
            }
            return true;
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.AttributeError)) {
                throw e;
            }
            return false;
        }
    }

    /**
     * The keys of mapping {@code m} as CPython's {@code PyMapping_Keys} lists them: its
     * {@code keys()} (the bound {@code keysMethod}) called and iterated to the end first.
     *
     * @throws PyException TypeError "T.keys() returned a non-iterable (type U)", and what
     *     {@code keys()} or the iteration raise
     */
    private static PyObject[] mappingKeys(PyObject m, PyObject keysMethod) {
        PyObject ks = Callables.call(keysMethod);
        PyObject it;
        try {
            it = Abstract.iter(ks);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw Errors.typeError("%s.keys() returned a non-iterable (type %s)", m.type().name(), ks.type().name());
            }
            throw e;
        }
        return Abstract.toArray(it);
    }

    /**
     * DICT_MERGE: the items of {@code m} (the {@code **m} of a call of {@code func}) added to the
     * call's keyword dict {@code d}, as CPython's {@code _PyDict_MergeEx(d, m, 2)} with
     * {@code format_kwargs_error}'s messages: a key already there (also one a non-dict mapping's
     * {@code keys()} lists twice) is "got multiple values", found before {@code m[key]} is read.
     *
     * @throws PyException TypeError for a non-mapping or a repeated keyword
     */
    static void dictMerge(PyObject func, PyDict d, PyObject m) {
        if (PyDict.mergesDirectly(m)) {
            PyDict src = (PyDict) m;
            for (int k = 0; k < src.size(); k++) {
                mergeKeyword(func, d, src.keyAt(k), src.valueAt(k), null);
            }
            return;
        }
        if (!eachMappingKey(m, key -> mergeKeyword(func, d, key, null, m))) {
            throw Errors.typeError("%s argument after ** must be a mapping, not %s", funcName(func),
                    m.type().name());
        }
    }

    /** One key of {@link #dictMerge}: its value {@code v}, or {@code m[key]} read after the checks when {@code v} is null. */
    private static void mergeKeyword(PyObject func, PyDict d, PyObject key, PyObject v, PyObject m) {
        // a non-str key is merged like any other: CPython's callee refuses it, after the whole
        // merge, so a repeated keyword later in the mapping is reported first
        if (d.containsKey(key)) {
            throw Errors.typeError("%s got multiple values for keyword argument '%s'", funcName(func),
                    Abstract.str(key));
        }
        d.setItem(key, v != null ? v : Abstract.getItem(m, key));
    }

    /**
     * How a call's error message names the callable {@code f} (CPython's
     * {@code _PyObject_FunctionStr}): {@code module.qualname()}, or {@code qualname()} for a
     * module of {@code builtins} or none, from the object's own {@code __qualname__} and
     * {@code __module__} (a bound method, a class, a builtin method have them); an object without
     * {@code __qualname__} (an instance, a {@code functools.partial}) is named by its {@code str()}.
     *
     * @throws PyException what looking the attributes up or {@code str()} raises, other than AttributeError
     */
    static String funcName(PyObject f) {
        PyObject qualname = Abstract.lookupAttr(f, PyStr.of("__qualname__"));
        if (qualname == null) {
            return Abstract.str(f).toString();
        }
        PyObject module = Abstract.lookupAttr(f, PyStr.of("__module__"));
        if (module != null && module != PyNone.NONE
                && Abstract.richCompareBool(module, PyStr.of("builtins"), CompareOp.NE)) {
            return Abstract.str(module) + "." + Abstract.str(qualname) + "()";
        }
        return Abstract.str(qualname) + "()";
    }

    static int unpackSequence(PyObject[] stack, int sp, int n) {
        PyObject seq = stack[--sp];
        stack[sp] = null;
        PyObject[] items;
        if (seq.getClass() == PyTuple.class) {
            items = ((PyTuple) seq).array();
        } else if (seq.getClass() == PyList.class) {
            items = ((PyList) seq).toArray();
        } else {
            items = iterateForUnpack(seq, n);
        }
        if (items.length != n) {
            if (items.length < n) {
                throw Errors.valueError("not enough values to unpack (expected %d, got %d)", n, items.length);
            }
            throw Errors.valueError("too many values to unpack (expected %d)", n);
        }
        for (int k = n - 1; k >= 0; k--) {
            stack[sp++] = items[k];
        }
        return sp;
    }

    /** Iterates at most {@code n + 1} items, as CPython's {@code unpack_iterable} does. */
    private static PyObject[] iterateForUnpack(PyObject seq, int n) {
        if (seq.type().tp_iter == null && seq.type().mp_subscript == null) {
            throw Errors.typeError("cannot unpack non-iterable %s object", seq.type().name());
        }
        PyObject it = Abstract.iter(seq);
        PyList l = new PyList();
        for (PyObject x = Abstract.next(it); x != null; x = l.size() > n ? null : Abstract.next(it)) {
            l.append(x);
        }
        return l.toArray();
    }

    static int unpackEx(PyObject[] stack, int sp, int before, int after) {
        PyObject seq = stack[--sp];
        stack[sp] = null;
        if (seq.type().tp_iter == null && seq.type().mp_subscript == null) {
            throw Errors.typeError("cannot unpack non-iterable %s object", seq.type().name());
        }
        // CPython's unpack_iterable: the first `before` items one by one, then the rest of the
        // iterator as list() takes it (asking the iterator's length hint)
        PyObject it = Abstract.iter(seq);
        PyList l = new PyList();
        for (int k = 0; k < before; k++) {
            PyObject v = Abstract.next(it);
            if (v == null) {
                throw Errors.valueError("not enough values to unpack (expected at least %d, got %d)", before + after, k);
            }
            l.append(v);
        }
        l.extendFrom(it);
        PyObject[] items = l.toArray();
        int n = items.length;
        if (n < before + after) {
            throw Errors.valueError("not enough values to unpack (expected at least %d, got %d)", before + after, n);
        }
        for (int k = n - 1; k >= n - after; k--) {
            stack[sp++] = items[k];
        }
        PyObject[] mid = new PyObject[n - before - after];
        System.arraycopy(items, before, mid, 0, mid.length);
        stack[sp++] = new PyList(mid);
        for (int k = before - 1; k >= 0; k--) {
            stack[sp++] = items[k];
        }
        return sp;
    }

    static int formatValue(PyObject[] stack, int sp, int flags) {
        PyStr spec = (flags & 4) != 0 ? (PyStr) stack[--sp] : null;
        stack[sp] = null;
        PyObject v = stack[sp - 1];
        v = switch (flags & 3) {
            case 1 -> Abstract.str(v);
            case 2 -> Abstract.reprObject(v);
            case 3 -> PyStr.of(Formatter.ascii(Abstract.repr(v)));
            default -> v;
        };
        stack[sp - 1] = spec == null && v instanceof PyStr ? v : Abstract.format(v, spec == null ? PyStr.of("") : spec);
        return sp;
    }

    // ---------------------------------------------------------------- classes, modules

    /**
     * LOAD_BUILD_CLASS: {@code __build_class__} from the frame's builtins, through a dict
     * subclass's own {@code __getitem__}/{@code __missing__} (CPython's PyObject_GetItem for a
     * non-exact dict, a KeyError meaning "not there").
     *
     * @throws org.taipan.runtime.PyException NameError when it is not there
     */
    static PyObject loadBuildClass(Frame f) {
        PyStr name = PyStr.of("__build_class__");
        PyObject bc = f.builtins.getClass() == PyDict.class ? f.builtins.getItem(name) : lookupMapping(f.builtins, name);
        if (bc == null) {
            throw Errors.nameError("__build_class__ not found");
        }
        return bc;
    }

    static void setupAnnotations(Frame f) {
        PyStr key = PyStr.of("__annotations__");
        if (f.locals.getClass() == PyDict.class) { // PyDict_CheckExact: a subclass's own __setitem__ runs
            PyDict d = (PyDict) f.locals;
            if (d.getItem(key) == null) {
                d.setItem(key, new PyDict());
            }
        } else if (lookupMapping(f.locals, key) == null) {
            Abstract.setItem(f.locals, key, new PyDict());
        }
    }

    static int importName(ThreadState ts, Frame f, PyObject[] stack, int sp, PyStr name) {
        PyObject fromlist = stack[--sp];
        PyObject level = stack[sp - 1];
        stack[sp] = null;
        stack[sp - 1] = ts.interpreter.importer().importName(f.builtins, name, f.globals, f.locals, fromlist, level);
        return sp;
    }

    static PyObject importFrom(ThreadState ts, PyObject module, PyStr name) {
        return ts.interpreter.importer().importFrom(module, name);
    }

    static void importStar(Frame f, PyObject module) {
        ThreadState.current().interpreter.importer().importStar(module, f.locals);
    }

    static int beforeWith(PyObject[] stack, int sp) {
        PyObject mgr = stack[sp - 1];
        stack[sp - 1] = withExit(mgr);
        stack[sp++] = withEnter(mgr);
        return sp;
    }

    /**
     * BEFORE_WITH's first half: {@code mgr}'s {@code __exit__} bound to it, after both special
     * methods were looked up on its type (CPython's {@code BEFORE_WITH}).
     *
     * @throws PyException TypeError "'T' object does not support the context manager protocol"
     *         (no {@code __enter__}), "... (missed __exit__ method)" (no {@code __exit__})
     */
    static PyObject withExit(PyObject mgr) {
        PyType t = mgr.type();
        PyObject enter = t.lookup("__enter__");
        PyObject exit = t.lookup("__exit__");
        if (enter == null) {
            throw Errors.typeError("'%s' object does not support the context manager protocol", t.name());
        }
        if (exit == null) {
            throw Errors.typeError("'%s' object does not support the context manager protocol (missed __exit__ method)",
                    t.name());
        }
        Slots.DescrGet g = exit.type().tp_descr_get;
        return g != null ? g.call(exit, mgr, t) : exit;
    }

    /** BEFORE_WITH's second half (after {@link #withExit}): {@code mgr.__enter__()}, looked up on its type. */
    static PyObject withEnter(PyObject mgr) {
        PyType t = mgr.type();
        PyObject enter = t.lookup("__enter__");
        if (enter == null) {
            // an __exit__ descriptor's __get__ deleted it in between
            throw Errors.typeError("'%s' object does not support the context manager protocol", t.name());
        }
        return Callables.callMethod(enter, mgr, Callables.NO_ARGS, null);
    }

    // ---------------------------------------------------------------- pattern matching

    /** MATCH_MAPPING: the subject's type has {@code Py_TPFLAGS_MAPPING} (dict, or registered as a Mapping). */
    static boolean isMapping(PyObject o) {
        return o.getClass() == PyDict.class || o.type().collectionFlags() == PyType.MAPPING;
    }

    /** MATCH_SEQUENCE: the subject's type has {@code Py_TPFLAGS_SEQUENCE} (list, tuple, deque, a registered Sequence...). */
    static boolean isSequence(PyObject o) {
        Class<?> c = o.getClass();
        return c == PyList.class || c == PyTuple.class || o.type().collectionFlags() == PyType.SEQUENCE;
    }

    static PyObject matchKeys(PyObject subject, PyObject keys) {
        PyObject[] ks = ((PyTuple) keys).array();
        PyObject[] values = new PyObject[ks.length];
        PyObject get = Abstract.getAttr(subject, "get");
        PyObject dummy = new PyList();
        // keys that are not literals (Keys.KEY) can repeat one another: CPython refuses that at run time
        org.taipan.runtime.PySet seen = new org.taipan.runtime.PySet(false);
        for (int k = 0; k < ks.length; k++) {
            if (seen.contains(ks[k])) {
                throw Errors.valueError("mapping pattern checks duplicate key (%s)",
                        Abstract.repr(ks[k]));
            }
            seen.add(ks[k]);
            PyObject v = Callables.call(get, ks[k], dummy);
            if (v == dummy) {
                return PyNone.NONE;
            }
            values[k] = v;
        }
        return PyTuple.of(values);
    }

    static int matchClass(PyObject[] stack, int sp, int npos) {
        PyTuple kwNames = (PyTuple) stack[--sp];
        PyObject cls = stack[--sp];
        PyObject subject = stack[sp - 1];
        stack[sp] = null;
        stack[sp + 1] = null;
        if (!(cls instanceof PyType t)) {
            throw Errors.typeError("called match pattern must be a type");
        }
        if (!subject.type().isSubtypeOf(t)) {
            stack[sp - 1] = PyNone.NONE;
            return sp;
        }
        java.util.List<PyObject> attrs = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        if (npos > 0) {
            PyObject matchArgs = Abstract.lookupAttr(t, PyStr.of("__match_args__"));
            boolean selfMatch = matchArgs == null && isSelfMatching(t);
            if (selfMatch) {
                if (npos > 1) {
                    throw Errors.typeError("%s() accepts 1 positional sub-pattern (%d given)", t.name(), npos);
                }
                attrs.add(subject);
            } else {
                if (matchArgs == null) {
                    throw Errors.typeError("%s() accepts 0 positional sub-patterns (%d given)", t.name(), npos);
                }
                if (!(matchArgs instanceof PyTuple mt)) {
                    throw Errors.typeError("%s.__match_args__ must be a tuple (got %s)", t.name(), matchArgs.type().name());
                }
                if (npos > mt.size()) {
                    throw Errors.typeError("%s() accepts %d positional sub-pattern%s (%d given)", t.name(), mt.size(),
                            mt.size() == 1 ? "" : "s", npos);
                }
                for (int k = 0; k < npos; k++) {
                    if (!(mt.get(k) instanceof PyStr name)) {
                        throw Errors.typeError("__match_args__ elements must be strings (got %s)", mt.get(k).type().name());
                    }
                    checkNewMatchAttr(seen, t, name);
                    PyObject v = Abstract.lookupAttr(subject, name);
                    if (v == null) {
                        stack[sp - 1] = PyNone.NONE;
                        return sp;
                    }
                    attrs.add(v);
                }
            }
        }
        for (PyObject kn : kwNames.array()) {
            checkNewMatchAttr(seen, t, (PyStr) kn);
            PyObject v = Abstract.lookupAttr(subject, (PyStr) kn);
            if (v == null) {
                stack[sp - 1] = PyNone.NONE;
                return sp;
            }
            attrs.add(v);
        }
        stack[sp - 1] = PyTuple.of(attrs.toArray(new PyObject[0]));
        return sp;
    }

    /** A class pattern names each attribute once: CPython's "got multiple sub-patterns" TypeError. */
    private static void checkNewMatchAttr(java.util.Set<String> seen, PyType t, PyStr name) {
        if (!seen.add(name.toString())) {
            throw Errors.typeError("%s() got multiple sub-patterns for attribute %s", t.name(), Abstract.repr(name));
        }
    }

    /** {@code _Py_TPFLAGS_MATCH_SELF}: the builtin types (and their subclasses) whose one positional sub-pattern is the subject. */
    private static boolean isSelfMatching(PyType t) {
        for (PyType b : new PyType[] {PyBool.TYPE, PyInt.TYPE, PyFloat.TYPE, PyStr.TYPE, PyList.TYPE, PyTuple.TYPE,
                PyDict.TYPE, PySet.TYPE, PySet.FROZENSET, org.taipan.runtime.PyBytes.TYPE,
                org.taipan.runtime.PyByteArray.TYPE}) {
            if (t.isSubtypeOf(b)) {
                return true;
            }
        }
        return false;
    }

    static void printExpr(ThreadState ts, PyObject v) {
        // CPython's PRINT_EXPR calls whatever sys.displayhook is now (doctest replaces it).
        PyObject hook = ts.interpreter.sys().dict().getItem(PyStr.of("displayhook"));
        if (hook == null) {
            throw Errors.runtimeError("lost sys.displayhook");
        }
        Callables.call(hook, v);
    }
}
