squares = (x * x for x in range(6))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))

print(sum(x for x in range(101)))
print(list(x + y for x in "ab" for y in "12"))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(max(len(w) for w in ["a", "abc", "ab"]))

# The first iterable is evaluated immediately, the rest lazily.
def noisy(label, seq):
    print("evaluating", label)
    return seq
g = (a + b for a in noisy("outer", [1, 2]) for b in noisy("inner", [10]))
print("created")
print(list(g))

try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)

# Generator expression closes over loop variables late.
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])

nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(tuple(c.upper() for c in "gen"))
print("".join(str(d) for d in range(5)))
print(any(x > 3 for x in range(5)), all(x > 3 for x in range(5)))
