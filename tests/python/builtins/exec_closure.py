# exec(code, closure=cells) runs a nested function's code with those cells (3.11), and its errors.
def f():
    x = 1
    def g(): print("x is", x); return x
    return g
g = f()
c = g.__code__
for args in [dict(), dict(closure=None), dict(closure=g.__closure__), dict(closure=()), dict(closure=(1,)), dict(closure=[g.__closure__[0]]), dict(closure=(g.__closure__[0], g.__closure__[0]))]:
    try:
        print(exec(c, {}, None, **args))
    except Exception as e: print(type(e).__name__, e)
try: exec(compile("y=1", "s", "exec"), {}, closure=())
except Exception as e: print(type(e).__name__, e)
print(exec(compile("y=1", "s", "exec"), {}, closure=None))
try: exec("y=1", {}, closure=())
except Exception as e: print(type(e).__name__, e)
def h():
    z = 5
    return (lambda: z)
l = h()
ns = {}
exec(l.__code__, ns, closure=l.__closure__)
try: eval(c)
except Exception as e: print(type(e).__name__, e)
