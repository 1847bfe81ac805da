# pow (3-arg, modular inverse), divmod, numeric hashes, huge repeats and shifts.
for f in [lambda: (-8) ** (1/3), lambda: "{:z}".format(1), lambda: "{:z}".format(-0.0),
          lambda: 0 ** 2**64, lambda: 1 ** -(2**64), lambda: pow(2, -1, 7), lambda: pow(2, -1, 4), lambda: pow(3, 4, -5),
          lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(1j, 2, 3), lambda: divmod(7, -2), lambda: divmod(-7.5, 2), lambda: divmod(1, 0),
          lambda: divmod(1.0, 0), lambda: 10**400 / 10**399, lambda: 10**400 * 1.0, lambda: float(10**400), lambda: 2**1024 / 3, lambda: 1 / 2**2000,
          lambda: hash(-1), lambda: hash(2**61 - 1), lambda: hash(2**61), lambda: hash(-2**61), lambda: hash(1.5), lambda: hash(float('inf')), lambda: hash(-float('inf')),
          lambda: hash(10**100), lambda: hash(-10**100), lambda: hash(1e100), lambda: hash(2**-30), lambda: hash(True), lambda: hash(1.0) == hash(1) == hash(True),
          lambda: hash(0.1), lambda: hash(-0.0), lambda: hash(complex(1, 2)), lambda: hash(complex(0, -1)), lambda: hash(5e-324), lambda: hash(-2.0 ** 100)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
