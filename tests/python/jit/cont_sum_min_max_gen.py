# sum/min/max/any/all over generators and with key functions in hot code.


def main():
    print(sum(i * i for i in range(3000)))
    print(min(i % 97 - 48 for i in range(3000)), max((i * 7) % 3001 for i in range(3000)))
    print(max(range(3000), key=lambda v: (v * 37) % 1009))
    print(min(("w%d" % i for i in range(3000)), key=len))
    print(any(i > 2998 for i in range(3000)), all(i < 2999 for i in range(3000)))
    print(sum((i / 4 for i in range(3000)), 0.5))
    print(sum([[i] for i in range(5)], []))
    tot = 0
    for k in range(3000):
        tot += max(k, 1500) - min(k, 1500) + sum((k, 1, 2))
    print(tot)
    try:
        max(i for i in range(0))
    except ValueError as e:
        print(type(e).__name__, e)
    print(sorted(range(3000), key=lambda v: -v)[:3])


main()
