# Conway's Game of Life on a small torus, with pattern detection and a
# population history. Cells are kept in a set of (row, col) tuples; output is
# always produced in sorted order.

ROWS, COLS = 16, 24


def parse(picture, top, left):
    cells = set()
    for r, line in enumerate(picture.strip("\n").split("\n")):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add(((top + r) % ROWS, (left + c) % COLS))
    return cells


GLIDER = """
.#.
..#
###
"""
BLINKER = "###"
BEACON = """
##..
##..
..##
..##
"""
R_PENTOMINO = """
.##
##.
.#.
"""


def neighbours(cell):
    r, c = cell
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                yield ((r + dr) % ROWS, (c + dc) % COLS)


def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in live)}


def render(live):
    lines = []
    for r in range(ROWS):
        lines.append("".join("#" if (r, c) in live else "." for c in range(COLS)))
    return "\n".join(lines)


def signature(live):
    return tuple(sorted(live))


def bounding_box(live):
    rows = [r for r, _ in live]
    cols = [c for _, c in live]
    return min(rows), min(cols), max(rows), max(cols)


world = parse(GLIDER, 1, 1) | parse(BLINKER, 3, 14) | parse(BEACON, 9, 3) | parse(R_PENTOMINO, 10, 15)
print("initial population:", len(world))
print(render(world))
history = []
seen = {}
for gen in range(60):
    sig = signature(world)
    if sig in seen:
        print(f"generation {gen} repeats generation {seen[sig]} (period {gen - seen[sig]})")
        break
    seen[sig] = gen
    history.append(len(world))
    world = step(world)
print("population history:", history)
print("final population:", len(world), "bounding box:", bounding_box(world) if world else None)
print(render(world))

glider = parse(GLIDER, 0, 0)
g = glider
for _ in range(4):
    g = step(g)
shifted = {((r + 1) % ROWS, (c + 1) % COLS) for r, c in glider}
print("glider moves diagonally every 4 generations:", g == shifted)
blinker = parse(BLINKER, 5, 5)
print("blinker period 2:", step(step(blinker)) == blinker, step(blinker) != blinker)
print("first cells:", sorted(world)[:5])
