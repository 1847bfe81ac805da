# BaseException.__init__ takes no keyword arguments, in a subclass too: BaseException_init's
# _PyArg_NoKeywords names the subclass. Subclasses whose own __init__ or __new__ takes them work
# as long as they do not pass them on.
class E(ValueError):
    pass


class G(Exception):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a)


class H(Exception):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)


class F(Exception):
    def __init__(self, a=0, **kw):
        super().__init__(a)
        self.kw = kw


class W(UserWarning):
    pass


class N(NameError):
    pass


class I(ImportError):
    pass


for label, make in [("E(a=1)", lambda: E(a=1)), ("E(1, b=2)", lambda: E(1, b=2)), ("G(a=1)", lambda: G(a=1)),
                    ("H(a=1)", lambda: H(a=1)), ("W(a=1)", lambda: W(a=1)), ("F(1, x=2)", lambda: F(1, x=2)),
                    ("N(name='x')", lambda: N("m", name="x")), ("I(name='x')", lambda: I("m", name="x", path="p")),
                    ("N(bad=1)", lambda: N(bad=1)), ("E()", lambda: E()), ("E(1, 2)", lambda: E(1, 2))]:
    try:
        r = make()
        print(label, "->", type(r).__name__, r.args, getattr(r, "kw", None), getattr(r, "name", None))
    except TypeError as e:
        print(label, "TypeError", e)
