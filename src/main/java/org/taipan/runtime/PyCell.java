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
        // cell_richcompare: two cells compare their contents; an empty cell sorts before a full one
        TYPE.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyCell other)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyObject x = ((PyCell) a).value, y = other.value;
            if (x != null && y != null) {
                return Abstract.richCompare(x, y, op);
            }
            return PyBool.of(op.test(Integer.compare(x == null ? 0 : 1, y == null ? 0 : 1)));
        };
        TYPE.tp_hash = ObjectSlots.UNHASHABLE; // comparing by contents, cells have no hash
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
