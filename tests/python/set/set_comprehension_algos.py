def primes_upto(n):
    composite = {j for i in range(2, int(n ** 0.5) + 1) for j in range(i * i, n + 1, i)}
    return sorted(set(range(2, n + 1)) - composite)
print(primes_upto(60))
graph = {1: {2, 3}, 2: {4}, 3: {4}, 4: {5}, 5: set(), 6: {1}}
def reachable(start):
    seen = set()
    stack = [start]
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(graph[node] - seen)
    return seen
print(sorted(reachable(1)), sorted(reachable(6)), sorted(reachable(5)))
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
print(sorted(a & b), len(a | b), sorted(a ^ b)[:5], (a - b).isdisjoint(b))
pairs = {(x, y) for x in range(3) for y in range(3) if x < y}
print(sorted(pairs), (0, 2) in pairs, (2, 0) in pairs)
print(len({frozenset({1, 2}), frozenset({2, 1}), frozenset({1})}), len({1, 1.0, True}), len({0, -0.0, False}))
print(sorted({x % 7 for x in range(100)}), sorted({len(w) for w in "a bb ccc dd e".split()}))
