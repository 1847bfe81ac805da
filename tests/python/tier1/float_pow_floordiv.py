# BINARY_OP_FLOAT also covers **, // and % on float/float and float/int operands: each site
# below runs often enough to specialize, then meets the special values, errors and operand
# types that must leave the fast path or raise exactly as CPython's float_pow/float_rem do.
def run(op, pairs):
    out = []
    for a, b in pairs:
        try:
            if op == "**":
                r = a ** b
            elif op == "//":
                r = a // b
            else:
                r = a % b
            out.append(repr(r))
        except (ZeroDivisionError, OverflowError, ValueError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out

warm = [(2.0, 0.5), (9.0, 2), (3, 2.0), (7.5, -2.0)] * 5
special = [(-8.0, 1 / 3), (-8.0, 2.0), (-2.0, -3), (0.0, -1.0), (0.0, 0.0), (-0.0, 3.0), (1e308, 2.0),
           (float("inf"), -1.0), (float("-inf"), 3), (float("nan"), 0), (1.0, float("nan")),
           (-1.0, float("inf")), (5.5, 0), (5.5, 0.0), (-7.5, 2.0), (7.5, -2.0), (-0.0, 1.0),
           (2 ** 63, 0.5), (10 ** 30, 2.0), (2.0, 10 ** 30), (True, 2.5), (2.5, True), ("x", 2.0), (2.0, 1j)]
for op in ("**", "//", "%"):
    print(op, run(op, warm)[:4])
    print(op, run(op, special))
class F(float):
    def __pow__(self, other):
        return "F.__pow__"
    def __rmod__(self, other):
        return "F.__rmod__"
print(run("**", [(F(2.0), 2.0), (2.0, F(3.0))]), run("%", [(5.0, F(3.0)), (F(5.0), 3.0)]))
x = 2.0
for i in range(20):
    x **= 1.0
    x //= 1
    x %= 7.0
print(x)
