# Code objects compare by what they run (CPython's code_richcompare): a marshal round trip is
# equal, a changed constant (down to the sign of a zero float) or name is not; the file name and
# qualified name do not count.
import marshal
def f(a, b=2, *c, d, **e):
    x = [i * 0.0 for i in range(a)]
    try:
        return x, (1, -0.0, "s"), {d}
    except ValueError:
        pass
c = f.__code__
n = marshal.loads(marshal.dumps(c))
print(c == n, hash(c) == hash(n), c != n)
print(compile("x = 0.0", "a", "exec") == compile("x = -0.0", "a", "exec"))
print(compile("x = 1", "a", "exec") == compile("x = 1.0", "a", "exec"))
print(compile("x = 1", "a", "exec") == compile("x = 1", "b", "exec"))
print(compile("x = 1", "a", "exec") == compile("x = 2", "a", "exec"))
print(compile("x = (1, 0.0)", "a", "exec") == compile("x = (1, -0.0)", "a", "exec"))
print(c.replace(co_name="g") == c, c.replace(co_qualname="g") == c, c.replace(co_filename="g") == c)
print(len({c, n, f.__code__}))
print(c == 1, (c == None))
