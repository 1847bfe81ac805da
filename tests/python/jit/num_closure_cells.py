# Closure cells in traced loops: a cell read every iteration and rebound mid-loop by an inner
# function, a cell the loop itself writes (nonlocal), and a cell emptied mid-loop (NameError).
def rebound(n):
    step = 1
    def change():
        nonlocal step
        step = 1000
    acc = 0
    for i in range(n):
        acc += step
        if i == n // 2:
            change()
    return acc, step

def writer(n):
    total = 0
    def get():
        return total
    for i in range(n):
        total += i
    return get()

def emptied(n):
    x = 5
    def use():
        return x
    acc = 0
    for i in range(n):
        acc += x
        if i == n - 10:
            del x
    return acc

for k in range(3):
    print(rebound(3000), writer(3000))
try:
    emptied(3000)
except NameError as e:
    print(type(e).__name__, e)
emptied(2000)
