# f-strings in traced loops (FORMAT_VALUE and BUILD_STRING, residual): ints, big ints, floats,
# bools, None and strs, with conversions and format specs, and a value whose class formats itself
# (a user __format__) appearing after the loop is hot.


class Money:
    def __format__(self, spec):
        return "$" + spec


def main():
    lines = []
    for k in range(3200):
        v = [k, k * 0.5, f"s{k % 7}", k % 3 == 0, None, 2**70 + k][k % 6]
        lines.append(f"{k}:{v}|{v!r}|{k:>5}|{k * 1.25:.3f}")
    print(len(lines), lines[:6], lines[-1])
    out = []
    objs = [1] * 3000 + [Money(), 2.5]
    for o in objs:
        out.append(f"<{o:08}>")
    print(len(out), out[0], out[-2:])
    print(len(f"{'x' * 10}{3}{4}{5}{6}{7}"))


main()
