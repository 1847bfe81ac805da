# Many distinct small loops (functions compiled with exec), each run a few times: with a
# threshold of 1 this makes hundreds of traces; budgets must keep every result right.


def main():
    funcs = []
    for n in range(400):
        src = "def f%d(k):\n    s = %d\n    for i in range(k):\n        s += i * %d\n    return s\n" % (n, n, n % 7)
        ns = {}
        exec(src, ns)
        funcs.append(ns["f%d" % n])
    total = 0
    for rep in range(3):
        for f in funcs:
            total += f(8 + rep)
    print(total)
    lam = [eval("lambda k: sum(j %% %d for j in range(k))" % (n + 1)) for n in range(200)]
    print(sum(f(20) for f in lam))


main()
