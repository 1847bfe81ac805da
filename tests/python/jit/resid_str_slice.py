# str slices in traced loops (residual subscript by a slice built in the trace): negative and
# out-of-range bounds, steps, and ValueError of a zero step raised inside the hot loop.


def main():
    text = "the quick brown fox é\U0001F600 jumps" * 3
    acc = []
    for k in range(3300):
        a = k % 40 - 10
        acc.append(text[a:a + 5] + text[:a:3] + text[a::-7])
    print(len(acc), acc[:3], sum(len(x) for x in acc))
    steps = [1, 2, -1, 3] * 800 + [0]
    n = 0
    try:
        for st in steps:
            n += len(text[::st])
    except ValueError as e:
        print(type(e).__name__, e, n)


main()
