# User iterators in hot loops: __iter__/__next__, __getitem__ iteration, an iterator that
# raises mid-way, and StopIteration with a value.

class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

class Seq:
    def __getitem__(self, k):
        if k >= 3000:
            raise IndexError(k)
        return k * 2

class Flaky:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 2500:
            raise KeyError("flaky")
        return self.i


def main():
    print(sum(v for v in Count(3000)))
    s = 0
    for v in Count(3000):
        s += v * v
    print(s)
    t = 0
    for v in Seq():
        t += v
    print(t, list(Seq())[-2:])
    got = 0
    try:
        for v in Flaky():
            got = v
    except KeyError as e:
        print(got, type(e).__name__, e)
    it = iter(range(3000))
    for v in it:
        if v == 1000:
            break
    print(next(it), sum(it))


main()
