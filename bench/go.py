"""Go benchmark: Monte Carlo tree search on a 9x9 board.

Each playout walks down a UCT-style tree, plays random legal moves to the end of the game
(captures, simple ko, no suicide, no filling one's own eyes), scores by area with komi and
updates the tree; the checksum is the move chosen and the tree's visit counts. Exercises list
copies, flood fills with an explicit stack, dicts and many small method calls.

Usage: python3 bench/go.py [N]    N = number of playouts
"""
# bench-size: default=300 quick=10
import sys

from _iterclock import iteration_clock

SIZE = 9
WIDTH = SIZE + 2
EMPTY, BLACK, WHITE, EDGE = 0, 1, 2, 3
PASS = -1
KOMI = 7.5


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 33) % n


def make_neighbours():
    table = {}
    for row in range(1, SIZE + 1):
        for col in range(1, SIZE + 1):
            p = row * WIDTH + col
            table[p] = (p - 1, p + 1, p - WIDTH, p + WIDTH)
    return table


NEIGHBOURS = make_neighbours()
POINTS = sorted(NEIGHBOURS)


class Board:
    def __init__(self):
        self.cells = [EDGE] * (WIDTH * WIDTH)
        for p in POINTS:
            self.cells[p] = EMPTY
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.moves = 0

    def copy(self):
        other = Board.__new__(Board)
        other.cells = self.cells[:]
        other.to_move = self.to_move
        other.ko = self.ko
        other.passes = self.passes
        other.moves = self.moves
        return other

    def group(self, start):
        """Returns (stones, liberty count) of the group at `start`."""
        cells = self.cells
        colour = cells[start]
        stones = [start]
        seen = {start}
        liberties = set()
        i = 0
        while i < len(stones):
            p = stones[i]
            i += 1
            for q in NEIGHBOURS[p]:
                c = cells[q]
                if c == EMPTY:
                    liberties.add(q)
                elif c == colour and q not in seen:
                    seen.add(q)
                    stones.append(q)
        return stones, len(liberties)

    def is_eye(self, p, colour):
        for q in NEIGHBOURS[p]:
            c = self.cells[q]
            if c != colour and c != EDGE:
                return False
        return True

    def play(self, p):
        """Plays `p` for the side to move; returns False (and changes nothing) if illegal."""
        if p == PASS:
            self.passes += 1
            self.ko = None
            self.to_move = 3 - self.to_move
            self.moves += 1
            return True
        cells = self.cells
        if cells[p] != EMPTY or p == self.ko:
            return False
        colour = self.to_move
        enemy = 3 - colour
        cells[p] = colour
        captured = []
        for q in NEIGHBOURS[p]:
            if cells[q] == enemy:
                stones, liberties = self.group(q)
                if liberties == 0:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        stones, liberties = self.group(p)
        if liberties == 0:
            cells[p] = EMPTY
            return False
        self.ko = captured[0] if len(captured) == 1 and len(stones) == 1 else None
        self.passes = 0
        self.to_move = enemy
        self.moves += 1
        return True

    def random_move(self, rng):
        colour = self.to_move
        candidates = [p for p in POINTS if self.cells[p] == EMPTY]
        while candidates:
            i = rng.below(len(candidates))
            p = candidates[i]
            if not self.is_eye(p, colour) and self.play(p):
                return p
            candidates[i] = candidates[-1]
            candidates.pop()
        self.play(PASS)
        return PASS

    def score(self):
        """Black's area score minus White's, komi included."""
        black = 0
        white = 0
        for p in POINTS:
            c = self.cells[p]
            if c == EMPTY:
                seen = 0
                for q in NEIGHBOURS[p]:
                    seen |= 1 << self.cells[q]
                seen &= ~(1 << EDGE)
                if seen == 1 << BLACK:
                    black += 1
                elif seen == 1 << WHITE:
                    white += 1
            elif c == BLACK:
                black += 1
            else:
                white += 1
        return black - white - KOMI

    def legal_moves(self):
        moves = []
        for p in POINTS:
            if self.cells[p] == EMPTY and not self.is_eye(p, self.to_move):
                trial = self.copy()
                if trial.play(p):
                    moves.append(p)
        return moves


class Node:
    def __init__(self, move, parent, board):
        self.move = move
        self.parent = parent
        self.children = []
        self.untried = board.legal_moves()
        self.mover = 3 - board.to_move  # who made `move`
        self.wins = 0
        self.visits = 0

    def select(self):
        scale = 1.4 * self.visits ** 0.5
        best = None
        best_value = -1.0
        for child in self.children:
            value = child.wins / child.visits + scale / (1 + child.visits)
            if value > best_value:
                best_value = value
                best = child
        return best


def playout(root, root_board, rng):
    node = root
    board = root_board.copy()
    while not node.untried and node.children:
        node = node.select()
        board.play(node.move)
    if node.untried:
        move = node.untried.pop(rng.below(len(node.untried)))
        board.play(move)
        child = Node(move, node, board)
        node.children.append(child)
        node = child
    while board.passes < 2 and board.moves < 3 * SIZE * SIZE:
        board.random_move(rng)
    winner = BLACK if board.score() > 0 else WHITE
    while node is not None:
        node.visits += 1
        if node.mover == winner:
            node.wins += 1
        node = node.parent
    return winner


def main(playouts):
    rng = Rng(20261130)
    board = Board()
    for p in (3 * WIDTH + 3, 7 * WIDTH + 7, 3 * WIDTH + 7, 7 * WIDTH + 3, 5 * WIDTH + 5):
        board.play(p)
    root = Node(None, None, board)
    black_wins = 0
    tick = iteration_clock()
    for _ in range(playouts):
        if playout(root, board, rng) == BLACK:
            black_wins += 1
        tick()
    best = max(root.children, key=lambda c: (c.visits, -c.move))
    visits = sorted(c.visits for c in root.children)
    fold = 0
    for v in visits:
        fold = (fold * 131 + v) % 1000000007
    print("checksum go", playouts, divmod(best.move, WIDTH), best.visits, black_wins, fold)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
