package org.taipan.modules.itertools;

import org.taipan.modules.TypedObject;
import org.taipan.modules.weakref.Weakrefable;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
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

    /** How many items a {@code _tee_dataobject} (one block of the pickled list) holds: CPython's {@code LINKCELLS}. */
    static final int LINKCELLS = 57;

    /**
     * A list cell: the item at this position once some copy has read it ({@code next} is then
     * set). Cells are numbered from the input's start so that the list falls into the blocks of
     * {@link #LINKCELLS} that CPython pickles as {@code _tee_dataobject}s.
     */
    static final class Link {
        PyObject value;
        Link next;
        final long seq;
        /** The first cell of this one's block. */
        final Link head;
        /** On a block's first cell, the {@code _tee_dataobject} made for it, shared by every copy. */
        TeeData data;

        Link(Link prev) {
            seq = prev == null ? 0 : prev.seq + 1;
            head = seq % LINKCELLS == 0 ? this : prev.head;
        }
    }

    Source source;
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
                l.next = new Link(l);
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
        return new Tee(new Source(it), new Link(null));
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
        TYPE.addMethodNoArgs("__reduce__", self -> {
            Tee t = (Tee) self;
            Link head = t.pos.head;
            return PyTuple.of(TYPE, PyTuple.of(PyTuple.EMPTY),
                    PyTuple.of(TeeData.of(t.source, head), PyInt.of(t.pos.seq - head.seq)));
        });
        TYPE.addMethodOneArg("__setstate__", (self, state) -> {
            PyTuple st = IterObject.stateTuple(state);
            IterObject.stateArity(st, 2, 2);
            if (!(st.get(0) instanceof TeeData data)) {
                throw Errors.typeError("argument 1 must be itertools._tee_dataobject, not %s", st.get(0).type().name());
            }
            int index = Args.cInt(st.get(1));
            if (index < 0 || index > LINKCELLS) {
                throw Errors.valueError("Index out of range");
            }
            Link l = data.head;
            for (int i = 0; i < index && l.next != null; i++) {
                l = l.next;
            }
            Tee t = (Tee) self;
            t.source = data.source;
            t.pos = l;
            return PyNone.NONE;
        });
        TYPE.ready();
        Weakrefable.allow(TYPE);
    }

    /**
     * A {@code _tee_dataobject}: one block of up to {@link #LINKCELLS} items of a tee's shared
     * list, as CPython pickles it ({@code teedataobject}): {@code (it, values, next block or None)}.
     * Taipan's list is not cut into blocks; this is a view of the block starting at {@code head}.
     */
    static final class TeeData extends TypedObject {
        static final PyType DATA_TYPE = IterObject.dataType();

        final Source source;
        final Link head;

        private TeeData(Source source, Link head) {
            super(DATA_TYPE);
            this.source = source;
            this.head = head;
        }

        /** The block starting at {@code head} (a block's first cell), the same object each time. */
        static TeeData of(Source source, Link head) {
            if (head.data == null) {
                head.data = new TeeData(source, head);
            }
            return head.data;
        }

        static {
            DATA_TYPE.tp_new = (t, a, k) -> {
                Args.noKeywords("teedataobject", k);
                if (a.length != 3) {
                    throw Errors.typeError("teedataobject() takes exactly 3 arguments (%d given)", a.length);
                }
                if (!(a[1] instanceof PyList values)) {
                    throw Errors.typeError("teedataobject() argument 2 must be list, not %s", a[1].type().name());
                }
                PyObject nextBlock = a[2];
                if (values.size() > LINKCELLS || (nextBlock != PyNone.NONE && !(nextBlock instanceof TeeData))
                        || (nextBlock instanceof TeeData && values.size() != LINKCELLS)) {
                    throw Errors.valueError("Invalid arguments");
                }
                Source source = nextBlock instanceof TeeData n && n.source.it == a[0] ? n.source : new Source(a[0]);
                Link head = new Link(null);
                Link l = head;
                for (int i = 0; i < values.size(); i++) {
                    l.value = values.get(i);
                    l.next = i == values.size() - 1 && nextBlock instanceof TeeData n ? n.head : new Link(l);
                    l = l.next;
                }
                return of(source, head);
            };
            DATA_TYPE.addMethodNoArgs("__reduce__", self -> {
                TeeData d = (TeeData) self;
                PyList values = new PyList();
                Link l = d.head;
                while (values.size() < LINKCELLS && l.next != null) {
                    values.append(l.value);
                    l = l.next;
                }
                PyObject nextBlock = values.size() == LINKCELLS ? of(d.source, l) : PyNone.NONE;
                return PyTuple.of(DATA_TYPE, PyTuple.of(d.source.it, values, nextBlock));
            });
            DATA_TYPE.ready();
        }
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
