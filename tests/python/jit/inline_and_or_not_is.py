# `a and b`, `a or b`, `not x` and `x is (not) None` inside methods a traced loop calls: the
# recorder keeps the value as the result of and/or, and every outcome change leaves the trace.

class Node:
    def __init__(self, held, waiting, pending, link):
        self.held = held
        self.waiting = waiting
        self.pending = pending
        self.link = link

    def blocked(self):
        return self.held or (self.waiting and not self.pending)

    def linked(self):
        return self.link is not None

    def alone(self):
        return self.link is None

def run(nodes, rounds):
    b = 0
    l = 0
    a = 0
    for i in range(rounds):
        n = nodes[i % 4]
        if n.blocked():
            b = b + 1
        if n.linked():
            l = l + 1
        if n.alone():
            a = a + 1
    return b, l, a

nodes = [Node(False, True, False, None), Node(False, False, True, 1), Node(True, False, False, None),
         Node(False, True, True, 0)]
print(run(nodes, 8))
print(run(nodes, 400))
same = [nodes[1]] * 4
print(run(same, 400))
def mix(n):
    x = 0
    for i in range(n):
        x = x + (i and 2 or 1) + (0 or i % 3 == 0)
    return x

print(mix(300))
