# A traced loop calling a function with a loop that raises: at one iteration (caught in the loop),
# at the first call (caught outside), and at last uncaught (tier 1's traceback through the caller).

def check(n, bad):
    for j in range(3):
        if n == bad and j == 2:
            raise ValueError("bad " + str(n))
    return n

def caught_inside(n):
    s = 0
    errors = []
    for i in range(n):
        try:
            s += check(i, 1234)
        except ValueError as e:
            errors.append(str(e))
    return s, errors

def caught_outside(n, bad):
    s = 0
    i = 0
    try:
        for i in range(n):
            s += check(i, bad)
    except ValueError as e:
        return s, i, str(e)
    return s, i

def uncaught(n):
    s = 0
    for i in range(n):
        s += check(i, 2999)
    return s

print(caught_inside(3000))
print(caught_outside(3000, 0))
print(caught_outside(3000, 2500))
print(uncaught(3000))
