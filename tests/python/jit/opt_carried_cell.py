# A closure's nonlocal accumulator set every iteration (the closure inlined in the loop) is read
# once per loop entry: the value read back is the one stored, also when the cell is rebound between
# entries, holds an int then a float, becomes unbound, or two closures share it.
def make():
    total = 0.0

    def add(x):
        nonlocal total
        total += x
        return total

    def get():
        return total

    def reset(v):
        nonlocal total
        total = v

    def clear():
        nonlocal total
        del total
    return add, get, reset, clear


def run(add, xs):
    last = None
    for x in xs:
        last = add(x)
    return last


add, get, reset, clear = make()
xs = [0.5 * (i % 5) for i in range(3000)]
print(run(add, xs), get())
reset(100)
print(run(add, xs), get())
reset(1)
print(run(add, [1] * 3000 + [0.5] * 10), get())
clear()
try:
    run(add, xs)
except NameError as e:
    print(type(e).__name__, e)
reset(0.0)
print(run(add, xs[:10]), run(add, xs), get())
