# Iteration order after discards: an insertion takes the last deleted slot its probe passed
# (setobject.c's set_add_entry reuses a dummy), so sets that churn keep CPython's order and size.
import random
import sys

s = {1, 2}
s.discard(1)
s.add(9)
print(list(s))

rng = random.Random(41)
for size in (8, 40, 200):
    s = set()
    for step in range(2000):
        k = rng.randrange(size * 3)
        if rng.random() < 0.5:
            s.add(k)
        else:
            s.discard(k)
        if step % 250 == 0:
            print(size, step, list(s))
    print(size, 'end', list(s))


s = set()
for i in range(1000):
    s.add(i % 7)
    s.discard((i + 3) % 7)
print(list(s))

# churn at constant size: the table does not grow
s = set(range(5))
for i in range(10000):
    s.discard(i % 5)
    s.add(i % 5 + 5 * (i % 2))
print(sorted(s), list(s))

# frozenset of a churned set hashes as CPython (depends on fill and dummies)
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
for i in range(100, 110):
    s.add(i)
print(hash(frozenset(s)) == hash(frozenset(sorted(s))), list(s))
# pop after churn
t = set(range(10))
t.discard(3)
t.add(35)
print([t.pop() for _ in range(3)], list(t))
