# cmath on ordinary values: every function, log with a base, polar/rect round trips,
# the predicates and the constants.
import cmath

points = [0.5 + 0.25j, 3 - 4j, -2.5 + 1j, -0.75 - 0.125j, 2j, -0.5j, 10 + 0j, 0.001 - 7j, 1 + 1e-8j,
          -1 + 0.5j, 0.9 + 0.45j]
for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10",
             "sin", "sinh", "sqrt", "tan", "tanh"]:
    f = getattr(cmath, name)
    print(name, [f(z) for z in points])
print("phase", [cmath.phase(z) for z in points])
print("polar", [cmath.polar(z) for z in points])
print("rect", [cmath.rect(r, phi) for r, phi in [(1, 0), (2, -0.0), (-3, 0.0), (0.5, 1.5), (4, -2.25)]])
print("log base", cmath.log(8, 2), cmath.log(100, 10), cmath.log(-1, 2), cmath.log(1j, 1j + 1),
      cmath.log(0, 2), cmath.log(3 + 4j, 2.5))
print("ints", cmath.sqrt(4), cmath.sqrt(-4), cmath.exp(0), cmath.log(1), cmath.sqrt(True), cmath.sqrt(2**60))
print("pred", cmath.isfinite(1 + 1j), cmath.isfinite(complex(1, float("inf"))), cmath.isinf(complex(float("nan"), float("-inf"))),
      cmath.isinf(1j), cmath.isnan(complex(0, float("nan"))), cmath.isnan(3))
print("close", cmath.isclose(1 + 1j, 1 + 1j), cmath.isclose(1j, 1j + 1e-10), cmath.isclose(1j, 1.001j, rel_tol=1e-2),
      cmath.isclose(0, 1e-10), cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(complex(float("inf"), 0), complex(float("inf"), 0)),
      cmath.isclose(complex(float("inf"), 0), complex(float("-inf"), 0)), cmath.isclose(complex(float("nan"), 0), complex(float("nan"), 0)),
      cmath.isclose(a=1, b=1.0000000001))
print("const", cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj, type(cmath.infj).__name__)
print(type(cmath.sqrt).__name__, cmath.sqrt.__name__, cmath.sqrt.__module__, cmath.__name__)
print(sorted(n for n in dir(cmath) if not n.startswith("_")))
