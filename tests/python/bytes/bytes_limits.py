# huge and negative sizes, counts and indices: OverflowError/MemoryError/ValueError as CPython
for thunk in [lambda: float(bytearray(b"1.5")), lambda: b"a" * (2**62), lambda: bytearray(b"a") * (2**62),
              lambda: b"a" * (2**64), lambda: bytes(2**64), lambda: b"abc"[2**64], lambda: b"abc".find(b"a", 2**64), lambda: b"abc"[-2**64:2**64],
              lambda: b"abc".center(2**64), lambda: b"abc".hex(":", 2**64), lambda: bytearray(2**64), lambda: b"ab".count(b"", -2**70, 2**70),
              lambda: memoryview(b"abc")[2**64], lambda: b"x".zfill(-5), lambda: b"x".ljust(-1), lambda: b"a\tb".expandtabs(-1),
              lambda: b"abc".split(maxsplit=-5), lambda: b"aaa".replace(b"a", b"b", 0), lambda: b"aaa".replace(b"a", b"b", -3),
              lambda: b"aaa".split(b"a", 2**64), lambda: bytes([True, False]), lambda: bytes(range(250, 256)), lambda: bytearray(b"abc").pop(2**64)]:
    try:
        print(repr(thunk()))
    except Exception as e:
        print(type(e).__name__, e)
