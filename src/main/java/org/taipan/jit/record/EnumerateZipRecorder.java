package org.taipan.jit.record;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.taipan.builtins.IteratorTypes;
import org.taipan.interp.TraceResiduals;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyRange;
import org.taipan.runtime.ReversedIterator;
import org.taipan.runtime.SeqIterator;

/**
 * FOR_ITER over an exact {@code enumerate} or {@code zip} object (and any nesting of the two, as
 * {@code enumerate(zip(a, b))}) whose innermost iterators, the leaves, run no Python code: list,
 * tuple, range and reverse list iterators, and {@link org.taipan.runtime.PlainIterators plain}
 * iterators (dict view, set and bytes iterators; a str iterator is opened up as a list's is, its
 * character a CHR); also FOR_ITER over {@code reversed(a_list)}
 * alone, a tree that is one leaf. The trace opens the objects up:
 *
 * <ol>
 * <li>checks, with no effect: each object's kind (GUARD_ENUMERATE, GUARD_ZIP), its iterators read from it (ITER_SOURCE), each leaf's class and, for list, tuple,
 *     str and range iterators, that an item is left, and that no two leaves are the same iterator;</li>
 * <li>advances the leaves in CPython's order (a zip's iterators first to last), an enumerate's
 *     index read before and stored after as a long (ENUM_INDEX, ENUM_SET_INDEX: the guard made sure
 *     it steps without overflow), and builds the item as NEW_TUPLEs, which the optimizer keeps
 *     virtual when UNPACK_SEQUENCE follows (opt.VirtualTuples).</li>
 * </ol>
 *
 * Every exit before the advances leaves at the FOR_ITER with nothing changed, so tier 1 runs it
 * as it would have: the end of the loop, a strict zip's ValueError, which iterator was advanced
 * last. A plain first leaf is advanced by a RESIDUAL whose null (exhausted) exits at the FOR_ITER
 * as well: such iterators stay exhausted, so tier 1 finds the same end; what it raises (a dict
 * changed size) unwinds at the FOR_ITER as tier 1's would. A plain leaf after others advanced is
 * a RESIDUAL {@link TraceResiduals#nextOrEnd} that, finding it exhausted, ends the objects above
 * it as their {@code tp_iternext} would (a strict zip's ValueError raised there unwinds at the
 * FOR_ITER), its null exiting at the loop's end with the iterator popped. Nothing else can fail
 * after the advances, and the objects' state is in the heap, so later exits rebuild only the
 * virtual tuples.
 */
final class EnumerateZipRecorder {
    /** Zip objects of more iterators than this are left to tier 1 (the check grows with the square of the leaves). */
    static final int MAX_LEAVES = 4;

    private static final Method NEXT, NEXT_OR_END;

