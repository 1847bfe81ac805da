# sys.implementation and sys.version_info, and SimpleNamespace (the type of sys.implementation,
# which is how types.py finds it).
import sys

impl = sys.implementation
print(type(impl).__name__, type(impl).__module__)
print(isinstance(impl.name, str), impl.name == impl.name.lower())
print(type(impl.version).__name__, len(impl.version) == 5)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 11), sys.version_info < (3, 12))
print(type(sys.version_info).__name__, sys.version_info.releaselevel)

Namespace = type(sys.implementation)
ns = Namespace(a=1, b="two")
print(ns, repr(ns))
ns.c = [ns]
print(ns)
print(ns.a, ns.b, sorted(vars(ns)))
del ns.a
print(ns == Namespace(b="two", c=ns.c), ns != Namespace(b="two"))
print(Namespace() == Namespace(), Namespace(x=1) == Namespace(x=2))
try:
    Namespace(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(Namespace())
except TypeError as e:
    print(type(e).__name__, e)
try:
    Namespace() < Namespace()
except TypeError as e:
    print(type(e).__name__, e)


class Config(Namespace):
    def total(self):
        return sum(v for v in vars(self).values() if isinstance(v, int))


cfg = Config(width=3, height=4, name="box")
print(cfg, cfg.total(), isinstance(cfg, Namespace))
print(cfg.__reduce__()[0] is Config, cfg.__reduce__()[1], sorted(cfg.__reduce__()[2]))
try:
    Namespace().missing
except AttributeError as e:
    print(type(e).__name__, e)
