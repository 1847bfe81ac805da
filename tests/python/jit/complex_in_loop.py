# complex arithmetic in hot loops, with ints and floats mixed in.


def main():
    z = 0j
    for i in range(3000):
        z = z * (0.999 + 0.001j) + 1
    print(repr(z))
    w = 1 + 0j
    for i in range(3000):
        w = w * 1j
    print(w)
    acc = 0
    for i in range(3000):
        acc += complex(i, -i) * (1 if i % 2 else 1.0) - i
    print(acc)
    mags = 0.0
    for i in range(3000):
        mags += abs(complex(i % 7, i % 11))
    print(repr(mags))
    try:
        for i in range(3000):
            q = (1 + 1j) / (i - 2999)
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)
    print((2 + 3j) ** 2, (-1) ** 0.5, 1j ** 2)


main()
