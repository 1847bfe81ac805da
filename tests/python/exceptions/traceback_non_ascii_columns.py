# Code positions count UTF-8 bytes of the line, as CPython's (co_positions, ast col_offset), and
# both the traceback module and the interpreter's own report turn them back into characters.
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))


def subscript():
    é = {"ü": None}
    return é["ü"]["x"]


def binop():
    naïve = "日本"
    return naïve + 1


def call_chain():
    return "ß€𝄞".upper().nope()


for fn in (subscript, binop, call_chain):
    try:
        fn()
    except Exception as e:
        lines = traceback.format_exception(e)
        print("".join(lines[-3:]).replace(HERE, "DIR"), end="")
    # the widest range on the return line: the whole returned expression
    line = fn.__code__.co_firstlineno + (2 if fn is subscript or fn is binop else 1)
    print(max((p for p in fn.__code__.co_positions() if p[0] == line and p[2] is not None),
              key=lambda p: p[3] - p[2]))

# the interpreter's own report of an uncaught exception (sys.excepthook's default)
try:
    subscript()
except TypeError:
    sys.excepthook(*sys.exc_info())
