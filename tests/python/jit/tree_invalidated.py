# A bridge compiled into its loop's class assumed a global and a class attribute; rebinding them
# while the tree runs must make the loop see the new ones.

K = 2


def kk():
    return K


class C:
    def f(self, x):
        return x + 1


def run(n, c):
    acc = 0
    for i in range(n):
        if i % 3 == 1:
            acc += K * kk()
        elif i % 3 == 2:
            acc += c.f(i)
        else:
            acc -= 1
    return acc


c = C()
print(run(60000, c))
for rep in range(30):
    r = run(500, c)
print(r)
K = 5
print(run(60000, c))
C.f = lambda self, x: x * 2
print(run(60000, c))
K = 7.5
print(run(3000, c))
for rep in range(30):
    r = run(500, c)
print(r)


def flipper(n):
    global K
    acc = 0
    for i in range(n):
        if i % 2:
            acc += K
        else:
            acc -= 1
        if i == n // 2:
            K = "s" if isinstance(K, str) else 3
            acc = int(acc)
    return acc


K = 1
print(flipper(80000))
