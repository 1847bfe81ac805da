import _random
R = _random.Random
r = R(42)
print([r.random() for _ in range(3)])
print([R(s).random() for s in [0, 1, -1, 2**32, 2**32-1, 2**64+5, -(2**100), 10**50, True]])
print([R(s).random() for s in [1.5, -2.0, 0.0, (1,2)]])
print(R(3).getrandbits(0), R(3).getrandbits(1), R(3).getrandbits(31), R(3).getrandbits(32), R(3).getrandbits(33), R(3).getrandbits(100), R(3).getrandbits(64))
for bad in [lambda: R(3).getrandbits(-1), lambda: R(3).getrandbits(2**40), lambda: R(3).getrandbits(1.0), lambda: R(1, 2), lambda: R(x=1), lambda: R().seed(1, 2), lambda: R().setstate(1), lambda: R().setstate((1,)*10), lambda: R().setstate((1,)*624+(625,)), lambda: R().setstate((1,)*624+(-1,)), lambda: R().setstate((2**32,)*624+(1,)), lambda: R().setstate((-1,)*624+(1,)), lambda: R().setstate(("a",)*625), lambda: R().getstate(1), lambda: R().random(1), lambda: R().seed([1])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
s = R(7).getstate(); print(len(s), s[:3], s[-1])
r = R(); r.setstate(s); print(r.random(), R(7).random())
r = R(5); [r.random() for _ in range(700)]; s = r.getstate(); print(s[-1], r.random()); r.setstate(s); print(r.random())
r = R(5); r.seed(6); print(r.random() == R(6).random())
class S(R):
    def __init__(self, x, y): super().__init__(x); self.y = y
    def random(self): return 0.5
s = S(1, 2); print(s.random(), s.y, s.getrandbits(8))
class T(R): pass
t = T(9); t.z = 1; print(t.random(), t.z)
try: R(1).z = 1
except Exception as e: print(type(e).__name__, e)
print(R.__module__, R.__name__, sorted(x for x in dir(R) if not x.startswith("_")))
r = R(2**20000); print(r.random())
