# Loops that run a handful of iterations (0 to 4) per call, in functions called thousands of
# times: the trace is entered and left at the loop's end on nearly every call, and the values
# it leaves behind (accumulators, the loop variable, a list) must be tier 1's.

def count_up(n, base):
    s = base
    i = -1
    for i in range(n):
        s = s * 3 + i
    return s, i


def walk(xs):
    t = 0.5
    for x in xs:
        t = t * 1.5 - x
    return t


def drain(k):
    out = []
    while k > 0:
        out.append(k % 7)
        k = k // 7
    return out


def overflow_short(n):
    v = 9223372036854775807 - 2
    for i in range(n):
        v = v + 1
    return v


def main():
    total = 0
    last = None
    for call in range(6000):
        s, i = count_up(call % 5, call)
        total = (total + s + i) % 1000000007
        if call % 1000 == 999:
            print(call, s, i, total)
    acc = 0.0
    for call in range(5000):
        acc += walk(list(range(call % 4)))
    print(acc)
    digits = 0
    for call in range(4000):
        d = drain(call)
        digits += len(d) + sum(d)
        last = d
    print(digits, last)
    for n in (0, 1, 2, 3, 4, 5, 1, 0):
        print(n, overflow_short(n))
    seen = []
    for call in range(3000):
        seen.append(overflow_short(call % 5))
    print(seen[-5:], len(set(seen)))


main()