    static {
        try {
            NEXT = TraceResiduals.class.getMethod("next", Object.class);
            NEXT_OR_END = TraceResiduals.class.getMethod("nextOrEnd", Object.class, Object.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private final Recorder r;
    /** The FOR_ITER being recorded, its jump target, and whether a leaf was advanced yet (while {@link #advance} runs). */
    private int at, target;
    private boolean advanced;
    private Ins root;

    EnumerateZipRecorder(Recorder r) {
        this.r = r;
    }

    /**
     * Whether {@code it} is this recorder's to try: an exact enumerate object, an exact zip object of
     * one or more iterators, or an exact reverse iterator over a list (a tree of one leaf).
     */
    static boolean handles(PyObject it) {
        return IteratorTypes.sources(it) != null || it.getClass() == ReversedIterator.class && ((ReversedIterator) it).overList();
    }

    /** What one iterator in the tree is. */
    private enum Kind { ENUMERATE, ZIP, LIST, TUPLE, STR, RANGE, REVERSED_LIST, PLAIN }

    /** One iterator of the tree: its kind, the object at record time, its IR value, its sources. */
    private static final class Node {
        final Kind kind;
        final PyObject it;
        final List<Node> sources = new ArrayList<>();
        Ins value;

        Node(Kind kind, PyObject it) {
            this.kind = kind;
            this.it = it;
        }
    }

    /**
     * FOR_ITER at the loop header {@code i} (or a loop of an inlined call) over an object
     * {@link #handles} accepts; {@code target} is where the loop ends.
     */
    void forIter(int i, int target) {
        PyObject it = r.st[r.sp - 1];
        List<Node> leaves = new ArrayList<>();
        Node root = node(i, it, leaves);
        for (int a = 0; a < leaves.size(); a++) {
            for (int c = a + 1; c < leaves.size(); c++) {
                if (leaves.get(a).it == leaves.get(c).it) {
                    throw new RecordAbort("enumerate or zip drawing twice from one iterator", i);
                }
            }
        }
        for (Node leaf : leaves) {
            if (!active(leaf)) {
                // tier 1 ends the loop here (or a strict zip raises): nothing ran yet
                throw new RecordAbort(Recorder.LOOP_EXIT, i);
            }
        }
        PyObject item;
        try {
            item = TraceResiduals.next(it);
        } catch (PyException e) {
            throw new RecordAbort("iterator raised while recording", i, e);
        }
        if (item == null) {
            // a plain leaf was exhausted, after others advanced perhaps: this was the FOR_ITER's
            // run, so the loop ends here as tier 1's FOR_ITER ends it (the iterator popped)
            r.pop();
            r.ip = target;
            throw new RecordAbort(Recorder.LOOP_EXIT, i);
        }
        root.value = r.b.read(r.sp - 1);
        check(root);
        for (int a = 0; a < leaves.size(); a++) {
            for (int c = a + 1; c < leaves.size(); c++) {
                Ins same = r.b.emit(IrOp.REF_IS, null, leaves.get(a).value, leaves.get(c).value);
                r.b.guard(IrOp.GUARD_FALSE, null, same);
            }
        }
        this.at = i;
        this.target = target;
        this.advanced = false;
        this.root = root.value;
        Ins value = advance(root);
        r.push(value, item);
        r.ip = i + 1;
    }

    /** The tree under {@code it}, its leaves added to {@code leaves} in the order they advance; aborts on what it cannot open. */
    private Node node(int i, PyObject it, List<Node> leaves) {
        PyObject[] sources = IteratorTypes.sources(it);
        if (sources != null) {
            boolean enumerate = IteratorTypes.isEnumerate(it);
            if (enumerate && !IteratorTypes.enumerateActive(it)) {
                throw new RecordAbort("enumerate index beyond 64 bits", i);
            }
            Node n = new Node(enumerate ? Kind.ENUMERATE : Kind.ZIP, it);
            for (PyObject s : sources) {
                n.sources.add(node(i, s, leaves));
            }
            if (leaves.size() > MAX_LEAVES) {
                throw new RecordAbort("zip of too many iterators", i);
            }
            return n;
        }
        Node leaf;
        if (it.getClass() == PyRange.Iter.class) {
            leaf = new Node(Kind.RANGE, it);
        } else if (it.getClass() == SeqIterator.class && ((SeqIterator) it).listActive()) {
            leaf = new Node(Kind.LIST, it);
        } else if (it.getClass() == SeqIterator.class && ((SeqIterator) it).tupleActive()) {
            leaf = new Node(Kind.TUPLE, it);
        } else if (it.getClass() == SeqIterator.class && ((SeqIterator) it).strActive()) {
            leaf = new Node(Kind.STR, it);
        } else if (it.getClass() == ReversedIterator.class && ((ReversedIterator) it).listActive()) {
            leaf = new Node(Kind.REVERSED_LIST, it);
        } else if (it.getClass() == SeqIterator.class && ((SeqIterator) it).exhaustedQuietly()
                || it.getClass() == ReversedIterator.class && ((ReversedIterator) it).overList()) {
            // over a list or tuple with nothing left (or released), a reverse list iterator past
            // its end: tier 1 ends the loop
            throw new RecordAbort(Recorder.LOOP_EXIT, i);
        } else if (ResidualRecorder.plainIterator(it)) {
            leaf = new Node(Kind.PLAIN, it);
        } else {
            throw new RecordAbort("enumerate or zip over an iterator that may run Python code", i);
        }
        leaves.add(leaf);
        return leaf;
    }

    /** Whether leaf {@code n} has an item left as far as can be seen without advancing it (a plain iterator: yes). */
    private static boolean active(Node n) {
        return switch (n.kind) {
            case RANGE -> ((PyRange.Iter) n.it).hasNext();
            case LIST -> ((SeqIterator) n.it).listActive();
            case TUPLE -> ((SeqIterator) n.it).tupleActive();
            case STR -> ((SeqIterator) n.it).strActive();
            case REVERSED_LIST -> ((ReversedIterator) n.it).listActive();
            default -> true;
        };
    }

    /** The effect-free checks of {@code n} (its {@link Node#value} set) and of everything under it. */
    private void check(Node n) {
        Ins v = n.value;
        switch (n.kind) {
            case ENUMERATE, ZIP -> {
                if (n.kind == Kind.ENUMERATE) {
                    r.b.guard(IrOp.GUARD_ENUMERATE, null, v);
                } else {
                    r.b.guard(IrOp.GUARD_ZIP, n.sources.size(), v);
                }
                for (int k = 0; k < n.sources.size(); k++) {
                    Node s = n.sources.get(k);
                    s.value = r.b.emit(IrOp.ITER_SOURCE, k, v);
                    check(s);
                }
            }
            case RANGE -> {
                r.b.guard(IrOp.GUARD_CLASS, PyRange.Iter.class, v);
                r.b.guard(IrOp.GUARD_RANGE_ITER_ACTIVE, null, v);
            }
            case LIST, TUPLE, STR -> {
                r.b.guard(IrOp.GUARD_CLASS, SeqIterator.class, v);
                r.b.guard(n.kind == Kind.LIST ? IrOp.GUARD_LIST_ITER_ACTIVE
                        : n.kind == Kind.TUPLE ? IrOp.GUARD_TUPLE_ITER_ACTIVE : IrOp.GUARD_STR_ITER_ACTIVE, null, v);
            }
            case REVERSED_LIST -> {
                r.b.guard(IrOp.GUARD_CLASS, ReversedIterator.class, v);
                r.b.guard(IrOp.GUARD_REVERSED_ITER_ACTIVE, null, v);
            }
            case PLAIN -> {
                r.b.guard(IrOp.GUARD_CLASS, n.it.getClass(), v);
                if (n.it instanceof SeqIterator) {
                    r.b.guard(IrOp.GUARD_TYPE, n.it.type(), v);
                }
            }
        }
    }

    /** Advances {@code n} as its {@code tp_iternext} would (checked before), returning the item's IR value. */
    private Ins advance(Node n) {
        Ins v = n.value;
        return switch (n.kind) {
            case ENUMERATE -> {
                Ins index = r.b.emit(IrOp.ENUM_INDEX, null, v);
                Ins item = advance(n.sources.get(0));
                r.b.emit(IrOp.ENUM_SET_INDEX, null, v, r.b.emit(IrOp.INT_ADD, null, index, r.b.constantI64(1)));
                yield r.b.emit(IrOp.NEW_TUPLE, null, r.b.emit(IrOp.BOX_INT, null, index), item);
            }
            case ZIP -> {
                Ins[] items = new Ins[n.sources.size()];
                for (int k = 0; k < items.length; k++) {
                    items[k] = advance(n.sources.get(k));
                }
                yield r.b.emit(IrOp.NEW_TUPLE, null, items);
            }
            case RANGE -> {
                advanced = true;
                yield r.b.emit(IrOp.BOX_INT, null, r.b.emit(IrOp.RANGE_ITER_NEXT, null, v));
            }
            case LIST -> {
                advanced = true;
                yield r.b.emit(IrOp.LIST_ITER_NEXT, null, v);
            }
            case TUPLE -> {
                advanced = true;
                yield r.b.emit(IrOp.TUPLE_ITER_NEXT, null, v);
            }
            case STR -> {
                // the character as the str loop's (ResidualRecorder.forIter): comparisons read its code point
                advanced = true;
                yield r.b.emit(IrOp.CHR, null, r.b.emit(IrOp.STR_ITER_NEXT, null, v));
            }
            case REVERSED_LIST -> {
                advanced = true;
                yield r.b.emit(IrOp.REVERSED_LIST_NEXT, null, v);
            }
            case PLAIN -> {
                if (!advanced) {
                    // nothing changed yet: exhausted, it exits at the FOR_ITER, which tier 1 runs
                    // again and finds it exhausted again (such iterators stay so)
                    Ins item = r.b.guard(IrOp.RESIDUAL, NEXT, v);
                    r.b.guard(IrOp.GUARD_NOT_NULL, "iterator exhausted", item);
                    advanced = true;
                    yield item;
                }
                // after other leaves advanced: the residual ends the objects above it as tier 1
                // would (a strict zip raising at the FOR_ITER), and the exit is the loop's end
                Ins item = r.b.guard(IrOp.RESIDUAL, NEXT_OR_END, root, v);
                r.b.at(target, r.sp - 1);
                r.b.guard(IrOp.GUARD_NOT_NULL, "iterator exhausted", item);
                r.b.at(at, r.sp);
                yield item;
            }
        };
    }
}
