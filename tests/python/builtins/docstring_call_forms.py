# Builtins without __text_signature__ begin their __doc__ with their call forms, as CPython's
# (functools.update_wrapper copies them); data descriptors of builtin types carry their docs.
import _io
import builtins
import functools

for name in ("__build_class__", "breakpoint", "dir", "getattr", "iter", "max", "min", "next", "vars"):
    f = getattr(builtins, name)
    doc = f.__doc__
    head = doc.split("\n\n")[0]
    print(name, f.__text_signature__, repr(head), doc.count("\n\n") >= 1)


def wrapper():
    pass


functools.update_wrapper(wrapper, max)
print(wrapper.__name__, wrapper.__doc__.startswith("max("), wrapper.__annotations__)

for descr in (_io.FileIO.closed, _io.FileIO.closefd, _io.FileIO.mode, _io.BytesIO.closed, complex.real, complex.imag,
              int.real, int.imag, int.numerator, int.denominator, bool.real):
    print(type(descr).__name__, descr.__name__, repr(descr.__doc__))


class Slotted:
    __slots__ = ("x", "real")


class Plain:
    pass


print(Slotted.x.__doc__, Slotted.real.__doc__, Plain.__dict__["__dict__"].__doc__, Plain.__dict__["__weakref__"].__doc__)
