# The number types' data descriptors (int.real, float.imag, complex.real...) and their slot
# wrappers and methods applied to objects of another type raise CPython's TypeErrors (descr_check,
# wrapperdescr_call, wrap_descr_get's "__get__(None, None) is invalid"), never a Java error.

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

for t, names in ((int, ['real', 'imag', 'numerator', 'denominator']), (float, ['real', 'imag']),
                 (complex, ['real', 'imag'])):
    for n in names:
        d = t.__dict__[n]
        print(type(d).__name__, repr(d))
        show(lambda: d.__get__('x'))
        show(lambda: d.__get__(None))
        show(lambda: d.__get__(None, None))
        show(lambda: d.__get__('x', str))
        show(lambda: d.__get__(None, t) is d)
        show(lambda: d.__set__(t(1), 3))
        show(lambda: d.__set__('x', 3))
        show(lambda: d.__delete__(t(1)))
show(lambda: int.real.__get__(True))
show(lambda: float.real.__get__(1.5))
show(lambda: complex.imag.__get__(2j))
show(lambda: int.numerator.__get__(True))

class MyInt(int):
    pass

class MyComplex(complex):
    pass

show(lambda: int.denominator.__get__(MyInt(7)))
show(lambda: complex.real.__get__(MyComplex(1, 2)))

# Methods and slot wrappers called unbound on a wrong object, or with no object at all.
show(lambda: int.bit_length('x'))
show(lambda: float.hex('x'))
show(lambda: complex.conjugate('x'))
show(lambda: int.__add__('x', 1))
show(lambda: float.__add__('x', 1.0))
show(lambda: complex.__add__('x', 1j))
show(lambda: int.__index__('x'))
show(lambda: float.__neg__(1))
show(lambda: complex.__abs__(2))
show(lambda: bool.__dict__['__and__'](1, 1))
show(lambda: int.__add__())
show(lambda: int.__add__(k=1))
show(lambda: int.bit_length())
show(lambda: list.append())
show(lambda: int.__dict__['bit_length'].__get__('x'))
show(lambda: int.__dict__['__add__'].__get__('x'))
show(lambda: (lambda: 0).__get__(None, None))
show(lambda: property().__get__(None, None))

class A:
    f = int.__add__
    g = int.bit_length

show(lambda: A().f(1))
show(lambda: A().g())
show(lambda: A.f(A(), 1))
