class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class FalseBool:
    def __bool__(self):
        return False
class BoolAndLen:
    def __bool__(self):
        print("__bool__ used")
        return True
    def __len__(self):
        print("__len__ used")
        return 0
class Nothing:
    pass

for obj in [Empty(), Full(), FalseBool(), BoolAndLen(), Nothing()]:
    print(type(obj).__name__, bool(obj), "truthy" if obj else "falsy")

print(not Empty(), not Full())
for v in [0, 0.0, -0.0, 0j, "", b"", [], (), {}, set(), frozenset(), range(0), None,
          1, -1, 0.1, "0", " ", [0], (None,), {0: 0}, range(1)]:
    print(repr(v), bool(v))

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
