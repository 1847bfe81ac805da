# A program that dies with an uncaught exception from inside a hot loop: stderr is compared.

def check(v):
    if v > 2990:
        return {}["missing %d" % v]
    return v


def main():
    s = 0
    for i in range(3000):
        s += check(i)
        if i == 2990:
            print("reached", s)


main()
