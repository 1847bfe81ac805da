# str indexing in traced loops (a residual str item with the unboxed index): ASCII, Latin-1 and
# astral characters, negative indices, and IndexError raised by the index inside the hot loop
# (at the end of the text, and from an inlined helper), caught as tier 1 raises it.


def scan(text):
    pos = 0
    digits = letters = other = 0
    while True:
        ch = text[pos]
        if ch == ";":
            return pos, digits, letters, other
        if "0" <= ch <= "9":
            digits += 1
        elif "a" <= ch <= "z":
            letters += 1
        else:
            other += 1
        pos += 1


def at(text, k):
    return text[k]


def main():
    text = ("ab1é" * 900) + "x\U0001F600y;"
    print(scan(text))
    back = []
    for k in range(1, 3200):
        back.append(text[-k])
    print(len(back), back[:5], "".join(back[-6:]))
    caught = 0
    pos = 0
    tail = "q" * 3500
    try:
        while True:
            caught += ord(tail[pos]) & 1
            pos += 1
    except IndexError as e:
        print(type(e).__name__, e, pos, caught)
    seen = []
    for k in range(4000):
        try:
            seen.append(at("hello", k % 7 - 1))
        except IndexError as e:
            seen.append(str(e))
    print(len(seen), seen[:8])


main()
