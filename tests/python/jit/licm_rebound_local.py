# Locals that the recorded path only reads but another path of the loop rebinds: a guard on
# them must not be hoisted to the loop header, where it would fail on every entry afterwards.

def toggled(n, flag):
    t = 0
    for i in range(n):
        t += (i if flag else 2 * i)
        if i % 7 == 0:
            flag = not flag
    return t


def retyped(n):
    scale = 1
    total = 0
    for i in range(n):
        total += i * scale
        if i == n // 2:
            scale = 0.5
    return total


def maybe_none(n):
    last = None
    count = 0
    for i in range(n):
        if last is not None:
            count += last
        if i % 100 == 99:
            last = i if last is None else None
    return count


def while_flag(n):
    running = True
    i = 0
    seen = 0
    while running:
        i += 1
        seen += 3
        if i >= n:
            running = False
    return i, seen


for n in (5, 50, 3000):
    print(toggled(n, True), toggled(n, False), retyped(n), maybe_none(n), while_flag(n))
