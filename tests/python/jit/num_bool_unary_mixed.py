# Unary operators, bool operands of arithmetic and int/float comparisons in traced loops,
# with the values changing kind mid-loop (int -> big int at -(-2**63), bool -> int, nan).
def unary(xs):
    acc = 0
    i = 0
    n = len(xs)
    while i < n:
        x = xs[i]
        acc = (acc * 7 + -x + ~x + +x + (not x)) % 1000003
        i += 1
    return acc

base = [3, -4, 0, 2, 5, 7] * 200
print(unary(base))
print(unary(base + [-9223372036854775807 - 1]))
print(unary(base + [True, False]))

def bools(n):
    c = 0
    f = 0.0
    for i in range(n):
        b = i % 3 == 0
        c += b + (i > 5) * 2 - (not b)
        f += b * 0.5 + (b - 1.25)
        c ^= b
    return c, f
print(bools(3000))

def compare(xs, y):
    c = 0
    for k in range(len(xs)):
        v = xs[k]
        if v < y:
            c += 1
        if y <= v:
            c += 10
        if v == y:
            c += 100
        if y != v:
            c += 1000
    return c
print(compare(list(range(2000)), 999.5))
print(compare([9007199254740993] * 2000, 9007199254740992.0))
print(compare(list(range(2000)), float('nan')))
print(compare(list(range(-1000, 1000)), float('-inf')), compare(list(range(2000)), float('inf')))
print(compare(list(range(1500)) + [2**70, -2**70], 1e300))
