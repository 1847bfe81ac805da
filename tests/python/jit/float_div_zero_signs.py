# Division and modulo by every kind of zero (0, 0.0, -0.0, False) reached after many good divisors.


def main():
    zeros = [0, 0.0, -0.0, False]
    for z in zeros:
        for op in ("/", "//", "%"):
            try:
                for i in range(3000):
                    d = z if i == 2999 else (i % 5) + 1
                    if op == "/":
                        r = 7.5 / d
                    elif op == "//":
                        r = 7.5 // d
                    else:
                        r = 7.5 % d
                print(op, repr(z), "no error", r)
            except ZeroDivisionError as e:
                print(op, repr(z), i, type(e).__name__, e)
    for z in zeros:
        try:
            for i in range(3000):
                r = 7 // (z if i == 2999 else 1)
        except ZeroDivisionError as e:
            print("int//", repr(z), type(e).__name__, e)
        try:
            r = divmod(7, z)
        except ZeroDivisionError as e:
            print("divmod", repr(z), type(e).__name__, e)
    s = 0.0
    for i in range(3000):
        s += (i % 3) / -1e-320 if i % 3 else 0.0
    print(s)
    print(-1.0 % float("inf"), 1.0 % float("-inf"), float("inf") // 1.0, divmod(-0.0, 1.0))


main()
