# A value that is usually an object and sometimes None, checked and unchecked.

class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt


def main():
    head = None
    for i in range(3000):
        head = Node(i, head)
    n = head
    s = 0
    steps = 0
    while n is not None:
        s += n.v
        steps += 1
        n = n.nxt
    print(s, steps)
    d = {i: i * 2 for i in range(3000) if i % 1000}
    acc = 0
    nones = 0
    for i in range(3000):
        v = d.get(i)
        if v is None:
            nones += 1
            continue
        acc += v
    print(acc, nones)
    try:
        t = 0
        for i in range(3000):
            v = d.get(i + 1)
            t += v
    except TypeError as e:
        print(i, type(e).__name__, e)


main()
