# Shortest paths with Dijkstra's algorithm over a hand-written binary heap,
# plus BFS, DFS topological sort and cycle detection on small graphs.


class MinHeap:
    def __init__(self):
        self.items = []

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top = items[0]
        items[0] = last
        i = 0
        n = len(items)
        while True:
            left, right = 2 * i + 1, 2 * i + 2
            smallest = i
            if left < n and items[left] < items[smallest]:
                smallest = left
            if right < n and items[right] < items[smallest]:
                smallest = right
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest

    def __len__(self):
        return len(self.items)


ROADS = [
    ("Amsterdam", "Berlin", 655), ("Amsterdam", "Brussels", 210), ("Brussels", "Paris", 310),
    ("Berlin", "Prague", 350), ("Paris", "Lyon", 465), ("Lyon", "Milan", 440),
    ("Prague", "Vienna", 330), ("Vienna", "Milan", 860), ("Berlin", "Munich", 585),
    ("Munich", "Vienna", 435), ("Munich", "Milan", 490), ("Brussels", "Munich", 780),
    ("Paris", "Munich", 840),
]


def build(edges):
    graph = {}
    for a, b, w in edges:
        graph.setdefault(a, []).append((b, w))
        graph.setdefault(b, []).append((a, w))
    return graph


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, source))
    done = set()
    while heap:
        d, node = heap.pop()
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                heap.push((nd, nxt))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


graph = build(ROADS)
dist, prev = dijkstra(graph, "Amsterdam")
for city in sorted(dist, key=lambda c: (dist[c], c)):
    print(f"{city:<10} {dist[city]:>5} km  via {' -> '.join(path(prev, city))}")

h = MinHeap()
for v in [5, 3, 9, 1, 7, 2, 8, 2]:
    h.push(v)
print("heap sort:", [h.pop() for _ in range(len(h))])


def bfs_levels(graph, start):
    levels = {start: 0}
    frontier = [start]
    while frontier:
        nxt = []
        for node in frontier:
            for neighbour, _ in sorted(graph[node]):
                if neighbour not in levels:
                    levels[neighbour] = levels[node] + 1
                    nxt.append(neighbour)
        frontier = nxt
    return levels


levels = bfs_levels(graph, "Paris")
print("hops from Paris:", sorted(levels.items(), key=lambda kv: (kv[1], kv[0])))

DEPS = {
    "app": ["web", "db"], "web": ["http", "templates"], "db": ["driver"],
    "http": ["sockets"], "templates": [], "driver": ["sockets"], "sockets": [],
}


def topo(deps):
    order = []
    state = {}

    def visit(node, trail):
        if state.get(node) == "done":
            return
        if state.get(node) == "active":
            raise ValueError("cycle: " + " -> ".join(trail + [node]))
        state[node] = "active"
        for d in sorted(deps[node]):
            visit(d, trail + [node])
        state[node] = "done"
        order.append(node)

    for node in sorted(deps):
        visit(node, [])
    return order


print("build order:", topo(DEPS))
DEPS["sockets"] = ["app"]
try:
    topo(DEPS)
except ValueError as e:
    print(type(e).__name__, e)
