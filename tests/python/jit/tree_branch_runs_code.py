# A loop whose trace calls code that may run Python (set.add on a set, here with ints) grows
# branches (trace tree) that run code too (`in` on a set, another set.add, list.append): a branch
# that ends at the loop head without going through the frame must still see what the Python code
# run by those calls changed: a global it rebinds, a list item, an attribute, an instance's
# __class__, and the loop's own locals as the frame holds them.

EMPTY = 0
LOG = []


class Colliding:
    """Equal-hashed to an int, so set operations with that int call __eq__ (Python code)."""

    def __init__(self, h, action):
        self.h = h
        self.action = action

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        self.action()
        return False


class Weight:
    def __init__(self):
        self.w = 1

    def get(self):
        return self.w


class Heavy(Weight):
    def get(self):
        return self.w * 10


def group(cells, neighbours, start, seen, liberties, box, scale):
    stones = [start]
    total = 0
    i = 0
    while i < len(stones):
        p = stones[i]
        i += 1
        for q in neighbours[p]:
            c = cells[q]
            if c == EMPTY:
                liberties.add(q)
                total += box.get() * scale[0]
            elif c == cells[start] and q not in seen:
                seen.add(q)
                stones.append(q)
                total += EMPTY + 1
    return len(stones), len(liberties), total


def rebind():
    global EMPTY
    LOG.append("rebind")
    EMPTY = 0 if EMPTY else 0


def board(width):
    cells = [1 if (x * 7 + x // width) % 3 else 0 for x in range(width * width)]
    neighbours = {}
    for p in range(width * width):
        neighbours[p] = tuple(q % (width * width) for q in (p - 1, p + 1, p - width, p + width))
    return cells, neighbours


def run(rounds, width, with_hooks):
    cells, neighbours = board(width)
    box = Weight()
    scale = [1]
    out = []
    for r in range(rounds):
        seen = {0}
        liberties = set()
        if with_hooks and r % 7 == 3:
            def touch_scale():
                scale[0] += 1
            def touch_class():
                box.__class__ = Heavy if box.__class__ is Weight else Weight
            def touch_attr():
                box.w += 1
            action = (touch_scale, touch_class, touch_attr, rebind)[r % 4]
            # hashes equal to cells the walk adds to seen/liberties
            for h in range(0, width * width, 5):
                seen.add(Colliding(h, action))
                liberties.add(Colliding(h + 1, action))
        start = next(p for p in range(width * width) if cells[p] == 1)
        seen.add(start)
        out.append(group(cells, neighbours, start, seen, liberties, box, scale))
    return out


for rounds, width, hooks in ((3, 5, False), (40, 9, False), (300, 9, True), (50, 12, True)):
    res = run(rounds, width, hooks)
    print(rounds, width, hooks, res[:3], res[-3:], sum(t for _, _, t in res))
print(len(LOG))
