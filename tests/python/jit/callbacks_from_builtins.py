# Python code called back from builtins inside hot loops: sort keys and __lt__, map/filter,
# min/max keys, dict/set hashing of user keys, str.join over a generator; some callbacks loop.

class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v % 97 < o.v % 97 or (self.v % 97 == o.v % 97 and self.v < o.v)

def digits(v):
    s = 0
    while v:
        s += v % 10
        v //= 10
    return s

class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 13
    def __eq__(self, o):
        return self.v == o.v

def bad_key(v):
    if v == 2500:
        raise ValueError("key %d" % v)
    return -v


def main():
    items = [Item((i * 7919) % 3001) for i in range(3000)]
    srt = sorted(items)
    print([x.v for x in srt[:5]], [x.v for x in srt[-3:]])
    keyed = sorted(range(3000), key=digits)
    print(keyed[:5], keyed[-5:])
    print(sum(map(digits, range(3000))), len(list(filter(lambda v: digits(v) == 9, range(3000)))))
    print(max(range(3000), key=lambda v: (digits(v), -v)), min(items, key=lambda it: -it.v).v)
    s = set()
    for i in range(3000):
        s.add(H(i % 300))
    print(len(s))
    print(len(",".join(str(digits(i)) for i in range(3000))))
    try:
        sorted(range(3000), key=bad_key)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        list(map(lambda v: 1 // (v - 2998), range(3000)))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)


main()
