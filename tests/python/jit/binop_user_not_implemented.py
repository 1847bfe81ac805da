# __add__ returning NotImplemented at some iterations (for a value of the right operand): tier 1
# goes on with the operator protocol (the right operand's reflected slot, then TypeError); the
# trace must follow that at the 1000th iteration, from the first iteration (threshold 1), and when
# the dunder's result is computed rather than a constant.
class M:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if o == 7:
            return NotImplemented
        return M(self.v + o)
    def __sub__(self, o):
        r = M(self.v - o.v)
        if o.v < 0:
            r = NotImplemented
        return r

def run(n, odd):
    acc = M(0)
    errors = 0
    for i in range(n):
        try:
            acc = acc + (1 if i != odd else 7)
        except TypeError as e:
            errors = errors + 1
    return acc.v, errors

print(run(2000, 1000))
print(run(2000, 0))

def sub_fallback(n):
    acc = M(0)
    for i in range(n):
        acc = acc - M(1 if i < 1500 else -1)
    return acc.v

try:
    sub_fallback(2000)
except TypeError as e:
    print("TypeError", e)
