# __init__ inlined into a traced loop (NEW_INSTANCE + the inlined body): a guard inside __init__
# fails at the 1000th iteration (an attribute of another type), so the exit finishes __init__ in
# tier 1 and the loop gets the instance, not __init__'s None; the shape the instances end with.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y * 2
        self.s = x + y

def run(n, flip):
    t = 0
    last = None
    for i in range(n):
        y = 1.5 if i == flip else i
        p = P(i, y)
        t = t + p.x + p.s
        last = p
    return t, last.x, last.y, sorted(vars(last))

print(run(2000, 1000))
print(run(2000, 1999))
print(run(50, 10))
