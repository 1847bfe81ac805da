# Objects with __del__ created and dropped in a hot loop: even if a JIT never allocates them
# (allocation removal), every finalizer must have run once gc.collect() returns.
import gc
count = 0
class F:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        global count
        count += 1
s = 0
for i in range(3000):
    f = F(i)
    s += f.v
del f
gc.collect()
print(s, count)
def g():
    t = 0
    for i in range(3000):
        t += F(i).v
    return t
print(g())
gc.collect()
print(count)
class G:
    def __del__(self):
        global count
        count += 1
def h():
    for i in range(3000):
        pair = (G(), i)
        if pair[1] < 0:
            return pair
print(h())
gc.collect()
print(count)
