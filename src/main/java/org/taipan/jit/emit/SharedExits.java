package org.taipan.jit.emit;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.taipan.jit.exit.ExitPoint;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.Snapshot;

/**
 * The exit blocks a trace class's guards share. Guards in a row often leave to the same snapshot
 * (a type guard, its type's version, its shape, at one instruction; half the exits of the
 * benchmarks' traces): each such guard's branch goes to a stub that stores its exit number in a
 * local and jumps to one block, which writes the frame and passes on the exit point numbered in
 * that local. The trace class's {@code run} shrinks by a fifth to a third, so a trace that passes
 * HotSpot's compile size limit with a block per guard may still fit in the form whose exits are
 * linked to bridges ({@link Emitter}'s forms 1-3; form 0 keeps a block per guard, which C2 compiles
 * apart: sharing had cost richards more C2 time when every trace shared, session 15). Exits
 * share a block when their snapshot chains hold the same values at the same positions and they
 * agree on what their blocks do besides (linked to bridges or not).
 */
final class SharedExits {
    /** Snapshot chain content plus the exit's linking: two exits with equal keys write the same block. */
    private record Key(List<Object> chain, boolean linkable) {
        static Key of(ExitPoint e) {
            List<Object> chain = new ArrayList<>();
            for (Snapshot s = e.snapshot; s != null; s = s.parent()) {
                chain.add(new FrameKey(s));
            }
            return new Key(chain, e.linkable);
        }
    }

    /** One frame of a snapshot, compared by content (its slots' IR values by identity). */
    private record FrameKey(Snapshot s) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof FrameKey other)) {
                return false;
            }
            Snapshot t = other.s;
            if (s.code() != t.code() || s.ip() != t.ip() || s.sp() != t.sp() || s.function() != t.function()
                    || s.kind() != t.kind() || s.slots().length != t.slots().length) {
                return false;
            }
            for (int k = 0; k < s.slots().length; k++) {
                if (s.slots()[k] != t.slots()[k]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = System.identityHashCode(s.code()) * 31 + s.ip();
            h = h * 31 + s.sp();
            for (Ins v : s.slots()) {
                h = h * 31 + System.identityHashCode(v);
            }
            return h;
        }
    }

    private final Map<ExitPoint, Key> keyOf = new IdentityHashMap<>();
    private final Map<Key, Label> blocks = new HashMap<>();

    /** Groups {@code exits}: those {@code shareable} says may share, with at least one other of the same key. */
    SharedExits(List<ExitPoint> exits, Predicate<ExitPoint> shareable) {
        Map<Key, Integer> count = new HashMap<>();
        Map<ExitPoint, Key> candidates = new IdentityHashMap<>();
        for (ExitPoint e : exits) {
            if (shareable.test(e)) {
                Key k = Key.of(e);
                candidates.put(e, k);
                count.merge(k, 1, Integer::sum);
            }
        }
        candidates.forEach((e, k) -> {
            if (count.get(k) > 1) {
                keyOf.put(e, k);
            }
        });
    }

    /** Whether {@code e}'s guard goes through a stub to a shared block. */
    boolean isShared(ExitPoint e) {
        return keyOf.containsKey(e);
    }

    /** The shared block of {@code e}'s group, or null when none is written yet. */
    Label blockOf(ExitPoint e) {
        return blocks.get(keyOf.get(e));
    }

    /** A new label for the block of {@code e}'s group, which the caller writes next. */
    Label newBlock(CodeBuilder cb, ExitPoint e) {
        Label l = cb.newLabel();
        blocks.put(keyOf.get(e), l);
        return l;
    }
}
