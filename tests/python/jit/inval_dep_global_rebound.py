# A global read in a traced loop (a constant with a dependency) is rebound between calls, more
# often than the JIT speculates on one key, then deleted and bound again.
K = 1


def total(n):
    t = 0
    for i in range(n):
        t += K
    return t


for v in range(2, 9):
    print(total(400), end=" ")
    K = v * 10
print(total(400))
del K
try:
    total(400)
except NameError as e:
    print(type(e).__name__, e)
K = -1
print(total(400))
