# After an exception leaves a hot loop from 3 calls deep, every frame of its traceback must have
# the locals of that moment (frames a JIT inlined must be rebuilt exactly).
def leaf(v, scale):
    tmp = v * scale
    if v == 2777:
        raise ArithmeticError("at %d" % v)
    return tmp
def mid(v):
    acc = [v]
    r = leaf(v, 3) + len(acc)
    return r
def top(n):
    total = 0
    half = 0.5
    for i in range(n):
        total += mid(i) * half
    return total
try:
    top(3000)
except ArithmeticError as e:
    tb = e.__traceback__
    while tb is not None:
        fr = tb.tb_frame
        loc = {k: v for k, v in fr.f_locals.items() if not k.startswith("__") and k not in ("leaf", "mid", "top", "tb", "e", "fr")}
        if fr.f_code.co_name != "<module>":
            print(fr.f_code.co_name, tb.tb_lineno, sorted(loc.items()))
        tb = tb.tb_next
import sys
def catcher():
    for i in range(3000):
        try:
            mid(i if i < 2999 else 2777)
        except ArithmeticError:
            f = sys.exc_info()[2].tb_next.tb_frame
            return i, f.f_code.co_name, sorted(f.f_locals.items())
print(catcher())
