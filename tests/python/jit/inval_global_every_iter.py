# A global that changes on every iteration (must not be constant-folded).
counter = 0
def bump():
    global counter
    counter += 1
s = 0
for i in range(3000):
    s += counter
    bump()
print(s, counter)

flag = False
hits = 0
for i in range(3000):
    flag = not flag
    if flag:
        hits += 1
print(hits)

class Cfg:
    pass
cfg = Cfg()
def step(i):
    global cfg
    cfg = Cfg()
    cfg.v = i
t = 0
for i in range(3000):
    step(i)
    t += cfg.v
print(t)
