# An exception raised inside an inlined __mul__ (a ZeroDivisionError in it at one iteration):
# caught in the loop, then uncaught with tier 1's traceback (the loop's line, the dunder's line).
class R:
    def __init__(self, v):
        self.v = v
    def __mul__(self, k):
        return R(self.v * 10 // k)

def caught(n):
    t = 0
    errors = 0
    for i in range(n):
        try:
            t = t + (R(i) * (i % 1200)).v
        except ZeroDivisionError:
            errors = errors + 1
    return t, errors

def uncaught(n):
    t = 0
    for i in range(n):
        t = t + (R(i) * (1500 - i)).v
    return t

print(caught(4000))
uncaught(2000)
