a = list(range(10))
a[2:5] = ["x"]
print(a)
a[::3] = "ABCD"[:len(a[::3])]
print(a)
a[1:1] = [100, 200]
print(a)
a[-2:] = []
print(a)
a[len(a):] = range(3)
print(a)
b = list(range(8))
del b[::2]
print(b)
del b[-1::-2]
print(b)
c = [1, 2, 3]
c[:] = c + c
print(c)
c[0:2] = c
print(c)
d = list(range(6))
d[4:1:-1] = "abc"
print(d)
try:
    d[::-1] = [1]
except ValueError as e:
    print(type(e).__name__, e)
e = [0] * 5
e[1:3] = (x * 10 for x in range(4))
print(e)
f = [1, 2, 3]
f[5:10] = [9]
print(f)
g = [1, 2, 3]
g[-10:-5] = [0]
print(g)
