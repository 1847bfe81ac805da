package org.taipan.modules.itertools;

import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The {@code itertools} module (CPython's {@code Modules/itertoolsmodule.c}): every iterator
 * type of 3.11, lazy, subclassable where CPython's are, with CPython's argument errors.
 */
public final class ItertoolsModule {
    private ItertoolsModule() {}

    /** Builds the module; its types are shared by every interpreter (they hold no state). */
    public static PyModule create() {
        PyModule m = new PyModule("itertools", true);
        m.set("__doc__", PyStr.of("Functional tools for creating and using iterators."));
        for (PyType t : new PyType[] {Infinite.COUNT, Infinite.CYCLE, Infinite.REPEAT, Mapping.ACCUMULATE,
            Mapping.CHAIN, Filtering.COMPRESS, Filtering.DROPWHILE, Filtering.FILTERFALSE, GroupBy.TYPE,
            GroupBy.GROUPER, Filtering.ISLICE, Mapping.PAIRWISE, Mapping.STARMAP, Filtering.TAKEWHILE, Tee.TYPE,
            Mapping.ZIP_LONGEST, Combinatorics.PRODUCT, Combinatorics.PERMUTATIONS, Combinatorics.COMBINATIONS,
            Combinatorics.CWR, Tee.TeeData.DATA_TYPE}) {
            m.set(t.shortName(), t);
        }
        PyBuiltinFunction tee = new PyBuiltinFunction("tee", Tee::tee);
        tee.setModule(m);
        m.set("tee", tee);
        return m;
    }
}
