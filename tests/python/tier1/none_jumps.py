# `x is None` / `x is not None` as a branch's test compiles to POP_JUMP_IF_NONE/NOT_NONE, as
# CPython 3.11 does: each sense and each operand kind, in hot loops (traced with the JIT on)
# whose outcome changes midway.

class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next

def chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head

def walk(node):
    total = 0
    while node is not None:
        total += node.value
        node = node.next
    return total

def count_none(items):
    nones = others = 0
    for x in items:
        if x is None:
            nones += 1
        else:
            others += 1
        if not (x is not None):
            nones += 10
    return nones, others

def values(items):
    # falsy values that are not None must take the "not None" side
    return [x is None for x in items], [1 if x is not None else 0 for x in items]

def ternary(x):
    return "none" if x is None else "some"

def nested(a, b):
    if a is None and b is not None:
        return 1
    if a is not None or b is None:
        return 2
    return 3

print(walk(chain(10)), walk(None))
print(walk(chain(2000)))
print(count_none([None, 0, "", None, [], False]))
mixed = [None if i % 7 == 0 else i for i in range(3000)]
print(count_none(mixed))
print(count_none([None] * 1500 + [0] * 1500))
print(values([None, 0, False, "", (), None]))
print(ternary(None), ternary(0), [nested(a, b) for a in (None, 1) for b in (None, 0)])
