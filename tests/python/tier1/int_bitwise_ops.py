# BINARY_OP_INT also does & | ^ << >> on exact ints: each site specializes on small ints, then
# meets negative and big operands, shift counts at and past the long width, negative counts,
# bools (int subclass: bool & bool is a bool) and other types, all as CPython's long_* functions.
def run(op, pairs):
    out = []
    for a, b in pairs:
        try:
            if op == "&":
                r = a & b
            elif op == "|":
                r = a | b
            elif op == "^":
                r = a ^ b
            elif op == "<<":
                r = a << b
            else:
                r = a >> b
            out.append(repr(r))
        except (ValueError, OverflowError, TypeError, MemoryError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out

warm = [(12, 10), (5, 3), (255, 1), (7, 2)] * 5
edge = [(-1, 0xFF), (-12, 10), (2 ** 64 + 5, 3), (-(2 ** 70), 2 ** 65 - 1), (2 ** 63 - 1, -(2 ** 63)),
        (1, 62), (1, 63), (1, 64), (-1, 63), (3, 62), (-(2 ** 62), 1), (2 ** 62, 1), (5, 0), (0, 10 ** 6),
        (0, 2 ** 80), (1, -1), (-5, 100), (5, 100), (-5, 2 ** 70), (2 ** 100, 99), (2 ** 100, -3),
        (True, True), (True, 2), (3, False), (1.0, 2), (2, "x"), (-9223372036854775808, 1)]
for op in ("&", "|", "^", "<<", ">>"):
    print(op, run(op, warm)[:4])
    print(op, run(op, edge))

class I(int):
    def __and__(self, other):
        return "I.__and__"
    def __rlshift__(self, other):
        return "I.__rlshift__"
print(run("&", [(I(6), 3), (6, I(3))]), run("<<", [(1, I(3)), (I(1), 3)]))
total = 0
for i in range(1, 50):
    total += i * 2654435761
    total &= 0xFFFFFFFF
    total ^= total >> 7
    total |= 1 << (i % 40)
    total <<= 1
print(total)
