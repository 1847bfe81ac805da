# An inlined function whose __code__ or __defaults__ is replaced in the middle of the loop (the
# same function object, so its identity still matches): the trace must call the new code and
# fill the new defaults, as tier 1 does on every call.

def f(x, k=1):
    return x + k

def g(x, k=1):
    return x * k

def run(n, swap_at, defaults_at):
    s = 0
    for i in range(n):
        s = s + f(i)
        if i == swap_at:
            f.__code__ = g.__code__
        if i == defaults_at:
            f.__defaults__ = (3,)
    return s

orig_code = f.__code__
print(run(200, 1000, 50))
print(run(200, 1000, 1000))
f.__defaults__ = (1,)
print(run(200, 120, 1000))
f.__code__ = orig_code
print(run(200, 1000, 1000))
