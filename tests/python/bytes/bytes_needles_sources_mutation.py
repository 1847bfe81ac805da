# Byte needles out of range (huge ints too) are ValueErrors; bytes() returns what __bytes__
# returned; bytes()/bytearray() of a list an __index__ mutates read it as it is at each item.
import sys
b = b"abc"
for needle in (sys.maxsize + 1, -1, 256, 10 ** 30, -(10 ** 30)):
    for op in ("in", "find", "count", "index"):
        try:
            if op == "in":
                r = needle in b
            else:
                r = getattr(b, op)(needle)
            print(op, r)
        except (ValueError, OverflowError) as e:
            print(op, type(e).__name__, e)
class BytesSubclass(bytes): pass
class WithBytes:
    def __init__(self, v): self.v = v
    def __bytes__(self): return self.v
r = bytes(WithBytes(BytesSubclass(b'abc')))
print(type(r).__name__, r)
r = BytesSubclass(WithBytes(b'abc'))
print(type(r).__name__, r)
class X:
    def __index__(self):
        a.clear()
        return 42
a = [X(), X()]
print(bytes(a))
a = [X(), X()]
print(bytearray(a))
class Y:
    def __index__(self):
        if len(a) < 10:
            a.append(self)
        return 42
a = [Y()]
print(bytes(a), bytearray([1, 2]))
