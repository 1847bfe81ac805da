# cmath's errors: domain and range errors, argument conversion through __complex__, __float__
# and __index__ with their TypeErrors, and the argument-count messages.
import cmath


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("log 0", lambda: cmath.log(0))
attempt("log10 -0", lambda: cmath.log10(complex(-0.0, 0.0)))
attempt("log 2 base 0", lambda: cmath.log(2, 0))
attempt("log base 1", lambda: cmath.log(2, 1))
attempt("atanh 1", lambda: cmath.atanh(1))
attempt("atanh -1", lambda: cmath.atanh(-1))
attempt("atan 1j", lambda: cmath.atan(1j))
attempt("exp 1000", lambda: cmath.exp(1000))
attempt("exp 710+1j", lambda: cmath.exp(710 + 1j))
attempt("exp 709.5", lambda: cmath.exp(709.5))
attempt("cosh 800", lambda: cmath.cosh(800))
attempt("sinh 711", lambda: cmath.sinh(711 + 0.5j))
attempt("cos 800j", lambda: cmath.cos(800j))
attempt("sin 800j", lambda: cmath.sin(complex(0.5, 800)))
attempt("tanh 800", lambda: cmath.tanh(800 + 1j))
attempt("exp inf j", lambda: cmath.exp(complex(1, float("inf"))))
attempt("sinh inf j", lambda: cmath.sinh(complex(0, float("inf"))))
attempt("rect inf phi", lambda: cmath.rect(1, float("inf")))
attempt("rect 0 inf", lambda: cmath.rect(0, float("inf")))
attempt("polar huge", lambda: cmath.polar(complex(1e308, 1e308)))
attempt("phase underflow", lambda: cmath.phase(complex(1e300, 1e-300)))
attempt("phase tiny", lambda: cmath.phase(complex(2, 5e-324)))
attempt("phase huge int", lambda: cmath.phase(10 ** 400))


class Complexish:
    def __complex__(self):
        return 3 + 4j


class BadComplex:
    def __complex__(self):
        return 1


class Floatish:
    def __float__(self):
        return 0.25


class BadFloat:
    def __float__(self):
        return "x"


class Indexish:
    def __index__(self):
        return 9


class Sub(complex):
    def __complex__(self):
        return 100j


attempt("__complex__", lambda: cmath.sqrt(Complexish()))
attempt("bad __complex__", lambda: cmath.sqrt(BadComplex()))
attempt("__float__", lambda: cmath.exp(Floatish()))
attempt("bad __float__", lambda: cmath.exp(BadFloat()))
attempt("__index__", lambda: cmath.sqrt(Indexish()))
attempt("complex subclass", lambda: cmath.sqrt(Sub(4)))
attempt("str", lambda: cmath.sqrt("4"))
attempt("None", lambda: cmath.phase(None))
attempt("rect str", lambda: cmath.rect(1, "x"))
attempt("rect complex", lambda: cmath.rect(1j, 1))
attempt("log base str", lambda: cmath.log(1, "e"))
attempt("log base obj", lambda: cmath.log(Complexish(), Indexish()))
attempt("no args", lambda: cmath.sqrt())
attempt("two args", lambda: cmath.sqrt(1, 2))
attempt("keyword", lambda: cmath.sqrt(z=1))
attempt("log none", lambda: cmath.log())
attempt("log three", lambda: cmath.log(1, 2, 3))
attempt("log keyword", lambda: cmath.log(x=1))
attempt("rect one", lambda: cmath.rect(1))
attempt("rect keyword", lambda: cmath.rect(r=1, phi=2))
attempt("polar none", lambda: cmath.polar())
attempt("isclose one", lambda: cmath.isclose(1))
attempt("isclose none", lambda: cmath.isclose())
attempt("isclose three", lambda: cmath.isclose(1, 2, 3))
attempt("isclose foo", lambda: cmath.isclose(1, 2, foo=1))
attempt("isclose neg", lambda: cmath.isclose(1, 2, rel_tol=-1))
attempt("isclose neg abs", lambda: cmath.isclose(1, 2, abs_tol=-1e-300))
attempt("isclose complex tol", lambda: cmath.isclose(1, 2, rel_tol=1j))
attempt("isclose str", lambda: cmath.isclose("1", 2))
cmath.log(0)
