# for-loops over strs (a str iterator through a residual next; its exhaustion leaves the trace
# at the loop's end): ASCII, non-BMP and empty strs, break and else, re-entered loops, an
# iterator consumed halfway by the loop and then by next(), and a loop in an inlined call.


def count(text):
    vowels = n = 0
    for ch in text:
        n += 1
        if ch in "aeiou":
            vowels += 1
    return n, vowels


def first_digit(text):
    for k, ch in enumerate(text):
        pass
    for ch in text:
        if "0" <= ch <= "9":
            break
    else:
        return None
    return ch


def main():
    print(count("the quick brown fox jumps over the lazy dog" * 100))
    print(count("\U0001F600é\u4e2d" * 1200))
    print(count(""))
    total = 0
    for k in range(300):
        total += count("abcde" * (k % 13))[1]
    print(total)
    print(first_digit("x" * 4000 + "7"), first_digit("y" * 3500))
    it = iter("m" * 3100 + "STOP" + "rest")
    n = 0
    for ch in it:
        if ch == "S":
            break
        n += 1
    print(n, next(it), "".join(it))


main()
