for z in [1 + 1j, 1.5 - 2.5j, -0.0 - 1j, 1e20 + 1e-20j, complex(0, 1e16), complex(1, -0.0),
          complex(-0.0, -0.0), complex(float("nan"), 1), complex(1, float("inf")), 2 ** 0.5 * 1j,
          (1 + 2j) * 1e200, complex(0.1, 0.2)]:
    print(repr(z), str(z))
