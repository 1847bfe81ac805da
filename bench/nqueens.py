"""N-queens benchmark: every placement of N non-attacking queens.

A recursive generator extends partial placements row by row, checking the columns and both
diagonals with sets; the checksum counts the solutions and folds in their positions.
Exercises generators with yield from, sets, tuples and small-integer arithmetic.

Usage: python3 bench/nqueens.py [N]    N = board size
"""
# bench-size: default=12 quick=6
import sys


def placements(n, row, columns, up, down, placed):
    if row == n:
        yield tuple(placed)
        return
    for col in range(n):
        if col in columns or (row + col) in up or (row - col) in down:
            continue
        columns.add(col)
        up.add(row + col)
        down.add(row - col)
        placed.append(col)
        yield from placements(n, row + 1, columns, up, down, placed)
        placed.pop()
        columns.discard(col)
        up.discard(row + col)
        down.discard(row - col)


def solve(n):
    count = 0
    fold = 0
    for solution in placements(n, 0, set(), set(), set(), []):
        count += 1
        value = 0
        for col in solution:
            value = value * n + col
        fold = (fold * 31 + value) % 1000000007
    return count, fold


def main(n):
    results = [solve(size) for size in range(4, n + 1)]
    print("checksum nqueens", n, results[-1][0], sum(f for _, f in results) % 1000000007)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 12)
