package org.taipan.jit.ir;

import java.util.List;
import org.taipan.runtime.PyMemberDescr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.Shape;

/**
 * The constant of a {@link IrOp#VIRTUAL_INSTANCE}: the class of an instance the trace never
 * allocated and the shapes its attributes were added through, in order ({@code shapes[i]} has
 * {@code i + 1} attributes), so the exit that needs the object rebuilds it as the trace's
 * NEW_INSTANCE, ADDSLOTs and SETMEMBERs would have: same class, same shape, the values the
 * snapshot names (the shape's values first, then the {@code __slots__} members set).
 *
 * @param type    the instance's class (instances made by {@code object.__new__}, no finalizer)
 * @param shapes  the shape after each attribute added, in order
 * @param members the indexes of the {@code __slots__} members set, ascending
 */
public record InstanceLayout(PyType type, List<Shape> shapes, List<Integer> members) {
    /** {@code virtual Vec(x, y, z)}: the class and its attribute names, for the log. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("virtual ").append(type.name()).append('(');
        Shape s = shapes.isEmpty() ? null : shapes.get(shapes.size() - 1);
        for (int i = 0; s != null && i < s.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(s.nameAt(i));
        }
        for (int k = 0; k < members.size(); k++) {
            b.append(k == 0 && (s == null || s.size() == 0) ? "" : ", ").append(memberName(members.get(k)));
        }
        return b.append(')').toString();
    }

    /** The name of the {@code __slots__} member at {@code index} of the class's layout, for the log. */
    private String memberName(int index) {
        for (PyType c : type.mro()) {
            for (int i = 0; i < c.dict().size(); i++) {
                if (c.dict().valueAt(i) instanceof PyMemberDescr m && m.memberIndex() == index) {
                    return m.name().toString();
                }
            }
        }
        return "member " + index;
    }
}
