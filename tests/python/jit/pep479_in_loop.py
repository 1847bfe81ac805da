# StopIteration leaking out of a generator body in a hot loop becomes RuntimeError (PEP 479).

def gen(n):
    it = iter(range(n))
    while True:
        yield next(it)

def first(it):
    for v in it:
        return v
    raise StopIteration


def main():
    ok = 0
    for i in range(3000):
        try:
            ok += sum(gen(i % 4))
        except RuntimeError as e:
            if i < 2:
                print(i, type(e).__name__, e, type(e.__cause__).__name__)
            ok -= 1
    print(ok)
    total = 0
    for i in range(3000):
        try:
            total += first(iter(range(i % 3)))
        except StopIteration:
            total += 1000
    print(total)


main()
