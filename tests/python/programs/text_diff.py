# Line and word diffs from a longest-common-subsequence table, printed in a
# unified-like format, plus edit statistics.

OLD = """\
The Taipan runtime
executes Python programs
on the Java virtual machine.
It has an interpreter.
Later it gets a JIT.
Tests compare against CPython.
"""

NEW = """\
The Taipan runtime
executes Python 3.11 programs
on the Java virtual machine.
It has a specializing interpreter.
Tests compare against CPython.
Output must match byte for byte.
"""


def lcs_table(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                table[i][j] = table[i + 1][j + 1] + 1
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    return table


def diff(a, b):
    table = lcs_table(a, b)
    i = j = 0
    ops = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            ops.append((" ", a[i]))
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            ops.append(("-", a[i]))
            i += 1
        else:
            ops.append(("+", b[j]))
            j += 1
    ops.extend(("-", x) for x in a[i:])
    ops.extend(("+", x) for x in b[j:])
    return ops


old_lines = OLD.splitlines()
new_lines = NEW.splitlines()
ops = diff(old_lines, new_lines)
print("--- old")
print("+++ new")
for tag, line in ops:
    print(f"{tag}{line}")
stats = {tag: sum(1 for t, _ in ops if t == tag) for tag in " +-"}
print("unchanged %d, added %d, removed %d" % (stats[" "], stats["+"], stats["-"]))
similarity = 2 * stats[" "] / (len(old_lines) + len(new_lines))
print(f"similarity {similarity:.3f}")

print("word diffs of changed lines:")
removed = [l for t, l in ops if t == "-"]
added = [l for t, l in ops if t == "+"]
for old, new in zip(removed, added):
    words = diff(old.split(), new.split())
    rendered = " ".join(w if t == " " else f"[{t}{w}]" for t, w in words)
    print("  " + rendered)

print("char-level LCS length:", lcs_table("specializing", "speculating")[0][0])
print(diff(list("kitten"), list("sitting")))
print(diff([], ["only"]), diff(["only"], []), diff([], []))
