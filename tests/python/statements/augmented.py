x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xF; print(x)
x |= 0x30; print(x)
x ^= 0xFF; print(x)
y = 7
y /= 2; print(y)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)

# In-place on mutable objects keeps identity.
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
alias_t = t
t += (2,)
print(t, alias_t, t is alias_t)

# Targets evaluated once.
calls = []
def key():
    calls.append("key")
    return "k"
d = {"k": 10}
d[key()] += 5
print(d, calls)

class C:
    def __init__(self):
        self.n = 0
c = C()
c.n += 10
print(c.n)
m = [[0, 0], [0, 0]]
m[1][0] += 7
print(m)

# The famous tuple-containing-list case.
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tup)
