# A global read in a hot loop is rebound mid-loop, from the loop itself and from a callee.
K = 1
def rebind(v):
    global K
    K = v
s = 0
for i in range(3000):
    s += K
    if i == 1000:
        K = 2
    if i == 2000:
        rebind(3)
print(s, K)

def uses_global(n):
    t = 0
    for i in range(n):
        t += K
        if i == n // 2:
            rebind(K * 10)
    return t
print(uses_global(3000), K)

def helper():
    return "first"
out = []
for i in range(3000):
    r = helper()
    if i == 1500:
        def helper():
            return "second"
    if i in (1500, 1501):
        out.append(r)
print(out)

# The global is deleted mid-loop: NameError with the exact message.
G = 5
try:
    for i in range(3000):
        v = G
        if i == 2500:
            del G
except NameError as e:
    print(i, type(e).__name__, e)
# Rebinding through globals() dict.
H = 0
t = 0
for i in range(3000):
    t += H
    if i == 1000:
        globals()["H"] = 7
print(t)
