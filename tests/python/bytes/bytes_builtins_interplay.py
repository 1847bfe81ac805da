# bytes in the builtins: ord, int/float/str from buffers, format, sum, subclass with __new__
print(ord(b"a"), ord(bytearray(b"b")), int.from_bytes(bytearray(b"\x01\x00"), "big"), int.from_bytes(memoryview(b"\x02"), "little"))
print(str(b"abc", "ascii"), str(bytearray(b"xy"), "utf-8"), str(memoryview(b"mv"), "latin-1"), str(b"\xff", "utf-8", "replace"), str(b"q", errors="strict"))
print(format(b"x"), f"{b'x'!r:>8}", f"{bytearray(b'y')}", repr(memoryview(b"").tobytes()))
for thunk in [lambda: format(b"x", "s"), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"a")], bytearray()), lambda: ord(b"ab"),
              lambda: str(b"\xff", "ascii"), lambda: str(1, "ascii"), lambda: int(b"12"), lambda: int(bytearray(b" 7 ")), lambda: float(b"1.5"),
              lambda: int(memoryview(b"3")), lambda: bytes.fromhex("41").decode(), lambda: type("M", (memoryview,), {}),
              lambda: list(map(bytes, [[1], b"x"])), lambda: dict.fromkeys(b"ab"), lambda: bytearray(b"abc").__init__(b"xyz"),
              lambda: b"x".decode("utf-8", errors="strict"), lambda: b"ab".decode("utf-16-be", "replace")]:
    try:
        print(repr(thunk()))
    except Exception as e:
        print(type(e).__name__, e)
class S(bytes):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
s = S(b"ab")
print(s, type(s).__name__, S(b"x") + b"y", s[0], s[:1], type(s[:1]).__name__, bytes(s), type(bytes(s)).__name__, s.decode())
print(len(bytes(10**3)), bytearray(b"ab") * 3, b"%s" % bytearray(b"q"), memoryview(b"abc")[1:].tobytes())
