package org.taipan.runtime;

/** A cell holding a variable shared between a function and the closures it creates. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("cell", PyType.OBJECT);

    static {
        TYPE.addAttr("cell_contents", new PyGetSetDescr(TYPE, "cell_contents", o -> {
            PyObject v = ((PyCell) o).value;
            if (v == null) {
                throw Errors.valueError("Cell is empty");
            }
            return v;
        }, (o, v) -> ((PyCell) o).value = v));
        TYPE.tp_repr = o -> {
            PyObject v = ((PyCell) o).value;
            return PyStr.of("<cell at " + ObjectSlots.address(o) + ": " + (v == null ? "empty"
                    : v.type().name() + " object at " + ObjectSlots.address(v)) + ">");
        };
        // CPython 3.11's cell_new: types.CellType() is an empty cell, CellType(v) holds v
        TYPE.tp_new = (t, a, k) -> {
            Args.check("cell", a, k, 0, 1);
            return new PyCell(a.length == 1 ? a[0] : null);
        };
        TYPE.ready();
    }

    /** The contents, or null when the cell is empty (unbound variable). */
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
