class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i
    def __len__(self):
        return self.n

s = Squares(6)
print(list(s), s[2], s[-1], s[1:4], s[::-2], 16 in s, 17 in s, len(s))
print(list(reversed(s)), sorted(s, reverse=True), sum(s), list(enumerate(s))[:2])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
a, b, *rest = s
print(a, b, rest)

class Forever:
    def __getitem__(self, i):
        return i
it = iter(Forever())
print([next(it) for _ in range(3)])

class KeyErrorStops:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorStops())
except KeyError as e:
    print("KeyError does not stop iteration:", e)
