package org.taipan.modules;

import org.taipan.runtime.Errors;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.HasSlotValues;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;

/**
 * An instance of a subclassable type of a Java module ({@code itertools.count},
 * {@code collections.deque}, ...): it carries its Python type (the exact type or a user
 * subclass) and, for instances of user subclasses, a {@code __dict__} made on first use.
 * Instances of the exact builtin type have no {@code __dict__}: {@link #refuseNewAttributes}
 * installs the {@code tp_setattro} that says so, as CPython's types without a dict offset do.
 */
public abstract class TypedObject extends PyObject implements HasDict, HasSlotValues {
    private final PyType type;
    private PyDict dict;
    private PyDict slotValues;

    protected TypedObject(PyType type) {
        this.type = type;
    }

    @Override
    public final PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyDict dictIfMade() {
        return dict;
    }

    @Override
    public boolean replaceDict(PyDict d) {
        dict = d;
        return true;
    }

    @Override
    public PyDict slotValues(boolean create) {
        if (slotValues == null && create) {
            slotValues = new PyDict();
        }
        return slotValues;
    }

    /**
     * Makes {@code t}'s own instances refuse attributes that no descriptor defines
     * ("'itertools.count' object has no attribute 'x'"); user subclasses keep their dict.
     */
    public static void refuseNewAttributes(PyType t) {
        t.tp_setattro = (o, name, v) -> {
            PyType ot = o.type();
            if (!ot.isHeapType() && ot.lookup(name) == null) {
                throw Errors.attributeError("'%s' object has no attribute '%s'", ot.name(), name);
            }
            ObjectSlots.genericSetAttr(o, name, v);
        };
    }
}
