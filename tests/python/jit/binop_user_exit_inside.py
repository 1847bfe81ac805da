# A user-defined __add__/__mul__ inlined at BINARY_OP_USER in a traced loop: a guard inside the
# dunder fails at the 1000th iteration (a float component), the exit finishes the dunder in tier 1
# and the loop gets its result; in-place `+=` through __add__; the right operand a float.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)

def run(n, flip):
    acc = V(0, 0)
    for i in range(n):
        d = V(1, i) if i != flip else V(0.5, i)
        acc = acc + d * 2
        acc += d
    return acc.x, acc.y

print(run(2000, 1000))
print(run(2000, -1))
print(run(30, 5))
