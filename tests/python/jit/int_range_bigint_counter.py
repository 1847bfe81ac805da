# Loop counters that cross 2**63: range over big bounds, and while counters incremented past it.


def main():
    start = 2**63 - 1500
    n = 0
    last = None
    for i in range(start, start + 3000):
        n += 1
        last = i
    print(n, last, last - 2**63)
    cnt = 0
    for i in range(2**63 + 1500, 2**63 - 1500, -1):
        cnt += i & 1
    print(cnt, i)
    r = range(-(2**63) - 1500, -(2**63) + 1500, 3)
    print(len(r), r[0], r[-1], sum(1 for _ in r))
    j = 2**63 - 3000
    steps = 0
    while j < 2**63 + 5:
        j += 1
        steps += 1
    print(j, steps)
    k = -(2**63) + 3000
    while k > -(2**63) - 3:
        k -= 1
    print(k)
    print(len(range(0, 2**64, 2**60)), range(2**64)[-1])
    try:
        len(range(2**64))
    except OverflowError as e:
        print(type(e).__name__, e)


main()
