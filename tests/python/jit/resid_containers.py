# Building sets and dicts in traced loops (BUILD_SET, BUILD_MAP, BUILD_CONST_KEY_MAP, SET_ADD and
# MAP_ADD of comprehensions, LIST_TO_TUPLE), and a user key whose __eq__ runs when its hash
# collides with an int key added by the trace.


class Key:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq called", other)
        return False


def main():
    total = 0
    for k in range(3200):
        s = {k % 7, k % 5, "x"}
        d = {"a": k, "b": k * 2, k % 3: "c"}
        c = {"left": k, "right": -k}
        e = {}
        total += len(s) + len(d) + c["right"] + len(e) + d["b"]
    print(total)
    sq = {k: k * k for k in range(3500)}
    odd = {k % 97 for k in range(3500)}
    print(len(sq), sq[3499], len(odd), sorted(odd)[:5])
    base = [1, 2, 3]
    tup = ()
    for k in range(3100):
        tup = (*base, k)
    print(tup)
    d = {Key(3000): "user"}
    for k in range(3500):
        d[k] = k
    print(len(d))
    late = {k: 0 for k in list(range(2998)) + [Key(5), 5, 6]}
    print(len(late))


main()
