package org.taipan.modules.itertools;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code tee(iterable, n=2)} and its {@code _tee} iterators (CPython's {@code teeobject}): the
 * copies share one input and a singly linked list of the items read from it; each copy holds
 * its own position in the list, so items every copy has passed become garbage.
 */
final class Tee extends IterObject {
    static final PyType TYPE = IterObject.type("_tee", false);

    /** The shared input, with CPython's guard against re-entering it from its own {@code __next__}. */
    static final class Source {
        final PyObject it;
        boolean running;

        Source(PyObject it) {
            this.it = it;
        }
    }

    /** A list cell: the item at this position once some copy has read it. */
    static final class Link {
        PyObject value;
        Link next;
    }

    final Source source;
    Link pos;

    Tee(Source source, Link pos) {
        super(TYPE);
        this.source = source;
        this.pos = pos;
    }

    @Override
    PyObject next() {
        Link l = pos;
        if (l.next == null) {
            if (source.running) {
                throw Errors.of(ExceptionTypes.RuntimeError, "cannot re-enter the tee iterator");
            }
            source.running = true;
            PyObject v;
            try {
                v = Abstract.next(source.it);
            } finally {
                source.running = false;
            }
            if (v == null) {
                return null;
            }
            if (l.next == null) {
                l.value = v;
                l.next = new Link();
            }
        }
        pos = l.next;
        return l.value;
    }

    /** A new {@code _tee} over {@code iterable}, or a copy when it already is one. */
    static Tee fromIterable(PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        if (it instanceof Tee t) {
            return new Tee(t.source, t.pos);
        }
        return new Tee(new Source(it), new Link());
    }

    static {
        TYPE.tp_new = (t, a, k) -> {
            Args.check("_tee", a, k, 1, 1);
            return fromIterable(a[0]);
        };
        TYPE.addMethodNoArgs("__copy__", self -> {
            Tee t = (Tee) self;
            return new Tee(t.source, t.pos);
        });
        TYPE.ready();
    }

    /** {@code itertools.tee(iterable, n=2)}: a tuple of n independent iterators. */
    static PyObject tee(PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("itertools.tee() takes no keyword arguments");
        }
        Args.check("tee", a, k, 1, 2);
        long n = 2;
        if (a.length > 1) {
            n = Abstract.index(a[1], null).ssizeValue();
        }
        if (n < 0) {
            throw Errors.valueError("n must be >= 0");
        }
        PyObject it = Abstract.iter(a[0]);
        if (n == 0) {
            return PyTuple.EMPTY;
        }
        PyObject copyable = Abstract.lookupAttr(it, PyStr.of("__copy__")) != null ? it : fromIterable(it);
        PyObject[] r = new PyObject[(int) n];
        r[0] = copyable;
        for (int i = 1; i < n; i++) {
            r[i] = copyable instanceof Tee t ? new Tee(t.source, t.pos) : Callables.callAttr(copyable, "__copy__");
        }
        return new PyTuple(r);
    }
}
