# An AVL tree with insertion, deletion, rotations, in-order iteration, range
# queries and a structural invariant check after every operation.


class Node:
    __slots__ = ("key", "value", "left", "right", "height")

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = self.right = None
        self.height = 1


def height(n):
    return n.height if n else 0


def update(n):
    n.height = 1 + max(height(n.left), height(n.right))


def balance(n):
    return height(n.left) - height(n.right)


def rotate_right(y):
    x = y.left
    y.left = x.right
    x.right = y
    update(y)
    update(x)
    return x


def rotate_left(x):
    y = x.right
    x.right = y.left
    y.left = x
    update(x)
    update(y)
    return y


class AVL:
    def __init__(self):
        self.root = None
        self.rotations = 0
        self.size = 0

    def _rebalance(self, n):
        update(n)
        b = balance(n)
        if b > 1:
            if balance(n.left) < 0:
                n.left = rotate_left(n.left)
                self.rotations += 1
            self.rotations += 1
            return rotate_right(n)
        if b < -1:
            if balance(n.right) > 0:
                n.right = rotate_right(n.right)
                self.rotations += 1
            self.rotations += 1
            return rotate_left(n)
        return n

    def insert(self, key, value=None):
        def ins(n):
            if n is None:
                self.size += 1
                return Node(key, value)
            if key < n.key:
                n.left = ins(n.left)
            elif key > n.key:
                n.right = ins(n.right)
            else:
                n.value = value
                return n
            return self._rebalance(n)
        self.root = ins(self.root)

    def delete(self, key):
        def delete_min(n):
            if n.left is None:
                return n.right, n
            n.left, smallest = delete_min(n.left)
            return self._rebalance(n), smallest

        def dele(n):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = dele(n.left)
            elif key > n.key:
                n.right = dele(n.right)
            else:
                if n.left is None:
                    return n.right
                if n.right is None:
                    return n.left
                n.right, successor = delete_min(n.right)
                successor.left, successor.right = n.left, n.right
                n = successor
            return self._rebalance(n)
        self.root = dele(self.root)
        self.size -= 1

    def __iter__(self):
        stack = []
        n = self.root
        while stack or n:
            while n:
                stack.append(n)
                n = n.left
            n = stack.pop()
            yield n.key
            n = n.right

    def range(self, lo, hi):
        def walk(n):
            if n is None:
                return
            if lo < n.key:
                yield from walk(n.left)
            if lo <= n.key <= hi:
                yield n.key
            if n.key < hi:
                yield from walk(n.right)
        return list(walk(self.root))

    def check(self):
        def walk(n, lo, hi):
            if n is None:
                return 0
            assert (lo is None or n.key > lo) and (hi is None or n.key < hi), "order violated"
            lh = walk(n.left, lo, n.key)
            rh = walk(n.right, n.key, hi)
            assert abs(lh - rh) <= 1, f"unbalanced at {n.key}"
            assert n.height == 1 + max(lh, rh), f"stale height at {n.key}"
            return n.height
        return walk(self.root, None, None)

    def shape(self, n=None, depth=0, out=None):
        if out is None:
            out = []
            n = self.root
        if n:
            self.shape(n.right, depth + 1, out)
            out.append("    " * depth + str(n.key))
            self.shape(n.left, depth + 1, out)
        return out


tree = AVL()
keys = [(i * 37) % 101 for i in range(1, 41)]
for k in keys:
    tree.insert(k, str(k))
    tree.check()
print("size", tree.size, "height", tree.check(), "rotations", tree.rotations)
print("in order:", list(tree)[:12], "...")
print("range 20..40:", tree.range(20, 40))
for k in keys[::3]:
    tree.delete(k)
    tree.check()
print("after deletes: size", tree.size, "height", tree.check(), "rotations", tree.rotations)
print(list(tree))
small = AVL()
for k in range(1, 8):
    small.insert(k)
print("\n".join(small.shape()))
try:
    small.delete(99)
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(tree) == list(tree), len(list(tree)) == tree.size)
