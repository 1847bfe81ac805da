# A traced loop uses a global as a constant and rebinds it itself (STORE_GLOBAL in the body, then
# in an inlined callee): the store invalidates the trace's own assumption in the middle of an
# iteration, and the next read must see the new object.
K = 1
ks = [1] * 700 + [5] * 700 + [9] * 100


def own_store(n):
    global K
    t = 0
    for i in range(n):
        t += K
        K = ks[i]
    return t


print(own_store(1500), K)
K = 1
print(own_store(1500), K)


def set_k(v):
    global K
    K = v


def callee_store(n):
    t = 0
    for i in range(n):
        t += K
        set_k(ks[i])
    return t


K = 1
print(callee_store(1500), K)
