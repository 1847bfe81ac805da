# Where a failed assert points (co_positions of its raise, so the traceback's caret line): the last
# comparison in its test, through not, and/or and if-else, else the whole statement (no carets).
import sys

NAMES = {"a": 1, "b": 2, "x": 0, "y": 0, "f": lambda v: v}


def position(src):
    try:
        exec(compile(src, "<s>", "exec"), dict(NAMES))
    except AssertionError:
        tb = sys.exc_info()[2]
        while tb.tb_next:
            tb = tb.tb_next
        print(repr(src), list(tb.tb_frame.f_code.co_positions())[tb.tb_lasti // 2])


for src in ["assert x", "assert x, 'm'", "assert a == b", "assert a == b, 'm'", "assert f(x)", "assert not a",
            "assert x and y", "assert x or y", "assert (x\n  )", "assert a < b < 0", "assert x if a else y",
            "assert [x][0]", "assert not a == 1", "assert a == 1 and x", "assert x and a == b",
            "assert (a == b) == True", "assert f(a == b)", "assert a == b if x else y",
            "assert y if x else a == b", "assert a is None", "assert a in []", "assert x or a == b",
            "assert not x and a == b", "if 1:\n  assert a == b\n", "assert a == b, f(1)"]:
    position(src)


def spawn(daemonic):
    assert not daemonic, \
        "daemonic processes are not allowed to have children"


spawn(True)
