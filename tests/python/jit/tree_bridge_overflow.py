# Integer arithmetic inside a bridge compiled into its loop's class overflows 64 bits: the
# guard leaves from inside the tree and the result is Python's exact int.


def grow(n):
    a = 1
    b = 1
    for i in range(n):
        if i % 2:
            a = a * 3 + i
        else:
            b = b + i
        if a > 10 ** 30:
            a = a % 1000003
    return a, b


def mixed(n):
    a = 1
    for i in range(n):
        if i % 3 == 0:
            a = a * 7 if abs(a) < 1 << 70 else a % 1000003
        elif i % 3 == 1:
            a = a - (1 << 62)
        else:
            a = a // 3 + 1
    return a


print(grow(200))
print(grow(70000))
print(mixed(300))
print(mixed(66000))
for rep in range(40):
    r = (grow(150 + rep), mixed(150 + rep))
print(r)
