# `cells[q]` (two locals, then BINARY_SUBSCR_LIST_INT) runs as one LOAD_FAST__LOAD_FAST dispatch
# when the subscript is an exact list indexed by an in-range exact int. Every other case must
# behave exactly like the instructions run one by one: negative and out-of-range indexes, bool
# and big int indexes, list subclasses, other containers at the same site after specializing,
# an unbound local, and the IndexError traceback at the subscript's line.


class MyList(list):
    def __getitem__(self, k):
        return ("mine", list.__getitem__(self, k))


def item(cells, q):
    return cells[q]


def walk(cells, idx):
    total = 0
    for q in idx:
        c = cells[q]
        total += c
    return total


cells = list(range(100, 130))
for _ in range(300):
    walk(cells, range(30))
print(walk(cells, range(30)))
print(walk(cells, [-1, -30, 0, 29]))
print(walk(cells, [True, False, True]))
print([item(cells, q) for q in (0, -1, True, 5)])
print(item(MyList([7, 8, 9]), 1))
print(item((4, 5, 6), 2), item("xyz", -1), item({3: "three"}, 3))
for bad in (30, -31, 2 ** 70, -(2 ** 70)):
    try:
        item(cells, bad)
    except IndexError as e:
        print("IndexError", bad, e)
try:
    item(cells, "k")
except TypeError as e:
    print("TypeError", e)
print(walk(cells, range(30)))


def unbound(flag):
    if flag:
        cells = [1, 2, 3]
    q = 1
    return cells[q]


for _ in range(200):
    unbound(True)
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def changing(seq, q):
    out = []
    for _ in range(3):
        out.append(seq[q])
        seq.append(len(seq))
        q = len(seq) - 1
    return out


for _ in range(100):
    changing([1, 2], 0)
print(changing([1, 2], 0))
print(item(cells, 31))
