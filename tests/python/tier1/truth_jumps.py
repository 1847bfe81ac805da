# Every conditional jump form (if / if not / while / and / or / not) on True, False and non-bool
# operands, in both jump senses, with the same sites seeing bools first and other types later
# (the shared truth test answers bools first), plus __bool__/__len__ results and their errors.


class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BadBool:
    def __bool__(self):
        return 1


class Raises:
    def __bool__(self):
        raise RuntimeError("no truth here")


def forms(x):
    out = []
    if x:
        out.append("if")
    if not x:
        out.append("ifnot")
    out.append(x and "and")
    out.append(x or "or")
    out.append(not x)
    n = 0
    while x and n < 2:
        n += 1
    out.append(n)
    return out


values = [True, False, True, False, 0, 1, -5, 2 ** 80, 0.0, 1.5, "", "a", [], [0], (), (0,), {}, {1: 2},
          set(), None, Flag(True), Flag(False), Sized(0), Sized(3), range(0), range(2), b"", b"x"]
for v in values:
    r = forms(v)
    print(type(v).__name__, [x if isinstance(x, (bool, int, str)) else type(x).__name__ for x in r])

for bad in (BadBool(), Raises(), Sized(-1)):
    for form in ("if", "not", "and", "while"):
        try:
            if form == "if":
                if bad:
                    pass
            elif form == "not":
                not bad
            elif form == "and":
                bad and 1
            else:
                while bad:
                    break
            print(form, "no error")
        except Exception as e:
            print(form, type(e).__name__, e)

# is / is not / in / not in feeding a jump, both senses, after the sites ran many times.
hits = [0] * 8
for i in range(300):
    x = None if i % 3 == 0 else i
    s = range(0, 300, 7)
    if x is None:
        hits[0] += 1
    if x is not None:
        hits[1] += 1
    if not (x is None):
        hits[2] += 1
    if x in s:
        hits[3] += 1
    if x not in s:
        hits[4] += 1
    if not (x not in s):
        hits[5] += 1
    hits[6] += (x is not None) + (x in s)
    hits[7] += (x is None) + (x not in s)
print(hits)
