# Guards that fail inside an inlined callee: an int that overflows a long there, a branch
# taken the other way there, and a type that changes there; the exits re-create the callee
# frames and tier 1 finishes the calls.

def grow(x):
    return x * 3 + 1

def sign(x):
    if x < 40:
        return 1
    return -1

def add(a, b):
    return a + b

def run(n):
    x = 1
    s = 0
    t = 0
    for i in range(n):
        x = grow(x)
        s = s + sign(i)
        t = add(t, 1.5 if i == 60 else 1)
    return x, s, t

print(run(30))
print(run(100))
print(run(100))
