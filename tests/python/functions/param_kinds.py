def pos_only(a, b, /, c, d=4):
    return a, b, c, d

print(pos_only(1, 2, 3))
print(pos_only(1, 2, c=3, d=5))

def kw_only(a, *, b, c=10):
    return a, b, c

print(kw_only(1, b=2))
print(kw_only(a=1, c=3, b=2))

def everything(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return a, b, c, args, d, e, kwargs

print(everything(1, d=4))
print(everything(1, 2, 3, 4, 5, d=6, f=7, g=8))
print(everything(1, c=30, d=40, b=1))

def star_args(*args):
    return args
print(star_args(), star_args(1), star_args(*[1, 2], 3, *(4,)))

def star_kwargs(**kw):
    return sorted(kw.items())
print(star_kwargs(a=1, **{"b": 2}, c=3))

def mixed(a, *args, **kw):
    return a, args, kw
print(mixed(*range(4), **dict(x=1)))

# pos-only names can also appear in **kwargs.
def po(a, /, **kw):
    return a, kw
print(po(1, a=2))

args = (1, 2)
kwargs = {"c": 3}
print(pos_only(*args, **kwargs))
