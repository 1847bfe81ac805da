# A backtracking Sudoku solver with constraint propagation (naked singles)
# and a most-constrained-cell heuristic.

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

HARD = """
4.....8.5
.3.......
...7.....
.2.....6.
....8.4..
....1....
...6.3.7.
5..2.....
1.4......
"""


def parse(text):
    rows = [line for line in text.strip().split("\n")]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def candidates(grid, r, c):
    used = set(grid[r])
    used.update(grid[i][c] for i in range(9))
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used.update(grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3))
    return [d for d in range(1, 10) if d not in used]


class Solver:
    def __init__(self, grid):
        self.grid = [row[:] for row in grid]
        self.guesses = 0
        self.propagated = 0

    def propagate(self):
        changed = True
        filled = []
        while changed:
            changed = False
            for r in range(9):
                for c in range(9):
                    if self.grid[r][c] == 0:
                        options = candidates(self.grid, r, c)
                        if not options:
                            return filled, False
                        if len(options) == 1:
                            self.grid[r][c] = options[0]
                            filled.append((r, c))
                            self.propagated += 1
                            changed = True
        return filled, True

    def solve(self):
        filled, ok = self.propagate()
        if ok:
            best = None
            for r in range(9):
                for c in range(9):
                    if self.grid[r][c] == 0:
                        options = candidates(self.grid, r, c)
                        if best is None or len(options) < len(best[2]):
                            best = (r, c, options)
            if best is None:
                return True
            r, c, options = best
            for d in options:
                self.guesses += 1
                self.grid[r][c] = d
                if self.solve():
                    return True
            self.grid[r][c] = 0
        for r, c in filled:
            self.grid[r][c] = 0
        return False


def valid(grid):
    groups = [row for row in grid]
    groups += [[grid[r][c] for r in range(9)] for c in range(9)]
    groups += [[grid[br + i][bc + j] for i in range(3) for j in range(3)]
               for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(g) == list(range(1, 10)) for g in groups)


def show(grid):
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            print("------+-------+------")
        print(" | ".join(" ".join(str(d) for d in row[i:i + 3]) for i in (0, 3, 6)))


for name, text in [("classic", PUZZLE), ("hard", HARD)]:
    solver = Solver(parse(text))
    solved = solver.solve()
    print(f"{name}: solved={solved} valid={valid(solver.grid)} guesses={solver.guesses} "
          f"propagated={solver.propagated}")
    show(solver.grid)
broken = parse(PUZZLE)
broken[0][2] = 5
print("contradiction solvable:", Solver(broken).solve())
