package org.taipan.runtime;

import java.util.Arrays;
import java.util.List;

/**
 * The strongly connected components of a small directed graph (Tarjan's algorithm, iterative so
 * that a long chain cannot overflow the Java stack), for {@link FinalizerOrder}'s cycles.
 */
final class StrongComponents {
    private StrongComponents() {}

    /**
     * @param edges {@code edges.get(i)}: the nodes {@code i} points to, each in {@code [0, n)}
     * @return each node's component number; nodes in one cycle share theirs
     */
    static int[] of(List<List<Integer>> edges) {
        int n = edges.size();
        int[] index = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        int[] stack = new int[n];
        int sp = 0;
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int next = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = 0;
            index[root] = low[root] = next++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                List<Integer> out = edges.get(v);
                if (callEdge[depth] < out.size()) {
                    int w = out.get(callEdge[depth]++);
                    if (index[w] < 0) {
                        index[w] = low[w] = next++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack[--sp];
                        onStack[w] = false;
                        component[w] = components;
                    } while (w != v);
                    components++;
                }
                depth--;
                if (depth >= 0) {
                    int u = callNode[depth];
                    low[u] = Math.min(low[u], low[v]);
                }
            }
        }
        return component;
    }
}
