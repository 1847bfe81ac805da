# A traced loop calling functions that contain a loop (called from the trace as tier 1 calls them,
# the callee's own loop traced on its own): a plain function, a method (LOAD_ATTR_METHOD), a bound
# method object, the result stored or dropped, a function rebound mid-loop, recursion through the
# loop, and the caller's line as the callee sees it.
import sys

def count_to(n):
    s = 0
    for j in range(n):
        s += j
    return s

def halve(n):
    k = 0
    while n > 1:
        n //= 2
        k += 1
    return k

class Acc:
    def __init__(self):
        self.items = [1, 2, 3]

    def total(self, k):
        t = 0
        for x in self.items:
            t += x * k
        return t

def rec(n):
    s = 1
    for j in range(2):
        if n > 0:
            s += rec(n - 1)
    return s

def caller_line():
    k = 0
    while k < 2:
        k += 1
    return sys._getframe(1).f_lineno

log = []

def noisy(n):
    for j in range(2):
        log.append(n + j)

def plain(n):
    s = 0
    for i in range(n):
        s += count_to(i % 7) + halve(i)
    return s

def methods(n):
    a = Acc()
    m = a.total
    s = 0
    for i in range(n):
        s += a.total(i) + m(2)
        if i == n // 2:
            a.items = [10]
    return s

def rebound(n):
    global halve
    keep = halve
    s = 0
    for i in range(n):
        s += halve(i + 1)
        if i == 2500:
            halve = lambda v: -1
    halve = keep
    return s

def dropped(n):
    for i in range(n):
        noisy(i)
    return len(log), sum(log)

def lines(n):
    seen = set()
    for i in range(n):
        seen.add(caller_line())
    return sorted(seen)

def recursive(n):
    s = 0
    for i in range(n):
        s += rec(i % 6)
    return s

print(plain(3000))
print(methods(3000))
print(rebound(3000))
print(dropped(3000))
print(lines(3000))
print(recursive(3000))
