# An int accumulator that grows past 64 bits in the middle of a hot loop, then shrinks back.


def main():
    x = 2**62 - 1500
    trace = []
    for i in range(3000):
        x += 1
        if i % 500 == 0 or 1498 <= i <= 1501:
            trace.append((i, x, x.bit_length()))
    for t in trace:
        print(*t)
    print(x, x - 2**63)
    y = 2**63 + 1500
    for i in range(3000):
        y -= 1
        if 1498 <= i <= 1501:
            print("down", i, y, type(y).__name__)
    print(y)
    z = -(2**63) + 1500
    for i in range(3000):
        z -= 1
        if 1498 <= i <= 1502:
            print("neg", i, z)
    print(z)


main()
