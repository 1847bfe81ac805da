# An IndexError of a str index inside a function inlined into a hot loop, not caught: the
# traceback names the loop's line and the helper's line, as tier 1's.


def pick(text, k):
    return text[k]


def main():
    text = "abcdefghij" * 400
    total = 0
    for k in range(len(text) + 5):
        total += ord(pick(text, k))
    print(total)


main()
