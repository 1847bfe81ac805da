# Tuple, list, nested and starred unpacking targets.
a, b = 1, 2
print(a, b)
[c, d] = "xy"
print(c, d)
(e, (f, g)), h = (1, (2, 3)), 4
print(e, f, g, h)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
x, *mid, y = "abcdef"
print(x, mid, y)
p, *q = [9]
print(p, q)
[m, [n, *o]] = [1, (2, 3, 4)]
print(m, n, o)
a = b = c = [0]
print(a is b, b is c)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
t = 1,
print(t)
(u,) = [5]
print(u)
[v] = (6,)
print(v)
a, b = b, a
print(a, b)
