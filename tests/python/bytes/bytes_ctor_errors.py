# bytes()/bytearray() constructors: every source kind and every error
class B:
    def __bytes__(self):
        return b"from __bytes__"
class Bad:
    def __bytes__(self):
        return 1
class Idx:
    def __index__(self):
        return 3
print(bytes(), bytes(b"x"), bytes(B()), bytes(Idx()), bytes((1, 2)), bytes(iter([3])), bytes(x for x in [4, 5]))
print(bytearray(), bytearray(b"x"), bytearray(Idx()), bytearray(range(3)), bytearray("é", "latin-1"))
print(bytes("é", encoding="utf-8"), bytes("a\udc80", "utf-8", "surrogateescape"), bytes(source=b"k"))
print(bytes(memoryview(b"mv")), bytearray(memoryview(bytearray(b"mw"))), bytes(bytearray(b"ba")))
print(bytes(0), bytes(True), bytearray(False), bytes([]), bytes([255, 0]))
for thunk in [lambda: bytes("s"), lambda: bytes(1.5), lambda: bytes([1.5]), lambda: bytes([256]),
              lambda: bytes(["a"]), lambda: bytes(-1), lambda: bytes(b"x", "utf-8"), lambda: bytes(1, errors="x"),
              lambda: bytes("x", 1), lambda: bytes("x", "nope"), lambda: bytes(Bad()), lambda: bytes(None),
              lambda: bytearray("s"), lambda: bytearray(1.5), lambda: bytearray([256]), lambda: bytearray([-1]),
              lambda: bytearray(-5), lambda: bytearray(b"", "ascii"), lambda: bytes(1, 2, 3, 4),
              lambda: bytes(foo=1), lambda: bytearray("x", encoding=5), lambda: bytes({1: 2}), lambda: bytes({"a"})]:
    try:
        print(repr(thunk()))
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
class SubB(bytes):
    pass
s = SubB(b"sub")
print(type(s).__name__, s, s == b"sub", len(s), s.upper(), type(s.upper()).__name__, isinstance(s, bytes))
print(type(SubB.fromhex("4142")).__name__, SubB.fromhex("4142"), type(bytearray.fromhex("41")).__name__)
class SubBA(bytearray):
    pass
t = SubBA(b"ab")
t.append(99)
print(type(t).__name__, t, repr(t), t == b"abc", type(t + b"").__name__)
