# A global rebound on every iteration by the traced loop itself: the JIT must stop speculating on
# it (a bounded number of recompilations) and keep computing CPython's result.
K = 0


def churn(n):
    global K
    t = 0
    for i in range(n):
        t += K
        K = i
    return t


for r in range(6):
    print(churn(2000), K)
