# Chained comparisons in a hot loop, including mixed types and side-effecting operands.
calls = 0
def f(v):
    global calls
    calls += 1
    return v
inside = 0
edges = []
for i in range(3000):
    if 100 <= i < 2000 != i:
        inside += 1
    if f(0) < f(i) <= f(5):
        edges.append(i)
print(inside, edges, calls)
mixed = 0
for i in range(3000):
    x = i / 3 if i % 2 else i
    if 10 < x < 20.5 < 21 == 21.0:
        mixed += 1
print(mixed)
a = b = 0
for i in range(3000):
    a += (i == i == i) is True
    b += (1 < 2 > 1 < 3) == True
print(a, b)
s = []
for i in range(3000):
    if "a" < chr(97 + i % 26) < "d" < "z":
        s.append(chr(97 + i % 26))
print(len(s), s[:4])
