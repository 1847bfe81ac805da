package org.taipan.jit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.jit.emit.TraceCode;
import org.taipan.jit.emit.TraceTree;
import org.taipan.jit.exit.ExitPoint;
import org.taipan.jit.ir.Dependency;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Trace;

/**
 * Trace trees (issue 7's bridge hops): once a loop trace's bridges have stopped growing (no new
 * one for {@link #settle} runs of the trace) and its runs hop to them (at least one linked bridge
 * run per run of the trace since, {@link LoopState#hops}), the trace and the bridges linked to its exits are
 * compiled again as one class ({@code emit.Emitter#compileTree}), which then runs in place of the
 * trace's own class. A hop to such a bridge is a branch: no frame written at the exit, no call
 * through the link, no slots read back and guarded in the bridge. The bridge's end still writes
 * the frame and the run goes on from its top (preamble and all), as after a linked bridge.
 *
 * <p>Only bridges in the loop's own frame are placed (no inlined frames, no values held for a
 * callee, no inner loop's trace called); others stay linked. Bridges grown later hang off the
 * tree's exits through their links (the exit points are the bridges' own), and a tree is built
 * again when they settle, up to {@link #MAX_TREES} times per trace. While a tree runs, the
 * assumptions of its bridges are checked before each entry ({@link #check}): an invalidated one
 * puts the trace's own class back, whose link then drops that bridge as before.
 */
final class TraceTrees {
    /** Tree classes one loop trace gets at most (each is a class for HotSpot to compile). */
    static final int MAX_TREES = 2;

    private final Jit jit;
    private final Bridges bridges;
    /** Runs of a trace with no new bridge after which its tree is built. */
    final int settle;

    TraceTrees(Jit jit, Bridges bridges) {
        this.jit = jit;
        this.bridges = bridges;
        this.settle = Math.max(2, bridges.threshold * 2);
    }

    /**
     * Called before each run of {@code s}'s trace {@code running}: builds the tree once the
     * trace's bridges settled and answers the class to run (the tree's, or {@code running}).
     */
    CompiledTrace before(LoopState s, CompiledTrace running) {
        if (s.bridges == s.treeBridges || ++s.settledRuns < settle || s.trace != running || s.exits == null) {
            return running;
        }
        if (s.hops - s.hopsAtSettle < settle) {
            // fewer hops than runs: the bridges are not where the time goes (yet); look again later
            s.settledRuns = 0;
            s.hopsAtSettle = s.hops;
            return running;
        }
        s.treeBridges = s.bridges;
        if (s.trees >= MAX_TREES) {
            return running;
        }
        List<Dependency> dependencies = new ArrayList<>();
        TraceTree tree = node(s.exits, dependencies, true);
        if (tree == null || tree.branches().isEmpty()) {
            return running;
        }
        s.trees++;
        CompiledTrace code;
        try {
            code = jit.compiler().compileTree(tree);
        } catch (UnsupportedOperationException e) {
            jit.listener.aborted(s.exits.ir.code, s.headerIp, s.exits.ir.code, s.headerIp, "trace tree: " + e.getMessage());
            return running;
        }
        s.trace = code;
        s.treeDependencies = dependencies.toArray(Dependency[]::new);
        jit.listener.treeCompiled(s.traceId, tree.size());
        return code;
    }

    /**
     * Puts the trace's own class back when an assumption of a bridge in its tree no longer holds
     * (its link finds that out and drops the bridge); a later tree leaves it out.
     */
    static void check(LoopState s) {
        if (s.treeDependencies != null && Dependencies.anyInvalidated(s.treeDependencies)) {
            s.trace = s.exits.code;
            s.treeDependencies = null;
        }
    }

    /** Forgets the tree (a new trace, or none). */
    static void reset(LoopState s) {
        s.treeBridges = 0;
        s.settledRuns = 0;
        s.trees = 0;
        s.hopsAtSettle = s.hops;
        s.treeDependencies = null;
    }

    /**
     * The tree of {@code t}: its class, and for each of its exits whose linked bridge can be
     * placed inline, that bridge's tree; the bridges' exits told how to report themselves.
     * Null when {@code t}'s class is not the backend's.
     */
    private TraceTree node(TraceExits t, List<Dependency> dependencies, boolean root) {
        if (!(t.code instanceof TraceCode code)) {
            return null;
        }
        List<ExitPoint> points = code.exitPoints();
        Map<ExitPoint, TraceTree> branches = new LinkedHashMap<>();
        for (int k = 0; k < points.size(); k++) {
            ExitPoint p = points.get(k);
            if (!root) {
                // every bridge placed in the tree, a piece of a split loop body too (whose depth
                // is its owner's, 0 under the root)
                p.report = new Bridges.TreeExit(bridges, t, k);
            }
            ExitState e = t.stateIfAny(k);
            if (e == null || e.bridge == null || p.link == null || !p.linkable || p.inlined() || e.inlineDepth > 0
                    || e.dependencies != null && Dependencies.anyInvalidated(e.dependencies) || !placeable(e.bridge.ir)) {
                continue;
            }
            TraceTree b = node(e.bridge, dependencies, false);
            if (b != null) {
                if (jit.listener != JitListener.NONE) {
                    int exit = k;
                    p.onHop = () -> jit.listener.exitTaken(t.id, exit, t.guard(exit));
                }
                branches.put(p, b);
                if (e.dependencies != null) {
                    dependencies.addAll(List.of(e.dependencies));
                }
            }
        }
        return new TraceTree(t.ir, code, branches);
    }

    /** Whether a bridge's code can run inside its parent's class: all of it in the loop's own frame. */
    private static boolean placeable(Trace bridge) {
        for (Ins ins : bridge.ops) {
            switch (ins.op) {
                case HELD_SLOT, CALL_TRACE, FRAME_SLOT, PHI -> {
                    return false;
                }
                default -> { }
            }
            if (ins.snapshot != null && ins.snapshot.inlined()) {
                return false;
            }
        }
        return true;
    }
}
