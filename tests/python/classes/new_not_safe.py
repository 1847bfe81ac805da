# object.__new__(C) and X.__new__(C) refuse a class whose instances another __new__ must allocate
# (CPython's tp_new_wrapper check), and allow the safe cases.


class L(list):
    pass


class LN(list):
    def __new__(cls, *a):
        return super().__new__(cls)


class LNN(LN):
    def __new__(cls, *a):
        return super().__new__(cls)


class D(dict):
    pass


class I(int):
    pass


class P:
    pass


class PN:
    def __new__(cls):
        return object.__new__(cls)


class E(Exception):
    pass


def attempt(label, make):
    try:
        x = make()
        print(label, "->", type(x).__name__)
    except TypeError as e:
        print(label, "TypeError:", e)


for c in (L, LN, LNN, D, I, P, PN, E, int, list, dict):
    attempt("object.__new__(%s)" % c.__name__, lambda c=c: object.__new__(c))

attempt("list.__new__(L)", lambda: list.__new__(L))
attempt("list.__new__(LNN)", lambda: list.__new__(LNN))
attempt("int.__new__(I)", lambda: int.__new__(I, 5))
attempt("int.__new__(L)", lambda: int.__new__(L))
attempt("dict.__new__(D)", lambda: dict.__new__(D))
attempt("Exception.__new__(E)", lambda: Exception.__new__(E))
attempt("LN()", lambda: LN())
attempt("LNN()", lambda: LNN())
