package org.taipan.jit.emit;

import static java.lang.constant.ConstantDescs.BSM_CLASS_DATA_AT;
import static java.lang.constant.ConstantDescs.DEFAULT_NAME;

import java.lang.classfile.constantpool.ConstantPoolBuilder;
import java.lang.classfile.constantpool.LoadableConstantEntry;
import java.lang.classfile.constantpool.MethodHandleEntry;
import java.lang.constant.ClassDesc;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
    /**
     * The pool entries made so far for the class being written, by element and type: the class-file
     * library's own path from a {@code DynamicConstantDesc} (its bootstrap method and arguments
     * resolved to entries and looked up again on every {@code ldc}) was a third of writing a trace
     * class while that library still ran in HotSpot's interpreter.
     */
    private final Map<Key, LoadableConstantEntry> entries = new HashMap<>();
    private ConstantPoolBuilder pool;
    private MethodHandleEntry classDataAt;

    private record Key(int element, ClassDesc type) {}

    /**
     * The loadable constant of {@code pool} for {@code value} (the same element for the same
     * object), typed {@code type}: an entry of the class {@code pool} belongs to.
     */
    LoadableConstantEntry constant(ConstantPoolBuilder pool, Object value, ClassDesc type) {
        Integer i = index.get(value);
        if (i == null) {
            i = values.size();
            values.add(value);
            index.put(value, i);
        }
        if (pool != this.pool) {
            // another class written with the same constants (a writer writes one, but nothing here relies on it)
            this.pool = pool;
            entries.clear();
            classDataAt = pool.methodHandleEntry(BSM_CLASS_DATA_AT);
        }
        int element = i;
        return entries.computeIfAbsent(new Key(element, type), k -> pool.constantDynamicEntry(
                pool.bsmEntry(classDataAt, List.of(pool.intEntry(element))),
                pool.nameAndTypeEntry(DEFAULT_NAME, type)));
    }

    /** The list to define the class with. */
    List<Object> list() {
        return Collections.unmodifiableList(values);
    }
}
