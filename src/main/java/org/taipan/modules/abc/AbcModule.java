package org.taipan.modules.abc;

import java.util.concurrent.atomic.AtomicLong;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PySet;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * The {@code _abc} module (CPython's {@code Modules/_abc.c}): the helpers behind {@code abc.ABCMeta}
 * ({@code _abc_init}, {@code _abc_register}, {@code _abc_instancecheck}, {@code _abc_subclasscheck},
 * {@code _get_dump}, {@code _reset_registry}, {@code _reset_caches}, {@code get_cache_token}),
 * following CPython's algorithm step for step so that {@code __subclasshook__}, registration and
 * the caches behave the same; the caches hold classes weakly. The invalidation counter is per
 * interpreter.
 */
public final class AbcModule {
    private AbcModule() {}

    private static final PyStr ABC_IMPL = PyStr.of("_abc_impl");

    /** The counter that {@code register()} bumps to invalidate every negative cache. */
    static final class State {
        final AtomicLong invalidationCounter = new AtomicLong();
    }

    private static State state() {
        return ThreadState.current().interpreter.moduleState(State.class, State::new);
    }

    private static AbcData impl(PyObject self) {
        PyObject impl = Abstract.getAttr(self, ABC_IMPL);
        if (!(impl instanceof AbcData d)) {
            throw Errors.typeError("_abc_impl is set to a wrong type");
        }
        return d;
    }

    private static boolean isAbstract(PyObject value) {
        PyObject r = Abstract.lookupAttr(value, PyStr.of("__isabstractmethod__"));
        return r != null && Abstract.isTrue(r);
    }

    /** CPython's {@code compute_abstract_methods}: own abstract names, then inherited ones still abstract. */
    private static void computeAbstractMethods(PyObject self) {
        PySet abstracts = new PySet(false);
        PyObject ns = Abstract.getAttr(self, "__dict__");
        for (PyObject key : Abstract.toArray(Callables.callAttr(ns, "keys"))) {
            if (isAbstract(Abstract.getItem(ns, key))) {
                abstracts.add(key);
            }
        }
        PyObject bases = Abstract.getAttr(self, "__bases__");
        if (!(bases instanceof PyTuple bt)) {
            throw Errors.typeError("__bases__ is not tuple");
        }
        for (PyObject base : bt.array()) {
            PyObject baseAbstracts = Abstract.lookupAttr(base, PyStr.of("__abstractmethods__"));
            if (baseAbstracts == null) {
                continue;
            }
            PyObject it = Abstract.iter(baseAbstracts);
            for (PyObject key; (key = Abstract.next(it)) != null; ) {
                PyObject value = Abstract.lookupAttr(self, (PyStr) Abstract.str(key));
                if (value != null && isAbstract(value)) {
                    abstracts.add(key);
                }
            }
        }
        PySet frozen = new PySet(true);
        for (PyObject k : Abstract.toArray(abstracts)) {
            frozen.add(k);
        }
        Abstract.setAttr(self, PyStr.of("__abstractmethods__"), frozen);
    }

    private static PyObject abcInit(PyObject self) {
        computeAbstractMethods(self);
        Abstract.setAttr(self, ABC_IMPL, new AbcData(state().invalidationCounter.get()));
        if (self instanceof PyType t) {
            // CPython turns __abc_tpflags__ into the type's SEQUENCE/MAPPING flags and removes it.
            PyDict d = t.dict();
            PyObject flags = d.getItem(PyStr.of("__abc_tpflags__"));
            if (flags != null) {
                if (flags instanceof PyInt i) {
                    long mask = i.fitsLong() ? i.longValue() : 0;
                    t.markCollection(t.collectionFlags() | (int) (mask & (PyType.SEQUENCE | PyType.MAPPING)));
                }
                d.delItem(PyStr.of("__abc_tpflags__"));
                t.modified();
            }
        }
        return PyNone.NONE;
    }

    private static PyObject register(PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType)) {
            throw Errors.typeError("Can only register classes");
        }
        if (Abstract.isSubclass(subclass, self)) {
            return subclass;
        }
        if (Abstract.isSubclass(self, subclass)) {
            throw Errors.of(ExceptionTypes.RuntimeError, "Refusing to create an inheritance cycle");
        }
        impl(self).registry.add(subclass);
        state().invalidationCounter.incrementAndGet();
        if (self instanceof PyType t && t.collectionFlags() != 0) {
            setCollectionFlag((PyType) subclass, t.collectionFlags());
        }
        return subclass;
    }

    /** {@code set_collection_flag_recursive}: a registered class and its subclasses match as the ABC's kind. */
    private static void setCollectionFlag(PyType child, int flag) {
        if (!child.isHeapType() || child.collectionFlags() == flag) {
            return;
        }
        child.markCollection(flag);
        for (PyObject sub : Abstract.toArray(Callables.callAttr(child, "__subclasses__"))) {
            if (sub instanceof PyType st) {
                setCollectionFlag(st, flag);
            }
        }
    }

    private static PyObject instanceCheck(PyObject self, PyObject instance) {
        AbcData impl = impl(self);
        PyObject subclass = Abstract.getAttr(instance, "__class__");
        if (impl.cache.contains(subclass)) {
            return PyBool.TRUE;
        }
        PyType subtype = instance.type();
        if (subtype == subclass) {
            if (impl.negativeCacheVersion == state().invalidationCounter.get() && impl.negativeCache.contains(subclass)) {
                return PyBool.FALSE;
            }
            return Callables.callAttr(self, "__subclasscheck__", subclass);
        }
        PyObject r = Callables.callAttr(self, "__subclasscheck__", subclass);
        if (Abstract.isTrue(r)) {
            return r;
        }
        return Callables.callAttr(self, "__subclasscheck__", subtype);
    }

    private static PyObject subclassCheck(PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType sub)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        AbcData impl = impl(self);
        if (impl.cache.contains(subclass)) {
            return PyBool.TRUE;
        }
        long counter = state().invalidationCounter.get();
        if (impl.negativeCacheVersion < counter) {
            impl.negativeCache.clear();
            impl.negativeCacheVersion = counter;
        } else if (impl.negativeCache.contains(subclass)) {
            return PyBool.FALSE;
        }
        PyObject ok = Callables.callAttr(self, "__subclasshook__", subclass);
        if (ok == PyBool.TRUE) {
            impl.cache.add(subclass);
            return PyBool.TRUE;
        }
        if (ok == PyBool.FALSE) {
            impl.negativeCache.add(subclass);
            return PyBool.FALSE;
        }
        if (ok != PyNotImplemented.NOT_IMPLEMENTED) {
            throw Errors.of(ExceptionTypes.AssertionError,
                    "__subclasshook__ must return either False, True, or NotImplemented");
        }
        for (PyType t : sub.mro()) {
            if (t == self) {
                impl.cache.add(subclass);
                return PyBool.TRUE;
            }
        }
        if (impl.registry.contains(subclass)) {
            return PyBool.TRUE;
        }
        for (PyType r : impl.registry.snapshot()) {
            if (Abstract.isSubclass(subclass, r)) {
                impl.cache.add(subclass);
                return PyBool.TRUE;
            }
        }
        PyObject subclasses = Callables.callAttr(self, "__subclasses__");
        if (!(subclasses instanceof PyList l)) {
            throw Errors.typeError("__subclasses__() must return a list");
        }
        for (PyObject scls : l.toArray()) {
            if (Abstract.isSubclass(subclass, scls)) {
                impl.cache.add(subclass);
                return PyBool.TRUE;
            }
        }
        impl.negativeCache.add(subclass);
        return PyBool.FALSE;
    }

    /** A set of weak references to the classes of {@code s}, as {@code _get_dump} shows them. */
    private static PySet refs(AbcData.WeakSet s) {
        PySet out = new PySet(false);
        PyObject ref = ThreadState.current().interpreter.importModule("_weakref", null, null, 0);
        PyObject refType = Abstract.getAttr(ref, "ref");
        for (PyType t : s.snapshot()) {
            out.add(Callables.call(refType, t));
        }
        return out;
    }

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("_abc", true);
        m.set("__doc__", PyStr.of("Module contains faster C implementation of abc.ABCMeta"));
        m.def("get_cache_token", (a, k) -> {
            Args.noArgs("get_cache_token", a, k);
            return PyInt.of(state().invalidationCounter.get());
        });
        m.def("_abc_init", (a, k) -> abcInit(Args.oneArg("_abc_init", a, k)));
        m.def("_abc_register", (a, k) -> {
            Args.check("_abc_register", a, k, 2, 2);
            return register(a[0], a[1]);
        });
        m.def("_abc_instancecheck", (a, k) -> {
            Args.check("_abc_instancecheck", a, k, 2, 2);
            return instanceCheck(a[0], a[1]);
        });
        m.def("_abc_subclasscheck", (a, k) -> {
            Args.check("_abc_subclasscheck", a, k, 2, 2);
            return subclassCheck(a[0], a[1]);
        });
        m.def("_get_dump", (a, k) -> {
            AbcData d = impl(Args.oneArg("_get_dump", a, k));
            return PyTuple.of(refs(d.registry), refs(d.cache), refs(d.negativeCache),
                    PyInt.of(d.negativeCacheVersion));
        });
        m.def("_reset_registry", (a, k) -> {
            impl(Args.oneArg("_reset_registry", a, k)).registry.clear();
            return PyNone.NONE;
        });
        m.def("_reset_caches", (a, k) -> {
            AbcData d = impl(Args.oneArg("_reset_caches", a, k));
            d.cache.clear();
            d.negativeCache.clear();
            return PyNone.NONE;
        });
        return m;
    }
}
