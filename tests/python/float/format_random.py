# Many pseudo-random values through many format specs: every digit must be correctly rounded.
state = 12345


def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 11


def rand_float():
    kind = rand() % 6
    if kind == 0:
        return (rand() % 2000000 - 1000000) / 1000 + 0.0005
    if kind == 1:
        return float.fromhex("0x1.%013xp%d" % (rand() % 2 ** 52, rand() % 120 - 60))
    if kind == 2:
        return (rand() % 10 ** 6) / 10 ** (rand() % 9)
    if kind == 3:
        return (rand() % 1000) * 0.125 + 0.0625
    if kind == 4:
        return -float.fromhex("0x1.%013xp%d" % (rand() % 2 ** 52, rand() % 2000 - 1000))
    return (rand() % 20001 - 10000) * 0.5


specs = ["", ".0f", ".1f", ".2f", ".3f", ".6f", ".17f", "e", ".0e", ".1e", ".3e", ".16e", "E", "g", ".0g", ".1g",
         ".2g", ".5g", ".12g", ".17g", "G", "#g", "#.3g", "#.0e", "#.0f", "%", ".1%", ".3", ".1", ".12", "n", ".4n",
         "+.2f", " .3e", "z.1f", "z.0f", ",.2f", "_.3f", "015,.2f", "^20.4e", "*<15g", "=+12.3f", "#", ",", "012",
         "-.2g", "z.2g", "010.1%"]
for i in range(250):
    x = rand_float()
    print(repr(x), " ".join(format(x, s) for s in specs))
for i in range(60):
    z = complex(rand_float(), rand_float())
    print(repr(z), " ".join(format(z, s) for s in ["", ".2f", "e", ".3g", "^30", "+.1e", "z.0f", ",.2f", "#", "G"]))
for i in range(120):
    n = (rand() - 2 ** 52) * (rand() % 7) ** (rand() % 40)
    print(n, " ".join(format(n, s) for s in ["", "d", ",", "_", "x", "#X", "_b", "#o", "+", " ", "015,", "=+20_",
                                               "e", ".3g", "%", ".2f", "n", "^25", "#_x"]))
