package org.taipan.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup} (PEP 654): construction checks,
 * {@code message}/{@code exceptions}, {@code split}, {@code subgroup}, {@code derive}, and the
 * helpers of {@code except*} (CPython's {@code Objects/exceptions.c}).
 */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    static void install() {
        PyType base = ExceptionTypes.BaseExceptionGroup;
        PyType eg = ExceptionTypes.ExceptionGroup;
        base.tp_new = ExceptionGroups::newGroup;
        eg.tp_new = ExceptionGroups::newGroup;
        // BaseExceptionGroup_init: no keywords, then BaseException_init (args); the fields are __new__'s.
        Slots.Init init = (self, a, k) -> {
            Args.noKeywords(self.type().name(), k);
            ((PyBaseException) self).setArgs(PyTuple.of(a));
        };
        base.tp_init = init;
        eg.tp_init = init;
        Slots.Unary str = o -> {
            PyBaseException e = (PyBaseException) o;
            int n = exceptions(e).size();
            return PyStr.of(message(e) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")");
        };
        base.tp_str = str;
        eg.tp_str = str;
        PyGenericAlias.install(base);
        base.addMethodOneArg("derive", (self, arg) -> derive((PyBaseException) self, arg));
        base.addMethodOneArg("split", (self, arg) -> {
            PyBaseException[] r = split((PyBaseException) self, matcher(arg));
            return PyTuple.of(r[0] == null ? PyNone.NONE : r[0], r[1] == null ? PyNone.NONE : r[1]);
        });
        base.addMethodOneArg("subgroup", (self, arg) -> {
            PyBaseException[] r = split((PyBaseException) self, matcher(arg));
            return r[0] == null ? PyNone.NONE : r[0];
        });
    }

    /** The {@code message} a group was made with (its field, whatever {@code args} became since). */
    static String message(PyBaseException e) {
        PyObject m = e.attribute("message");
        return m == null ? "" : m.toString();
    }

    /** The {@code exceptions} tuple of a group. */
    public static PyTuple exceptions(PyBaseException e) {
        PyObject x = e.attribute("exceptions");
        return x instanceof PyTuple t ? t : PyTuple.EMPTY;
    }

    public static boolean isGroup(PyObject o) {
        return o instanceof PyBaseException e && e.type().isSubtypeOf(ExceptionTypes.BaseExceptionGroup);
    }

    private static PyObject newGroup(PyType type, PyObject[] args, String[] k) {
        // BaseExceptionGroup_new parses only the positional arguments: keywords are __init__'s to
        // refuse (a subclass's own __init__ may take them)
        PyObject[] a = Args.positionalPart(args, k);
        if (a.length != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", a.length);
        }
        if (!(a[0] instanceof PyStr)) {
            throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s", a[0].type().name());
        }
        if (a[1].type().mp_subscript == null || a[1] instanceof PySet || a[1] instanceof PyDict) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] excs = Abstract.toArray(a[1]);
        if (excs.length == 0) {
            throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PyBaseException x)) {
                throw Errors.valueError("Item %d of second argument (exceptions) is not an exception", i);
            }
            allExceptions &= x.type().isSubtypeOf(ExceptionTypes.Exception);
        }
        if (type == ExceptionTypes.BaseExceptionGroup) {
            if (allExceptions) {
                type = ExceptionTypes.ExceptionGroup;
            }
        } else if (type == ExceptionTypes.ExceptionGroup) {
            if (!allExceptions) {
                throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (!allExceptions && type.isSubtypeOf(ExceptionTypes.Exception)) {
            throw Errors.typeError("Cannot nest BaseExceptions in '%s'", type.name());
        }
        PyBaseException g = new PyBaseException(type, PyTuple.of(a[0], a[1]));
        g.setField(ExceptionLayout.MESSAGE, a[0]);
        g.setField(ExceptionLayout.EXCEPTIONS, PyTuple.of(excs));
        return g;
    }

    private static PyBaseException derive(PyBaseException self, PyObject excs) {
        PyObject r = Callables.call(ExceptionTypes.BaseExceptionGroup, PyStr.of(message(self)), excs);
        return (PyBaseException) r;
    }

    /** What a {@code split}/{@code except*} condition matches. */
    interface Matcher {
        boolean matches(PyBaseException e);
    }

    static Matcher matcher(PyObject cond) {
        if (cond instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BaseException)) {
            return e -> e.type().isSubtypeOf(t);
        }
        if (cond instanceof PyTuple tup) {
            for (PyObject x : tup.array()) {
                if (!(x instanceof PyType xt) || !xt.isSubtypeOf(ExceptionTypes.BaseException)) {
                    throw Errors.typeError("expected a function, exception type or tuple of exception types");
                }
            }
            return e -> {
                for (PyObject x : tup.array()) {
                    if (e.type().isSubtypeOf((PyType) x)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (cond.type().tp_call != null && !(cond instanceof PyType)) {
            return e -> Abstract.isTrue(Callables.call(cond, e));
        }
        throw Errors.typeError("expected a function, exception type or tuple of exception types");
    }

    /** {@code [match, rest]}, each null when empty; the group structure and metadata are kept. */
    static PyBaseException[] split(PyBaseException e, Matcher m) {
        if (m.matches(e)) {
            return new PyBaseException[] {e, null};
        }
        if (!isGroup(e)) {
            return new PyBaseException[] {null, e};
        }
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject x : exceptions(e).array()) {
            // each level counts against the recursion limit, as CPython's exceptiongroup_split_recursive
            ThreadState ts = RecursionGuard.enter(" in exceptiongroup_split_recursive");
            PyBaseException[] r;
            try {
                r = split((PyBaseException) x, m);
            } finally {
                RecursionGuard.leave(ts);
            }
            if (r[0] != null) {
                match.add(r[0]);
            }
            if (r[1] != null) {
                rest.add(r[1]);
            }
        }
        return new PyBaseException[] {derived(e, match), derived(e, rest)};
    }

    private static PyBaseException derived(PyBaseException e, List<PyObject> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        PyObject derive = e.type().lookup("derive");
        PyBaseException g = (PyBaseException) Callables.callMethod(derive, e,
                new PyObject[] {new PyList(excs.toArray(new PyObject[0]))}, null);
        g.traceback = e.traceback;
        g.cause = e.cause;
        g.context = e.context;
        g.suppressContext = e.suppressContext;
        PyObject notes = e.attribute("__notes__");
        if (notes != null && !(notes instanceof PyDict) && notes.type().mp_subscript != null) {
            // a copy, so the parts' notes are their own lists (CPython's exceptiongroup_subset);
            // notes that are not a sequence are left behind
            g.dict().setItem(PyStr.of("__notes__"), new PyList(Abstract.toArray(notes)));
        }
        return g;
    }

    /**
     * CHECK_EG_MATCH: {@code [rest, match]} for {@code except* type}; a naked match is wrapped in a group.
     * {@code exc} is None once an earlier {@code except*} clause took every leaf: then both are None
     * (CPython's {@code exception_group_match}), after the clause's type was still checked.
     */
    public static PyObject[] exceptStarMatch(PyObject excObj, PyObject type) {
        checkExceptStarType(type);
        if (!(excObj instanceof PyBaseException exc)) {
            return new PyObject[] {PyNone.NONE, PyNone.NONE};
        }
        Matcher m = matcher(type);
        if (!isGroup(exc)) {
            if (m.matches(exc)) {
                PyBaseException g = (PyBaseException) Callables.call(ExceptionTypes.BaseExceptionGroup, PyStr.of(""),
                        PyTuple.of(exc));
                g.traceback = exc.traceback;
                return new PyObject[] {PyNone.NONE, g};
            }
            return new PyObject[] {exc, PyNone.NONE};
        }
        PyBaseException[] r = split(exc, m);
        return new PyObject[] {r[1] == null ? PyNone.NONE : r[1], r[0] == null ? PyNone.NONE : r[0]};
    }

    /** CPython's {@code check_except_star_type_valid}: exception classes, never exception group classes. */
    private static void checkExceptStarType(PyObject type) {
        PyObject[] types = type instanceof PyTuple t ? t.array() : new PyObject[] {type};
        for (PyObject c : types) {
            if (!(c instanceof PyType ct) || !ct.isSubtypeOf(ExceptionTypes.BaseException)) {
                throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
        }
        for (PyObject c : types) {
            if (((PyType) c).isSubtypeOf(ExceptionTypes.BaseExceptionGroup)) {
                throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }

    /**
     * PREP_RERAISE_STAR: what an {@code except*} statement raises: the re-raised parts of the
     * original group (as a subgroup of it) together with newly raised exceptions.
     */
    public static PyObject prepReraiseStar(PyObject orig, PyList raised) {
        List<PyBaseException> items = new ArrayList<>();
        for (int i = 0; i < raised.size(); i++) {
            if (raised.get(i) instanceof PyBaseException e) {
                items.add(e);
            }
        }
        if (items.isEmpty()) {
            return PyNone.NONE;
        }
        if (!(orig instanceof PyBaseException o) || !isGroup(orig)) {
            return items.get(0);
        }
        IdentityHashMap<PyBaseException, Boolean> origLeaves = new IdentityHashMap<>();
        leaves(o, origLeaves);
        IdentityHashMap<PyBaseException, Boolean> reraisedLeaves = new IdentityHashMap<>();
        List<PyObject> raisedNew = new ArrayList<>();
        for (PyBaseException e : items) {
            IdentityHashMap<PyBaseException, Boolean> l = new IdentityHashMap<>();
            leaves(e, l);
            boolean isReraise = !l.isEmpty() && origLeaves.keySet().containsAll(l.keySet());
            if (isReraise) {
                reraisedLeaves.putAll(l);
            } else {
                raisedNew.add(e);
            }
        }
        PyBaseException reraised = reraisedLeaves.isEmpty() ? null
                : split(o, e -> !isGroup(e) && reraisedLeaves.containsKey(e))[0];
        if (raisedNew.isEmpty()) {
            return reraised == null ? PyNone.NONE : reraised;
        }
        if (reraised != null) {
            raisedNew.add(reraised);
        }
        if (raisedNew.size() == 1) {
            return raisedNew.get(0);
        }
        return Callables.call(ExceptionTypes.BaseExceptionGroup, PyStr.of(""),
                new PyList(raisedNew.toArray(new PyObject[0])));
    }

    private static void leaves(PyBaseException e, IdentityHashMap<PyBaseException, Boolean> out) {
        if (isGroup(e)) {
            for (PyObject x : exceptions(e).array()) {
                leaves((PyBaseException) x, out);
            }
        } else {
            out.put(e, Boolean.TRUE);
        }
    }
}
