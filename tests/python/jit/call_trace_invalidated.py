# An inner loop run from its outer loop's trace (CALL_TRACE) whose assumptions change while the
# outer loop runs: a global it reads and a method it calls are rebound from the outer body, a
# builtin is shadowed, and the inner loop's branches (a trace tree) assume another global.
# The inner trace must see each new binding at its next entry.

SCALE = 1
WEIGHT = 1
NEIGHBOURS = {p: (p - 1, p + 1, p - 10, p + 10) for p in range(11, 90)}


class Cell:
    def score(self, q):
        return q % 7


def rebind(i):
    global SCALE, WEIGHT
    if i == 3000:
        SCALE = 3
    elif i == 3600:
        SCALE = 2.5
    elif i == 4200:
        Cell.score = lambda self, q: -q
    elif i == 4800:
        WEIGHT = 10
    elif i == 5400:
        SCALE = "x"


def walk(n, cell):
    total = 0
    seen = set()
    for i in range(n):
        rebind(i)
        p = 11 + i % 79
        for q in NEIGHBOURS[p]:
            if q % 3 == 0:
                total += cell.score(q) * WEIGHT
            elif q % 3 == 1:
                seen.add(q)
            else:
                if isinstance(SCALE, str):
                    total += len(SCALE)
                else:
                    total += SCALE
    return total, len(seen)


print(walk(6000, Cell()))
Cell.score = lambda self, q: q
WEIGHT = 1
print(walk(2500, Cell()))


def lengths(rows):
    out = 0
    k = 0
    while k < len(rows):
        row = rows[k]
        k += 1
        if k == 2000:
            globals()["len"] = lambda s: 100
        for x in row:
            out += len(x)
    return out


rows = [("ab", "c", "def")] * 3000
print(lengths(rows))
del globals()["len"]
print(lengths(rows))
