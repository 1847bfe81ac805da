# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno): tracebacks built by hand
# (as tblib and jinja2 rebuild them), their attributes, the argument errors, and raising with one.
import sys
import types

TB = types.TracebackType
here = sys._getframe()


def frame_of_f():
    return sys._getframe()


other = frame_of_f()


def attempt(label, make):
    try:
        tb = make()
    except Exception as e:
        print(label, type(e).__name__, e)
        return None
    print(label, type(tb).__name__, tb.tb_lineno, tb.tb_lasti, tb.tb_next is None, tb.tb_frame.f_code.co_name)
    return tb


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


attempt("positional", lambda: TB(None, here, 0, 5))
attempt("keywords", lambda: TB(tb_next=None, tb_frame=other, tb_lasti=4, tb_lineno=7))
attempt("mixed", lambda: TB(None, here, tb_lineno=9, tb_lasti=2))
attempt("negative", lambda: TB(None, here, -2, -3))
attempt("odd lasti", lambda: TB(None, here, 7, 1))
attempt("index", lambda: TB(None, here, Index(6), Index(11)))
attempt("bool", lambda: TB(None, here, True, False))
inner = attempt("inner", lambda: TB(None, other, 0, 100))
outer = attempt("outer", lambda: TB(inner, here, 2, 200))
print("chain", outer.tb_next is inner, outer.tb_next.tb_lineno)

attempt("next int", lambda: TB(1, here, 0, 5))
attempt("next str", lambda: TB("tb", here, 0, 5))
attempt("frame int", lambda: TB(None, 1, 0, 5))
attempt("frame None", lambda: TB(None, None, 0, 5))
attempt("bad next and frame", lambda: TB(1, 2, 0, 5))
attempt("lasti str", lambda: TB(None, here, "x", 5))
attempt("lineno float", lambda: TB(None, here, 0, 1.5))
attempt("lasti big", lambda: TB(None, here, 2 ** 31, 5))
attempt("lineno small", lambda: TB(None, here, 0, -2 ** 31 - 1))
attempt("lineno huge", lambda: TB(None, here, 0, 2 ** 80))
attempt("none", lambda: TB())
attempt("two", lambda: TB(None, here))
attempt("three", lambda: TB(None, here, 0))
attempt("five", lambda: TB(None, here, 0, 1, 2))
attempt("extra keyword", lambda: TB(None, here, 0, 1, x=2))
attempt("only keywords five", lambda: TB(tb_next=None, tb_frame=here, tb_lasti=0, tb_lineno=1, x=2))
attempt("twice", lambda: TB(None, here, 0, tb_frame=here))
attempt("unknown keyword", lambda: TB(None, here, 0, x=1))
try:
    TB.__new__(int, None, here, 0, 1)
except TypeError as e:
    print("new of int:", e)

# Raised with a hand-made traceback: the raise adds its own entry in front.
try:
    raise ValueError("boom").with_traceback(outer)
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_lineno, tb.tb_frame.f_code.co_name))
        tb = tb.tb_next
    print("raised", lines)

# tb_next of a built traceback can be rebound like any other.
made = TB(None, here, 0, 1)
made.tb_next = TB(None, other, 0, 2)
print("rebound", made.tb_next.tb_lineno)
try:
    made.tb_next.tb_next = made
except ValueError as e:
    print("loop:", e)
try:
    class Sub(TB):
        pass
except TypeError as e:
    print("subclass:", e)
