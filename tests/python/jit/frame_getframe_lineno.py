# sys._getframe() inside a hot loop: f_lineno and f_locals must reflect the current iteration.
import sys

def probe():
    f = sys._getframe(1)
    return f.f_lineno, f.f_locals.get("i"), f.f_locals.get("acc")


def main():
    lines = set()
    vals = []
    acc = 0
    for i in range(3000):
        acc += i
        if i % 2:
            ln, iv, av = probe()
        else:
            ln, iv, av = probe()
        lines.add(ln)
        if iv != i or av != acc:
            vals.append((i, iv, av))
    print(sorted(lines), vals[:3])


main()
