# A bridge changes what the loop's trace read once before its loop (an attribute, a list item,
# a local the trace never writes): with the bridge compiled into the loop's class, the loop must
# still see the new value on the next iteration.


class Box:
    def __init__(self):
        self.scale = 1
        self.total = 0


def attr(n):
    b = Box()
    for i in range(n):
        if i % 5 == 4:
            b.scale = b.scale + 1
        b.total += b.scale
    return b.scale, b.total


def item(n):
    cfg = [3, 0]
    acc = 0
    for i in range(n):
        if i % 7 == 6:
            cfg[0] = cfg[0] + 2
        acc += cfg[0]
    return cfg, acc


def local(n):
    step = 1
    acc = 0
    for i in range(n):
        if i % 4 == 3:
            step = -step
        elif i % 4 == 1:
            step = step * 2 if abs(step) < 1000 else 1
        acc += step
    return step, acc


for n in (50, 5000, 70000):
    print(attr(n), item(n), local(n))
for rep in range(60):
    r = (attr(200 + rep), item(200 + rep), local(200 + rep))
print(r)
