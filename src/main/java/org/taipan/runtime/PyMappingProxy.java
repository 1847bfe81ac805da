package org.taipan.runtime;

/** {@code mappingproxy}: a read-only view of a mapping, what {@code C.__dict__} returns. */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("mappingproxy", PyType.OBJECT).markCollection(PyType.MAPPING);

    static {
        // types.MappingProxyType(mapping), as CPython's mappingproxy_new (functools.singledispatch uses it).
        TYPE.tp_new = (t, a, k) -> {
            PyObject m = MethodArgs.required("mappingproxy", MethodArgs.bind("mappingproxy", a, k, 0, "mapping"), 0,
                    "mapping");
            if (m.type().mp_subscript == null || m instanceof PyList || m instanceof PyTuple) {
                throw Errors.typeError("mappingproxy() argument must be a mapping, not %s", m.type().name());
            }
            return new PyMappingProxy(m);
        };
        TYPE.mp_subscript = (o, k) -> Abstract.getItem(((PyMappingProxy) o).mapping, k);
        TYPE.mp_length = o -> Abstract.length(((PyMappingProxy) o).mapping);
        TYPE.sq_contains = (o, k) -> Abstract.contains(((PyMappingProxy) o).mapping, k);
        TYPE.tp_iter = o -> Abstract.iter(((PyMappingProxy) o).mapping);
        TYPE.tp_repr = o -> PyStr.of("mappingproxy(" + Abstract.repr(((PyMappingProxy) o).mapping) + ")");
        TYPE.tp_str = o -> Abstract.str(((PyMappingProxy) o).mapping);
        TYPE.tp_richcompare = (a, b, op) -> Abstract.richCompare(((PyMappingProxy) a).mapping,
                b instanceof PyMappingProxy p ? p.mapping : b, op);
        for (String m : new String[] {"keys", "values", "items", "get", "copy"}) {
            TYPE.addMethod(m, (self, a, k) -> Callables.call(Abstract.getAttr(((PyMappingProxy) self).mapping, m), a, k));
        }
        TYPE.nb_or = (a, b) -> Abstract.binaryOp(Abstract.NB_OR, a instanceof PyMappingProxy p ? p.mapping : a,
                b instanceof PyMappingProxy q ? q.mapping : b);
        // mappingproxy_ior: the proxy is read-only, so |= names the operator to use instead.
        TYPE.nb_inplace_or = (a, b) -> {
            throw Errors.typeError("'|=' is not supported by %s; use '|' instead", a.type().name());
        };
        TYPE.addMethodNoArgs("__reversed__", self -> Callables.callAttr(((PyMappingProxy) self).mapping, "__reversed__"));
        PyGenericAlias.install(TYPE);
        TYPE.ready();
    }

    final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
