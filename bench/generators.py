"""Generator-pipeline benchmark: chained generators, generator expressions and yield from.

A source generator feeds a chain of stages (map, filter, sliding pairs, batching, running
totals), a recursive in-order walk of a binary tree yields through nested `yield from`, and
a coroutine-style accumulator is driven with send(). Exercises generator resumption and
frame switching, closures and small tuples.

Usage: python3 bench/generators.py [N]    N = number of items through the pipeline
"""
# bench-size: default=4000000 quick=5000
import sys


def numbers(n, seed):
    state = seed
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state % 10007


def scaled(items, factor):
    for x in items:
        yield x * factor + 1


def odd_only(items):
    return (x for x in items if x & 1)


def pairs(items):
    it = iter(items)
    try:
        previous = next(it)
    except StopIteration:
        return
    for x in it:
        yield previous, x
        previous = x


def batches(items, size):
    batch = []
    for x in items:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def running_total(items):
    total = 0
    for x in items:
        total += x
        yield total


def pipeline(n):
    stage = pairs(odd_only(scaled(numbers(n, 42), 3)))
    diffs = (b - a for a, b in stage)
    sums = (sum(batch) for batch in batches(diffs, 16))
    last = 0
    count = 0
    for last in running_total(sums):
        count += 1
    return count, last


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def walk(tree):
    if tree is not None:
        yield from walk(tree.left)
        yield tree.value
        yield from walk(tree.right)


def accumulator():
    total = 0
    count = 0
    while True:
        value = yield total
        if value is None:
            return count
        total = (total + value * value) % 1000003
        count += 1


def tree_and_send(n):
    size = max(1, n // 20)
    tree = build(0, size)
    acc = accumulator()
    next(acc)
    last = 0
    for v in walk(tree):
        last = acc.send(v)
    try:
        acc.send(None)
    except StopIteration as stop:
        count = stop.value
    return count, last


def main(n):
    count, last = pipeline(n)
    walked, acc = tree_and_send(n)
    print("checksum generators", n, count, last, walked, acc)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 4000000)
