# zip(strict=True) in hot loops: equal lengths pass; a shorter or longer argument raises
# ValueError with CPython's message, after the items before it were produced, and leaves the
# iterators as CPython does (the exhausted check advances the later ones).


def run(*its):
    n = 0
    try:
        for t in zip(*its, strict=True):
            n += t[0]
    except ValueError as e:
        return n, str(e)
    return n, None


def main():
    print(run(range(500), [1] * 500))
    print(run(range(500), [1] * 499))
    print(run(range(499), [1] * 500))
    print(run(range(500), [1] * 500, (2,) * 400))
    print(run(range(500), [1] * 500, (2,) * 600))
    print(run(range(300), range(300), range(300), [0] * 299))
    a = iter(range(700))
    b = iter([5] * 800)
    print(run(a, b), next(a, None), next(b, None))
    d = {k: k for k in range(400)}
    print(run(d, range(400)), run(d.values(), range(401)))
    print(run(range(400), d), run(range(401), d.values()), run(range(399), d.items()))
    print(run(range(300), "s" * 300, d), run([1] * 400, d, "t" * 399), run(range(500), "u" * 450, [0] * 500))
    e = enumerate(zip(range(10**6), "abc" * 200, strict=True))
    try:
        for i, (a, b) in e:
            pass
    except ValueError as err:
        # CPython's zip keeps no "ended" state: asked again, it advances and raises again
        try:
            again = next(e)
        except ValueError as err2:
            again = str(err2)
        print(i, a, b, err, again)
    z = zip(range(600), "x" * 600)
    z.__setstate__(True)
    print(z.__reduce__()[2] if len(z.__reduce__()) > 2 else None)
    n = 0
    for a, b in z:
        n += a
    print(n, list(z))


main()
