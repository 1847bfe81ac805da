class Tree:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right
    def __reversed__(self):
        if self.right:
            yield from reversed(self.right)
        yield self.value
        if self.left:
            yield from reversed(self.left)
    def __len__(self):
        return sum(1 for _ in self)
    def __contains__(self, v):
        if v == self.value:
            return True
        branch = self.left if v < self.value else self.right
        return branch is not None and v in branch

def insert(tree, v):
    if tree is None:
        return Tree(v)
    if v < tree.value:
        tree.left = insert(tree.left, v)
    else:
        tree.right = insert(tree.right, v)
    return tree

root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 65]:
    root = insert(root, v)
print(list(root), list(reversed(root)), len(root), 35 in root, 36 in root)
print(sum(root), max(root), sorted(root, reverse=True)[:3], list(zip(root, "abc")))
it = iter(root)
print(next(it), next(it), type(it).__name__)
