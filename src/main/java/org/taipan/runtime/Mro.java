package org.taipan.runtime;

import java.util.ArrayList;
import java.util.List;

/** The C3 method resolution order, as CPython's {@code mro_implementation}. */
final class Mro {
    private Mro() {}

    /**
     * @throws PyException TypeError "Cannot create a consistent method resolution order (MRO) for bases ..."
     */
    static PyType[] compute(PyType t, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro())));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(t);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType cand = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> o : seqs) {
                    if (o.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    cand = head;
                    break;
                }
            }
            if (cand == null) {
                StringBuilder sb = new StringBuilder();
                java.util.Set<PyType> seen = new java.util.HashSet<>();
                for (List<PyType> s : seqs) {
                    PyType h = s.get(0);
                    if (seen.add(h)) {
                        if (sb.length() > 0) {
                            sb.append(", ");
                        }
                        sb.append(h.name());
                    }
                }
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases %s", sb);
            }
            result.add(cand);
            for (List<PyType> s : seqs) {
                if (!s.isEmpty() && s.get(0) == cand) {
                    s.remove(0);
                }
            }
        }
    }

    /**
     * A metaclass {@code mro()}'s result as an MRO (CPython's {@code mro_check}): any iterable
     * of classes, each with an instance layout that {@code t}'s extends.
     *
     * @throws PyException TypeError "mro() returned a non-class ('...')", "mro() returned base
     *     with unsuitable layout ('...')", or the one iterating a non-iterable raises
     */
    static PyType[] checkCustom(PyType t, PyObject result) {
        PyObject[] items = Abstract.sequenceTuple(result);
        PyType[] mro = new PyType[items.length];
        PyType solid = t.solidBase();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyType b)) {
                throw Errors.typeError("mro() returned a non-class ('%s')", items[i].type().name());
            }
            if (!solid.isSubtypeOf(b.solidBase())) {
                throw Errors.typeError("mro() returned base with unsuitable layout ('%s')", b.name());
            }
            mro[i] = b;
        }
        return mro;
    }
}
