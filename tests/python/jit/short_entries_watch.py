# Loops that tier 1 watches before recording them (Jit.watchEntries): short per call (never
# recorded at the default threshold, unrolled into their callers' traces), long after a phase
# change, entered recursively (the watched entries interleave), and while loops.

def find(xs, target):
    i = 0
    for x in xs:
        if x == target:
            return i
        i += 1
    return -1

def skip(text, pos):
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos

def depth_sum(node):
    total = 0
    for child in node:
        if isinstance(child, list):
            total += 1 + depth_sum(child)
        else:
            total += child
    return total

def main():
    small = [3, 1, 4]
    hits = 0
    for k in range(6000):
        hits += find(small, k % 4)
    print("short", hits)
    # the same function now runs long entries
    big = list(range(200))
    for k in range(300):
        hits += find(big, k % 250)
    print("long", hits)
    text = "a  b c   d" * 3
    pos_total = 0
    for k in range(5000):
        pos_total += skip(text, k % len(text))
    print("skip", pos_total)
    tree = [1, [2, [3, 4], 5], [6, [7, [8, 9]]], 10]
    acc = 0
    for k in range(3000):
        acc += depth_sum(tree)
        if k == 2000:
            tree[1][1].append([11, 12])
    print("tree", acc)

main()
