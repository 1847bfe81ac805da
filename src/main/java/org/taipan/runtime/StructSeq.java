package org.taipan.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A named tuple type made in Java, CPython's struct sequence ({@code Objects/structseq.c}):
 * a tuple whose items are also attributes, shown as {@code module.name(field=value, ...)}.
 * Used for {@code sys.int_info}, {@code time.struct_time}, {@code os.stat_result}, ...
 *
 * <p>A type has {@code n_fields} fields of which the first {@code n_sequence_fields} are the
 * tuple's items; the others ({@code tm_zone}, {@code st_atime}, ...) are attributes only. A
 * visible field may be unnamed (a null name: {@code os.stat_result}'s integer times), reachable
 * by index only; as in CPython the repr then labels the value at that index with the next named
 * field's name ({@code st_atime=1700000000}).
 */
public final class StructSeq {
    private StructSeq() {}

    /**
     * A new struct sequence type {@code module.name} whose fields are all items of the tuple
     * ({@code name} alone, of module builtins, when {@code module} is null: sys's asyncgen_hooks).
     */
    public static PyType newType(String module, String name, String... fields) {
        return newType(module, name, fields.length, fields);
    }

    /**
     * A new struct sequence type {@code module.name}: {@code fields[0..nSequence)} are the
     * tuple's items (a null name is an unnamed field), the rest are attributes only.
     */
    public static PyType newType(String module, String name, int nSequence, String... fields) {
        return newType(module, name, true, nSequence, fields);
    }

    /**
     * A struct sequence type whose instances only the runtime makes ({@code sys.flags},
     * {@code sys.version_info}, {@code sys.thread_info}): calling it raises TypeError "cannot
     * create 'sys.flags' instances", as CPython's types with {@code tp_new} cleared.
     */
    public static PyType newUninstantiableType(String module, String name, String... fields) {
        return newType(module, name, false, fields.length, fields);
    }

    /**
     * {@link #newType(String, String, String...)} with {@code setup} run on the type before it is
     * made ready: for a type with its own {@code __new__} or {@code __reduce__}
     * ({@code os.sched_param}).
     */
    public static PyType newType(String module, String name, java.util.function.Consumer<PyType> setup,
            String... fields) {
        return newType(module, name, true, fields.length, setup, fields);
    }

    private static PyType newType(String module, String name, boolean instantiable, int nSequence, String... fields) {
        return newType(module, name, instantiable, nSequence, t -> { }, fields);
    }

    private static PyType newType(String module, String name, boolean instantiable, int nSequence,
            java.util.function.Consumer<PyType> setup, String... fields) {
        String tpName = module == null ? name : module + "." + name;
        PyType t = PyType.builtinFinal(tpName, PyTuple.TYPE);
        List<String> named = new ArrayList<>();
        for (String f : fields) {
            if (f != null) {
                named.add(f);
            }
        }
        int unnamed = fields.length - named.size();
        String[] members = named.toArray(new String[0]);
        t.tp_repr = o -> {
            PyTuple tup = (PyTuple) o;
            StringBuilder sb = new StringBuilder(tpName).append('(');
            for (int i = 0; i < tup.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(members[i]).append('=').append(Abstract.repr(tup.get(i)));
            }
            return PyStr.of(sb.append(')').toString());
        };
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == null) {
                continue;
            }
            int index = i;
            // READONLY members in CPython: "readonly attribute" on assignment and deletion
            t.addAttr(fields[i], new PyGetSetDescr(t, fields[i], o -> field((PyTuple) o, index, nSequence), (o, v) -> {
                throw Errors.attributeError("readonly attribute");
            }));
        }
        // The instances are tuples with no __dict__: only a data descriptor of the type takes an
        // assignment (PyObject_GenericSetAttr without a dict)
        t.tp_setattro = (o, attr, v) -> {
            PyObject descr = o.type().lookup(attr);
            if (descr == null) {
                throw Errors.attributeError("'%s' object has no attribute '%s'", o.type().name(), attr);
            }
            if (descr.type().tp_descr_set == null) {
                throw Errors.attributeError("'%s' object attribute '%s' is read-only", o.type().name(), attr);
            }
            ObjectSlots.genericSetAttr(o, attr, v);
        };
        t.tp_new = instantiable ? (type, a, k) -> construct(type, tpName, a, k, nSequence, fields, unnamed)
                : (type, a, k) -> {
                    throw Errors.typeError("cannot create '%s' instances", tpName);
                };
        t.addMethodNoArgs("__reduce__", self -> {
            PyTuple tup = (PyTuple) self;
            PyDict extra = new PyDict();
            for (int i = nSequence; i < fields.length; i++) {
                extra.setItem(PyStr.of(fields[i]), field(tup, i, nSequence));
            }
            PyObject[] items = new PyObject[tup.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = tup.get(i);
            }
            return PyTuple.of(self.type(), PyTuple.of(PyTuple.of(items), extra));
        });
        List<PyObject> matchArgs = new ArrayList<>();
        for (int i = 0; i < nSequence; i++) {
            if (fields[i] != null) {
                matchArgs.add(PyStr.of(fields[i]));
            }
        }
        t.addAttr("__match_args__", PyTuple.of(matchArgs.toArray(new PyObject[0])));
        t.addAttr("n_fields", PyInt.of(fields.length));
        t.addAttr("n_sequence_fields", PyInt.of(nSequence));
        t.addAttr("n_unnamed_fields", PyInt.of(unnamed));
        if (module != null && !module.equals("sys")) {
            // PyStructSequence_NewType's heap types keep their module in their dict; sys's struct
            // sequences are static types, named by tp_name alone
            t.addAttr("__module__", PyStr.of(module));
        }
        setup.accept(t);
        t.ready();
        return t;
    }

    private static PyObject field(PyTuple t, int index, int nSequence) {
        if (index < nSequence) {
            return t.get(index);
        }
        PyObject[] hidden = ((PyTuple.Sub) t).hidden;
        PyObject v = hidden == null ? null : hidden[index - nSequence];
        return v == null ? PyNone.NONE : v;
    }

    /** {@code structseq_new}: {@code T(sequence, dict=None)}. */
    private static PyObject construct(PyType type, String tpName, PyObject[] a, String[] k, int nSequence,
            String[] fields, int unnamed) {
        PyObject[] bound = MethodArgs.bind("structseq", a, k, 0, "sequence", "dict");
        PyObject seq = MethodArgs.required("structseq", bound, 0, "sequence");
        PyObject dict = bound[1];
        PyObject[] items;
        try {
            items = Abstract.toArray(seq);
        } catch (PyException e) {
            if (e.value.type().isSubtypeOf(ExceptionTypes.TypeError)) {
                throw Errors.typeError("constructor requires a sequence");
            }
            throw e;
        }
        if (dict != null && !(dict instanceof PyDict)) {
            throw Errors.typeError("%s() takes a dict as second arg, if any", tpName);
        }
        int len = items.length;
        int max = fields.length;
        if (nSequence != max) {
            if (len < nSequence) {
                throw Errors.typeError("%s() takes an at least %d-sequence (%d-sequence given)", tpName, nSequence, len);
            }
            if (len > max) {
                throw Errors.typeError("%s() takes an at most %d-sequence (%d-sequence given)", tpName, max, len);
            }
        } else if (len != nSequence) {
            throw Errors.typeError("%s() takes a %d-sequence (%d-sequence given)", tpName, nSequence, len);
        }
        PyObject[] visible = java.util.Arrays.copyOf(items, nSequence);
        PyObject[] hidden = new PyObject[max - nSequence];
        for (int i = nSequence; i < max; i++) {
            PyObject v = i < len ? items[i] : null;
            if (v == null && dict instanceof PyDict d) {
                v = d.getItem(PyStr.of(fields[i]));
            }
            hidden[i - nSequence] = v == null ? PyNone.NONE : v;
        }
        return makeWithHidden(type, visible, hidden);
    }

    /** An instance of {@code type} holding {@code values}, one per field (all fields visible). */
    public static PyObject make(PyType type, PyObject... values) {
        return new PyTuple.Sub(type, values);
    }

    /**
     * An instance of {@code type} with its visible items and its attribute-only fields (in the
     * order given to {@link #newType(String, String, int, String...)}; a null is read as None).
     */
    public static PyObject makeWithHidden(PyType type, PyObject[] visible, PyObject[] hidden) {
        PyTuple.Sub s = new PyTuple.Sub(type, visible);
        s.hidden = hidden;
        return s;
    }
}
