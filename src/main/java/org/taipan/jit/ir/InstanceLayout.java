package org.taipan.jit.ir;

import java.util.List;
import org.taipan.runtime.PyType;
import org.taipan.runtime.Shape;

/**
 * The constant of a {@link IrOp#VIRTUAL_INSTANCE}: the class of an instance the trace never
 * allocated and the shapes its attributes were added through, in order ({@code shapes[i]} has
 * {@code i + 1} attributes), so the exit that needs the object rebuilds it as the trace's
 * NEW_INSTANCE and ADDSLOTs would have: same class, same shape, the values the snapshot names.
 *
 * @param type   the instance's class (instances made by {@code object.__new__}, no finalizer)
 * @param shapes the shape after each attribute added, in order
 */
public record InstanceLayout(PyType type, List<Shape> shapes) {
    /** {@code virtual Vec(x, y, z)}: the class and its attribute names, for the log. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("virtual ").append(type.name()).append('(');
        Shape s = shapes.isEmpty() ? null : shapes.get(shapes.size() - 1);
        for (int i = 0; s != null && i < s.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(s.nameAt(i));
        }
        return b.append(')').toString();
    }
}
