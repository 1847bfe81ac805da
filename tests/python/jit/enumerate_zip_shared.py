# Iterators shared between two loops and within one zip: a loop that breaks out of an enumerate
# and a second loop that goes on with the same object (its index continues); zip drawing twice
# from one iterator (pairs); the same enumerate in two nested loops; side exits in the body
# (a branch that changes direction late) that must leave the enumerate's index exact.


def split(xs):
    e = enumerate(xs, 10)
    first = 0
    for i, x in e:
        first += x
        if i == 400:
            break
    second = 0
    for i, x in e:
        second += x * i
    return first, second, i


def pairs(xs):
    it = iter(xs)
    s = 0
    for a, b in zip(it, it):
        s += a - b
    return s


def same_zip_twice(xs):
    it = iter(xs)
    s = 0
    for a, b in zip(it, xs):
        s += a * b
    for a, b in zip(it, it):
        s += a + b
    return s


def exits(xs):
    out = 0
    e = enumerate(xs)
    for i, x in e:
        if x > 0.75 * len(xs):
            out += i * 3
        else:
            out -= 1
        if i == 900:
            return out, next(e)
    return out, None


def nested(n):
    e = enumerate(range(n))
    total = 0
    for i, x in e:
        for j, y in e:
            total += i * j
            if j % 50 == 49:
                break
    return total


class Blinking:
    """An iterator that ends every 5th call and goes on after: zip, enumerate, map and filter ask it again."""

    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n % 5 == 0:
            raise StopIteration
        return self.n


def resumed():
    out = []
    for make in (lambda b: enumerate(b), lambda b: zip(b, range(10**6)), lambda b: map(abs, b),
                 lambda b: filter(None, b)):
        obj = make(Blinking())
        rounds = []
        for _ in range(200):
            rounds.append(len(list(obj)))
        out.append((sum(rounds), rounds[-1]))
    return out


def main():
    print(resumed())
    xs = list(range(1000))
    print(split(xs))
    print(pairs(list(range(1001))))
    print(same_zip_twice(list(range(900))))
    print(exits([float(k) for k in range(1200)]))
    print(nested(2000))


main()
