# Exits inside calls the trace inlined grow bridges that start after the call in the loop's frame:
# an __init__ whose branch changes (the instance is the call's result), an operator dunder whose
# branch changes or that returns NotImplemented (the reflected operand's dunder runs), a method
# whose branch raises and is caught in the loop, nested calls (the exit two frames deep), and a
# call whose result then takes the other branch in the loop's own frame.


class P:
    def __init__(self, x, y):
        if x > y:
            self.x = y
            self.y = x
        else:
            self.x = x
            self.y = y

    def __add__(self, o):
        if isinstance(o, P):
            if o.x & 1:
                return P(self.x + o.y, self.y)
            return P(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __radd__(self, o):
        return P(self.x + 1000, self.y)


class Q:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return NotImplemented


def check(v):
    if v % 7 == 3:
        raise ValueError(v)
    return v


def inner(o, k):
    if k % 5 == 0:
        return o.x - k
    return o.y + k


def outer(o, k):
    t = inner(o, k)
    if t < 0:
        return -t
    return t


def build(n):
    acc = P(0, 0)
    total = 0
    errors = 0
    for i in range(n):
        p = P(i % 11, (i * 7) % 13)
        acc = acc + p
        if i % 3 == 0:
            acc = Q(i) + acc
        try:
            total += check(i)
        except ValueError:
            errors += 1
        s = outer(p, i)
        if s > 10:
            total += s
        else:
            total -= 1
        acc = P(acc.x % 1000, acc.y % 1000)
    return acc.x, acc.y, total, errors


print(build(10))
print(build(3000))
print(build(3000))
