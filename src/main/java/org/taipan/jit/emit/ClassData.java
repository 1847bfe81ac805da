package org.taipan.jit.emit;

import static java.lang.constant.ConstantDescs.BSM_CLASS_DATA_AT;
import static java.lang.constant.ConstantDescs.DEFAULT_NAME;

import java.lang.constant.ClassDesc;
import java.lang.constant.DynamicConstantDesc;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The constants of one trace class (CONST_REF values, guard classes and shapes, exits, helper
 * method handles): a list handed to {@code defineHiddenClassWithClassData}, each element loaded
 * by an {@code ldc} of a dynamic constant ({@code MethodHandles.classDataAt}), which HotSpot
 * treats as a true constant. Nothing is registered globally: the constants die with the class.
 */
final class ClassData {
    private final List<Object> values = new ArrayList<>();
    private final Map<Object, Integer> index = new IdentityHashMap<>();

    /** The loadable constant for {@code value} (the same element for the same object), typed {@code type}. */
    DynamicConstantDesc<Object> constant(Object value, ClassDesc type) {
        Integer i = index.get(value);
        if (i == null) {
            i = values.size();
            values.add(value);
            index.put(value, i);
        }
        return DynamicConstantDesc.ofNamed(BSM_CLASS_DATA_AT, DEFAULT_NAME, type, i);
    }

    /** The list to define the class with. */
    List<Object> list() {
        return Collections.unmodifiableList(values);
    }
}
