# A loop whose body is thousands of instructions long (generated), and a loop with many exits:
# a JIT must cap the trace length and still compute exactly what tier 1 does.


def main():
    lines = ["def big(n):", "    s = 0", "    t = 1", "    for i in range(n):"]
    for k in range(200):
        lines.append("        s += (i * %d + t) %% %d" % (k + 1, k + 7))
        if k % 50 == 49:
            lines.append("        t = (t * 3 + s) % 1000003")
    lines.append("    return s, t")
    ns = {}
    exec("\n".join(lines), ns)
    print(ns["big"](3000))
    branches = ["def many(n):", "    c = 0", "    for i in range(n):"]
    for k in range(60):
        branches.append("        if i %% %d == %d:" % (k + 2, k % (k + 2)))
        branches.append("            c += %d" % k)
    branches.append("    return c")
    exec("\n".join(branches), ns)
    print(ns["many"](3000))


main()
